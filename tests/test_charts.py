"""Chart specs: marks, encodings and the rows each chart carries."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import polars as pl
import pytest

import analysis_kit as ak
from analysis_kit import charts


def rows(chart: Any) -> list[dict[str, Any]]:
    spec = chart.to_dict()
    name = spec["data"]["name"]
    return list(spec["datasets"][name])


@pytest.fixture(scope="module")
def four() -> ak.Corpus:
    return ak.load(Path(__file__).parent / "fixtures" / "framing")


@pytest.fixture(scope="module")
def example() -> ak.Corpus:
    return ak.example()


def test_theme_registered_not_enabled() -> None:
    import altair as alt

    assert charts.register_theme() == "analysis_kit"
    assert "analysis_kit" in alt.theme.names()
    assert alt.theme.active != "analysis_kit"


def test_sentiment_by_paragraph_carries_every_paragraph_in_order(example: ak.Corpus) -> None:
    chart = charts.sentiment_by_paragraph(example)
    spec = chart.to_dict()
    assert spec["mark"]["type"] == "bar"
    assert spec["encoding"]["x"]["field"] == "polarity"
    assert spec["encoding"]["color"]["scale"]["range"] == [
        charts.SENTIMENT_COLOURS["negative"],
        charts.SENTIMENT_COLOURS["neutral"],
        charts.SENTIMENT_COLOURS["positive"],
    ]
    data = rows(chart)
    paragraphs = example.paragraphs
    assert [r["paragraph"] for r in data] == paragraphs["paragraph"].to_list()
    assert [r["role"] for r in data] == paragraphs["role"].to_list()
    assert spec["encoding"]["y"]["sort"] == [r["unit"] for r in data]
    scored = ak.sentiment(example)
    first_body = scored.row(0, named=True)
    drawn = next(r for r in data if r["paragraph"] == first_body["paragraph"])
    assert drawn["polarity"] == pytest.approx(first_body["polarity"])
    assert spec["title"] == example.articles["title"][0]


def test_sentiment_by_paragraph_labels_and_errors(four: ak.Corpus) -> None:
    spec = charts.sentiment_by_paragraph(four, "a2.md", lang="de").to_dict()
    assert spec["encoding"]["x"]["title"] == "Polarität"
    assert spec["title"] == "Kreml droht mit Konsequenzen"
    with pytest.raises(ValueError, match="not in the corpus"):
        charts.sentiment_by_paragraph(four, "nope.md")
    with pytest.raises(ValueError, match="lang="):
        charts.sentiment_by_paragraph(four, lang="fr")


def test_sentiment_distribution_bins_and_groups(four: ak.Corpus) -> None:
    chart = charts.sentiment_distribution(four, by="source", bins=10)
    data = rows(chart)
    scored = ak.sentiment(four).filter(pl.col("polarity").is_not_null())
    assert sum(r["paragraphs"] for r in data) == scored.height
    assert {r["group"] for r in data} == {"Beispielblatt", "Zeitung Zwei"}
    assert len(data) <= 2 * 10
    for r in data:
        assert r["bin_end"] - r["bin_start"] == pytest.approx(0.2)
    spec = chart.to_dict()
    assert spec["encoding"]["x2"]["field"] == "bin_end"
    assert spec["encoding"]["y2"] == {"datum": 0}  # bars rise from zero
    with pytest.raises(ValueError, match="not an article column"):
        charts.sentiment_distribution(four, by="colour")


def test_actor_mentions_totals_match_mentions(four: ak.Corpus) -> None:
    data = rows(charts.actor_mentions(four, level="actor"))
    expected = ak.mentions(four).group_by("actor").len()
    assert {r["name"]: r["mentions"] for r in data} == dict(expected.iter_rows())
    assert data == ak.mention_profile(four, level="actor").to_dicts()
    counts = [r["mentions"] for r in data]
    assert counts == sorted(counts, reverse=True)


def test_actor_mentions_views(four: ak.Corpus) -> None:
    per_article = charts.actor_mentions(four, by="article", measure="rate").to_dict()
    assert per_article["mark"]["type"] == "rect"
    assert per_article["encoding"]["color"]["field"] == "rate"
    time = charts.actor_mentions(four, by="time")
    assert time.to_dict()["encoding"]["x"]["type"] == "temporal"
    months = {r["month"][:7] for r in rows(time)}
    assert months == {"2022-01", "2022-02"}
    position = rows(charts.actor_mentions(four, by="position"))
    assert all(0 <= r["position"] <= 9 for r in position)
    assert sum(r["mentions"] for r in position) == sum(
        r["mentions"] for r in rows(charts.actor_mentions(four))
    )
    top = rows(charts.actor_mentions(four, level="actor", top=2))
    assert len({r["name"] for r in top}) == 2
    with pytest.raises(ValueError, match="by="):
        charts.actor_mentions(four, by="weekday")


def test_co_mention_heatmap_is_symmetric(example: ak.Corpus) -> None:
    chart = charts.co_mention_heatmap(example, by="actor", measure="npmi")
    spec = chart.to_dict()
    assert [layer["mark"]["type"] for layer in spec["layer"]] == ["rect", "text"]
    data = rows(chart)
    cells = {(r["a"], r["b"]): r["n_both"] for r in data}
    assert cells[("NATO", "Russia")] == cells[("Russia", "NATO")]
    pairs = ak.co_mentions(example, by="actor")
    nato_russia = pairs.filter((pl.col("a") == "NATO") & (pl.col("b") == "Russia"))
    assert cells[("NATO", "Russia")] == nato_russia["n_both"][0]
    assert all(r["n_both"] > 0 for r in data)


def test_kwic_table_carries_only_drawn_rows(example: ak.Corpus) -> None:
    chart = charts.kwic_table(example, "NATO", max_rows=3, lang="de")
    spec = chart.to_dict()
    assert [c["title"] for c in spec["hconcat"]] == ["Davor", "Treffer", "Danach"]
    data = rows(chart)
    assert len(data) == 3
    full = ak.kwic(example, "NATO")
    assert [r["match"] for r in data] == full["match"].head(3).to_list()


def test_framing_chart_spec(four: ak.Corpus) -> None:
    cmp = ak.compare(four, replicates=50)
    spec = cmp.chart().to_dict()
    assert len(spec["vconcat"]) == 4


def test_renderer_carries_static_svg(example: ak.Corpus) -> None:
    import xml.etree.ElementTree as ET

    import altair as alt

    try:
        assert charts.enable_renderer() == "analysis_kit"
        bundle = charts.actor_mentions(example)._repr_mimebundle_()
        data = bundle[0] if isinstance(bundle, tuple) else bundle
        svg = data["image/svg+xml"]
        assert ET.fromstring(svg).tag.endswith("svg")
        assert "Mentions" in svg
        assert any(key.startswith("application/vnd.vegalite") for key in data)
    finally:
        alt.renderers.enable("default")


def test_position_view_has_every_tenth(example: ak.Corpus) -> None:
    data = rows(charts.actor_mentions(example, by="position", top=3))
    assert len(data) == 10 * 3
    assert {r["position"] for r in data} == set(range(10))


def test_framing_panels_carry_what_they_draw(four: ak.Corpus) -> None:
    cmp = ak.compare(four, replicates=50)
    spec = charts.framing(cmp, top=3).to_dict()
    sentiment, profile, words, voices = spec["vconcat"]
    data = spec["datasets"]

    def panel_rows(panel: dict[str, Any]) -> list[dict[str, Any]]:
        return list(data[panel["data"]["name"]])

    # frame profile: left shares drawn negative, right positive, one row per frame and side
    frame_rows = panel_rows(profile)
    assert len(frame_rows) == cmp.frames.height
    for row in frame_rows:
        expected = -row["share"] if row["name"] == "NATO" else row["share"]
        assert row["signed_share"] == pytest.approx(expected)
    assert profile["encoding"]["x"]["scale"]["domain"][0] == pytest.approx(
        -profile["encoding"]["x"]["scale"]["domain"][1]
    )
    # distinctive words: at most top per side, surface forms, left side's words drawn left
    word_rows = panel_rows(words)
    assert len(word_rows) <= 6
    for row in word_rows:
        assert (row["signed_z"] < 0) == (row["name"] == "NATO")
    assert {r["word"] for r in word_rows} <= set(cmp.terms["example"].drop_nulls())
    # voices: quotes per voice and side, left negative
    voice_rows = panel_rows(voices)
    total = int(cmp.voices["n_quotes"].sum())
    assert sum(r["quotes"] for r in voice_rows) == total
    assert all((r["signed_quotes"] < 0) == (r["name"] == "NATO") for r in voice_rows)
    assert "layer" in sentiment


def test_position_is_by_characters_so_one_paragraph_articles_have_it() -> None:
    filler = "Die Lage blieb am Abend ruhig und die Gespräche gingen weiter. " * 8
    corpus = ak.load(pl.DataFrame({"title": ["Eins"], "text": ["NATO. " + filler + "Russland."]}))
    data = rows(charts.actor_mentions(corpus, by="position"))
    named = {(r["name"], r["position"]) for r in data if r["mentions"]}
    assert named == {("NATO", 0), ("Russia", 9)}
