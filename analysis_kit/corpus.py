"""Corpora: articles, paragraphs and sentences as Polars frames.

:func:`load` reads files, folders, globs, zip archives, lists of these, in-memory
frames and saved corpora; :func:`example` returns the bundled example article.
Both return a :class:`Corpus`, which holds three frames keyed as in the design:

=================== ================================= =====================================
frame               key                               columns
=================== ================================= =====================================
``articles``        ``article_id``                    title, source, author, published, url,
                                                      path, language, n_paragraphs, n_words
``paragraphs``      ``article_id, paragraph``         role, language, text, n_words
``sentences``       ``article_id, paragraph,          text, start, end
                    sentence``
=================== ================================= =====================================

``paragraph`` counts from 0; a title is paragraph 0 with role ``title``. ``n_words``
of an article counts its title and body words (not boilerplate). Extra scalar columns
of tabular input (a ``label`` or ``section`` column, say) are kept in ``articles``
after the standard ones.

Article ids: an ``article_id`` column in the input wins. Otherwise the id is the file's
path relative to what was loaded (``example_article.txt``, ``2021/a.html``), with
``#row`` for files that hold many articles (``news.csv#12``) and ``frame#row`` for an
in-memory frame: the same input gives the same ids on every run and machine.
"""

from __future__ import annotations

import glob as _glob
import json
import os
import warnings
import zipfile
import zlib
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from importlib import resources
from pathlib import Path
from typing import Any

import polars as pl

from analysis_kit import text as _text
from analysis_kit.language import assign_languages
from analysis_kit.readers import (
    EXTENSIONS,
    RAW_SCHEMA,
    LoadError,
    ReadOptions,
    normalize_table,
    plain_text,
    read_bytes,
)
from analysis_kit.roles import assign_roles, author_from_block

__all__ = [
    "ARTICLE_SCHEMA",
    "DEFAULT_MAX_BYTES",
    "PARAGRAPH_SCHEMA",
    "SENTENCE_SCHEMA",
    "Corpus",
    "LoadError",
    "LoadWarning",
    "concat",
    "example",
    "load",
]

#: Files larger than this (in bytes) are refused unless ``max_bytes`` says otherwise.
DEFAULT_MAX_BYTES = 200 * 1024 * 1024

ARTICLE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "title": pl.String(),
    "source": pl.String(),
    "author": pl.String(),
    "published": pl.Date(),
    "url": pl.String(),
    "path": pl.String(),
    "language": pl.String(),
    "n_paragraphs": pl.Int32(),
    "n_words": pl.Int32(),
}
PARAGRAPH_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "paragraph": pl.Int32(),
    "role": pl.String(),
    "language": pl.String(),
    "text": pl.String(),
    "n_words": pl.Int32(),
}
SENTENCE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "paragraph": pl.Int32(),
    "sentence": pl.Int32(),
    "text": pl.String(),
    "start": pl.Int32(),
    "end": pl.Int32(),
}
PROBLEM_SCHEMA: dict[str, pl.DataType] = {"path": pl.String(), "problem": pl.String()}
DUPLICATE_SCHEMA: dict[str, pl.DataType] = {
    "article_id": pl.String(),
    "duplicate_of": pl.String(),
    "path": pl.String(),
    "kept": pl.Boolean(),
}
_SAVED_MARKER = "corpus.json"
_SAVED_FORMAT = "analysis_kit.corpus"


class LoadWarning(UserWarning):
    """Warned once per load when some inputs were skipped; details are in ``corpus.problems``."""


