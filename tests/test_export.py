"""Tests for analysis_kit.export: every format parsed back, atomic writes, overwrite rules."""

from __future__ import annotations

import json
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import altair as alt
import polars as pl
import pytest
from polars.testing import assert_frame_equal

import analysis_kit as ak


@pytest.fixture(scope="module")
def chart() -> alt.Chart:
    data = pl.DataFrame({"Seite": ["NATO", "Russland"], "Tonalität": [0.2, -0.3]})
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(x=alt.X("Seite:N", title="Seite"), y=alt.Y("Tonalität:Q", title="Tonalität"))
        .properties(title="Testgrafik Ölpreis")
    )


def test_png(tmp_path: Path, chart: alt.Chart) -> None:
    path = ak.export(chart, tmp_path / "fig.png", scale=2)
    data = Path(path).read_bytes()  # type: ignore[arg-type]
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    small = ak.export(chart, tmp_path / "small.png", scale=1)
    w1, _ = struct.unpack(">II", Path(small).read_bytes()[16:24])  # type: ignore[arg-type]
    assert width == 2 * w1 and height > 100


def test_svg_pdf_html_json(tmp_path: Path, chart: alt.Chart) -> None:
    svg = Path(ak.export(chart, tmp_path / "fig.svg")).read_text(encoding="utf-8")  # type: ignore[arg-type]
    root = ET.fromstring(svg)
    assert root.tag.endswith("svg")
    texts = " ".join(t.text or "" for t in root.iter() if t.tag.endswith("text"))
    assert "Testgrafik Ölpreis" in texts and "Tonalität" in texts and "Seite" in texts
    pdf = Path(ak.export(chart, tmp_path / "fig.pdf")).read_bytes()  # type: ignore[arg-type]
    assert pdf.startswith(b"%PDF-")
    html = Path(ak.export(chart, tmp_path / "fig.html")).read_text(encoding="utf-8")  # type: ignore[arg-type]
    assert "cdn.jsdelivr" not in html and '<script src="http' not in html
    assert "vega" in html.lower() and len(html) > 100_000  # the libraries are inlined
    spec = json.loads(Path(ak.export(chart, tmp_path / "fig.json")).read_text())  # type: ignore[arg-type]
    assert "vega-lite" in spec["$schema"] and spec["title"] == "Testgrafik Ölpreis"


def test_frames_round_trip(tmp_path: Path) -> None:
    frame = ak.sentiment(ak.example())
    assert_frame_equal(pl.read_parquet(ak.export(frame, tmp_path / "s.parquet")), frame)
    back = pl.read_csv(ak.export(frame, tmp_path / "s.csv"))
    assert back.height == frame.height and back["label"].to_list() == frame["label"].to_list()
    records = json.loads(Path(ak.export(frame, tmp_path / "s.json")).read_text())  # type: ignore[arg-type]
    assert len(records) == frame.height


def test_overwrite_rule_and_atomic_write(
    tmp_path: Path, chart: alt.Chart, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "t.csv"
    ak.export(pl.DataFrame({"a": [1]}), target)
    with pytest.raises(FileExistsError, match="overwrite=True"):
        ak.export(pl.DataFrame({"a": [2]}), target)
    ak.export(pl.DataFrame({"a": [3]}), target, overwrite=True)
    assert pl.read_csv(target)["a"].to_list() == [3]

    def broken(self: pl.DataFrame, file: object, *a: object, **k: object) -> None:
        Path(str(file)).write_text("half")
        raise OSError("disk full")

    monkeypatch.setattr(pl.DataFrame, "write_csv", broken)
    with pytest.raises(OSError, match="disk full"):
        ak.export(pl.DataFrame({"a": [4]}), target, overwrite=True)
    monkeypatch.undo()
    assert pl.read_csv(target)["a"].to_list() == [3]  # the good file is untouched
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_paths_with_spaces_umlauts_and_missing_folders(tmp_path: Path, chart: alt.Chart) -> None:
    path = ak.export(chart, tmp_path / "Berichte für Ärzte" / "neu ordner" / "Grafik Übersicht.svg")
    assert Path(path).exists()  # type: ignore[arg-type]


def test_unwritable_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    def refuse(*args: object, **kwargs: object) -> tuple[int, str]:
        raise PermissionError(13, "Permission denied")

    # tests run as root in CI, where chmod cannot lock a folder: make the OS refuse instead
    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(PermissionError, match=r"locked: cannot write in this folder"):
        ak.export(pl.DataFrame({"a": [1]}), tmp_path / "locked" / "x.csv")


def test_wrong_suffix_and_type(tmp_path: Path, chart: alt.Chart) -> None:
    with pytest.raises(ValueError, match="a chart can be written as"):
        ak.export(chart, tmp_path / "x.docx")
    with pytest.raises(ValueError, match="a frame can be written as"):
        ak.export(pl.DataFrame({"a": [1]}), tmp_path / "x.png")
    with pytest.raises(TypeError, match="cannot write a dict"):
        ak.export({"a": 1}, tmp_path / "x.csv")


def test_comparison_folder(tmp_path: Path) -> None:
    cmp = ak.compare(ak.example(), replicates=100)
    files = ak.export(cmp, tmp_path / "nato_russia")
    names = sorted(p.name for p in files)  # type: ignore[union-attr]
    assert (
        "summary.csv" in names
        and "frames.parquet" in names
        and "chart.png" in names
        and "chart.svg" in names
    )
    summary = pl.read_csv(tmp_path / "nato_russia" / "summary.csv")
    assert summary.filter(pl.col("measure") == "direct quotes")["left"].item() == 1.0
