"""Actors: an editable German actor lexicon, mentions, keyword-in-context, co-mentions.

An :class:`ActorLexicon` is data (``analysis_kit/data/actors.toml``, see the comments at
its top for the pattern syntax). Every actor has an id, a ``side`` (Stoltenberg and the
"Nato-Generalsekretär" belong to NATO; Putin, Lawrow, the Kreml and Moskau to Russia), an
``actor_kind`` (country, organisation, person, place-as-metonym), German patterns,
*generic* patterns that only count where the side is named explicitly ("Bündnis" for
NATO), exclusions ("US-Dollar", "Washington Post") and dated roles (Tusk counts for
Poland before and after his years in Brussels, when the article's date is known).

Matching (:func:`mentions`) runs on the token frame of :mod:`analysis_kit.text` with
joins and expressions, no loop over rows:

* whole tokens *and* the parts of hyphenated compounds are matched, so
  "NATO-Verbündeten" counts for NATO, "US-Außenminister" for the USA and
  "NATO-Russland-Rates" for both NATO and Russia;
* keys are lower case with ß as ss ("Weißes Haus" = "Weisses Haus"), but a pattern that
  starts with a capital only matches a capitalised word ("Rice", not "rice"); names also
  match their genitive ("Putins", "Russlands");
* ``Prefix*`` patterns cover inflection ("russisch*" = "russischen", "Ukrainer*" =
  "Ukrainerinnen"); multi-word patterns match consecutive tokens ("Vereinigte* Staaten");
* "Weißrussland" is a different word from "Russland" (Belarus), "Senator" contains no
  token "NATO", and exclusions remove "US-Dollar" and the "Washington Post".

Examples
--------
>>> import analysis_kit as ak
>>> m = ak.mentions(ak.example())
>>> m.filter(pl.col("paragraph") == 4).select("actor", "match").rows()
[('NATO', 'Allianz'), ('Russia', 'Russland'), ('NATO', 'NATO'), ('Russia', 'Russland')]
"""

from __future__ import annotations

import datetime as dt
import os
import tomllib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import polars as pl

from analysis_kit.corpus import Corpus

__all__ = [
    "ACTOR_KINDS",
    "DEFAULT_ACTORS",
    "MENTION_SCHEMA",
    "Actor",
    "ActorLexicon",
    "ActorLexiconError",
    "Role",
    "actor_candidates",
    "co_mentions",
    "kwic",
    "mention_profile",
    "mention_rates",
    "mentions",
]

ACTOR_KINDS = ("country", "organisation", "person", "place-as-metonym")
MENTION_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "paragraph": pl.Int32(),
    "sentence": pl.Int32(),
    "actor": pl.String(),
    "side": pl.String(),
    "actor_kind": pl.String(),
    "match": pl.String(),
    "start": pl.Int32(),
    "end": pl.Int32(),
}
_KEYS = {"id", "side", "actor_kind", "patterns", "generic", "exclude", "regex", "roles", "note"}
_ROLE_KEYS = {"side", "from", "until"}
_GENITIVE = ("s", "'s", "’s")


class ActorLexiconError(ValueError):
    """A lexicon that cannot be used; the message names the file, the actor and the problem."""


@dataclass(frozen=True)
class Role:
    """A side an actor has between two dates (inclusive; ``None`` = open)."""

    side: str
    start: dt.date | None = None
    until: dt.date | None = None


@dataclass(frozen=True)
class Actor:
    """One actor of a lexicon (immutable).

    Attributes
    ----------
    id
        The actor's id (English: ``"NATO"``, ``"Vladimir Putin"``).
    side
        The side it belongs to (``"NATO"``, ``"Russia"``, ...).
    actor_kind
        ``country``, ``organisation``, ``person`` or ``place-as-metonym``.
    patterns
        German patterns (see the module docstring).
    generic
        Patterns that count only in articles that name the side by another pattern.
    exclude
        Tokens or phrases that never count for this actor.
    regex
        Full-token regular expressions.
    roles
        Other sides for date ranges.
    """

    id: str
    side: str
    actor_kind: str = "organisation"
    patterns: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    regex: tuple[str, ...] = ()
    roles: tuple[Role, ...] = ()


def _parts_many(patterns: Sequence[str]) -> list[list[tuple[str, bool, bool]]]:
    """Patterns as token specs ``(key, is_prefix, needs_capital)``, tokenized in one pass."""
    from analysis_kit.text import tokens as _tokens

    chunks = [(n, c, chunk) for n, p in enumerate(patterns) for c, chunk in enumerate(p.split())]
    frame = pl.DataFrame(
        {
            "n": [x[0] for x in chunks],
            "c": [x[1] for x in chunks],
            "text": [x[2].rstrip("*") for x in chunks],
            "prefix": [x[2].endswith("*") for x in chunks],
        },
        schema={"n": pl.Int64, "c": pl.Int64, "text": pl.String, "prefix": pl.Boolean},
    )
    toks = _tokens(frame, keys=["n", "c"]).join(frame.select("n", "c", "prefix"), on=["n", "c"])
    toks = toks.with_columns(
        (pl.col("token") == pl.col("token").max().over("n", "c")).alias("_last")
    ).sort("n", "c", "token")
    out: list[list[tuple[str, bool, bool]]] = [[] for _ in patterns]
    for n, text, prefix, last in toks.select("n", "text", "prefix", "_last").iter_rows():
        out[n].append((text.lower().replace("ß", "ss"), bool(prefix and last), text[:1].isupper()))
    return out