def _empty(schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
    return pl.DataFrame(schema=dict(schema))


@dataclass(frozen=True, eq=False)
class Corpus:
    """A loaded corpus: three frames and what went wrong while loading.

    Build one with :func:`load`, :func:`example` or :func:`concat`; a corpus is never
    changed in place: :meth:`filter` returns a new one.

    Attributes
    ----------
    articles
        One row per article (see the module docstring for the columns).
    paragraphs
        One row per paragraph, with its ``role`` and ``language``.
    sentences
        One row per sentence, with character offsets into the paragraph's text.
    problems
        ``path, problem``: inputs (files, zip members, rows) that were skipped.
    duplicates
        ``article_id, duplicate_of, path, kept``: articles whose normalised text repeats
        an earlier one, and whether the repeat was kept.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.example()
    >>> corpus.paragraphs.group_by("role").len().sort("role").rows()
    [('body', 9), ('boilerplate', 3), ('title', 1)]
    >>> corpus.sentences.filter(pl.col("paragraph") == 1)["text"].str.slice(0, 29).to_list()
    ['Nato-Generalsekretär Jens Sto']
    """

    articles: pl.DataFrame
    paragraphs: pl.DataFrame
    sentences: pl.DataFrame
    problems: pl.DataFrame = field(default_factory=lambda: _empty(PROBLEM_SCHEMA))
    duplicates: pl.DataFrame = field(default_factory=lambda: _empty(DUPLICATE_SCHEMA))
    _tokens: pl.DataFrame | None = field(default=None, repr=False)
    _cache: dict[Any, Any] = field(default_factory=dict, repr=False, compare=False)

    # ------------------------------------------------------------------ views

    @property
    def tokens(self) -> pl.DataFrame:
        """Tokens of every paragraph (see :func:`analysis_kit.text.tokens`), computed once.

        Returns
        -------
        pl.DataFrame
            ``article_id, paragraph, sentence, token, text, start, end, kind, parts``.
        """
        if self._tokens is None:
            object.__setattr__(self, "_tokens", _text.tokens(self.paragraphs))
        assert self._tokens is not None
        return self._tokens

    def __len__(self) -> int:
        return self.articles.height

    def __repr__(self) -> str:
        roles = dict(self.paragraphs.group_by("role").len().iter_rows())
        langs = self.paragraphs.group_by("language").len().sort("len", descending=True).head(4)
        lang_text = ", ".join(f"{lang} {n}" for lang, n in langs.iter_rows())
        n_words = int(self.articles["n_words"].sum() or 0)
        return (
            f"Corpus: {self.articles.height} articles, {self.paragraphs.height} paragraphs "
            f"({roles.get('title', 0)} title, {roles.get('body', 0)} body, "
            f"{roles.get('boilerplate', 0)} boilerplate), {self.sentences.height} sentences, "
            f"{n_words} words; paragraph languages: {lang_text or '-'}; "
            f"{self.problems.height} problems, {self.duplicates.height} duplicates"
        )

    def _repr_html_(self) -> str:
        import html

        head = self.articles.select(
            "article_id", "title", "source", "published", "language", "n_paragraphs", "n_words"
        ).head(10)
        return f"<p>{html.escape(repr(self))}</p>" + head._repr_html_()

    def overview(self) -> pl.DataFrame:
        """A small table that describes the corpus, for printing.

        Returns
        -------
        pl.DataFrame
            ``measure`` and ``value`` (as text) rows: counts of articles, paragraphs
            by role, sentences, words, languages, date range, problems, duplicates.

        Examples
        --------
        >>> import analysis_kit as ak
        >>> dict(ak.example().overview().rows())["paragraphs (body)"]
        '9'
        """
        roles = dict(self.paragraphs.group_by("role").len().iter_rows())
        langs = self.paragraphs.group_by("language").len().sort("len", descending=True)
        dates = self.articles["published"].drop_nulls()
        rows = [
            ("articles", self.articles.height),
            ("paragraphs", self.paragraphs.height),
            ("paragraphs (title)", roles.get("title", 0)),
            ("paragraphs (body)", roles.get("body", 0)),
            ("paragraphs (boilerplate)", roles.get("boilerplate", 0)),
            ("sentences", self.sentences.height),
            ("words (title and body)", int(self.articles["n_words"].sum() or 0)),
            (
                "paragraph languages",
                ", ".join(f"{lang}: {n}" for lang, n in langs.iter_rows()) or "-",
            ),
            (
                "sources",
                ", ".join(sorted(str(s) for s in self.articles["source"].drop_nulls().unique()))
                or "-",
            ),
            ("published", f"{dates.min()!s} to {dates.max()!s}" if dates.len() else "-"),
            ("problems", self.problems.height),
            ("duplicates", self.duplicates.height),
        ]
        return pl.DataFrame({"measure": [r[0] for r in rows], "value": [str(r[1]) for r in rows]})

    # ------------------------------------------------------------------ transforms

    def filter(self, *predicates: pl.Expr | str | Any, **constraints: Any) -> Corpus:
        """A sub-corpus of the articles that match, with their paragraphs and sentences.

        Parameters
        ----------
        *predicates
            Polars expressions over ``articles`` columns (as in ``DataFrame.filter``).
        **constraints
            Column equals value, as in ``DataFrame.filter``.

        Returns
        -------
        Corpus
            A new corpus; this one is unchanged. ``problems`` and ``duplicates`` are kept.

        Examples
        --------
        >>> import analysis_kit as ak
        >>> len(ak.example().filter(pl.col("n_words") > 10_000))
        0
        """
        articles = self.articles.filter(*predicates, **constraints)
        keep = articles.select("article_id")
        tokens = (
            None if self._tokens is None else self._tokens.join(keep, on="article_id", how="semi")
        )
        return replace(
            self,
            articles=articles,
            paragraphs=self.paragraphs.join(keep, on="article_id", how="semi"),
            sentences=self.sentences.join(keep, on="article_id", how="semi"),
            _tokens=tokens,
            _cache={},
        )

    def save(self, path: str | os.PathLike[str]) -> Path:
        """Write the corpus to a folder of Parquet files that :func:`load` reads back.

        Parameters
        ----------
        path
            A folder; it is created. An existing folder must be empty or hold a saved
            corpus (which is replaced).

        Returns
        -------
        pathlib.Path
            The folder.

        Examples
        --------
        >>> import tempfile, analysis_kit as ak
        >>> folder = ak.example().save(tempfile.mkdtemp() + "/corpus")
        >>> ak.load(folder).articles["title"].item()
        'NATO beharrt auf Verhandlungsbereitschaft mit Russland'
        """
        from analysis_kit import __version__

        folder = Path(path)
        if folder.exists():
            if not folder.is_dir():
                raise FileExistsError(f"{folder}: exists and is not a folder")
            if any(folder.iterdir()) and not (folder / _SAVED_MARKER).exists():
                raise FileExistsError(
                    f"{folder}: folder is not empty and holds no saved corpus; choose another"
                )
        folder.mkdir(parents=True, exist_ok=True)
        for name in ("articles", "paragraphs", "sentences", "problems", "duplicates"):
            getattr(self, name).write_parquet(folder / f"{name}.parquet")
        meta = {
            "format": _SAVED_FORMAT,
            "version": 1,
            "analysis_kit": __version__,
            "n_articles": self.articles.height,
            "n_paragraphs": self.paragraphs.height,
            "n_sentences": self.sentences.height,
        }
        (folder / _SAVED_MARKER).write_text(json.dumps(meta, indent=2) + "\n", encoding="utf-8")
        return folder


# ---------------------------------------------------------------------- loading


def load(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]] | pl.DataFrame,
    *,
    format: str | None = None,
    columns: Mapping[str, str] | None = None,
    encoding: str | None = None,
    delimiter: str | None = None,
    quotechar: str | None = None,
    has_header: bool = True,
    dedupe: bool | None = None,
    max_bytes: int | None = DEFAULT_MAX_BYTES,
    progress: bool | None = None,
) -> Corpus:
    """Load news articles into a :class:`Corpus`.

    Parameters
    ----------
    source
        A file, a folder (read recursively, by extension), a glob pattern
        (``"news/**/*.html"``), a zip file, a list of any of these, a ``pl.DataFrame``
        with a ``text`` column, or a folder written by :meth:`Corpus.save`.
    format
        Read every file as this format (``text``, ``markdown``, ``html``, ``json``,
        ``jsonl``, ``csv``, ``parquet``) instead of choosing by extension.
    columns
        Rename columns of tabular input to the standard names,
        e.g. ``{"body": "text", "headline": "title"}``; a field of a nested object or struct
        column is named ``"parent.child"`` (``{"body.de": "text"}``).
    encoding
        Force a text encoding (otherwise UTF-8/16 with or without BOM and
        Windows-1252 are detected).
    delimiter, quotechar
        CSV delimiter and quote character (otherwise detected).
    has_header
        Whether CSV files have a header row (columns are ``column_1`` ... otherwise).
    dedupe
        Drop articles whose normalised text repeats an earlier one. By default
        duplicates are dropped when loading files and kept when the input supplies
        its own ``article_id``; either way they are listed in ``corpus.duplicates``.
    max_bytes
        Refuse files (and zip members) larger than this many bytes, without reading
        them. ``None`` for no limit.
    progress
        Show a progress bar (``tqdm.auto``). By default one is shown when loading 50
        or more files, unless the environment variable ``ANALYSIS_KIT_PROGRESS=0``.

    Returns
    -------
    Corpus
        The corpus. Files and rows that could not be read are listed in
        ``corpus.problems`` (one :class:`LoadWarning` summarises them).

    Raises
    ------
    LoadError
        When a single file, or every input, cannot be loaded; the message names the
        file and the problem.

    Notes
    -----
    Titles and texts are read as a reader sees them
    (:func:`analysis_kit.readers.plain_text`): HTML tags in a text column are removed
    (a paragraph ends at ``<p>``, ``<br>``, ``<div>``), character references decoded,
    the text put in Unicode's composed form (NFC); characters that print as nothing
    (soft hyphens, zero-width spaces, word joiners, stray byte order marks) are removed
    and other spaces (no-break, narrow, thin) become spaces, so that words of scraped
    text match as printed. Line breaks become ``\\n``. All offsets (``start``, ``end``)
    refer to this text.

    Dates are read in ISO, German (*24.02.2022*, *24. Februar 2022*) and feed formats
    (:func:`analysis_kit.readers.parse_dates`); an article whose date is not understood
    is kept with no ``published``, and a :class:`LoadWarning` names it and the date.

    Examples
    --------
    >>> import polars as pl, analysis_kit as ak
    >>> scraped = pl.DataFrame({"text": ["Russ\\u00adland\\u00a0schweigt."]})
    >>> ak.load(scraped).paragraphs["text"].item()
    'Russland schweigt.'
    >>> frame = pl.DataFrame({"title": ["Gipfel"], "text": ["Die NATO tagt. Moskau schweigt."]})
    >>> corpus = ak.load(frame)
    >>> corpus.paragraphs.select("paragraph", "role", "text").rows()
    [(0, 'title', 'Gipfel'), (1, 'body', 'Die NATO tagt. Moskau schweigt.')]
    >>> corpus.sentences["text"].to_list()
    ['Gipfel', 'Die NATO tagt.', 'Moskau schweigt.']
    """
    opts = ReadOptions(
        columns=columns,
        encoding=encoding,
        delimiter=delimiter,
        quotechar=quotechar,
        has_header=has_header,
    )
    if format is not None and format not in set(EXTENSIONS.values()):
        known = ", ".join(sorted(set(EXTENSIONS.values())))
        raise ValueError(f"format={format!r} is not known (use one of: {known})")
    if isinstance(source, pl.DataFrame):
        raw, problems = normalize_table(source, path="<frame>", display="frame", columns=columns)
        if raw.height == 0:
            raise LoadError("frame", "no row has text")
        return _finish(raw, problems, dedupe=dedupe)
    if isinstance(source, (str, os.PathLike)):
        saved = Path(source)
        if saved.is_dir() and (saved / _SAVED_MARKER).exists():
            return _read_saved(saved)
        entries, many, problems_list = _expand([source])
    else:
        sources = list(source)
        if not sources:
            raise LoadError("[]", "the list of sources is empty")
        entries, _, problems_list = _expand(sources)
        many = True
    raws: list[pl.DataFrame] = []
    problem_frames = [pl.DataFrame(problems_list, schema=PROBLEM_SCHEMA, orient="row")]
    for fs_path, display in _progress(entries, progress):
        try:
            for raw, row_problems in _read_entry(fs_path, display, format, opts, max_bytes):
                raws.append(raw)
                problem_frames.append(row_problems)
        except LoadError as err:
            if not many and not fs_path.lower().endswith(".zip"):
                raise
            problem_frames.append(_problem(err.path, err.problem))
        except Exception as err:  # a reader library failed on one file: report, go on
            if not many:
                raise LoadError(display, f"unexpected error: {type(err).__name__}: {err}") from err
            problem_frames.append(
                _problem(display, f"unexpected error: {type(err).__name__}: {err}")
            )
    problems = pl.concat(problem_frames)
    if not raws:
        shown = "; ".join(f"{p}: {q}" for p, q in problems.head(5).iter_rows())
        name = os.fspath(source) if isinstance(source, (str, os.PathLike)) else "the sources"
        raise LoadError(name, f"no articles could be loaded ({shown or 'no readable files'})")
    raw = pl.concat(raws, how="diagonal_relaxed")
    return _finish(raw, problems, dedupe=dedupe)


