"""Export charts, frames and comparisons to files for reports.

:func:`export` picks the format from the file name:

=============================== =====================================================
object                          formats
=============================== =====================================================
an Altair chart                 ``.png`` (``scale=``), ``.svg``, ``.pdf`` (all three
                                rendered offline by ``vl-convert-python``), ``.html``
                                (self-contained: the JavaScript is inlined, nothing is
                                fetched from a CDN), ``.json`` (the Vega-Lite spec)
a Polars frame                  ``.csv``, ``.parquet``, ``.json`` (records), ``.xlsx``
                                (needs ``xlsxwriter``)
a :class:`~analysis_kit.Comparison` a folder: every table as CSV and Parquet, the chart as
                                PNG, SVG and HTML
=============================== =====================================================

Every file is written to a temporary file next to the target and then renamed, so an
interrupted export never leaves a half-written file in place of a good one. An existing
file is only replaced with ``overwrite=True``. Missing parent folders are created.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import polars as pl

__all__ = ["CHART_FORMATS", "FRAME_FORMATS", "export", "safe_filename"]

CHART_FORMATS = (".png", ".svg", ".pdf", ".html", ".json")
FRAME_FORMATS = (".csv", ".parquet", ".json", ".xlsx")
_COMPARISON_TABLES = ("summary", "sentiment", "frames", "terms", "verbs", "voices", "prominence")


def export(
    obj: Any,
    path: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    scale: float = 2.0,
) -> Path | list[Path]:
    """Write a chart, a frame or a comparison to a file (or a folder).

    Parameters
    ----------
    obj
        An Altair chart, a ``pl.DataFrame`` or a :class:`~analysis_kit.Comparison`.
    path
        The file; its suffix chooses the format. For a comparison, a folder.
    overwrite
        Replace an existing file (otherwise :class:`FileExistsError`).
    scale
        Pixel density of PNG files (2 = twice the chart's size in pixels).

    Returns
    -------
    pathlib.Path or list of pathlib.Path
        The file written, or the files of a comparison.

    Raises
    ------
    FileExistsError
        The file exists and ``overwrite`` is False.
    ValueError
        The suffix is not a format for this kind of object.
    PermissionError
        The folder cannot be written (the message names it).

    Examples
    --------
    >>> import tempfile, polars as pl
    >>> folder = tempfile.mkdtemp()
    >>> export(pl.DataFrame({"a": [1, 2]}), f"{folder}/table.csv").name
    'table.csv'
    >>> export(pl.DataFrame({"a": [1]}), f"{folder}/table.csv")
    Traceback (most recent call last):
    ...
    FileExistsError: .../table.csv exists; pass overwrite=True to replace it
    """
    target = Path(path)
    from analysis_kit.framing import Comparison

    if isinstance(obj, Comparison):
        return _export_comparison(obj, target, overwrite=overwrite, scale=scale)
    if isinstance(obj, pl.DataFrame):
        suffix = target.suffix.lower()
        if suffix not in FRAME_FORMATS:
            raise ValueError(f"{target}: a frame can be written as {', '.join(FRAME_FORMATS)}")
        return _atomic(target, overwrite, lambda tmp: _write_frame(obj, tmp, suffix))
    if _is_chart(obj):
        suffix = target.suffix.lower()
        if suffix not in CHART_FORMATS:
            raise ValueError(f"{target}: a chart can be written as {', '.join(CHART_FORMATS)}")
        return _atomic(target, overwrite, lambda tmp: _write_chart(obj, tmp, suffix, scale))
    raise TypeError(
        f"export: cannot write a {type(obj).__name__} (give an Altair chart, a Polars frame "
        "or a Comparison)"
    )


def _is_chart(obj: Any) -> bool:
    try:
        import altair as alt
    except ImportError:  # pragma: no cover - altair is a dependency
        return False
    return isinstance(obj, alt.TopLevelMixin)


def _atomic(target: Path, overwrite: bool, write: Callable[[Path], None]) -> Path:
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target} exists; pass overwrite=True to replace it")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(
            prefix=f".{target.name}.", suffix=".part", dir=target.parent
        )
    except PermissionError:
        raise PermissionError(f"{target.parent}: cannot write in this folder") from None
    os.close(handle)
    tmp = Path(name)
    try:
        write(tmp)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return target


def _write_frame(frame: pl.DataFrame, tmp: Path, suffix: str) -> None:
    if suffix == ".csv":
        frame.write_csv(tmp)
    elif suffix == ".parquet":
        frame.write_parquet(tmp)
    elif suffix == ".json":
        frame.write_json(tmp)
    else:
        try:
            frame.write_excel(tmp)
        except ModuleNotFoundError as err:
            raise ImportError("writing .xlsx needs xlsxwriter: pip install xlsxwriter") from err


def _vl_convert() -> Any:
    try:
        import vl_convert
    except ImportError as err:
        raise ImportError(
            "PNG, SVG, PDF and offline HTML export need vl-convert-python: "
            "pip install 'analysis_kit[export]' (or pip install vl-convert-python)"
        ) from err
    return vl_convert


def _write_chart(chart: Any, tmp: Path, suffix: str, scale: float) -> None:
    spec = chart.to_json()
    if suffix == ".json":
        tmp.write_text(spec, encoding="utf-8")
        return
    vlc = _vl_convert()
    if suffix == ".png":
        tmp.write_bytes(vlc.vegalite_to_png(spec, scale=scale))
    elif suffix == ".svg":
        tmp.write_text(vlc.vegalite_to_svg(spec), encoding="utf-8")
    elif suffix == ".pdf":
        tmp.write_bytes(vlc.vegalite_to_pdf(spec))
    else:  # self-contained HTML: the Vega libraries are inlined, no CDN
        tmp.write_text(vlc.vegalite_to_html(spec, bundle=True), encoding="utf-8")


def _export_comparison(cmp: Any, folder: Path, *, overwrite: bool, scale: float) -> list[Path]:
    if folder.suffix:
        raise ValueError(f"{folder}: a comparison is written to a folder (no file suffix)")
    written = []
    for name in _COMPARISON_TABLES:
        frame = getattr(cmp, name)
        for suffix in (".csv", ".parquet"):
            written.append(export(frame, folder / f"{name}{suffix}", overwrite=overwrite))
    chart = cmp.chart()
    for suffix in (".png", ".svg", ".html"):
        written.append(export(chart, folder / f"chart{suffix}", overwrite=overwrite, scale=scale))
    return [p for p in written if isinstance(p, Path)]


_UNSAFE = "[^0-9A-Za-zÄÖÜäöüß._ -]+"


def safe_filename(title: str, *, max_length: int = 80, default: str = "untitled") -> str:
    """A file name made from a title that stays inside its folder.

    Path separators, ``..``, control and other unsafe characters become ``_``; leading
    dots and spaces are dropped (no hidden files, no ``..``); the result is cut to
    ``max_length`` characters. German letters are kept.

    Parameters
    ----------
    title
        The title (or any text).
    max_length
        Longest name returned.
    default
        Name for a title with nothing usable in it.

    Returns
    -------
    str

    Examples
    --------
    >>> safe_filename("../../etc/x")
    'etc_x'
    >>> safe_filename("Nato: Gespräche über Sicherheit?")
    'Nato_ Gespräche über Sicherheit'
    >>> safe_filename("...")
    'untitled'
    """
    import re

    name = re.sub(_UNSAFE, "_", title)
    name = re.sub(r"\.{2,}", "_", name)
    name = re.sub(r"_+", "_", name).strip(" ._")
    name = name[:max_length].rstrip(" ._")
    return name or default
