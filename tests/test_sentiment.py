"""Tests for analysis_kit.sentiment: both engines, the rules, evidence, lexicons, bad input."""

from __future__ import annotations

import math
from pathlib import Path

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import analysis_kit as ak
from analysis_kit.sentiment import DEFAULT_RULES, Lexicon, Rules, default_lexicon
from analysis_kit.sentiment.engine import scored_words
from analysis_kit.text import tokens


def corpus_of(*texts: str) -> ak.Corpus:
    return ak.load(
        pl.DataFrame({"article_id": [f"t{i}" for i in range(len(texts))], "text": list(texts)})
    )


def words_of(
    text: str, lexicon: Lexicon | None = None, rules: Rules = DEFAULT_RULES
) -> list[tuple]:
    t = tokens(pl.DataFrame({"article_id": ["a"], "paragraph": [0], "text": [text]}))
    w = scored_words(t, lexicon or default_lexicon(), rules=rules)
    return w.select("term", "lemma", "negated", "intensifier", "weight").rows()


# ------------------------------------------------------------------ the rules, one German example each


def test_capitalised_noun_matches_nouns_only() -> None:
    # textblob-de matched the noun "Recht" to the adjective "recht" (+1)
    assert "recht" not in [w[1] for w in words_of("Das Bündnis achtet das Recht eines Landes.")]
    assert [w[1] for w in words_of("Das ist recht gut.")] == ["recht", "gut"]


def test_sentence_initial_capital_may_be_an_adjective() -> None:
    assert words_of("Gute Nachrichten kamen.")[0][:2] == ("Gute", "gut")
    assert words_of("Er sagte: Gute Nachrichten.")[0][:2] == ("Gute", "gut")


def test_nouns_match_even_though_lexicon_lookup_in_textblob_is_lowercase() -> None:
    # textblob-de scores "Es gibt keine Hoffnung." 0: its lookup lower-cases, nouns never match
    assert (
        ak.sentiment(corpus_of("Es gibt keine Hoffnung."), engine="textblob-de")["polarity"][0]
        == 0.0
    )
    assert words_of("Es gibt keine Hoffnung.") == [("Hoffnung", "Hoffnung", True, None, -0.5)]


def test_inflected_forms_map_to_entries() -> None:
    assert [w[1] for w in words_of("Die Hoffnungen der Menschen und das dunkle Kapitel.")] == [
        "Hoffnung",
        "dunkel",
    ]
    assert words_of("Russland bedroht die Ukraine.")[0][:2] == ("bedroht", "bedrohen")
    assert words_of("Das ist besser.")[0][1] == "gut"


def test_eszett_and_case_are_normalised() -> None:
    # textblob-de's lexicon writes "ss"; "Kriegsgräuel" style spellings with ß still match
    lex = Lexicon.from_dict({"grossartig": 0.9})
    assert words_of("Das war großartig.", lex)[0][:2] == ("großartig", "grossartig")
    assert words_of("Das war GROSSARTIG.", lex)[0][:2] == ("GROSSARTIG", "grossartig")


def test_negation_reaches_forward_within_its_clause() -> None:
    assert words_of("Das ist nicht so gut.")[0][2] is True
    assert words_of("Das ist nicht wirklich sehr gut.")[0][2] is True
    # the clause ends at the comma: "gut" is not negated
    assert words_of("Er kam nicht, aber es war gut.")[0][2] is False
    # "aber" ends a clause too
    assert words_of("Das war kein Spiel aber gut.")[0][2] is False


def test_clause_final_negator_negates_backwards() -> None:
    assert words_of("Die Lage verbessert sich nicht.")[0][:3] == ("verbessert", "verbessern", True)
    # a negator in the middle of its clause does not reach back
    assert words_of("Die Vereinbarung beinhaltete noch nie dagewesene Vorschläge.") == []


def test_negation_does_not_cross_a_sentence_end() -> None:
    assert words_of("Das ist nicht. Gut ist das.")[0][2] is False


