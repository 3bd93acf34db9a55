"""Sentiment per paragraph, sentence or article, with the words that drove it.

Two engines: ``"default"`` (a corrected lexicon method written in Polars, see
:mod:`analysis_kit.sentiment.engine`) and ``"textblob-de"`` (textblob-de 0.4.3's numbers,
exactly, see :mod:`analysis_kit.sentiment.textblob`).
"""

from analysis_kit.sentiment.api import (
    NEUTRAL_BAND,
    NEUTRAL_BAND_TEXTBLOB,
    default_lexicon,
    sentiment,
    sentiment_evidence,
)
from analysis_kit.sentiment.engine import DEFAULT_RULES, Rules
from analysis_kit.sentiment.lexicon import Lexicon

__all__ = [
    "DEFAULT_RULES",
    "NEUTRAL_BAND",
    "NEUTRAL_BAND_TEXTBLOB",
    "Lexicon",
    "Rules",
    "default_lexicon",
    "sentiment",
    "sentiment_evidence",
]
