"""``sentiment()`` and ``sentiment_evidence()``: the public entry points."""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from typing import Literal

import polars as pl

from analysis_kit.corpus import Corpus
from analysis_kit.sentiment.engine import DEFAULT_RULES, Rules, scored_words
from analysis_kit.sentiment.lexicon import Lexicon

__all__ = [
    "EVIDENCE_COLUMNS",
    "NEUTRAL_BAND",
    "NEUTRAL_BAND_TEXTBLOB",
    "default_lexicon",
    "sentiment",
    "sentiment_evidence",
]

#: Polarities in ``[-NEUTRAL_BAND, NEUTRAL_BAND]`` are labelled "neutral" (default
#: engine; chosen by 5-fold cross-validation on GerNTSA, see ``benchmarks/accuracy.py``).
NEUTRAL_BAND = 0.15
#: The same for the textblob-de engine (chosen the same way).
NEUTRAL_BAND_TEXTBLOB = 0.425

EVIDENCE_COLUMNS = (
    "article_id", "paragraph", "sentence", "term", "start", "end", "lemma", "score",
    "negated", "intensifier", "contribution",
)  # fmt: skip

Engine = Literal["default", "textblob-de"]
Level = Literal["article", "paragraph", "sentence"]
_KEYS: dict[str, list[str]] = {
    "article": ["article_id"],
    "paragraph": ["article_id", "paragraph"],
    "sentence": ["article_id", "paragraph", "sentence"],
}


@lru_cache(maxsize=1)
def default_lexicon() -> Lexicon:
    """The default engine's lexicon, :meth:`Lexicon.news` (loaded once).

    Returns
    -------
    Lexicon
        textblob-de's lexicon less news-neutral terms.
    """
    return Lexicon.news()


def _units(
    corpus: Corpus,
    level: Level,
    include_boilerplate: bool,
    languages: Sequence[str] | None,
) -> pl.DataFrame:
    """Every unit of the level with its text and whether it is scored (``_included``)."""
    if level not in _KEYS:
        raise ValueError(f"level={level!r}: use 'article', 'paragraph' or 'sentence'")
    included = pl.lit(True)
    if not include_boilerplate:
        included = included & (pl.col("role") != "boilerplate")
    if languages is not None:
        included = included & pl.col("language").is_in(list(languages)).fill_null(False)
    paras = corpus.paragraphs.select("article_id", "paragraph", "text", included.alias("_included"))
    if level == "paragraph":
        return paras
    if level == "sentence":
        return corpus.sentences.join(
            paras.select("article_id", "paragraph", "_included"),
            on=["article_id", "paragraph"],
            maintain_order="left",
        ).select("article_id", "paragraph", "sentence", "text", "_included")
    return (
        paras.filter(pl.col("_included"))
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("text").str.join("\n\n"))
        .join(corpus.articles.select("article_id"), on="article_id", how="right")
        .select("article_id", "text", pl.col("text").is_not_null().alias("_included"))
    )


def _label(polarity: pl.Expr, band: float) -> pl.Expr:
    return (
        pl.when(polarity > band)
        .then(pl.lit("positive"))
        .when(polarity < -band)
        .then(pl.lit("negative"))
        .otherwise(pl.lit("neutral"))
    )


def _scored(
    corpus: Corpus,
    level: Level,
    lexicon: Lexicon,
    rules: Rules,
    include_boilerplate: bool,
    languages: Sequence[str] | None,
) -> pl.DataFrame:
    """Scored words of the included paragraphs, with contributions to their unit."""
    keys = _KEYS[level]
    para_keys = ["article_id", "paragraph"]
    scope = _units(corpus, "paragraph", include_boilerplate, languages).filter(pl.col("_included"))
    if scope.height == corpus.paragraphs.height:
        tokens = corpus.tokens
    else:
        tokens = corpus.tokens.join(scope.select(para_keys), on=para_keys, how="semi")
    if level == "sentence":
        n_words = (
            tokens.filter(pl.col("kind").is_in(["word", "number"]))
            .group_by(keys)
            .agg(pl.len().alias("_n_words"))
        )
    else:  # paragraphs know their word counts (words and numbers, as here)
        n_words = (
            corpus.paragraphs.join(scope.select(para_keys), on=para_keys, how="semi")
            .group_by(keys)
            .agg(pl.col("n_words").sum().alias("_n_words"))
        )
    words = scored_words(tokens, lexicon, rules=rules, keys=para_keys)
    denominator = pl.max_horizontal(
        pl.len().over(keys).cast(pl.Float64),
        pl.col("_n_words").cast(pl.Float64) ** rules.density_exponent,
    )
    return words.join(n_words, on=keys, how="left").with_columns(
        (pl.col("weight") / denominator).alias("contribution")
    )