def test_nicht_nur_is_not_a_negation() -> None:
    assert words_of("Das ist nicht nur gut.")[0][2] is False


def test_intensifiers_and_downtoners() -> None:
    plain = words_of("Das war schlecht.")[0][4]
    very = words_of("Das war sehr schlecht.")[0]
    little = words_of("Das war etwas schlecht.")[0]
    assert very[3] == "sehr" and very[4] == max(-1.0, plain * 1.5)
    assert little[3] == "etwas" and math.isclose(little[4], plain * 0.7)
    # no intensifier across a sentence end
    assert words_of("Sehr. Schlecht war das.")[0][3] is None


def test_words_inside_typographic_quotes_count() -> None:
    found = [w[1] for w in words_of("Der Kreml sprach von „gefährlicher Hysterie“.")]
    assert "gefährlich" in found


def test_news_neutral_terms_are_not_scored() -> None:
    assert words_of("Die große Allianz traf sich in Brüssel.") == []
    assert Lexicon.textblob_de().lookup("Allianz") == [("Allianz", "noun", 0.7)]


# ------------------------------------------------------------------ sentiment() and evidence


def test_sentiment_frame_shape_and_keys() -> None:
    corpus = ak.example()
    result = ak.sentiment(corpus)
    assert result.columns == [
        "article_id",
        "paragraph",
        "polarity",
        "subjectivity",
        "n_scored",
        "label",
        "engine",
        "lexicon",
    ]
    assert result.height == corpus.paragraphs.height
    assert_frame_equal(
        result.select("article_id", "paragraph"),
        corpus.paragraphs.select("article_id", "paragraph"),
    )
    # boilerplate (the last three paragraphs) is not scored
    assert result["polarity"][-3:].to_list() == [None, None, None]
    assert result["label"][-3:].to_list() == [None, None, None]
    assert result["n_scored"][-3:].to_list() == [0, 0, 0]
    with_bp = ak.sentiment(corpus, include_boilerplate=True, languages=None)
    assert with_bp["label"][-3:].null_count() == 0


def test_paragraph_nine_no_longer_scores_plus_one() -> None:
    corpus = ak.example()
    assert ak.sentiment(corpus, engine="textblob-de")["polarity"][9] == 1.0
    default = ak.sentiment(corpus).row(9, named=True)
    assert default["polarity"] < 0.5
    ev = ak.sentiment_evidence(corpus).filter(pl.col("paragraph") == 9)
    assert "recht" not in ev["lemma"].to_list()


def test_evidence_contributions_sum_to_polarity() -> None:
    corpus = ak.example()
    for level, keys in (
        ("paragraph", ["article_id", "paragraph"]),
        ("sentence", ["article_id", "paragraph", "sentence"]),
        ("article", ["article_id"]),
    ):
        scores = ak.sentiment(corpus, level=level).filter(pl.col("n_scored") > 0)
        evidence = ak.sentiment_evidence(corpus, level=level)
        sums = evidence.group_by(keys).agg(
            pl.col("contribution").sum().alias("polarity"),
            pl.len().cast(pl.Int32).alias("n_scored"),
        )
        joined = scores.join(sums, on=keys, suffix="_ev")
        assert joined.height == scores.height
        assert (joined["polarity"] - joined["polarity_ev"]).abs().max() < 1e-12
        assert (joined["n_scored"] == joined["n_scored_ev"]).all()


def test_evidence_offsets_point_into_the_paragraph() -> None:
    corpus = ak.example()
    ev = ak.sentiment_evidence(corpus).join(
        corpus.paragraphs.select("article_id", "paragraph", pl.col("text").alias("p")),
        on=["article_id", "paragraph"],
    )
    sliced = ev.select(
        pl.col("p").str.slice(pl.col("start"), pl.col("end") - pl.col("start")) == pl.col("term")
    )
    assert sliced.to_series().all()
    assert ev.columns[:11] == [
        "article_id",
        "paragraph",
        "sentence",
        "term",
        "start",
        "end",
        "lemma",
        "score",
        "negated",
        "intensifier",
        "contribution",
    ]