@dataclass(frozen=True, eq=False)
class ActorLexicon:
    """An actor lexicon (immutable; ``with_actor`` and ``without_actor`` return copies).

    Attributes
    ----------
    actors
        The actors, in order.
    source
        Where it came from (a file name, or ``"<dict>"``).
    private_heads
        Nouns that make a nationality word private: in "amerikanische Schauspielerin",
        "US-Forscher" or "russisches Institut" a country adjective or compound part
        followed by a word ending in one of these names no state and does not count.
    locative_places
        Capitals that are a mere place after "in", "nach", "aus" or "bei" ("bei einem
        Besuch in Kiew") unless a government noun stands before ("die Regierung in Kiew",
        "das Außenministerium in Moskau").
    """

    actors: tuple[Actor, ...]
    source: str = "<dict>"
    private_heads: tuple[str, ...] = ()
    locative_places: tuple[str, ...] = ()
    _check: bool = field(default=True, repr=False)

    def __post_init__(self) -> None:
        if self._check:
            _validate(self.actors, self.source)

    # ------------------------------------------------------------------ constructors

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> ActorLexicon:
        """Read a lexicon from a TOML file with ``[[actor]]`` tables.

        Parameters
        ----------
        path
            The file.

        Returns
        -------
        ActorLexicon
            The lexicon.

        Raises
        ------
        ActorLexiconError
            For a syntax error, an unknown key, an empty or invalid pattern, a
            duplicated id; the message names the file and the actor. Nothing is loaded
            half.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "mine.toml"
        >>> toml = '[[actor]]\\nid = "Wagner"\\nside = "Russia"\\npatterns = ["Wagner-Gruppe"]\\n'
        >>> _ = f.write_text(toml)
        >>> ActorLexicon.from_toml(f).ids
        ['Wagner']
        """
        file = Path(path)
        return cls.from_dict(read_toml(file, ActorLexiconError), source=str(file))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> ActorLexicon:
        """A lexicon from ``{"actor": [{"id": ..., "side": ..., "patterns": [...]}, ...]}``.

        Parameters
        ----------
        data
            The parsed TOML structure (or ``{id: {...}}`` with one table per actor).
        source
            Name used in error messages.

        Returns
        -------
        ActorLexicon
            The lexicon.
        """
        settings = data.get("settings", {})
        if not isinstance(settings, Mapping) or set(settings) - {
            "private_heads",
            "locative_places",
        }:
            raise ActorLexiconError(
                f"{source}: [settings] may only hold 'private_heads' and 'locative_places'"
            )
        heads = _as_strings(
            settings.get("private_heads", []), "private_heads", f"{source}: [settings]"
        )
        places = _as_strings(
            settings.get("locative_places", []), "locative_places", f"{source}: [settings]"
        )
        unknown_top = sorted(set(data) - {"actor", "settings"})
        if "actor" in data and unknown_top:
            raise ActorLexiconError(f"{source}: unknown top-level key(s) {unknown_top}")
        items = data.get("actor")
        if items is None:
            unknown = [k for k in data if not isinstance(data[k], Mapping)]
            if unknown:
                raise ActorLexiconError(f"{source}: expected [[actor]] tables, found {unknown}")
            items = [{"id": k, **v} for k, v in data.items() if k != "settings"]
        if not isinstance(items, list):
            raise ActorLexiconError(f"{source}: 'actor' must be a list of tables ([[actor]])")
        actors = [_actor_from_mapping(item, source, n) for n, item in enumerate(items, start=1)]
        return cls(tuple(actors), source=source, private_heads=heads, locative_places=places)

    @classmethod
    def default(cls) -> ActorLexicon:
        """The lexicon shipped with the kit (``analysis_kit/data/actors.toml``).

        Returns
        -------
        ActorLexicon
            NATO, Russia, Ukraine, USA, EU, Germany, UK, France, Poland, China, Georgia,
            Belarus, the Baltic states, UN and OSCE with their leaders 2000-2025.
        """
        ref = resources.files("analysis_kit").joinpath("data", "actors.toml")
        with resources.as_file(ref) as path:
            return cls.from_toml(path)

    # ------------------------------------------------------------------ copies

    def with_actor(
        self,
        id: str,
        *,
        patterns: Sequence[str],
        side: str | None = None,
        actor_kind: str = "organisation",
        generic: Sequence[str] = (),
        exclude: Sequence[str] = (),
        regex: Sequence[str] = (),
    ) -> ActorLexicon:
        """A copy with an actor added (or replaced, when the id exists).

        Parameters
        ----------
        id
            The actor id.
        patterns
            Its patterns.
        side
            Its side (default: the id).
        actor_kind
            ``country``, ``organisation``, ``person`` or ``place-as-metonym``.
        generic, exclude, regex
            As in the TOML file.

        Returns
        -------
        ActorLexicon
            A new lexicon; this one is unchanged.

        Examples
        --------
        >>> lex = ActorLexicon.default().with_actor(
        ...     "Wagner", patterns=["Wagner-Gruppe", "Wagner-Söldner*"], side="Russia")
        >>> lex.get("Wagner").side, "Wagner" in ActorLexicon.default().ids
        ('Russia', False)
        """
        actor = Actor(
            id=id,
            side=side or id,
            actor_kind=actor_kind,
            patterns=tuple(patterns),
            generic=tuple(generic),
            exclude=tuple(exclude),
            regex=tuple(regex),
        )
        kept = [a for a in self.actors if a.id != id]
        position = next((n for n, a in enumerate(self.actors) if a.id == id), len(kept))
        kept.insert(position, actor)
        return ActorLexicon(
            tuple(kept), source=f"{self.source}+{id}", private_heads=self.private_heads
        )

    def with_patterns(self, id: str, patterns: Sequence[str]) -> ActorLexicon:
        """A copy where an existing actor has more patterns.

        Parameters
        ----------
        id
            The actor id.
        patterns
            Patterns to add.

        Returns
        -------
        ActorLexicon
            A new lexicon.
        """
        actor = self.get(id)
        return self._replace_actor(replace(actor, patterns=actor.patterns + tuple(patterns)))

    def without_actor(self, id: str) -> ActorLexicon:
        """A copy without an actor.

        Parameters
        ----------
        id
            The actor id.

        Returns
        -------
        ActorLexicon
            A new lexicon.
        """
        self.get(id)
        return ActorLexicon(
            tuple(a for a in self.actors if a.id != id),
            source=self.source,
            private_heads=self.private_heads,
            locative_places=self.locative_places,
        )

    def _replace_actor(self, actor: Actor) -> ActorLexicon:
        return ActorLexicon(
            tuple(actor if a.id == actor.id else a for a in self.actors),
            source=self.source,
            private_heads=self.private_heads,
            locative_places=self.locative_places,
        )

    # ------------------------------------------------------------------ views

    def get(self, id: str) -> Actor:
        """The actor with this id (``KeyError`` naming the known ids otherwise)."""
        for actor in self.actors:
            if actor.id == id:
                return actor
        raise KeyError(f"no actor {id!r} in {self.source} (known: {', '.join(self.ids[:12])} ...)")

    @property
    def ids(self) -> list[str]:
        """Actor ids in order."""
        return [a.id for a in self.actors]

    @property
    def sides(self) -> list[str]:
        """Sides in order of first appearance."""
        return list(dict.fromkeys(a.side for a in self.actors))

    def __len__(self) -> int:
        return len(self.actors)

    def __repr__(self) -> str:
        return f"ActorLexicon({len(self)} actors, {len(self.sides)} sides, from {self.source})"

    def to_frame(self) -> pl.DataFrame:
        """One row per pattern: ``actor, side, actor_kind, kind, pattern``.

        Returns
        -------
        pl.DataFrame
            ``kind`` is ``pattern``, ``generic``, ``exclude`` or ``regex``.
        """
        rows = [
            (a.id, a.side, a.actor_kind, kind, p)
            for a in self.actors
            for kind, pats in (
                ("pattern", a.patterns),
                ("generic", a.generic),
                ("exclude", a.exclude),
                ("regex", a.regex),
            )
            for p in pats
        ]
        return pl.DataFrame(
            rows, schema=["actor", "side", "actor_kind", "kind", "pattern"], orient="row"
        )

    @cached_property
    def _specs(self) -> pl.DataFrame:
        """Every pattern as token specs: ``pid, actor, kind, pos, n_parts, key, prefix, cap``."""
        entries = [
            (actor.id, kind, pattern)
            for actor in self.actors
            for kind, pats in (
                ("pattern", actor.patterns),
                ("generic", actor.generic),
                ("exclude", actor.exclude),
            )
            for pattern in pats
        ]
        parsed = _parts_many([e[2] for e in entries])
        rows = []
        pid = 0
        for (actor_id, kind, _pattern), parts in zip(entries, parsed, strict=True):
            variants = [parts]
            if len(parts) == 1 and not parts[0][1] and parts[0][2] and kind != "exclude":
                variants += [[(parts[0][0] + g, False, True)] for g in _GENITIVE]
            for spec in variants:
                for pos, (key, prefix, cap) in enumerate(spec):
                    rows.append((pid, actor_id, kind, pos, len(spec), key, prefix, cap))
                pid += 1
        return pl.DataFrame(
            rows,
            schema={
                "pid": pl.Int64,
                "actor": pl.String,
                "kind": pl.String,
                "pos": pl.Int64,
                "n_parts": pl.Int64,
                "key": pl.String,
                "prefix": pl.Boolean,
                "cap": pl.Boolean,
            },
            orient="row",
        )

    @cached_property
    def _actor_table(self) -> pl.DataFrame:
        return pl.DataFrame(
            {
                "actor": [a.id for a in self.actors],
                "side": [a.side for a in self.actors],
                "actor_kind": [a.actor_kind for a in self.actors],
            }
        )

    @cached_property
    def _role_table(self) -> pl.DataFrame:
        rows = [(a.id, r.side, r.start, r.until) for a in self.actors for r in a.roles]
        return pl.DataFrame(
            rows,
            schema={"actor": pl.String, "role_side": pl.String, "from": pl.Date, "until": pl.Date},
            orient="row",
        )


