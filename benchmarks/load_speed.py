"""Loading speed: the whole 10kGNAD test split against textblob-de on 100 of its articles.

Goal (issue "Foundation"): loading the 1,028 derStandard articles and splitting them into
paragraphs, sentences and tokens takes less time than textblob-de 0.4.3 needs to score the
first 100 of those articles, measured in the same run. Prints both medians (of 5 runs)
and their ratio; a ratio below 1 meets the goal.

Run: ``make bench`` or ``.venv/bin/python benchmarks/load_speed.py``.
"""

from __future__ import annotations

import statistics
import sys
import time
import warnings
from collections.abc import Callable
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

import analysis_kit as ak

RUNS = 5


def median_seconds(func: Callable[[], object], runs: int = RUNS) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times), times


def main() -> None:
    csv_path = data_dir() / "10kgnad_test" / "10kgnad_test.csv"
    texts = pl.read_csv(csv_path)["text"].head(100).to_list()

    from textblob_de import PatternTokenizer
    from textblob_de.sentiments import PatternAnalyzer

    analyzer = PatternAnalyzer(tokenizer=PatternTokenizer())
    analyzer.analyze("Warm-up: das Lexikon wird geladen.")

    def load_all() -> None:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            corpus = ak.load(csv_path)
        assert corpus.articles.height == 1028
        assert corpus.tokens.height > 0

    def textblob_100() -> None:
        for value in texts:
            analyzer.analyze(value)

    corpus = ak.load(csv_path)
    load_med, load_all_times = median_seconds(load_all)
    ref_med, ref_times = median_seconds(textblob_100)
    chars = int(corpus.paragraphs["text"].str.len_chars().sum() or 0)
    print(
        f"corpus: {corpus.articles.height} articles, {corpus.paragraphs.height} paragraphs, "
        f"{corpus.sentences.height} sentences, {corpus.tokens.height} tokens, {chars} characters"
    )
    print(
        f"ak.load (all 1028 articles, paragraphs+sentences+tokens): median {load_med:.3f} s "
        f"(runs: {', '.join(f'{t:.3f}' for t in load_all_times)})"
    )
    print(
        f"textblob-de sentiment (first 100 articles):             median {ref_med:.3f} s "
        f"(runs: {', '.join(f'{t:.3f}' for t in ref_times)})"
    )
    print(f"ratio load_all / textblob_100 = {load_med / ref_med:.3f}  (goal: < 1)")
    print(f"load throughput: {chars / load_med:,.0f} characters/s")


if __name__ == "__main__":
    main()