def _problem(path: str, problem: str) -> pl.DataFrame:
    return pl.DataFrame({"path": [path], "problem": [problem]}, schema=PROBLEM_SCHEMA)


def _progress(entries: list[tuple[str, str]], progress: bool | None) -> Iterable[tuple[str, str]]:
    show = progress
    if show is None:
        show = len(entries) >= 50 and os.environ.get("ANALYSIS_KIT_PROGRESS", "1") != "0"
    if not show:
        return entries
    from tqdm.auto import tqdm

    bar: Iterable[tuple[str, str]] = tqdm(entries, desc="loading", unit="file")
    return bar


_MAGIC = set("*?[")


def _expand(
    sources: Sequence[str | os.PathLike[str]],
) -> tuple[list[tuple[str, str]], bool, list[tuple[str, str]]]:
    """Turn sources into (file path, display name) pairs; list missing ones as problems."""
    single = len(sources) == 1
    problems: list[tuple[str, str]] = []
    groups: list[tuple[Path, list[Path]]] = []
    many = not single
    for item in sources:
        name = os.fspath(item)
        path = Path(name)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and not any(part.startswith((".", "__")) for part in p.relative_to(path).parts)
                and (p.suffix.lower() in EXTENSIONS or p.suffix.lower() == ".zip")
            )
            if not files:
                known = " ".join(sorted({*EXTENSIONS, ".zip"}))
                err = LoadError(name, f"folder has no readable files (looked for {known})")
                if single:
                    raise err
                problems.append((err.path, err.problem))
            groups.append((path, files))
            many = True
        elif path.is_file():
            groups.append((path.parent, [path]))
        elif _MAGIC & set(name):
            matches = sorted(Path(m) for m in _glob.glob(name, recursive=True) if Path(m).is_file())
            if not matches:
                err = LoadError(name, "no files match this pattern")
                if single:
                    raise err
                problems.append((err.path, err.problem))
            root = _glob_root(name)
            groups.append((root, matches))
            many = True
        else:
            err = LoadError(name, "no such file or folder")
            if single:
                raise err
            problems.append((err.path, err.problem))
    if not single and groups:
        # display names relative to the common parent of everything listed
        common = Path(os.path.commonpath([str(g[0].resolve()) for g in groups]))
        groups = [(common, [f.resolve() for f in files]) for _, files in groups]
    entries = [
        (os.fspath(f), f.relative_to(root).as_posix()) for root, files in groups for f in files
    ]
    return entries, many, problems


