"""FramingComparison: two sides, every measure of ``ak.compare`` side by side."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import ipywidgets as widgets
import polars as pl
import traitlets

from analysis_kit._html import esc, table_html
from analysis_kit.actors import DEFAULT_ACTORS, ActorLexicon
from analysis_kit.corpus import Corpus
from analysis_kit.framing import Comparison, FrameDictionary, compare
from analysis_kit.widgets._common import LANGS, jupyter_chart, labels, show_chart

__all__ = ["FramingComparison"]


class FramingComparison(widgets.VBox):  # type: ignore[misc]
    """How two sides are covered: sentiment, frames, words, voices; the sentences behind.

    Parameters
    ----------
    corpus
        The corpus.
    left, right
        Sides or actor ids of the lexicon (default ``"NATO"`` and ``"Russia"``).
    unit
        ``"sentence"`` (default) or ``"paragraph"``, as in :func:`analysis_kit.compare`.
    lexicon, frames
        Actor lexicon and frame dictionary (defaults: the shipped ones).
    replicates
        Bootstrap replicates of the intervals (as in :func:`analysis_kit.compare`).
    export_folder
        Where the export button writes (default ``analysis_kit-export`` in the working
        folder; a sub-folder per pair of sides).
    lang
        ``"en"`` or ``"de"`` labels.

    Attributes
    ----------
    left, right : traitlets.Unicode
        The two sides. While both are the same (a pair picked one side at a time), the
        last comparison stays and a hint asks for two different sides.
    measure : traitlets.Unicode
        What the examples table shows: ``"frame:<id>"``, ``"term:<stem>"``,
        ``"sentiment"``, ``"positive"``, ``"quotes"``, ``"scare"`` or ``"units"`` (see
        :meth:`analysis_kit.Comparison.examples`); a click on a frame or a word sets it.
    side : traitlets.Enum
        ``"left"``, ``"right"`` or ``"both"``: whose units the examples come from.
    lang : traitlets.Enum
        ``"en"`` or ``"de"``.
    comparison : analysis_kit.Comparison
        The comparison shown.
    chart : altair.JupyterChart
        The four panels of :func:`analysis_kit.charts.framing`.
    examples : pl.DataFrame
        The units behind the current selection.

    Notes
    -----
    Everything that does not depend on the sides (sentence scores, quotes, stems, frame
    matches, mentions) is computed at the first comparison and kept with the corpus, so
    choosing other sides recomputes only the per-side aggregates.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> w = ak.widgets.FramingComparison(ak.example(), replicates=200)
    >>> w.measure = "scare"
    >>> w.examples["quote"].to_list()
    ['Spionage']
    >>> w.right = "Ukraine"
    >>> w.comparison.right
    'Ukraine'
    """

    left = traitlets.Unicode("NATO")
    right = traitlets.Unicode("Russia")
    measure = traitlets.Unicode("")
    side = traitlets.Enum(["left", "right", "both"], "left")
    lang = traitlets.Enum(list(LANGS), "en")

    def __init__(
        self,
        corpus: Corpus,
        left: str = "NATO",
        right: str = "Russia",
        *,
        unit: str = "sentence",
        lexicon: ActorLexicon | None = None,
        frames: FrameDictionary | None = None,
        replicates: int = 2000,
        export_folder: str | os.PathLike[str] = "analysis_kit-export",
        lang: str = "en",
    ) -> None:
        self._ready = False
        self.corpus = corpus
        self._lexicon = lexicon or DEFAULT_ACTORS
        self._frames = frames
        self._unit = unit
        self._replicates = replicates
        choices = [
            *self._lexicon.sides,
            *[a for a in self._lexicon.ids if a not in self._lexicon.sides],
        ]
        t = labels(lang)
        self.left_picker = widgets.Dropdown(options=choices, value=left, description=t["left"])
        self.right_picker = widgets.Dropdown(options=choices, value=right, description=t["right"])
        self.hint = widgets.HTML()
        self.chart = jupyter_chart(None)
        self.summary_view = widgets.HTML()
        self.details_view = widgets.HTML()
        self.examples_view = widgets.HTML()
        self.folder = widgets.Text(value=str(export_folder), description=t["export_folder"])
        self.export_button = widgets.Button(description=t["export"])
        self.export_status = widgets.HTML()
        self.comparison: Comparison | None = None
        self.examples = pl.DataFrame()
        super().__init__(
            children=[
                widgets.HBox([self.left_picker, self.right_picker]),
                self.hint,
                self.chart,
                self.examples_view,
                self.summary_view,
                self.details_view,
                widgets.HBox([self.folder, self.export_button]),
                self.export_status,
            ]
        )
        self.add_class("ak-framing-comparison")
        self.left_picker.observe(lambda c: setattr(self, "left", c["new"]), "value")
        self.right_picker.observe(lambda c: setattr(self, "right", c["new"]), "value")
        self.export_button.on_click(lambda _b: self._export_clicked())
        self.set_trait("lang", lang)
        self.set_trait("left", left)
        self.set_trait("right", right)
        self._ready = True
        self._recompute()

    @traitlets.validate("left", "right")
    def _check_side(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"])
        if value not in self._lexicon.sides and value not in self._lexicon.ids:
            raise traitlets.TraitError(f"{value!r} is neither a side nor an actor of the lexicon")
        return value

    @traitlets.observe("left", "right")
    def _on_sides(self, change: dict[str, Any]) -> None:
        if self._ready:
            self._recompute()

    @traitlets.observe("lang")
    def _on_lang(self, change: dict[str, Any]) -> None:
        if self._ready:
            self._draw()

    @traitlets.observe("measure", "side")
    def _on_measure(self, change: dict[str, Any]) -> None:
        self._show_examples()

    def _recompute(self) -> None:
        if self.left == self.right and self.comparison is not None:
            # (a pair picked one side at a time passes through the same side on both: the
            # last comparison stays, with a hint; at the start compare() names the error)
            self.hint.value = f"<i>{esc(labels(self.lang)['same_sides'])}</i>"
            return
        self.comparison = compare(
            self.corpus,
            self.left,
            self.right,
            unit=self._unit,  # type: ignore[arg-type]
            lexicon=self._lexicon,
            frames=self._frames,
            replicates=self._replicates,
        )
        self._draw()

    def _draw(self) -> None:
        from analysis_kit.charts import framing

        assert self.comparison is not None
        t = labels(self.lang)
        self.left_picker.description = t["left"]
        self.right_picker.description = t["right"]
        self.left_picker.value = self.left
        self.right_picker.value = self.right
        self.folder.description = t["export_folder"]
        self.export_button.description = t["export"]
        self.hint.value = f"<i>{esc(t['click_frame'])}</i>"
        show_chart(
            self.chart,
            framing(self.comparison, lang=self.lang, select=True),
            {"frame": self._on_pick_frame, "term": self._on_pick_term},
        )
        summary = self.comparison.summary.select(
            "measure", "left", "right", "difference", "ci_low", "ci_high", "n_left", "n_right"
        )
        self.summary_view.value = f"<h4>{esc(t['summary'])}</h4>" + table_html(
            summary,
            {
                "measure": t["measure"],
                "left": self.left,
                "right": self.right,
                "difference": t["difference"],
                "ci_low": "95% ↓",
                "ci_high": "95% ↑",
                "n_left": f"n {self.left}",
                "n_right": f"n {self.right}",
            },
        )
        self._show_details()
        self._show_examples()

    def _show_details(self) -> None:
        # the measures the chart does not draw: verbs of each side and prominence
        assert self.comparison is not None
        t = labels(self.lang)
        who = {"left": self.left, "right": self.right}
        verbs = (
            self.comparison.verbs.group_by("side", maintain_order=True)
            .head(10)
            .with_columns(pl.col("side").replace_strict(who))
        )
        prominence = self.comparison.prominence.with_columns(
            pl.col("side").replace_strict(who)
        ).rename({"side": t["side"]})
        self.details_view.value = (
            f"<h4>{esc(t['verbs'])}</h4>"
            + table_html(verbs, {"side": t["side"], "lemma": t["lemma"], "count": t["count"]})
            + f"<h4>{esc(t['prominence'])}</h4>"
            + table_html(prominence)
        )

    def _on_pick_frame(self, points: list[dict[str, Any]]) -> None:
        if points and "frame_id" in points[0]:
            with self.hold_trait_notifications():
                self.side = str(points[0].get("side", "left"))
                self.measure = f"frame:{points[0]['frame_id']}"

    def _on_pick_term(self, points: list[dict[str, Any]]) -> None:
        if points and "term" in points[0]:
            with self.hold_trait_notifications():
                self.side = str(points[0].get("side", "left"))
                self.measure = f"term:{points[0]['term']}"

    def _show_examples(self) -> None:
        t = labels(self.lang)
        if not self.measure or self.comparison is None:
            self.examples = pl.DataFrame()
            self.examples_view.value = ""
            return
        self.examples = self.comparison.examples(self.measure, self.side, n=10)  # type: ignore[arg-type]
        who = {"left": self.left, "right": self.right, "both": f"{self.left} + {self.right}"}
        self.examples_view.value = (
            f"<h4>{esc(t['examples'])}: {esc(self.measure)} ({esc(who[self.side])})</h4>"
            + table_html(self.examples.drop("article_id", strict=False))
        )

    # ------------------------------------------------------------------ export
    def export(self, folder: str | os.PathLike[str] | None = None) -> list[Path]:
        """Write the comparison's charts (PNG, SVG, HTML) and tables (CSV, Parquet).

        Parameters
        ----------
        folder
            Target folder (default: the folder field, plus a sub-folder named after the
            two sides). Files in it are replaced.

        Returns
        -------
        list of Path
            The files written.
        """
        from analysis_kit.export import export as _export
        from analysis_kit.export import safe_filename

        assert self.comparison is not None
        if folder is None:
            folder = Path(self.folder.value) / safe_filename(f"{self.left} vs {self.right}")
        written = _export(self.comparison, folder, overwrite=True)
        assert isinstance(written, list)
        return written

    def _export_clicked(self) -> None:
        t = labels(self.lang)
        try:
            written = self.export()
        except (OSError, ValueError, ImportError) as error:
            self.export_status.value = f"<span style='color:#c0392b'>{esc(error)}</span>"
            return
        items = "".join(f"<li>{esc(p)}</li>" for p in written)
        self.export_status.value = f"{esc(t['exported'])}:<ul>{items}</ul>"
