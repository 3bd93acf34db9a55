"""A reproducible report bundle: :func:`report` writes it, :func:`reproduce` checks it.

A report folder holds

- ``index.html``: self-contained and offline (charts inlined as SVG, no script, no CDN):
  every chart with a caption, the key tables and a methods paragraph to paste into a paper;
- ``charts/``: each chart as PNG and SVG;
- ``tables/``: each table as CSV and Parquet;
- ``actors.toml`` and ``frames.toml``: the dictionaries used, copied;
- ``methods.json``: package versions, engine, lexicon name and SHA-256 of its entries,
  SHA-256 of the dictionary files, every parameter, corpus size, a SHA-256 of the input
  text, the date, and a SHA-256 of every table.

:func:`reproduce` reruns the analysis from ``methods.json`` on a source and compares every
table, value by value.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import json
import os
import platform
import shutil
import tempfile
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

import polars as pl

from analysis_kit._html import table_html
from analysis_kit.actors import ActorLexicon, co_mentions, mention_rates
from analysis_kit.corpus import Corpus
from analysis_kit.framing import FrameDictionary, compare
from analysis_kit.sentiment import Lexicon, sentiment
from analysis_kit.sentiment.api import Engine

__all__ = ["Report", "report", "reproduce"]

_PACKAGES = ("analysis-kit", "polars", "altair", "textblob-de", "vl-convert-python")
_BUILTIN_LEXICONS = {
    "textblob-de (news)": Lexicon.news,
    "textblob-de": Lexicon.textblob_de,
}


@dataclass(frozen=True)
class Report:
    """What :func:`report` wrote.

    Attributes
    ----------
    folder
        The report folder.
    index
        ``index.html``.
    methods
        The content of ``methods.json``.
    files
        Every file written, relative to the folder.
    """

    folder: Path
    index: Path
    methods: dict[str, Any]
    files: tuple[str, ...]


def _sha256_bytes(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _canonical(frame: pl.DataFrame) -> pl.DataFrame:
    """Rows in a canonical order (tables whose order breaks ties arbitrarily compare equal)."""
    keys = [c for c, t in frame.schema.items() if not t.is_nested()]
    return frame.sort(keys, nulls_last=True) if keys else frame


def _frame_hash(frame: pl.DataFrame) -> str:
    """SHA-256 of a frame's CSV text in canonical row order, floats to 12 significant places."""
    rounded = _canonical(frame).with_columns(pl.selectors.float().round_sig_figs(12))
    rounded = rounded.with_columns(pl.selectors.by_dtype(pl.List).list.join("|"))
    return _sha256_bytes(rounded.write_csv().encode("utf-8"))


def _corpus_hash(corpus: Corpus) -> str:
    data = corpus.paragraphs.select("article_id", "paragraph", "text").sort(
        "article_id", "paragraph"
    )
    return _sha256_bytes(data.write_csv().encode("utf-8"))


def _lexicon_hash(lexicon: Lexicon) -> str:
    entries = lexicon.entries.sort(lexicon.entries.columns)
    return _sha256_bytes(entries.write_csv().encode("utf-8"))


def _lexicon_files(name: str, lexicon_file: str | None) -> dict[str, str]:
    """SHA-256 of the files a lexicon was read from (built-in ones are located here)."""
    import importlib.util
    from importlib import resources

    paths: list[Path] = []
    if lexicon_file:
        paths.append(Path(lexicon_file))
    elif name in _BUILTIN_LEXICONS:
        spec = importlib.util.find_spec("textblob_de")
        if spec is not None and spec.submodule_search_locations:
            base = Path(next(iter(spec.submodule_search_locations)))
            paths.append(base / "data" / "de-sentiment.xml")
        if name == "textblob-de (news)":
            data = resources.files("analysis_kit") / "data" / "news_neutral_terms.txt"
            paths.append(Path(str(data)))
    return {p.name: _sha256_bytes(p.read_bytes()) for p in paths if p.is_file()}


def _versions() -> dict[str, str | None]:
    out: dict[str, str | None] = {"python": platform.python_version()}
    for name in _PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = None
    return out


def _source_file(source: str) -> Path | None:
    path = Path(source)
    return path if path.is_file() else None


