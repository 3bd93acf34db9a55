"""The report bundle, its reproduction and the report command."""

from __future__ import annotations

import hashlib
import json
import shutil
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import polars as pl
import pytest

import analysis_kit as ak
from analysis_kit import reports
from analysis_kit.cli import main

FRAMING = Path(__file__).parent / "fixtures" / "framing"


@pytest.fixture(scope="module")
def corpus() -> ak.Corpus:
    return ak.load(FRAMING)


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory, corpus: ak.Corpus) -> ak.Report:
    out = tmp_path_factory.mktemp("r") / "Bericht über NATO"
    return ak.report(corpus, out, replicates=100, source=str(FRAMING))


def test_report_writes_every_part(bundle: ak.Report) -> None:
    folder = bundle.folder
    names = ["sentiment_distribution", "actor_mentions", "actor_positions", "co_mentions"]
    for name in [*names, "framing"]:
        png = (folder / "charts" / f"{name}.png").read_bytes()
        assert png[:8] == b"\x89PNG\r\n\x1a\n"
        width = int.from_bytes(png[16:20], "big")
        assert width > 200
        root = ET.parse(folder / "charts" / f"{name}.svg").getroot()
        assert root.tag.endswith("svg")
    svg_text = (folder / "charts" / "actor_mentions.svg").read_text(encoding="utf-8")
    assert "Mentions" in svg_text and "NATO" in svg_text
    for table in bundle.methods["tables"]:
        csv = pl.read_csv(folder / "tables" / f"{table}.csv")
        parquet = pl.read_parquet(folder / "tables" / f"{table}.parquet")
        assert csv.height == parquet.height == bundle.methods["tables"][table]["rows"]
    assert (folder / "actors.toml").read_bytes() == Path(ak.DEFAULT_ACTORS.source).read_bytes()


def test_index_is_offline_and_complete(bundle: ak.Report) -> None:
    page = bundle.index.read_text(encoding="utf-8")
    assert "<script" not in page
    assert "cdn" not in page.lower()
    assert 'src="http' not in page and 'href="http' not in page
    assert page.count("<svg") == 5
    assert page.count("<figcaption>") == 5
    assert "Figure 5. How NATO and Russia are framed" in page
    assert "We analysed 4 articles" in page
    assert "cluster-bootstrap intervals over articles (100 replicates, seed 0)" in page


def test_methods_record(bundle: ak.Report, corpus: ak.Corpus) -> None:
    methods = json.loads((bundle.folder / "methods.json").read_text(encoding="utf-8"))
    assert methods == bundle.methods
    assert methods["parameters"]["replicates"] == 100
    assert methods["parameters"]["left"] == "NATO"
    assert methods["versions"]["polars"] == pl.__version__
    assert methods["sentiment_lexicon"]["name"] == "textblob-de (news)"
    assert len(methods["sentiment_lexicon"]["sha256"]) == 64
    files = methods["sentiment_lexicon"]["files"]
    assert sorted(files) == ["de-sentiment.xml", "news_neutral_terms.txt"]
    from importlib import resources

    neutral = (resources.files("analysis_kit") / "data" / "news_neutral_terms.txt").read_bytes()
    assert files["news_neutral_terms.txt"] == hashlib.sha256(neutral).hexdigest()
    assert methods["corpus"]["articles"] == 4
    assert methods["corpus"]["source"] == str(FRAMING)
    words = corpus.paragraphs.filter(pl.col("role") == "body")["n_words"].sum()
    assert methods["corpus"]["words"] == words
    summary = pl.read_parquet(bundle.folder / "tables" / "comparison_summary.parquet")
    assert methods["tables"]["comparison_summary"]["sha256"] == reports._frame_hash(summary)


def test_reproduce_matches_and_detects_changes(
    bundle: ak.Report, corpus: ak.Corpus, tmp_path: Path
) -> None:
    checks = ak.reproduce(bundle.folder / "methods.json", FRAMING)
    assert checks["matches"].all(), checks.filter(~pl.col("matches"))
    assert checks.height == 4 + len(bundle.methods["tables"])
    # another input: the input hash and the numbers differ
    other = ak.reproduce(bundle.folder / "methods.json", ak.example())
    bad = dict(zip(other["check"], other["matches"], strict=True))
    assert not bad["input"]
    assert not bad["table comparison_summary"]
    # a tampered stored number is found and named
    copy = tmp_path / "copy"
    shutil.copytree(bundle.folder, copy)
    methods = json.loads((copy / "methods.json").read_text(encoding="utf-8"))
    methods["tables"]["sentiment"]["sha256"] = "0" * 64
    (copy / "methods.json").write_text(json.dumps(methods), encoding="utf-8")
    tampered = ak.reproduce(copy / "methods.json", corpus)
    assert tampered.filter(~pl.col("matches"))["check"].to_list() == ["table sentiment"]


