"""The ``analysis-kit`` command.

Subcommands
-----------
``analysis-kit info SOURCE``
    Load SOURCE and print an overview (articles, paragraphs by role, languages,
    problems).
``analysis-kit export-frames SOURCE --out DIR``
    Load SOURCE and write its articles, paragraphs and sentences as Parquet and CSV.
``analysis-kit report SOURCE --out DIR [--left NATO --right Russia] [--engine E]
[--lexicon CSV] [--actors TOML] [--frames TOML] [--force]``
    Write a reproducible report folder (see :func:`analysis_kit.report`).
``analysis-kit reproduce METHODS_JSON SOURCE``
    Rerun a report and say whether every number matches.
``analysis-kit demo [--out DIR]``
    The main job on the bundled example article: print the overview and export the
    frames (to ``demo-output/`` by default).
``analysis-kit dashboard [SOURCE] [--port N] [--lang en|de] [--coding FILE]``
    Serve the dashboard (:class:`analysis_kit.widgets.Dashboard`) with Voila on
    127.0.0.1, print its address and stop cleanly on Ctrl-C (the bundled example when
    SOURCE is omitted; needs the ``dashboard`` extra).
``analysis-kit scale SOURCE --out DIR [--workers N | --scheduler ADDRESS]``
    Analyse a Parquet corpus of any size partition by partition into DIR, resuming a
    run that stopped (see :mod:`analysis_kit.scale`); on Dask with ``--workers`` (a
    local cluster) or ``--scheduler`` (an existing one).
``analysis-kit convert FOLDER --out DIR``
    Turn a folder of text files into Parquet for ``scale``.

SOURCE is anything :func:`analysis_kit.load` takes: a file, folder, glob or zip.
``--quiet`` (before the command) prints only errors.

Exit status: 0 ok; 1 done, but some input failed (the output is written and a summary
names what failed) or, for ``reproduce``, a number differs; 2 usage error or no usable
input (the message names the file).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

import polars as pl

from analysis_kit.corpus import Corpus, LoadError, example, load

__all__ = ["export_frames", "main"]

_FRAMES = ("articles", "paragraphs", "sentences")


def export_frames(
    corpus: Corpus,
    out: str | Path,
    *,
    formats: Sequence[str] = ("parquet", "csv"),
    analyses: bool = False,
) -> list[Path]:
    """Write a corpus's frames (and its problems, if any) to a folder.

    Parameters
    ----------
    corpus
        The corpus.
    out
        The folder; it is created.
    formats
        ``parquet`` and/or ``csv``.
    analyses
        Also write ``sentiment`` (per paragraph, default engine), ``evidence`` (the words
        that drove it) and ``mentions`` (actor mentions).

    Returns
    -------
    list of pathlib.Path
        The files written.

    Examples
    --------
    >>> import tempfile, analysis_kit as ak
    >>> from analysis_kit.cli import export_frames
    >>> [p.name for p in export_frames(ak.example(), tempfile.mkdtemp(), formats=["csv"])]
    ['articles.csv', 'paragraphs.csv', 'sentences.csv']
    """
    folder = Path(out)
    folder.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    frames: dict[str, pl.DataFrame] = {name: getattr(corpus, name) for name in _FRAMES}
    if corpus.problems.height:
        frames["problems"] = corpus.problems
    if analyses:
        from analysis_kit.actors import mentions
        from analysis_kit.sentiment import sentiment, sentiment_evidence

        frames["sentiment"] = sentiment(corpus)
        frames["evidence"] = sentiment_evidence(corpus)
        frames["mentions"] = mentions(corpus)
    for name, frame in frames.items():
        for fmt in formats:
            path = folder / f"{name}.{fmt}"
            if fmt == "parquet":
                frame.write_parquet(path)
            elif fmt == "csv":
                frame.write_csv(path)
            else:
                raise ValueError(f"unknown format {fmt!r} (use parquet or csv)")
            written.append(path)
    return written


def _print_overview(corpus: Corpus) -> None:
    width = max(len(m) for m in corpus.overview()["measure"])
    for measure, value in corpus.overview().iter_rows():
        print(f"  {measure:<{width}}  {value}")
    if corpus.problems.height:
        print("problems:")
        _print_problems(corpus, sys.stdout)


def _print_problems(corpus: Corpus, stream: TextIO) -> None:
    for path, problem in corpus.problems.head(20).iter_rows():
        print(f"  {path}: {problem}", file=stream)
    if corpus.problems.height > 20:
        print(f"  ... and {corpus.problems.height - 20} more", file=stream)


def _load(source: str, *, quiet: bool = False) -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(source, progress=False if quiet else None)


def _cmd_info(args: argparse.Namespace) -> int:
    from analysis_kit.actors import mentions

    corpus = _load(args.source)
    print(f"{args.source}")
    _print_overview(corpus)
    sides = (
        mentions(corpus)
        .filter(pl.col("side").is_not_null())
        .group_by("side")
        .agg(pl.len().alias("n"), pl.col("article_id").n_unique().alias("articles"))
        .sort(["n", "side"], descending=[True, False])
    )
    if sides.height:
        print("sides named (mentions, articles):")
        for side, n, articles in sides.head(12).iter_rows():
            print(f"  {side:<24} {n:>7} {articles:>7}")
    return 0 if corpus.articles.height else 2


def _cmd_export(args: argparse.Namespace) -> int:
    corpus = _load(args.source)
    files = export_frames(corpus, args.out, formats=args.formats.split(","), analyses=True)
    print(f"wrote {len(files)} files to {args.out}/")
    return 0


def _say(args: argparse.Namespace, message: str) -> None:
    if not getattr(args, "quiet", False):
        print(message, file=sys.stderr)


def _failed_summary(corpus: Corpus) -> int:
    if not corpus.problems.height:
        return 0
    print(f"{corpus.problems.height} input file(s) failed and were skipped:", file=sys.stderr)
    _print_problems(corpus, sys.stderr)
    return 1


def _cmd_report(args: argparse.Namespace) -> int:
    from analysis_kit.actors import ActorLexicon
    from analysis_kit.framing import FrameDictionary
    from analysis_kit.reports import report
    from analysis_kit.sentiment import Lexicon

    lexicon = Lexicon.from_csv(args.lexicon) if args.lexicon else None
    actors = ActorLexicon.from_toml(args.actors) if args.actors else None
    frames = FrameDictionary.from_toml(args.frames) if args.frames else None
    _say(args, f"loading {args.source} ...")
    corpus = _load(args.source, quiet=args.quiet)
    if corpus.articles.height == 0:
        print(f"analysis-kit: {args.source}: no usable articles", file=sys.stderr)
        _failed_summary(corpus)
        return 2
    _say(args, f"[1/2] analysing {corpus.articles.height} articles ...")
    try:
        result = report(
            corpus,
            args.out,
            left=args.left,
            right=args.right,
            engine=args.engine,
            lexicon=lexicon,
            actors=actors,
            frames=frames,
            replicates=args.replicates,
            lang=args.lang,
            overwrite=args.force,
            source=args.source,
            progress=not args.quiet,
            lexicon_file=args.lexicon,
        )
    except FileExistsError as err:
        print(f"analysis-kit: {err} (use --force)", file=sys.stderr)
        return 2
    _say(args, f"[2/2] wrote {len(result.files)} files to {result.folder}/")
    if not args.quiet:
        print(result.index)
    return _failed_summary(corpus)


def _cmd_reproduce(args: argparse.Namespace) -> int:
    from analysis_kit.reports import reproduce
    from analysis_kit.sentiment import Lexicon

    lexicon = Lexicon.from_csv(args.lexicon) if args.lexicon else None
    checks = reproduce(args.methods, _load(args.source), lexicon=lexicon)
    for check, matches, _expected, _got, detail in checks.iter_rows():
        if not args.quiet or not matches:
            mark = "ok  " if matches else "DIFF"
            print(f"{mark} {check}" + (f": {detail}" if detail else ""))
    return 0 if checks["matches"].all() else 1


def _cmd_demo(args: argparse.Namespace) -> int:
    corpus = example()
    print("analysis_kit demo: the bundled example article")
    print(f"title: {corpus.articles['title'].item()}")
    _print_overview(corpus)
    print("paragraphs:")
    for par, role, lang, text in corpus.paragraphs.select(
        "paragraph", "role", "language", "text"
    ).iter_rows():
        short = text if len(text) <= 70 else text[:67] + "..."
        print(f"  {par:>2} {role:<11} {lang or '-':<3} {short}")
    files = export_frames(corpus, args.out)
    print(f"wrote {len(files)} files to {args.out}/: " + ", ".join(p.name for p in files))
    return 0


def _cmd_dashboard(args: argparse.Namespace) -> int:
    from analysis_kit.widgets.dashboard import serve

    try:
        return serve(args.source, port=args.port, lang=args.lang, coding_path=args.coding)
    except ImportError as err:
        print(f"analysis-kit: {err}", file=sys.stderr)
        return 2


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analysis-kit",
        description="Study how German news covers conflicts: load articles into Polars frames.",
    )
    parser.add_argument("--quiet", action="store_true", help="print only errors")
    sub = parser.add_subparsers(dest="command", required=True)
    info = sub.add_parser("info", help="print an overview of a corpus")
    info.add_argument("source", help="file, folder, glob or zip")
    info.set_defaults(func=_cmd_info)
    exp = sub.add_parser(
        "export-frames",
        help="write articles, paragraphs, sentences, sentiment, evidence and mentions",
    )
    exp.add_argument("source", help="file, folder, glob or zip")
    exp.add_argument("--out", required=True, help="output folder")
    exp.add_argument("--formats", default="parquet,csv", help="parquet,csv (default both)")
    exp.set_defaults(func=_cmd_export)
    rep = sub.add_parser(
        "report",
        help="write a reproducible report folder (HTML, charts, tables, methods.json)",
    )
    rep.add_argument("source", help="file, folder, glob or zip")
    rep.add_argument("--out", required=True, help="report folder")
    rep.add_argument("--left", default="NATO", help="first side (default NATO)")
    rep.add_argument("--right", default="Russia", help="second side (default Russia)")
    rep.add_argument("--engine", default="default", choices=["default", "textblob-de"])
    rep.add_argument("--lexicon", help="sentiment lexicon CSV (term,score[,pos])")
    rep.add_argument("--actors", help="actor dictionary TOML")
    rep.add_argument("--frames", help="frame dictionary TOML")
    rep.add_argument("--replicates", type=int, default=2000, help="bootstrap replicates")
    rep.add_argument("--lang", default="en", choices=["en", "de"], help="chart labels")
    rep.add_argument("--force", action="store_true", help="replace an existing folder")
    rep.set_defaults(func=_cmd_report)
    rpr = sub.add_parser("reproduce", help="rerun a report and compare every number")
    rpr.add_argument("methods", help="the report's methods.json")
    rpr.add_argument("source", help="the input the report was made from")
    rpr.add_argument("--lexicon", help="sentiment lexicon CSV, if the report used one")
    rpr.set_defaults(func=_cmd_reproduce)
    demo = sub.add_parser("demo", help="run the main job on the bundled example article")
    demo.add_argument("--out", default="demo-output", help="output folder (default demo-output)")
    demo.set_defaults(func=_cmd_demo)
    dash = sub.add_parser("dashboard", help="serve the dashboard with Voila on 127.0.0.1")
    dash.add_argument("source", nargs="?", help="file, folder, glob or zip (default: example)")
    dash.add_argument("--port", type=int, help="port (default: a free one)")
    dash.add_argument("--lang", default="en", choices=["en", "de"], help="labels")
    dash.add_argument("--coding", default="coding.json", help="coding sheet file")
    dash.set_defaults(func=_cmd_dashboard)
    _add_scale_commands(sub)
    return parser


# ---------------------------------------------------------------------- scale, convert


def _add_scale_commands(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    scl = sub.add_parser(
        "scale",
        help="analyse a Parquet corpus of any size into partitioned Parquet results (resumes)",
    )
    scl.add_argument("source", help="Parquet file, folder, glob or URL")
    scl.add_argument("--out", required=True, help="results folder (a rerun resumes in it)")
    where = scl.add_mutually_exclusive_group()
    where.add_argument("--workers", type=int, help="run on a local Dask cluster of N processes")
    where.add_argument("--scheduler", help="run on an existing Dask cluster (tcp://host:8786)")
    scl.add_argument("--left", default="NATO", help="first side (default NATO)")
    scl.add_argument("--right", default="Russia", help="second side (default Russia)")
    scl.add_argument("--batch-rows", type=int, default=2000, help="articles per partition")
    scl.set_defaults(func=_cmd_scale)
    cnv = sub.add_parser("convert", help="turn a folder of text files into Parquet for scale")
    cnv.add_argument("folder", help="folder of files analysis-kit can load")
    cnv.add_argument("--out", required=True, help="output folder for the Parquet files")
    cnv.add_argument("--batch-files", type=int, default=1000, help="files per Parquet file")
    cnv.set_defaults(func=_cmd_convert)


def _cmd_scale(args: argparse.Namespace) -> int:
    from analysis_kit import scale

    try:
        res = scale.analyze(
            args.source,
            args.out,
            engine="dask" if args.workers or args.scheduler else "local",
            scheduler=args.scheduler,
            workers=args.workers,
            left=args.left,
            right=args.right,
            batch_rows=args.batch_rows,
            progress=None if not args.quiet else False,
        )
    except (FileNotFoundError, ImportError) as err:
        print(f"analysis-kit: {err}", file=sys.stderr)
        return 2
    st = res.status
    done = st.filter(pl.col("status") == "done")
    failed = st.filter(pl.col("status") == "failed")
    _say(
        args,
        f"{st.height} partitions: {done.height} done ({int(st['skipped'].sum())} finished "
        f"earlier), {failed.height} failed; {int(done['n_articles'].sum() or 0)} articles, "
        f"{int(done['n_chars'].sum() or 0):,} characters; results in {args.out}/",
    )
    for pid, path, error in failed.select("id", "path", "error").iter_rows():
        print(f"failed: {pid} ({path}): {error}", file=sys.stderr)
    return 1 if failed.height else 0


def _cmd_convert(args: argparse.Namespace) -> int:
    from analysis_kit import scale

    try:
        files = scale.convert(args.folder, args.out, batch_files=args.batch_files)
    except (FileNotFoundError, NotADirectoryError) as err:
        print(f"analysis-kit: {err}", file=sys.stderr)
        return 2
    _say(args, f"wrote {len(files)} Parquet files to {args.out}/")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line.

    Parameters
    ----------
    argv
        Arguments without the program name (``sys.argv[1:]`` by default).

    Returns
    -------
    int
        The exit status.
    """
    args = _parser().parse_args(argv)
    try:
        status: int = args.func(args)
    except (LoadError, ValueError, PermissionError) as err:
        print(f"analysis-kit: {err}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
