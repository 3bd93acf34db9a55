"""File readers: bytes of one file in, a frame of raw articles out.

Every reader returns a *raw* frame with the columns of :data:`RAW_SCHEMA` plus any
extra scalar metadata columns of tabular input. Readers raise :class:`LoadError`
(naming the file) for a file that cannot be used at all, and return row-level
problems (a row with no text, a broken JSON line) next to the good rows, so nothing
that was good is lost.

Supported formats, chosen by file extension or the ``format=`` argument of
:func:`analysis_kit.load`:

========== ======================================== =========================
format     extensions                               articles per file
========== ======================================== =========================
text       .txt .text                               one (first line = title)
markdown   .md .markdown                            one (first line = title)
html       .html .htm .xhtml                        one (trafilatura extraction)
json       .json                                    one object or a list
jsonl      .jsonl .ndjson                           one per line
csv        .csv .tsv .tab                           one per row
parquet    .parquet .pq                             one per row
========== ======================================== =========================
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from html import unescape
from typing import Any

import polars as pl

__all__ = [
    "EXTENSIONS",
    "RAW_SCHEMA",
    "LoadError",
    "decode",
    "normalize_table",
    "plain_text",
    "read_bytes",
]

#: Columns of a raw article frame, before paragraphs are made.
RAW_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "title": pl.String(),
    "text": pl.String(),
    "source": pl.String(),
    "author": pl.String(),
    "published": pl.Date(),
    "url": pl.String(),
    "path": pl.String(),
    "_id_supplied": pl.Boolean(),
    # (a date as given that was not understood: its article is kept with no date, and
    # load() says so)
    "_published_text": pl.String(),
}

EXTENSIONS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".csv": "csv",
    ".tsv": "csv",
    ".tab": "csv",
    ".parquet": "parquet",
    ".pq": "parquet",
}

#: Alternative column names recognised (case-insensitively) when a standard one is missing.
ALIASES: dict[str, tuple[str, ...]] = {
    "text": (
        "text",
        "body",
        "content",
        "article",
        "article_text",
        "fulltext",
        "full_text",
        "inhalt",
        "volltext",
        "maintext",
        "story",
        "bodytext",
        "body_text",
        "articlebody",
    ),
    "title": (
        "title",
        "headline",
        "heading",
        "titel",
        "überschrift",
        "ueberschrift",
        "head",
        "webtitle",
    ),
    "source": (
        "source",
        "outlet",
        "medium",
        "publisher",
        "sitename",
        "site",
        "quelle",
        "zeitung",
        "newspaper",
        "media_name",
        "source_name",
        "sourcename",
        "domain",
    ),
    "author": ("author", "authors", "byline", "autor", "autorin", "writer", "creator"),
    "published": (
        "published",
        "date",
        "datum",
        "published_at",
        "publishedat",
        "datepublished",
        "date_published",
        "publisheddate",
        "webpublicationdate",
        "publication_date",
        "pubdate",
        "pub_date",
        "publish_date",
        "created_at",
        "time",
        "datetime",
        "timestamp",
        "seendate",
    ),
    "url": ("url", "link", "href", "uri", "canonical_url", "web_url", "weburl", "article_url"),
    "article_id": ("article_id", "id", "doc_id", "document_id", "docid", "article"),
}

_DATE_FORMATS = ("%Y-%m-%d", "%d.%m.%Y", "%Y/%m/%d", "%d/%m/%Y", "%Y%m%d", "%d. %B %Y")


class LoadError(ValueError):
    """Raised when an input cannot be loaded; the message names the file and the problem.

    Attributes
    ----------
    path
        The file (or ``archive.zip/member``) the problem is about.
    problem
        What is wrong, without the file name.
    """

    def __init__(self, path: str, problem: str) -> None:
        self.path = path
        self.problem = problem
        super().__init__(f"{path}: {problem}")


@dataclass(frozen=True)
class ReadOptions:
    """Options that every reader receives (set through :func:`analysis_kit.load`)."""

    columns: Mapping[str, str] | None = None
    encoding: str | None = None
    delimiter: str | None = None
    quotechar: str | None = None
    has_header: bool = True


# --------------------------------------------------------------------------- decoding

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def decode(data: bytes, path: str, encoding: str | None = None) -> str:
    """Decode the bytes of a text file.

    UTF-8 (with or without BOM), UTF-16/32 with BOM, UTF-16 without BOM, and
    Windows-1252 (a superset of Latin-1 for printable text) are recognised in that
    order; ``encoding`` forces one. Binary content raises :class:`LoadError`.

    Parameters
    ----------
    data
        The file's bytes.
    path
        The file name used in error messages.
    encoding
        A codec name to use instead of detection.

    Returns
    -------
    str
        The text, NFC-normalised, with ``\\r\\n`` and ``\\r`` turned into ``\\n``.

    Examples
    --------
    >>> decode("Grüße".encode("cp1252"), "a.txt")
    'Grüße'
    >>> decode("\\ufeffStraße".encode("utf-8"), "a.txt")
    'Straße'
    """
    if not data:
        raise LoadError(path, "empty file")
    if encoding is not None:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError) as err:
            raise LoadError(path, f"cannot decode as {encoding}: {err}") from None
        return _clean_text(text)
    for bom, codec in _BOMS:
        if data.startswith(bom):
            try:
                return _clean_text(data.decode(codec))
            except UnicodeDecodeError as err:
                raise LoadError(path, f"undecodable: starts with a {codec} BOM but {err}") from None
    if b"\x00" in data[:4096]:
        wide = _guess_utf16(data)
        if wide is None:
            raise LoadError(path, "undecodable: binary content, not a text file")
        return _clean_text(wide)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = data.decode("latin-1")
    if _control_share(text) > 0.01:
        raise LoadError(path, "undecodable: binary content, not a text file")
    return _clean_text(text)


def _guess_utf16(data: bytes) -> str | None:
    sample = data[:4096]
    even_zero = sample[0::2].count(0)
    odd_zero = sample[1::2].count(0)
    half = max(len(sample) // 2, 1)
    codec = None
    if odd_zero > 0.3 * half and even_zero < 0.05 * half:
        codec = "utf-16-le"
    elif even_zero > 0.3 * half and odd_zero < 0.05 * half:
        codec = "utf-16-be"
    if codec is None:
        return None
    try:
        text = data.decode(codec)
    except UnicodeDecodeError:
        return None
    return None if _control_share(text) > 0.01 else text


def _control_share(text: str) -> float:
    sample = text[:20000]
    if not sample:
        return 0.0
    bad = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in "\t\n\r\f\v")
    return bad / len(sample)


def _clean_text(text: str) -> str:
    return unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))


# --------------------------------------------------------------------------- plain text

#: Characters of scraped text that print as nothing, removed: the soft hyphen (``&shy;``),
#: the zero-width space, the word joiner and the zero-width no-break space (a byte order
#: mark inside a text). Left in, they split words (*Verteidigungs\u00administer* is no
#: role, *Russ\u00adland* no actor, *kata\u00adstrophal* no sentiment word) and hide
#: sentence ends.
_INVISIBLE = r"[\x{AD}\x{200B}\x{2060}\x{FEFF}]"
#: Spaces other than the space (no-break, narrow no-break, thin, figure ...: Unicode's
#: space separators), which become spaces.
_OTHER_SPACES = r"[\x{A0}\x{1680}\x{2000}-\x{200A}\x{202F}\x{205F}\x{3000}]"
#: The hyphen and the no-break hyphen of typesetting, which become the hyphen-minus that
#: compounds are written with (*Nato\u2011Gipfel* is *Nato-Gipfel*).
_OTHER_HYPHENS = r"[\x{2010}\x{2011}]"
#: A tag of HTML a text column of an export from a web page or an API may hold: the text
#: is markup, its tags are removed (a text with none, or with "a < b", is left alone).
_MARKUP = (
    r"(?i)<(?:/?(?:p|div|span|a|b|i|em|strong|h[1-6]|li|ul|ol|blockquote|figure|figcaption|"
    r"section|article|table|tr|td|script|style|noscript|iframe|img)|br\s*/?)(?:\s[^<>]*)?/?>"
)
#: Tags that end a paragraph: they become a blank line.
_BLOCK_TAG = (
    r"(?i)<(?:/?(?:p|div|h[1-6]|li|ul|ol|blockquote|figure|figcaption|section|article|table|"
    r"tr)|br\s*/?)(?:\s[^<>]*)?>"
)
#: What a page shows not: scripts, styles, comments.
_HIDDEN = r"(?is)<script\b.*?</script\s*>|<style\b.*?</style\s*>|<!--.*?-->"
#: Any other tag.
_TAG = r"</?[A-Za-z][A-Za-z0-9]*(?:\s[^<>]*)?/?>"
#: A character reference of HTML (``&quot;``, ``&bdquo;``, ``&#8222;``, ``&#x201E;``).
_REFERENCE = r"&(?:#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"


def plain_text(raw: pl.DataFrame, columns: Sequence[str] = ("text", "title")) -> pl.DataFrame:
    """The text columns of raw articles as the plain text a reader sees.

    A text holding HTML tags (an export from a web page or a news API) loses them, a tag
    that ends a paragraph (``<p>``, ``<br>``, ``<div>`` ...) becoming a blank line;
    character references (``&quot;``, ``&bdquo;``, ``&#8222;``) are decoded; the text is
    put in Unicode's composed form (NFC); characters that print as nothing (soft hyphens,
    zero-width spaces, word joiners, stray byte order marks) are removed, other spaces
    (no-break, narrow, thin) become spaces and the typesetter's hyphens (U+2010, U+2011)
    hyphens. All offsets of a corpus refer to this text.

    Parameters
    ----------
    raw
        Raw articles (:data:`RAW_SCHEMA`).
    columns
        The text columns (those missing are skipped).

    Returns
    -------
    pl.DataFrame
        ``raw`` with its text columns cleaned.

    Examples
    --------
    >>> frame = pl.DataFrame({"text": ["<p>Russ\u00adland &bdquo;schweigt&ldquo;.</p><p>Ja.</p>"]})
    >>> plain_text(frame)["text"].item()
    '\\n\\nRussland „schweigt“.\\n\\n\\n\\nJa.\\n\\n'
    """
    names = [name for name in columns if name in raw.columns]
    stripped = raw.with_columns(
        pl.when(pl.col(name).str.contains(_MARKUP))
        .then(
            pl.col(name)
            .str.replace_all(_HIDDEN, "")
            .str.replace_all(_BLOCK_TAG, "\n\n")
            .str.replace_all(_TAG, "")
        )
        .otherwise(pl.col(name))
        for name in names
    )
    # the references the texts hold, each decoded once (a few distinct strings)
    references = (
        pl.concat(
            [stripped.get_column(name).str.extract_all(_REFERENCE).explode() for name in names]
        )
        .drop_nulls()
        .unique()
        .to_list()
        if names
        else []
    )
    decoded = {ref: unescape(ref) for ref in references}
    decoded = {ref: text for ref, text in decoded.items() if text != ref}
    return stripped.with_columns(
        (pl.col(name).str.replace_many(decoded) if decoded else pl.col(name))
        .str.normalize("NFC")
        .str.replace_all(_INVISIBLE, "")
        .str.replace_all(_OTHER_SPACES, " ")
        .str.replace_all(_OTHER_HYPHENS, "-")
        for name in names
    )


# --------------------------------------------------------------------------- frames


def _raw_frame(rows: list[dict[str, Any]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema=RAW_SCHEMA)


def _problems(rows: list[tuple[str, str]]) -> pl.DataFrame:
    return pl.DataFrame(rows, schema={"path": pl.String, "problem": pl.String}, orient="row")


def _one_article(
    path: str, display: str, *, title: str | None, text: str, **meta: Any
) -> pl.DataFrame:
    if not text.strip() and not (title or "").strip():
        raise LoadError(display, "no text found")
    row = {
        "article_id": display,
        "title": title.strip() if title and title.strip() else None,
        "text": text,
        "source": meta.get("source"),
        "author": meta.get("author"),
        "published": _parse_date_scalar(meta.get("published")),
        "url": meta.get("url"),
        "path": path,
        "_id_supplied": False,
    }
    given = str(meta.get("published") or "").strip()
    row["_published_text"] = given if given and row["published"] is None else None
    return _raw_frame([row])


def _parse_date_scalar(value: Any) -> Any:
    if value is None or value == "":
        return None
    frame = pl.DataFrame({"published": [str(value)]})
    return frame.select(parse_dates(pl.col("published"))).item()


#: Month names and their abbreviations, German (with the Austrian Jänner and Feber) and
#: English, lower case.
_MONTHS = {
    **dict.fromkeys(["januar", "jänner", "january", "jan", "jän"], 1),
    **dict.fromkeys(["februar", "feber", "february", "feb"], 2),
    **dict.fromkeys(["märz", "maerz", "march", "mär", "mrz", "mar"], 3),
    **dict.fromkeys(["april", "apr"], 4),
    **dict.fromkeys(["mai", "may"], 5),
    **dict.fromkeys(["juni", "june", "jun"], 6),
    **dict.fromkeys(["juli", "july", "jul"], 7),
    **dict.fromkeys(["august", "aug"], 8),
    **dict.fromkeys(["september", "sept", "sep"], 9),
    **dict.fromkeys(["oktober", "october", "okt", "oct"], 10),
    **dict.fromkeys(["november", "nov"], 11),
    **dict.fromkeys(["dezember", "december", "dez", "dec"], 12),
}
#: A day, a month's name and a year: "24. Februar 2022", "24 Feb 2022" (also inside an RSS
#: date: "Thu, 24 Feb 2022 10:00:00 +0100").
_DAY_MONTH_YEAR = r"(?:^|[\s,])(\d{1,2})\.?\s*(\p{L}+)\.?,?\s+(\d{4})\b"
#: A month's name, a day and a year: "February 24, 2022".
_MONTH_DAY_YEAR = r"^(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})\b"


def parse_dates(expr: pl.Expr) -> pl.Expr:
    """Parse a string column of dates in common formats into ``pl.Date``.

    ISO dates with or without a time part (``2021-12-16T10:00:00+01:00``), German dates
    also with a time after them (``16.12.2021``, ``16.12.2021, 10:00 Uhr``),
    ``2021/12/16``, ``16/12/2021``, ``20211216``, dates with a month's name in German or
    English (``16. Dezember 2021``, ``16. Jänner 2021``, ``Dec 16, 2021``) and the dates of
    RSS feeds (``Thu, 16 Dec 2021 10:00:00 +0100``), GDELT's ``20211216T100000Z`` and Unix
    times in seconds or milliseconds (``1639648800``, its day in UTC) are understood;
    anything else becomes null (:func:`analysis_kit.load` warns about those).

    Parameters
    ----------
    expr
        A string expression.

    Returns
    -------
    pl.Expr
        A ``pl.Date`` expression.

    Examples
    --------
    >>> import polars as pl
    >>> s = pl.Series(["2021-12-16T10:00:00+01:00", "16.12.2021, 10:00 Uhr", "16. Dezember 2021",
    ...                "Thu, 16 Dec 2021 10:00:00 +0100", "gestern"])
    >>> pl.select(parse_dates(pl.lit(s))).to_series().to_list()  # doctest: +NORMALIZE_WHITESPACE
    [datetime.date(2021, 12, 16), datetime.date(2021, 12, 16), datetime.date(2021, 12, 16),
     datetime.date(2021, 12, 16), None]
    """
    cleaned = expr.cast(pl.String).str.strip_chars()
    candidates = [cleaned.str.slice(0, 10).str.to_date("%Y-%m-%d", strict=False)]
    candidates += [cleaned.str.to_date(fmt, strict=False) for fmt in _DATE_FORMATS[1:]]
    # (a German date with a weekday before it or a time after it)
    german = cleaned.str.extract(r"(?:^|[\s,])(\d{1,2}\.\d{1,2}\.\d{4})\b", 1)
    candidates.append(german.str.to_date("%d.%m.%Y", strict=False))
    for pattern, day, month, year in ((_DAY_MONTH_YEAR, 1, 2, 3), (_MONTH_DAY_YEAR, 2, 1, 3)):
        parts = cleaned.str.extract_groups(pattern)
        number = (
            parts.struct.field(str(month))
            .str.to_lowercase()
            .replace_strict(_MONTHS, default=None, return_dtype=pl.Int8)
        )
        # (through text, so that an impossible day, 31 February, is null, not an error)
        candidates.append(
            pl.format(
                "{}-{}-{}", parts.struct.field(str(year)), number, parts.struct.field(str(day))
            ).str.to_date("%Y-%m-%d", strict=False)
        )
    # a compact ISO date and time, as GDELT writes it: 20211216T100000Z
    candidates.append(cleaned.str.extract(r"^(\d{8})T\d{4}", 1).str.to_date("%Y%m%d", strict=False))
    # a Unix time in seconds or milliseconds (of API exports): 1639648800, 1639648800000
    seconds = (
        pl.when(cleaned.str.contains(r"^\d{9,10}$"))
        .then(cleaned.cast(pl.Int64, strict=False))
        .when(cleaned.str.contains(r"^\d{12,13}$"))
        .then(cleaned.cast(pl.Int64, strict=False) // 1000)
    )
    candidates.append(pl.from_epoch(seconds, time_unit="s").dt.date())
    return pl.coalesce(candidates)


# --------------------------------------------------------------------------- text & markdown

_FRONT_MATTER = re.compile(r"\A---\n(.*?)\n(?:---|\.\.\.)\n", re.S)
_MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_HEADING = re.compile(r"^[ \t]{0,3}#{1,6}[ \t]+(.*?)[ \t#]*$", re.M)
_MD_EMPHASIS = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")


def _read_plain(
    data: bytes, path: str, display: str, opts: ReadOptions, *, markdown: bool
) -> pl.DataFrame:
    text = decode(data, display, opts.encoding)
    meta: dict[str, str] = {}
    if markdown:
        match = _FRONT_MATTER.match(text)
        if match:
            for line in match.group(1).splitlines():
                key, sep, value = line.partition(":")
                if sep:
                    meta[key.strip().lower()] = value.strip().strip("\"'")
            text = text[match.end() :]
        text = _MD_IMAGE.sub("", text)
        text = _MD_LINK.sub(r"\1", text)
        text = _MD_HEADING.sub(r"\1", text)
        text = _MD_EMPHASIS.sub(r"\2", text)
    stripped = text.strip()
    if not stripped:
        raise LoadError(display, "no text found (only white space)")
    title: str | None = meta.get("title")
    body = stripped
    if title is None:
        first, _, rest = stripped.partition("\n")
        title, body = first.strip(), rest
    fields = {_canonical(k): v for k, v in meta.items()}
    return _one_article(
        path,
        display,
        title=title,
        text=body,
        source=fields.get("source"),
        author=fields.get("author"),
        published=fields.get("published"),
        url=fields.get("url"),
    )


def _canonical(name: str) -> str:
    low = name.lower()
    for standard, aliases in ALIASES.items():
        if low in aliases:
            return standard
    return low


# --------------------------------------------------------------------------- html


def _read_html(data: bytes, path: str, display: str, opts: ReadOptions) -> pl.DataFrame:
    import warnings

    import trafilatura

    html = decode(data, display, opts.encoding)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        doc = trafilatura.bare_extraction(
            html,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            favor_recall=True,
            deduplicate=False,
        )
    fields: dict[str, Any] = {}
    if doc is not None:
        fields = doc.as_dict() if hasattr(doc, "as_dict") else dict(doc)
    text = fields.get("text") or ""
    if not text.strip():
        text = trafilatura.html2txt(html) or ""
    if not text.strip():
        raise LoadError(display, "no article text found in the HTML")
    title = fields.get("title")
    lines = text.split("\n")
    if title and lines and lines[0].strip() == title.strip():
        text = "\n".join(lines[1:])
    return _one_article(
        path,
        display,
        title=title,
        text=text,
        source=fields.get("sitename") or fields.get("hostname"),
        author=fields.get("author"),
        published=fields.get("date"),
        url=fields.get("url"),
    )


# --------------------------------------------------------------------------- tables


def _flat_columns(frame: pl.DataFrame) -> pl.DataFrame:
    """A table's nested columns as :func:`_flat_record` makes them of a JSON record: the
    fields of a struct as "parent.child" columns, a list of scalars joined (a text's
    paragraphs by blank lines, other lists by commas); deeper nesting is left out."""

    def flat(expr: pl.Expr, name: str, dtype: Any) -> pl.Expr | None:
        if not dtype.is_nested():
            return expr.alias(name)
        inner = getattr(dtype, "inner", None)
        if not isinstance(dtype, (pl.List, pl.Array)) or inner is None or inner.is_nested():
            return None
        sep = "\n\n" if _canonical(name.rpartition(".")[2]) == "text" else ", "
        return expr.cast(pl.List(pl.String)).list.drop_nulls().list.join(sep).alias(name)

    if not any(dtype.is_nested() for dtype in frame.schema.values()):
        return frame
    out: list[pl.Expr | None] = []
    for name, dtype in frame.schema.items():
        if isinstance(dtype, pl.Struct):
            out.extend(
                flat(pl.col(name).struct.field(f.name), f"{name}.{f.name}", f.dtype)
                for f in dtype.fields
            )
        else:
            out.append(flat(pl.col(name), name, dtype))
    return frame.select(expr for expr in out if expr is not None)


def normalize_table(
    frame: pl.DataFrame,
    *,
    path: str,
    display: str,
    columns: Mapping[str, str] | None = None,
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Map a table of articles onto the raw article schema.

    Parameters
    ----------
    frame
        One row per article with a text column.
    path
        Where the table came from (stored in the ``path`` column).
    display
        The name used in ids and messages.
    columns
        A mapping from the table's column names to standard names
        (``{"body": "text", "headline": "title"}``). Without it, common names such as
        ``body``, ``content``, ``headline``, ``date`` or ``outlet`` are recognised.

    Returns
    -------
    tuple of pl.DataFrame
        The raw articles and the row-level problems (rows with no text).

    Examples
    --------
    >>> import polars as pl
    >>> raw, problems = normalize_table(
    ...     pl.DataFrame({"Body": ["Ein Text.", ""], "Datum": ["16.12.2021", None]}),
    ...     path="t.csv", display="t.csv")
    >>> raw.select("article_id", "text", "published").row(0)
    ('t.csv#0', 'Ein Text.', datetime.date(2021, 12, 16))
    >>> problems.row(0)
    ('t.csv#1', 'row has no text')
    """
    frame = _flat_columns(frame)
    if columns:
        missing = [c for c in columns if c not in frame.columns]
        if missing:
            raise LoadError(
                display,
                f"columns= names {missing} but the columns are {frame.columns}",
            )
        frame = frame.rename(dict(columns))
    input_columns = list(frame.columns)
    rename: dict[str, str] = {}
    lower = {c.lower().strip(): c for c in frame.columns}
    for standard, aliases in ALIASES.items():
        if standard in frame.columns or standard in rename.values():
            continue
        for alias in aliases:
            original = lower.get(alias)
            if original is not None and original not in rename and original not in RAW_SCHEMA:
                rename[original] = standard
                break
    # a field of a nested record, flattened to "parent.child" (see _records): the name of
    # a source object ("source.name"), a headline's main text ("headline.main"), or a
    # standard field inside a container ("fields.bodyText")
    for standard, aliases in ALIASES.items():
        if standard in frame.columns or standard in rename.values():
            continue
        found = next(
            (
                original
                for alias in aliases
                for low, original in lower.items()
                if "." in low
                and original not in rename
                and (
                    (low.rpartition(".")[0] == alias and low.rpartition(".")[2] in _SUBKEYS)
                    or (low.rpartition(".")[0] in _CONTAINERS and low.rpartition(".")[2] == alias)
                )
            ),
            None,
        )
        if found is not None:
            rename[found] = standard
    frame = frame.rename(rename)
    if "text" not in frame.columns:
        shown = ", ".join(input_columns[:12]) + (" ..." if len(input_columns) > 12 else "")
        raise LoadError(
            display,
            f"no text column (columns are: {shown}); name it 'text' or pass "
            "columns={'<your column>': 'text'}",
        )
    n = frame.height
    frame = frame.with_columns(pl.int_range(n, dtype=pl.Int64).alias("_row"))
    supplied = "article_id" in frame.columns
    derived = pl.format("{}#{}", pl.lit(display), pl.col("_row"))
    exprs: list[pl.Expr] = []
    for name, dtype in RAW_SCHEMA.items():
        if name == "_id_supplied":
            continue
        if name == "article_id":
            expr = (
                pl.coalesce(pl.col("article_id").cast(pl.String), derived) if supplied else derived
            )
        elif name == "path":
            expr = pl.lit(path)
        elif name == "_published_text":
            given = pl.col("published").cast(pl.String).str.strip_chars()
            expr = (
                pl.when(parse_dates(pl.col("published")).is_null() & (given != ""))
                .then(given)
                .otherwise(pl.lit(None, dtype=pl.String))
                if "published" in frame.columns
                and frame.schema["published"] != pl.Date
                and not isinstance(frame.schema["published"], pl.Datetime)
                else pl.lit(None, dtype=pl.String)
            )
        elif name not in frame.columns:
            expr = pl.lit(None, dtype=dtype)
        elif name == "published":
            col = frame.schema["published"]
            if col == pl.Date:
                expr = pl.col("published")
            elif isinstance(col, pl.Datetime):
                expr = pl.col("published").dt.date()
            else:
                expr = parse_dates(pl.col("published"))
        else:
            expr = pl.col(name).cast(pl.String)
        exprs.append(expr.alias(name))
    exprs.append(
        (pl.col("article_id").is_not_null() if supplied else pl.lit(False)).alias("_id_supplied")
    )
    extra = [
        c
        for c in frame.columns
        if c not in RAW_SCHEMA
        and c != "_row"
        and not c.startswith("_")
        and not isinstance(frame.schema[c], (pl.List, pl.Struct, pl.Array, pl.Object))
    ]
    # an input column named like a column the corpus computes keeps its values as <name>_input
    computed = {"language", "n_paragraphs", "n_words", "paragraph", "sentence", "role"}
    out = frame.select(
        *exprs,
        *[pl.col(c).alias(f"{c}_input" if c in computed else c) for c in extra],
        "_row",
    )
    empty = pl.col("text").is_null() | (pl.col("text").str.strip_chars() == "")
    problems = out.filter(empty).select(
        pl.format("{}#{}", pl.lit(display), pl.col("_row")).alias("path"),
        pl.lit("row has no text").alias("problem"),
    )
    out = out.filter(~empty).drop("_row")
    out = out.with_columns(
        pl.col("text").str.replace_all("\r\n?", "\n"),
        pl.col("title").str.strip_chars(),
    )
    return out, problems