def read_toml(file: Path, error: type[ValueError]) -> dict[str, Any]:
    """Parse a TOML file; a missing file or a syntax error raises ``error`` naming the file."""
    try:
        return tomllib.loads(file.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise error(f"{file}: no such file") from None
    except tomllib.TOMLDecodeError as err:
        raise error(f"{file}: TOML syntax error: {err}") from None


def _as_strings(value: Any, what: str, where: str) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ActorLexiconError(f"{where}: {what} must be a list of strings")
    for v in value:
        if not v.strip() or not v.strip("*").strip():
            raise ActorLexiconError(f"{where}: empty pattern in {what}")
    return tuple(v.strip() for v in value)


def _actor_from_mapping(item: Any, source: str, number: int) -> Actor:
    if not isinstance(item, Mapping):
        raise ActorLexiconError(f"{source}: actor #{number} is not a table")
    name = item.get("id")
    where = f"{source}: actor {name!r}" if name else f"{source}: actor #{number}"
    if not isinstance(name, str) or not name.strip():
        raise ActorLexiconError(f"{where}: missing or empty 'id'")
    unknown = sorted(set(item) - _KEYS)
    if unknown:
        raise ActorLexiconError(
            f"{where}: unknown key(s) {unknown} (known: {', '.join(sorted(_KEYS))})"
        )
    side = item.get("side", name)
    kind = item.get("actor_kind", "organisation")
    if not isinstance(side, str) or not side.strip():
        raise ActorLexiconError(f"{where}: 'side' must be a non-empty string")
    if kind not in ACTOR_KINDS:
        raise ActorLexiconError(
            f"{where}: actor_kind {kind!r} is not one of {', '.join(ACTOR_KINDS)}"
        )
    roles = []
    for role in item.get("roles", []):
        if not isinstance(role, Mapping) or set(role) - _ROLE_KEYS or "side" not in role:
            raise ActorLexiconError(f"{where}: each role needs 'side' and may have 'from', 'until'")
        start, until = role.get("from"), role.get("until")
        for value in (start, until):
            if value is not None and not isinstance(value, dt.date):
                raise ActorLexiconError(f"{where}: role dates must be TOML dates (2019-12-01)")
        roles.append(Role(side=str(role["side"]), start=start, until=until))
    return Actor(
        id=name.strip(),
        side=side.strip(),
        actor_kind=kind,
        patterns=_as_strings(item.get("patterns", []), "patterns", where),
        generic=_as_strings(item.get("generic", []), "generic", where),
        exclude=_as_strings(item.get("exclude", []), "exclude", where),
        regex=_as_strings(item.get("regex", []), "regex", where),
        roles=tuple(roles),
    )


def _validate(actors: Iterable[Actor], source: str) -> None:
    seen: set[str] = set()
    for actor in actors:
        where = f"{source}: actor {actor.id!r}"
        if actor.id in seen:
            raise ActorLexiconError(f"{where}: duplicated actor id")
        seen.add(actor.id)
        if not actor.patterns and not actor.generic and not actor.regex:
            raise ActorLexiconError(f"{where}: no patterns")
        for pattern in (*actor.patterns, *actor.generic, *actor.exclude):
            if not pattern.strip("* "):
                raise ActorLexiconError(f"{where}: empty pattern")
            for chunk in pattern.split():
                if "*" in chunk.rstrip("*"):
                    raise ActorLexiconError(
                        f"{where}: pattern {pattern!r}: '*' is only allowed at the end of a word"
                    )
                if chunk.endswith("*") and len(chunk.rstrip("*")) < 3:
                    raise ActorLexiconError(
                        f"{where}: pattern {pattern!r}: a prefix needs at least 3 letters"
                    )
        for rx in actor.regex:
            try:
                pl.select(pl.lit("probe").str.contains(rx))
            except pl.exceptions.PolarsError as err:
                raise ActorLexiconError(f"{where}: invalid regex {rx!r}: {err}") from None


def _load_default() -> ActorLexicon:
    return ActorLexicon.default()


#: The lexicon shipped with the kit.
DEFAULT_ACTORS: ActorLexicon = _load_default()


# ---------------------------------------------------------------------- matching


def _segments(tokens: pl.DataFrame) -> pl.DataFrame:
    """Whole word tokens and the parts of hyphenated ones, with offsets and keys."""
    words = tokens.filter(pl.col("kind") == "word").select(
        "_t", "article_id", "paragraph", "sentence", "text", "start", "end", "parts"
    )
    whole = words.select("_t", "text", "start", "end", pl.lit(True).alias("_whole"))
    compound = words.filter(pl.col("parts").list.len() > 1)
    parts = (
        compound.select(
            "_t",
            "start",
            pl.col("parts").alias("text"),
            pl.col("parts")
            .list.eval(pl.element().str.len_chars().cum_sum() - pl.element().str.len_chars())
            .alias("_offset"),
            pl.int_ranges(pl.col("parts").list.len()).alias("_n"),
        )
        .explode("text", "_offset", "_n")
        .with_columns(
            # every part is preceded by one hyphen per earlier part
            (pl.col("start") + pl.col("_offset") + pl.col("_n")).cast(pl.Int32).alias("start"),
        )
        .with_columns(
            (pl.col("start") + pl.col("text").str.len_chars()).cast(pl.Int32).alias("end")
        )
        .select("_t", "text", "start", "end", pl.lit(False).alias("_whole"))
    )
    segs = pl.concat([whole, parts])
    return segs.with_columns(
        pl.col("text").str.to_lowercase().str.replace_all("ß", "ss", literal=True).alias("_key")
    )


def _capitalised(text: pl.Expr) -> pl.Expr:
    first = text.str.slice(0, 1)
    return first != first.str.to_lowercase()


def _match_first(segs: pl.DataFrame, specs: pl.DataFrame) -> pl.DataFrame:
    """Segments that match the first part of a pattern: ``_t, start, end, _whole, pid``."""
    first = specs.filter(pl.col("pos") == 0)
    exact = first.filter(~pl.col("prefix"))
    found = [
        segs.join(exact.select("pid", "key", "cap"), left_on="_key", right_on="key", how="inner")
    ]
    prefixes = first.filter(pl.col("prefix")).with_columns(
        pl.col("key").str.slice(0, 3).alias("_h3")
    )
    if prefixes.height:
        # join on the first three letters, then keep the words that start with the prefix
        near = segs.with_columns(pl.col("_key").str.slice(0, 3).alias("_h3")).filter(
            pl.col("_h3").is_in(prefixes["_h3"].unique().implode())
        )
        found.append(
            near.join(
                prefixes.select("pid", pl.col("key").alias("_prefix"), "cap", "_h3"), on="_h3"
            )
            .filter(pl.col("_key").str.starts_with(pl.col("_prefix")))
            .drop("_h3", "_prefix")
        )
    hits = pl.concat(found, how="diagonal_relaxed")
    return hits.filter(~pl.col("cap") | _capitalised(pl.col("text"))).select(
        "_t", "start", "end", "_whole", "pid"
    )


def _match(
    tokens: pl.DataFrame, lexicon: ActorLexicon, segs: pl.DataFrame | None = None
) -> pl.DataFrame:
    """All pattern matches: ``_t_first, _t_last, start, end, pid`` (end = end of last token).

    ``segs`` are the :func:`_segments` of ``tokens``, if known.
    """
    specs = lexicon._specs
    segs = _segments(tokens) if segs is None else segs
    first = _match_first(segs, specs)
    n_parts = specs.filter(pl.col("pos") == 0).select("pid", "n_parts")
    first = first.join(n_parts, on="pid")
    single = first.filter(pl.col("n_parts") == 1).select(
        pl.col("_t").alias("_t0"), pl.col("_t").alias("_t1"), "start", "end", "pid"
    )
    multi = first.filter((pl.col("n_parts") > 1) & pl.col("_whole"))
    if multi.height == 0:
        return single
    # verify the following parts on the following tokens (any kind, same paragraph)
    rest = specs.filter(pl.col("pos") > 0)
    tok = tokens.select("_t", "_u", pl.col("text").alias("_text"), "end")
    cand = (
        multi.select(pl.col("_t").alias("_t0"), "start", "pid")
        .join(rest, on="pid")
        .with_columns((pl.col("_t0") + pl.col("pos")).alias("_t"))
        .join(tok, on="_t", how="left")
        .join(tok.select(pl.col("_t").alias("_t0"), pl.col("_u").alias("_u0")), on="_t0")
        # (the key of the candidate tokens only, not of every token)
        .with_columns(
            pl.col("_text").str.to_lowercase().str.replace_all("ß", "ss", literal=True).alias("_k")
        )
    )
    ok = (
        (pl.col("_u") == pl.col("_u0"))
        & pl.when(pl.col("prefix"))
        .then(pl.col("_k").str.starts_with(pl.col("key")))
        .otherwise(pl.col("_k") == pl.col("key"))
        & (~pl.col("cap") | _capitalised(pl.col("_text")))
    ).fill_null(False)
    verified = (
        cand.with_columns(_ok=ok)
        .group_by("_t0", "start", "pid", "n_parts")
        .agg(
            pl.col("_ok").all(), pl.col("_t").max().alias("_t1"), pl.col("end").sort_by("_t").last()
        )
        .filter(pl.col("_ok") & (pl.col("_t1") - pl.col("_t0") + 1 == pl.col("n_parts")))
        .select("_t0", "_t1", "start", "end", "pid")
    )
    return pl.concat([single, verified.cast(single.schema)])


def _per_corpus(
    corpus: Corpus, key: tuple[Any, ...], make: Callable[[], pl.DataFrame]
) -> pl.DataFrame:
    """``make()``, computed once per corpus (kept in the corpus's cache under ``key``)."""
    found: pl.DataFrame | None = corpus._cache.get(key)
    if found is None:
        found = corpus._cache[key] = make()
    return found


def _token_frame(corpus: Corpus, include_boilerplate: bool) -> pl.DataFrame:
    """The tokens that mentions are searched in, with ``_t`` (row) and ``_u`` (paragraph).

    Computed once per corpus: the actors and the frame dictionary are both searched here.
    """
    return _per_corpus(
        corpus,
        ("mentions: tokens", include_boilerplate),
        lambda: _new_token_frame(corpus, include_boilerplate),
    )


def _token_segments(corpus: Corpus, include_boilerplate: bool) -> pl.DataFrame:
    """:func:`_segments` of :func:`_token_frame`, computed once per corpus."""
    return _per_corpus(
        corpus,
        ("mentions: segments", include_boilerplate),
        lambda: _segments(_token_frame(corpus, include_boilerplate)),
    )


def _new_token_frame(corpus: Corpus, include_boilerplate: bool) -> pl.DataFrame:
    tokens = corpus.tokens
    if not include_boilerplate:
        keep = corpus.paragraphs.filter(pl.col("role") != "boilerplate").select(
            "article_id", "paragraph"
        )
        if keep.height != corpus.paragraphs.height:
            tokens = tokens.join(keep, on=["article_id", "paragraph"], how="semi")
    return tokens.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int64).alias("_t"),
        pl.struct("article_id", "paragraph").rank("dense").alias("_u"),
    )