def sentiment(
    corpus: Corpus,
    *,
    engine: Engine = "default",
    level: Level = "paragraph",
    lexicon: Lexicon | None = None,
    rules: Rules = DEFAULT_RULES,
    include_boilerplate: bool = False,
    languages: Sequence[str] | None = ("de",),
    neutral_band: float | None = None,
    workers: int | None = None,
) -> pl.DataFrame:
    """Sentiment of every paragraph (or sentence, or article) of a corpus.

    Parameters
    ----------
    corpus
        The corpus.
    engine
        ``"default"``: the corrected, vectorised lexicon engine (rules in
        :mod:`analysis_kit.sentiment.engine`). ``"textblob-de"``: textblob-de 0.4.3's
        numbers exactly (see :mod:`analysis_kit.sentiment.textblob`).
    level
        ``"paragraph"``, ``"sentence"`` or ``"article"`` (an article's scored
        paragraphs together).
    lexicon
        For the default engine: any :class:`Lexicon` (default :meth:`Lexicon.news`).
        The textblob-de engine always uses textblob-de's own lexicon.
    rules
        Default engine rule settings.
    include_boilerplate
        Also score paragraphs with role ``boilerplate``.
    languages
        Only score paragraphs in these languages (``None``: all).
    neutral_band
        ``label`` is ``neutral`` when ``|polarity| <= neutral_band`` (default
        :data:`NEUTRAL_BAND`, or :data:`NEUTRAL_BAND_TEXTBLOB` for textblob-de).
    workers
        Processes for the textblob-de engine (default: two for large corpora).

    Returns
    -------
    pl.DataFrame
        One row per unit (every paragraph, sentence or article of the corpus, in
        order): keys, ``polarity`` (-1..1), ``subjectivity``, ``n_scored``, ``label``,
        ``engine``, ``lexicon``. Units that are not scored (boilerplate, other
        languages) have null ``polarity``, ``subjectivity`` and ``label`` and
        ``n_scored`` 0. A scored unit without any lexicon word has ``n_scored`` 0, the
        label ``neutral`` and a null polarity from the default engine (0.0 from the
        textblob-de engine, as textblob-de gives).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> s = ak.sentiment(ak.example())
    >>> s.select("paragraph", "polarity", "n_scored", "label").row(5)
    (5, -0.516..., 4, 'negative')
    >>> ak.sentiment(ak.example(), engine="textblob-de")["polarity"][9]
    1.0
    """
    units = _units(corpus, level, include_boilerplate, languages)
    keys = _KEYS[level]
    included = pl.col("_included")
    if engine == "default":
        band = NEUTRAL_BAND if neutral_band is None else neutral_band
        lex = lexicon or default_lexicon()
        words = _scored(corpus, level, lex, rules, include_boilerplate, languages)
        agg = words.group_by(keys).agg(
            pl.col("contribution").sum().alias("polarity"),
            pl.col("subjectivity").mean().alias("subjectivity"),
            pl.len().cast(pl.Int32).alias("n_scored"),
        )
        out = units.join(agg, on=keys, how="left", maintain_order="left")
        return out.select(
            *keys,
            pl.when(included).then(pl.col("polarity")).alias("polarity"),
            pl.when(included).then(pl.col("subjectivity")).alias("subjectivity"),
            pl.col("n_scored").fill_null(0).cast(pl.Int32),
            pl.when(included).then(_label(pl.col("polarity").fill_null(0.0), band)).alias("label"),
            pl.lit("default").alias("engine"),
            pl.lit(lex.name).alias("lexicon"),
        )
    if engine == "textblob-de":
        from analysis_kit.sentiment import textblob

        band = NEUTRAL_BAND_TEXTBLOB if neutral_band is None else neutral_band
        todo = units.filter(included)
        scores = textblob.score_many(todo["text"].to_list(), workers=workers, with_counts=True)
        scored = todo.select(keys).with_columns(
            pl.Series("polarity", [s[0] for s in scores], dtype=pl.Float64),
            pl.Series("subjectivity", [s[1] for s in scores], dtype=pl.Float64),
            pl.Series("n_scored", [s[2] for s in scores], dtype=pl.Int32),
        )
        out = units.join(scored, on=keys, how="left", maintain_order="left")
        return out.select(
            *keys,
            "polarity",
            "subjectivity",
            pl.col("n_scored").fill_null(0).cast(pl.Int32),
            pl.when(included).then(_label(pl.col("polarity"), band)).alias("label"),
            pl.lit("textblob-de").alias("engine"),
            pl.lit("textblob-de").alias("lexicon"),
        )
    raise ValueError(f"engine={engine!r}: use 'default' or 'textblob-de'")


