"""Tests for the analysis-kit command."""

from __future__ import annotations

import importlib.util
import subprocess
import sys
from pathlib import Path

import polars as pl
import pytest

from analysis_kit.cli import main


def test_demo_writes_frames(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "demo"
    assert main(["demo", "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "title: NATO beharrt auf Verhandlungsbereitschaft mit Russland" in printed
    assert "boilerplate" in printed
    names = sorted(p.name for p in out.iterdir())
    assert names == [
        "articles.csv",
        "articles.parquet",
        "paragraphs.csv",
        "paragraphs.parquet",
        "sentences.csv",
        "sentences.parquet",
    ]
    paragraphs = pl.read_parquet(out / "paragraphs.parquet")
    assert paragraphs.height == 13
    assert pl.read_csv(out / "paragraphs.csv")["role"].to_list()[-3:] == ["boilerplate"] * 3


def test_info_and_export(
    article_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["info", str(article_folder)]) == 0
    printed = capsys.readouterr().out
    assert "articles" in printed
    assert "sides named (mentions, articles):" in printed
    assert any(line.split()[:1] == ["NATO"] for line in printed.splitlines())
    out = tmp_path / "frames"
    assert (
        main(["export-frames", str(article_folder), "--out", str(out), "--formats", "parquet"]) == 0
    )
    assert pl.read_parquet(out / "articles.parquet")["article_id"].to_list() == [
        "2022/b.md",
        "a.txt",
    ]
    assert sorted(p.stem for p in out.iterdir()) == [
        "articles",
        "evidence",
        "mentions",
        "paragraphs",
        "sentences",
        "sentiment",
    ]
    mentions = pl.read_parquet(out / "mentions.parquet")
    assert {"NATO", "Russia"} <= set(mentions["side"].drop_nulls())
    sentiment = pl.read_parquet(out / "sentiment.parquet")
    paragraphs = pl.read_parquet(out / "paragraphs.parquet")
    scored = sentiment.join(paragraphs, on=["article_id", "paragraph"], how="left")
    assert scored.height == paragraphs.height == 7
    assert scored.filter(pl.col("role") == "boilerplate")["polarity"].is_null().all()
    assert scored.filter(pl.col("role") == "body")["polarity"].is_not_null().any()


def test_bad_source_exits_2_with_the_file_named(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "analysis_kit.cli", "info", str(tmp_path / "missing.csv")],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "missing.csv: no such file or folder" in result.stderr


def test_dashboard_notebook_is_the_shipped_one() -> None:
    root = Path(__file__).parent.parent
    shipped = (root / "analysis_kit" / "data" / "dashboard.ipynb").read_bytes()
    assert (root / "notebooks" / "dashboard.ipynb").read_bytes() == shipped


def test_dashboard_refuses_a_missing_source(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["dashboard", "no/such/folder"]) == 2
    assert "no/such/folder: no such file or folder" in capsys.readouterr().err


@pytest.mark.skipif(
    importlib.util.find_spec("voila") is None, reason="voila not installed: pip install -e '.[dev]'"
)
def test_dashboard_serves_on_localhost_and_stops_on_ctrl_c(tmp_path: Path) -> None:
    import signal
    import socket
    import subprocess
    import sys
    import time
    import urllib.request

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis_kit.cli", "dashboard", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    try:
        assert process.stdout is not None
        deadline = time.monotonic() + 120
        line = ""
        while time.monotonic() < deadline:
            line = process.stdout.readline()
            if "analysis_kit dashboard: http" in line or not line:
                break
        assert f"analysis_kit dashboard: http://127.0.0.1:{port}/" in line
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=120) as page:
            assert page.status == 200
            html = page.read().decode()
        assert "cdn.jsdelivr" not in html and "fontawesome" not in html
        process.send_signal(signal.SIGINT)
        rest, _ = process.communicate(timeout=60)
        assert process.returncode == 0
        assert "stopping" in rest
    finally:
        if process.poll() is None:
            process.kill()
    assert not list(tmp_path.glob("coding.json"))  # nothing written before a code is given


@pytest.mark.skipif(
    importlib.util.find_spec("voila") is None or not sys.platform.startswith("linux"),
    reason="voila not installed (pip install -e '.[dev]'), or not Linux",
)
def test_dashboard_server_goes_when_the_command_is_killed(tmp_path: Path) -> None:
    import signal
    import socket
    import time

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    process = subprocess.Popen(
        [sys.executable, "-m", "analysis_kit.cli", "dashboard", "--port", str(port)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        cwd=tmp_path,
    )
    assert process.stdout is not None
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if "analysis_kit dashboard: http" in line or not line:
            break
    process.send_signal(signal.SIGKILL)  # no chance to clean up: Voila must follow anyway
    process.wait(timeout=10)
    deadline = time.monotonic() + 30
    listening = True
    while listening and time.monotonic() < deadline:
        with socket.socket() as probe:
            listening = probe.connect_ex(("127.0.0.1", port)) == 0
        time.sleep(0.3)
    assert not listening
