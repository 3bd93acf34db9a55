"""Sentiment lexicons: one frozen type for textblob-de, SentiWS, Rauh and your own CSV.

A :class:`Lexicon` holds a frame of entries (``term``, ``pos``, ``score``,
``subjectivity``) and derives from it a *form table*: every word form that maps to an
entry. Lexicons that list their inflected forms (SentiWS) use those; for lexicons that
list base forms only (textblob-de), regular German inflections are generated:

* adjectives: ``gut`` → ``gute guten guter gutes gutem``, comparative and superlative
  forms (``sauberer``, ``sauberste``), and stems that drop an ``e`` (``dunkel`` →
  ``dunkle``, ``teuer`` → ``teure``);
* nouns: ``Hoffnung`` → ``Hoffnungen``, ``Krieg`` → ``Krieges Kriege Kriegen``;
* verbs: ``zerstören`` → ``zerstöre zerstörst zerstört zerstörte zerstörten ...``,
  the participle ``gezerstört`` is not made but ``bedrohen`` → ``bedroht`` is.

A form listed in the lexicon always wins over a generated one. Matching keys are
lower-cased with ``ß`` written ``ss`` (textblob-de's lexicon uses Swiss spelling).

Examples
--------
>>> from analysis_kit.sentiment import Lexicon
>>> lex = Lexicon.textblob_de()
>>> lex.lookup("Hoffnungen")
[('Hoffnung', 'noun', 1.0)]
>>> lex.lookup("dunkle")
[('dunkel', 'adj', -0.7)]
>>> lex.lookup("Recht")  # only the adjective "recht" is listed; a noun does not match it
[]
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path

import polars as pl

__all__ = ["ENTRY_SCHEMA", "FORM_SCHEMA", "Lexicon", "news_neutral_terms", "normalise"]

ENTRY_SCHEMA: dict[str, pl.DataType] = {
    "term": pl.String(),
    "pos": pl.String(),
    "score": pl.Float64(),
    "subjectivity": pl.Float64(),
}
FORM_SCHEMA: dict[str, pl.DataType] = {
    "key": pl.String(),
    "lemma": pl.String(),
    "pos": pl.String(),
    "is_noun": pl.Boolean(),
    "score": pl.Float64(),
    "subjectivity": pl.Float64(),
    "generated": pl.Boolean(),
}

_POS = {
    "NN": "noun", "NE": "noun", "N": "noun", "NOUN": "noun", "SUBST": "noun",
    "JJ": "adj", "ADJX": "adj", "ADJA": "adj", "ADJD": "adj", "ADJ": "adj", "A": "adj",
    "VB": "verb", "VVINF": "verb", "VERB": "verb", "V": "verb",
    "RB": "adv", "ADV": "adv", "R": "adv",
}  # fmt: skip


def normalise(expr: pl.Expr) -> pl.Expr:
    """The matching key of a word: lower case, ``ß`` as ``ss``.

    Parameters
    ----------
    expr
        A string expression.

    Returns
    -------
    pl.Expr
        The key expression.

    Examples
    --------
    >>> import polars as pl
    >>> pl.select(normalise(pl.lit("Größte"))).item()
    'grösste'
    """
    return expr.str.to_lowercase().str.replace_all("ß", "ss", literal=True)


@dataclass(frozen=True, eq=False)
class Lexicon:
    """A sentiment lexicon (immutable).

    Attributes
    ----------
    name
        A short name, recorded in results (``lexicon`` column).
    entries
        ``term, pos, score, subjectivity``: ``pos`` is ``noun``, ``adj``, ``verb``,
        ``adv`` or null (unknown); ``score`` is in [-1, 1].
    forms
        Optional explicit word forms: ``form, term`` pairs (inflections the lexicon
        lists). When absent, inflections are generated (see the module docstring).
    """

    name: str
    entries: pl.DataFrame
    forms_listed: pl.DataFrame | None = field(default=None, repr=False)
    generate_inflections: bool = True

    def __post_init__(self) -> None:
        missing = {"term", "score"} - set(self.entries.columns)
        if missing:
            raise ValueError(f"lexicon {self.name!r}: entries need columns {sorted(missing)}")
        entries = self.entries
        for col, dtype in ENTRY_SCHEMA.items():
            if col not in entries.columns:
                entries = entries.with_columns(pl.lit(None, dtype=dtype).alias(col))
        entries = entries.select([pl.col(c).cast(t) for c, t in ENTRY_SCHEMA.items()]).filter(
            pl.col("term").is_not_null() & (pl.col("term").str.strip_chars() != "")
        )
        object.__setattr__(self, "entries", entries)

    def __len__(self) -> int:
        return self.entries.height

    def __repr__(self) -> str:
        counts = self.entries.group_by("pos").len().sort("pos", nulls_last=True)
        pos = ", ".join(f"{p or 'unknown'} {n}" for p, n in counts.iter_rows())
        return f"Lexicon({self.name!r}: {len(self)} entries ({pos}), {self.forms.height} forms)"

    # ------------------------------------------------------------------ constructors

    @classmethod
    def textblob_de(cls) -> Lexicon:
        """The lexicon textblob-de ships (German Polarity Lexicon, Klenner et al.).

        Read from the installed textblob-de package (``data/de-sentiment.xml``), with
        scores averaged per form and part of speech as textblob-de does. Intensifiers
        (``pos="RB"`` with polarity 0) are left out: the default engine treats
        intensifiers separately.

        Returns
        -------
        Lexicon
            About 7,950 entries (nouns, adjectives, verbs).
        """
        import importlib.util
        import xml.etree.ElementTree as ET

        # locate the file without importing textblob-de (which imports NLTK: slow)
        spec = importlib.util.find_spec("textblob_de")
        if spec is None or not spec.submodule_search_locations:  # pragma: no cover
            raise ImportError("Lexicon.textblob_de() needs textblob-de: pip install textblob-de")
        path = Path(next(iter(spec.submodule_search_locations))) / "data" / "de-sentiment.xml"
        root = ET.parse(path).getroot()
        rows = [
            (
                w.attrib.get("form"),
                w.attrib.get("pos"),
                float(w.attrib.get("polarity", 0.0)),
                float(w.attrib.get("subjectivity", 0.0)),
            )
            for w in root.findall("word")
        ]
        frame = pl.DataFrame(rows, schema=["term", "tag", "score", "subjectivity"], orient="row")
        entries = (
            frame.group_by("term", "tag", maintain_order=True)
            .agg(pl.col("score").mean(), pl.col("subjectivity").mean())
            .filter(~((pl.col("tag") == "RB") & (pl.col("score") == 0)))
            .with_columns(pl.col("tag").replace_strict(_POS, default=None).alias("pos"))
            .select("term", "pos", "score", "subjectivity")
        )
        return cls(name="textblob-de", entries=entries)

    @classmethod
    def from_sentiws(cls, path: str | os.PathLike[str]) -> Lexicon:
        """SentiWS v2.0 (Remus, Quasthoff & Heyer 2010; CC BY-NC-SA 3.0).

        Parameters
        ----------
        path
            The folder holding ``SentiWS_v2.0_Positive.txt`` and ``..._Negative.txt``,
            or their common prefix (``"SentiWS_v2.0"``), or one of the two files.

        Returns
        -------
        Lexicon
            Lemmas with their listed inflections as forms.
        """
        files = _sentiws_files(Path(path))
        rows: list[tuple[str, str, float]] = []
        forms: list[tuple[str, str]] = []
        for file in files:
            text = file.read_text(encoding="utf-8-sig")
            for number, line in enumerate(text.splitlines(), start=1):
                if not line.strip():
                    continue
                parts = line.split("\t")
                if len(parts) < 2 or "|" not in parts[0]:
                    raise ValueError(f"{file}:{number}: not a SentiWS line: {line[:60]!r}")
                lemma, tag = parts[0].split("|", 1)
                rows.append((lemma, tag, float(parts[1])))
                for form in parts[2].split(",") if len(parts) > 2 and parts[2].strip() else []:
                    forms.append((form.strip(), lemma))
        entries = pl.DataFrame(rows, schema=["term", "tag", "score"], orient="row").select(
            "term",
            pl.col("tag").replace_strict(_POS, default=None).alias("pos"),
            "score",
            pl.lit(None, dtype=pl.Float64).alias("subjectivity"),
        )
        listed = pl.DataFrame(forms, schema=["form", "term"], orient="row")
        return cls(
            name="SentiWS v2.0", entries=entries, forms_listed=listed, generate_inflections=False
        )

    @classmethod
    def from_rauh(cls, path: str | os.PathLike[str]) -> Lexicon:
        """Rauh's (2018) dictionary for German political language.

        Parameters
        ----------
        path
            ``Rauh_SentDictionaryGerman.csv`` (``feature, sentiment``), or the folder
            that holds it. The separate negation table is not needed: the engine
            handles negation.

        Returns
        -------
        Lexicon
            Lower-case features (already inflected) with scores ±1 and no part of speech.
        """
        file = Path(path)
        if file.is_dir():
            file = file / "Rauh_SentDictionaryGerman.csv"
        frame = _read_table(file)
        if not {"feature", "sentiment"} <= set(frame.columns):
            raise ValueError(f"{file}: expected columns feature, sentiment; found {frame.columns}")
        entries = frame.select(
            pl.col("feature").str.strip_chars().alias("term"),
            pl.lit(None, dtype=pl.String).alias("pos"),
            pl.col("sentiment").cast(pl.Float64).alias("score"),
        ).filter(~pl.col("term").str.starts_with("NOT_"))
        return cls(name="Rauh 2018", entries=entries, generate_inflections=False)

    @classmethod
    def from_csv(
        cls,
        path: str | os.PathLike[str],
        *,
        term: str = "term",
        score: str = "score",
        pos: str | None = "pos",
        name: str | None = None,
        generate_inflections: bool = True,
    ) -> Lexicon:
        """A lexicon from a CSV (or TSV) file of terms and scores.

        Parameters
        ----------
        path
            The file.
        term, score, pos
            Column names; ``pos`` is optional (``NN``/``noun``, ``JJ``/``adj``,
            ``VB``/``verb``, ``RB``/``adv``).
        name
            Name recorded in results (default: the file name).
        generate_inflections
            Generate German inflections of the terms.

        Returns
        -------
        Lexicon
            The lexicon.

        Examples
        --------
        >>> import tempfile, pathlib
        >>> f = pathlib.Path(tempfile.mkdtemp()) / "mine.csv"
        >>> _ = f.write_text("term,score,pos\\nEskalation,-0.8,NN\\nfriedlich,0.6,JJ\\n")
        >>> Lexicon.from_csv(f).lookup("Eskalationen")
        [('Eskalation', 'noun', -0.8)]
        """
        file = Path(path)
        frame = _read_table(file)
        needed = {term, score}
        if not needed <= set(frame.columns):
            raise ValueError(f"{file}: needs columns {sorted(needed)}; found {frame.columns}")
        pos_expr = (
            pl.col(pos)
            .cast(pl.String)
            .str.strip_chars()
            .str.to_uppercase()
            .replace_strict({**_POS, **{v.upper(): v for v in _POS.values()}}, default=None)
            if pos and pos in frame.columns
            else pl.lit(None, dtype=pl.String)
        )
        entries = frame.select(
            pl.col(term).cast(pl.String).str.strip_chars().alias("term"),
            pos_expr.alias("pos"),
            pl.col(score).cast(pl.Float64).alias("score"),
        )
        return cls(
            name=name or file.name, entries=entries, generate_inflections=generate_inflections
        )

    @classmethod
    def from_dict(cls, scores: dict[str, float], *, name: str = "custom") -> Lexicon:
        """A lexicon from ``{term: score}``; capitalised terms are taken as nouns.

        Parameters
        ----------
        scores
            Terms and scores in [-1, 1].
        name
            Name recorded in results.

        Returns
        -------
        Lexicon
            The lexicon (inflections generated).

        Examples
        --------
        >>> Lexicon.from_dict({"Frieden": 0.8, "brutal": -0.9}).lookup("brutale")
        [('brutal', 'adj', -0.9)]
        """
        entries = pl.DataFrame(
            {"term": list(scores), "score": [float(v) for v in scores.values()]}
        ).with_columns(
            pl.when(pl.col("term").str.contains(r"^\p{Lu}"))
            .then(pl.lit("noun"))
            .otherwise(pl.lit("adj"))
            .alias("pos")
        )
        return cls(name=name, entries=entries)

    # ------------------------------------------------------------------ derived

    @cached_property
    def forms(self) -> pl.DataFrame:
        """Every word form that maps to an entry (see :data:`FORM_SCHEMA`).

        Returns
        -------
        pl.DataFrame
            One row per (key, entry): listed forms and base terms first, then
            generated inflections that no listed form already claims.
        """
        e = self.entries.with_row_index("_entry")
        base = e.select(
            "_entry",
            pl.col("term").alias("form"),
            pl.lit(False).alias("generated"),
        )
        parts = [base]
        if self.forms_listed is not None and self.forms_listed.height:
            listed = self.forms_listed.join(
                e.select("_entry", "term").unique("term", keep="first"), on="term", how="inner"
            ).select("_entry", "form", pl.lit(False).alias("generated"))
            parts.append(listed)
        if self.generate_inflections:
            parts.append(_inflections(e))
            irregular = pl.DataFrame(
                [(form, lemma) for lemma, forms in _IRREGULAR.items() for form in forms],
                schema=["form", "term"],
                orient="row",
            )
            parts.append(
                irregular.join(
                    e.filter(pl.col("pos") == "adj").select("_entry", "term"), on="term"
                ).select("_entry", "form", pl.lit(True).alias("generated"))
            )
        forms = (
            pl.concat(parts)
            .join(e, on="_entry", how="left")
            .with_columns(
                normalise(pl.col("form")).alias("key"),
                (
                    (pl.col("pos") == "noun").fill_null(False)
                    | (pl.col("pos").is_null() & pl.col("term").str.contains(r"^\p{Lu}"))
                ).alias("is_noun"),
            )
        )
        # listed forms win over generated ones; within a kind, the first entry wins
        forms = forms.sort("generated", "_entry").unique(
            ["key", "is_noun"], keep="first", maintain_order=True
        )
        return forms.select(
            "key",
            pl.col("term").alias("lemma"),
            "pos",
            "is_noun",
            "score",
            "subjectivity",
            "generated",
        ).cast(FORM_SCHEMA)  # type: ignore[arg-type]

    @cached_property
    def lookup_forms(self) -> pl.DataFrame:
        """:attr:`forms` plus a copy of every key with ``ss`` written ``ß``.

        Tokens are matched by their lower-case spelling; this table lets "größte" meet
        the key "grösste" without rewriting every token.

        Returns
        -------
        pl.DataFrame
            Same columns as :attr:`forms`.
        """
        forms = self.forms
        variants = forms.filter(pl.col("key").str.contains("ss", literal=True)).with_columns(
            pl.col("key").str.replace_all("ss", "ß", literal=True)
        )
        return pl.concat([forms, variants]).unique(
            ["key", "is_noun"], keep="first", maintain_order=True
        )

    def lookup(self, word: str) -> list[tuple[str, str | None, float]]:
        """Entries a word form maps to (for checking a lexicon by hand).

        Parameters
        ----------
        word
            A word form.

        Returns
        -------
        list of tuple
            ``(lemma, pos, score)`` for each matching entry, as the default engine
            matches a word inside a sentence: a capitalised word only matches nouns
            (or entries without part of speech), a lower-case word everything else.
        """
        key = word.lower().replace("ß", "ss")
        hits = self.forms.filter(pl.col("key") == key)
        if word[:1].isupper() and not word.isupper():
            hits = hits.filter(pl.col("is_noun") | pl.col("pos").is_null())
        elif not word.isupper():
            hits = hits.filter(~pl.col("is_noun"))
        return [(r["lemma"], r["pos"], r["score"]) for r in hits.iter_rows(named=True)]

    def with_terms(self, scores: dict[str, float], *, pos: str | None = None) -> Lexicon:
        """A copy with terms added or re-scored.

        Parameters
        ----------
        scores
            ``{term: score}``; an existing term (same spelling and part of speech)
            gets the new score.
        pos
            Part of speech for the new terms (``noun``, ``adj``, ``verb``, ``adv``);
            by default capitalised terms are nouns and others adjectives.

        Returns
        -------
        Lexicon
            A new lexicon; this one is unchanged.

        Examples
        --------
        >>> lex = Lexicon.textblob_de().with_terms({"Waffenruhe": 0.5})
        >>> lex.lookup("Waffenruhe")
        [('Waffenruhe', 'noun', 0.5)]
        """
        new = pl.DataFrame({"term": list(scores), "score": [float(v) for v in scores.values()]})
        new = new.with_columns(
            (
                pl.lit(pos)
                if pos
                else pl.when(pl.col("term").str.contains(r"^\p{Lu}"))
                .then(pl.lit("noun"))
                .otherwise(pl.lit("adj"))
            )
            .cast(pl.String)
            .alias("pos"),
            pl.lit(None, dtype=pl.Float64).alias("subjectivity"),
        ).select(list(ENTRY_SCHEMA))
        kept = self.entries.join(
            new.select("term", "pos"), on=["term", "pos"], how="anti", nulls_equal=True
        )
        return Lexicon(
            name=f"{self.name}+custom",
            entries=pl.concat([new, kept]),
            forms_listed=self.forms_listed,
            generate_inflections=self.generate_inflections,
        )

    def without(self, terms: Iterable[str], *, name: str | None = None) -> Lexicon:
        """A copy without the given entries (by term, any part of speech).

        Parameters
        ----------
        terms
            Terms to drop (as spelled in the lexicon).
        name
            Name of the copy (default: this name with ``-``).

        Returns
        -------
        Lexicon
            A new lexicon; this one is unchanged.

        Examples
        --------
        >>> len(Lexicon.from_dict({"gut": 1.0, "groß": 0.5}).without(["groß"]))
        1
        """
        drop = list(terms)
        return Lexicon(
            name=name or f"{self.name}-",
            entries=self.entries.filter(~pl.col("term").is_in(drop)),
            forms_listed=self.forms_listed,
            generate_inflections=self.generate_inflections,
        )

    @classmethod
    def news(cls) -> Lexicon:
        """The default engine's lexicon: textblob-de's, less news-neutral terms.

        The terms dropped (``analysis_kit/data/news_neutral_terms.txt``) are chosen by
        category: dimension and quantity adjectives (*groß*, *hoch*, *nah*), colours
        (which name parties), discourse particles (*natürlich*, *klar*), reporting
        verbs (*bestätigen*) and names of actors and bodies (*Allianz*, *Bündnis*,
        *Regierung*), which must not carry sentiment in a framing comparison.

        Returns
        -------
        Lexicon
            Named ``textblob-de (news)``.
        """
        return cls.textblob_de().without(news_neutral_terms(), name="textblob-de (news)")

    @classmethod
    def from_gersent(cls) -> Lexicon:
        """SentiWS as shipped by the PyPI package ``gersent`` (CC BY-NC-SA 3.0).

        Returns
        -------
        Lexicon
            Word forms with weights; capitalised forms are nouns.

        Raises
        ------
        ImportError
            When ``gersent`` is not installed (``pip install gersent``).
        """
        from importlib import resources

        try:
            base = resources.files("gersent").joinpath("wordlists", "de")
        except ModuleNotFoundError as err:
            raise ImportError(
                "Lexicon.from_gersent() needs the gersent package: pip install gersent"
            ) from err
        scores: dict[str, float] = {}
        for name in ("positive.json", "negative.json"):
            with resources.as_file(base.joinpath(name)) as file:
                scores.update(
                    {k: float(v) for k, v in json.loads(Path(file).read_text("utf-8")).items()}
                )
        entries = pl.DataFrame({"term": list(scores), "score": list(scores.values())}).with_columns(
            pl.when(pl.col("term").str.contains(r"^\p{Lu}"))
            .then(pl.lit("noun"))
            .otherwise(None)
            .alias("pos")
        )
        return cls(name="SentiWS (gersent)", entries=entries, generate_inflections=False)


def news_neutral_terms() -> list[str]:
    """The terms :meth:`Lexicon.news` leaves out (from the package data).

    Returns
    -------
    list of str
        One lemma per entry, in lexicon spelling.
    """
    from importlib import resources

    text = (
        resources.files("analysis_kit")
        .joinpath("data", "news_neutral_terms.txt")
        .read_text("utf-8")
    )
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def _read_table(file: Path) -> pl.DataFrame:
    if not file.exists():
        raise FileNotFoundError(f"{file}: no such file")
    separator = "\t" if file.suffix.lower() in (".tsv", ".tab") else ","
    try:
        return pl.read_csv(file, separator=separator, infer_schema_length=10000)
    except pl.exceptions.PolarsError as err:
        raise ValueError(f"{file}: cannot read as CSV: {err}") from None


def _sentiws_files(path: Path) -> list[Path]:
    if path.is_dir():
        found = sorted(path.glob("*Positive*.txt")) + sorted(path.glob("*Negative*.txt"))
    elif path.is_file():
        other = (
            path.name.replace("Positive", "Negative")
            if "Positive" in path.name
            else path.name.replace("Negative", "Positive")
        )
        found = [path, path.with_name(other)]
    else:
        found = [Path(f"{path}_Positive.txt"), Path(f"{path}_Negative.txt")]
    missing = [f for f in found if not f.exists()]
    if not found or missing:
        raise FileNotFoundError(
            f"{path}: SentiWS files not found (expected ..._Positive.txt and ..._Negative.txt)"
        )
    return found


_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_IRREGULAR: dict[str, list[str]] = {
    "gut": [
        "besser",
        *("besser" + x for x in _ADJ_ENDINGS),
        "best",
        *("best" + x for x in _ADJ_ENDINGS),
    ],
    "gross": [
        "grösser",
        "grösste",
        "grössten",
        "grösster",
        "grösstes",
        "grösstem",
        "grössere",
        "grösseren",
    ],
    "hoch": [
        "hohe",
        "hohen",
        "hoher",
        "hohes",
        "hohem",
        "höher",
        "höhere",
        "höheren",
        "höchste",
        "höchsten",
    ],
    "viel": ["mehr", "meiste", "meisten"],
    "nah": ["näher", "nächste", "nächsten"],
    "arg": ["ärger", "ärgste", "ärgsten"],
    "schlimm": ["schlimmer", "schlimmste", "schlimmsten"],
}


def _inflections(e: pl.DataFrame) -> pl.DataFrame:
    """Regular German inflections of base terms, as ``_entry, form, generated`` rows."""
    term = pl.col("term")
    ends_e = term.str.ends_with("e")
    # dunkel -> dunkl-, teuer -> teur- (for -er both forms are in use: saubere/saubre)
    dropped = (
        pl.when(term.str.contains(r"[^aeiouäöü](el|er)$"))
        .then(term.str.slice(0, (term.str.len_chars() - 2).clip(0)) + term.str.slice(-1))
        .otherwise(None)
    )
    stem_e = (
        pl.when(ends_e).then(term.str.slice(0, (term.str.len_chars() - 1).clip(0))).otherwise(term)
    )
    adj: list[pl.Expr] = []
    for stem in (stem_e, dropped):
        adj += [stem + end for end in _ADJ_ENDINGS]
        adj += [stem + "er" + end for end in ("", *_ADJ_ENDINGS)]
    adj += [term + "st" + end for end in _ADJ_ENDINGS]
    adj += [term + "est" + end for end in _ADJ_ENDINGS]
    noun = [term + end for end in ("e", "en", "n", "s", "es", "er", "ern", "nen")]
    verb_stem = (
        pl.when(term.str.ends_with("en"))
        .then(term.str.slice(0, (term.str.len_chars() - 2).clip(0)))
        .when(term.str.ends_with("n"))
        .then(term.str.slice(0, (term.str.len_chars() - 1).clip(0)))
    )
    verb = [verb_stem + end for end in ("e", "st", "t", "et", "te", "test", "ten", "tet", "end")]
    verb += [verb_stem + "end" + end for end in _ADJ_ENDINGS]
    verb += [verb_stem + "t" + end for end in _ADJ_ENDINGS]
    frames = []
    for kind, exprs in (("adj", adj), ("noun", noun), ("verb", verb)):
        sub = e.filter(pl.col("pos") == kind)
        if sub.height == 0:
            continue
        frames.append(
            sub.select("_entry", pl.concat_list(exprs).alias("form"))
            .explode("form")
            .filter(pl.col("form").is_not_null() & (pl.col("form").str.len_chars() > 1))
        )
    if not frames:
        return pl.DataFrame(
            schema={"_entry": pl.UInt32, "form": pl.String, "generated": pl.Boolean}
        )
    return (
        pl.concat(frames)
        .with_columns(pl.lit(True).alias("generated"))
        .unique(["_entry", "form"], maintain_order=True)
    )
