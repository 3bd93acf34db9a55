"""Speed of ``ak.compare`` on the 1,028 articles of the 10kGNAD test split, cold.

Each of 5 runs is a fresh Python process that loads the corpus and then times one
``ak.compare(corpus)`` (NATO vs Russia, sentence units, 2,000 bootstrap replicates), so
nothing is cached from an earlier comparison; loading is not part of the time (it is in
``benchmarks/load_speed.py``). Goal: median under 3 seconds.

The goal is in seconds, so the time depends on the machine. As a yardstick measured in
the same run, a fresh process times textblob-de 0.4.3 itself (``textblob.oracle``, the
polarity of each article's text) on the same articles; the script prints the ratio
(textblob-de time / compare time: how many comparisons fit into one textblob-de pass).

Run: ``.venv/bin/python benchmarks/framing_speed.py``.
"""

from __future__ import annotations

import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

SCRIPT = """
import sys, time, warnings
warnings.simplefilter("ignore")
import analysis_kit as ak
corpus = ak.load(sys.argv[1])
start = time.perf_counter()
cmp = ak.compare(corpus)
elapsed = time.perf_counter() - start
units = cmp.summary.filter(cmp.summary["measure"] == "units").row(0, named=True)
print(elapsed, int(units["left"]), int(units["right"]))
"""

REFERENCE = """
import sys, time, warnings
warnings.simplefilter("ignore")
import polars as pl
import analysis_kit as ak
from analysis_kit.sentiment import textblob
corpus = ak.load(sys.argv[1])
texts = (
    corpus.paragraphs.group_by("article_id", maintain_order=True)
    .agg(pl.col("text").str.join("\\n\\n"))["text"].to_list()
)
textblob.oracle(texts[0])  # pattern loads its lexicons lazily
start = time.perf_counter()
for text in texts:
    textblob.oracle(text)
print(time.perf_counter() - start)
"""


def main() -> None:
    path = data_dir() / "10kgnad_test" / "10kgnad_test.csv"
    times = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True
        )
        elapsed, n_left, n_right = out.stdout.split()
        times.append(float(elapsed))
    reference = float(
        subprocess.run(
            [sys.executable, "-c", REFERENCE, str(path)], capture_output=True, text=True, check=True
        ).stdout.split()[-1]
    )
    median = statistics.median(times)
    print(
        f"ak.compare on 1,028 10kGNAD articles (NATO: {n_left} sentences, Russia: {n_right} sentences), "
        f"cold, 5 fresh processes: median {median:.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}) (goal < 3 s)"
    )
    print(
        f"reference, same run: textblob-de 0.4.3 on the same articles: {reference:.2f} s "
        f"= {reference / median:.1f} x the median compare"
    )


if __name__ == "__main__":
    main()
