"""Altair chart builders. Every function returns a chart; none displays it.

Charts aggregate in Polars first and carry only the rows they draw. Colours of the two
compared sides live in :data:`SIDE_COLOURS`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import polars as pl

if TYPE_CHECKING:  # pragma: no cover
    from analysis_kit.framing import Comparison

__all__ = ["SIDE_COLOURS", "framing"]

#: Colours of the left and right side in every comparison chart.
SIDE_COLOURS = {"left": "#1f5fa8", "right": "#c0392b"}

_LABELS = {
    "en": {
        "sentiment": "Mean sentiment (95% interval)",
        "frames": "Share of units with the frame",
        "side": "Side",
    },
    "de": {
        "sentiment": "Mittlere Tonalität (95%-Intervall)",
        "frames": "Anteil der Einheiten mit dem Frame",
        "side": "Seite",
    },
}


def framing(cmp: Comparison, *, lang: str = "en") -> Any:
    """The framing comparison: sentiment towards each side and the frame profile.

    Parameters
    ----------
    cmp
        A :class:`analysis_kit.framing.Comparison`.
    lang
        ``"en"`` or ``"de"`` labels.

    Returns
    -------
    altair.VConcatChart
        Sentiment means with bootstrap intervals (top) and the share of each side's
        units per frame (bottom), in the sides' colours.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> chart = ak.compare(ak.example(), replicates=100).chart()
    >>> type(chart).__name__
    'VConcatChart'
    """
    import altair as alt

    if lang not in _LABELS:
        raise ValueError(f"lang={lang!r}: use 'en' or 'de'")
    text = _LABELS[lang]
    names = {"left": str(cmp.sentiment["label"][0]), "right": str(cmp.sentiment["label"][1])}
    colour = alt.Scale(
        domain=[names["left"], names["right"]], range=[SIDE_COLOURS["left"], SIDE_COLOURS["right"]]
    )
    sent = cmp.sentiment.filter(pl.col("side") != "both").with_columns(
        pl.col("side").replace_strict(names).alias("name")
    )
    base = alt.Chart(sent)
    points = base.mark_point(filled=True, size=80).encode(
        x=alt.X("mean_polarity:Q", title=text["sentiment"], scale=alt.Scale(domain=[-1, 1])),
        y=alt.Y("name:N", title=text["side"]),
        color=alt.Color("name:N", scale=colour, legend=None),
        tooltip=["name", "mean_polarity", "ci_low", "ci_high", "n_scored", "n_unscored"],
    )
    bars = base.mark_rule().encode(
        x="ci_low:Q",
        x2="ci_high:Q",
        y="name:N",
        color=alt.Color("name:N", scale=colour, legend=None),
    )
    label_col = "label_de" if lang == "de" else "label_en"
    frames = cmp.frames.with_columns(pl.col("side").replace_strict(names).alias("name")).select(
        pl.col(label_col).alias("frame"), "name", "share", "units", "n_units"
    )
    profile = (
        alt.Chart(frames)
        .mark_bar()
        .encode(
            y=alt.Y("frame:N", title=None, sort="-x"),
            x=alt.X("share:Q", title=text["frames"]),
            yOffset="name:N",
            color=alt.Color("name:N", scale=colour, title=text["side"]),
            tooltip=["frame", "name", "share", "units", "n_units"],
        )
    )
    return alt.vconcat(
        (bars + points).properties(width=420, height=80), profile.properties(width=420)
    )