def _glob_root(pattern: str) -> Path:
    parts = Path(pattern).parts
    root: list[str] = []
    for part in parts:
        if _MAGIC & set(part):
            break
        root.append(part)
    return Path(*root) if root else Path(".")


def _format_for(name: str, fmt: str | None) -> str:
    if fmt is not None:
        return fmt
    suffix = Path(name).suffix.lower()
    found = EXTENSIONS.get(suffix)
    if found is None:
        known = " ".join(sorted(EXTENSIONS))
        raise LoadError(name, f"unsupported file type {suffix or '(none)'!r} (known: {known} .zip)")
    return found


def _read_entry(
    fs_path: str, display: str, fmt: str | None, opts: ReadOptions, max_bytes: int | None
) -> Iterable[tuple[pl.DataFrame, pl.DataFrame]]:
    path = Path(fs_path)
    if path.suffix.lower() == ".zip" and fmt is None:
        yield from _read_zip(path, display, opts, max_bytes)
        return
    file_format = _format_for(display, fmt)
    try:
        size = path.stat().st_size
    except OSError as err:
        raise LoadError(display, f"cannot read: {err.strerror}") from None
    _check_size(display, size, max_bytes)
    if size == 0:
        raise LoadError(display, "empty file")
    try:
        data = path.read_bytes()
    except OSError as err:
        raise LoadError(display, f"cannot read: {err.strerror}") from None
    yield read_bytes(data, fmt=file_format, path=fs_path, display=display, opts=opts)


