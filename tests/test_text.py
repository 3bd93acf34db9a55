"""Tests for analysis_kit.text: the tokenizer and the sentence splitter."""

from __future__ import annotations

import polars as pl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from polars.testing import assert_frame_equal

from analysis_kit import text


def words(value: str) -> list[str]:
    return [t.text for t in text.tokenize(value)]


def sents(value: str) -> list[str]:
    return [s.text for s in text.split_sentences(value)]


def test_compounds_are_kept_whole_with_parts() -> None:
    frame = text.tokens(
        pl.DataFrame({"id": [1], "text": ["Der NATO-Russland-Rat und US‑Außenminister Blinken."]}),
        keys=["id"],
    )
    assert frame["text"].to_list() == [
        "Der",
        "NATO-Russland-Rat",
        "und",
        "US‑Außenminister",
        "Blinken",
        ".",
    ]
    assert frame["parts"].to_list()[1] == ["NATO", "Russland", "Rat"]
    assert frame["parts"].to_list()[3] == ["US", "Außenminister"]
    assert frame["parts"].to_list()[5] == ["."]


def test_offsets_index_the_original_text() -> None:
    value = "„Sicherheit“ – für alle\u00a0NATO-Verbündeten, sagte er (am 16.12.2021)."
    for token in text.tokenize(value):
        assert value[token.start : token.end] == token.text
    assert "16.12.2021" in words(value)
    assert "\u00a0" not in "".join(words(value))


def test_token_kinds() -> None:
    kinds = {
        t.text: t.kind for t in text.tokenize("Siehe www.nato.int, 3,5 % und :-) 😀 am Montag.")
    }
    assert kinds["www.nato.int"] == "url"
    assert kinds["3,5"] == "number"
    assert kinds["%"] == "punct"
    assert kinds["😀"] == "symbol"
    assert kinds["Montag"] == "word"


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (
            "Am 3. März sprach Dr. Weber. Danach ging er.",
            ["Am 3. März sprach Dr. Weber.", "Danach ging er."],
        ),
        (
            "Das gilt z. B. für Nr. 5. Und u. a. für Prof. Meier.",
            ["Das gilt z. B. für Nr. 5.", "Und u. a. für Prof. Meier."],
        ),
        ("Er sagte: „Wir bleiben.“ Dann ging er.", ["Er sagte: „Wir bleiben.“", "Dann ging er."]),
        ("„Kommt ihr?“, fragte sie. Nein!", ["„Kommt ihr?“, fragte sie.", "Nein!"]),
        ("Sie sagte: »Nein.« Er ging.", ["Sie sagte: »Nein.«", "Er ging."]),
        (
            "Im 20. Jahrhundert. Im Jahr 1977. Die Lage.",
            ["Im 20. Jahrhundert.", "Im Jahr 1977.", "Die Lage."],
        ),
        ("J. F. Kennedy kam. Wirklich?! Ja...", ["J. F. Kennedy kam.", "Wirklich?!", "Ja..."]),
        # the platform X after a preposition is no initial
        (
            "Das schrieb er auf X. Auch der Premier sprach. Das sagte Maria K. in Berlin.",
            ["Das schrieb er auf X.", "Auch der Premier sprach.", "Das sagte Maria K. in Berlin."],
        ),
        ("Es kostet 3,5 Mio. Euro. Das ist viel.", ["Es kostet 3,5 Mio. Euro.", "Das ist viel."]),
        ("ohne Punkt am Ende", ["ohne Punkt am Ende"]),
        (
            "Geboren am 8. 11. 1931 in Wien. Sie starb.",
            ["Geboren am 8. 11. 1931 in Wien.", "Sie starb."],
        ),
        ("Klein. danach klein weiter.", ["Klein. danach klein weiter."]),
        # an ordinal after an article, whatever noun follows; a number at a sentence's end
        (
            "Putin sprach auf der 43. Münchner Konferenz. Zum 5. Mal. Die Zahl stieg auf 43. "
            "Die Regierung schwieg.",
            [
                "Putin sprach auf der 43. Münchner Konferenz.",
                "Zum 5. Mal.",
                "Die Zahl stieg auf 43.",
                "Die Regierung schwieg.",
            ],
        ),
        # a line break lost between two sentences; not a domain, an abbreviation, initials
        (
            "„Ich gehe“, sagte der Papst.Der Bruder nickte.Warum?Weil.",
            ["„Ich gehe“, sagte der Papst.", "Der Bruder nickte.", "Warum?", "Weil."],
        ),
        ("Er kam (gestern).Heute nicht.", ["Er kam (gestern).", "Heute nicht."]),
        # a bullet opens a sentence
        ("Er sagte das. ► Die EU forderte mehr.", ["Er sagte das.", "► Die EU forderte mehr."]),
        (
            "Laut ndr.de kamen z.B. Dr.Weber, Prof.Meier und ASP.NET-Leute.",
            ["Laut ndr.de kamen z.B. Dr.Weber, Prof.Meier und ASP.NET-Leute."],
        ),
    ],
)
def test_german_sentences(value: str, expected: list[str]) -> None:
    assert sents(value) == expected


def test_sentence_offsets_and_frame_api() -> None:
    frame = pl.DataFrame({"doc": ["a", "b", "c"], "text": ["Eins. Zwei.", "", None]})
    out = text.sentences(frame, keys=["doc"])
    expected = pl.DataFrame(
        {
            "doc": ["a", "a"],
            "sentence": [0, 1],
            "text": ["Eins.", "Zwei."],
            "start": [0, 6],
            "end": [5, 11],
        },
        schema={
            "doc": pl.String,
            "sentence": pl.Int32,
            "text": pl.String,
            "start": pl.Int32,
            "end": pl.Int32,
        },
    )
    assert_frame_equal(out, expected)


def test_tokens_carry_sentence_numbers() -> None:
    tokens = text.tokenize("Nein. Doch!")
    assert [(t.text, t.sentence) for t in tokens] == [("Nein", 0), (".", 0), ("Doch", 1), ("!", 1)]


def test_segment_matches_separate_calls() -> None:
    frame = pl.DataFrame({"id": [0, 1], "text": ["Ja. Nein, sagte Dr. Wu.", "Gut!"]})
    sentences, tokens = text.segment(frame, keys=["id"])
    assert_frame_equal(sentences, text.sentences(frame, keys=["id"]))
    assert_frame_equal(tokens, text.tokens(frame, keys=["id"]))


def test_compound_parts() -> None:
    assert text.compound_parts("NATO‐Russland‑Rat") == ["NATO", "Russland", "Rat"]


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcÄöüß NATO-„“».!?,\n\u00a0 12:3")), max_size=80))
def test_tokens_and_sentences_cover_text(value: str) -> None:
    tokens = text.tokenize(value)
    for token in tokens:
        assert value[token.start : token.end] == token.text
    assert "".join(t.text for t in tokens) == "".join(value.split())
    spans = text.split_sentences(value)
    for span in spans:
        assert value[span.start : span.end] == span.text
        assert span.text == span.text.strip()
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    assert "".join("".join(s.text.split()) for s in spans) == "".join(value.split())
