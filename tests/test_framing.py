"""Tests for analysis_kit.framing: compare(), frames, terms, verbs, voices, prominence."""

from __future__ import annotations

import warnings
from pathlib import Path

import polars as pl
import pytest

import analysis_kit as ak
from analysis_kit.framing import FrameDictionary, FrameDictionaryError, stem

from .conftest import FIXTURES


@pytest.fixture(scope="module")
def cmp() -> ak.Comparison:
    return ak.compare(ak.example(), left="NATO", right="Russia", replicates=300, seed=1)


def summary(c: ak.Comparison, measure: str) -> dict[str, object]:
    return c.summary.filter(pl.col("measure") == measure).row(0, named=True)


def test_example_facts_in_the_summary(cmp: ak.Comparison) -> None:
    # NATO is quoted directly (Stoltenberg, paragraph 2) and partially (paragraphs 1 and 4); Russia not at all
    assert (summary(cmp, "direct quotes")["left"], summary(cmp, "direct quotes")["right"]) == (
        1.0,
        0.0,
    )
    assert (summary(cmp, "partial quotes")["left"], summary(cmp, "partial quotes")["right"]) == (
        3.0,
        0.0,
    )
    # „Spionage“ is a scare quote in a sentence that mentions both sides
    scare = summary(cmp, "scare quotes in the side's units")
    assert (scare["left"], scare["right"]) == (1.0, 1.0)
    assert cmp.examples("scare", "both")["quote"].to_list() == ["Spionage"]
    units = summary(cmp, "units")
    assert (units["left"], units["right"]) == (9.0, 7.0)
    assert "6 mention both" in units["note"]
    assert summary(cmp, "units mentioning both")["left"] == 6.0


def test_voices(cmp: ak.Comparison) -> None:
    v = cmp.voices
    assert set(v["side"]) == {"left"}
    direct = v.filter(pl.col("kind") == "direct").row(0, named=True)
    assert direct["speaker_actor"] == "NATO Secretary General" and direct["n_quotes"] == 1
    assert v.filter(pl.col("kind") == "partial")["n_quotes"].sum() == 3


def test_sentiment_per_side(cmp: ak.Comparison) -> None:
    s = cmp.sentiment
    assert s["side"].to_list() == ["left", "right", "both"]
    assert s["n_units"].to_list() == [9, 7, 6]
    assert (s["n_scored"] + s["n_unscored"]).to_list() == s["n_units"].to_list()
    units = cmp.units.filter(pl.col("in_left") & (pl.col("n_scored") > 0))
    assert s["mean_polarity"][0] == pytest.approx(units["polarity"].mean())
    row = summary(cmp, "mean sentiment")
    assert row["difference"] == pytest.approx(row["left"] - row["right"])


def test_bootstrap_is_seeded() -> None:
    corpus = ak.load(FIXTURES / "framing")
    a = ak.compare(corpus, replicates=500, seed=3).summary
    b = ak.compare(corpus, replicates=500, seed=3).summary
    c = ak.compare(corpus, replicates=500, seed=4).summary
    assert a.equals(b)

    def sent(f: pl.DataFrame) -> tuple[float, float]:
        row = f.filter(pl.col("measure") == "mean sentiment").select("ci_low", "ci_high").row(0)
        return (row[0], row[1])

    assert sent(a) != sent(c)
    lo, hi = sent(a)
    assert lo < hi


def test_frames_shares_and_counts(cmp: ak.Comparison) -> None:
    f = cmp.frames
    esp = f.filter(pl.col("frame") == "espionage_distrust")
    assert esp.select("side", "units", "n_units").rows() == [("left", 1, 9), ("right", 1, 7)]
    assert esp["share"].to_list() == pytest.approx([1 / 9, 1 / 7])
    assert cmp.examples("frame:espionage_distrust", "both")["match"].to_list() == ["Spionage"]


def test_user_frame_dictionary(tmp_path: Path) -> None:
    path = tmp_path / "frames.toml"
    path.write_text(
        '[[frame]]\nid = "dialog"\nlabel_de = "Dialog"\nlabel_en = "Dialogue"\ndefinition = "Talks."\npatterns = ["Dialog*", "Gespräch*"]\n',
        encoding="utf-8",
    )
    fd = FrameDictionary.from_toml(path)
    c = ak.compare(ak.example(), frames=fd, replicates=100)
    assert c.frames["frame"].unique().to_list() == ["dialog"]
    assert c.frames.filter(pl.col("side") == "left")["units"].item() == 3
    path.write_text('[[frame]]\nid = "x"\npaterns = ["a"]\n', encoding="utf-8")
    with pytest.raises(FrameDictionaryError, match=r"frames\.toml: frame 'x': unknown key"):
        FrameDictionary.from_toml(path)


def test_default_frames_are_documented() -> None:
    fd = FrameDictionary.default()
    table = fd.to_frame()
    assert table.height >= 8
    assert table["definition"].str.len_chars().min() > 20
    assert {
        "security_defence",
        "diplomacy_dialogue",
        "espionage_distrust",
        "economy_sanctions",
    } <= set(fd.ids)


def test_terms_carry_counts_and_exclude_actor_names(cmp: ak.Comparison) -> None:
    t = cmp.terms
    assert {"count_left", "count_right", "n_left", "n_right", "alpha", "alpha_0", "z"} <= set(
        t.columns
    )
    assert not t.filter(pl.col("term").is_in(["nato", "russland", "moskau", "stoltenberg"])).height
    row = t.row(0, named=True)
    import math

    delta = math.log(
        (row["count_left"] + row["alpha"])
        / (row["n_left"] + row["alpha_0"] - row["count_left"] - row["alpha"])
    ) - math.log(
        (row["count_right"] + row["alpha"])
        / (row["n_right"] + row["alpha_0"] - row["count_right"] - row["alpha"])
    )
    assert row["delta"] == pytest.approx(delta)