def _check_size(display: str, size: int, max_bytes: int | None) -> None:
    if max_bytes is not None and size > max_bytes:
        raise LoadError(
            display,
            f"file is {size / 1e6:.1f} MB, over the limit of {max_bytes / 1e6:.1f} MB "
            "(raise it with max_bytes=)",
        )


def _read_zip(
    path: Path, display: str, opts: ReadOptions, max_bytes: int | None
) -> Iterable[tuple[pl.DataFrame, pl.DataFrame]]:
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as err:
        raise LoadError(display, f"not a readable zip archive: {err}") from None
    with archive:
        members = sorted(
            (
                info
                for info in archive.infolist()
                if not info.is_dir()
                and not any(part.startswith((".", "__")) for part in Path(info.filename).parts)
            ),
            key=lambda info: info.filename,
        )
        readable = [m for m in members if Path(m.filename).suffix.lower() in EXTENSIONS]
        if not readable:
            raise LoadError(display, "zip archive holds no readable files")
        for info in readable:
            member = f"{display}/{info.filename}"
            try:
                _check_size(member, info.file_size, max_bytes)
                if info.file_size == 0:
                    raise LoadError(member, "empty file")
                try:
                    data = archive.read(info)
                except (
                    zipfile.BadZipFile,
                    zlib.error,
                    OSError,
                    EOFError,
                    NotImplementedError,
                ) as err:
                    raise LoadError(member, f"corrupt zip member: {err}") from None
                fmt = _format_for(info.filename, None)
                yield read_bytes(
                    data, fmt=fmt, path=f"{path}/{info.filename}", display=member, opts=opts
                )
            except LoadError as err:
                yield (
                    pl.DataFrame(schema=RAW_SCHEMA),
                    _problem(err.path, err.problem),
                )


