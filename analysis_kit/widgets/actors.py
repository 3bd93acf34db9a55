"""ActorExplorer: who is named, where, how often and next to whom; edit the lexicon live."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets
import polars as pl
import traitlets

from analysis_kit._html import esc, table_html
from analysis_kit.actors import (
    DEFAULT_ACTORS,
    ActorLexicon,
    ActorLexiconError,
    actor_candidates,
    kwic,
    mention_profile,
)
from analysis_kit.corpus import Corpus
from analysis_kit.widgets._common import LANGS, jupyter_chart, labels, show_chart

__all__ = ["ActorExplorer"]

_BY = ("total", "article", "position", "time")


class ActorExplorer(widgets.VBox):  # type: ignore[misc]
    """Mention charts of chosen actors or sides, co-mentions, keyword in context.

    Parameters
    ----------
    corpus
        The corpus.
    lexicon
        The actor lexicon (default :data:`analysis_kit.DEFAULT_ACTORS`).
    level
        ``"side"`` or ``"actor"``.
    actors
        Names shown first (default: the eight most named).
    lang
        ``"en"`` or ``"de"`` labels.

    Attributes
    ----------
    level : traitlets.Enum
        ``"side"`` or ``"actor"``.
    actors : traitlets.List
        The sides or actors drawn (names as in :func:`analysis_kit.mention_profile`).
    by : traitlets.Enum
        ``"total"``, ``"article"``, ``"position"`` or ``"time"``.
    actor : traitlets.Unicode
        The actor or side whose keyword-in-context lines are shown (a click on its bar
        sets it).
    lexicon : traitlets.Instance
        The :class:`analysis_kit.ActorLexicon`; setting it (or :meth:`add_pattern`)
        recomputes the mentions and redraws everything.
    lang : traitlets.Enum
        ``"en"`` or ``"de"``.
    chart, co_chart : altair.JupyterChart
        Mention chart and co-mention heatmap.
    lines : pl.DataFrame
        The keyword-in-context lines shown.
    candidates : pl.DataFrame
        Names the lexicon does not know yet (:func:`analysis_kit.actor_candidates`).

    Notes
    -----
    Mentions are computed once per lexicon (and kept with the corpus); mention counts per
    level and split are aggregated once and filtered when the chosen actors change.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> w = ak.widgets.ActorExplorer(ak.example())
    >>> w.actors[:2]
    ['NATO', 'Russia']
    >>> w.actor = "Russia"
    >>> w.lines["match"].to_list()[:2]
    ['Russland', 'russischen']
    """

    level = traitlets.Enum(["side", "actor"], "side")
    actors = traitlets.List(traitlets.Unicode())
    by = traitlets.Enum(list(_BY), "total")
    actor = traitlets.Unicode("")
    lexicon = traitlets.Instance(ActorLexicon, allow_none=True)
    lang = traitlets.Enum(list(LANGS), "en")

    def __init__(
        self,
        corpus: Corpus,
        *,
        lexicon: ActorLexicon | None = None,
        level: str = "side",
        actors: list[str] | None = None,
        lang: str = "en",
    ) -> None:
        self.corpus = corpus
        self._profiles: dict[tuple[int, str, str], pl.DataFrame] = {}
        t = labels(lang)
        self.level_picker = widgets.ToggleButtons(
            options=[(t["sides"], "side"), (t["actors"], "actor")], value=level
        )
        self.by_picker = widgets.Dropdown(options=_BY, value="total", description=t["by"])
        self.actor_picker = widgets.SelectMultiple(options=[], rows=8, description=t["selection"])
        self.hint = widgets.HTML()
        self.chart = jupyter_chart(None)
        self.co_title = widgets.HTML()
        self.co_chart = jupyter_chart(None)
        self.kwic_view = widgets.HTML()
        self.new_id = widgets.Text(description=t["actor_id"])
        self.new_pattern = widgets.Text(description=t["pattern"])
        self.new_side = widgets.Text(description=t["side"])
        self.add_button = widgets.Button(description=t["add_pattern"])
        self.status = widgets.HTML()
        self.candidate_box = widgets.VBox()
        self.lines = pl.DataFrame()
        self.candidates = pl.DataFrame()
        editor = widgets.VBox(
            [
                widgets.HBox([self.new_id, self.new_pattern]),
                widgets.HBox([self.new_side, self.add_button]),
                self.status,
                self.candidate_box,
            ]
        )
        super().__init__(
            children=[
                widgets.HBox([self.level_picker, self.by_picker]),
                self.actor_picker,
                self.hint,
                self.chart,
                self.kwic_view,
                self.co_title,
                self.co_chart,
                editor,
            ]
        )
        self.add_class("ak-actor-explorer")
        self._busy = False
        self.set_trait("lang", lang)
        self.set_trait("level", level)
        self.level_picker.observe(lambda c: setattr(self, "level", c["new"]), "value")
        self.by_picker.observe(lambda c: setattr(self, "by", c["new"]), "value")
        self.actor_picker.observe(self._on_pick_list, "value")
        self.add_button.on_click(lambda _b: self._add_from_form())
        self.lexicon = lexicon or DEFAULT_ACTORS
        if actors is not None:
            self.actors = list(actors)

    # ------------------------------------------------------------------ data
    def _profile(self, level: str, by: str) -> pl.DataFrame:
        key = (id(self.lexicon), level, by)
        if key not in self._profiles:
            self._profiles[key] = mention_profile(
                self.corpus,
                level=level,  # type: ignore[arg-type]
                by=None if by == "total" else by,  # type: ignore[arg-type]
                top=None,
                lexicon=self.lexicon,
            )
        return self._profiles[key]

    def _names(self) -> list[str]:
        totals = (
            self._profile(self.level, "total")
            .group_by("name")
            .agg(pl.col("mentions").sum())
            .sort(["mentions", "name"], descending=[True, False])
        )
        return [str(n) for n in totals["name"].to_list()]

    # ------------------------------------------------------------------ lexicon
    def add_pattern(self, actor: str, pattern: str, side: str | None = None) -> None:
        """Add a pattern to an actor of the lexicon (a new actor when the id is new).

        Parameters
        ----------
        actor
            Actor id.
        pattern
            A lexicon pattern (``"Selenskyj*"``, ``"Kreml"``).
        side
            Side of a new actor (default: the id).
        """
        lex = self.lexicon
        assert lex is not None
        if actor in lex.ids:
            self.lexicon = lex.with_patterns(actor, [pattern])
        else:
            self.lexicon = lex.with_actor(actor, patterns=[pattern], side=side or None)

    def _add_from_form(self) -> None:
        t = labels(self.lang)
        actor, pattern = self.new_id.value.strip(), self.new_pattern.value.strip()
        if not actor or not pattern:
            return
        try:
            self.add_pattern(actor, pattern, self.new_side.value.strip() or None)
        except ActorLexiconError as error:
            self.status.value = f"<span style='color:#c0392b'>{esc(error)}</span>"
            return
        self.status.value = f"{esc(t['added'])}: {esc(actor)} ← {esc(pattern)}"

    def _add_candidate(self, name: str) -> None:
        t = labels(self.lang)
        try:
            self.add_pattern(name, name)
        except ActorLexiconError as error:
            self.status.value = f"<span style='color:#c0392b'>{esc(error)}</span>"
            return
        self.status.value = f"{esc(t['added'])}: {esc(name)}"

    # ------------------------------------------------------------------ events
    def _on_pick_list(self, change: dict[str, Any]) -> None:
        if not self._busy:
            self.actors = list(change["new"])

    def _on_pick_bar(self, points: list[dict[str, Any]]) -> None:
        if points and "name" in points[0]:
            self.actor = str(points[0]["name"])

    @traitlets.observe("lexicon")
    def _on_lexicon(self, change: dict[str, Any]) -> None:
        if self.lexicon is None:
            raise traitlets.TraitError("lexicon: give an ActorLexicon")
        self._profiles.clear()
        self.candidates = actor_candidates(self.corpus, self.lexicon, top=10)
        self._relist(keep=True)
        self._show_candidates()
        self._show_kwic()

    @traitlets.observe("level")
    def _on_level(self, change: dict[str, Any]) -> None:
        self.level_picker.value = self.level
        if self.lexicon is None:
            return
        self.actor = ""
        self._relist(keep=False)

    def _relist(self, *, keep: bool) -> None:
        names = self._names()
        chosen = [a for a in self.actors if a in names] if keep else []
        if not chosen:
            chosen = names[:8]
        self._busy = True
        try:
            self.actor_picker.options = names
        finally:
            self._busy = False
        if chosen == list(self.actors):
            self._redraw({"name": "actors"})
        else:
            self.actors = chosen

    @traitlets.validate("actors")
    def _check_actors(self, proposal: dict[str, Any]) -> list[str]:
        names = set(self._names())
        unknown = [a for a in proposal["value"] if a not in names]
        if unknown:
            raise traitlets.TraitError(
                f"not named in the corpus at level {self.level!r}: {unknown}"
            )
        return list(proposal["value"])

    @traitlets.observe("actors", "by", "lang")
    def _redraw(self, change: dict[str, Any]) -> None:
        if self.lexicon is None:
            return
        from analysis_kit.charts import _actor_mentions_chart, co_mention_heatmap

        t = labels(self.lang)
        self.by_picker.description = t["by"]
        self.actor_picker.description = t["selection"]
        self.new_id.description = t["actor_id"]
        self.new_pattern.description = t["pattern"]
        self.new_side.description = t["side"]
        self.add_button.description = t["add_pattern"]
        self.level_picker.options = [(t["sides"], "side"), (t["actors"], "actor")]
        self.level_picker.value = self.level
        self.by_picker.value = self.by
        self._busy = True
        try:
            self.actor_picker.value = tuple(self.actors)
        finally:
            self._busy = False
        self.hint.value = f"<i>{esc(t['click_actor'])}</i>"
        data = self._profile(self.level, self.by).filter(pl.col("name").is_in(list(self.actors)))
        chart = _actor_mentions_chart(
            data,
            level=self.level,
            by=None if self.by == "total" else self.by,
            measure="count",
            lang=self.lang,
            select=True,
        )
        show_chart(self.chart, chart, {"name": self._on_pick_bar})
        self.co_title.value = f"<h4>{esc(t['co_mentions'])}</h4>"
        show_chart(
            self.co_chart,
            co_mention_heatmap(
                self.corpus, by=self.level, lexicon=self.lexicon, lang=self.lang, names=self.actors
            ),
        )
        if self.actor and self.actor not in self.actors:
            self.actor = ""

    @traitlets.observe("actor")
    def _on_actor(self, change: dict[str, Any]) -> None:
        self._show_kwic()

    def _show_kwic(self) -> None:
        t = labels(self.lang)
        if not self.actor:
            self.lines = pl.DataFrame()
            self.kwic_view.value = ""
            return
        # at both levels the name is a query kwic knows: a side or an actor id
        self.lines = kwic(self.corpus, self.actor, lexicon=self.lexicon)
        if self.lines.height == 0:
            self.kwic_view.value = (
                f"<h4>{esc(t['kwic'])}: {esc(self.actor)}</h4><i>{esc(t['no_lines'])}</i>"
            )
            return
        self.kwic_view.value = f"<h4>{esc(t['kwic'])}: {esc(self.actor)}</h4>" + table_html(
            self.lines, {"article_id": t["article"], "left": "", "match": "", "right": ""}
        )

    def _show_candidates(self) -> None:
        t = labels(self.lang)
        rows: list[Any] = [widgets.HTML(f"<h4>{esc(t['candidates'])}</h4>")]
        for name, count in self.candidates.select("candidate", "count").iter_rows():
            button = widgets.Button(description=t["add"], layout=widgets.Layout(width="auto"))
            button.on_click(lambda _b, n=name: self._add_candidate(str(n)))
            rows.append(widgets.HBox([widgets.Label(f"{name} ({count})"), button]))
        self.candidate_box.children = rows
