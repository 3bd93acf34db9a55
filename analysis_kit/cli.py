"""The ``analysis-kit`` command.

Subcommands
-----------
``analysis-kit info SOURCE``
    Load SOURCE and print an overview (articles, paragraphs by role, languages,
    problems).
``analysis-kit export-frames SOURCE --out DIR``
    Load SOURCE and write its articles, paragraphs and sentences as Parquet and CSV.
``analysis-kit demo [--out DIR]``
    The main job on the bundled example article: print the overview and export the
    frames (to ``demo-output/`` by default).

SOURCE is anything :func:`analysis_kit.load` takes: a file, folder, glob or zip.
Exit status 0 on success, 2 when the input cannot be loaded (the message names the file).
"""

from __future__ import annotations

import argparse
import sys
import warnings
from collections.abc import Sequence
from pathlib import Path

import polars as pl

from analysis_kit.corpus import Corpus, LoadError, example, load

__all__ = ["export_frames", "main"]

_FRAMES = ("articles", "paragraphs", "sentences")


def export_frames(
    corpus: Corpus, out: str | Path, *, formats: Sequence[str] = ("parquet", "csv")
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
    names = list(_FRAMES) + (["problems"] if corpus.problems.height else [])
    for name in names:
        frame: pl.DataFrame = getattr(corpus, name)
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
        for path, problem in corpus.problems.head(20).iter_rows():
            print(f"  {path}: {problem}")


def _load(source: str) -> Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return load(source)


def _cmd_info(args: argparse.Namespace) -> int:
    corpus = _load(args.source)
    print(f"{args.source}")
    _print_overview(corpus)
    return 0


def _cmd_export(args: argparse.Namespace) -> int:
    corpus = _load(args.source)
    files = export_frames(corpus, args.out, formats=args.formats.split(","))
    print(f"wrote {len(files)} files to {args.out}/")
    return 0


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


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="analysis-kit",
        description="Study how German news covers conflicts: load articles into Polars frames.",
    )
    sub = parser.add_subparsers(dest="command", required=True)
    info = sub.add_parser("info", help="print an overview of a corpus")
    info.add_argument("source", help="file, folder, glob or zip")
    info.set_defaults(func=_cmd_info)
    exp = sub.add_parser("export-frames", help="write a corpus's frames as Parquet and CSV")
    exp.add_argument("source", help="file, folder, glob or zip")
    exp.add_argument("--out", required=True, help="output folder")
    exp.add_argument("--formats", default="parquet,csv", help="parquet,csv (default both)")
    exp.set_defaults(func=_cmd_export)
    demo = sub.add_parser("demo", help="run the main job on the bundled example article")
    demo.add_argument("--out", default="demo-output", help="output folder (default demo-output)")
    demo.set_defaults(func=_cmd_demo)
    return parser


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
    except LoadError as err:
        print(f"analysis-kit: {err}", file=sys.stderr)
        return 2
    return status


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