def _tables(
    corpus: Corpus,
    params: dict[str, Any],
    lexicon: Lexicon | None,
    actors: ActorLexicon,
    frames: FrameDictionary,
) -> tuple[dict[str, pl.DataFrame], Any]:
    scores = sentiment(corpus, engine=params["engine"], lexicon=lexicon)
    cmp = compare(
        corpus,
        params["left"],
        params["right"],
        unit=params["unit"],
        lexicon=actors,
        frames=frames,
        sentiment_lexicon=lexicon,
        replicates=params["replicates"],
        seed=params["seed"],
    )
    tables = {
        "articles": corpus.articles.drop("path"),
        "sentiment": scores,
        "mention_rates": mention_rates(corpus, by=None, level="side", lexicon=actors),
        "co_mentions": co_mentions(corpus, by="side", lexicon=actors),
        "comparison_summary": cmp.summary,
        "comparison_sentiment": cmp.sentiment,
        "comparison_frames": cmp.frames,
        "comparison_terms": cmp.terms,
        "comparison_voices": cmp.voices,
        "comparison_prominence": cmp.prominence,
    }
    return tables, cmp


def _html_table(frame: pl.DataFrame, rows: int = 15) -> str:
    return table_html(frame, max_rows=rows, more="First {shown} of {total} rows; all in the CSV.")


def _methods_text(methods: dict[str, Any]) -> str:
    p = methods["parameters"]
    c = methods["corpus"]
    v = methods["versions"]
    return (
        f"We analysed {c['articles']} articles ({c['paragraphs']} body paragraphs, "
        f"{c['words']} words) with analysis_kit {v.get('analysis-kit')} (Polars "
        f"{v.get('polars')}). Paragraph sentiment was scored with the {p['engine']} engine "
        f"and the lexicon '{methods['sentiment_lexicon']['name']}' (SHA-256 "
        f"{methods['sentiment_lexicon']['sha256'][:12]}…). Actors were matched with the "
        f"dictionary {methods['actors']['file']} ({methods['actors']['n_actors']} actors, "
        f"SHA-256 {methods['actors']['sha256'][:12]}…) and frames with {methods['frames']['file']} "
        f"({methods['frames']['n_frames']} frames, SHA-256 {methods['frames']['sha256'][:12]}…). "
        f"Coverage of {p['left']} and {p['right']} was compared per {p['unit']}; intervals are "
        f"95% cluster-bootstrap intervals over articles ({p['replicates']} replicates, seed "
        f"{p['seed']}). Boilerplate paragraphs were left out."
    )


_CSS = (
    "body{font-family:Helvetica,Arial,sans-serif;max-width:980px;margin:2em auto;"
    "color:#222}table{border-collapse:collapse;font-size:12px;margin:.5em 0}"
    "td,th{border:1px solid #ccc;padding:2px 6px;text-align:left}figure{margin:1.5em 0}"
    "figcaption{font-size:13px;color:#444}.more{font-size:12px;color:#666}"
    "blockquote{background:#f4f4f4;padding:.6em 1em}"
)