def mentions(
    corpus: Corpus,
    lexicon: ActorLexicon | None = None,
    *,
    include_boilerplate: bool = False,
) -> pl.DataFrame:
    """Every mention of an actor, with its side and offsets.

    Parameters
    ----------
    corpus
        The corpus.
    lexicon
        The actor lexicon (default :data:`DEFAULT_ACTORS`).
    include_boilerplate
        Also look in paragraphs with role ``boilerplate``.

    Returns
    -------
    pl.DataFrame
        ``article_id, paragraph, sentence, actor, side, actor_kind, match, start, end``
        (offsets in the paragraph text; ``match`` is the text matched, a compound part
        such as "NATO" in "NATO-Verbündeten" or a phrase such as "Weißen Hauses"), in
        text order. A token that names two actors ("NATO-Russland-Rat") gives two rows.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> m = ak.mentions(ak.example())
    >>> sorted(m.filter(pl.col("side") == "Russia")["paragraph"].unique().to_list())
    [0, 1, 3, 4, 5, 6, 7]
    """
    lex = lexicon or DEFAULT_ACTORS
    return _per_corpus(
        corpus,
        ("mentions", lex, include_boilerplate),
        lambda: _mentions(corpus, lex, include_boilerplate),
    )


def _mentions(corpus: Corpus, lex: ActorLexicon, include_boilerplate: bool) -> pl.DataFrame:
    tokens = _token_frame(corpus, include_boilerplate)
    empty = pl.DataFrame(schema=MENTION_SCHEMA)
    if tokens.height == 0 or len(lex) == 0:
        return empty
    hits = _match(tokens, lex, _token_segments(corpus, include_boilerplate))
    specs = lex._specs.filter(pl.col("pos") == 0).select("pid", "actor", "kind")
    hits = hits.join(specs, on="pid")
    loc = tokens.select("_t", "article_id", "paragraph", "sentence", "_u")
    hits = hits.join(loc, left_on="_t0", right_on="_t")
    # exclusions: drop an actor's matches that overlap one of its exclusion matches
    excluded = hits.filter(pl.col("kind") == "exclude").select(
        "_u", "actor", pl.col("start").alias("_xs"), pl.col("end").alias("_xe")
    )
    hits = hits.filter(pl.col("kind") != "exclude")
    if excluded.height:
        clash = (
            hits.with_row_index("_h")
            .join(excluded, on=["_u", "actor"])
            .filter((pl.col("start") < pl.col("_xe")) & (pl.col("end") > pl.col("_xs")))
            .select("_h")
        )
        hits = hits.with_row_index("_h").join(clash, on="_h", how="anti").drop("_h")
    # regex patterns (full token)
    regex_rows = [(a.id, rx) for a in lex.actors for rx in a.regex]
    if regex_rows:
        words = tokens.filter(pl.col("kind") == "word")
        found = [
            words.filter(pl.col("text").str.contains(f"^(?:{rx})$")).select(
                pl.col("_t").alias("_t0"),
                pl.col("_t").alias("_t1"),
                "start",
                "end",
                pl.lit(-1, dtype=pl.Int64).alias("pid"),
                pl.lit(actor).alias("actor"),
                pl.lit("pattern").alias("kind"),
                "article_id",
                "paragraph",
                "sentence",
                "_u",
            )
            for actor, rx in regex_rows
        ]
        hits = pl.concat([hits, *found], how="diagonal_relaxed")
    hits = _drop_private_and_datelines(hits, tokens, lex)
    # one mention per actor and span: keep the longest of overlapping matches
    hits = (
        hits.sort(["_u", "actor", "start", "end"], descending=[False, False, False, True])
        .unique(["_u", "actor", "start"], keep="first", maintain_order=True)
        .with_columns(pl.col("end").cum_max().shift(1).over("_u", "actor").alias("_prev_end"))
        .filter(pl.col("_prev_end").is_null() | (pl.col("start") >= pl.col("_prev_end")))
    )
    hits = hits.join(lex._actor_table, on="actor")
    # generic patterns count only where the article names the side otherwise
    named = hits.filter(pl.col("kind") == "pattern").select("article_id", "side").unique()
    hits = pl.concat(
        [
            hits.filter(pl.col("kind") == "pattern"),
            hits.filter(pl.col("kind") == "generic").join(
                named, on=["article_id", "side"], how="semi"
            ),
        ]
    )
    hits = _apply_roles(hits, corpus, lex)
    text = corpus.paragraphs.select("article_id", "paragraph", pl.col("text").alias("_ptext"))
    out = (
        hits.join(text, on=["article_id", "paragraph"], how="left")
        .with_columns(
            pl.col("_ptext")
            .str.slice(pl.col("start"), (pl.col("end") - pl.col("start")).clip(0))
            .alias("match")
        )
        .sort("_u", "start", "actor")
    )
    return out.select([pl.col(c).cast(t) for c, t in MENTION_SCHEMA.items()])