def test_labels_follow_the_neutral_band() -> None:
    corpus = corpus_of(
        "Das ist ein großartiger, wunderbarer Erfolg.",
        "Ein schrecklicher, brutaler Angriff.",
        "Der Zug fährt um acht Uhr ab.",
    )
    result = ak.sentiment(corpus)
    assert result["label"].to_list() == ["positive", "negative", "neutral"]
    assert result["polarity"][2] is None and result["n_scored"][2] == 0
    wide = ak.sentiment(corpus, neutral_band=1.0)
    assert wide["label"].to_list() == ["neutral", "neutral", "neutral"]


def test_sentence_and_article_levels() -> None:
    corpus = corpus_of("Das ist gut. Das ist schlecht.\n\nDas ist wunderbar.")
    sentences = ak.sentiment(corpus, level="sentence")
    assert sentences.select("paragraph", "sentence").rows() == [(0, 0), (0, 1), (1, 0)]
    assert [math.copysign(1, p) for p in sentences["polarity"]] == [1, -1, 1]
    article = ak.sentiment(corpus, level="article")
    assert article.height == 1 and article["n_scored"][0] == 3


def test_textblob_engine_matches_textblob_de_on_the_example() -> None:
    from analysis_kit.sentiment.textblob import oracle

    corpus = ak.example()
    result = ak.sentiment(corpus, engine="textblob-de", include_boilerplate=True, languages=None)
    expected = [oracle(t)[0] for t in corpus.paragraphs["text"]]
    assert result["polarity"].to_list() == expected
    ev = ak.sentiment_evidence(corpus, engine="textblob-de")
    assert ev.filter(pl.col("paragraph") == 9)["lemma"].to_list() == ["recht"]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "...!!!",
        "12 345 67,8",
        "😀😀 🙂",
        "x" * 100_000,
        "Das ist gut. " * 8000,
        "Привет, как дела?",
        "The results were good and the mood was great.",
    ],
    ids=[
        "empty",
        "blank",
        "punct",
        "numbers",
        "emoji",
        "long-token",
        "100k-chars",
        "russian",
        "english",
    ],
)
def test_bad_input_gives_defined_results(text: str) -> None:
    frame = pl.DataFrame({"article_id": ["bad"], "paragraph": [0], "text": [text]})
    words = scored_words(tokens(frame), default_lexicon())
    assert words.height >= 0
    corpus = ak.Corpus(
        articles=pl.DataFrame({"article_id": ["bad"]}),
        paragraphs=frame.with_columns(
            pl.lit("body").alias("role"),
            pl.lit("de").alias("language"),
            pl.lit(0).cast(pl.Int32).alias("n_words"),
        ).with_columns(pl.col("paragraph").cast(pl.Int32)),
        sentences=pl.DataFrame(),
    )
    result = ak.sentiment(corpus)
    assert result.height == 1
    if text.strip() in ("", "...!!!", "12 345 67,8", "😀😀 🙂", "x" * 100_000):
        assert result["polarity"][0] is None and result["n_scored"][0] == 0
    tb = ak.sentiment(corpus, engine="textblob-de")
    assert tb.height == 1 and tb["polarity"][0] is not None


def test_null_text_and_other_languages_are_not_scored() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "article_id": ["en", "de"],
                "text": [
                    "The alliance said the talks were good and constructive for everybody involved.",
                    "Das Bündnis nannte die Gespräche gut und konstruktiv für alle Beteiligten.",
                ],
            }
        )
    )
    result = ak.sentiment(corpus)
    assert result["polarity"][0] is None and result["label"][0] is None
    assert result["label"][1] == "positive"
    assert ak.sentiment(corpus, languages=None)["label"][0] is not None