def report(
    corpus: Corpus,
    out: str | os.PathLike[str],
    *,
    left: str = "NATO",
    right: str = "Russia",
    engine: Engine = "default",
    lexicon: Lexicon | None = None,
    actors: ActorLexicon | None = None,
    frames: FrameDictionary | None = None,
    unit: str = "sentence",
    replicates: int = 2000,
    seed: int = 0,
    lang: str = "en",
    scale: float = 2.0,
    article_charts: int = 20,
    overwrite: bool = False,
    source: str | None = None,
    progress: bool = False,
    lexicon_file: str | None = None,
) -> Report:
    """Write a reproducible report folder for a corpus.

    Parameters
    ----------
    corpus
        The corpus.
    out
        The report folder. It is written next to its final place and moved in at the end,
        so an interrupted run never leaves a half-written report; an existing folder is
        replaced only with ``overwrite=True``.
    left, right
        The two sides compared (see :func:`analysis_kit.compare`).
    engine, lexicon
        Sentiment engine and lexicon (default: the news lexicon).
    actors, frames
        Actor and frame dictionaries (default: the shipped ones).
    unit, replicates, seed
        Passed to :func:`analysis_kit.compare`.
    lang
        Chart labels, ``"en"`` or ``"de"``.
    scale
        PNG scale factor.
    article_charts
        Sentiment-by-paragraph charts written for the first this-many articles, to
        ``charts/articles/`` under names made safe from their titles
        (:func:`analysis_kit.export.safe_filename`).
    overwrite
        Replace an existing folder.
    source
        Where the corpus came from (recorded in ``methods.json``).
    lexicon_file
        The file ``lexicon`` was read from, to record its SHA-256 (built-in lexicons'
        files are found and hashed without it).
    progress
        Show a progress bar (``tqdm``) over the steps: analysis, charts, article charts,
        tables.

    Returns
    -------
    Report

    Examples
    --------
    >>> import tempfile, analysis_kit as ak
    >>> out = ak.report(ak.example(), tempfile.mkdtemp() + "/report", replicates=50)
    >>> sorted(p for p in out.files if "/" not in p)
    ['actors.toml', 'frames.toml', 'index.html', 'methods.json']
    >>> out.methods["corpus"]["articles"]
    1
    """
    from analysis_kit import charts
    from analysis_kit.export import export, safe_filename

    target = Path(out)
    if target.exists() and not overwrite:
        raise FileExistsError(f"{target}: exists; pass overwrite=True to replace it")
    if corpus.articles.height == 0:
        raise ValueError("the corpus has no articles: nothing to report")
    actors = actors or ActorLexicon.default()
    frames = frames or FrameDictionary.default()
    used_lexicon = lexicon or Lexicon.news()
    params: dict[str, Any] = {
        "left": left,
        "right": right,
        "engine": engine,
        "unit": unit,
        "replicates": replicates,
        "seed": seed,
        "lang": lang,
        "article_charts": article_charts,
    }
    n_articles = min(max(article_charts, 0), corpus.articles.height)
    bar = _Steps(progress, total=1 + 5 + n_articles + 10)
    bar.step("analysing")
    tables, cmp = _tables(corpus, params, lexicon, actors, frames)

    target.parent.mkdir(parents=True, exist_ok=True)
    if not os.access(target.parent, os.W_OK):
        raise PermissionError(f"{target.parent}: folder is not writable")
    tmp = Path(tempfile.mkdtemp(prefix=f".{target.name}.", dir=target.parent))
    try:
        chart_specs = [
            (
                "sentiment_distribution",
                charts.sentiment_distribution(
                    corpus, engine=engine, sentiment_lexicon=lexicon, lang=lang
                ),
                "Distribution of paragraph sentiment (polarity from -1 to 1) per source; "
                "unscored paragraphs left out.",
            ),
            (
                "actor_mentions",
                charts.actor_mentions(corpus, level="side", lexicon=actors, lang=lang),
                "Mentions of each side in body paragraphs.",
            ),
            (
                "actor_positions",
                charts.actor_mentions(
                    corpus, level="side", by="position", top=6, lexicon=actors, lang=lang
                ),
                "Where in the article each side is named (tenths of the article by paragraph).",
            ),
            (
                "co_mentions",
                charts.co_mention_heatmap(corpus, by="side", lexicon=actors, lang=lang),
                "Sides named in the same paragraph (number of paragraphs in each cell).",
            ),
            (
                "framing",
                charts.framing(cmp, lang=lang),
                f"How {left} and {right} are framed: mean sentiment of the {unit}s naming "
                "each side with 95% bootstrap intervals, and the share of those units per "
                "frame.",
            ),
        ]
        figures = []
        for name, chart, caption in chart_specs:
            bar.step(f"chart {name}")
            export(chart, tmp / "charts" / f"{name}.png", scale=scale)
            export(chart, tmp / "charts" / f"{name}.svg")
            figures.append(
                (name, (tmp / "charts" / f"{name}.svg").read_text(encoding="utf-8"), caption)
            )
        article_links = []
        for number, (article_id, title) in enumerate(
            corpus.articles.select("article_id", "title").head(max(article_charts, 0)).iter_rows(),
            start=1,
        ):
            bar.step(f"article chart {number}")
            stem = f"{number:03d}_{safe_filename(str(title or article_id))}"
            chart = charts.sentiment_by_paragraph(
                corpus, str(article_id), engine=engine, sentiment_lexicon=lexicon, lang=lang
            )
            export(chart, tmp / "charts" / "articles" / f"{stem}.png", scale=scale)
            export(chart, tmp / "charts" / "articles" / f"{stem}.svg")
            article_links.append((f"charts/articles/{stem}.svg", str(title or article_id)))
        table_hashes = {}
        for name, frame in tables.items():
            bar.step(f"table {name}")
            export(frame, tmp / "tables" / f"{name}.csv")
            export(frame, tmp / "tables" / f"{name}.parquet")
            table_hashes[name] = {"rows": frame.height, "sha256": _frame_hash(frame)}
        dictionaries: dict[str, dict[str, Any]] = {}
        for key, obj, fname in (
            ("actors", actors, "actors.toml"),
            ("frames", frames, "frames.toml"),
        ):
            src = _source_file(obj.source)
            if src is None:
                raise ValueError(
                    f"{key}: the dictionary has no file ({obj.source}); save it as TOML and "
                    "load it with from_toml so the report can record it"
                )
            shutil.copyfile(src, tmp / fname)
            dictionaries[key] = {
                "file": fname,
                "source": str(src),
                "sha256": _sha256_bytes(src.read_bytes()),
            }
        dictionaries["actors"]["n_actors"] = len(actors.actors)
        dictionaries["frames"]["n_frames"] = len(frames.ids)
        words = int(corpus.paragraphs.filter(pl.col("role") == "body")["n_words"].sum())
        methods: dict[str, Any] = {
            "format": "analysis_kit report 1",
            "created": dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
            "versions": _versions(),
            "parameters": params,
            "sentiment_lexicon": {
                "name": used_lexicon.name,
                "entries": len(used_lexicon),
                "sha256": _lexicon_hash(used_lexicon),
                "files": _lexicon_files(used_lexicon.name, lexicon_file),
                "builtin": used_lexicon.name in _BUILTIN_LEXICONS,
            },
            **dictionaries,
            "corpus": {
                "source": source,
                "articles": corpus.articles.height,
                "paragraphs": int((corpus.paragraphs["role"] == "body").sum()),
                "words": words,
                "problems": corpus.problems.height,
                "sha256": _corpus_hash(corpus),
            },
            "tables": table_hashes,
        }
        (tmp / "methods.json").write_text(
            json.dumps(methods, indent=2, ensure_ascii=False), encoding="utf-8"
        )
        (tmp / "index.html").write_text(
            _index_html(methods, figures, tables, left, right, article_links), encoding="utf-8"
        )
        if target.exists():
            shutil.rmtree(target)
        tmp.rename(target)
        bar.close()
    except BaseException:
        bar.close()
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    files = tuple(sorted(str(p.relative_to(target)) for p in target.rglob("*") if p.is_file()))
    return Report(target, target / "index.html", methods, files)