def _drop_private_and_datelines(
    hits: pl.DataFrame, tokens: pl.DataFrame, lex: ActorLexicon
) -> pl.DataFrame:
    """Two context rules.

    * A country adjective or compound part that heads a private noun
      ("amerikanische Schauspielerin", "US-Forscher") does not name the state.
    * A capital at the start of a sentence followed by a dash is a dateline
      ("Kiew/Moskau – ..."), not the government.
    * A capital after "in", "nach", "aus" or "bei" is a place ("bei einem Besuch in
      Kiew"), unless a government noun stands before it ("die Regierung in Kiew", also
      in a compound: "das Außenministerium in Moskau"; the army, services and courts:
      "der Generalstab in Kiew", "ein Gericht in Moskau"; not an embassy).
    """
    kinds = lex._actor_table.select("actor", "actor_kind")
    tok = tokens.select(
        "_t",
        "_u",
        "kind",
        pl.col("text").alias("_tt"),
        pl.col("start").alias("_ts"),
        pl.col("end").alias("_te"),
        # position in the sentence
        (pl.col("token") - pl.col("token").min().over("_u", "sentence")).alias("token"),
    )
    # only the tokens around a hit are looked at: the joins below stay small
    t0 = pl.col("_t0").cast(pl.Int64)
    near = (
        hits.select(pl.int_ranges(t0 - 3, t0 + 4).alias("_t"))
        .explode("_t")
        .unique()
        .cast({"_t": tok.schema["_t"]}, strict=False)
    )
    tok = tok.join(near, on="_t", how="semi")
    h = (
        hits.with_row_index("_h")
        .join(kinds, on="actor", how="left")
        .join(tok, left_on="_t0", right_on="_t")
    )
    nxt = tok.select(
        (pl.col("_t") - 1).alias("_t0"),
        pl.col("_u").alias("_u1"),
        pl.col("_tt").alias("_n1"),
        pl.col("kind").alias("_k1"),
    )
    nxt2 = tok.select(
        (pl.col("_t") - 2).alias("_t0"), pl.col("_u").alias("_u2"), pl.col("_tt").alias("_n2")
    )
    nxt3 = tok.select((pl.col("_t") - 3).alias("_t0"), pl.col("_tt").alias("_n3"))
    prv1 = tok.select(
        (pl.col("_t") + 1).alias("_t0"), pl.col("_u").alias("_up"), pl.col("_tt").alias("_p1")
    )
    prv2 = tok.select((pl.col("_t") + 2).alias("_t0"), pl.col("_tt").alias("_p2"))
    prv3 = tok.select((pl.col("_t") + 3).alias("_t0"), pl.col("_tt").alias("_p3"))
    h = (
        h.join(nxt, on="_t0", how="left")
        .join(nxt2, on="_t0", how="left")
        .join(nxt3, on="_t0", how="left")
        .join(prv1, on="_t0", how="left")
        .join(prv2, on="_t0", how="left")
        .join(prv3, on="_t0", how="left")
    )
    drop = pl.lit(False)
    if lex.private_heads:
        heads = "|".join(sorted({x.lower() for x in lex.private_heads}, key=len, reverse=True))
        private = rf"(?:{heads})(?:in|innen|en|n|e|s|es|er|ern|nen)?$"
        is_part = (pl.col("start") != pl.col("_ts")) | (pl.col("end") != pl.col("_te"))
        last_part = pl.col("_tt").str.split("-").list.last()
        tt = pl.col("_tt")
        # an adjective: lower case, or an -isch form ("Ukrainischen Presseberichten")
        adjective = (
            tt.str.slice(0, 1) == tt.str.slice(0, 1).str.to_lowercase()
        ) | tt.str.to_lowercase().str.contains(r"isch(?:e|en|er|es|em)?$")
        next_word = pl.when(pl.col("_u1") == pl.col("_u")).then(pl.col("_n1"))
        after_next = pl.when(
            (pl.col("_u2") == pl.col("_u"))
            & (pl.col("_n1").str.slice(0, 1) == pl.col("_n1").str.slice(0, 1).str.to_lowercase())
        ).then(pl.col("_n2"))
        heads_private = (
            (
                is_part
                & (pl.col("end") < pl.col("_te"))
                & last_part.str.to_lowercase().str.contains(private)
            )
            | (adjective & next_word.str.to_lowercase().str.contains(private).fill_null(False))
            | (adjective & after_next.str.to_lowercase().str.contains(private).fill_null(False))
        )
        drop = drop | ((pl.col("actor_kind") == "country") & heads_private.fill_null(False))
    dashes = ["–", "—", "-"]
    dateline = (
        (pl.col("actor_kind") == "place-as-metonym")
        & (pl.col("token") <= 3)
        & (pl.col("_u1") == pl.col("_u"))
        & (
            pl.col("_n1").is_in(dashes)
            | ((pl.col("_n1") == "/") & pl.col("_n3").is_in(dashes))  # "Kiew/Moskau –"
        )
    ).fill_null(False)
    place = pl.lit(False)
    if lex.locative_places:
        places = sorted({p.lower().replace("ß", "ss") for p in lex.locative_places})
        place = (
            pl.col("_tt").str.to_lowercase().str.replace_all("ß", "ss").is_in(places)
            & (pl.col("_up") == pl.col("_u"))
            & pl.col("_p1").is_in(["in", "nach", "aus", "bei"])
            & ~pl.col("_p2").str.contains(_GOVERNMENT).fill_null(False)
            # a message from the capital is its government's: "die Antwort aus Moskau",
            # "Kritik aus Kiew", "wie es aus Moskau hieß"
            & ~(
                (pl.col("_p1") == "aus")
                & (
                    pl.col("_p2").str.contains(_MESSAGE).fill_null(False)
                    | pl.col("_n1").is_in(["hieß", "heißt", "verlautete", "verlautet"])
                )
            )
            # what is said in the capital is its government's: "„…“, hieß es in Moskau"
            & ~(
                pl.col("_p1").is_in(["in", "aus"])
                & (pl.col("_p2") == "es")
                & pl.col("_p3").is_in(["hieß", "heißt"])
            )
        ).fill_null(False)
    keep = h.filter(~(drop | dateline | place)).select("_h")
    return hits.with_row_index("_h").join(keep, on="_h", how="semi").drop("_h")


#: A message that comes from a capital (the word before "aus"): "die Antwort aus Moskau".
_MESSAGE = (
    r"^(?:Antwort|Reaktion|Kritik|Signal|Töne|Stimme|Drohung|Warnung|Botschaft|Forderung|Vorw[uü]rf"
    r"|Dementi|Protest|Widerspruch|Zustimmung|Lob|Angebot|Vorschl[aä]g|Nachricht|Appell|Erklärung"
    r"|Stellungnahme|Rhetorik|Propaganda|Drohgebärde)\w*$"
)
_GOVERNMENT = (
    r"^(?:Regierung|Führung|Staatsführung|Staatsspitze|Machthaber|Macht|Machtwechsel|Umsturz|Putsch"
    r"|Behörden|Regime|Administration|Verwaltung|Ministerium|Parlament|Präsidialamt|Amt|Ämter"
    r"|Kreml|Zentrale)\w*$"
    # (also as the last part of a compound: "das Außenministerium in Moskau", "die
    # Militärführung in Kiew")
    r"|^\p{Lu}\p{L}+(?:ministerium|ministeriums|regierung|führung|behörde|behörden|verwaltung)$"
    # (the state's army, services and courts: "der Generalstab in Kiew", "ein Gericht in
    # Moskau"; not its embassy, which is another state's)
    r"|^(?:Generalstab|Generalstabs|Armee|Militär|Militärs|Streitkräfte|Geheimdienst|"
    r"Geheimdienste|Geheimdienstes|Staatsanwaltschaft|Gericht|Gerichts|Justiz)$"
)


