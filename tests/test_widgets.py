"""Widgets driven from Python: set traitlets, assert on chart specs, tables and HTML."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import polars as pl
import pytest
import traitlets

import analysis_kit as ak
from analysis_kit.widgets import (
    ActorExplorer,
    CodingSheet,
    Dashboard,
    FramingComparison,
    SentimentExplorer,
)

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(scope="module")
def example() -> ak.Corpus:
    return ak.example()


@pytest.fixture(scope="module")
def folder_corpus() -> ak.Corpus:
    return ak.load(FIXTURES / "framing")


def chart_rows(jchart: Any) -> list[dict[str, Any]]:
    """The rows of a JupyterChart's (first) dataset, as the browser receives them."""
    spec = jchart.spec
    datasets = spec["datasets"]
    return list(next(iter(datasets.values())))


def click(jchart: Any, name: str, point: dict[str, Any]) -> None:
    """What Vega sends to Python when a mark of selection ``name`` is clicked."""
    jchart._vl_selections = {
        **jchart._vl_selections,
        name: {"value": {"vlPoint": {"or": [point]}}, "store": []},
    }


def all_html(widget: Any) -> str:
    """Every HTML value in a widget tree (what the browser will render as markup)."""
    import ipywidgets as widgets

    out = []
    stack = [widget]
    while stack:
        w = stack.pop()
        if isinstance(w, widgets.HTML | widgets.HTMLMath):
            out.append(w.value)
        if isinstance(w, widgets.Box):
            stack.extend(w.children)
        if isinstance(w, widgets.Tab):
            stack.extend(w.children)
    return "\n".join(out)


# ---------------------------------------------------------------- SentimentExplorer


def test_sentiment_explorer_article_and_paragraph(example: ak.Corpus) -> None:
    w = SentimentExplorer(example)
    rows = chart_rows(w.chart)
    assert len(rows) == 13  # every paragraph, boilerplate included
    assert [r["paragraph"] for r in rows] == list(range(13))
    expected = ak.sentiment(example, include_boilerplate=True, languages=None)
    assert rows[5]["polarity"] == pytest.approx(expected["polarity"][5])
    assert w.chart.spec["params"][0]["name"] == "paragraph"
    assert w.paragraph is None and w.paragraph_view.value == ""

    w.paragraph = 5
    ev = ak.sentiment_evidence(example).filter(pl.col("paragraph") == 5)
    assert w.evidence["term"].to_list() == ev["term"].to_list()
    marks = re.findall(r'<mark class="ak-(\w+)', w.paragraph_view.value)
    assert len(marks) == ev.height
    assert set(marks) == {"negative"}  # paragraph 5 only has negative words
    assert "verschlechterte" in w.evidence_view.value


def test_sentiment_explorer_click_sets_paragraph(example: ak.Corpus) -> None:
    w = SentimentExplorer(example)
    click(w.chart, "paragraph", {"paragraph": 2})
    assert w.paragraph == 2
    assert "<h4>Paragraph 3" in w.paragraph_view.value


def test_sentiment_explorer_same_click_in_the_next_article(folder_corpus: ak.Corpus) -> None:
    w = SentimentExplorer(folder_corpus)
    click(w.chart, "paragraph", {"paragraph": 1})
    assert w.paragraph == 1
    w.article_id = folder_corpus.articles["article_id"][1]
    assert w.paragraph is None
    assert w.chart.chart.to_dict()["title"] == folder_corpus.articles["title"][1]
    click(w.chart, "paragraph", {"paragraph": 1})  # the same click as before: still a change
    assert w.paragraph == 1


def test_sentiment_explorer_negation_marked() -> None:
    corpus = ak.load(pl.DataFrame({"article_id": ["n"], "text": ["Titel\n\nDas ist nicht gut."]}))
    w = SentimentExplorer(corpus)
    w.paragraph = 1
    assert w.evidence["negated"].to_list() == [True]
    assert 'class="ak-negative ak-negated"' in w.paragraph_view.value
    assert "¬gut" in w.paragraph_view.value