class _Steps:
    """A tqdm bar over named steps, or nothing."""

    def __init__(self, show: bool, total: int) -> None:
        self._bar: Any = None
        if show:
            from tqdm.auto import tqdm

            self._bar = tqdm(total=total, desc="report", unit="step")
        self._started = False

    def step(self, what: str) -> None:
        if self._bar is None:
            return
        if self._started:
            self._bar.update(1)
        self._started = True
        self._bar.set_postfix_str(what)

    def close(self) -> None:
        if self._bar is not None:
            if self._started:
                self._bar.update(1)
            self._bar.close()
            self._bar = None


def _index_html(
    methods: dict[str, Any],
    figures: list[tuple[str, str, str]],
    tables: dict[str, pl.DataFrame],
    left: str,
    right: str,
    article_links: list[tuple[str, str]],
) -> str:
    parts = [
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'>",
        f"<title>Coverage of {html.escape(left)} and {html.escape(right)}</title>",
        f"<style>{_CSS}</style></head><body>",
        f"<h1>Coverage of {html.escape(left)} and {html.escape(right)}</h1>",
        f"<p>{methods['corpus']['articles']} articles, {methods['corpus']['paragraphs']} body "
        f"paragraphs; report made {html.escape(methods['created'])}.</p>",
    ]
    for number, (name, svg, caption) in enumerate(figures, start=1):
        body = svg.split("?>", 1)[-1] if svg.startswith("<?xml") else svg
        parts.append(
            f"<figure id='{name}'>{body}<figcaption>Figure {number}. "
            f"{html.escape(caption)}</figcaption></figure>"
        )
    if article_links:
        parts.append("<h2>Sentiment per paragraph, by article</h2><ul>")
        parts.extend(
            f"<li><a href='{html.escape(link)}'>{html.escape(title)}</a></li>"
            for link, title in article_links
        )
        parts.append("</ul>")
    for name in ("comparison_summary", "comparison_frames", "comparison_terms", "mention_rates"):
        parts.append(f"<h2>{html.escape(name.replace('_', ' ').capitalize())}</h2>")
        parts.append(_html_table(tables[name]))
    parts.append("<h2>Methods</h2>")
    parts.append(f"<blockquote>{html.escape(_methods_text(methods))}</blockquote>")
    parts.append(
        "<p>Every parameter, version and hash is in <code>methods.json</code>; "
        "<code>ak.reproduce('methods.json', source)</code> reruns it.</p></body></html>"
    )
    return "\n".join(parts)


