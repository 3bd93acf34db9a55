"""Sentiment speed and memory against textblob-de, measured in the same run.

Text: the 10kGNAD test split (``../shared/data/10kgnad_test``, 1,028 derStandard articles,
one paragraph each). Reference: textblob-de 0.4.3 itself,
``PatternAnalyzer(tokenizer=PatternTokenizer()).analyze(text)``, on the first
:data:`SUBSET` articles. Every figure is the median of 5 runs, in characters per second.

* textblob-de engine (``ak.sentiment(corpus, engine="textblob-de")``) on the same
  articles, its caches cleared before every run (text it has not seen), on the default
  number of processes (two on this machine for a batch this size); goal: 10 times the
  reference. Its numbers are also checked against the reference, article by article.
* default engine (``ak.sentiment(corpus)``) on all 1,028 articles of a loaded corpus;
  goal: 200 times the reference. Loading and tokenizing is measured separately (it is
  the corpus step every analysis shares; ``benchmarks/load_speed.py``).
* peak memory (maximum resident set size) of a fresh process that loads all 1,028
  articles and runs the default engine; goal: under 1 GB.

Run: ``.venv/bin/python benchmarks/sentiment_speed.py`` (about two minutes).
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import polars as pl
from _data import data_dir

import analysis_kit as ak
from analysis_kit.sentiment import textblob

RUNS = 5
SUBSET = 200


def median_seconds(func: Callable[[], object], before: Callable[[], object] | None = None) -> float:
    times = []
    for _ in range(RUNS):
        if before is not None:
            before()
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


MEMORY_SCRIPT = """
import resource, sys, warnings
warnings.simplefilter("ignore")
import analysis_kit as ak
corpus = ak.load(sys.argv[1])
after_load = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
result = ak.sentiment(corpus)
assert result.height == corpus.paragraphs.height
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(after_load, peak)
"""


def main() -> None:
    csv_path = data_dir() / "10kgnad_test" / "10kgnad_test.csv"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ak.load(csv_path)
    subset = corpus.filter(
        pl.col("article_id").is_in(corpus.articles["article_id"].head(SUBSET).implode())
    )
    texts = subset.paragraphs["text"].to_list()
    sub_chars = sum(len(t) for t in texts)
    all_chars = int(corpus.paragraphs["text"].str.len_chars().sum() or 0)
    print(
        f"10kGNAD test: {corpus.articles.height} articles, {all_chars:,} characters; "
        f"subset: first {SUBSET} articles, {sub_chars:,} characters; median of {RUNS} runs"
    )

    # reference: textblob-de itself
    reference = [textblob.oracle(t) for t in texts]  # also warms pattern's lazy lexicons
    ref_s = median_seconds(lambda: [textblob.oracle(t) for t in texts])
    ref_cps = sub_chars / ref_s
    print(f"\nreference textblob-de 0.4.3:        {ref_s:7.3f} s  {ref_cps:12,.0f} chars/s")

    # exact engine, cold caches
    result = ak.sentiment(subset, engine="textblob-de")
    same = sum(1 for a, b in zip(result["polarity"].to_list(), reference, strict=True) if a == b[0])
    tb_s = median_seconds(
        lambda: ak.sentiment(subset, engine="textblob-de"), before=textblob.clear_caches
    )
    tb_one = median_seconds(
        lambda: ak.sentiment(subset, engine="textblob-de", workers=1), before=textblob.clear_caches
    )
    print(
        f"textblob-de engine (2 processes):   {tb_s:7.3f} s  {sub_chars / tb_s:12,.0f} chars/s  "
        f"ratio {ref_s / tb_s:6.1f}x  (goal >= 10x)"
    )
    print(
        f"textblob-de engine (1 process):     {tb_one:7.3f} s  {sub_chars / tb_one:12,.0f} chars/s  "
        f"ratio {ref_s / tb_one:6.1f}x"
    )
    print(f"  identical polarity to textblob-de: {same} of {len(texts)} articles")

    # default engine
    ak.sentiment(corpus)  # first call loads the lexicon
    def_s = median_seconds(lambda: ak.sentiment(corpus))
    def_cps = all_chars / def_s
    print(
        f"default engine, all articles:       {def_s:7.3f} s  {def_cps:12,.0f} chars/s  "
        f"ratio {def_cps / ref_cps:6.1f}x  (goal >= 200x)"
    )
    sub_def = median_seconds(lambda: ak.sentiment(subset))
    print(
        f"default engine, the subset:         {sub_def:7.3f} s  {sub_chars / sub_def:12,.0f} chars/s  "
        f"ratio {(sub_chars / sub_def) / ref_cps:6.1f}x"
    )

    def load_and_score() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            ak.sentiment(ak.load(csv_path))

    e2e = median_seconds(load_and_score)
    print(
        f"load + default engine, all:         {e2e:7.3f} s  {all_chars / e2e:12,.0f} chars/s  "
        f"ratio {(all_chars / e2e) / ref_cps:6.1f}x  (for context: includes reading, "
        "paragraphs, sentences, tokens, language)"
    )

    out = subprocess.run(
        [sys.executable, "-c", MEMORY_SCRIPT, str(csv_path)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    after_load, peak = (int(x) / 1024 for x in out)
    print(
        f"\npeak memory (fresh process, load + default engine on all {corpus.articles.height} articles): "
        f"{peak:,.0f} MB (after load: {after_load:,.0f} MB)  (goal < 1024 MB)"
    )


if __name__ == "__main__":
    main()
