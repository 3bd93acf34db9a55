"""Altair chart builders. Every function returns a chart; none displays it.

Charts aggregate in Polars first and carry only the rows they draw. Colours of the two
compared sides and of sentiment live in :data:`SIDE_COLOURS` and :data:`SENTIMENT_COLOURS`;
fonts and sizes in the ``analysis_kit`` Altair theme (:func:`register_theme`, registered
on import but not enabled: ``alt.theme.enable("analysis_kit")`` turns it on). Every
function takes ``lang="en" | "de"`` for its labels.

Importing this module switches Altair to the ``analysis_kit`` renderer (:func:`enable_renderer`)
unless another renderer was chosen: charts shown in a notebook then carry a static SVG next to
the interactive chart, so notebooks exported with nbconvert, or viewed on GitHub, still show them.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, Literal

import polars as pl
import polars.selectors as cs

if TYPE_CHECKING:  # pragma: no cover
    from analysis_kit.actors import ActorLexicon
    from analysis_kit.corpus import Corpus
    from analysis_kit.framing import Comparison
    from analysis_kit.sentiment import Lexicon
    from analysis_kit.sentiment.api import Engine

__all__ = [
    "SENTIMENT_COLOURS",
    "SIDE_COLOURS",
    "actor_mentions",
    "co_mention_heatmap",
    "enable_renderer",
    "framing",
    "kwic_table",
    "register_theme",
    "sentiment_by_paragraph",
    "sentiment_distribution",
]

#: Colours of the left and right side in every comparison chart.
SIDE_COLOURS = {"left": "#1f5fa8", "right": "#c0392b"}

#: Diverging colours for sentiment: negative, neutral, positive.
SENTIMENT_COLOURS = {"negative": "#c0392b", "neutral": "#d9d9d9", "positive": "#1f5fa8"}

THEME_NAME = "analysis_kit"

_LABELS = {
    "en": {
        "sentiment": "Mean sentiment (95% interval)",
        "frames": "Share of units with the frame",
        "side": "Side",
        "polarity": "Polarity",
        "paragraph": "Paragraph (role)",
        "units": "Paragraphs",
        "group": "Group",
        "mentions": "Mentions",
        "rate": "Mentions per 1,000 words",
        "actor": "Actor",
        "article": "Article",
        "position": "Position in the article (tenth of the text)",
        "month": "Month",
        "together": "Named together",
        "left": "Before",
        "match": "Match",
        "right": "After",
        "words": "Distinctive words (|z| of the log-odds ratio)",
        "voices": "Quotes in the units",
    },
    "de": {
        "sentiment": "Mittlere Tonalität (95%-Intervall)",
        "frames": "Anteil der Einheiten mit dem Frame",
        "side": "Seite",
        "polarity": "Polarität",
        "paragraph": "Absatz (Rolle)",
        "units": "Absätze",
        "group": "Gruppe",
        "mentions": "Nennungen",
        "rate": "Nennungen je 1.000 Wörter",
        "actor": "Akteur",
        "article": "Artikel",
        "position": "Stelle im Artikel (Zehntel des Textes)",
        "month": "Monat",
        "together": "Gemeinsam genannt",
        "left": "Davor",
        "match": "Treffer",
        "right": "Danach",
        "words": "Typische Wörter (|z| des Log-Odds-Verhältnisses)",
        "voices": "Zitate in den Einheiten",
    },
}


def _text(lang: str) -> dict[str, str]:
    if lang not in _LABELS:
        raise ValueError(f"lang={lang!r}: use 'en' or 'de'")
    return _LABELS[lang]


def register_theme() -> str:
    """Register the ``analysis_kit`` Altair theme (fonts, sizes, side colours); return its name.

    Registering does not enable it; ``alt.theme.enable("analysis_kit")`` does.

    Examples
    --------
    >>> import altair as alt
    >>> from analysis_kit import charts
    >>> charts.register_theme()
    'analysis_kit'
    >>> "analysis_kit" in alt.theme.names()
    True
    """
    import altair as alt

    if THEME_NAME not in alt.theme.names():

        @alt.theme.register(THEME_NAME, enable=False)
        def _theme() -> Any:
            font = "Source Sans Pro, Helvetica, Arial, sans-serif"
            return alt.theme.ThemeConfig(
                config={
                    "font": font,
                    "title": {"fontSize": 15, "anchor": "start"},
                    "axis": {"labelFontSize": 11, "titleFontSize": 12},
                    "legend": {"labelFontSize": 11, "titleFontSize": 12},
                    "range": {"category": [SIDE_COLOURS["left"], SIDE_COLOURS["right"]]},
                    "view": {"stroke": None},
                }
            )

    return THEME_NAME


register_theme()

RENDERER_NAME = "analysis_kit"


def _render(spec: dict[str, Any], **kwargs: Any) -> dict[str, Any]:
    """Mime bundle: the interactive Vega-Lite chart plus a static SVG of it.

    Notebook front ends draw the Vega-Lite chart; nbconvert (HTML, PDF), GitHub and
    other static viewers, which do not run Vega, use the SVG.
    """
    import json

    import altair as alt

    from analysis_kit.export import _vl_convert

    bundle: dict[str, Any] = {
        f"application/vnd.vegalite.{alt.SCHEMA_VERSION.split('.')[0]}+json": spec,
        "text/plain": f"<analysis_kit chart: {spec.get('title') or spec.get('mark') or 'chart'}>",
    }
    # Without vl-convert there is no static fallback; the interactive chart still shows.
    with contextlib.suppress(ImportError):
        bundle["image/svg+xml"] = _vl_convert().vegalite_to_svg(json.dumps(spec))
    return bundle


def enable_renderer() -> str:
    """Display charts in notebooks with a static SVG fallback; return the renderer name.

    Altair's default output needs JavaScript from a CDN and is blank in a notebook
    exported to HTML or PDF offline. After this call every chart's output carries the
    interactive Vega-Lite chart and a static SVG of it (made locally with vl-convert).
    ``alt.renderers.enable("default")`` switches back.

    Examples
    --------
    >>> import altair as alt
    >>> from analysis_kit import charts
    >>> charts.enable_renderer()
    'analysis_kit'
    >>> bundle = alt.Chart({"values": [{"x": 1}]}).mark_point().encode(x="x:Q")._repr_mimebundle_()
    >>> sorted(bundle[0] if isinstance(bundle, tuple) else bundle)
    ['application/vnd.vegalite.v6+json', 'image/svg+xml', 'text/plain']
    >>> _ = alt.renderers.enable("default")
    """
    import altair as alt

    if RENDERER_NAME not in alt.renderers.names():
        alt.renderers.register(RENDERER_NAME, _render)
    alt.renderers.enable(RENDERER_NAME)
    return RENDERER_NAME


def _enable_renderer_unless_chosen() -> None:
    import altair as alt

    if alt.renderers.active == "default":
        enable_renderer()


_enable_renderer_unless_chosen()


def _tips(fields: Sequence[str]) -> list[Any]:
    # Channel objects, not strings: Altair turns every string shorthand into a channel
    # through a schema lookup that costs milliseconds each, which adds up when a widget
    # redraws on a click.
    import altair as alt

    return [alt.Tooltip(f) for f in fields]


def _sentiment_scale() -> Any:
    import altair as alt

    return alt.Scale(
        domain=[-1, 0, 1],
        range=[
            SENTIMENT_COLOURS["negative"],
            SENTIMENT_COLOURS["neutral"],
            SENTIMENT_COLOURS["positive"],
        ],
    )


def sentiment_by_paragraph(
    corpus: Corpus,
    article_id: str | None = None,
    *,
    engine: Engine = "default",
    sentiment_lexicon: Lexicon | None = None,
    lang: str = "en",
    title: str | None = None,
    scores: pl.DataFrame | None = None,
    select: bool = False,
) -> Any:
    """Sentiment of each paragraph of one article, in paragraph order, role shown.

    Parameters
    ----------
    corpus
        The corpus.
    article_id
        The article to draw; the first article when omitted.
    engine, sentiment_lexicon
        Sentiment engine and lexicon passed to :func:`analysis_kit.sentiment`.
    lang
        ``"en"`` or ``"de"`` labels.
    title
        Chart title; the article's title when omitted.
    scores
        Paragraph sentiment already computed (``ak.sentiment(corpus, level="paragraph",
        include_boilerplate=True, languages=None)`` of this corpus, or of any corpus
        containing the article); computed here when omitted. Widgets pass it so that
        changing the article does not score it again.
    select
        Add a click selection named ``paragraph`` (field ``paragraph``), which
        ``alt.JupyterChart`` reports back to Python.

    Returns
    -------
    altair.Chart
        One horizontal bar per paragraph (boilerplate included, drawn at zero and labelled
        by its role), coloured on a diverging scale from negative to positive.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.charts.sentiment_by_paragraph(ak.example())
    >>> chart.to_dict()["mark"]["type"]
    'bar'
    """
    import altair as alt

    from analysis_kit.sentiment import sentiment

    text = _text(lang)
    ids = corpus.articles["article_id"]
    if article_id is None:
        if ids.len() == 0:
            raise ValueError("the corpus has no articles")
        article_id = str(ids[0])
    elif article_id not in ids.to_list():
        raise ValueError(f"article_id={article_id!r} is not in the corpus")
    if scores is None:
        one = corpus.filter(pl.col("article_id") == article_id)
        scores = sentiment(
            one, engine=engine, lexicon=sentiment_lexicon, include_boilerplate=True, languages=None
        )
    scores = scores.filter(pl.col("article_id") == article_id)
    data = (
        corpus.paragraphs.filter(pl.col("article_id") == article_id)
        .select("paragraph", "role", "n_words")
        .join(
            scores.select("paragraph", "polarity", "n_scored", "label"), on="paragraph", how="left"
        )
        .with_columns(
            pl.format("{} ({})", pl.col("paragraph") + 1, pl.col("role")).alias("unit"),
            pl.col("polarity").fill_null(0.0),
        )
        .sort("paragraph")
    )
    if title is None:
        row = corpus.articles.filter(pl.col("article_id") == article_id)
        title = str(row["title"][0] or article_id)
    chart = (
        alt.Chart(data, title=title)
        .mark_bar()
        .encode(
            y=alt.Y("unit:N", sort=data["unit"].to_list(), title=text["paragraph"]),
            x=alt.X("polarity:Q", title=text["polarity"], scale=alt.Scale(domain=[-1, 1])),
            color=alt.Color("polarity:Q", scale=_sentiment_scale(), title=text["polarity"]),
            tooltip=_tips(["paragraph", "role", "polarity", "n_scored", "label", "n_words"]),
        )
        .properties(width=420)
    )
    if select:
        pick = alt.selection_point(name="paragraph", fields=["paragraph"], on="click")
        chart = chart.add_params(pick).encode(
            opacity=alt.condition(pick, alt.value(1.0), alt.value(0.45))
        )
    return chart


def sentiment_distribution(
    corpus: Corpus,
    *,
    by: str | None = "source",
    engine: Engine = "default",
    sentiment_lexicon: Lexicon | None = None,
    bins: int = 20,
    lang: str = "en",
) -> Any:
    """How paragraph sentiment is distributed across a corpus, per group.

    Parameters
    ----------
    corpus
        The corpus.
    by
        An article column to group by (``"source"``, ``"language"`` ...) or None.
    engine, sentiment_lexicon
        Sentiment engine and lexicon passed to :func:`analysis_kit.sentiment`.
    bins
        Number of equal bins over [-1, 1]; the chart carries one row per bin and group.
    lang
        ``"en"`` or ``"de"`` labels.

    Returns
    -------
    altair.Chart
        Binned counts of scored paragraphs (unscored ones left out), one colour per group.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.charts.sentiment_distribution(ak.example(), by=None)
    >>> len(chart.to_dict()["datasets"][chart.to_dict()["data"]["name"]]) <= 20
    True
    """
    import altair as alt

    from analysis_kit.sentiment import sentiment

    text = _text(lang)
    if bins < 1:
        raise ValueError(f"bins={bins}: use at least 1")
    scores = sentiment(corpus, engine=engine, lexicon=sentiment_lexicon).filter(
        pl.col("polarity").is_not_null()
    )
    if by is None:
        scores = scores.with_columns(pl.lit("all").alias("group"))
    else:
        if by not in corpus.articles.columns:
            raise ValueError(f"by={by!r} is not an article column: {corpus.articles.columns}")
        scores = scores.join(
            corpus.articles.select(
                "article_id", pl.col(by).cast(pl.Utf8).fill_null("(none)").alias("group")
            ),
            on="article_id",
            how="left",
        )
    width = 2.0 / bins
    data = (
        scores.with_columns(
            ((pl.col("polarity") + 1.0) / width)
            .floor()
            .clip(0, bins - 1)
            .cast(pl.Int32)
            .alias("bin")
        )
        .group_by("group", "bin")
        .agg(pl.len().alias("paragraphs"))
        .with_columns(
            (pl.col("bin") * width - 1.0).alias("bin_start"),
            ((pl.col("bin") + 1) * width - 1.0).alias("bin_end"),
        )
        .sort("group", "bin")
    )
    return (
        alt.Chart(data)
        .mark_bar(opacity=0.75)
        .encode(
            x=alt.X("bin_start:Q", title=text["polarity"], scale=alt.Scale(domain=[-1, 1])),
            x2=alt.X2("bin_end:Q"),
            y=alt.Y("paragraphs:Q", title=text["units"], stack=None),
            y2=alt.datum(0),
            color=alt.Color("group:N", title=text["group"]),
            tooltip=_tips(["group", "bin_start", "bin_end", "paragraphs"]),
        )
        .properties(width=420, height=200)
    )


def actor_mentions(
    corpus: Corpus,
    *,
    level: Literal["side", "actor"] = "side",
    by: Literal["article", "position", "time"] | None = None,
    measure: Literal["count", "rate"] = "count",
    top: int = 15,
    lexicon: ActorLexicon | None = None,
    lang: str = "en",
    names: Sequence[str] | None = None,
    select: bool = False,
) -> Any:
    """Who is named, how often, where and when.

    Parameters
    ----------
    corpus
        The corpus.
    level
        ``"side"`` or ``"actor"``.
    by
        None (totals), ``"article"``, ``"position"`` (tenths of the article, by paragraph)
        or ``"time"`` (month of publication).
    measure
        ``"count"`` or ``"rate"`` (mentions per 1,000 words of the same unit).
    top
        Keep the most-named ``top`` actors or sides.
    lexicon
        Actor lexicon (default :data:`analysis_kit.DEFAULT_ACTORS`).
    lang
        ``"en"`` or ``"de"`` labels.
    names
        Only these sides or actors (by name), before ``top`` applies.
    select
        Add a click selection named ``name`` (field ``name``), which
        ``alt.JupyterChart`` reports back to Python.

    Returns
    -------
    altair.Chart
        Bars (totals), a heatmap (per article) or lines (position, time).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.charts.actor_mentions(ak.example(), level="actor")
    >>> spec = chart.to_dict()
    >>> [row["name"] for row in spec["datasets"][spec["data"]["name"]]][:2]
    ['NATO', 'Russia']
    """
    from analysis_kit.actors import mention_profile

    if measure not in ("count", "rate"):
        raise ValueError(f"measure={measure!r}: use 'count' or 'rate'")
    if names is None:
        data = mention_profile(corpus, level=level, by=by, top=top, lexicon=lexicon)
    else:
        wanted = list(names)
        data = mention_profile(corpus, level=level, by=by, top=None, lexicon=lexicon).filter(
            pl.col("name").is_in(wanted)
        )
        kept = (
            data.group_by("name")
            .agg(pl.col("mentions").sum())
            .sort(["mentions", "name"], descending=[True, False])
            .head(top)["name"]
        )
        data = data.filter(pl.col("name").is_in(kept.implode()))
    return _actor_mentions_chart(
        data, level=level, by=by, measure=measure, lang=lang, select=select
    )


def _actor_mentions_chart(
    data: pl.DataFrame,
    *,
    level: str,
    by: str | None,
    measure: str,
    lang: str,
    select: bool,
) -> Any:
    # The drawing part of actor_mentions, for data from ak.mention_profile (widgets
    # aggregate once and filter).
    import altair as alt

    text = _text(lang)
    keys = [c for c in data.columns if c in ("article_id", "position", "month")]
    order = (
        data.group_by("name")
        .agg(pl.col("mentions").sum())
        .sort(["mentions", "name"], descending=[True, False])["name"]
        .to_list()
    )
    value = "mentions" if measure == "count" else "rate"
    value_title = text["mentions"] if measure == "count" else text["rate"]
    name_title = text["side"] if level == "side" else text["actor"]
    tooltip = [*keys, "name", "mentions", "rate"]
    if by is None:
        chart = (
            alt.Chart(data)
            .mark_bar()
            .encode(
                y=alt.Y("name:N", sort=order, title=name_title),
                x=alt.X(f"{value}:Q", title=value_title),
                tooltip=_tips(tooltip),
            )
        )
    elif by == "article":
        chart = (
            alt.Chart(data)
            .mark_rect()
            .encode(
                x=alt.X("name:N", sort=order, title=name_title),
                y=alt.Y("article_id:N", title=text["article"]),
                color=alt.Color(f"{value}:Q", title=value_title),
                tooltip=_tips(tooltip),
            )
        )
    else:
        x = (
            alt.X("position:O", title=text["position"], axis=alt.Axis(labelAngle=0))
            if by == "position"
            else alt.X("month:T", title=text["month"])
        )
        chart = (
            alt.Chart(data)
            .mark_line(point=True)
            .encode(
                x=x,
                y=alt.Y(f"{value}:Q", title=value_title),
                color=alt.Color("name:N", sort=order, title=name_title),
                tooltip=_tips(tooltip),
            )
        )
    if select:
        pick = alt.selection_point(name="name", fields=["name"], on="click")
        chart = chart.add_params(pick)
    return chart.properties(width=420)


def co_mention_heatmap(
    corpus: Corpus,
    *,
    unit: str = "paragraph",
    by: str = "side",
    measure: str = "n_both",
    lexicon: ActorLexicon | None = None,
    lang: str = "en",
    names: Sequence[str] | None = None,
) -> Any:
    """Who is named next to whom: a symmetric heatmap over pairs.

    Parameters
    ----------
    corpus
        The corpus.
    unit
        ``"sentence"``, ``"paragraph"`` or ``"article"`` (see :func:`analysis_kit.co_mentions`).
    by
        ``"side"`` or ``"actor"``.
    measure
        Colour by ``"n_both"`` (units naming both), ``"jaccard"`` or ``"npmi"``.
    lexicon
        Actor lexicon (default :data:`analysis_kit.DEFAULT_ACTORS`).
    lang
        ``"en"`` or ``"de"`` labels.
    names
        Only pairs of these sides or actors.

    Returns
    -------
    altair.LayerChart
        Coloured cells with the count of shared units written in each.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.charts.co_mention_heatmap(ak.example(), by="actor")
    >>> [layer["mark"]["type"] for layer in chart.to_dict()["layer"]]
    ['rect', 'text']
    """
    import altair as alt

    from analysis_kit.actors import co_mentions

    text = _text(lang)
    if measure not in ("n_both", "jaccard", "npmi"):
        raise ValueError(f"measure={measure!r}: use 'n_both', 'jaccard' or 'npmi'")
    pairs = co_mentions(corpus, unit=unit, by=by, lexicon=lexicon)  # type: ignore[arg-type]
    cols = ["a", "b", "n_both", "jaccard", "npmi"]
    data = pl.concat(
        [
            pairs.select(cols),
            pairs.select(pl.col("b").alias("a"), pl.col("a").alias("b"), *cols[2:]),
        ]
    ).filter(pl.col("n_both") > 0)
    if names is not None:
        wanted = list(names)
        data = data.filter(pl.col("a").is_in(wanted) & pl.col("b").is_in(wanted))
    names = sorted(set(data["a"].to_list()))
    scale = (
        alt.Scale(scheme="redblue", domain=[-1, 1])
        if measure == "npmi"
        else alt.Scale(scheme="blues")
    )
    base = alt.Chart(data).encode(
        x=alt.X("a:N", sort=names, title=None),
        y=alt.Y("b:N", sort=names, title=None),
    )
    cells = base.mark_rect().encode(
        color=alt.Color(f"{measure}:Q", scale=scale, title=text["together"]),
        tooltip=_tips(cols),
    )
    labels = base.mark_text(fontSize=11).encode(text=alt.Text("n_both:Q"))
    return (cells + labels).properties(
        width=max(120, 28 * len(names)), height=max(120, 28 * len(names))
    )


def kwic_table(
    corpus: Corpus,
    query: str | None = None,
    *,
    window: int = 8,
    pattern: str | None = None,
    max_rows: int = 40,
    lexicon: ActorLexicon | None = None,
    lang: str = "en",
) -> Any:
    """A keyword-in-context table as a chart: context before, the match, context after.

    Parameters
    ----------
    corpus
        The corpus.
    query, pattern, window, lexicon
        As in :func:`analysis_kit.kwic`.
    max_rows
        Lines drawn (the chart carries exactly these rows; use :func:`analysis_kit.kwic`
        for the full table).
    lang
        ``"en"`` or ``"de"`` labels.

    Returns
    -------
    altair.HConcatChart
        Three text columns, right-aligned before, bold match, left-aligned after.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.charts.kwic_table(ak.example(), "NATO", max_rows=5)
    >>> len(chart.to_dict()["hconcat"])
    3
    """
    import altair as alt

    from analysis_kit.actors import kwic

    text = _text(lang)
    lines = kwic(corpus, query, window=window, pattern=pattern, lexicon=lexicon).head(max_rows)
    data = lines.with_row_index("line").select(
        "line", "article_id", "paragraph", "left", "match", "right"
    )
    base = alt.Chart(data).encode(
        y=alt.Y("line:O", axis=None),
        tooltip=_tips(["article_id", "paragraph", "left", "match", "right"]),
    )
    before = (
        base.mark_text(align="right")
        .encode(text=alt.Text("left:N"))
        .properties(title=text["left"], width=300)
    )
    match = (
        base.mark_text(align="center", fontWeight="bold")
        .encode(text=alt.Text("match:N"))
        .properties(title=text["match"], width=90)
    )
    after = (
        base.mark_text(align="left")
        .encode(text=alt.Text("right:N"))
        .properties(title=text["right"], width=300)
    )
    height = max(20, 16 * data.height)
    return alt.hconcat(
        before.properties(height=height),
        match.properties(height=height),
        after.properties(height=height),
        spacing=4,
    )


def framing(cmp: Comparison, *, lang: str = "en", top: int = 10, select: bool = False) -> Any:
    """The framing comparison: sentiment, frame profile, distinctive words and voices.

    Parameters
    ----------
    cmp
        A :class:`analysis_kit.framing.Comparison`.
    lang
        ``"en"`` or ``"de"`` labels.
    top
        Distinctive words and voices drawn per side.
    select
        Add click selections named ``frame`` (fields ``frame_id``, ``side``) on the frame
        profile and ``term`` (fields ``term``, ``side``) on the distinctive words, which
        ``alt.JupyterChart`` reports back to Python.

    Returns
    -------
    altair.VConcatChart
        Four panels in the sides' colours: mean sentiment with 95% bootstrap intervals;
        the frame profile as a diverging bar (left side's share of units to the left,
        right side's to the right); the most distinctive words of each side (z-score of
        the log-odds ratio); and who is quoted in each side's units (quotes, diverging).

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.compare(ak.example(), replicates=100).chart()
    >>> type(chart).__name__, len(chart.to_dict()["vconcat"])
    ('VConcatChart', 4)
    """
    import altair as alt

    text = _text(lang)
    names = {"left": str(cmp.sentiment["label"][0]), "right": str(cmp.sentiment["label"][1])}
    colour = alt.Scale(
        domain=[names["left"], names["right"]], range=[SIDE_COLOURS["left"], SIDE_COLOURS["right"]]
    )
    side_name = pl.col("side").replace_strict(names).alias("name")
    sign = pl.when(pl.col("side") == "left").then(-1.0).otherwise(1.0)
    # NaN (a side with no scored units) is not valid JSON: draw it as missing.
    sent = (
        cmp.sentiment.filter(pl.col("side") != "both")
        .with_columns(side_name)
        .with_columns(cs.float().fill_nan(None))
    )
    base = alt.Chart(sent)
    points = base.mark_point(filled=True, size=80).encode(
        x=alt.X("mean_polarity:Q", title=text["sentiment"], scale=alt.Scale(domain=[-1, 1])),
        y=alt.Y("name:N", title=text["side"]),
        color=alt.Color("name:N", scale=colour, legend=None),
        tooltip=_tips(["name", "mean_polarity", "ci_low", "ci_high", "n_scored", "n_unscored"]),
    )
    bars = base.mark_rule().encode(
        x=alt.X("ci_low:Q"),
        x2=alt.X2("ci_high:Q"),
        y=alt.Y("name:N"),
        color=alt.Color("name:N", scale=colour, legend=None),
    )
    label_col = "label_de" if lang == "de" else "label_en"
    frames = cmp.frames.with_columns(cs.float().fill_nan(None)).select(
        pl.col(label_col).alias("frame"),
        pl.col("frame").alias("frame_id"),
        "side",
        side_name,
        "share",
        "units",
        "n_units",
        (pl.col("share") * sign).alias("signed_share"),
    )
    order = (
        frames.group_by("frame")
        .agg(pl.col("signed_share").sum().alias("d"))
        .sort(["d", "frame"])["frame"]
        .to_list()
    )
    absolute_percent = "format(abs(datum.value), '.0%')"
    reach = max(float(frames.select(pl.col("share").max().fill_null(0.0)).item()), 0.05)
    profile = (
        alt.Chart(frames)
        .mark_bar()
        .encode(
            y=alt.Y("frame:N", title=None, sort=order),
            x=alt.X(
                "signed_share:Q",
                title=f"{names['left']} ← {text['frames']} → {names['right']}",
                axis=alt.Axis(labelExpr=absolute_percent),
                scale=alt.Scale(domain=[-reach, reach]),
            ),
            color=alt.Color("name:N", scale=colour, title=text["side"]),
            tooltip=_tips(["frame", "name", "share", "units", "n_units"]),
        )
    )
    terms = (
        cmp.terms.filter(pl.col("favours").is_in(["left", "right"]))
        .with_columns(pl.col("favours").alias("side"))
        .with_columns(side_name, pl.col("z").abs().alias("strength"))
        .sort(["strength", "term"], descending=[True, False])
        .group_by("side", maintain_order=True)
        .head(top)
        .select(
            pl.coalesce("example", "term").alias("word"),
            "term",
            "side",
            "name",
            "z",
            (-pl.col("z")).alias("signed_z"),
            "count_left",
            "count_right",
        )
    )
    words = (
        alt.Chart(terms)
        .mark_bar()
        .encode(
            y=alt.Y("word:N", title=None, sort=alt.EncodingSortField("z", order="descending")),
            x=alt.X(
                "signed_z:Q",
                title=f"{names['left']} ← {text['words']} → {names['right']}",
                axis=alt.Axis(labelExpr="abs(datum.value)"),
            ),
            color=alt.Color("name:N", scale=colour, legend=None),
            tooltip=_tips(["word", "term", "name", "z", "count_left", "count_right"]),
        )
    )
    voices = (
        cmp.voices.with_columns(
            pl.coalesce("speaker_actor", "speaker").fill_null("?").alias("voice"), side_name
        )
        .group_by("side", "name", "voice")
        .agg(pl.col("n_quotes").sum().cast(pl.Int64).alias("quotes"))
        .sort(["quotes", "voice"], descending=[True, False])
        .group_by("side", maintain_order=True)
        .head(top)
        .with_columns((pl.col("quotes") * sign).alias("signed_quotes"))
        .select("voice", "name", "quotes", "signed_quotes")
    )
    quoted = (
        alt.Chart(voices)
        .mark_bar()
        .encode(
            y=alt.Y("voice:N", title=None, sort="x"),
            x=alt.X(
                "signed_quotes:Q",
                title=f"{names['left']} ← {text['voices']} → {names['right']}",
                axis=alt.Axis(labelExpr="abs(datum.value)", tickMinStep=1),
            ),
            color=alt.Color("name:N", scale=colour, legend=None),
            tooltip=_tips(["voice", "name", "quotes"]),
        )
    )
    if select:
        frame_pick = alt.selection_point(name="frame", fields=["frame_id", "side"], on="click")
        term_pick = alt.selection_point(name="term", fields=["term", "side"], on="click")
        profile = profile.add_params(frame_pick)
        words = words.add_params(term_pick)
    return alt.vconcat(
        (bars + points).properties(width=420, height=80),
        profile.properties(width=420),
        words.properties(width=420),
        quoted.properties(width=420),
    )
