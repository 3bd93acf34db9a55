"""Small, safe HTML: escaped text and frames as tables (for widgets and reports).

Article text is untrusted: everything here goes through :func:`html.escape`, quotes
included, so nothing from an article becomes markup, an attribute or a link.
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from typing import Any

import polars as pl

__all__ = ["esc", "table_html"]


def esc(value: object) -> str:
    """Text for HTML: ``None`` as empty, everything else escaped (quotes included).

    Examples
    --------
    >>> esc('<img src=x onerror="alert(1)">')
    '&lt;img src=x onerror=&quot;alert(1)&quot;&gt;'
    """
    return "" if value is None else html.escape(str(value), quote=True)


def table_html(
    frame: pl.DataFrame,
    columns: Mapping[str, str] | None = None,
    *,
    digits: int = 3,
    max_rows: int = 50,
    more: str = "First {shown} of {total} rows.",
) -> str:
    """A small frame as an escaped HTML table.

    Parameters
    ----------
    frame
        The rows to show.
    columns
        Column to header text (default: every column, its own name).
    digits
        Decimals of floating point numbers.
    max_rows
        Rows shown at most.
    more
        The line after a table that was cut (``{shown}`` and ``{total}`` are filled in).

    Returns
    -------
    str
        ``<table class="ak-table">`` with every cell escaped.

    Examples
    --------
    >>> table_html(pl.DataFrame({"a": ["<x>"], "b": [0.12345]}))  # doctest: +ELLIPSIS
    '<table ...<tbody><tr><td>&lt;x&gt;</td><td>0.123</td></tr></tbody></table>'
    """
    cols = dict(columns) if columns is not None else {c: c for c in frame.columns}
    shown = frame.select([c for c in cols if c in frame.columns]).head(max_rows)
    head = "".join(f"<th>{esc(cols[c])}</th>" for c in shown.columns)
    rows = []
    for row in shown.iter_rows():
        cells = "".join(f"<td>{esc(_fmt(v, digits))}</td>" for v in row)
        rows.append(f"<tr>{cells}</tr>")
    note = ""
    if frame.height > max_rows:
        note = f'<p class="more">{esc(more.format(shown=max_rows, total=frame.height))}</p>'
    return (
        f'<table class="ak-table"><thead><tr>{head}</tr></thead>'
        f"<tbody>{''.join(rows)}</tbody></table>{note}"
    )


def _fmt(value: Any, digits: int) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return f"{value:.{digits}f}"
    if isinstance(value, bool):
        return "✓" if value else ""
    return str(value)
