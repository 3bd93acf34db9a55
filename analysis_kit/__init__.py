"""analysis_kit: study how German news covers conflicts, in Jupyter, with Polars frames.

The public API is what ``__all__`` lists; everything else may change.

Examples
--------
>>> import analysis_kit as ak
>>> corpus = ak.example()
>>> corpus.articles.select("title", "n_paragraphs").row(0)
('NATO beharrt auf Verhandlungsbereitschaft mit Russland', 13)
"""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

from analysis_kit import scale, text
from analysis_kit.actors import (
    DEFAULT_ACTORS,
    ActorLexicon,
    ActorLexiconError,
    actor_candidates,
    co_mentions,
    kwic,
    mention_profile,
    mention_rates,
    mentions,
)
from analysis_kit.corpus import Corpus, LoadError, LoadWarning, concat, example, load
from analysis_kit.export import export
from analysis_kit.framing import Comparison, FrameDictionary, compare, frame_matches
from analysis_kit.quotes import quotes
from analysis_kit.reports import Report, report, reproduce
from analysis_kit.sentiment import Lexicon, sentiment, sentiment_evidence

try:
    __version__ = version("analysis_kit")
except PackageNotFoundError:  # pragma: no cover - running from a source tree without install
    __version__ = "0+unknown"

__all__ = [
    "DEFAULT_ACTORS",
    "ActorLexicon",
    "ActorLexiconError",
    "Comparison",
    "Corpus",
    "FrameDictionary",
    "Lexicon",
    "LoadError",
    "LoadWarning",
    "Report",
    "__version__",
    "actor_candidates",
    "charts",
    "co_mentions",
    "compare",
    "concat",
    "example",
    "export",
    "frame_matches",
    "kwic",
    "load",
    "mention_profile",
    "mention_rates",
    "mentions",
    "quotes",
    "report",
    "reproduce",
    "scale",
    "sentiment",
    "sentiment_evidence",
    "text",
    "widgets",
]


def __getattr__(name: str) -> object:
    # ``ak.charts`` and ``ak.widgets`` are imported on first use: Altair and ipywidgets
    # are heavy imports, and analysis code never needs them.
    if name in ("charts", "widgets"):
        import importlib

        return importlib.import_module(f"analysis_kit.{name}")
    raise AttributeError(f"module 'analysis_kit' has no attribute {name!r}")
