"""Large corpora: out-of-core runs over Parquet on one machine, or on a Dask cluster.

:func:`analyze` cuts Parquet input into partitions (a file, or a slice of ``batch_rows``
rows of a large file), runs the same per-partition function on each
(:func:`process_partition`: load the rows into a :class:`~analysis_kit.Corpus` as
:func:`analysis_kit.load` does, then compute the result frames) and writes every result
frame as ``out/<frame>/part-<partition>.parquet``. Each file is written under a temporary
name and renamed, and ``out/manifest.json`` (also replaced atomically) records each
partition's status (``done`` or ``failed`` with the error), row counts, input path and a
fingerprint of the input (size and modification time) and of the settings. A rerun skips
partitions that are done and unchanged and retries the rest, failed ones included.

``engine="local"`` runs the partitions one after another in this process: memory is
bounded by one partition, whatever the size of the corpus. ``engine="dask"`` hands the
same function to a ``dask.distributed`` client (given, made from a scheduler address, or
a ``LocalCluster`` of ``workers`` processes); nothing about the cluster is home-made.

:func:`open_results` returns :class:`Results`: lazy frames over the stored partitions
(``paragraphs``, ``sentiment``, ``mentions``, ``quotes``, ...) that
:func:`analysis_kit.compare` accepts in place of a corpus; it then reads only the units
that mention an actor and the per-unit counts it needs, never every paragraph.

Stored frames
-------------
``articles``, ``paragraphs``, ``sentences``, ``problems`` (the corpus), ``sentiment``
(:func:`analysis_kit.sentiment`, paragraphs), ``mentions``, ``quotes``, ``frames``
(:func:`analysis_kit.frame_matches`), and what :func:`analysis_kit.compare` needs per unit:
``sentence_scores`` and ``paragraph_scores`` (:func:`analysis_kit.framing.unit_scores`),
``words`` and ``word_types`` (:func:`analysis_kit.framing.unit_words`; ``words`` only for
paragraphs with a mention) and ``verbs`` (:func:`analysis_kit.framing.mention_verbs`).

Limits: ``out`` must be a local or shared folder that every worker can write (atomic
renames); input paths may be any URL Polars and fsspec understand (``s3://...``). Input
without an ``article_id`` column gets ``<file name>#<row>`` ids, as :func:`analysis_kit.load`
gives them for one file; duplicates are removed only inside a partition (input that
supplies its ids keeps every row, as in :func:`analysis_kit.load`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import socket
import tempfile
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Literal

import polars as pl

from analysis_kit.actors import DEFAULT_ACTORS, ActorLexicon, mentions
from analysis_kit.corpus import Corpus, load
from analysis_kit.framing import (
    CompareInputs,
    CompareSource,
    Comparison,
    FrameDictionary,
    Unit,
    compare,
    frame_matches,
    mention_verbs,
    unit_scores,
    unit_words,
)
from analysis_kit.quotes import quotes
from analysis_kit.readers import EXTENSIONS
from analysis_kit.sentiment import Lexicon, sentiment

__all__ = [
    "FRAMES",
    "Partition",
    "Results",
    "Settings",
    "analyze",
    "convert",
    "open_results",
    "plan_partitions",
    "process_partition",
]

#: The frames written per partition, each into ``out/<frame>/``.
FRAMES = (
    "articles",
    "paragraphs",
    "sentences",
    "problems",
    "sentiment",
    "mentions",
    "quotes",
    "frames",
    "sentence_scores",
    "paragraph_scores",
    "words",
    "word_types",
    "verbs",
)
MANIFEST = "manifest.json"
_FORMAT = "analysis_kit.scale"
#: Rows (articles) per partition by default; a partition of 2,000 news articles needs
#: a few hundred MB while it is analysed.
DEFAULT_BATCH_ROWS = 2000


@dataclass(frozen=True)
class Settings:
    """What the per-partition function computes with (picklable; sent to workers).

    Attributes
    ----------
    lexicon
        Actor lexicon (``None``: :data:`analysis_kit.DEFAULT_ACTORS`).
    frames
        Frame dictionary (``None``: the shipped one).
    sentiment_lexicon
        Sentiment lexicon of the default engine (``None``: its default).
    """

    lexicon: ActorLexicon | None = None
    frames: FrameDictionary | None = None
    sentiment_lexicon: Lexicon | None = None

    def fingerprint(self) -> str:
        """A short hash of the settings; results made with other settings are recomputed.

        Returns
        -------
        str
            16 hexadecimal digits (``"default"`` parts hash the same on every machine).

        Examples
        --------
        >>> Settings().fingerprint() == Settings().fingerprint()
        True
        """
        parts = [
            "default" if self.lexicon is None else repr(self.lexicon.actors),
            "default" if self.frames is None else repr(self.frames.frames),
            "default"
            if self.sentiment_lexicon is None
            else self.sentiment_lexicon.name
            + str(self.sentiment_lexicon.entries.hash_rows().sum()),
        ]
        return hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Partition:
    """One unit of work: rows ``offset .. offset + length`` of one Parquet file.

    Attributes
    ----------
    id
        Stable name (``<file stem>-<hash of the path>-<number>``), used in file names.
    path
        The input file (a local path or a URL).
    offset
        First row.
    length
        Number of rows (``None``: the whole file, when its row count could not be read).
    fingerprint
        Input size and modification time, and the settings' fingerprint.
    """

    id: str
    path: str
    offset: int
    length: int | None
    fingerprint: str


# ---------------------------------------------------------------------- planning


def _is_url(path: str) -> bool:
    return "://" in path


def _list_inputs(source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]]) -> list[str]:
    if not isinstance(source, (str, os.PathLike)):
        out: list[str] = []
        for item in source:
            out.extend(_list_inputs(item))
        return out
    text = os.fspath(source)
    if _is_url(text):
        if not any(ch in text for ch in "*?["):
            return [text]
        import fsspec

        fs, _ = fsspec.core.url_to_fs(text)
        protocol = text.split("://", 1)[0]
        return sorted(f"{protocol}://{p}" for p in fs.glob(text))
    path = Path(text)
    if path.is_dir():
        return sorted(str(p) for p in path.rglob("*.parquet") if p.is_file())
    if any(ch in text for ch in "*?["):
        import glob

        return sorted(p for p in glob.glob(text, recursive=True) if Path(p).is_file())
    if not path.exists():
        raise FileNotFoundError(f"{text}: no such file or folder")
    return [text]


def _file_fingerprint(path: str) -> str:
    if _is_url(path):
        try:
            import fsspec

            fs, inner = fsspec.core.url_to_fs(path)
            info = fs.info(inner)
            stamp = info.get("ETag") or info.get("etag") or info.get("mtime") or ""
            return f"{info.get('size')}-{stamp}"
        except Exception:  # no metadata: the file is read again on every run
            return f"unknown-{time.time_ns()}"
    stat = os.stat(path)
    return f"{stat.st_size}-{stat.st_mtime_ns}"


def _partition_stem(path: str) -> str:
    name = re.sub(r"[^A-Za-z0-9_.-]+", "_", Path(path.split("://")[-1]).stem)[:40] or "input"
    digest = hashlib.sha1(path.encode("utf-8")).hexdigest()[:8]
    return f"{name}-{digest}"


def plan_partitions(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    batch_rows: int = DEFAULT_BATCH_ROWS,
    settings: Settings | None = None,
) -> list[Partition]:
    """Cut Parquet input into partitions of at most ``batch_rows`` rows.

    Parameters
    ----------
    source
        A Parquet file, a folder (every ``*.parquet`` in it, recursively), a glob, a URL
        or glob URL (``s3://bucket/news/*.parquet``), or a list of these.
    batch_rows
        Rows per partition; a large file becomes several partitions (read by row slices,
        so memory stays bounded).
    settings
        Their fingerprint is part of each partition's fingerprint.

    Returns
    -------
    list of Partition
        In file order, then row order. A file whose row count cannot be read (a corrupt
        file) becomes one partition that will fail and be reported.

    Examples
    --------
    >>> import tempfile, polars as pl
    >>> folder = tempfile.mkdtemp()
    >>> pl.DataFrame({"text": ["a", "b", "c"]}).write_parquet(f"{folder}/news.parquet")
    >>> [(p.offset, p.length) for p in plan_partitions(folder, batch_rows=2)]
    [(0, 2), (2, 1)]
    """
    if batch_rows < 1:
        raise ValueError("batch_rows must be at least 1")
    stamp = (settings or Settings()).fingerprint()
    out = []
    for path in _list_inputs(source):
        stem = _partition_stem(path)
        try:
            finger = f"{_file_fingerprint(path)}-{stamp}"
        except OSError as err:
            finger = f"missing-{err.strerror}"
        try:
            n_rows = int(pl.scan_parquet(path).select(pl.len()).collect().item())
        except Exception:  # unreadable: one partition that fails with the reader's error
            out.append(Partition(f"{stem}-00000", path, 0, None, finger))
            continue
        for number, offset in enumerate(range(0, max(n_rows, 1), batch_rows)):
            length = min(batch_rows, n_rows - offset)
            out.append(Partition(f"{stem}-{number:05d}", path, offset, length, finger))
    return out


# ---------------------------------------------------------------------- one partition


def _read_rows(part: Partition) -> pl.DataFrame:
    frame = pl.scan_parquet(part.path)
    if part.length is not None:
        frame = frame.slice(part.offset, part.length)
    rows = frame.collect()
    if "article_id" not in rows.columns:
        name = Path(part.path.split("://")[-1]).name
        rows = rows.with_columns(
            pl.format("{}#{}", pl.lit(name), pl.int_range(pl.len()) + part.offset).alias(
                "article_id"
            )
        )
    return rows


def partition_frames(corpus: Corpus, settings: Settings | None = None) -> dict[str, pl.DataFrame]:
    """Every stored result frame (:data:`FRAMES`) of one corpus (one partition).

    Parameters
    ----------
    corpus
        The partition's corpus.
    settings
        Lexicons to use.

    Returns
    -------
    dict of str to pl.DataFrame
        One frame per name of :data:`FRAMES`.

    Examples
    --------
    >>> import analysis_kit as ak
    >>> frames = partition_frames(ak.example())
    >>> frames["mentions"].equals(ak.mentions(ak.example()))
    True
    """
    s = settings or Settings()
    lex = s.lexicon or DEFAULT_ACTORS
    m = mentions(corpus, lex)
    words, word_types = unit_words(corpus, m)
    named = m.select("article_id", "paragraph").unique()
    return {
        "articles": corpus.articles,
        "paragraphs": corpus.paragraphs,
        "sentences": corpus.sentences,
        "problems": corpus.problems,
        "sentiment": sentiment(corpus, lexicon=s.sentiment_lexicon),
        "mentions": m,
        "quotes": quotes(corpus, lexicon=lex),
        "frames": frame_matches(corpus, s.frames),
        "sentence_scores": unit_scores(corpus, "sentence", s.sentiment_lexicon),
        "paragraph_scores": unit_scores(corpus, "paragraph", s.sentiment_lexicon),
        "words": words.join(named, on=["article_id", "paragraph"], how="semi"),
        "word_types": word_types,
        "verbs": mention_verbs(corpus, m),
    }


def _write_atomic(frame: pl.DataFrame, target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    os.close(fd)
    try:
        frame.write_parquet(tmp)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _frame_file(out: str | os.PathLike[str], frame: str, part_id: str) -> Path:
    return Path(out) / frame / f"part-{part_id}.parquet"


def process_partition(
    part: Partition, out: str | os.PathLike[str], settings: Settings | None = None
) -> dict[str, Any]:
    """Analyse one partition and write its result frames; never raises for bad input.

    This is the function the local loop and the Dask workers run.

    Parameters
    ----------
    part
        The partition.
    out
        The results folder.
    settings
        Lexicons to use.

    Returns
    -------
    dict
        The manifest record: the partition's fields, ``status`` (``done`` or
        ``failed``), ``error``, ``rows`` per frame, ``n_articles``, ``n_chars``,
        ``seconds``, ``finished`` (a UTC time stamp) and ``worker`` (host and process id).

    Examples
    --------
    >>> import tempfile, polars as pl
    >>> folder = tempfile.mkdtemp()
    >>> pl.DataFrame({"article_id": ["a"], "text": ["Die NATO tagt."]}).write_parquet(
    ...     f"{folder}/in.parquet")
    >>> part = plan_partitions(f"{folder}/in.parquet")[0]
    >>> record = process_partition(part, f"{folder}/out")
    >>> record["status"], record["rows"]["mentions"]
    ('done', 1)
    """
    start = time.perf_counter()
    record: dict[str, Any] = asdict(part)
    try:
        rows = _read_rows(part)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load(rows, progress=False)
        frames = partition_frames(corpus, settings)
        for name in FRAMES:
            _write_atomic(frames[name], _frame_file(out, name, part.id))
        record.update(
            status="done",
            error=None,
            rows={name: frames[name].height for name in FRAMES},
            n_articles=corpus.articles.height,
            n_chars=int(corpus.paragraphs["text"].str.len_chars().sum() or 0),
        )
    except Exception as err:
        record.update(
            status="failed",
            error=f"{type(err).__name__}: {err}",
            rows={},
            n_articles=0,
            n_chars=0,
        )
    record["seconds"] = round(time.perf_counter() - start, 3)
    record["worker"] = f"{socket.gethostname()}:{os.getpid()}"
    record["finished"] = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())
    return record


# ---------------------------------------------------------------------- manifest


def _read_manifest(out: Path) -> dict[str, Any] | None:
    file = out / MANIFEST
    if not file.exists():
        return None
    data: dict[str, Any] = json.loads(file.read_text(encoding="utf-8"))
    if data.get("format") != _FORMAT:
        raise ValueError(f"{file}: not an analysis_kit.scale manifest")
    return data


def _write_manifest(out: Path, manifest: dict[str, Any]) -> None:
    out.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{MANIFEST}.", suffix=".tmp", dir=out)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(manifest, handle, indent=1, ensure_ascii=False)
        handle.write("\n")
    os.replace(tmp, out / MANIFEST)


def _is_finished(part: Partition, record: dict[str, Any] | None, out: Path) -> bool:
    if record is None or record.get("status") != "done":
        return False
    same = (
        record.get("fingerprint") == part.fingerprint
        and record.get("offset") == part.offset
        and record.get("length") == part.length
        and record.get("path") == part.path
    )
    return same and all(_frame_file(out, name, part.id).exists() for name in FRAMES)


# ---------------------------------------------------------------------- the run


def analyze(
    source: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    engine: Literal["local", "dask"] = "local",
    client: Any = None,
    scheduler: str | None = None,
    workers: int | None = None,
    left: str | Sequence[str] = "NATO",
    right: str | Sequence[str] = "Russia",
    batch_rows: int = DEFAULT_BATCH_ROWS,
    settings: Settings | None = None,
    progress: bool | None = None,
    on_record: Callable[[dict[str, Any]], None] | None = None,
) -> Results:
    """Analyse a Parquet corpus of any size, partition by partition, into ``out``.

    Parameters
    ----------
    source
        Parquet input: a file, a folder, a glob, a URL Polars and fsspec read, or a list
        (a folder of text files: convert it first with :func:`convert`). One article
        per row with a ``text`` column, as :func:`analysis_kit.load` reads Parquet.
    out
        Results folder (local or shared by all workers). Reruns resume in it.
    engine
        ``local`` (one partition after another in this process, bounded memory) or
        ``dask`` (``dask.distributed``; ``pip install 'analysis_kit[scale]'``).
    client
        A ``dask.distributed.Client`` to use (``engine="dask"``).
    scheduler
        Address of a running Dask scheduler (``tcp://host:8786``), when no client is given.
    workers
        Worker processes of a ``LocalCluster`` started for the run when neither a client
        nor a scheduler is given (default 2).
    left, right
        The sides recorded for :meth:`Results.compare` (every side is stored; any pair
        can be compared later).
    batch_rows
        Rows (articles) per partition.
    settings
        Lexicons (default: the kit's).
    progress
        Show a progress bar (default: when there are 10 or more partitions to run).
    on_record
        Called with each partition's manifest record as it finishes.

    Returns
    -------
    Results
        The stored results (also :func:`open_results` of ``out``).

    Examples
    --------
    >>> import tempfile, polars as pl, analysis_kit as ak
    >>> folder = tempfile.mkdtemp()
    >>> pl.DataFrame({"article_id": ["a", "b"], "text": ["Die NATO tagt.", "Moskau schweigt."]}
    ...     ).write_parquet(f"{folder}/news.parquet")
    >>> res = ak.scale.analyze(f"{folder}/news.parquet", out=f"{folder}/results")
    >>> res.mentions.select("article_id", "side").collect().rows()
    [('a', 'NATO'), ('b', 'Russia')]
    >>> ak.scale.analyze(f"{folder}/news.parquet", out=f"{folder}/results").status["skipped"].all()
    True
    """
    if engine not in ("local", "dask"):
        raise ValueError(f"engine={engine!r}: use 'local' or 'dask'")
    settings = settings or Settings()
    folder = Path(out)
    if _is_url(os.fspath(out)):
        raise ValueError("out must be a local or shared folder (results are renamed into place)")
    parts = plan_partitions(source, batch_rows=batch_rows, settings=settings)
    if not parts:
        raise FileNotFoundError(f"{source}: no Parquet files found")
    old = _read_manifest(folder) or {}
    previous: dict[str, dict[str, Any]] = old.get("partitions", {})
    planned = {p.id for p in parts}
    for stale in set(previous) - planned:  # input gone or cut differently: drop its results
        for name in FRAMES:
            with contextlib.suppress(OSError):
                _frame_file(folder, name, stale).unlink()
    records = {p.id: previous[p.id] for p in parts if p.id in previous}
    todo = [p for p in parts if not _is_finished(p, previous.get(p.id), folder)]
    skipped = {p.id for p in parts} - {p.id for p in todo}
    manifest: dict[str, Any] = {
        "format": _FORMAT,
        "version": 1,
        "source": source
        if isinstance(source, str)
        else os.fspath(source)
        if isinstance(source, os.PathLike)
        else [os.fspath(s) for s in source],
        "batch_rows": batch_rows,
        "settings": settings.fingerprint(),
        "left": left if isinstance(left, str) else list(left),
        "right": right if isinstance(right, str) else list(right),
        "frames": list(FRAMES),
        "order": [p.id for p in parts],
        "partitions": records,
    }
    _write_manifest(folder, manifest)

    show = progress if progress is not None else len(todo) >= 10
    bar = None
    if show and todo:
        from tqdm.auto import tqdm

        bar = tqdm(total=len(todo), desc="partitions", unit="part")

    def finished(record: dict[str, Any]) -> None:
        records[record["id"]] = record
        _write_manifest(folder, manifest)
        if bar is not None:
            bar.update(1)
        if on_record is not None:
            on_record(record)

    try:
        if engine == "local":
            for part in todo:
                finished(process_partition(part, folder, settings))
        elif todo:
            _run_dask(todo, folder, settings, client, scheduler, workers, finished)
    finally:
        if bar is not None:
            bar.close()
    results = open_results(folder)
    object.__setattr__(results, "_skipped", frozenset(skipped))
    return results


def _dask() -> Any:
    try:
        import dask.distributed as distributed
    except ImportError as err:  # pragma: no cover - depends on the environment
        raise ImportError(
            "engine='dask' needs Dask: pip install 'analysis_kit[scale]' "
            "(dask[dataframe,distributed] and pyarrow)"
        ) from err
    return distributed


def _run_dask(
    todo: list[Partition],
    out: Path,
    settings: Settings,
    client: Any,
    scheduler: str | None,
    workers: int | None,
    finished: Callable[[dict[str, Any]], None],
) -> None:
    distributed = _dask()
    owned: list[Any] = []
    try:
        if client is None:
            if scheduler:
                client = distributed.Client(scheduler)
                owned.append(client)
            else:
                cluster = distributed.LocalCluster(
                    n_workers=workers or 2,
                    threads_per_worker=1,
                    processes=True,
                    dashboard_address=None,
                    host="127.0.0.1",
                )
                owned.append(cluster)
                client = distributed.Client(cluster)
                owned.insert(0, client)
        futures = client.map(
            process_partition,
            todo,
            out=str(out.resolve()),
            settings=settings,
            key=[f"analysis_kit-{p.id}-{p.fingerprint}" for p in todo],
            pure=False,
        )
        for future in distributed.as_completed(futures):
            finished(future.result())
    finally:
        for item in owned:
            item.close()


# ---------------------------------------------------------------------- results


@dataclass(frozen=True, eq=False)
class Results(CompareSource):
    """Results stored by :func:`analyze`: lazy frames over the finished partitions.

    Pass a ``Results`` to :func:`analysis_kit.compare` in place of a corpus.

    Attributes
    ----------
    path
        The results folder.
    manifest
        The parsed ``manifest.json``.

    Examples
    --------
    >>> import tempfile, polars as pl, analysis_kit as ak
    >>> folder = tempfile.mkdtemp()
    >>> pl.DataFrame({"article_id": ["a", "b"], "text": [
    ...     "Die NATO lobt die guten Gespräche. Russland droht.",
    ...     "Moskau lehnt die Vorschläge der NATO ab."]}).write_parquet(f"{folder}/news.parquet")
    >>> res = ak.scale.analyze(folder, out=f"{folder}/results", batch_rows=1)
    >>> res.status.select("status", "n_articles").rows()
    [('done', 1), ('done', 1)]
    >>> res.mentions.group_by("side").len().sort("side").collect().rows()
    [('NATO', 2), ('Russia', 2)]
    >>> cmp = ak.compare(res, left="NATO", right="Russia", replicates=100)
    >>> cmp.summary.filter(pl.col("measure") == "units").select("left", "right").row(0)
    (2.0, 2.0)
    """

    path: Path
    manifest: dict[str, Any] = field(repr=False)
    _skipped: frozenset[str] = field(default=frozenset(), repr=False)

    def __repr__(self) -> str:
        st = self.status
        done = int((st["status"] == "done").sum())
        failed = int((st["status"] == "failed").sum())
        articles = int(st["n_articles"].sum() or 0)
        return (
            f"Results({str(self.path)!r}: {done} partitions done, {failed} failed, "
            f"{articles} articles)"
        )

    @property
    def status(self) -> pl.DataFrame:
        """One row per partition: ``id, path, offset, length, status, error, n_articles,
        n_chars, seconds, finished, skipped`` (skipped: finished in an earlier run)."""
        parts = self.manifest.get("partitions", {})
        rows = [parts[i] for i in self.manifest.get("order", []) if i in parts]
        schema = {
            "id": pl.String,
            "path": pl.String,
            "offset": pl.Int64,
            "length": pl.Int64,
            "status": pl.String,
            "error": pl.String,
            "n_articles": pl.Int64,
            "n_chars": pl.Int64,
            "seconds": pl.Float64,
            "finished": pl.String,
        }
        frame = pl.DataFrame(
            [{k: r.get(k) for k in schema} for r in rows], schema=schema, orient="row"
        )
        return frame.with_columns(pl.col("id").is_in(list(self._skipped)).alias("skipped"))

    @property
    def failed(self) -> pl.DataFrame:
        """The partitions that failed, with their errors."""
        return self.status.filter(pl.col("status") == "failed").select(
            "id", "path", "offset", "length", "error"
        )

    def files(self, frame: str) -> list[str]:
        """Files of one stored frame, for the finished partitions in input order.

        Parameters
        ----------
        frame
            A name of :data:`FRAMES`.

        Returns
        -------
        list of str
            Parquet file paths.
        """
        if frame not in FRAMES:
            raise ValueError(f"frame={frame!r}: use one of {', '.join(FRAMES)}")
        parts = self.manifest.get("partitions", {})
        return [
            str(_frame_file(self.path, frame, i))
            for i in self.manifest.get("order", [])
            if parts.get(i, {}).get("status") == "done"
        ]

    def scan(self, frame: str) -> pl.LazyFrame:
        """A stored frame as a Polars ``LazyFrame`` over all finished partitions.

        Parameters
        ----------
        frame
            A name of :data:`FRAMES`.

        Returns
        -------
        pl.LazyFrame
            Collect it (``.collect(engine="streaming")`` for large results) or aggregate
            first.
        """
        files = self.files(frame)
        if not files:
            raise ValueError(f"{self.path}: no finished partitions")
        return pl.scan_parquet(files)

    @property
    def articles(self) -> pl.LazyFrame:
        """One row per article (``corpus.articles``)."""
        return self.scan("articles")

    @property
    def paragraphs(self) -> pl.LazyFrame:
        """One row per paragraph (``corpus.paragraphs``)."""
        return self.scan("paragraphs")

    @property
    def sentences(self) -> pl.LazyFrame:
        """One row per sentence (``corpus.sentences``)."""
        return self.scan("sentences")

    @property
    def sentiment(self) -> pl.LazyFrame:
        """Sentiment per paragraph (:func:`analysis_kit.sentiment`)."""
        return self.scan("sentiment")

    @property
    def mentions(self) -> pl.LazyFrame:
        """Actor mentions (:func:`analysis_kit.mentions`)."""
        return self.scan("mentions")

    @property
    def quotes(self) -> pl.LazyFrame:
        """Quotes (:func:`analysis_kit.quotes`)."""
        return self.scan("quotes")

    @property
    def frame_matches(self) -> pl.LazyFrame:
        """Frame words (:func:`analysis_kit.frame_matches`)."""
        return self.scan("frames")

    def compare_inputs(
        self,
        *,
        unit: Unit,
        lexicon: ActorLexicon | None,
        frames: FrameDictionary | None,
        sentiment_lexicon: Lexicon | None,
    ) -> CompareInputs:
        """The frames :func:`analysis_kit.compare` needs, read lazily from the results.

        Parameters
        ----------
        unit
            ``sentence`` or ``paragraph``.
        lexicon, frames, sentiment_lexicon
            Must be ``None`` or the ones the results were computed with.

        Returns
        -------
        CompareInputs
            Mentions, quotes and articles in memory; units, words and frames lazy
            (read only for units with a mention).
        """
        given = Settings(lexicon=lexicon, frames=frames, sentiment_lexicon=sentiment_lexicon)
        if (lexicon or frames or sentiment_lexicon) and given.fingerprint() != self.manifest.get(
            "settings"
        ):
            raise ValueError(
                "these results were computed with other lexicons; run "
                "ak.scale.analyze(..., settings=ak.scale.Settings(...)) with the ones you want"
            )
        keys = (
            ["article_id", "paragraph", "sentence"]
            if unit == "sentence"
            else [
                "article_id",
                "paragraph",
            ]
        )
        roles = self.paragraphs.select("article_id", "paragraph", "role")
        body = roles.filter(pl.col("role") != "boilerplate").select("article_id", "paragraph")
        texts = (self.sentences if unit == "sentence" else self.paragraphs).select(*keys, "text")
        units = (
            texts.join(body, on=["article_id", "paragraph"], how="semi", maintain_order="left")
            .join(self.scan(f"{unit}_scores"), on=keys, how="left", maintain_order="left")
            .with_columns(pl.col("n_scored").fill_null(0))
        )
        return CompareInputs(
            articles=self.articles.collect(),
            mentions=self.mentions.collect(),
            units=units,
            roles=roles,
            frame_matches=self.scan("frames"),
            words=self.scan("words"),
            word_types=self.scan("word_types"),
            verbs=self.scan("verbs"),
            quotes=self.quotes.collect(),
            all_units=False,
            corpus=None,
        )

    def compare(
        self,
        left: str | Sequence[str] | None = None,
        right: str | Sequence[str] | None = None,
        **options: Any,
    ) -> Comparison:
        """:func:`analysis_kit.compare` on these results (sides default to the run's).

        Parameters
        ----------
        left, right
            Sides (default: those given to :func:`analyze`).
        **options
            Passed to :func:`analysis_kit.compare`.

        Returns
        -------
        Comparison
            The comparison.
        """
        return compare(
            self,
            left=left if left is not None else self.manifest.get("left", "NATO"),
            right=right if right is not None else self.manifest.get("right", "Russia"),
            **options,
        )


def open_results(path: str | os.PathLike[str]) -> Results:
    """Open results written by :func:`analyze` (lazy; nothing is read but the manifest).

    Parameters
    ----------
    path
        The results folder.

    Returns
    -------
    Results
        Lazy frames over the finished partitions.

    Examples
    --------
    >>> import tempfile, polars as pl, analysis_kit as ak
    >>> folder = tempfile.mkdtemp()
    >>> pl.DataFrame({"text": ["Die NATO tagt. Moskau schweigt."]}).write_parquet(
    ...     f"{folder}/news.parquet")
    >>> _ = ak.scale.analyze(folder, out=f"{folder}/results")
    >>> res = ak.scale.open_results(f"{folder}/results")
    >>> res.sentiment.select("article_id", "paragraph").collect().rows()
    [('news.parquet#0', 0)]
    """
    folder = Path(path)
    manifest = _read_manifest(folder)
    if manifest is None:
        raise FileNotFoundError(f"{folder}: no {MANIFEST} (not a results folder)")
    return Results(path=folder, manifest=manifest)


# ---------------------------------------------------------------------- convert


def convert(
    folder: str | os.PathLike[str],
    out: str | os.PathLike[str],
    *,
    batch_files: int = 1000,
    progress: bool | None = None,
) -> list[Path]:
    """Turn a folder of text files (any format :func:`analysis_kit.load` reads) into Parquet.

    Files are loaded ``batch_files`` at a time (bounded memory) and written as
    ``out/part-00000.parquet`` ...: one row per article with ``article_id`` (the path
    relative to ``folder``, as :func:`analysis_kit.load` names it), ``title``, ``text``
    (the paragraphs after the title, separated by blank lines), ``source``, ``author``,
    ``published``, ``url`` and any extra columns. :func:`analyze` reads the result; it
    gives the same paragraphs as loading the files.

    Parameters
    ----------
    folder
        The folder (read recursively).
    out
        Output folder.
    batch_files
        Files per Parquet file.
    progress
        Show a progress bar per batch.

    Returns
    -------
    list of pathlib.Path
        The files written.

    Examples
    --------
    >>> import tempfile, pathlib, analysis_kit as ak
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text("Gipfel\\n\\nDie NATO tagt.\\n\\nMoskau schweigt.\\n")
    >>> files = ak.scale.convert(folder, folder / "parquet")
    >>> ak.load(files[0]).paragraphs["text"].to_list()
    ['Gipfel', 'Die NATO tagt.', 'Moskau schweigt.']
    """
    root = Path(folder).resolve()
    if not root.is_dir():
        raise NotADirectoryError(f"{root}: not a folder")
    target = Path(out)
    files = sorted(
        p
        for p in root.rglob("*")
        if p.is_file()
        and p.suffix.lower() in EXTENSIONS
        and p.suffix.lower() != ".parquet"
        and target.resolve() not in p.resolve().parents
        and not any(part.startswith(".") for part in p.relative_to(root).parts)
    )
    if not files:
        raise FileNotFoundError(f"{root}: no readable text files")
    written = []
    for number, start in enumerate(range(0, len(files), batch_files)):
        batch = files[start : start + batch_files]
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = load([str(p) for p in batch], progress=progress)
        written.append(_write_table(corpus, root, target / f"part-{number:05d}.parquet"))
    return written


def _write_table(corpus: Corpus, root: Path, target: Path) -> Path:
    relative = {}
    for path in corpus.articles["path"].drop_nulls().unique().to_list():
        with contextlib.suppress(ValueError):  # a path outside the folder keeps load's id
            relative[path] = Path(os.path.abspath(path)).relative_to(root).as_posix()
    paras = corpus.paragraphs
    titles = paras.filter(pl.col("role") == "title").select(
        "article_id", pl.col("text").alias("_t")
    )
    bodies = (
        paras.filter(pl.col("role") != "title")
        .group_by("article_id", maintain_order=True)
        .agg(pl.col("text").str.join("\n\n").alias("text"))
    )
    drop = {"title", "language", "n_paragraphs", "n_words", "path"}
    extra = [c for c in corpus.articles.columns if c not in drop and c != "article_id"]
    table = (
        corpus.articles.select(
            "article_id", "path", *[c for c in extra if c in corpus.articles.columns]
        )
        .join(titles, on="article_id", how="left", maintain_order="left")
        .join(bodies, on="article_id", how="left", maintain_order="left")
        .with_columns(
            pl.col("path")
            .replace_strict(relative, default=pl.col("article_id"))
            .alias("article_id"),
            pl.col("_t").alias("title"),
            pl.col("text").fill_null(""),
        )
        .select("article_id", "title", "text", *extra)
    )
    _write_atomic(table, target)
    return target