def _apply_roles(hits: pl.DataFrame, corpus: Corpus, lex: ActorLexicon) -> pl.DataFrame:
    roles = lex._role_table
    if roles.height == 0 or "published" not in corpus.articles.columns:
        return hits
    dated = hits.with_row_index("_h").join(
        corpus.articles.select("article_id", "published"), on="article_id", how="left"
    )
    chosen = (
        dated.filter(pl.col("published").is_not_null())
        .select("_h", "actor", "published")
        .join(roles, on="actor")
        .filter(
            (pl.col("from").is_null() | (pl.col("published") >= pl.col("from")))
            & (pl.col("until").is_null() | (pl.col("published") <= pl.col("until")))
        )
        .unique("_h", keep="first")
        .select("_h", "role_side")
    )
    return (
        dated.join(chosen, on="_h", how="left")
        .with_columns(pl.coalesce("role_side", "side").alias("side"))
        .drop("_h", "published", "role_side")
    )


# ---------------------------------------------------------------------- keyword in context


def kwic(
    corpus: Corpus,
    query: str | None = None,
    *,
    window: int = 8,
    pattern: str | None = None,
    lexicon: ActorLexicon | None = None,
) -> pl.DataFrame:
    """Keyword-in-context lines for an actor, a side, a word or a regular expression.

    Parameters
    ----------
    corpus
        The corpus.
    query
        An actor id or a side of the lexicon (its mentions), or else a literal word
        (matched case-insensitively as a whole token or compound part).
    window
        Tokens of context on each side (within the paragraph).
    pattern
        A regular expression matched against whole tokens, instead of ``query``.
    lexicon
        The actor lexicon (default :data:`DEFAULT_ACTORS`).

    Returns
    -------
    pl.DataFrame
        ``article_id, paragraph, sentence, left, match, right, start, end`` (plus
        ``actor`` and ``side`` for lexicon queries), in text order.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> k = ak.kwic(ak.example(), "Russia", window=3)
    >>> k.select("left", "match", "right").row(0)
    ('auf Verhandlungsbereitschaft mit', 'Russland', '')
    """
    if (query is None) == (pattern is None):
        raise ValueError("kwic needs either a query (actor, side or word) or pattern=")
    lex = lexicon or DEFAULT_ACTORS
    keys = ["article_id", "paragraph"]
    if query is not None and (query in lex.ids or query in lex.sides):
        m = mentions(corpus, lex)
        hits = m.filter((pl.col("actor") == query) | (pl.col("side") == query))
    else:
        tokens = _token_frame(corpus, include_boilerplate=False)
        if pattern is not None:
            words = tokens.filter(pl.col("kind") == "word").filter(
                pl.col("text").str.contains(f"^(?:{pattern})$")
            )
            hits = words.select(*keys, "sentence", "start", "end")
        else:
            assert query is not None
            key = query.lower().replace("ß", "ss")
            segs = _segments(tokens).filter(pl.col("_key") == key)
            hits = segs.join(tokens.select("_t", *keys, "sentence"), on="_t").select(
                *keys, "sentence", "start", "end"
            )
    if hits.height == 0:
        return pl.DataFrame(
            schema={
                "article_id": pl.String,
                "paragraph": pl.Int32,
                "sentence": pl.Int32,
                "left": pl.String,
                "match": pl.String,
                "right": pl.String,
                "start": pl.Int32,
                "end": pl.Int32,
            }
        )
    # context bounds: the start of the token `window` tokens before, the end of the one after
    # (only the paragraphs with a hit; the sorted token table is kept with the corpus)
    found = _per_corpus(
        corpus,
        ("kwic: tokens",),
        lambda: (
            _token_frame(corpus, include_boilerplate=False)
            .select(*keys, "token", "start", "end")
            .sort(*keys, "start")
        ),
    )
    tok = found.join(hits.select(keys).unique(), on=keys, how="semi", maintain_order="left")
    last = tok.group_by(keys).agg(pl.col("token").max().alias("_last"))
    hits = (
        hits.with_row_index("_h")
        .sort(*keys, "start")
        .join_asof(  # the token that contains the match start (a compound part has none of its own)
            tok.select(*keys, pl.col("start").alias("_tok_start"), pl.col("token").alias("_i")),
            left_on="start",
            right_on="_tok_start",
            by=keys,
            strategy="backward",
            check_sortedness=False,
        )
        .sort(*keys, "end")
        .join_asof(
            tok.select(*keys, pl.col("end").alias("_tok_end"), pl.col("token").alias("_j")),
            left_on="end",
            right_on="_tok_end",
            by=keys,
            strategy="forward",
            check_sortedness=False,
        )
        .join(last, on=keys, how="left")
        .with_columns(
            (pl.col("_i") - window).clip(lower_bound=0).alias("_li"),
            (pl.col("_j").fill_null(pl.col("_i")) + window)
            .clip(upper_bound=pl.col("_last"))
            .alias("_rj"),
        )
        .join(
            tok.select(*keys, pl.col("token").alias("_li"), pl.col("start").alias("_ls")),
            on=[*keys, "_li"],
            how="left",
        )
        .join(
            tok.select(*keys, pl.col("token").alias("_rj"), pl.col("end").alias("_re")),
            on=[*keys, "_rj"],
            how="left",
        )
        .join(corpus.paragraphs.select(*keys, pl.col("text").alias("_p")), on=keys, how="left")
    )
    p = pl.col("_p")
    out = hits.with_columns(
        p.str.slice(pl.col("_ls"), (pl.col("start") - pl.col("_ls")).clip(lower_bound=0))
        .str.strip_chars()
        .alias("left"),
        p.str.slice(pl.col("start"), (pl.col("end") - pl.col("start")).clip(0)).alias("match"),
        p.str.slice(pl.col("end"), (pl.col("_re") - pl.col("end")).clip(lower_bound=0))
        .str.strip_chars()
        .alias("right"),
    ).sort("_h")
    extra = [c for c in ("actor", "side") if c in out.columns]
    return out.select(*keys, "sentence", "left", "match", "right", "start", "end", *extra)


# ---------------------------------------------------------------------- co-mentions and rates


def co_mentions(
    corpus: Corpus,
    *,
    unit: Literal["sentence", "paragraph", "article"] = "paragraph",
    by: Literal["side", "actor"] = "side",
    lexicon: ActorLexicon | None = None,
) -> pl.DataFrame:
    """Which actors (or sides) are named together, and how strongly they go together.

    Parameters
    ----------
    corpus
        The corpus.
    unit
        ``sentence``, ``paragraph`` or ``article``.
    by
        Pair ``side`` values or ``actor`` ids.
    lexicon
        The actor lexicon (default :data:`DEFAULT_ACTORS`).

    Returns
    -------
    pl.DataFrame
        One row per unordered pair ``a < b`` named together at least once:
        ``a, b, n_both`` (units naming both), ``n_a``, ``n_b`` (units naming each),
        ``n_units`` (all units of the corpus), ``jaccard`` (n_both / units naming
        either) and ``npmi`` (normalised pointwise mutual information in [-1, 1]:
        0 = as often as chance, 1 = always together), sorted by ``n_both``.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> pairs = ak.co_mentions(ak.example())
    >>> nato_russia = (pl.col("a") == "NATO") & (pl.col("b") == "Russia")
    >>> pairs.filter(nato_russia).select("n_both", "n_a", "n_b").row(0)
    (6, 9, 7)
    """
    keys = {
        "sentence": ["article_id", "paragraph", "sentence"],
        "paragraph": ["article_id", "paragraph"],
        "article": ["article_id"],
    }
    if unit not in keys:
        raise ValueError(f"unit={unit!r}: use 'sentence', 'paragraph' or 'article'")
    if by not in ("side", "actor"):
        raise ValueError(f"by={by!r}: use 'side' or 'actor'")
    k = keys[unit]
    m = mentions(corpus, lexicon).select(*k, pl.col(by).alias("x")).unique()
    if unit == "sentence":
        n_units = corpus.sentences.height
    elif unit == "paragraph":
        n_units = corpus.paragraphs.filter(pl.col("role") != "boilerplate").height
    else:
        n_units = corpus.articles.height
    counts = m.group_by("x").agg(pl.len().alias("n"))
    pairs = (
        m.join(m, on=k, suffix="_b")
        .filter(pl.col("x") < pl.col("x_b"))
        .group_by(pl.col("x").alias("a"), pl.col("x_b").alias("b"))
        .agg(pl.len().alias("n_both"))
        .join(counts.rename({"x": "a", "n": "n_a"}), on="a")
        .join(counts.rename({"x": "b", "n": "n_b"}), on="b")
        .with_columns(pl.lit(n_units).alias("n_units"))
    )
    p_ab = pl.col("n_both") / pl.col("n_units")
    pmi = (p_ab / ((pl.col("n_a") / pl.col("n_units")) * (pl.col("n_b") / pl.col("n_units")))).log()
    npmi = pl.when(p_ab >= 1).then(1.0).otherwise(pmi / -(p_ab.log()))
    return (
        pairs.with_columns(
            (pl.col("n_both") / (pl.col("n_a") + pl.col("n_b") - pl.col("n_both"))).alias(
                "jaccard"
            ),
            npmi.alias("npmi"),
        )
        .select(
            "a",
            "b",
            pl.col("n_both").cast(pl.Int64),
            pl.col("n_a").cast(pl.Int64),
            pl.col("n_b").cast(pl.Int64),
            pl.col("n_units").cast(pl.Int64),
            "jaccard",
            "npmi",
        )
        .sort(["n_both", "a", "b"], descending=[True, False, False])
    )