def reproduce(
    methods: str | os.PathLike[str],
    source: str | os.PathLike[str] | Corpus,
    *,
    lexicon: Lexicon | None = None,
) -> pl.DataFrame:
    """Rerun a report from its ``methods.json`` and compare every number.

    Parameters
    ----------
    methods
        The report's ``methods.json``; the dictionaries are read from the same folder.
    source
        The input, as a path for :func:`analysis_kit.load` or a corpus.
    lexicon
        The sentiment lexicon, when the report used one that is not built in.

    Returns
    -------
    polars.DataFrame
        One row per check (``input`` and each table): ``check, matches, expected,
        got, detail``. ``frame["matches"].all()`` says whether everything matches.

    Examples
    --------
    >>> import tempfile, analysis_kit as ak
    >>> out = ak.report(ak.example(), tempfile.mkdtemp() + "/r", replicates=50)
    >>> ak.reproduce(out.folder / "methods.json", ak.example())["matches"].all()
    True
    """
    from analysis_kit.corpus import load

    path = Path(methods)
    try:
        info = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as err:
        raise ValueError(f"{path}: cannot read the methods file: {err}") from err
    folder = path.parent
    corpus = source if isinstance(source, Corpus) else load(source)
    name = info["sentiment_lexicon"]["name"]
    if lexicon is None:
        if name not in _BUILTIN_LEXICONS:
            raise ValueError(f"{path}: the report used the lexicon {name!r}; pass it as lexicon=")
        lexicon = _BUILTIN_LEXICONS[name]()
    actors = ActorLexicon.from_toml(folder / info["actors"]["file"])
    frames = FrameDictionary.from_toml(folder / info["frames"]["file"])
    rows: list[dict[str, Any]] = []

    def check(what: str, expected: Any, got: Any, detail: str = "") -> None:
        rows.append(
            {
                "check": what,
                "matches": expected == got,
                "expected": str(expected),
                "got": str(got),
                "detail": detail,
            }
        )

    check("input", info["corpus"]["sha256"], _corpus_hash(corpus), "SHA-256 of the text")
    check("sentiment lexicon", info["sentiment_lexicon"]["sha256"], _lexicon_hash(lexicon))
    for key in ("actors", "frames"):
        got = _sha256_bytes((folder / info[key]["file"]).read_bytes())
        check(f"{key} dictionary", info[key]["sha256"], got)
    tables, _ = _tables(corpus, info["parameters"], lexicon, actors, frames)
    for table, expected in info["tables"].items():
        frame = tables.get(table)
        if frame is None:
            check(f"table {table}", expected["sha256"], None, "not produced by this version")
            continue
        detail = ""
        stored = folder / "tables" / f"{table}.parquet"
        if stored.exists():
            detail = _first_difference(pl.read_parquet(stored), frame)
        check(f"table {table}", expected["sha256"], _frame_hash(frame), detail)
    return pl.DataFrame(
        rows,
        schema={
            "check": pl.Utf8,
            "matches": pl.Boolean,
            "expected": pl.Utf8,
            "got": pl.Utf8,
            "detail": pl.Utf8,
        },
    )


def _first_difference(old: pl.DataFrame, new: pl.DataFrame) -> str:
    if old.columns != new.columns:
        return f"columns differ: {old.columns} vs {new.columns}"
    if old.height != new.height:
        return f"{old.height} rows before, {new.height} now"
    old, new = _canonical(old), _canonical(new)
    for col in old.columns:
        a, b = old[col], new[col]
        if a.dtype.is_float() and b.dtype.is_float():
            diff = (a - b).abs().max()
            same = (a.is_null() == b.is_null()).all() and (diff is None or diff < 1e-9)  # type: ignore[operator]
        else:
            same = a.equals(b, check_dtypes=False)
        if not same:
            return f"column {col!r} differs"
    return ""