def test_overwrite_rule_and_interrupted_write(
    corpus: ak.Corpus, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    out = tmp_path / "r"
    ak.report(corpus, out, replicates=20)
    before = (out / "methods.json").read_text(encoding="utf-8")
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ak.report(corpus, out, replicates=20)

    def boom(*args: Any, **kwargs: Any) -> None:
        raise RuntimeError("disk full")

    monkeypatch.setattr(sys.modules["analysis_kit.export"], "export", boom)
    with pytest.raises(RuntimeError, match="disk full"):
        ak.report(corpus, out, replicates=20, overwrite=True)
    monkeypatch.undo()
    assert (out / "methods.json").read_text(encoding="utf-8") == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r"]
    ak.report(corpus, out, replicates=30, overwrite=True)
    assert json.loads((out / "methods.json").read_text())["parameters"]["replicates"] == 30


def test_report_command_exit_codes(
    article_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rep"
    args = ["report", str(article_folder), "--out", str(out), "--replicates", "20"]
    assert main(["--quiet", *args]) == 0
    assert (out / "index.html").exists()
    assert main(args) == 2
    assert "use --force" in capsys.readouterr().err
    (article_folder / "empty.txt").write_bytes(b"")
    assert main([*args, "--force"]) == 1
    err = capsys.readouterr().err
    assert "empty.txt: empty file" in err
    assert (out / "index.html").exists()
    assert main(["reproduce", str(out / "methods.json"), str(article_folder)]) == 0
    empty = tmp_path / "nothing"
    empty.mkdir()
    (empty / "bad.txt").write_bytes(b"")
    assert main(["report", str(empty), "--out", str(tmp_path / "x")]) == 2


@pytest.mark.parametrize("command", ["info", "export-frames", "report", "reproduce", "demo"])
def test_every_command_has_help(command: str, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main([command, "--help"])
    assert exit_info.value.code == 0
    assert "usage: analysis-kit" in capsys.readouterr().out


def test_article_charts_have_safe_names(tmp_path: Path) -> None:
    frame = pl.DataFrame(
        {
            "title": ["../../etc/x", "NATO: Gespräche?"],
            "text": [
                "Die NATO berät in Brüssel über Russland. Die Gespräche gehen weiter.",
                "Russland weist die Vorwürfe der NATO zurück. Moskau spricht von Hysterie.",
            ],
        }
    )
    out = tmp_path / "r"
    result = ak.report(ak.load(frame), out, replicates=20)
    charts = sorted(p.name for p in (out / "charts" / "articles").iterdir())
    assert charts == [
        "001_etc_x.png",
        "001_etc_x.svg",
        "002_NATO_ Gespräche.png",
        "002_NATO_ Gespräche.svg",
    ]
    assert all(not f.startswith("..") for f in result.files)
    assert not (tmp_path / "etc").exists()
    page = result.index.read_text(encoding="utf-8")
    assert "href='charts/articles/001_etc_x.svg'" in page


def test_progress_bar_counts_every_step(
    corpus: ak.Corpus, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ak.report(corpus, tmp_path / "r", replicates=20, progress=True)
    err = capsys.readouterr().err
    # 1 analysis + 5 charts + 4 article charts + 10 tables
    assert "20/20" in err


def test_report_command_with_a_lexicon_file(tmp_path: Path) -> None:
    lexicon = tmp_path / "mein lexikon.csv"
    lexicon.write_text("term,score\nbedrohen,-0.8\nkonstruktiv,0.6\noffen,0.4\n", encoding="utf-8")
    out = tmp_path / "rep"
    args = ["report", str(FRAMING), "--out", str(out), "--replicates", "20"]
    assert main(["--quiet", *args, "--lexicon", str(lexicon)]) == 0
    methods = json.loads((out / "methods.json").read_text(encoding="utf-8"))
    digest = hashlib.sha256(lexicon.read_bytes()).hexdigest()
    assert methods["sentiment_lexicon"]["files"] == {"mein lexikon.csv": digest}
    assert not methods["sentiment_lexicon"]["builtin"]
    repro = ["reproduce", str(out / "methods.json"), str(FRAMING)]
    assert main([*repro, "--lexicon", str(lexicon)]) == 0
    with pytest.raises(ValueError, match="pass it as lexicon="):
        ak.reproduce(out / "methods.json", FRAMING)