def mention_profile(
    corpus: Corpus,
    *,
    level: Literal["side", "actor"] = "side",
    by: Literal["article", "position", "time"] | None = None,
    top: int | None = 15,
    lexicon: ActorLexicon | None = None,
) -> pl.DataFrame:
    """Mentions of the most-named sides (or actors): in total, per article, by position or month.

    Parameters
    ----------
    corpus
        The corpus.
    level
        ``"side"`` or ``"actor"``.
    by
        None (totals), ``"article"``, ``"position"`` (tenth of the article's title and
        body text, by characters, so one-paragraph articles have positions too) or
        ``"time"`` (month of ``published``; undated articles left out).
    top
        Keep the ``top`` most-named sides or actors (None: all).
    lexicon
        Actor lexicon (default :data:`DEFAULT_ACTORS`).

    Returns
    -------
    polars.DataFrame
        ``[article_id | position | month,] name, mentions, words, rate`` with
        ``rate`` the mentions per 1,000 words of the same unit (a tenth holds a tenth of
        the words). Every name appears in every unit, with 0 where it is not named
        (totals list only names that are named).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> ak.mention_profile(ak.example(), top=2).select("name", "mentions").rows()
    [('NATO', 16), ('Russia', 10)]
    """
    if level not in ("side", "actor"):
        raise ValueError(f"level={level!r}: use 'side' or 'actor'")
    if by not in (None, "article", "position", "time"):
        raise ValueError(f"by={by!r}: use None, 'article', 'position' or 'time'")
    m = (
        mentions(corpus, lexicon=lexicon)
        .filter(pl.col(level).is_not_null())
        .rename({level: "name"})
    )
    keep = (
        m.group_by("name")
        .agg(pl.len().alias("n"))
        .sort(["n", "name"], descending=[True, False])
        .head(top if top is not None else len(m))
    )
    m = m.join(keep.select("name"), on="name", how="semi")
    # The paragraphs mentions are found in (title and body) are the denominator; each has
    # its character offset in the article's text, so positions are tenths of the text by
    # characters and one-paragraph articles have them too.
    paras = corpus.paragraphs.filter(pl.col("role") != "boilerplate")
    units = (
        paras.sort("article_id", "paragraph")
        .select(
            "article_id",
            "paragraph",
            "n_words",
            (pl.col("text").str.len_chars() + 1).alias("_len"),
        )
        .with_columns(
            (pl.col("_len").cum_sum().over("article_id") - pl.col("_len")).alias("_offset"),
            pl.col("_len").sum().over("article_id").alias("_chars"),
        )
        .join(
            corpus.articles.select(
                "article_id",
                pl.col("published").cast(pl.Date, strict=False).dt.truncate("1mo").alias("month"),
            ),
            on="article_id",
            how="left",
        )
    )
    keys: list[str] = {None: [], "article": ["article_id"], "position": ["position"]}.get(
        by, ["month"]
    )
    if by == "time":
        units = units.filter(pl.col("month").is_not_null())
    m2 = m.join(units, on=["article_id", "paragraph"], how="inner").with_columns(
        ((pl.col("_offset") + pl.col("start")) * 10 // pl.col("_chars"))
        .clip(0, 9)
        .cast(pl.Int32)
        .alias("position")
    )
    if by == "position":
        # Each tenth holds a tenth of the words.
        total = units.select(pl.col("n_words").sum()).item() or 0
        words = pl.DataFrame(
            {"position": range(10), "words": [total / 10] * 10},
            schema={"position": pl.Int32, "words": pl.Float64},
        )
    elif keys:
        words = units.group_by(keys).agg(pl.col("n_words").sum().alias("words"))
    else:
        words = units.select(pl.col("n_words").sum().alias("words"))
    # Zero where a name is absent, so lines and cells show it rather than skip it.
    grid = words.join(keep.select("name"), how="cross")
    counts = m2.group_by([*keys, "name"]).agg(pl.len().alias("mentions"))
    data = (
        grid.join(counts, on=[*keys, "name"], how="left")
        .with_columns(pl.col("mentions").fill_null(0))
        .with_columns(
            pl.when(pl.col("words") > 0)
            .then(pl.col("mentions") * 1000 / pl.col("words"))
            .alias("rate")
        )
        .sort([*keys, "mentions", "name"], descending=[False] * len(keys) + [True, False])
    )
    if by is None:
        data = data.filter(pl.col("mentions") > 0)
    return data.select(*keys, "name", "mentions", "words", "rate")


def mention_rates(
    corpus: Corpus,
    *,
    by: str | Sequence[str] | None = "source",
    level: Literal["side", "actor"] = "side",
    lexicon: ActorLexicon | None = None,
) -> pl.DataFrame:
    """Mentions per 1,000 words and the share of articles naming each side (or actor).

    Parameters
    ----------
    corpus
        The corpus.
    by
        Article columns to group by (``"source"``, ``["source", "published"]``), or
        ``None`` for the whole corpus. Articles with a null group value form their own
        group.
    level
        ``side`` or ``actor``.
    lexicon
        The actor lexicon (default :data:`DEFAULT_ACTORS`).

    Returns
    -------
    pl.DataFrame
        One row per group and side (every side of the lexicon, zero where never
        named): the group columns, ``side`` (or ``actor``), ``n_mentions``,
        ``n_words`` (title and body words of the group), ``per_1000_words``,
        ``n_articles_naming``, ``n_articles``, ``share_of_articles``.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> r = ak.mention_rates(ak.example(), by=None)
    >>> r.filter(pl.col("side") == "NATO").select("n_mentions", "n_articles_naming").row(0)
    (16, 1)
    """
    lex = lexicon or DEFAULT_ACTORS
    groups = [] if by is None else ([by] if isinstance(by, str) else list(by))
    missing = [g for g in groups if g not in corpus.articles.columns]
    if missing:
        raise ValueError(
            f"by={missing}: not article columns ({', '.join(corpus.articles.columns)})"
        )
    if level not in ("side", "actor"):
        raise ValueError(f"level={level!r}: use 'side' or 'actor'")
    arts = corpus.articles.select("article_id", "n_words", *groups).with_columns(
        pl.lit(1).alias("_all")
    )
    g = groups or ["_all"]
    totals = arts.group_by(g).agg(
        pl.col("n_words").sum().alias("n_words"), pl.len().alias("n_articles")
    )
    values = lex.sides if level == "side" else lex.ids
    grid = totals.join(pl.DataFrame({level: values}), how="cross")
    m = mentions(corpus, lex).join(arts, on="article_id")
    per = m.group_by(*g, level).agg(
        pl.len().alias("n_mentions"), pl.col("article_id").n_unique().alias("n_articles_naming")
    )
    out = grid.join(per, on=[*g, level], how="left", nulls_equal=True).with_columns(
        pl.col("n_mentions").fill_null(0).cast(pl.Int64),
        pl.col("n_articles_naming").fill_null(0).cast(pl.Int64),
    )
    out = out.with_columns(
        (pl.col("n_mentions") * 1000 / pl.col("n_words")).alias("per_1000_words"),
        (pl.col("n_articles_naming") / pl.col("n_articles")).alias("share_of_articles"),
    )
    cols = [
        *groups,
        level,
        "n_mentions",
        "n_words",
        "per_1000_words",
        "n_articles_naming",
        "n_articles",
        "share_of_articles",
    ]
    return out.select(cols).sort([*groups, level], nulls_last=True)


# ---------------------------------------------------------------------- candidates

_SAYING = [
    "sagte",
    "sagt",
    "erklärte",
    "erklärt",
    "betonte",
    "betont",
    "meinte",
    "warnte",
    "forderte",
    "kritisierte",
    "teilte",
    "schrieb",
    "sagten",
    "erklärten",
    "so",
]
_TITLES = [
    "Präsident",
    "Präsidentin",
    "Außenminister",
    "Außenministerin",
    "Verteidigungsminister",
    "Verteidigungsministerin",
    "Kanzler",
    "Kanzlerin",
    "Regierungschef",
    "Regierungschefin",
    "Ministerpräsident",
    "Ministerpräsidentin",
    "Premierminister",
    "Premierministerin",
    "Generalsekretär",
    "Generalsekretärin",
    "Sprecher",
    "Sprecherin",
    "Botschafter",
    "Botschafterin",
    "General",
    "Minister",
    "Ministerin",
    "Staatschef",
    "Kremlchef",
    "Oppositionsführer",
    "Oppositionsführerin",
    "Senator",
    "Senatorin",
]


def actor_candidates(
    corpus: Corpus,
    lexicon: ActorLexicon | None = None,
    *,
    min_count: int = 2,
    top: int = 50,
) -> pl.DataFrame:
    """Frequent names that the lexicon does not know yet, with an example sentence.

    A name is a run of up to three capitalised words inside a sentence that do not
    look like common nouns (German capitalises nouns: words ending in -ung, -heit,
    -schaft, -minister, ... are left out). Runs of two or more words count ("Antony
    Blinken"); a single word counts after a verb of saying ("sagte Lukaschenko") or a
    title ("Außenminister Sikorski", "US-Senator Graham"). Runs with a word the lexicon
    already matches are left out.

    Parameters
    ----------
    corpus
        The corpus.
    lexicon
        The lexicon whose names are known (default :data:`DEFAULT_ACTORS`).
    min_count
        Minimum number of occurrences.
    top
        Return at most this many candidates.

    Returns
    -------
    pl.DataFrame
        ``candidate, count, n_articles, cue, example, article_id, paragraph`` ranked
        by ``count`` (``cue``: ``name``, ``after a verb of saying`` or
        ``after a title``).

    Examples
    --------
    >>> import polars as pl, analysis_kit as ak
    >>> c = ak.load(pl.DataFrame({"text": [
    ...     "Das sagte Außenminister Ivo Beispielow am Montag in Sofia.",
    ...     "In Sofia traf Ivo Beispielow den Kollegen."]}))
    >>> ak.actor_candidates(c, min_count=2).select("candidate", "count", "cue").row(0)
    ('Ivo Beispielow', 2, 'after a title')
    """
    lex = lexicon or DEFAULT_ACTORS
    tokens = _token_frame(corpus, include_boilerplate=False)
    known = mentions(corpus, lex).select("article_id", "paragraph", pl.col("start").alias("_ms"))
    text = pl.col("text")
    t = (
        tokens.join_asof(
            known.sort("article_id", "paragraph", "_ms"),
            left_on="start",
            right_on="_ms",
            by=["article_id", "paragraph"],
            strategy="forward",
            check_sortedness=False,
        )
        .with_columns(
            _known=(pl.col("_ms") < pl.col("end")).fill_null(False),
            _first=pl.col("token") == pl.col("token").min().over("_u", "sentence"),
            _prev=pl.when(pl.col("_u") == pl.col("_u").shift(1)).then(text.shift(1)),
        )
        .sort("_t")
    )
    nounish = text.str.to_lowercase().str.contains(_NOUN_ENDINGS) | text.is_in(_TITLES)
    word = (pl.col("kind") == "word") & _capitalised(text) & (text.str.len_chars() > 1)
    t = t.with_columns(_name=(word & ~pl.col("_first") & ~nounish).fill_null(False))
    new_run = pl.col("_name") & ~(
        pl.col("_name").shift(1).fill_null(False)
        & (pl.col("_u") == pl.col("_u").shift(1))
        & (pl.col("sentence") == pl.col("sentence").shift(1))
    )
    t = t.with_columns(_run=new_run.cum_sum())
    runs = (
        t.filter(pl.col("_name"))
        .group_by("_run")
        .agg(
            pl.col("text").head(3).str.join(" ").alias("candidate"),
            pl.len().alias("_n"),
            pl.col("_known").any().alias("_any_known"),
            pl.col("_prev").first(),
            pl.col("article_id").first(),
            pl.col("paragraph").first(),
            pl.col("sentence").first(),
        )
        .with_columns(
            pl.when(
                pl.col("_prev").str.to_lowercase().str.contains(_TITLE_ENDINGS).fill_null(False)
            )
            .then(pl.lit("after a title"))
            .when(pl.col("_prev").is_in(_SAYING))
            .then(pl.lit("after a verb of saying"))
            .when(pl.col("_n") >= 2)
            .then(pl.lit("name"))
            .alias("cue")
        )
        .filter(pl.col("cue").is_not_null() & ~pl.col("_any_known"))
    )
    sentences = corpus.sentences.select(
        "article_id", "paragraph", "sentence", pl.col("text").alias("example")
    )
    ranked = (
        runs.join(sentences, on=["article_id", "paragraph", "sentence"], how="left")
        .sort("_run")
        .group_by("candidate", maintain_order=True)
        .agg(
            pl.len().cast(pl.UInt32).alias("count"),
            pl.col("article_id").n_unique().cast(pl.UInt32).alias("n_articles"),
            pl.col("cue").mode().sort().first().alias("cue"),
            pl.col("example").first(),
            pl.col("article_id").first(),
            pl.col("paragraph").first(),
        )
        .filter(pl.col("count") >= min_count)
        .sort(["count", "candidate"], descending=[True, False])
        .head(top)
    )
    return ranked.select(
        "candidate", "count", "n_articles", "cue", "example", "article_id", "paragraph"
    )


_NOUN_ENDINGS = (
    r"(?:ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|sion|tät|täten|ismus|ment|"
    r"minister|ministerin|chef|chefin|präsident|präsidentin|sprecher|sprecherin|amt|ämter|rat|"
    r"gruppe|partei|regierung|verband|ministerium|bund|land|länder|staat|staaten|haus|stadt|dorf|"
    r"krieg|konflikt|gipfel|woche|jahr|jahre|jahren|tag|tage|tagen|monat|monate|euro|dollar|prozent|"
    r"ende|anfang|zeit|welt|seite|frage|fragen|teil|teile|leute|menschen|kinder|frauen|männer)$"
)
_TITLE_ENDINGS = (
    r"(?:minister|ministerin|präsident|präsidentin|kanzler|kanzlerin|chef|chefin|sprecher|sprecherin|"
    r"generalsekretär|generalsekretärin|botschafter|botschafterin|general|senator|senatorin|"
    r"premier|premierministerin|bürgermeister|bürgermeisterin|führer|führerin|kommissar|kommissarin)$"
)