def test_stemmer() -> None:
    words = pl.Series(["Verhandlungen", "Verhandlung", "Gesprächen", "Gespräche", "Truppen"])
    assert pl.select(stem(pl.lit(words))).to_series().to_list() == [
        "verhandlung",
        "verhandlung",
        "gesprach",
        "gesprach",
        "trupp",
    ]


def test_verbs_and_prominence(cmp: ak.Comparison) -> None:
    left_verbs = cmp.verbs.filter(pl.col("side") == "left")["lemma"].to_list()
    assert "gewährleisten" in left_verbs and "sein" not in left_verbs
    p = cmp.prominence
    assert p.select("side", "articles_naming", "title_articles", "mentions").rows() == [
        ("left", 1, 1, 16),
        ("right", 1, 1, 10),
    ]


def test_compare_on_a_folder_split_by_source_and_month() -> None:
    corpus = ak.load(FIXTURES / "framing")
    c = ak.compare(corpus, by="source", replicates=200)
    assert c.by_group is not None
    assert set(c.by_group["group"].to_list()) == set(corpus.articles["source"].to_list())
    assert c.by_group["n_units"].sum() >= 1
    m = ak.compare(corpus, by="month", replicates=200)
    assert m.by_group is not None and m.by_group["group"].dtype == pl.Date
    cells = m.by_group
    assert {
        "n_articles",
        "n_units",
        "n_scored",
        "mean_polarity",
        "direct_quotes",
        "partial_quotes",
        "frame:security_defence",
    } <= set(cells.columns)
    jan_right = cells.filter(
        (pl.col("side") == "right") & (pl.col("group") == pl.date(2022, 1, 1))
    ).row(0, named=True)
    assert (jan_right["n_articles"], jan_right["direct_quotes"]) == (2, 1)  # Lawrow in Moskau
    assert cells["n_units"].sum() == int(m.units["in_left"].sum() + m.units["in_right"].sum())


def test_articles_with_no_group_value_are_a_visible_null_group_and_the_caller_is_told() -> None:
    with pytest.warns(UserWarning, match=r"by='month': 1 of 1 articles have no 'published'"):
        c = ak.compare(ak.example(), by="month", replicates=50)
    assert c.by_group is not None
    assert c.by_group["group"].null_count() == c.by_group.height == 2  # left and right
    assert c.by_group["n_units"].to_list() == [9, 7]
    # (no warning where every article has its value)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        ak.compare(ak.load(FIXTURES / "framing"), by="source", replicates=50)


def test_actor_ids_lists_and_clause_target() -> None:
    corpus = ak.example()
    c = ak.compare(
        corpus, left=["Vladimir Putin", "Kremlin"], right="NATO Secretary General", replicates=100
    )
    assert summary(c, "units")["right"] == 3.0
    clause = ak.compare(corpus, target="clause", replicates=100)
    assert clause.summary["measure"].to_list()[2] == "mean sentiment (clause)"
    with pytest.raises(ValueError, match="neither a side nor an actor"):
        ak.compare(corpus, left="Atlantis")


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"right": "NATO"}, r"left and right are the same \(NATO\)"),
        (
            {"left": ["Russia", "NATO"], "right": ["NATO", "Russia"]},
            r"left and right are the same \(Russia \+ NATO\)",
        ),
        ({"replicates": -1}, r"replicates=-1: use 0"),
        ({"seed": -3}, r"seed=-3: use a non-negative integer"),
        ({"top_terms": -1}, r"top_terms=-1: use 0 or more"),
        ({"unit": "word"}, r"unit='word': use 'sentence' or 'paragraph'"),
        ({"target": "token"}, r"target='token': use 'unit' or 'clause'"),
    ],
)
def test_bad_arguments_are_named(kwargs: dict[str, object], message: str) -> None:
    args: dict[str, object] = {"left": "NATO", "right": "Russia", **kwargs}
    with pytest.raises(ValueError, match=message):
        ak.compare(ak.example(), **args)  # type: ignore[arg-type]


def test_no_replicates_gives_null_intervals_and_the_same_means(cmp: ak.Comparison) -> None:
    c = ak.compare(ak.example(), left="NATO", right="Russia", replicates=0)
    assert c.sentiment["ci_low"].null_count() == 3
    assert c.sentiment["ci_high"].null_count() == 3
    assert c.sentiment["mean_polarity"].to_list() == cmp.sentiment["mean_polarity"].to_list()
    # a side with overlapping members is no error: NATO and Russia against Russia
    overlap = ak.compare(ak.example(), left=["NATO", "Russia"], right="Russia", replicates=0)
    assert summary(overlap, "units")["right"] == summary(cmp, "units")["right"]


def test_chart_is_returned_not_shown(cmp: ak.Comparison) -> None:
    chart = cmp.chart(lang="de")
    spec = chart.to_dict()
    assert "vconcat" in spec
    assert len(spec["vconcat"]) == 4


def test_inputs_quotes_equal_ak_quotes_and_errors_reach_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # the quotes run in a second thread and wait there for the mentions of this one
    import analysis_kit.framing as framing

    corpus = ak.example()
    inputs = framing.compare_inputs(corpus)
    assert inputs.quotes.equals(ak.quotes(corpus))

    def broken(*args: object, **kwargs: object) -> pl.DataFrame:
        raise RuntimeError("no mentions")

    monkeypatch.setattr(framing, "mentions", broken)
    with pytest.raises(RuntimeError, match="no mentions"):
        framing.compare_inputs(corpus)
