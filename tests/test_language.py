"""Tests for analysis_kit.language."""

from __future__ import annotations

import polars as pl

import analysis_kit as ak
from analysis_kit.language import identify


def test_identify_common_languages() -> None:
    assert identify(
        [
            "Die Außenminister der Allianz trafen sich am Donnerstag in Brüssel.",
            "The foreign ministers of the alliance met in Brussels on Thursday.",
            "Les ministres des affaires étrangères se sont réunis jeudi à Bruxelles.",
        ]
    ) == ["de", "en", "fr"]


def test_short_lines_inherit_the_article_language() -> None:
    text = "\n\n".join(
        [
            "Die Außenminister der Allianz trafen sich am Donnerstag in Brüssel zu Beratungen.",
            "OK",
            "Thanks.",
            "Russland wies die Vorwürfe zurück und sprach von einer Provokation des Westens.",
            "This paragraph, however, is written entirely in English and should be recognised as such.",
        ]
    )
    corpus = ak.load(pl.DataFrame({"text": [text]}))
    assert corpus.paragraphs["language"].to_list() == ["de", "de", "de", "de", "en"]
    assert corpus.articles["language"].item() == "de"


def test_short_german_titles_are_not_guessed_as_other_languages() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "title": [
                    "Passagierflugzeug in Leeds notgelandet",
                    "Premiere von Rigoletto in Bregenz",
                ],
                "text": [
                    "Ein Passagierflugzeug ist am Montag in Leeds notgelandet, verletzt wurde niemand.",
                    "Die Oper Rigoletto hatte am Mittwoch auf der Seebühne in Bregenz Premiere.",
                ],
            }
        )
    )
    assert corpus.paragraphs["language"].to_list() == ["de"] * 4


def test_an_english_article_is_english() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "title": ["Summit"],
                "text": [
                    "NATO foreign ministers met in Brussels on Thursday to discuss the situation."
                ],
            }
        )
    )
    assert corpus.paragraphs["language"].to_list() == ["en", "en"]
    assert corpus.articles["language"].item() == "en"


def test_an_article_of_short_lines_is_identified_as_a_whole() -> None:
    corpus = ak.load(pl.DataFrame({"text": ["Die Waffenruhe hält.", "The ceasefire holds."]}))
    assert corpus.paragraphs["language"].to_list() == ["de", "en"]


def test_unsure_tiny_articles_take_the_language_of_the_load() -> None:
    corpus = ak.load(
        pl.DataFrame(
            {
                "text": [
                    "Gerne.",
                    "Herr Minister.",
                    "Die Bundesregierung hat heute im Bundestag einen neuen Haushaltsentwurf vorgestellt.",
                ]
            }
        )
    )
    assert corpus.articles["language"].to_list() == ["de", "de", "de"]
