"""Large corpora: throughput, memory and growth of ``ak.scale.analyze``, and compare on results.

Corpus: the 1,028 articles of the 10kGNAD test split (``../shared/data/10kgnad_test``)
replicated with new ids (``x0000000`` ...) into Parquet files of 10,000 articles each, with
a ``source`` of twenty outlets; the input supplies its ids, so no row is deduplicated.
The 10k, 50k and 200k corpora are the first 1, 5 and 20 files.

Reported, in one run:

* textblob-de 0.4.3 itself (``PatternAnalyzer`` with ``PatternTokenizer``) on a sample of
  200 articles: characters per second, the reference for the ratios;
* the streaming path (``engine="local"``, one process, partitions of ``--batch-rows``
  articles) on each size, each in a fresh process: seconds, characters per second, seconds
  per 1,000 articles, peak resident set of the process (goal: under 2 GB);
* Dask with a ``LocalCluster`` of 2 worker processes on the largest size;
* ``ak.compare`` (NATO vs Russia, 2,000 replicates) on the stored results of the largest
  size, in a fresh process: seconds and peak resident set.

Everything the per-partition function computes is included: corpus (paragraphs, sentences,
roles, languages), sentiment (paragraphs and the compare units), mentions, quotes, frame
words, word counts and the verbs of the clauses around mentions (the rule of
``analysis_kit.verbs``, Polars joins against textblob-de's word lists).

Run: ``.venv/bin/python benchmarks/scale.py`` (about an hour on two shared cores);
``--sizes 2000,4000`` for a quick check. Work files go to a temporary folder (``--workdir``
to keep them).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polars as pl
from _data import data_dir

FILE_ROWS = 10_000
SAMPLE = 200

STREAM = """
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
import analysis_kit as ak
files, out, batch = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
start = time.perf_counter()
res = ak.scale.analyze(files, out=out, engine="local", batch_rows=batch, progress=False)
elapsed = time.perf_counter() - start
st = res.status
print(json.dumps({
    "seconds": elapsed,
    "articles": int(st["n_articles"].sum()),
    "chars": int(st["n_chars"].sum()),
    "failed": int((st["status"] == "failed").sum()),
    "partitions": st.height,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "cpu_seconds": sum(resource.getrusage(resource.RUSAGE_SELF)[:2]),
}))
"""

DASK = """
import json, sys, time, warnings
warnings.simplefilter("ignore")
import analysis_kit as ak
from dask.distributed import Client, LocalCluster
files, out, batch = json.loads(sys.argv[1]), sys.argv[2], int(sys.argv[3])
cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                       dashboard_address=None, host="127.0.0.1")
client = Client(cluster)
client.run(lambda: None)  # workers up before the clock starts
start = time.perf_counter()
res = ak.scale.analyze(files, out=out, engine="dask", client=client, batch_rows=batch,
                       progress=False)
elapsed = time.perf_counter() - start
peaks = client.run(lambda: __import__("resource").getrusage(
    __import__("resource").RUSAGE_SELF).ru_maxrss / 1024)