def test_sentiment_explorer_switches_article_engine_lexicon(folder_corpus: ak.Corpus) -> None:
    ids = folder_corpus.articles["article_id"].to_list()
    w = SentimentExplorer(folder_corpus)
    first = chart_rows(w.chart)
    w.paragraph = 1
    w.article_id = ids[1]
    assert w.paragraph is None  # a new article starts without a chosen paragraph
    second = chart_rows(w.chart)
    n_paragraphs = folder_corpus.paragraphs.filter(pl.col("article_id") == ids[1]).height
    assert len(second) == n_paragraphs
    assert second != first
    assert w.picker.value.endswith(f"[{ids[1]}]")

    w.engine = "textblob-de"
    assert w.scores["engine"].unique().to_list() == ["textblob-de"]
    assert w.lexicon_picker.disabled
    w.engine = "default"
    w.lexicon = "textblob-de"
    assert w.scores["lexicon"].unique().to_list() == ["textblob-de"]
    with pytest.raises(traitlets.TraitError, match="not in the corpus"):
        w.article_id = "nope"
    with pytest.raises(traitlets.TraitError, match="lexicon"):
        w.lexicon = "nope"


def test_sentiment_explorer_search_box_chooses_article(folder_corpus: ak.Corpus) -> None:
    w = SentimentExplorer(folder_corpus)
    target = w.picker.options[2]
    w.picker.value = target
    assert target.endswith(f"[{w.article_id}]")


def test_sentiment_explorer_german_labels(example: ak.Corpus) -> None:
    w = SentimentExplorer(example, lang="de")
    assert w.picker.description == "Artikel"
    assert w.chart.spec["encoding"]["y"]["title"] == "Absatz (Rolle)"
    w.lang = "en"
    assert w.picker.description == "Article"
    assert w.chart.spec["encoding"]["y"]["title"] == "Paragraph (role)"


# ---------------------------------------------------------------- ActorExplorer


def test_actor_explorer_actors_and_kwic(example: ak.Corpus) -> None:
    w = ActorExplorer(example)
    names = [r["name"] for r in chart_rows(w.chart)]
    assert names[:2] == ["NATO", "Russia"]
    w.actors = ["Russia"]
    rows = chart_rows(w.chart)
    assert [r["name"] for r in rows] == ["Russia"]
    profile = ak.mention_profile(example, level="side", top=None)
    assert rows[0]["mentions"] == profile.filter(pl.col("name") == "Russia")["mentions"][0]
    click(w.chart, "name", {"name": "Russia"})
    assert w.actor == "Russia"
    assert w.lines.height == rows[0]["mentions"]
    assert "Keyword in context: Russia" in w.kwic_view.value

    w.level = "actor"
    assert w.actor == ""
    w.by = "position"
    assert "position" in chart_rows(w.chart)[0]
    with pytest.raises(traitlets.TraitError, match="not named"):
        w.actors = ["Atlantis"]


def test_actor_explorer_lexicon_edits_update_charts(example: ak.Corpus) -> None:
    w = ActorExplorer(example, level="actor")
    assert "Espionage" not in w.actor_picker.options
    w.new_id.value = "Espionage"
    w.new_pattern.value = "Spionage"
    w.new_side.value = "Spies"
    w.add_button.click()
    assert "Added" in w.status.value
    assert w.lexicon.get("Espionage").side == "Spies"
    assert "Espionage" in w.actor_picker.options
    w.actors = ["Espionage"]
    assert [(r["name"], r["mentions"]) for r in chart_rows(w.chart)] == [("Espionage", 1)]
    w.add_pattern("Espionage", "Geheimdienst*")  # a second pattern for the same actor
    assert len(w.lexicon.get("Espionage").patterns) == 2


def test_actor_explorer_candidate_button_adds_actor() -> None:
    text = (
        "Treffen in Riga\n\nAm Montag sprach Marek Tamm in Riga über die Lage. "
        "Später traf Marek Tamm den Kollegen aus Vilnius."
    )
    corpus = ak.load(pl.DataFrame({"article_id": ["b"], "text": [text]}))
    w = ActorExplorer(corpus, level="actor")
    assert w.candidates["candidate"].to_list() == ["Marek Tamm"]
    name = w.candidates["candidate"][0]
    row = w.candidate_box.children[1]
    row.children[1].click()
    assert name in w.lexicon.ids
    assert name not in w.candidates["candidate"].to_list()


