"""SentimentExplorer: paragraph sentiment of one article, and the words behind it."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import ipywidgets as widgets
import polars as pl
import traitlets

from analysis_kit._html import esc, table_html
from analysis_kit.corpus import Corpus
from analysis_kit.sentiment import Lexicon
from analysis_kit.sentiment import sentiment as _sentiment
from analysis_kit.sentiment import sentiment_evidence as _evidence
from analysis_kit.widgets._common import LANGS, highlight, jupyter_chart, labels, show_chart

__all__ = ["SentimentExplorer"]


def _builtin_lexicons() -> dict[str, Lexicon]:
    return {"news": Lexicon.news(), "textblob-de": Lexicon.textblob_de()}


class SentimentExplorer(widgets.VBox):  # type: ignore[misc]
    """Choose an article, see its paragraph sentiment, click a bar for the words behind it.

    Parameters
    ----------
    corpus
        The corpus.
    article_id
        The article shown first (default: the first article).
    engine
        ``"default"`` (the corrected engine) or ``"textblob-de"``.
    lexicon
        Name of the default engine's lexicon: ``"news"`` (default), ``"textblob-de"``
        or a key of ``lexicons``.
    lexicons
        More lexicons to choose from, by name (for example ``{"SentiWS":
        ak.Lexicon.from_sentiws(path)}``).
    lang
        ``"en"`` or ``"de"`` labels.

    Attributes
    ----------
    article_id : traitlets.Unicode
        The article shown.
    paragraph : traitlets.Int or None
        The paragraph shown with its highlighted words (None: none chosen).
    engine : traitlets.Enum
        ``"default"`` or ``"textblob-de"``.
    lexicon : traitlets.Unicode
        The default engine's lexicon (a name of :attr:`lexicon_names`).
    lang : traitlets.Enum
        ``"en"`` or ``"de"``.
    chart : altair.JupyterChart
        The paragraph chart; a click on a bar sets :attr:`paragraph`.
    scores : pl.DataFrame
        Paragraph sentiment of the article shown.
    evidence : pl.DataFrame
        The scored words of the paragraph shown.

    Notes
    -----
    Sentiment and evidence of the default engine are computed once for the whole corpus
    (per lexicon) and filtered on every change, so changing the article does not score
    anything again. The textblob-de engine scores one article when it is first shown and
    keeps the result.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> w = ak.widgets.SentimentExplorer(ak.example())
    >>> w.paragraph = 5
    >>> w.evidence["term"].to_list()[:2]
    ['verschlechterte', 'zurückgezogen']
    >>> 'class="ak-negative"' in w.paragraph_view.value
    True
    """

    article_id = traitlets.Unicode("")
    paragraph = traitlets.Int(None, allow_none=True)
    engine = traitlets.Enum(["default", "textblob-de"], "default")
    lexicon = traitlets.Unicode("news")
    lang = traitlets.Enum(list(LANGS), "en")

    def __init__(
        self,
        corpus: Corpus,
        *,
        article_id: str | None = None,
        engine: str = "default",
        lexicon: str = "news",
        lexicons: Mapping[str, Lexicon] | None = None,
        lang: str = "en",
    ) -> None:
        if corpus.articles.height == 0:
            raise ValueError("the corpus has no articles")
        self.corpus = corpus
        self._lexicons = {**_builtin_lexicons(), **dict(lexicons or {})}
        self._full: dict[tuple[str, str], tuple[pl.DataFrame, pl.DataFrame]] = {}
        self._per_article: dict[tuple[str, str, str], tuple[pl.DataFrame, pl.DataFrame]] = {}
        titles = corpus.articles.select(
            "article_id", pl.coalesce(pl.col("title"), pl.col("article_id")).alias("title")
        )
        self._ids = titles["article_id"].to_list()
        self._option_of = {
            aid: f"{title} [{aid}]" for aid, title in titles.iter_rows() if aid is not None
        }
        self._id_of = {v: k for k, v in self._option_of.items()}
        t = labels(lang)
        self.picker = widgets.Combobox(
            options=list(self._option_of.values()),
            ensure_option=True,
            placeholder=t["search"],
            description=t["article"],
            layout=widgets.Layout(width="95%"),
        )
        self.engine_picker = widgets.ToggleButtons(
            options=["default", "textblob-de"], value=engine, description=t["engine"]
        )
        self.lexicon_picker = widgets.Dropdown(
            options=list(self._lexicons), value=lexicon, description=t["lexicon"]
        )
        self.hint = widgets.HTML()
        self.chart = jupyter_chart(None)
        self.paragraph_view = widgets.HTML()
        self.evidence_view = widgets.HTML()
        self.scores = pl.DataFrame()
        self.evidence = pl.DataFrame()
        super().__init__(
            children=[
                self.picker,
                widgets.HBox([self.engine_picker, self.lexicon_picker]),
                self.hint,
                self.chart,
                self.paragraph_view,
                self.evidence_view,
            ]
        )
        self.add_class("ak-sentiment-explorer")
        self.picker.observe(self._on_pick_title, "value")
        self.engine_picker.observe(lambda c: setattr(self, "engine", c["new"]), "value")
        self.lexicon_picker.observe(lambda c: setattr(self, "lexicon", c["new"]), "value")
        self.set_trait("engine", engine)
        self.set_trait("lexicon", lexicon)
        self.set_trait("lang", lang)
        self.article_id = article_id if article_id is not None else str(self._ids[0])

    @property
    def lexicon_names(self) -> list[str]:
        """Names :attr:`lexicon` can take."""
        return list(self._lexicons)

    # ------------------------------------------------------------------ data
    def _article_frames(self, aid: str) -> tuple[pl.DataFrame, pl.DataFrame]:
        """Paragraph scores and evidence of one article, from the caches."""
        if self.engine == "default":
            key = (self.engine, self.lexicon)
            if key not in self._full:
                lex = self._lexicons[self.lexicon]
                scores = _sentiment(
                    self.corpus, lexicon=lex, include_boilerplate=True, languages=None
                )
                ev = _evidence(self.corpus, lexicon=lex, include_boilerplate=True, languages=None)
                self._full[key] = (scores, ev)
            scores, ev = self._full[key]
            return (
                scores.filter(pl.col("article_id") == aid),
                ev.filter(pl.col("article_id") == aid),
            )
        akey = (self.engine, "textblob-de", aid)
        if akey not in self._per_article:
            one = self.corpus.filter(pl.col("article_id") == aid)
            scores = _sentiment(one, engine="textblob-de", include_boilerplate=True, languages=None)
            ev = _evidence(one, engine="textblob-de", include_boilerplate=True, languages=None)
            self._per_article[akey] = (scores, ev)
        return self._per_article[akey]

    # ------------------------------------------------------------------ events
    def _on_pick_title(self, change: dict[str, Any]) -> None:
        aid = self._id_of.get(change["new"])
        if aid is not None:
            self.article_id = aid

    def _on_pick_bar(self, points: list[dict[str, Any]]) -> None:
        if points and "paragraph" in points[0]:
            self.paragraph = int(points[0]["paragraph"])

    @traitlets.validate("article_id")
    def _check_article(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"])
        if value not in self._option_of:
            raise traitlets.TraitError(f"article_id={value!r} is not in the corpus")
        return value

    @traitlets.validate("lexicon")
    def _check_lexicon(self, proposal: dict[str, Any]) -> str:
        value = str(proposal["value"])
        if value not in self._lexicons:
            raise traitlets.TraitError(f"lexicon={value!r}: use one of {list(self._lexicons)}")
        return value

    @traitlets.observe("article_id", "engine", "lexicon", "lang")
    def _redraw(self, change: dict[str, Any]) -> None:
        if not self.article_id:
            return
        from analysis_kit.charts import sentiment_by_paragraph

        t = labels(self.lang)
        self.picker.description = t["article"]
        self.picker.placeholder = t["search"]
        self.engine_picker.description = t["engine"]
        self.lexicon_picker.description = t["lexicon"]
        self.lexicon_picker.disabled = self.engine != "default"
        self.engine_picker.value = self.engine
        self.lexicon_picker.value = self.lexicon
        self.picker.value = self._option_of[self.article_id]
        self.hint.value = f"<i>{esc(t['click_bar'])}</i>"
        scores, _ = self._article_frames(self.article_id)
        self.scores = scores
        chart = sentiment_by_paragraph(
            self.corpus,
            self.article_id,
            engine=self.engine,  # type: ignore[arg-type]
            sentiment_lexicon=self._lexicons[self.lexicon],
            lang=self.lang,
            scores=scores,
            select=True,
        )
        show_chart(self.chart, chart, {"paragraph": self._on_pick_bar})
        if change["name"] == "article_id":
            self.paragraph = None
        self._show_paragraph()

    @traitlets.observe("paragraph")
    def _on_paragraph(self, change: dict[str, Any]) -> None:
        self._show_paragraph()

    def _show_paragraph(self) -> None:
        t = labels(self.lang)
        if self.paragraph is None or not self.article_id:
            self.paragraph_view.value = ""
            self.evidence_view.value = ""
            self.evidence = pl.DataFrame()
            return
        para = self.corpus.paragraphs.filter(
            (pl.col("article_id") == self.article_id) & (pl.col("paragraph") == self.paragraph)
        )
        if para.height == 0:
            raise ValueError(f"paragraph={self.paragraph} is not in article {self.article_id!r}")
        text, role = para.row(0, named=True)["text"], para.row(0, named=True)["role"]
        _, ev = self._article_frames(self.article_id)
        ev = ev.filter(pl.col("paragraph") == self.paragraph)
        self.evidence = ev
        score = self.scores.filter(pl.col("paragraph") == self.paragraph)
        polarity = score["polarity"][0] if score.height else None
        head = (
            f"<h4>{esc(t['paragraph'])} {self.paragraph + 1} ({esc(t['role'])}: {esc(role)}, "
            f"{esc(t['polarity'])}: {esc('–' if polarity is None else f'{polarity:+.3f}')})</h4>"
        )
        spans: list[tuple[int, int, str, str, bool]] = []
        if ev.height and ev["start"].null_count() == 0:
            for row in ev.iter_rows(named=True):  # the few scored words of one paragraph
                contribution = row["contribution"] or 0.0
                tone = (
                    "positive"
                    if contribution > 0
                    else "negative"
                    if contribution < 0
                    else "neutral"
                )
                title = f"{row['lemma']} {row['score']:+.2f}" + (
                    f", {t['negated']}" if row["negated"] else ""
                )
                spans.append((row["start"], row["end"], tone, title, bool(row["negated"])))
        self.paragraph_view.value = head + highlight(str(text or ""), spans)
        if polarity is None and ev.height == 0:
            note = t["not_scored"] if role == "boilerplate" else t["no_words"]
            self.evidence_view.value = f"<i>{esc(note)}</i>"
            return
        self.evidence_view.value = f"<h4>{esc(t['evidence'])}</h4>" + table_html(
            ev,
            {
                "term": t["term"],
                "lemma": t["lemma"],
                "score": t["score"],
                "negated": t["negated"],
                "intensifier": t["intensifier"],
                "contribution": t["contribution"],
            },
        )