def test_bad_arguments() -> None:
    with pytest.raises(ValueError, match="engine='vader'"):
        ak.sentiment(ak.example(), engine="vader")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="level='word'"):
        ak.sentiment(ak.example(), level="word")  # type: ignore[arg-type]


# ------------------------------------------------------------------ lexicons


def test_textblob_lexicon_loads_from_the_installed_package() -> None:
    lex = Lexicon.textblob_de()
    assert 7900 < len(lex) < 8000
    assert lex.lookup("Krieges") == [("Krieg", "noun", -1.0)]
    assert set(lex.entries["pos"].unique().to_list()) == {"noun", "adj", "verb"}


def test_sentiws_format(tmp_path: Path) -> None:
    (tmp_path / "SentiWS_v2.0_Positive.txt").write_bytes(
        "\ufeffFrieden|NN\t0.6\tFriedens,Frieden\r\nfriedlich|ADJX\t0.5\tfriedliche,friedlichen\r\n".encode()
    )
    (tmp_path / "SentiWS_v2.0_Negative.txt").write_text(
        "Krieg|NN\t-0.8\tKriege,Krieges\nzerstören|VVINF\t-0.7\tzerstört\n"
    )
    for path in (tmp_path, tmp_path / "SentiWS_v2.0", tmp_path / "SentiWS_v2.0_Positive.txt"):
        lex = Lexicon.from_sentiws(path)
        assert len(lex) == 4
        assert lex.lookup("Friedens") == [("Frieden", "noun", 0.6)]
        assert lex.lookup("zerstört") == [("zerstören", "verb", -0.7)]
        assert lex.lookup("friedlichem") == []  # listed forms only, none generated
    with pytest.raises(FileNotFoundError, match="SentiWS files not found"):
        Lexicon.from_sentiws(tmp_path / "nothing")
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "x_Positive.txt").write_text("no tab here\n")
    (tmp_path / "bad" / "x_Negative.txt").write_text("")
    with pytest.raises(ValueError, match=r"x_Positive\.txt:1: not a SentiWS line"):
        Lexicon.from_sentiws(tmp_path / "bad")


def test_rauh_format(tmp_path: Path) -> None:
    path = tmp_path / "Rauh_SentDictionaryGerman.csv"
    path.write_text("feature,sentiment\n aalglatt ,-1\n friedlich ,1\n NOT_friedlich ,-1\n")
    lex = Lexicon.from_rauh(tmp_path)
    assert len(lex) == 2
    assert lex.lookup("aalglatt") == [("aalglatt", None, -1.0)]
    result = ak.sentiment(corpus_of("Die Demonstration blieb friedlich."), lexicon=lex)
    assert result["lexicon"][0] == "Rauh 2018" and result["label"][0] == "positive"


def test_csv_dict_and_with_terms(tmp_path: Path) -> None:
    path = tmp_path / "mine.tsv"
    path.write_text("wort\twert\tart\nEskalation\t-0.8\tNN\nfriedlich\t0.6\tJJ\n")
    lex = Lexicon.from_csv(path, term="wort", score="wert", pos="art")
    assert lex.lookup("Eskalationen") == [("Eskalation", "noun", -0.8)]
    with pytest.raises(ValueError, match="needs columns"):
        Lexicon.from_csv(path)
    plus = lex.with_terms({"Waffenruhe": 0.5, "Eskalation": -1.0})
    assert plus.lookup("Eskalation") == [("Eskalation", "noun", -1.0)]
    assert lex.lookup("Eskalation") == [("Eskalation", "noun", -0.8)]  # unchanged
    assert len(plus.without(["Waffenruhe"])) == 2


def test_custom_lexicon_in_sentiment() -> None:
    lex = Lexicon.from_dict({"Waffenruhe": 0.8})
    result = ak.sentiment(corpus_of("Die Waffenruhe hält."), lexicon=lex)
    assert result["n_scored"][0] == 1 and result["lexicon"][0] == "custom"
