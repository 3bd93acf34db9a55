"""Language of paragraphs and articles, offline.

Each paragraph with at least :data:`MIN_WORDS` words is identified with py3langid
(a character n-gram model shipped inside the package: no network, no download),
restricted to :data:`LANGUAGES`. A paragraph that is too short to tell, or whose best
language has a probability under :data:`MIN_PROBABILITY` (:data:`MIN_PROBABILITY_SHORT`
for paragraphs of fewer than :data:`SHORT_WORDS` words, such as titles), inherits the
article's language. The article's language is the word-weighted majority of its
confidently identified paragraphs; an article with none (only short lines) is
identified from all its text together, and when even that is unsure (probability under
:data:`MIN_PROBABILITY_SHORT`) it takes the language most words of the load are in.

The model call is the one step that runs per paragraph in Python; everything around
it is Polars. Only the first :data:`MAX_CHARS` characters of a paragraph are read.

Examples
--------
>>> identify(["Der Kontakt zwischen den Parteien verschlechterte sich.",
...           "Web pioneer. Typical pop culture geek. Certified communicator."])
['de', 'en']
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

import polars as pl

__all__ = [
    "LANGUAGES",
    "MAX_CHARS",
    "MIN_PROBABILITY",
    "MIN_PROBABILITY_SHORT",
    "MIN_WORDS",
    "SHORT_WORDS",
    "assign_languages",
    "identify",
]

#: Languages the identifier chooses from (ISO 639-1).
LANGUAGES: tuple[str, ...] = (
    "de",
    "en",
    "fr",
    "it",
    "es",
    "nl",
    "pl",
    "ru",
    "uk",
    "tr",
    "pt",
    "cs",
    "da",
    "sv",
    "no",
    "fi",
    "hu",
    "ro",
    "ar",
    "el",
    "hr",
    "bg",
    "sk",
    "sl",
    "zh",
    "ja",
    "fa",
    "he",
)
#: Paragraphs with fewer words inherit the article's language.
MIN_WORDS = 4
#: Paragraphs identified with a lower probability inherit the article's language.
MIN_PROBABILITY = 0.5
#: Paragraphs with fewer words than this are "short" and need :data:`MIN_PROBABILITY_SHORT`.
SHORT_WORDS = 10
#: Short paragraphs identified with a lower probability inherit the article's language.
MIN_PROBABILITY_SHORT = 0.9
#: Characters of a paragraph that are read.
MAX_CHARS = 1000


@lru_cache(maxsize=1)
def _identifier() -> Any:
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES))
    return ident


def _classify(texts: list[str]) -> tuple[list[str], list[float]]:
    ident = _identifier()
    labels: list[str] = []
    probs: list[float] = []
    for value in texts:
        label, prob = ident.classify(value[:MAX_CHARS])
        labels.append(str(label))
        probs.append(float(prob))
    return labels, probs


def identify(texts: list[str]) -> list[str]:
    """Identify the language of each text (no inheritance, no thresholds).

    Parameters
    ----------
    texts
        Texts to identify.

    Returns
    -------
    list of str
        ISO 639-1 codes from :data:`LANGUAGES`.
    """
    return _classify(texts)[0]


def assign_languages(paragraphs: pl.DataFrame) -> pl.DataFrame:
    """Add a ``language`` column to paragraphs.

    Parameters
    ----------
    paragraphs
        A frame with ``article_id``, ``text`` and ``n_words``.

    Returns
    -------
    pl.DataFrame
        The frame with ``language`` (a code, or null for an article where nothing
        could be identified).
    """
    idx = paragraphs.with_row_index("_i")
    todo = idx.filter(pl.col("n_words") >= MIN_WORDS).select("_i", "text")
    labels, probs = _classify(todo["text"].to_list())
    found = todo.select("_i").with_columns(
        pl.Series("_lang", labels, dtype=pl.String),
        pl.Series("_prob", probs, dtype=pl.Float64),
    )
    idx = idx.join(found, on="_i", how="left")
    confident = pl.col("_prob") >= pl.when(pl.col("n_words") < SHORT_WORDS).then(
        MIN_PROBABILITY_SHORT
    ).otherwise(MIN_PROBABILITY)
    weights = (
        idx.filter(pl.col("_lang").is_not_null())
        .group_by("article_id", "_lang")
        .agg(
            pl.col("n_words").filter(confident).sum().alias("_w_conf"),
            pl.col("n_words").sum().alias("_w_all"),
        )
        .sort("article_id", "_w_conf", "_w_all", "_lang", descending=[False, True, True, False])
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("_lang").first().alias("_article_lang"))
    )
    # articles where no paragraph could be told (all short): identify their whole text
    unknown = (
        idx.join(weights, on="article_id", how="anti")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("text").str.join(" "))
    )
    if unknown.height:
        guesses, probs = _classify(unknown["text"].to_list())
        # an unsure guess on a few words ("Gerne.", "Herr Minister.") yields to the language
        # most words of this load are in
        confident_all = idx.filter(pl.col("_lang").is_not_null() & confident)
        majority = (
            confident_all.group_by("_lang")
            .agg(pl.col("n_words").sum())
            .sort("n_words", descending=True)
        )
        fallback = majority["_lang"][0] if majority.height else None
        chosen = [
            g if p >= MIN_PROBABILITY_SHORT or fallback is None else fallback
            for g, p in zip(guesses, probs, strict=True)
        ]
        weights = pl.concat(
            [
                weights,
                unknown.select("article_id", pl.Series("_article_lang", chosen, dtype=pl.String)),
            ]
        )
    idx = idx.join(weights, on="article_id", how="left")
    language = pl.when(pl.col("_lang").is_not_null() & confident).then(pl.col("_lang"))
    return (
        idx.with_columns(language.otherwise(pl.col("_article_lang")).alias("language"))
        .sort("_i")
        .drop("_i", "_lang", "_prob", "_article_lang")
    )
