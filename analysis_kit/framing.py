"""Framing, side by side: how two sides (NATO and Russia by default) are covered.

:func:`compare` puts two sides next to each other on the same measures and returns a
:class:`Comparison`. The unit of analysis is the sentence (or the paragraph). A unit
belongs to a side when it mentions that side (:func:`analysis_kit.mentions`); units that
mention both sides count for both and are also reported on their own, and the summary
says how many there are.

Measures
--------
* **sentiment**: the default sentiment engine on each side's units (``target="unit"``),
  or only on the clauses that contain the side's mention (``target="clause"``: the
  sentence is cut at commas, semicolons, colons, brackets and dashes). Units without a
  scored word are left out of the means and counted. Intervals come from a cluster
  bootstrap over articles (:func:`analysis_kit.stats.cluster_bootstrap`), 2,000 seeded
  replicates by default.
* **frames**: the share of each side's units that use each frame of a German frame
  dictionary (:class:`FrameDictionary`, ``analysis_kit/data/frames.toml`` by default).
* **terms**: words typical of each side's units, by the log-odds ratio with an
  informative Dirichlet prior (Monroe, Colaresi and Quinn 2008) with the whole corpus as
  the prior; words are lower-cased and stemmed by a light German stemmer
  (:func:`stem`), stopwords and the actor names themselves are left out.
* **verbs**: verbs in the clauses that mention the side, found and lemmatised by the
  documented rule of :mod:`analysis_kit.verbs` (textblob-de's German tagging lexicon and
  verb table, joined in Polars). Auxiliaries and modal verbs are left out.
* **voices**: who is quoted for each side (:func:`analysis_kit.quotes`).
* **prominence**: articles naming each side, mentions in titles and first paragraphs,
  the position of the first mention, mentions per 1,000 words.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Mapping, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import polars as pl

from analysis_kit.actors import DEFAULT_ACTORS, Actor, ActorLexicon, mentions, read_toml
from analysis_kit.corpus import Corpus
from analysis_kit.sentiment.api import default_lexicon
from analysis_kit.sentiment.engine import DEFAULT_RULES, scored_words
from analysis_kit.sentiment.lexicon import Lexicon
from analysis_kit.stats import BootstrapResult, cluster_bootstrap, log_odds_dirichlet

__all__ = [
    "CompareInputs",
    "CompareSource",
    "Comparison",
    "Frame",
    "FrameDictionary",
    "FrameDictionaryError",
    "clause_tokens",
    "compare",
    "compare_inputs",
    "frame_matches",
    "mention_verbs",
    "stem",
    "unit_scores",
    "unit_words",
]

Unit = Literal["sentence", "paragraph"]
_Engine = Literal["auto", "streaming"]
_UNIT_KEYS: dict[str, list[str]] = {
    "sentence": ["article_id", "paragraph", "sentence"],
    "paragraph": ["article_id", "paragraph"],
}
_AUXILIARIES = {
    "sein",
    "haben",
    "werden",
    "können",
    "müssen",
    "sollen",
    "wollen",
    "dürfen",
    "mögen",
    "lassen",
}


class FrameDictionaryError(ValueError):
    """A frame dictionary that cannot be used; the message names the file and the frame."""


@dataclass(frozen=True)
class Frame:
    """One frame: an id, German and English labels, a definition and word patterns."""

    id: str
    label_de: str
    label_en: str
    definition: str
    patterns: tuple[str, ...]


@dataclass(frozen=True, eq=False)
class FrameDictionary:
    """A frame dictionary (immutable). Patterns use the actor lexicon's syntax.

    Attributes
    ----------
    frames
        The frames in order.
    source
        Where it came from.
    """

    frames: tuple[Frame, ...]
    source: str = "<dict>"

    @classmethod
    def from_toml(cls, path: str | os.PathLike[str]) -> FrameDictionary:
        """Read ``[[frame]]`` tables (``id, label_de, label_en, definition, patterns``).

        Parameters
        ----------
        path
            The TOML file.

        Returns
        -------
        FrameDictionary
            The dictionary.

        Raises
        ------
        FrameDictionaryError
            For a syntax error, a missing or unknown key, an empty or invalid pattern or
            a duplicated id; the message names the file and the frame.
        """
        file = Path(path)
        return cls.from_dict(read_toml(file, FrameDictionaryError), source=str(file))

    @classmethod
    def from_dict(cls, data: Mapping[str, Any], *, source: str = "<dict>") -> FrameDictionary:
        """A dictionary from ``{"frame": [{"id": ..., "patterns": [...]}, ...]}``.

        Parameters
        ----------
        data
            The parsed structure; ``label_de``, ``label_en`` and ``definition`` default
            to the id.
        source
            Name used in error messages.

        Returns
        -------
        FrameDictionary
            The dictionary.

        Examples
        --------
        >>> fd = FrameDictionary.from_dict({"frame": [{"id": "peace", "patterns": ["Frieden*"]}]})
        >>> fd.ids
        ['peace']
        """
        items = data.get("frame")
        if not isinstance(items, list) or not items:
            raise FrameDictionaryError(f"{source}: expected one or more [[frame]] tables")
        known = {"id", "label_de", "label_en", "definition", "patterns"}
        frames = []
        for number, item in enumerate(items, start=1):
            if not isinstance(item, Mapping):
                raise FrameDictionaryError(f"{source}: frame #{number} is not a table")
            fid = item.get("id")
            where = f"{source}: frame {fid!r}" if fid else f"{source}: frame #{number}"
            if not isinstance(fid, str) or not fid.strip():
                raise FrameDictionaryError(f"{where}: missing or empty 'id'")
            unknown = sorted(set(item) - known)
            if unknown:
                raise FrameDictionaryError(f"{where}: unknown key(s) {unknown}")
            patterns = item.get("patterns")
            if (
                not isinstance(patterns, list)
                or not patterns
                or not all(isinstance(p, str) and p.strip("* ") for p in patterns)
            ):
                raise FrameDictionaryError(
                    f"{where}: 'patterns' must be a non-empty list of patterns"
                )
            frames.append(
                Frame(
                    id=fid,
                    label_de=str(item.get("label_de", fid)),
                    label_en=str(item.get("label_en", fid)),
                    definition=str(item.get("definition", "")),
                    patterns=tuple(p.strip() for p in patterns),
                )
            )
        ids = [f.id for f in frames]
        dupes = sorted({i for i in ids if ids.count(i) > 1})
        if dupes:
            raise FrameDictionaryError(f"{source}: frame {dupes[0]!r}: duplicated frame id")
        result = cls(tuple(frames), source=source)
        try:
            result.lexicon  # noqa: B018 - validates the patterns
        except ValueError as err:
            raise FrameDictionaryError(str(err).replace("actor", "frame")) from None
        return result

    @classmethod
    def default(cls) -> FrameDictionary:
        """The dictionary shipped with the kit (``analysis_kit/data/frames.toml``).

        Returns
        -------
        FrameDictionary
            Security-coverage frames with definitions and German patterns.
        """
        ref = resources.files("analysis_kit").joinpath("data", "frames.toml")
        with resources.as_file(ref) as path:
            return cls.from_toml(path)

    @property
    def ids(self) -> list[str]:
        """Frame ids in order."""
        return [f.id for f in self.frames]

    def to_frame(self) -> pl.DataFrame:
        """One row per frame: ``frame, label_de, label_en, definition, n_patterns``.

        Returns
        -------
        pl.DataFrame
            The frames.
        """
        return pl.DataFrame(
            {
                "frame": self.ids,
                "label_de": [f.label_de for f in self.frames],
                "label_en": [f.label_en for f in self.frames],
                "definition": [f.definition for f in self.frames],
                "n_patterns": [len(f.patterns) for f in self.frames],
            }
        )

    @cached_property
    def lexicon(self) -> ActorLexicon:
        """The frames as an :class:`ActorLexicon` (one actor per frame) for matching."""
        return ActorLexicon(
            tuple(
                Actor(id=f.id, side=f.id, actor_kind="organisation", patterns=f.patterns)
                for f in self.frames
            ),
            source=self.source,
        )


@lru_cache(maxsize=1)
def _default_frames() -> FrameDictionary:
    return FrameDictionary.default()


def frame_matches(corpus: Corpus, frames: FrameDictionary | None = None) -> pl.DataFrame:
    """Every word or phrase of the corpus that signals a frame.

    Parameters
    ----------
    corpus
        The corpus.
    frames
        The frame dictionary (default: the shipped one).

    Returns
    -------
    pl.DataFrame
        ``article_id, paragraph, sentence, frame, match, start, end``.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> fd = FrameDictionary.from_dict({"frame": [{"id": "espionage", "patterns": ["Spionage*"]}]})
    >>> frame_matches(ak.example(), fd).select("paragraph", "frame", "match").rows()
    [(5, 'espionage', 'Spionage')]
    """
    fd = frames or _default_frames()
    found = mentions(corpus, fd.lexicon)
    return found.select(
        "article_id",
        "paragraph",
        "sentence",
        pl.col("actor").alias("frame"),
        "match",
        "start",
        "end",
    )


def stem(expr: pl.Expr) -> pl.Expr:
    """A light German stemmer as a Polars expression (after CISTEM, Weissweiler and Fraser 2017).

    Lower case, ß as ss, umlauts as plain vowels; then ``-ern``, ``-em``, ``-er``,
    ``-en``, ``-es``, ``-nd`` and finally ``-e``, ``-s``, ``-n``, ``-t`` are stripped
    from words long enough to keep a stem of at least four letters.

    Parameters
    ----------
    expr
        A string expression.

    Returns
    -------
    pl.Expr
        The stems.

    Examples
    --------
    >>> import polars as pl
    >>> words = pl.Series(["Verhandlungen", "Gesprächen", "Krieges", "Truppen"])
    >>> pl.select(stem(pl.lit(words))).to_series().to_list()
    ['verhandlung', 'gesprach', 'krieg', 'trupp']
    """
    base = (
        expr.str.to_lowercase()
        .str.replace_all("ß", "ss", literal=True)
        .str.replace_all("ä", "a", literal=True)
        .str.replace_all("ö", "o", literal=True)
        .str.replace_all("ü", "u", literal=True)
    )
    long = base.str.len_chars() > 5
    step1 = pl.when(long).then(base.str.replace(r"(?:ern|em|er|en|es|nd)$", "")).otherwise(base)
    return (
        pl.when(step1.str.len_chars() > 4).then(step1.str.replace(r"[esnt]$", "")).otherwise(step1)
    )


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    text = resources.files("analysis_kit").joinpath("data", "stopwords_de.txt").read_text("utf-8")
    return frozenset(
        w for line in text.splitlines() if not line.startswith("#") for w in line.split()
    )


@dataclass(frozen=True, eq=False)
class Comparison:
    """The result of :func:`compare` (immutable frames; build with :func:`compare`).

    Attributes
    ----------
    left, right
        The two sides as given (a side, an actor id or a list).
    unit
        ``sentence`` or ``paragraph``.
    summary
        One row per measure: ``measure, left, right, difference, ci_low, ci_high,
        n_left, n_right, note`` (the interval is for the difference where there is one).
    sentiment
        Per side (``left``, ``right``, ``both``): mean polarity, bootstrap interval,
        scored and unscored units.
    terms
        Distinctive words: ``term, example, count_left, count_right, n_left, n_right,
        alpha, alpha_0, delta, variance, z, favours``.
    frames
        Per frame and side: ``units`` with the frame, ``n_units`` of the side, ``share``,
        and the interval of the difference of shares.
    verbs
        Per side: ``lemma, count``.
    voices
        Per side: ``kind, speaker, speaker_actor, n_quotes, n_words``.
    prominence
        Per side: articles naming, share of articles, title and first-paragraph
        mentions, mean position of the first mention, mentions per 1,000 words.
    units
        Every unit with ``in_left``, ``in_right``, its text and sentiment.
    """

    left: str | tuple[str, ...]
    right: str | tuple[str, ...]
    unit: str
    summary: pl.DataFrame
    sentiment: pl.DataFrame
    terms: pl.DataFrame
    frames: pl.DataFrame
    verbs: pl.DataFrame
    voices: pl.DataFrame
    prominence: pl.DataFrame
    units: pl.DataFrame = field(repr=False)
    by_group: pl.DataFrame | None = field(default=None, repr=False)
    _frame_units: pl.DataFrame | None = field(default=None, repr=False)
    _quotes: pl.DataFrame | None = field(default=None, repr=False)

    def __repr__(self) -> str:
        return (
            f"Comparison({self.left!r} vs {self.right!r}, unit={self.unit}: "
            f"{int(self.units['in_left'].sum())} vs {int(self.units['in_right'].sum())} units, "
            f"{int((self.units['in_left'] & self.units['in_right']).sum())} with both)"
        )

    def examples(
        self, measure: str, side: Literal["left", "right", "both"] = "left", *, n: int = 5
    ) -> pl.DataFrame:
        """The units behind a number.

        Parameters
        ----------
        measure
            ``"units"``, ``"sentiment"`` (most negative first), ``"positive"`` (most
            positive first), ``"frame:<id>"``, ``"term:<term>"`` (a stem from
            :attr:`terms`), ``"quotes"`` (the side's quotes) or ``"scare"`` (scare quotes in
            the side's units).
        side
            ``left``, ``right`` or ``both``.
        n
            Maximum number of rows.

        Returns
        -------
        pl.DataFrame
            Unit keys, ``text`` and the value behind the measure.

        Examples
        --------
        >>> import analysis_kit as ak
        >>> cmp = ak.compare(ak.example(), replicates=200)
        >>> cmp.examples("scare", "left")["quote"].to_list()
        ['Spionage']
        """
        keys = _UNIT_KEYS[self.unit]
        if side == "left":
            members = pl.col("in_left")
        elif side == "right":
            members = pl.col("in_right")
        elif side == "both":
            members = pl.col("in_left") & pl.col("in_right")
        else:
            raise ValueError(f"side={side!r}: use 'left', 'right' or 'both'")
        units = self.units.filter(members)
        if measure == "units":
            return units.select(*keys, "text").head(n)
        if measure in ("sentiment", "positive"):
            return (
                units.filter(pl.col("n_scored") > 0)
                .sort("polarity", descending=measure == "positive")
                .select(*keys, "text", "polarity", "n_scored")
                .head(n)
            )
        if measure.startswith("frame:"):
            fid = measure.split(":", 1)[1]
            assert self._frame_units is not None
            hits = self._frame_units.filter(pl.col("frame") == fid)
            return units.join(hits, on=keys, how="inner").select(*keys, "text", "match").head(n)
        if measure.startswith("term:"):
            term = measure.split(":", 1)[1]
            return units.filter(stem_contains(pl.col("text"), term)).select(*keys, "text").head(n)
        if measure in ("quotes", "scare"):
            q = self._quotes if self._quotes is not None else pl.DataFrame()
            if q.height == 0:
                return pl.DataFrame(schema={**{k: pl.String for k in keys}, "quote": pl.String})
            if measure == "scare":
                q = q.filter(pl.col("kind") == "scare").join(
                    units.select(keys), on=keys, how="semi"
                )
            else:
                col = "_left" if side == "left" else "_right"
                q = (
                    q.filter(pl.col(col))
                    if side != "both"
                    else q.filter(pl.col("_left") | pl.col("_right"))
                )
            return q.select(*keys, "quote", "kind", "speaker").head(n)
        raise ValueError(
            f"measure={measure!r}: use units, sentiment, positive, frame:<id>, term:<stem>, "
            "quotes or scare"
        )

    def chart(self, **kwargs: Any) -> Any:
        """The comparison as a chart: :func:`analysis_kit.charts.framing` (imported here)."""
        from analysis_kit import charts

        return charts.framing(self, **kwargs)


def stem_contains(text: pl.Expr, term: str) -> pl.Expr:
    """Whether a text contains a word whose stem is ``term`` (for :meth:`Comparison.examples`)."""
    return text.str.extract_all(r"[\p{L}]+").list.eval(stem(pl.element())).list.contains(term)


def _side_items(spec: str | Sequence[str]) -> list[str]:
    """The sides and actor ids of a ``left`` or ``right`` argument, in the order given."""
    return [spec] if isinstance(spec, str) else list(spec)


def _side_filter(spec: str | Sequence[str], lex: ActorLexicon, name: str) -> pl.Expr:
    items = _side_items(spec)
    if not items:
        raise ValueError(f"{name}: give a side, an actor id or a list of them")
    exprs = []
    for item in items:
        if item in lex.sides:
            exprs.append(pl.col("side") == item)
        elif item in lex.ids:
            exprs.append(pl.col("actor") == item)
        else:
            raise ValueError(
                f"{name}={item!r} is neither a side nor an actor of the lexicon "
                f"(sides: {', '.join(lex.sides)})"
            )
    out = exprs[0]
    for e in exprs[1:]:
        out = out | e
    return out


def _bootstrap_table(
    units: pl.DataFrame, value: str, replicates: int, seed: int
) -> BootstrapResult:
    per = (
        units.group_by("article_id")
        .agg(
            pl.col(value).filter(pl.col("in_left")).sum().alias("sum_left"),
            pl.col("in_left").sum().alias("n_left"),
            pl.col(value).filter(pl.col("in_right")).sum().alias("sum_right"),
            pl.col("in_right").sum().alias("n_right"),
        )
        .sort("article_id")
    )
    return cluster_bootstrap(per, replicates=replicates, seed=seed)


@dataclass(frozen=True, eq=False)
class CompareInputs:
    """The frames :func:`compare` computes its measures from.

    :func:`compare_inputs` builds them from a :class:`Corpus` in memory;
    :meth:`analysis_kit.scale.Results.compare_inputs` builds them lazily from results
    stored by :func:`analysis_kit.scale.analyze`, so the same aggregation code runs on a
    corpus larger than memory.

    Attributes
    ----------
    articles
        One row per article: ``article_id, n_words, n_paragraphs`` and the other article
        columns (for ``by``).
    mentions
        :func:`analysis_kit.mentions` of the corpus.
    units
        Units of the comparison in non-boilerplate paragraphs: keys, ``text``,
        ``polarity`` and ``n_scored`` (the default engine, every language).
    roles
        ``article_id, paragraph, role`` of every paragraph.
    frame_matches
        :func:`frame_matches` of the corpus.
    words
        Word counts per sentence, ``article_id, paragraph, sentence, lower, n``, with
        the words inside a mention left out; at least every sentence of a paragraph
        with a mention.
    word_types
        ``lower, n``: counts of the same words in the whole corpus (rows may repeat a
        word; they are summed).
    verbs
        ``article_id, paragraph, start, end, lemma``: verbs of the clause around each
        mention span.
    quotes
        :func:`analysis_kit.quotes` of the corpus.
    all_units
        Whether ``units`` holds every unit (otherwise only the units with a mention are
        read, and :attr:`Comparison.units` holds only those).
    corpus
        The corpus itself, when there is one (``target="clause"`` needs its tokens).
    derived
        Results computed from these frames that do not depend on the sides (the stems of
        the word types and the corpus prior), filled by the first comparison.
    """

    articles: pl.DataFrame
    mentions: pl.DataFrame
    units: pl.LazyFrame
    roles: pl.LazyFrame
    frame_matches: pl.LazyFrame
    words: pl.LazyFrame
    word_types: pl.LazyFrame
    verbs: pl.LazyFrame
    quotes: pl.DataFrame
    all_units: bool = True
    corpus: Corpus | None = None
    derived: dict[str, Any] = field(default_factory=dict, repr=False)


class CompareSource:
    """Anything :func:`compare` accepts besides a corpus: it hands over :class:`CompareInputs`.

    :class:`analysis_kit.scale.Results` is one.
    """

    def compare_inputs(
        self,
        *,
        unit: Unit,
        lexicon: ActorLexicon | None,
        frames: FrameDictionary | None,
        sentiment_lexicon: Lexicon | None,
    ) -> CompareInputs:
        """The frames for :func:`compare` (see :class:`CompareInputs`)."""
        raise NotImplementedError


def unit_scores(
    corpus: Corpus, unit: Unit, sentiment_lexicon: Lexicon | None = None
) -> pl.DataFrame:
    """Sentiment of every unit as :func:`compare` uses it: default engine, every language.

    Parameters
    ----------
    corpus
        The corpus.
    unit
        ``sentence`` or ``paragraph``.
    sentiment_lexicon
        Sentiment lexicon (default: the default engine's).

    Returns
    -------
    pl.DataFrame
        Unit keys, ``polarity`` and ``n_scored``.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> unit_scores(ak.example(), "paragraph").columns
    ['article_id', 'paragraph', 'polarity', 'n_scored']
    """
    from analysis_kit.sentiment.api import sentiment as _sentiment

    keys = _UNIT_KEYS[unit]
    return _sentiment(corpus, level=unit, lexicon=sentiment_lexicon, languages=None).select(
        *keys, "polarity", "n_scored"
    )


def unit_words(corpus: Corpus, m: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Word counts per sentence and per word type, the words of mentions left out.

    Parameters
    ----------
    corpus
        The corpus.
    m
        Its mentions (:func:`analysis_kit.mentions`).

    Returns
    -------
    tuple of pl.DataFrame
        ``article_id, paragraph, sentence, lower, n`` and ``lower, n`` (lower-cased words).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> c = ak.example()
    >>> per_sentence, types = unit_words(c, ak.mentions(c))
    >>> int(per_sentence["n"].sum()) == int(types["n"].sum())
    True
    """
    words = corpus.tokens.filter(pl.col("kind") == "word").select(
        "article_id",
        "paragraph",
        "sentence",
        "start",
        "end",
        pl.col("text").str.to_lowercase().alias("lower"),
    )
    # leave out the actor names themselves (tokens that carry a mention)
    mention_starts = m.select("article_id", "paragraph", pl.col("start").alias("_ms")).sort(
        "article_id", "paragraph", "_ms"
    )
    words = (
        words.sort("article_id", "paragraph", "start")
        .join_asof(
            mention_starts,
            left_on="start",
            right_on="_ms",
            by=["article_id", "paragraph"],
            strategy="forward",
            check_sortedness=False,
        )
        .filter(~(pl.col("_ms") < pl.col("end")).fill_null(False))
    )
    per_sentence = words.group_by(
        "article_id", "paragraph", "sentence", "lower", maintain_order=True
    ).agg(pl.len().alias("n"))
    types = words.group_by("lower", maintain_order=True).agg(pl.len().alias("n"))
    return per_sentence, types


def mention_verbs(corpus: Corpus, m: pl.DataFrame) -> pl.DataFrame:
    """Verbs in the clause around each mention span (the rule of :mod:`analysis_kit.verbs`).

    A clause is the part of the sentence between , ; : ( ) [ ] – — and a hyphen standing
    alone.

    Parameters
    ----------
    corpus
        The corpus.
    m
        Its mentions (:func:`analysis_kit.mentions`).

    Returns
    -------
    pl.DataFrame
        ``article_id, paragraph, start, end, lemma``: one row per verb (auxiliaries and
        modal verbs left out), in text order.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> c = ak.example()
    >>> v = mention_verbs(c, ak.mentions(c))
    >>> "gewährleisten" in v["lemma"].to_list()
    True
    """
    from analysis_kit.verbs import verb_lemmas

    sentence = ["article_id", "paragraph", "sentence"]
    clause = [*sentence, "_clause"]
    spans = m.select(*sentence, "start", "end").unique(maintain_order=True)
    tokens = (
        corpus.tokens.join(spans.select(sentence).unique(), on=sentence, how="semi")
        .sort(*sentence, "start")
        .with_columns(_clause_index())
    )
    words = tokens.filter(pl.col("kind") == "word").select(*clause, "start", "text")
    found = verb_lemmas(words, "text", by=clause).filter(~pl.col("lemma").is_in(list(_AUXILIARIES)))
    # the clause of a mention is the clause of the token it starts in
    span_clause = (
        spans.sort("start")
        .join_asof(
            tokens.select(*clause, "start").sort("start"),
            on="start",
            by=sentence,
            strategy="backward",
            check_sortedness=False,  # sorted by start overall, so within each sentence
        )
        .drop_nulls("_clause")
    )
    return (
        span_clause.join(
            found.select(*clause, pl.col("start").alias("_verb_start"), "lemma"),
            on=clause,
            how="inner",
        )
        .sort("article_id", "paragraph", "start", "end", "_verb_start")
        .select(
            "article_id",
            "paragraph",
            pl.col("start").cast(m.schema["start"]),
            pl.col("end").cast(m.schema["end"]),
            "lemma",
        )
    )


def compare_inputs(
    corpus: Corpus,
    *,
    unit: Unit = "sentence",
    lexicon: ActorLexicon | None = None,
    frames: FrameDictionary | None = None,
    sentiment_lexicon: Lexicon | None = None,
) -> CompareInputs:
    """The frames :func:`compare` works on, from a corpus in memory.

    Parameters
    ----------
    corpus
        The corpus.
    unit
        ``sentence`` or ``paragraph``.
    lexicon
        Actor lexicon (default :data:`analysis_kit.DEFAULT_ACTORS`).
    frames
        Frame dictionary (default: the shipped one).
    sentiment_lexicon
        Sentiment lexicon for the default engine.

    Returns
    -------
    CompareInputs
        See :class:`CompareInputs`.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> compare_inputs(ak.example()).mentions.height > 0
    True
    """
    lex = lexicon or DEFAULT_ACTORS
    fd = frames or _default_frames()
    # The quotes run in a second thread, while this one finds the mentions, then what needs
    # no mentions (sentiment of the units, frame words) and then the rest. The quotes are
    # many small steps on few rows (mostly compiling their patterns) and ask for the
    # mentions only after their attribution rules, so both threads start at once. Polars
    # releases the GIL in its own work. All are pure functions of the corpus, so the
    # threads share nothing they could change.
    from analysis_kit.quotes import _quotes

    mentions_job: Future[pl.DataFrame] = Future()
    with ThreadPoolExecutor(max_workers=1) as pool:
        quotes_job = pool.submit(_quotes, corpus, mentions_job.result)
        try:
            mentions_job.set_result(mentions(corpus, lex))
        except BaseException as error:
            # (the quotes thread waits for the mentions: it gets the error too)
            mentions_job.set_exception(error)
            raise
        return _compare_inputs(corpus, unit, fd, sentiment_lexicon, mentions_job, quotes_job)


def _compare_inputs(
    corpus: Corpus,
    unit: Unit,
    fd: FrameDictionary,
    sentiment_lexicon: Lexicon | None,
    mentions_job: Future[pl.DataFrame],
    quotes_job: Future[pl.DataFrame],
) -> CompareInputs:
    keys = _UNIT_KEYS[unit]
    body = corpus.paragraphs.filter(pl.col("role") != "boilerplate").select(
        "article_id", "paragraph"
    )
    source = corpus.sentences if unit == "sentence" else corpus.paragraphs
    base = source.join(body, on=["article_id", "paragraph"], how="semi").select(*keys, "text")
    units = base.join(
        unit_scores(corpus, unit, sentiment_lexicon), on=keys, how="left", maintain_order="left"
    ).with_columns(pl.col("n_scored").fill_null(0))
    found_frames = frame_matches(corpus, fd)
    m = mentions_job.result()
    words, word_types = unit_words(corpus, m)
    verbs = mention_verbs(corpus, m)
    return CompareInputs(
        articles=corpus.articles,
        mentions=m,
        units=units.lazy(),
        roles=corpus.paragraphs.select("article_id", "paragraph", "role").lazy(),
        frame_matches=found_frames.lazy(),
        words=words.lazy(),
        word_types=word_types.lazy(),
        verbs=verbs.lazy(),
        quotes=quotes_job.result(),
        all_units=True,
        corpus=corpus,
    )


def compare(
    corpus: Corpus | CompareSource,
    left: str | Sequence[str] = "NATO",
    right: str | Sequence[str] = "Russia",
    *,
    unit: Unit = "sentence",
    target: Literal["unit", "clause"] = "unit",
    lexicon: ActorLexicon | None = None,
    frames: FrameDictionary | None = None,
    sentiment_lexicon: Lexicon | None = None,
    replicates: int = 2000,
    seed: int = 0,
    by: str | None = None,
    top_terms: int = 30,
) -> Comparison:
    """Compare how two sides are covered, on the same measures.

    Parameters
    ----------
    corpus
        The corpus, or results stored by :func:`analysis_kit.scale.analyze` (opened with
        :func:`analysis_kit.scale.open_results`): the same measures are then computed
        from the stored frames, reading only the units that mention an actor.
    left, right
        A side of the actor lexicon (``"NATO"``), an actor id (``"Vladimir Putin"``) or a
        list of them.
    unit
        ``sentence`` (default) or ``paragraph``.
    target
        ``unit``: sentiment of the whole unit; ``clause``: only of the clauses that
        mention the side (needs a corpus in memory).
    lexicon
        Actor lexicon (default :data:`analysis_kit.DEFAULT_ACTORS`).
    frames
        Frame dictionary (default: the shipped one).
    sentiment_lexicon
        Sentiment lexicon for the default engine.
    replicates, seed
        Cluster bootstrap settings (articles are resampled); ``replicates=0`` skips the
        bootstrap (intervals are null).
    by
        Split the measures by ``"week"``, ``"month"`` (of ``published``) or any article
        column (``"source"``) into :attr:`Comparison.by_group`: per group and side the
        articles, units, scored units, mean sentiment, share of units per frame and
        quote counts, so thin cells are visible. Articles with no value (no ``published``
        date) are the group null, with a ``UserWarning`` that counts them.
    top_terms
        Distinctive words kept per side.

    Returns
    -------
    Comparison
        See :class:`Comparison`. From stored results, :attr:`Comparison.units` holds
        only the units that mention an actor; every measure is the same.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> cmp = ak.compare(ak.example(), left="NATO", right="Russia", replicates=200)
    >>> cmp.summary.filter(pl.col("measure") == "units").select("left", "right").row(0)
    (9.0, 7.0)
    """
    if unit not in _UNIT_KEYS:
        raise ValueError(f"unit={unit!r}: use 'sentence' or 'paragraph'")
    if target not in ("unit", "clause"):
        raise ValueError(f"target={target!r}: use 'unit' or 'clause'")
    if replicates < 0:
        raise ValueError(f"replicates={replicates}: use 0 (no intervals) or more")
    if seed < 0:
        raise ValueError(f"seed={seed}: use a non-negative integer")
    if top_terms < 0:
        raise ValueError(f"top_terms={top_terms}: use 0 or more")
    lex = lexicon or DEFAULT_ACTORS
    if set(_side_items(left)) == set(_side_items(right)):
        raise ValueError(f"left and right are the same ({_label(left)}): compare two sides")
    fd = frames or _default_frames()
    keys = _UNIT_KEYS[unit]
    left_expr = _side_filter(left, lex, "left")
    right_expr = _side_filter(right, lex, "right")

    if isinstance(corpus, Corpus):
        # the inputs do not depend on the sides: kept with the (immutable) corpus, so
        # comparing other sides of the same corpus only aggregates again
        key = ("compare inputs", unit, lex, fd, sentiment_lexicon)
        inputs = corpus._cache.get(key)
        if inputs is None:
            inputs = compare_inputs(
                corpus, unit=unit, lexicon=lex, frames=fd, sentiment_lexicon=sentiment_lexicon
            )
            corpus._cache[key] = inputs
    else:
        inputs = corpus.compare_inputs(
            unit=unit, lexicon=lexicon, frames=frames, sentiment_lexicon=sentiment_lexicon
        )
    if target == "clause" and inputs.corpus is None:
        raise ValueError("target='clause' needs a corpus in memory (it reads the tokens)")

    m = inputs.mentions.with_columns(_l=left_expr, _r=right_expr)
    flags = m.group_by(keys).agg(
        pl.col("_l").any().alias("in_left"), pl.col("_r").any().alias("in_right")
    )
    # stored results are read with the streaming engine (memory stays bounded)
    engine: _Engine = "auto" if inputs.all_units else "streaming"
    base = inputs.units
    if not inputs.all_units:
        base = base.join(flags.lazy().select(keys), on=keys, how="semi", maintain_order="left")
    units = (
        base.collect(engine=engine)
        .join(flags, on=keys, how="left", maintain_order="left")
        .with_columns(pl.col("in_left").fill_null(False), pl.col("in_right").fill_null(False))
        .select(*keys, "text", "in_left", "in_right", "polarity", "n_scored")
    )
    side_units = units.filter(pl.col("in_left") | pl.col("in_right"))

    # ------------------------------------------------------------ sentiment
    if target == "clause":
        assert inputs.corpus is not None
        clause_pol = _clause_polarity(inputs.corpus, m, keys, sentiment_lexicon)
        side_units = side_units.join(clause_pol, on=keys, how="left")
        value_left = pl.col("pol_left")
        value_right = pl.col("pol_right")
    else:
        value_left = value_right = pl.col("polarity")
    scored_l = side_units.filter(pl.col("in_left") & value_left.is_not_null())
    scored_r = side_units.filter(pl.col("in_right") & value_right.is_not_null())
    boot_input = pl.concat(
        [
            scored_l.select(
                "article_id",
                value_left.alias("v"),
                pl.lit(True).alias("in_left"),
                pl.lit(False).alias("in_right"),
            ),
            scored_r.select(
                "article_id",
                value_right.alias("v"),
                pl.lit(False).alias("in_left"),
                pl.lit(True).alias("in_right"),
            ),
        ]
    )
    boot = _bootstrap_table(boot_input, "v", replicates, seed)
    n_left_units = int(side_units["in_left"].sum())
    n_right_units = int(side_units["in_right"].sum())
    both_units = side_units.filter(pl.col("in_left") & pl.col("in_right"))
    both_scored = both_units.filter(pl.col("polarity").is_not_null())
    sentiment_frame = pl.DataFrame(
        {
            "side": ["left", "right", "both"],
            "label": [_label(left), _label(right), "both"],
            "mean_polarity": [
                boot.left,
                boot.right,
                both_scored["polarity"].mean() if both_scored.height else None,
            ],
            "ci_low": [boot.left_ci[0], boot.right_ci[0], None],
            "ci_high": [boot.left_ci[1], boot.right_ci[1], None],
            "n_units": [n_left_units, n_right_units, both_units.height],
            "n_scored": [scored_l.height, scored_r.height, both_scored.height],
            "n_unscored": [
                n_left_units - scored_l.height,
                n_right_units - scored_r.height,
                both_units.height - both_scored.height,
            ],
        },
        schema_overrides={"mean_polarity": pl.Float64, "ci_low": pl.Float64, "ci_high": pl.Float64},
    ).with_columns(pl.col(pl.Float64).fill_nan(None))  # undefined values are null, not NaN

    # ------------------------------------------------------------ frames
    fm = inputs.frame_matches
    if not inputs.all_units:
        fm = fm.join(flags.lazy().select(keys), on=keys, how="semi", maintain_order="left")
    frame_units = (
        fm.select(*keys, "frame", "match")
        .collect(engine=engine)
        .unique([*keys, "frame"], keep="first", maintain_order=True)
    )
    frame_rows = []
    summary_frames = []
    # per article: the side's units, and per frame the side's units with the frame (one
    # join and one group-by for all frames; each frame's bootstrap then reads its columns)
    per_article = (
        side_units.group_by("article_id")
        .agg(pl.col("in_left").sum().alias("n_left"), pl.col("in_right").sum().alias("n_right"))
        .sort("article_id")
    )
    frame_hits = (
        side_units.select(*keys, "in_left", "in_right")
        .join(frame_units.select(*keys, "frame"), on=keys, how="inner")
        .group_by("article_id", "frame")
        .agg(
            pl.col("in_left").sum().cast(pl.Float64).alias("sum_left"),
            pl.col("in_right").sum().cast(pl.Float64).alias("sum_right"),
        )
    )
    for f in fd.frames:
        per = per_article.join(
            frame_hits.filter(pl.col("frame") == f.id).drop("frame"),
            on="article_id",
            how="left",
            maintain_order="left",
        ).with_columns(pl.col("sum_left", "sum_right").fill_null(0.0))
        b = cluster_bootstrap(per, replicates=replicates, seed=seed)
        for side_name, share, count, n in (
            ("left", b.left, int(per["sum_left"].sum()), b.n_left),
            ("right", b.right, int(per["sum_right"].sum()), b.n_right),
        ):
            frame_rows.append((f.id, f.label_en, f.label_de, side_name, count, n, share))
        summary_frames.append(
            (
                f"frame: {f.label_en}",
                b.left,
                b.right,
                b.difference,
                b.difference_ci[0],
                b.difference_ci[1],
                b.n_left,
                b.n_right,
                "share of the side's units",
            )
        )
    frames_frame = pl.DataFrame(
        frame_rows,
        schema={
            "frame": pl.String,
            "label_en": pl.String,
            "label_de": pl.String,
            "side": pl.String,
            "units": pl.Int64,
            "n_units": pl.Int64,
            "share": pl.Float64,
        },
        orient="row",
    )

    # ------------------------------------------------------------ terms
    terms = _terms(inputs, units, keys, top_terms, engine)

    # ------------------------------------------------------------ verbs
    verbs = _verbs(inputs.verbs, m, engine)

    # ------------------------------------------------------------ voices
    q = inputs.quotes
    speaker_side = q.select(pl.col("side"), pl.col("speaker_actor").alias("actor"))
    q = q.with_columns(
        _left=speaker_side.select(left_expr.fill_null(False)).to_series(),
        _right=speaker_side.select(right_expr.fill_null(False)).to_series(),
        _n_words=pl.col("quote").str.count_matches(r"\S+"),
    )
    if "sentence" not in q.columns:
        q = q.with_columns(pl.lit(None, dtype=pl.Int32).alias("sentence"))
    voices = (
        pl.concat(
            [
                q.filter(pl.col(col))
                .group_by("kind", "speaker", "speaker_actor")
                .agg(pl.len().alias("n_quotes"), pl.col("_n_words").sum().alias("n_words"))
                .with_columns(pl.lit(name).alias("side"))
                for col, name in (("_left", "left"), ("_right", "right"))
            ],
            how="diagonal_relaxed",
        )
        .select("side", "kind", "speaker", "speaker_actor", "n_quotes", "n_words")
        .sort(
            ["side", "n_quotes", "kind", "speaker", "speaker_actor"],
            descending=[False, True, False, False, False],
            nulls_last=True,
        )
    )
    scare_in = q.filter(pl.col("kind") == "scare").join(
        units.select(*keys, "in_left", "in_right"), on=keys, how="inner"
    )
    scare_left = int(scare_in["in_left"].cast(pl.Int64).sum())
    scare_right = int(scare_in["in_right"].cast(pl.Int64).sum())

    # ------------------------------------------------------------ prominence
    prominence = _prominence(inputs.articles, m, inputs.roles, engine)

    # ------------------------------------------------------------ summary
    def n_quotes_of(kind: str, col: str) -> int:
        return int(q.filter((pl.col("kind") == kind) & pl.col(col)).height)

    n_articles = inputs.articles.height
    prom = {r["side"]: r for r in prominence.iter_rows(named=True)}
    pl_, pr_ = prom.get("left", {}), prom.get("right", {})
    rows: list[tuple[Any, ...]] = [
        (
            "units",
            float(n_left_units),
            float(n_right_units),
            float(n_left_units - n_right_units),
            None,
            None,
            n_left_units,
            n_right_units,
            f"{unit}s that mention the side; {both_units.height} mention both and count for both",
        ),
        (
            "units mentioning both",
            float(both_units.height),
            float(both_units.height),
            0.0,
            None,
            None,
            both_units.height,
            both_units.height,
            "counted in both sides' measures",
        ),
        (
            "mean sentiment" + (" (clause)" if target == "clause" else ""),
            boot.left,
            boot.right,
            boot.difference,
            boot.difference_ci[0],
            boot.difference_ci[1],
            scored_l.height,
            scored_r.height,
            f"default engine; {n_left_units - scored_l.height} and "
            f"{n_right_units - scored_r.height} units without a scored word left out; "
            f"cluster bootstrap over articles, {boot.replicates} replicates, seed {seed}",
        ),
        (
            "share of articles naming",
            pl_.get("share_of_articles"),
            pr_.get("share_of_articles"),
            _diff(pl_.get("share_of_articles"), pr_.get("share_of_articles")),
            None,
            None,
            n_articles,
            n_articles,
            "articles with at least one mention",
        ),
        (
            "articles naming the side in the title",
            float(pl_.get("title_articles", 0)),
            float(pr_.get("title_articles", 0)),
            float(pl_.get("title_articles", 0) - pr_.get("title_articles", 0)),
            None,
            None,
            n_articles,
            n_articles,
            "",
        ),
        (
            "direct quotes",
            float(n_quotes_of("direct", "_left")),
            float(n_quotes_of("direct", "_right")),
            float(n_quotes_of("direct", "_left") - n_quotes_of("direct", "_right")),
            None,
            None,
            n_left_units,
            n_right_units,
            "quotes whose speaker belongs to the side",
        ),
        (
            "partial quotes",
            float(n_quotes_of("partial", "_left")),
            float(n_quotes_of("partial", "_right")),
            float(n_quotes_of("partial", "_left") - n_quotes_of("partial", "_right")),
            None,
            None,
            n_left_units,
            n_right_units,
            "short quoted phrases of the side's speakers",
        ),
        (
            "scare quotes in the side's units",
            float(scare_left),
            float(scare_right),
            float(scare_left - scare_right),
            None,
            None,
            n_left_units,
            n_right_units,
            "quoted phrases with no speaker (distancing)",
        ),
        *summary_frames,
    ]
    summary = pl.DataFrame(
        rows,
        schema={
            "measure": pl.String,
            "left": pl.Float64,
            "right": pl.Float64,
            "difference": pl.Float64,
            "ci_low": pl.Float64,
            "ci_high": pl.Float64,
            "n_left": pl.Int64,
            "n_right": pl.Int64,
            "note": pl.String,
        },
        orient="row",
    ).with_columns(pl.col(pl.Float64).fill_nan(None))  # undefined means are null, not NaN

    by_group = _by_group(inputs.articles, units, by, keys, frame_units, q) if by else None
    return Comparison(
        left=left if isinstance(left, str) else tuple(left),
        right=right if isinstance(right, str) else tuple(right),
        unit=unit,
        summary=summary,
        sentiment=sentiment_frame,
        terms=terms,
        frames=frames_frame,
        verbs=verbs,
        voices=voices,
        prominence=prominence,
        units=units,
        by_group=by_group,
        _frame_units=frame_units,
        _quotes=q,
    )


def _label(spec: str | Sequence[str]) -> str:
    return spec if isinstance(spec, str) else " + ".join(spec)


def _diff(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


def _clause_index() -> pl.Expr:
    """``_clause``: the clause of each token in its sentence (tokens in text order), counted
    from 0; a clause ends at , ; : ( ) [ ] – — and a hyphen standing alone."""
    cut = (pl.col("kind") == "punct") & pl.col("text").str.contains(r"^(?:[,;:()\[\]–—]|-)$")
    return cut.cast(pl.Int32).cum_sum().over("article_id", "paragraph", "sentence").alias("_clause")


def clause_tokens(corpus: Corpus) -> pl.DataFrame:
    """Each token's clause: sentences cut at , ; : ( ) [ ] – — and a spaced hyphen.

    Parameters
    ----------
    corpus
        The corpus.

    Returns
    -------
    pl.DataFrame
        ``article_id, paragraph, sentence, token, start, _clause`` sorted by position
        (``_clause`` counts from 0 in each sentence).
    """
    return corpus.tokens.select(
        "article_id", "paragraph", "sentence", "token", "start", _clause_index()
    ).sort("article_id", "paragraph", "start")


def _clause_polarity(
    corpus: Corpus, m: pl.DataFrame, keys: list[str], lexicon: Lexicon | None
) -> pl.DataFrame:
    """Mean word weight in the clauses that mention each side (``pol_left``, ``pol_right``)."""
    tok = clause_tokens(corpus)
    words = scored_words(corpus.tokens, lexicon or default_lexicon(), rules=DEFAULT_RULES).join(
        tok.select("article_id", "paragraph", "token", "_clause"),
        on=["article_id", "paragraph", "token"],
    )
    ment = m.sort("article_id", "paragraph", "start").join_asof(
        tok.select("article_id", "paragraph", "start", "_clause"),
        on="start",
        by=["article_id", "paragraph"],
        strategy="backward",
        check_sortedness=False,
    )
    out = []
    for col, name in (("_l", "pol_left"), ("_r", "pol_right")):
        clauses = (
            ment.filter(pl.col(col))
            .select("article_id", "paragraph", "sentence", "_clause")
            .unique()
        )
        pol = (
            words.join(clauses, on=["article_id", "paragraph", "sentence", "_clause"], how="semi")
            .group_by(keys)
            .agg(pl.col("weight").mean().alias(name))
        )
        out.append(pol)
    return out[0].join(out[1], on=keys, how="full", coalesce=True)


_TERM_SCHEMA = {
    "term": pl.String,
    "example": pl.String,
    **{
        name: pl.Float64
        for name in (
            "count_left",
            "count_right",
            "n_left",
            "n_right",
            "alpha",
            "alpha_0",
            "delta",
            "variance",
            "z",
        )
    },
    "favours": pl.String,
}


def _terms(
    inputs: CompareInputs,
    units: pl.DataFrame,
    keys: list[str],
    top: int,
    engine: _Engine = "auto",
) -> pl.DataFrame:
    words = inputs.words
    if "types" not in inputs.derived:
        # one stem per word type (a corpus has far fewer types than tokens)
        types = (
            inputs.word_types.group_by("lower")
            .agg(pl.col("n").sum().alias("_n"))
            .filter(
                (pl.col("lower").str.len_chars() >= 3)
                & ~pl.col("lower").is_in(list(_stopwords()))
                & ~pl.col("lower").str.contains(r"\d")
            )
            .with_columns(stem(pl.col("lower")).alias("term"))
            .collect(engine=engine)
        )
        inputs.derived["types"] = types
        inputs.derived["prior"] = types.group_by("term").agg(pl.col("_n").sum().alias("prior"))
    types, prior = inputs.derived["types"], inputs.derived["prior"]
    in_side = units.filter(pl.col("in_left") | pl.col("in_right")).select(
        *keys, "in_left", "in_right"
    )
    if keys == ["article_id", "paragraph"]:
        words = words.group_by("article_id", "paragraph", "lower").agg(pl.col("n").sum())
    side = (
        words.join(in_side.lazy(), on=keys)
        .collect(engine=engine)
        .join(types.select("lower", "term"), on="lower")
        .with_columns(pl.col("n").cast(pl.UInt32))
    )
    # the most frequent surface form of each term (ties: the first in sort order)
    examples = (
        side.group_by("term", "lower")
        .agg(pl.col("n").sum().alias("_c"))
        .sort(["term", "_c", "lower"], descending=[False, True, False])
        .group_by("term", maintain_order=True)
        .agg(pl.col("lower").first().alias("example"))
    )
    counts = (
        side.group_by("term")
        .agg(
            (pl.col("n") * pl.col("in_left").cast(pl.UInt32)).sum().alias("a"),
            (pl.col("n") * pl.col("in_right").cast(pl.UInt32)).sum().alias("b"),
        )
        .join(examples, on="term")
        .join(prior, on="term")
    )
    if counts.height == 0:  # neither side is named: no words, but the same columns
        return pl.DataFrame(schema=_TERM_SCHEMA)
    scored = log_odds_dirichlet(counts, term="term", a="a", b="b", prior="prior")
    scored = (
        scored.join(counts.select("term", "example"), on="term")
        .rename(
            {"count_a": "count_left", "count_b": "count_right", "n_a": "n_left", "n_b": "n_right"}
        )
        .with_columns(
            pl.when(pl.col("z") >= 0)
            .then(pl.lit("left"))
            .otherwise(pl.lit("right"))
            .alias("favours")
        )
    )
    cols = [
        "term",
        "example",
        "count_left",
        "count_right",
        "n_left",
        "n_right",
        "alpha",
        "alpha_0",
        "delta",
        "variance",
        "z",
        "favours",
    ]
    # Ties in z are broken by the term, so the table is the same on every run.
    top_left = (
        scored.filter(pl.col("count_left") > 0)
        .sort(["z", "term"], descending=[True, False])
        .head(top)
    )
    top_right = scored.filter(pl.col("count_right") > 0).sort(["z", "term"]).head(top)
    return (
        pl.concat([top_left, top_right])
        .unique("term", keep="first", maintain_order=True)
        .select(cols)
    )


def _verbs(verbs: pl.LazyFrame, m: pl.DataFrame, engine: _Engine = "auto") -> pl.DataFrame:
    """Counts of the verbs in the clauses that mention each side."""
    span = ["article_id", "paragraph", "start", "end"]
    frame = (
        m.select(*span, "_l", "_r")
        .lazy()
        .join(verbs.select(*span, "lemma"), on=span, how="inner")
        .select("lemma", "_l", "_r")
        .collect(engine=engine)
    )
    return (
        pl.concat(
            [
                frame.filter(pl.col(col))
                .group_by("lemma")
                .len("count")
                .with_columns(pl.lit(name).alias("side"))
                for col, name in (("_l", "left"), ("_r", "right"))
            ]
        )
        .select("side", "lemma", "count")
        .sort(["side", "count", "lemma"], descending=[False, True, False])
    )


def _prominence(
    articles: pl.DataFrame, m: pl.DataFrame, roles: pl.LazyFrame, engine: _Engine = "auto"
) -> pl.DataFrame:
    named = m.select("article_id").unique().lazy()
    paras = (
        roles.join(named, on="article_id", how="semi")
        .filter(pl.col("role") != "boilerplate")
        .select("article_id", "paragraph", "role")
        .collect(engine=engine)
    )
    first_body = (
        paras.filter(pl.col("role") == "body")
        .group_by("article_id")
        .agg(pl.col("paragraph").min().alias("_first"))
    )
    n_par = articles.select("article_id", pl.col("n_paragraphs").alias("_n_par"))
    mm = (
        m.join(paras, on=["article_id", "paragraph"])
        .join(first_body, on="article_id", how="left")
        .join(n_par, on="article_id")
    )
    n_articles = articles.height
    n_words = int(articles["n_words"].sum() or 0)
    rows = []
    for col, name in (("_l", "left"), ("_r", "right")):
        s = mm.filter(pl.col(col))
        per_article = s.group_by("article_id").agg(
            (pl.col("role") == "title").any().alias("_title"),
            (pl.col("paragraph") == pl.col("_first")).any().alias("_lead"),
            (pl.col("paragraph").min() / pl.col("_n_par").first()).alias("_pos"),
        )
        rows.append(
            {
                "side": name,
                "articles_naming": per_article.height,
                "share_of_articles": per_article.height / n_articles if n_articles else None,
                "title_articles": int(per_article["_title"].sum()),
                "first_paragraph_articles": int(per_article["_lead"].sum()),
                "mean_first_position": per_article["_pos"].mean(),
                "mentions": s.height,
                "per_1000_words": s.height * 1000 / n_words if n_words else None,
            }
        )
    return pl.DataFrame(
        rows,
        schema_overrides={
            "mean_first_position": pl.Float64,
            "share_of_articles": pl.Float64,
            "per_1000_words": pl.Float64,
        },
    )


def _by_group(
    arts: pl.DataFrame,
    units: pl.DataFrame,
    by: str,
    keys: list[str],
    frame_units: pl.DataFrame,
    quotes_frame: pl.DataFrame,
) -> pl.DataFrame:
    """Every measure per group and side, with the counts behind it (thin cells stay visible)."""
    if by in ("week", "month"):
        if "published" not in arts.columns:
            raise ValueError(f"by={by!r} needs a 'published' column in the articles")
        every = "1w" if by == "week" else "1mo"
        group = arts.select("article_id", pl.col("published").dt.truncate(every).alias("group"))
    elif by in arts.columns:
        group = arts.select("article_id", pl.col(by).cast(pl.String).alias("group"))
    else:
        raise ValueError(
            f"by={by!r}: use 'week', 'month' or an article column ({', '.join(arts.columns)})"
        )
    # articles with no value are one group, null, kept visible; the caller is told so
    n_missing = group["group"].null_count()
    if n_missing:
        column = "published" if by in ("week", "month") else by
        warnings.warn(
            f"by={by!r}: {n_missing} of {group.height} articles have no {column!r}; they are "
            "the group null in Comparison.by_group",
            UserWarning,
            stacklevel=3,
        )
    frame_ids = frame_units["frame"].unique().sort().to_list()
    hits = (
        frame_units.select(*keys, "frame")
        .with_columns(pl.lit(1).alias("_hit"))
        .pivot(on="frame", index=keys, values="_hit", aggregate_function="first")
        if frame_units.height
        else pl.DataFrame(schema={k: units.schema[k] for k in keys})
    )
    u = (
        units.join(group, on="article_id", how="left")
        .join(hits, on=keys, how="left")
        .with_columns([pl.col(f).fill_null(0) for f in frame_ids])
    )
    q = quotes_frame.join(group, on="article_id", how="left")
    out = []
    for col, qcol, name in (("in_left", "_left", "left"), ("in_right", "_right", "right")):
        per = (
            u.filter(pl.col(col))
            .group_by("group")
            .agg(
                pl.col("article_id").n_unique().alias("n_articles"),
                pl.len().alias("n_units"),
                (pl.col("n_scored") > 0).sum().alias("n_scored"),
                pl.col("polarity").mean().alias("mean_polarity"),
                *[pl.col(f).mean().alias(f"frame:{f}") for f in frame_ids],
            )
            .with_columns(pl.lit(name).alias("side"))
        )
        quotes_per = (
            q.filter(pl.col(qcol))
            .group_by("group")
            .agg(
                (pl.col("kind") == "direct").sum().alias("direct_quotes"),
                (pl.col("kind") == "partial").sum().alias("partial_quotes"),
            )
        )
        out.append(per.join(quotes_per, on="group", how="left", nulls_equal=True))
    first = ["group", "side", "n_articles", "n_units", "n_scored", "mean_polarity"]
    frame = pl.concat(out, how="diagonal_relaxed").with_columns(
        pl.col("direct_quotes").fill_null(0), pl.col("partial_quotes").fill_null(0)
    )
    rest = [c for c in frame.columns if c not in first]
    return frame.select(*first, *rest).sort("group", "side", nulls_last=True)