# ---------------------------------------------------------------- FramingComparison


def test_framing_comparison_sides_and_examples(example: ak.Corpus) -> None:
    w = FramingComparison(example, replicates=200)
    cmp = ak.compare(example, replicates=200)
    assert w.comparison is not None
    assert w.comparison.summary.equals(cmp.summary)
    assert {p["name"] for p in w.chart.spec["params"]} == {"frame", "term"}
    frame_id = cmp.frames.filter(pl.col("units") > 0)["frame"][0]
    click(w.chart, "frame", {"frame_id": frame_id, "side": "left"})
    assert w.measure == f"frame:{frame_id}"
    expected = cmp.examples(f"frame:{frame_id}", "left", n=10)
    assert w.examples["text"].to_list() == expected["text"].to_list()
    assert "Sentences behind the selection" in w.examples_view.value
    # the measures not drawn are tables: verbs and prominence of each side
    for lemma in cmp.verbs.filter(pl.col("side") == "left")["lemma"].head(3).to_list():
        assert f"<td>{lemma}</td>" in w.details_view.value
    assert "share_of_articles" in w.details_view.value

    w.right = "Ukraine"
    assert w.comparison.right == "Ukraine"
    assert w.right_picker.value == "Ukraine"
    other = ak.compare(example, "NATO", "Ukraine", replicates=200)
    assert w.comparison.summary.equals(other.summary)
    with pytest.raises(traitlets.TraitError, match="neither a side"):
        w.left = "Atlantis"
    # a pair picked one side at a time passes through the same side on both: the last
    # comparison stays, with a hint, until the pair differs again
    w.left_picker.value = "Ukraine"
    assert w.left == "Ukraine" and w.comparison.left == "NATO"
    assert "Pick two different sides" in w.hint.value
    w.right_picker.value = "NATO"
    assert (w.comparison.left, w.comparison.right) == ("Ukraine", "NATO")
    assert "Pick two different sides" not in w.hint.value
    with pytest.raises(ValueError, match=r"left and right are the same \(Russia\)"):
        FramingComparison(example, left="Russia", right="Russia")