def _read_saved(folder: Path) -> Corpus:
    try:
        meta = json.loads((folder / _SAVED_MARKER).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise LoadError(
            str(folder / _SAVED_MARKER), f"unreadable corpus description: {err}"
        ) from None
    if meta.get("format") != _SAVED_FORMAT:
        raise LoadError(str(folder / _SAVED_MARKER), "not a saved analysis_kit corpus")
    frames: dict[str, pl.DataFrame] = {}
    for name in ("articles", "paragraphs", "sentences", "problems", "duplicates"):
        file = folder / f"{name}.parquet"
        try:
            frames[name] = pl.read_parquet(file)
        except (OSError, pl.exceptions.PolarsError) as err:
            raise LoadError(str(file), f"cannot read saved corpus frame: {err}") from None
    return Corpus(
        articles=frames["articles"],
        paragraphs=frames["paragraphs"],
        sentences=frames["sentences"],
        problems=frames["problems"],
        duplicates=frames["duplicates"],
    )


def example() -> Corpus:
    """The bundled example article.

    A real German news page, machine-translated, kept exactly as it was found,
    boilerplate and an English author blurb included, to show how the kit handles
    real pages: its title is paragraph 0, nine body paragraphs follow, and the last
    three paragraphs (a link teaser, the author's name and the blurb) are marked as
    boilerplate.

    Returns
    -------
    Corpus
        One article with id ``example_article.txt``.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> corpus = ak.example()
    >>> corpus.articles.select("article_id", "title", "language").row(0)
    ('example_article.txt', 'NATO beharrt auf Verhandlungsbereitschaft mit Russland', 'de')
    >>> corpus.paragraphs.tail(3).select("role", "language").rows()
    [('boilerplate', 'de'), ('boilerplate', 'de'), ('boilerplate', 'en')]
    """
    ref = resources.files("analysis_kit").joinpath("data", "example_article.txt")
    with resources.as_file(ref) as path:
        return load(path)


def concat(corpora: Sequence[Corpus]) -> Corpus:
    """Combine corpora into one.

    Parameters
    ----------
    corpora
        Corpora whose article ids do not overlap.

    Returns
    -------
    Corpus
        All articles, paragraphs, sentences, problems and duplicates, in order.

    Raises
    ------
    ValueError
        When two corpora share an article id (the message lists some).

    Examples
    --------
    >>> import polars as pl, analysis_kit as ak
    >>> other = ak.load(pl.DataFrame({"article_id": ["x"], "text": ["Moskau schweigt."]}))
    >>> len(ak.concat([ak.example(), other]))
    2
    """
    items = list(corpora)
    if not items:
        raise ValueError("concat needs at least one corpus")
    articles = pl.concat([c.articles for c in items], how="diagonal_relaxed")
    clash = articles.filter(pl.col("article_id").is_duplicated())["article_id"].unique(
        maintain_order=True
    )
    if clash.len():
        shown = ", ".join(clash.head(5).to_list())
        raise ValueError(
            f"concat: {clash.len()} article ids occur in more than one corpus ({shown}); "
            "load them with their own article_id column or from distinct folders"
        )
    return Corpus(
        articles=articles,
        paragraphs=pl.concat([c.paragraphs for c in items]),
        sentences=pl.concat([c.sentences for c in items]),
        problems=pl.concat([c.problems for c in items]),
        duplicates=pl.concat([c.duplicates for c in items]),
    )


# ---------------------------------------------------------------------- building

_BLANK_LINE = r"\n[^\S\n]*\n\s*"
_SEP = "\x1e"


def _finish(raw: pl.DataFrame, problems: pl.DataFrame, *, dedupe: bool | None) -> Corpus:
    raw = plain_text(raw).with_row_index("_order")
    # one row per article id: a repeated id keeps its first row
    repeated = raw.filter(
        pl.col("article_id").is_duplicated() & (pl.int_range(pl.len()).over("article_id") > 0)
    )
    if repeated.height:
        problems = pl.concat(
            [
                problems,
                repeated.select(
                    pl.coalesce("path", "article_id").alias("path"),
                    pl.format(
                        "duplicate article_id '{}' (the first one was kept)", "article_id"
                    ).alias("problem"),
                ),
            ]
        )
        raw = raw.filter(pl.int_range(pl.len()).over("article_id") == 0)
    raw, duplicates = _dedupe(raw, dedupe)
    _warn_undated(raw)
    corpus = _build(raw)
    if problems.height:
        shown = "; ".join(f"{p}: {q}" for p, q in problems.head(3).iter_rows())
        more = f" and {problems.height - 3} more" if problems.height > 3 else ""
        warnings.warn(
            f"skipped {problems.height} inputs with problems ({shown}{more}); see corpus.problems",
            LoadWarning,
            stacklevel=3,
        )
    return replace(corpus, problems=problems, duplicates=duplicates, _cache={})


def _warn_undated(raw: pl.DataFrame) -> None:
    """Warn about the articles whose date, as given, was not understood (they are kept with
    no ``published``), naming a few of them and their dates."""
    if "_published_text" not in raw.columns:
        return
    undated = raw.filter(pl.col("_published_text").is_not_null())
    if undated.height == 0:
        return
    shown = "; ".join(
        f"{article}: {given!r}"
        for article, given in undated.select("article_id", "_published_text").head(3).iter_rows()
    )
    more = f" and {undated.height - 3} more" if undated.height > 3 else ""
    n = undated.height
    warnings.warn(
        f"{n} article{' has' if n == 1 else 's have'} a date that is not understood "
        f"({shown}{more}); published is left empty (dates such as 2022-02-24, 24.02.2022 or "
        "24. Februar 2022 are read)",
        LoadWarning,
        stacklevel=4,
    )


def _dedupe(raw: pl.DataFrame, dedupe: bool | None) -> tuple[pl.DataFrame, pl.DataFrame]:
    key = (
        pl.concat_str([pl.col("title").fill_null(""), pl.col("text")], separator="\n")
        .str.to_lowercase()
        .str.replace_all("ß", "ss", literal=True)
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )
    keyed = raw.with_columns(_key=key)
    keyed = keyed.with_columns(
        _first=pl.col("article_id").first().over("_key"),
        _rank=pl.int_range(pl.len()).over("_key"),
    )
    dup = pl.col("_rank") > 0
    if dedupe is None:
        drop = dup & ~pl.col("_id_supplied")
    elif dedupe:
        drop = dup
    else:
        drop = pl.lit(False)
    keyed = keyed.with_columns(_drop=drop)
    duplicates = keyed.filter(dup).select(
        "article_id",
        pl.col("_first").alias("duplicate_of"),
        "path",
        (~pl.col("_drop")).alias("kept"),
    )
    kept = keyed.filter(~pl.col("_drop")).drop("_key", "_first", "_rank", "_drop")
    return kept, duplicates


def _build(raw: pl.DataFrame) -> Corpus:
    text = pl.col("text").fill_null("").str.replace_all("\r\n?", "\n")
    parts = (
        pl.when(text.str.contains(_BLANK_LINE))
        .then(text.str.replace_all(_BLANK_LINE, _SEP))
        .otherwise(text.str.replace_all("\n", _SEP))
        .str.split(_SEP)
        .list.eval(pl.element().str.strip_chars().str.replace_all(r"\s*\n\s*", " "))
        .list.eval(pl.element().filter(pl.element() != ""))
    )
    has_title = pl.col("title").is_not_null() & (pl.col("title").str.strip_chars() != "")
    body = (
        raw.select("_order", "article_id", has_title.alias("_has_title"), parts.alias("text"))
        .with_columns(pl.int_ranges(pl.col("text").list.len(), dtype=pl.Int32).alias("paragraph"))
        .explode(["text", "paragraph"])
        .filter(pl.col("text").is_not_null())
        .select(
            "_order",
            "article_id",
            (pl.col("paragraph") + pl.col("_has_title").cast(pl.Int32)).alias("paragraph"),
            pl.lit("body").alias("role"),
            "text",
        )
    )
    titles = raw.filter(has_title).select(
        "_order",
        "article_id",
        pl.lit(0, dtype=pl.Int32).alias("paragraph"),
        pl.lit("title").alias("role"),
        pl.col("title").str.replace_all(r"\s+", " ").str.strip_chars().alias("text"),
    )
    paragraphs = pl.concat([titles, body]).sort("_order", "paragraph")
    sentences, tokens = _text.segment(paragraphs, keys=["article_id", "paragraph"])
    counts = (
        tokens.filter(pl.col("kind").is_in(["word", "number"]))
        .group_by("article_id", "paragraph")
        .agg(pl.len().cast(pl.Int32).alias("n_words"))
    )
    paragraphs = paragraphs.join(counts, on=["article_id", "paragraph"], how="left").with_columns(
        pl.col("n_words").fill_null(0)
    )
    paragraphs = assign_roles(paragraphs)
    paragraphs = assign_languages(paragraphs)
    paragraphs = paragraphs.sort("_order", "paragraph").select(list(PARAGRAPH_SCHEMA))

    per_article = paragraphs.group_by("article_id").agg(
        pl.len().cast(pl.Int32).alias("n_paragraphs"),
        pl.col("n_words")
        .filter(pl.col("role") != "boilerplate")
        .sum()
        .cast(pl.Int32)
        .alias("n_words"),
        pl.col("language").drop_nulls().first().alias("_any_lang"),
    )
    # an article's language: the language of most of its title and body words
    main_language = (
        paragraphs.filter((pl.col("role") != "boilerplate") & pl.col("language").is_not_null())
        .group_by("article_id", "language")
        .agg(pl.col("n_words").sum())
        .sort(["article_id", "n_words", "language"], descending=[False, True, False])
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("language").first().alias("_main_lang"))
    )
    found_authors = author_from_block(paragraphs)
    extra = [c for c in raw.columns if c not in RAW_SCHEMA and c != "_order"]
    articles = (
        raw.join(per_article, on="article_id", how="left")
        .join(main_language, on="article_id", how="left")
        .join(found_authors.rename({"author": "_found_author"}), on="article_id", how="left")
        .sort("_order")
        .with_columns(
            pl.coalesce("author", "_found_author").alias("author"),
            pl.coalesce("_main_lang", "_any_lang").alias("language"),
            pl.col("n_paragraphs").fill_null(0),
            pl.col("n_words").fill_null(0),
        )
        .select(
            *[pl.col(name).cast(dtype) for name, dtype in ARTICLE_SCHEMA.items()],
            *extra,
        )
    )
    sentences = (
        sentences.join(
            paragraphs.select("article_id", "paragraph").with_row_index("_p"),
            on=["article_id", "paragraph"],
            how="left",
        )
        .sort("_p", "sentence")
        .select(list(SENTENCE_SCHEMA))
    )
    order = paragraphs.select("article_id", "paragraph").with_row_index("_p")
    tokens = (
        tokens.join(order, on=["article_id", "paragraph"], how="left")
        .sort("_p", "token")
        .drop("_p")
    )
    return Corpus(
        articles=articles,
        paragraphs=paragraphs,
        sentences=sentences,
        _tokens=tokens,
    )