client.close(); cluster.close()
st = res.status
print(json.dumps({
    "seconds": elapsed,
    "articles": int(st["n_articles"].sum()),
    "chars": int(st["n_chars"].sum()),
    "failed": int((st["status"] == "failed").sum()),
    "partitions": st.height,
    "worker_peak_mb": max(peaks.values()),
}))
"""

COMPARE = """
import json, resource, sys, time, warnings
warnings.simplefilter("ignore")
import analysis_kit as ak
start = time.perf_counter()
res = ak.scale.open_results(sys.argv[1])
cmp = ak.compare(res, left="NATO", right="Russia")
elapsed = time.perf_counter() - start
u = cmp.summary.filter(cmp.summary["measure"] == "units").row(0, named=True)
s = cmp.summary.filter(cmp.summary["measure"] == "mean sentiment").row(0, named=True)
print(json.dumps({
    "seconds": elapsed,
    "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    "units_left": int(u["left"]), "units_right": int(u["right"]),
    "mean_left": s["left"], "mean_right": s["right"],
    "summary": cmp.summary.select("measure", "left", "right").rows(),
}))
"""


def run_child(script: str, *args: str) -> dict[str, object]:
    proc = subprocess.run(
        [sys.executable, "-c", script, *args], capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        sys.exit(f"child failed:\n{proc.stderr[-3000:]}")
    result: dict[str, object] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def build_corpus(folder: Path, n_files: int) -> tuple[list[str], pl.DataFrame]:
    """Parquet files of FILE_ROWS replicated articles each, with new ids."""
    base = pl.read_csv(data_dir() / "10kgnad_test" / "10kgnad_test.csv").select("label", "text")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for number in range(n_files):
        first = number * FILE_ROWS
        index = pl.int_range(first, first + FILE_ROWS, eager=True, dtype=pl.Int64)
        frame = (
            pl.DataFrame({"_i": index})
            .with_columns((pl.col("_i") % base.height).alias("_b"))
            .join(base.with_row_index("_b").with_columns(pl.col("_b").cast(pl.Int64)), on="_b")
            .sort("_i")
            .select(
                pl.format("x{}", pl.col("_i").cast(pl.String).str.zfill(7)).alias("article_id"),
                pl.format("outlet-{}", (pl.col("_i") % 20).cast(pl.String)).alias("source"),
                "label",
                "text",
            )
        )
        path = folder / f"news-{number:03d}.parquet"
        frame.write_parquet(path, row_group_size=2000)
        files.append(str(path))
    return files, base


def textblob_reference(base: pl.DataFrame) -> float:
    from analysis_kit.sentiment import textblob

    texts = base["text"].head(SAMPLE).to_list()
    textblob.oracle(texts[0])  # loads pattern's lexicons
    start = time.perf_counter()
    for text in texts:
        textblob.oracle(text)
    return sum(len(t) for t in texts) / (time.perf_counter() - start)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--sizes", default="10000,50000,200000", help="corpus sizes (articles)")
    parser.add_argument("--batch-rows", type=int, default=2000, help="articles per partition")
    parser.add_argument("--workdir", help="keep the corpora and results here")
    parser.add_argument("--no-dask", action="store_true", help="skip the Dask run")
    args = parser.parse_args()
    sizes = sorted(int(s) for s in args.sizes.split(","))
    work = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="ak-scale-"))
    work.mkdir(parents=True, exist_ok=True)
    warnings.simplefilter("ignore")
    try:
        n_files = -(-max(sizes) // FILE_ROWS)
        start = time.perf_counter()
        all_files, base = build_corpus(work / "corpus", n_files)
        size_mb = sum(os.path.getsize(f) for f in all_files) / 1e6
        print(
            f"corpus: 10kGNAD test ({base.height} articles) replicated into {len(all_files)} "
            f"Parquet files of {FILE_ROWS:,} articles ({size_mb:,.0f} MB on disk) "
            f"in {time.perf_counter() - start:.0f} s; partitions of {args.batch_rows:,} articles"
        )
        print(f"machine: {os.cpu_count()} cores (shared); Python {sys.version.split()[0]}")

        ref_cps = textblob_reference(base)
        print(f"\ntextblob-de 0.4.3 (reference, {SAMPLE} articles): {ref_cps:12,.0f} chars/s")

        print("\nstreaming (engine='local', one process), each size in a fresh process:")
        print(
            f"{'articles':>10} {'characters':>14} {'seconds':>9} {'chars/s':>12} "
            f"{'x textblob':>10} {'s/1k art.':>10} {'CPU s':>8} {'peak RSS':>10}"
        )
        rows = []
        for size in sizes:
            files = all_files[: -(-size // FILE_ROWS)]
            if size < FILE_ROWS:  # a slice of the first file
                small = work / f"corpus-{size}.parquet"
                pl.read_parquet(files[0]).head(size).write_parquet(small, row_group_size=2000)
                files = [str(small)]
            out = work / f"results-{size}"
            shutil.rmtree(out, ignore_errors=True)
            r = run_child(STREAM, json.dumps(files), str(out), str(args.batch_rows))
            cps = float(r["chars"]) / float(r["seconds"])  # type: ignore[arg-type]
            per_k = float(r["seconds"]) / (int(r["articles"]) / 1000)  # type: ignore[call-overload]
            rows.append((size, r, per_k))
            print(
                f"{r['articles']:>10,} {r['chars']:>14,} {r['seconds']:>9.1f} {cps:>12,.0f} "
                f"{cps / ref_cps:>9.2f}x {per_k:>10.2f} {r['cpu_seconds']:>8.0f} "
                f"{r['peak_mb']:>7,.0f} MB"
                + (f"  ({r['failed']} partitions failed)" if r["failed"] else "")
            )
        first = rows[0]
        print(
            "growth (relative to the smallest size; per article 1.00 = linear; CPU time is "
            "less disturbed by other load on shared cores than wall time):"
        )
        for size, r, _ in rows:
            ratio = float(r["seconds"]) / float(first[1]["seconds"])  # type: ignore[arg-type]
            cpu = float(r["cpu_seconds"]) / float(first[1]["cpu_seconds"])  # type: ignore[arg-type]
            scale_ = size / first[0]
            print(
                f"  {size:>8,} articles: {scale_:5.1f}x the articles, {ratio:5.1f}x the wall "
                f"time ({ratio / scale_:4.2f} per article), {cpu:5.1f}x the CPU time "
                f"({cpu / scale_:4.2f} per article)"
            )
        largest = rows[-1]
        peak = float(largest[1]["peak_mb"])  # type: ignore[arg-type]
        print(
            f"peak resident set of the streaming run on {largest[0]:,} articles: {peak:,.0f} MB "
            f"(goal: under 2,048 MB) -> {'ok' if peak < 2048 else 'OVER'}"
        )

        if not args.no_dask:
            size = largest[0]
            files = (
                all_files[: -(-size // FILE_ROWS)]
                if size >= FILE_ROWS
                else [str(work / f"corpus-{size}.parquet")]
            )
            out = work / f"dask-{size}"
            shutil.rmtree(out, ignore_errors=True)
            r = run_child(DASK, json.dumps(files), str(out), str(args.batch_rows))
            cps = float(r["chars"]) / float(r["seconds"])  # type: ignore[arg-type]
            stream_cps = float(largest[1]["chars"]) / float(largest[1]["seconds"])  # type: ignore[arg-type]
            print(
                f"\nDask, LocalCluster of 2 worker processes, {r['articles']:,} articles: "
                f"{r['seconds']:.1f} s, {cps:,.0f} chars/s ({cps / ref_cps:.2f}x textblob-de, "
                f"{cps / stream_cps:.2f}x streaming); peak RSS of a worker "
                f"{r['worker_peak_mb']:,.0f} MB"
                + (f"; {r['failed']} partitions failed" if r["failed"] else "")
            )
            same = all(
                pl.scan_parquet(str(out / name / "*.parquet")).select(pl.len()).collect().item()
                == pl.scan_parquet(str(work / f"results-{size}" / name / "*.parquet"))
                .select(pl.len())
                .collect()
                .item()
                for name in ("paragraphs", "sentiment", "mentions", "quotes", "verbs")
            )
            print(f"  same row counts as the streaming results: {same}")

        c = run_child(COMPARE, str(work / f"results-{largest[0]}"))
        print(
            f"\nak.compare(results, 'NATO', 'Russia') on the stored results of {largest[0]:,} "
            f"articles: {c['seconds']:.1f} s, peak RSS {c['peak_mb']:,.0f} MB; "
            f"units {c['units_left']:,} vs {c['units_right']:,}, mean sentiment "
            f"{c['mean_left']:+.4f} vs {c['mean_right']:+.4f}"
        )
    finally:
        if not args.workdir:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
