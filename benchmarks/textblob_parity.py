"""Parity of the textblob-de engine with textblob-de 0.4.3 on thousands of real texts.

Texts (``../shared/data``): every GerNTSA snippet, every 10kGNAD test article, every
Wikinews paragraph and the first 1,000 GermEval 2017 texts. Each is scored by the
original (``PatternAnalyzer(tokenizer=PatternTokenizer()).analyze``) and by
``analysis_kit.sentiment.textblob``; polarity and subjectivity must be identical floats.

Run: ``.venv/bin/python benchmarks/textblob_parity.py`` (about two minutes).
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

from analysis_kit.sentiment.textblob import oracle, score_many


def main() -> None:
    data = data_dir()
    sets = {
        "GerNTSA snippets": pl.read_csv(data / "gerntsa" / "gerntsa_shared.csv")["opinion_snippet"],
        "10kGNAD articles": pl.read_csv(data / "10kgnad_test" / "10kgnad_test.csv")["text"],
        "Wikinews paragraphs": pl.read_csv(data / "wikinews_de_quotes" / "paragraphs.csv")[
            "paragraph"
        ],
        "GermEval 2017 texts": pl.read_csv(
            data / "germeval2017_sentiment" / "germeval2017_dev_testsyn.csv"
        )["text"].head(1000),
    }
    total = same = 0
    for name, series in sets.items():
        texts = [t or "" for t in series.to_list()]
        start = time.perf_counter()
        expected = [oracle(t) for t in texts]
        ref_s = time.perf_counter() - start
        start = time.perf_counter()
        got = score_many(texts)
        our_s = time.perf_counter() - start
        equal = sum(1 for a, b in zip(expected, got, strict=True) if a == b)
        total += len(texts)
        same += equal
        print(
            f"{name:22s} {equal:5d} of {len(texts):5d} identical   "
            f"(textblob-de {ref_s:6.1f} s, engine {our_s:5.1f} s)"
        )
        for a, b, t in zip(expected, got, texts, strict=True):
            if a != b:
                print(f"   differs: textblob-de {a}, engine {b}: {t[:80]!r}")
    print(f"total: {same} of {total} identical")


if __name__ == "__main__":
    main()
