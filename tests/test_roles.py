"""Tests for analysis_kit.roles: boilerplate marking."""

from __future__ import annotations

import polars as pl
import pytest

import analysis_kit as ak


def roles_of(title: str | None, *paragraphs: str) -> list[str]:
    text = "\n\n".join(paragraphs)
    corpus = ak.load(pl.DataFrame({"title": [title], "text": [text]}))
    return corpus.paragraphs["role"].to_list()


BODY = "Die Außenminister der NATO berieten am Donnerstag in Brüssel über die Lage in der Ukraine."


@pytest.mark.parametrize(
    "teaser",
    [
        "MEHR WISSEN",
        "Lesen Sie auch: Was will Putin wirklich?",
        "Mehr zum Thema",
        "Das könnte Sie auch interessieren",
        "Artikel teilen",
        "Auf Facebook teilen",
        "Newsletter abonnieren",
        "Wir verwenden Cookies, um Ihnen ein gutes Angebot zu machen.",
        "© Beispielzeitung 2022 – Alle Rechte vorbehalten",
        "Foto: Reuters",
    ],
)
def test_teasers_and_page_furniture(teaser: str) -> None:
    assert roles_of("Titel", BODY, teaser, BODY) == ["title", "body", "boilerplate", "body"]


def test_link_list_after_teaser() -> None:
    roles = roles_of(
        "Titel", BODY, "Mehr zum Thema:", "Gespräche in Genf", "Putin droht dem Westen", BODY
    )
    assert roles == ["title", "body", "boilerplate", "boilerplate", "boilerplate", "body"]


def test_author_block_at_the_end() -> None:
    roles = roles_of(
        "Titel", BODY, BODY, "Anna Muster", "Anna Muster schreibt seit 2010 über Außenpolitik."
    )
    assert roles == ["title", "body", "body", "boilerplate", "boilerplate"]


def test_byline_at_the_start() -> None:
    assert roles_of("Titel", "Von Anna Muster, Brüssel", BODY, BODY) == [
        "title",
        "boilerplate",
        "body",
        "body",
    ]


def test_long_paragraphs_and_names_in_the_middle_stay_body() -> None:
    roles = roles_of("Titel", BODY, "Jens Stoltenberg", BODY, BODY, BODY, BODY)
    assert roles == ["title"] + ["body"] * 6
    # a name line followed by long text is not an author block
    long_text = " ".join([BODY] * 4)
    assert roles_of("Titel", BODY, "Anna Muster", long_text) == ["title", "body", "body", "body"]


def test_a_paragraph_that_only_mentions_sharing_stays_body() -> None:
    text = (
        "Teilen wollen die Verbündeten die Lasten nicht mehr so wie früher, sagte der Minister, "
        "denn die Kosten der Verteidigung steigen seit Jahren deutlich und die Bevölkerung "
        "erwartet Antworten von der Regierung in Berlin."
    )
    assert roles_of("Titel", BODY, text) == ["title", "body", "body"]


def test_author_filled_from_block_only_when_missing() -> None:
    text = "\n\n".join([BODY, BODY, "Max Beispiel", "Schreibt über Sicherheitspolitik."])
    found = ak.load(pl.DataFrame({"text": [text]}))
    assert found.articles["author"].item() == "Max Beispiel"
    given = ak.load(pl.DataFrame({"text": [text], "author": ["Redaktion"]}))
    assert given.articles["author"].item() == "Redaktion"
