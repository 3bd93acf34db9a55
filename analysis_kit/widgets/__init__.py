"""Interactive widgets (ipywidgets) that compose the analysis functions.

Every widget is an ipywidgets container with a few documented traitlets (``article_id``,
``paragraph``, ``actors``, ``left``, ``right``, ``engine``, ``lang``, ...): setting one
from Python redraws the charts and tables, exactly as a click in the browser does, so
widgets can be driven and tested from code. Charts are ``alt.JupyterChart`` widgets
with Vega loaded offline, so clicks on bars come back to Python and nothing is fetched
from a CDN. Text from articles is always shown escaped.

Widgets: :class:`SentimentExplorer`, :class:`ActorExplorer`, :class:`FramingComparison`,
:class:`CodingSheet` and :class:`Dashboard` (tabs with all of them and a file upload).
"""

from __future__ import annotations

from analysis_kit.widgets.actors import ActorExplorer
from analysis_kit.widgets.coding import CodingSheet
from analysis_kit.widgets.dashboard import Dashboard
from analysis_kit.widgets.framing import FramingComparison
from analysis_kit.widgets.sentiment import SentimentExplorer

__all__ = ["ActorExplorer", "CodingSheet", "Dashboard", "FramingComparison", "SentimentExplorer"]
