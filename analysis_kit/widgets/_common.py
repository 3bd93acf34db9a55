"""Shared pieces of the widgets: labels in two languages, safe HTML, chart holders.

Article text is untrusted. Everything a widget shows as HTML goes through
:func:`html.escape` here (text, titles, table cells, highlighted words); nothing from an
article is ever inserted as markup, attribute or link.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from typing import Any

from analysis_kit._html import esc

LANGS = ("en", "de")

LABELS: dict[str, dict[str, str]] = {
    "en": {
        "article": "Article",
        "engine": "Engine",
        "lexicon": "Lexicon",
        "search": "Type to search titles",
        "click_bar": "Click a bar to see the paragraph and the words behind its score.",
        "paragraph": "Paragraph",
        "role": "role",
        "polarity": "polarity",
        "no_words": "No word of this paragraph is in the lexicon.",
        "not_scored": "This paragraph is not scored (boilerplate or another language).",
        "evidence": "Words behind the score",
        "term": "word",
        "lemma": "lemma",
        "score": "score",
        "negated": "negated",
        "intensifier": "intensifier",
        "contribution": "share of the score",
        "level": "Count",
        "sides": "sides",
        "actors": "actors",
        "by": "Split by",
        "total": "total",
        "per_article": "article",
        "position": "position in the article",
        "time": "month",
        "selection": "Show",
        "kwic": "Keyword in context",
        "click_actor": "Click a bar to see where the name is used.",
        "no_lines": "No mentions.",
        "add_pattern": "Add pattern",
        "actor_id": "Actor",
        "pattern": "Pattern",
        "side": "Side",
        "candidates": "Names the lexicon does not know yet",
        "add": "add",
        "added": "Added",
        "co_mentions": "Named together (paragraphs)",
        "left": "Left side",
        "right": "Right side",
        "summary": "Summary",
        "examples": "Sentences behind the selection",
        "click_frame": "Click a frame or a word to see the sentences behind it.",
        "same_sides": "Pick two different sides: the chart still shows the last pair.",
        "export": "Export charts and tables",
        "export_folder": "Folder",
        "exported": "Written",
        "measure": "measure",
        "difference": "difference",
        "coder": "Coder",
        "sentiment": "Sentiment",
        "negative": "negative",
        "neutral": "neutral",
        "positive": "positive",
        "named_sides": "Sides named in the paragraph",
        "previous": "Previous",
        "next": "Next",
        "item": "Paragraph {i} of {n}",
        "agreement": "Agreement",
        "with_engine": "Coders and the engine",
        "between_coders": "Between coders",
        "alpha": "Krippendorff's alpha",
        "confusion": "Coder (rows) and engine (columns)",
        "export_codes": "Export codes",
        "saved": "Saved to",
        "no_codes": "No codes yet.",
        "overview": "Overview",
        "sentiment_tab": "Sentiment",
        "actors_tab": "Actors",
        "framing_tab": "Framing",
        "coding_tab": "Coding",
        "upload": "Analyse your own articles (text, HTML, CSV, JSON, zip)",
        "upload_button": "Upload",
        "loaded": "Loaded",
        "problems": "Skipped",
        "load_failed": "Could not load",
        "n_units": "units",
        "verbs": "Verbs in the clauses naming each side (top 10)",
        "prominence": "Prominence",
        "count": "count",
    },
    "de": {
        "article": "Artikel",
        "engine": "Verfahren",
        "lexicon": "Lexikon",
        "search": "Titel suchen",
        "click_bar": "Klicken Sie auf einen Balken: Absatz und Wörter hinter dem Wert.",
        "paragraph": "Absatz",
        "role": "Rolle",
        "polarity": "Polarität",
        "no_words": "Kein Wort dieses Absatzes steht im Lexikon.",
        "not_scored": "Dieser Absatz wird nicht bewertet (Randtext oder andere Sprache).",
        "evidence": "Wörter hinter dem Wert",
        "term": "Wort",
        "lemma": "Grundform",
        "score": "Wert",
        "negated": "verneint",
        "intensifier": "Verstärker",
        "contribution": "Anteil am Wert",
        "level": "Zählen",
        "sides": "Seiten",
        "actors": "Akteure",
        "by": "Aufteilen nach",
        "total": "gesamt",
        "per_article": "Artikel",
        "position": "Stelle im Artikel",
        "time": "Monat",
        "selection": "Zeigen",
        "kwic": "Stichwort im Kontext",
        "click_actor": "Klicken Sie auf einen Balken: Stellen, an denen der Name fällt.",
        "no_lines": "Keine Nennungen.",
        "add_pattern": "Muster hinzufügen",
        "actor_id": "Akteur",
        "pattern": "Muster",
        "side": "Seite",
        "candidates": "Namen, die das Lexikon noch nicht kennt",
        "add": "hinzufügen",
        "added": "Hinzugefügt",
        "co_mentions": "Gemeinsam genannt (Absätze)",
        "left": "Linke Seite",
        "right": "Rechte Seite",
        "summary": "Übersicht",
        "examples": "Sätze hinter der Auswahl",
        "click_frame": "Klicken Sie auf einen Frame oder ein Wort: die Sätze dahinter.",
        "same_sides": "Wählen Sie zwei verschiedene Seiten: die Grafik zeigt noch das letzte Paar.",
        "export": "Grafiken und Tabellen exportieren",
        "export_folder": "Ordner",
        "exported": "Geschrieben",
        "measure": "Maß",
        "difference": "Differenz",
        "coder": "Codierer/in",
        "sentiment": "Tonalität",
        "negative": "negativ",
        "neutral": "neutral",
        "positive": "positiv",
        "named_sides": "Im Absatz genannte Seiten",
        "previous": "Zurück",
        "next": "Weiter",
        "item": "Absatz {i} von {n}",
        "agreement": "Übereinstimmung",
        "with_engine": "Codierer und Verfahren",
        "between_coders": "Zwischen Codierern",
        "alpha": "Krippendorffs Alpha",
        "confusion": "Codierer (Zeilen) und Verfahren (Spalten)",
        "export_codes": "Codes exportieren",
        "saved": "Gespeichert in",
        "no_codes": "Noch keine Codes.",
        "overview": "Überblick",
        "sentiment_tab": "Tonalität",
        "actors_tab": "Akteure",
        "framing_tab": "Framing",
        "coding_tab": "Codieren",
        "upload": "Eigene Artikel analysieren (Text, HTML, CSV, JSON, zip)",
        "upload_button": "Hochladen",
        "loaded": "Geladen",
        "problems": "Übersprungen",
        "load_failed": "Konnte nicht laden",
        "n_units": "Einheiten",
        "verbs": "Verben in den Teilsätzen, die eine Seite nennen (Top 10)",
        "prominence": "Prominenz",
        "count": "Anzahl",
    },
}

#: Inline styles of highlighted words (inline so they work in JupyterLab, Notebook and
#: Voila without a style sheet).
MARK_STYLES = {
    "positive": "background:#d5f5e3;color:#145a32;padding:0 2px;border-radius:2px",
    "negative": "background:#fadbd8;color:#7b241c;padding:0 2px;border-radius:2px",
    "neutral": "background:#eeeeee;padding:0 2px;border-radius:2px",
}


def labels(lang: str) -> dict[str, str]:
    """The label texts of one language.

    Parameters
    ----------
    lang
        ``"en"`` or ``"de"``.

    Returns
    -------
    dict of str to str
        Label key to text.

    Examples
    --------
    >>> labels("de")["article"]
    'Artikel'
    """
    if lang not in LABELS:
        raise ValueError(f"lang={lang!r}: use 'en' or 'de'")
    return LABELS[lang]


def highlight(text: str, spans: Sequence[tuple[int, int, str, str, bool]]) -> str:
    """A paragraph as HTML, with scored words marked.

    Parameters
    ----------
    text
        The paragraph text (untrusted).
    spans
        ``(start, end, tone, title, negated)`` per scored word: character offsets in
        ``text``, ``tone`` ``"positive" | "negative" | "neutral"``, a tooltip and whether a
        negation applied (shown as ``¬`` before the word and a dotted underline).

    Returns
    -------
    str
        Escaped HTML; overlapping spans after the first are ignored.

    Examples
    --------
    >>> out = highlight("nicht <b>gut</b>", [(9, 12, "negative", "gut +0.7", True)])
    >>> out.startswith('<p>nicht &lt;b&gt;<mark class="ak-negative ak-negated" title="gut +0.7"')
    True
    >>> out.endswith('>¬gut</mark>&lt;/b&gt;</p>')
    True
    """
    parts: list[str] = []
    at = 0
    for start, end, tone, title, negated in sorted(spans):
        if start < at or end > len(text) or start >= end:
            continue
        parts.append(esc(text[at:start]))
        css = f"ak-{tone}" + (" ak-negated" if negated else "")
        style = MARK_STYLES.get(tone, MARK_STYLES["neutral"])
        if negated:
            style += ";text-decoration:underline dotted"
        word = ("¬" if negated else "") + esc(text[start:end])
        parts.append(f'<mark class="{css}" title="{esc(title)}" style="{style}">{word}</mark>')
        at = end
    parts.append(esc(text[at:]))
    return "<p>" + "".join(parts) + "</p>"


def jupyter_chart(chart: Any) -> Any:
    """An ``alt.JupyterChart`` for ``chart``, with Vega loaded offline (from vl-convert).

    Parameters
    ----------
    chart
        An Altair chart.

    Returns
    -------
    altair.JupyterChart
        The widget; nothing is fetched from a CDN when it is shown.
    """
    import altair as alt

    alt.JupyterChart.enable_offline()
    return alt.JupyterChart(chart)


def show_chart(
    jchart: Any,
    chart: Any,
    watch: Mapping[str, Callable[[list[dict[str, Any]]], None]] | None = None,
) -> None:
    """Show ``chart`` in ``jchart`` and call ``watch[name](points)`` on its selections.

    ``JupyterChart`` validates the whole spec and rebuilds its selection objects whenever
    its chart changes. When the new chart has the same selections as the one shown (a new
    article, new sides: new data, same chart), only the Vega-Lite spec is replaced, without
    a second schema validation (the chart builders are validated by the tests), and the
    observers stay attached; the chart object is updated in place too.

    Parameters
    ----------
    jchart
        An ``alt.JupyterChart``.
    chart
        The new Altair chart.
    watch
        Selection name to callback.
    """
    spec = chart.to_dict(validate=False)
    signature = json.dumps(
        [(p.get("name"), p.get("select")) for p in spec.get("params", []) if "select" in p],
        sort_keys=True,
    )
    if jchart.chart is not None and getattr(jchart, "_ak_signature", None) == signature:
        # same selections: swap the data and marks only (traitlets' own storage keeps
        # ``jchart.chart`` truthful without running the full chart-change handler)
        jchart._trait_values["chart"] = chart
        with jchart.hold_sync():
            jchart.spec = spec
            # forget the old clicks, so that clicking the same point again is a change
            jchart._vl_selections = {
                name: {"value": None, "store": []} for name in jchart._vl_selections
            }
        return
    jchart.chart = chart
    jchart._ak_signature = signature
    for name, callback in (watch or {}).items():
        watch_selection(jchart, name, callback)


def watch_selection(
    jchart: Any, name: str, callback: Callable[[list[dict[str, Any]]], None]
) -> None:
    """Call ``callback(points)`` whenever the chart's selection ``name`` changes.

    ``JupyterChart`` replaces its ``selections`` object when its chart changes, so call
    this again after every ``jchart.chart = ...``.
    """
    selections = jchart.selections
    if name not in selections.trait_names():
        return

    def on_change(change: dict[str, Any]) -> None:
        value = getattr(change["new"], "value", None)
        callback(list(value or []))

    selections.observe(on_change, [name])