def test_framing_comparison_export(example: ak.Corpus, tmp_path: Path) -> None:
    w = FramingComparison(example, replicates=100, export_folder=tmp_path)
    w.export_button.click()
    folder = tmp_path / "NATO vs Russia"
    names = {p.name for p in folder.iterdir()}
    assert {"chart.png", "chart.svg", "summary.csv", "frames.csv", "terms.csv"} <= names
    assert (folder / "chart.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert pl.read_csv(folder / "summary.csv")["measure"][0] == "units"
    assert "Written" in w.export_status.value


# ---------------------------------------------------------------- CodingSheet


def test_coding_sheet_saves_every_code_and_resumes(example: ak.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "codes.json"
    sheet = CodingSheet(example, path=path, n=5, seed=3)
    assert sheet.sample.height == 5
    assert sheet.sentiment_picker.disabled  # no coder name yet
    sheet.sentiment = "positive"  # not recorded without a coder
    assert sheet.codes().height == 0
    sheet.coder = "ana"
    sheet.sentiment = "negative"
    assert json.loads(path.read_text())["codes"][0]["sentiment"] == "negative"
    sheet.sides = ["NATO"]
    saved = json.loads(path.read_text())["codes"]
    assert len(saved) == 1 and saved[0]["sides"] == ["NATO"]
    sheet.next_button.click()
    assert sheet.index == 1 and sheet.sentiment == ""
    sheet.sentiment_picker.value = "neutral"  # the radio buttons code too
    assert len(json.loads(path.read_text())["codes"]) == 2

    again = CodingSheet(example, path=path, n=99, seed=0, coder="ana")  # the file wins
    assert again.sample.select("article_id", "paragraph").equals(
        sheet.sample.select("article_id", "paragraph")
    )
    assert again.sentiment == "negative" and again.sides == ["NATO"]
    again.index = 1
    assert again.sentiment == "neutral"
    with pytest.raises(traitlets.TraitError):
        again.index = 5
    with pytest.raises(traitlets.TraitError):
        again.sentiment = "angry"


def test_coding_sheet_agreement_and_confusion(example: ak.Corpus, tmp_path: Path) -> None:
    sheet = CodingSheet(example, path=tmp_path / "c.json", n=4, seed=1)
    engine = sheet.sample["engine_sentiment"].to_list()
    named = sheet.sample["engine_sides"].to_list()
    for coder in ("ana", "ben"):
        sheet.coder = coder
        for i in range(4):
            sheet.index = i
            sheet.sentiment = engine[i]  # both agree with the engine
            sheet.sides = list(named[i])
    agreement = sheet.agreement()
    by = {(r["variable"], r["between"]): r for r in agreement.iter_rows(named=True)}
    assert by[("sentiment", "coders")]["units"] == 4
    if len(set(engine)) > 1:
        assert by[("sentiment", "coders")]["alpha"] == pytest.approx(1.0)
        assert by[("sentiment", "ana and engine")]["alpha"] == pytest.approx(1.0)
    table = sheet.confusion_table("ana")
    assert table.columns == ["sentiment", "negative", "neutral", "positive"]
    for label in ("negative", "neutral", "positive"):
        row = table.filter(pl.col("sentiment") == label)
        assert row[label][0] == engine.count(label)

    # ben disagrees everywhere on sentiment: alpha between coders drops below zero
    sheet.coder = "ben"
    flip = {"negative": "positive", "positive": "negative", "neutral": "negative"}
    for i in range(4):
        sheet.index = i
        sheet.sentiment = flip[engine[i]]
    alpha = sheet.agreement().filter(
        (pl.col("variable") == "sentiment") & (pl.col("between") == "coders")
    )["alpha"][0]
    assert alpha < 0.5
    assert "Krippendorff" in sheet.agreement_view.value


def test_coding_sheet_export(example: ak.Corpus, tmp_path: Path) -> None:
    sheet = CodingSheet(example, path=tmp_path / "c.json", n=2, coder="ana")
    sheet.sentiment = "neutral"
    sheet.sides = ["NATO", "Russia"]
    files = sheet.export(tmp_path / "out")
    assert [f.name for f in files] == ["codes.csv", "codes.json", "codebook.json", "codebook.csv"]
    codes = pl.read_csv(tmp_path / "out" / "codes.csv")
    assert codes["sides"].to_list() == ["NATO;Russia"]
    assert codes["NATO"].to_list() == [True]
    codebook = json.loads((tmp_path / "out" / "codebook.json").read_text())
    assert codebook["variables"][0]["values"] == ["negative", "neutral", "positive"]
    assert pl.read_csv(tmp_path / "out" / "codebook.csv").height == 5


def test_coding_sheet_refuses_a_sheet_of_another_corpus(
    example: ak.Corpus, folder_corpus: ak.Corpus, tmp_path: Path
) -> None:
    path = tmp_path / "c.json"
    CodingSheet(example, path=path, n=2, coder="ana").sentiment = "neutral"
    with pytest.raises(ValueError, match=r"c\.json: 2 of the 2 coded paragraphs are not in"):
        CodingSheet(folder_corpus, path=path)


def test_coding_sheet_refuses_a_broken_file(example: ak.Corpus, tmp_path: Path) -> None:
    path = tmp_path / "c.json"
    path.write_text("{not json")
    with pytest.raises(ValueError, match=r"c\.json: not a coding sheet file"):
        CodingSheet(example, path=path)


# ---------------------------------------------------------------- Dashboard


def test_dashboard_tabs_upload_and_language(tmp_path: Path) -> None:
    d = Dashboard(coding_path=tmp_path / "c.json", replicates=100)
    assert d.tabs.titles == ("Overview", "Sentiment", "Actors", "Framing", "Coding")
    assert "articles" in d.overview_view.value
    d.tab = 3
    assert d.tabs.selected_index == 3
    d.lang = "de"
    assert d.tabs.titles == ("Überblick", "Tonalität", "Akteure", "Framing", "Codieren")
    assert d.framing.lang == "de" and d.sentiment.picker.description == "Artikel"

    good = "Gipfel\n\nDie NATO und Russland sprechen in Genf über Sicherheit.".encode()
    d.load_files([("../../evil name.txt", good), ("broken.json", b"{oops")])
    assert d.corpus.articles.height == 1
    assert d.corpus.articles["article_id"][0] == "evil name.txt"
    assert "broken.json" in d.status.value
    assert d.sentiment.article_id == "evil name.txt"
    assert not (tmp_path.parent / "evil name.txt").exists()
    assert d.coding.path.name.startswith("c-upload-")  # the upload's codes have their own file


def test_dashboard_without_anything_to_code(tmp_path: Path) -> None:
    english = "A title\n\nThe weather was nice and everyone went to the beach in the afternoon."
    corpus = ak.load(pl.DataFrame({"article_id": ["e"], "text": [english]}))
    d = Dashboard(corpus, coding_path=tmp_path / "c.json", replicates=50)
    assert "no German body paragraphs" in d.coding.value
    assert d.framing.comparison is not None and d.framing.comparison.terms.height == 0
    assert d.actors.actors == []
    d.lang = "de"  # the message tab has no labels to switch
    assert d.tabs.titles[4] == "Codieren"


def test_dashboard_upload_with_nothing_readable_keeps_corpus(tmp_path: Path) -> None:
    d = Dashboard(coding_path=tmp_path / "c.json", replicates=100)
    before = d.corpus
    d.load_files([("broken.json", b"{oops")])
    assert d.corpus is before
    assert "Could not load" in d.status.value


# ---------------------------------------------------------------- untrusted text

# (markup written as text: the loader removes tags, so the attack comes as character
# references, which it decodes into the text that every widget must escape)
EVIL = (
    "&lt;script&gt;alert('t')&lt;/script&gt; NATO warnt\n\n"
    "Die NATO kritisiert Russland scharf &lt;img src=x onerror=alert(1)&gt; und "
    '&lt;a href="javascript:alert(2)"&gt;hier&lt;/a&gt; klicken. „Das ist &lt;b&gt;schlecht'
    "&lt;/b&gt;“, sagte Stoltenberg.\n\n"
    "Russland weist die &lt;script&gt;document.cookie&lt;/script&gt; Vorwürfe zurück."
)


def test_untrusted_text_is_escaped_in_every_widget(tmp_path: Path) -> None:
    corpus = ak.load(pl.DataFrame({"article_id": ["<x>.txt"], "text": [EVIL]}))
    assert corpus.paragraphs["text"][0] == "<script>alert('t')</script> NATO warnt"
    d = Dashboard(corpus, coding_path=tmp_path / "c.json", replicates=50)
    seen = [all_html(d)]
    for paragraph in range(3):
        d.sentiment.paragraph = paragraph
        seen.append(all_html(d))
    for actor in ("NATO", "Russia"):
        d.actors.actor = actor
        seen.append(all_html(d))
    for measure in ("units", "sentiment", "quotes", "scare"):
        d.framing.set_trait("side", "both")
        d.framing.measure = measure
        seen.append(all_html(d))
    d.coding.coder = "ana"
    for i in range(d.coding.sample.height):
        d.coding.index = i
        d.coding.sentiment = "negative"
        seen.append(all_html(d))
    html = "\n".join(seen)
    assert "&lt;script&gt;" in html  # the text is shown, literally
    assert "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "javascript:alert(2)" in html  # as text ...
    lowered = html.lower()
    assert "<script" not in lowered
    assert "<img" not in lowered
    assert "<a " not in lowered  # ... never as a link
    assert "onerror=" not in re.sub(r"&lt;.*?&gt;", "", lowered)
    assert "<b>schlecht" not in lowered
