"""Tests for analysis_kit.verbs: the verb rule over word tokens."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from analysis_kit import verbs as verb_rule


def lemmas(sentence: str, *, clauses: bool = True) -> list[tuple[str, str]]:
    """(word, lemma) of the verbs of a sentence; commas cut clauses."""
    rows = []
    for c, part in enumerate(sentence.split(",")):
        rows += [(c, w.strip(".")) for w in part.split()]
    words = pl.DataFrame(rows, schema={"clause": pl.Int64, "text": pl.String}, orient="row")
    found = verb_rule.verb_lemmas(words, by=["clause"] if clauses else ())
    return list(zip(found["text"].to_list(), found["lemma"].to_list(), strict=True))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # forms of the verb table, present, past, subjunctive
        ("Die Nato warnte Russland", [("warnte", "warnen")]),
        ("Der Minister sagt, er sehe keine Gefahr", [("sagt", "sagen"), ("sehe", "sehen")]),
        # ß written ss in the table, ß in the lemma where the lexicon writes it so
        ("Der Rat beschloss neue Sanktionen", [("beschloss", "beschließen")]),
        # a separable verb: the particle at the clause end
        ("Die Regierung kündigte neue Sanktionen an", [("kündigte", "ankündigen")]),
        # ... taken by the verb that makes a known verb with it, not by an adjective
        (
            "Die von Russland unterstützten Truppen griffen Kliniken an",
            [("unterstützten", "unterstützen"), ("griffen", "angreifen")],
        ),
        # a prefix before a form of the table, and a zu-infinitive
        ("Russland hat Truppen eingesetzt", [("hat", "haben"), ("eingesetzt", "einsetzen")]),
        ("Sie drohte damit anzugreifen", [("drohte", "drohen"), ("anzugreifen", "angreifen")]),
        # a regular verb in -ieren the word lists do not know
        ("Die Nato kooperierte eng", [("kooperierte", "kooperieren")]),
        # adjectives are no verbs: after an article, and before a noun
        ("Der rechte Flügel verlor", [("verlor", "verlieren")]),
        ("Er hätte bessere Chancen", [("hätte", "haben")]),
        ("die geplante Reform scheiterte", [("scheiterte", "scheitern")]),
        # the passive participle of werden
        ("Er ist gewählt worden", [("ist", "sein"), ("gewählt", "wählen"), ("worden", "werden")]),
        # capitalised words (nouns, a verb opening a sentence) are not looked at
        ("Sagte Russland", []),
    ],
)
def test_verb_lemmas(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert lemmas(sentence) == expected


def test_particle_only_in_its_clause() -> None:
    # the particle ends the second clause: the verb of the first clause keeps its lemma
    assert lemmas("Die Nato warnte, Russland griff an") == [
        ("warnte", "warnen"),
        ("griff", "angreifen"),
    ]
    # without clause keys the whole frame is one clause
    assert lemmas("Die Nato warnte, Russland griff an", clauses=False) == [
        ("warnte", "warnen"),
        ("griff", "angreifen"),
    ]


def test_other_columns_and_order_are_kept() -> None:
    words = pl.DataFrame({"id": [7, 8, 9], "w": ["Sie", "kritisierte", "ihn"]})
    out = verb_rule.verb_lemmas(words, "w")
    assert out.columns == ["id", "w", "lemma"]
    assert out.rows() == [(8, "kritisierte", "kritisieren")]
    assert verb_rule.verb_lemmas(words.clear(), "w").height == 0


def test_word_lists() -> None:
    forms = verb_rule.verb_forms()
    assert forms["form"].is_unique().all()
    assert forms.filter(pl.col("form") == "gesetzt")["lemma"].item() == "setzen"
    tags = verb_rule.word_tags()
    assert tags.filter(pl.col("form") == "geplante")["tag"].item() == "ADJA"


def test_missing_word_list_names_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "de-verbs.txt").write_text("sagen,sage\n", encoding="utf-8")
    monkeypatch.setattr(verb_rule, "_pattern_dir", lambda: tmp_path)
    verb_rule._read.cache_clear()
    verb_rule.verb_forms.cache_clear()
    verb_rule.word_tags.cache_clear()
    try:
        with pytest.raises(verb_rule.VerbDataError, match=r"de-verbs\.txt: .*incomplete"):
            verb_rule.verb_forms()
        with pytest.raises(verb_rule.VerbDataError, match=r"de-lexicon\.txt: cannot read"):
            verb_rule.word_tags()
    finally:
        verb_rule._read.cache_clear()
        verb_rule.verb_forms.cache_clear()
        verb_rule.word_tags.cache_clear()