def _sniff(sample: str, opts: ReadOptions) -> tuple[str, str]:
    delimiter, quotechar = opts.delimiter, opts.quotechar
    if delimiter is None or quotechar is None:
        try:
            dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
            sniffed_delim, sniffed_quote = dialect.delimiter, dialect.quotechar or '"'
        except csv.Error:
            first = sample.split("\n", 1)[0]
            sniffed_delim = max(",;\t|", key=first.count)
            sniffed_quote = '"'
        delimiter = delimiter or sniffed_delim
        quotechar = quotechar or sniffed_quote
    return delimiter, quotechar


def _read_csv(
    data: bytes, path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    text = decode(data, display, opts.encoding)
    if not text.strip():
        raise LoadError(display, "empty file")
    if display.lower().endswith((".tsv", ".tab")) and opts.delimiter is None:
        opts = ReadOptions(**{**opts.__dict__, "delimiter": "\t"})
    delimiter, quotechar = _sniff(text[:65536], opts)
    try:
        frame = pl.read_csv(
            io.BytesIO(text.encode("utf-8")),
            separator=delimiter,
            quote_char=quotechar,
            has_header=opts.has_header,
            infer_schema=False,
            truncate_ragged_lines=True,
        )
    except (pl.exceptions.PolarsError, OSError) as err:
        raise LoadError(display, f"cannot parse as CSV (delimiter {delimiter!r}): {err}") from None
    if not opts.has_header:
        frame.columns = [f"column_{i}" for i in range(1, frame.width + 1)]
    if frame.height == 0:
        raise LoadError(display, "CSV has a header but no rows")
    return normalize_table(frame, path=path, display=display, columns=opts.columns)


_LIST_KEYS = ("articles", "data", "items", "documents", "docs", "records", "results", "rows")
#: Keys of a nested object that hold the value of the field it stands for ("source": {"id":
#: ..., "name": "Der Spiegel"}, "headline": {"main": ...}, "byline": {"original": ...}).
_SUBKEYS = ("name", "title", "main", "original", "value", "text")
#: Objects that hold an article's fields (the Guardian's "fields": {"bodyText": ...}).
_CONTAINERS = ("fields", "meta", "metadata", "attributes", "properties", "data")


def _list_value(key: str, value: list[Any]) -> str | None:
    """A list in a JSON record as one value: paragraphs of a text joined by blank lines, other
    items (authors, tags) by commas; an object item by its name."""
    items = [
        item.get("name") if isinstance(item, dict) else item
        for item in value
        if not isinstance(item, list)
    ]
    parts = [str(item).strip() for item in items if isinstance(item, (str, int, float))]
    parts = [part for part in parts if part]
    if not parts:
        return None
    return ("\n\n" if _canonical(key) == "text" else ", ").join(parts)


def _flat_record(row: dict[str, Any]) -> dict[str, Any]:
    """A JSON record with its nested objects one level deep as "parent.child" fields and
    its lists joined (see :func:`_list_value`); deeper nesting is left out."""
    out: dict[str, Any] = {}
    for key, value in row.items():
        if isinstance(value, dict):
            for sub, inner in value.items():
                if isinstance(inner, list):
                    out[f"{key}.{sub}"] = _list_value(sub, inner)
                elif not isinstance(inner, dict):
                    out[f"{key}.{sub}"] = inner
        elif isinstance(value, list):
            out[key] = _list_value(key, value)
        else:
            out[key] = value
    return out


def _read_json(
    data: bytes, path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    text = decode(data, display, opts.encoding)
    try:
        value = json.loads(text)
    except json.JSONDecodeError as err:
        raise LoadError(display, f"invalid JSON: {err}") from None
    if isinstance(value, dict):
        # the list of articles, also one level down: {"response": {"results": [...]}}
        holders = [value] + [v for v in value.values() if isinstance(v, dict)]
        lists = [h[key] for h in holders for key in _LIST_KEYS if isinstance(h.get(key), list)]
        value = lists[0] if lists else [value]
    if not isinstance(value, list):
        raise LoadError(display, "JSON must be an object or a list of objects")
    bad = [i for i, row in enumerate(value) if not isinstance(row, dict)]
    if bad and len(bad) == len(value):
        raise LoadError(display, "JSON list holds no objects")
    rows = [row for row in value if isinstance(row, dict)]
    problems = [(f"{display}#{i}", "not a JSON object") for i in bad]
    frame, row_problems = _records(rows, path, display, opts)
    return frame, pl.concat([_problems(problems), row_problems])


def _read_jsonl(
    data: bytes, path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    text = decode(data, display, opts.encoding)
    rows: list[dict[str, Any]] = []
    problems: list[tuple[str, str]] = []
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
        except json.JSONDecodeError as err:
            problems.append((f"{display}:{number}", f"invalid JSON line: {err.msg}"))
            continue
        if not isinstance(row, dict):
            problems.append((f"{display}:{number}", "line is not a JSON object"))
            continue
        rows.append(row)
    if not rows:
        raise LoadError(
            display, "no JSON objects found" + (f" ({problems[0][1]})" if problems else "")
        )
    frame, row_problems = _records(rows, path, display, opts)
    return frame, pl.concat([_problems(problems), row_problems])


def _records(
    rows: list[dict[str, Any]], path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    scalar_rows = [_flat_record(row) for row in rows]
    try:
        frame = pl.from_dicts(scalar_rows, infer_schema_length=None, strict=False)
    except (pl.exceptions.PolarsError, TypeError, ValueError) as err:
        raise LoadError(display, f"cannot build a table from the JSON records: {err}") from None
    return normalize_table(frame, path=path, display=display, columns=opts.columns)


def _read_parquet(
    data: bytes, path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    try:
        frame = pl.read_parquet(io.BytesIO(data))
    except (pl.exceptions.PolarsError, OSError) as err:
        raise LoadError(display, f"not a readable Parquet file: {err}") from None
    if frame.height == 0:
        raise LoadError(display, "Parquet file has no rows")
    return normalize_table(frame, path=path, display=display, columns=opts.columns)


def read_bytes(
    data: bytes, *, fmt: str, path: str, display: str, opts: ReadOptions
) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Read one file's bytes with the reader for ``fmt``.

    Parameters
    ----------
    data
        The file's bytes.
    fmt
        One of the formats in :data:`EXTENSIONS`' values.
    path
        The file's location, stored in the ``path`` column.
    display
        The file's name relative to what the user loaded: used in ids and messages.
    opts
        Reader options.

    Returns
    -------
    tuple of pl.DataFrame
        Raw articles and row-level problems.
    """
    if fmt in ("text", "markdown"):
        return _read_plain(data, path, display, opts, markdown=fmt == "markdown"), _problems([])
    if fmt == "html":
        return _read_html(data, path, display, opts), _problems([])
    if fmt == "csv":
        return _read_csv(data, path, display, opts)
    if fmt == "json":
        return _read_json(data, path, display, opts)
    if fmt == "jsonl":
        return _read_jsonl(data, path, display, opts)
    if fmt == "parquet":
        return _read_parquet(data, path, display, opts)
    known = ", ".join(sorted(set(EXTENSIONS.values())))
    raise LoadError(display, f"unknown format {fmt!r} (known: {known})")