def sentiment_evidence(
    corpus: Corpus,
    *,
    engine: Engine = "default",
    level: Level = "paragraph",
    lexicon: Lexicon | None = None,
    rules: Rules = DEFAULT_RULES,
    include_boilerplate: bool = False,
    languages: Sequence[str] | None = ("de",),
) -> pl.DataFrame:
    """The words behind each score: one row per scored word.

    Parameters
    ----------
    corpus
        The corpus (filter it first to look at a few articles).
    engine, level, lexicon, rules, include_boilerplate, languages
        As in :func:`sentiment`; ``level`` decides which unit ``contribution`` is a
        share of.

    Returns
    -------
    pl.DataFrame
        Columns :data:`EVIDENCE_COLUMNS`. Default engine: ``term`` is the word as
        written, ``start``/``end`` its character offsets in the paragraph, ``lemma``
        and ``score`` the lexicon entry, ``negated`` and ``intensifier`` the rules that
        applied, and per unit the ``contribution`` values sum to the unit's polarity.
        textblob-de engine: one row per textblob-de assessment; ``term`` is the lemma
        sequence pattern scored (with a negation or modifier), ``score`` its value,
        ``sentence``, ``start`` and ``end`` are null.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> ev = ak.sentiment_evidence(ak.example())
    >>> ev.filter(pl.col("paragraph") == 5).select("term", "lemma", "score").rows()[:2]
    [('verschlechterte', 'verschlechtern', -0.7), ('zurückgezogen', 'zurückgezogen', -0.7)]
    """
    if engine == "default":
        lex = lexicon or default_lexicon()
        words = _scored(corpus, level, lex, rules, include_boilerplate, languages)
        return words.select(list(EVIDENCE_COLUMNS))
    if engine == "textblob-de":
        units = _units(corpus, level, include_boilerplate, languages)
        return _textblob_evidence(units, _KEYS[level])
    raise ValueError(f"engine={engine!r}: use 'default' or 'textblob-de'")


def _textblob_evidence(units: pl.DataFrame, keys: list[str]) -> pl.DataFrame:
    from analysis_kit.sentiment import textblob

    todo = units.filter(pl.col("_included"))
    engine = textblob.shared()
    negations = set(engine.negations)
    rows = []
    for key_values, text in zip(todo.select(keys).iter_rows(), todo["text"].to_list(), strict=True):
        assessments = engine.assessments(text or "")
        n = len(assessments)
        for words, polarity, _subjectivity, _label in assessments:
            negated = any(w in negations for w in words[:-1])
            modifier = next((w for w in words[:-1] if w not in negations and w != "!"), None)
            row = dict(zip(keys, key_values, strict=True))
            row.update(
                term=" ".join(words),
                lemma=[w for w in words if w != "!"][-1],
                score=polarity,
                negated=negated,
                intensifier=modifier,
                contribution=polarity / n,
            )
            rows.append(row)
    schema: dict[str, pl.DataType] = {
        "article_id": pl.String(),
        "paragraph": pl.Int32(),
        "sentence": pl.Int32(),
        "term": pl.String(),
        "start": pl.Int32(),
        "end": pl.Int32(),
        "lemma": pl.String(),
        "score": pl.Float64(),
        "negated": pl.Boolean(),
        "intensifier": pl.String(),
        "contribution": pl.Float64(),
    }
    frame = pl.DataFrame(
        rows,
        schema={
            k: v
            for k, v in schema.items()
            if k in keys
            or k in ("term", "lemma", "score", "negated", "intensifier", "contribution")
        },
    )
    return frame.select(
        [
            pl.col(c) if c in frame.columns else pl.lit(None, dtype=t).alias(c)
            for c, t in schema.items()
        ]
    )
