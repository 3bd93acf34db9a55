"""Project files: environment.yml matches pyproject.toml, the README's commands exist, CI runs them."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import yaml

import analysis_kit as ak

ROOT = Path(__file__).parent.parent


def _requirement(spec: str) -> tuple[str, str]:
    match = re.match(r"^\s*([A-Za-z0-9_.\-]+)(?:\[[^\]]*\])?\s*(.*)$", spec)
    assert match, spec
    return match.group(1).lower().replace("_", "-"), match.group(2).replace(" ", "")


def test_environment_yml_matches_pyproject() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    wanted = dict(_requirement(s) for s in project["dependencies"])
    env = yaml.safe_load((ROOT / "environment.yml").read_text())
    assert env["channels"] == ["conda-forge"]
    found: dict[str, str] = {}
    for item in env["dependencies"]:
        specs = item["pip"] if isinstance(item, dict) else [item]
        for spec in specs:
            if spec.startswith("-e"):
                continue
            name, pin = _requirement(spec)
            found[name] = pin
    assert found.pop("python") == ">=3.11"
    assert project["requires-python"] == ">=3.11"
    for extra in ("pip", "jupyterlab"):
        found.pop(extra)
    # the conda environment is for notebooks and the dashboard: the dashboard extra too
    dashboard = dict(_requirement(s) for s in project["optional-dependencies"]["dashboard"])
    assert found.pop("voila") == dashboard["voila"]
    assert found == wanted
    assert wanted["textblob"] == ">=0.15.3,<0.18"


def test_pyproject_has_extras_and_console_script() -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    assert {"dashboard", "scale", "dev"} <= set(project["optional-dependencies"])
    assert project["scripts"]["analysis-kit"] == "analysis_kit.cli:main"


def test_readme_starts_with_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    first_block = readme.split("```sh", 1)[1].split("```", 1)[0]
    assert [line.split("#")[0].strip() for line in first_block.strip().splitlines()] == [
        "make demo",
        "make test",
    ]
    makefile = (ROOT / "Makefile").read_text()
    assert re.search(r"^demo:", makefile, re.M) and re.search(r"^test:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text()


def test_public_api_is_explicit() -> None:
    assert set(ak.__all__) >= {"load", "example", "concat", "Corpus", "LoadError", "__version__"}
    assert ak.__version__ == "0.1.0"
    for name in ak.__all__:
        assert getattr(ak, name) is not None


def test_citation_and_example_are_shipped() -> None:
    assert "cff-version" in (ROOT / "CITATION.cff").read_text()
    shipped = (ROOT / "analysis_kit" / "data" / "example_article.txt").read_text(encoding="utf-8")
    assert shipped.startswith("NATO beharrt auf Verhandlungsbereitschaft mit Russland\n")
