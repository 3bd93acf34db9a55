"""Shared fixtures: small German articles written by the tests themselves."""

from __future__ import annotations

import warnings
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"

ARTICLE_A = """Gipfel in Brüssel: Die NATO berät über Russland

Die Außenminister der Allianz trafen sich am Donnerstag in Brüssel. Sie berieten über die Lage an der Grenze zur Ukraine.

„Wir bleiben offen für Gespräche“, sagte Generalsekretär Stoltenberg. Moskau müsse aber seine Truppen abziehen.

Lesen Sie auch: Was will Putin?
"""

ARTICLE_B = """Kreml weist Vorwürfe zurück

Der Kreml hat die Vorwürfe der NATO als „Hysterie“ bezeichnet. Ein Sprecher sagte am 3. März, Russland bedrohe niemanden.

Die Gespräche in Genf sollen u. a. über Sicherheitsgarantien geführt werden.
"""


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


@pytest.fixture
def article_folder(tmp_path: Path) -> Path:
    """A folder with two German text articles in a sub-folder structure."""
    folder = tmp_path / "articles"
    (folder / "2022").mkdir(parents=True)
    (folder / "a.txt").write_text(ARTICLE_A, encoding="utf-8")
    (folder / "2022" / "b.md").write_text("# " + ARTICLE_B, encoding="utf-8")
    return folder


@pytest.fixture
def no_load_warnings():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        yield
