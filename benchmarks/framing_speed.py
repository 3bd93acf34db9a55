"""Speed of ``ak.compare`` on the 1,028 articles of the 10kGNAD test split, cold.

Each of 5 runs is a fresh Python process that loads the corpus and then times one
``ak.compare(corpus)`` (NATO vs Russia, sentence units, 2,000 bootstrap replicates), so
nothing is cached from an earlier comparison; loading is not part of the time (it is in
``benchmarks/load_speed.py``). Goal: median under 3 seconds.

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


def main() -> None:
    path = data_dir() / "10kgnad_test" / "10kgnad_test.csv"
    times = []
    for _ in range(5):
        out = subprocess.run(
            [sys.executable, "-c", SCRIPT, str(path)], capture_output=True, text=True, check=True
        )
        elapsed, n_left, n_right = out.stdout.split()
        times.append(float(elapsed))
    print(
        f"ak.compare on 1,028 10kGNAD articles (NATO: {n_left} sentences, Russia: {n_right} sentences), "
        f"cold, 5 fresh processes: median {statistics.median(times):.2f} s "
        f"(runs: {', '.join(f'{t:.2f}' for t in times)}) (goal < 3 s)"
    )


if __name__ == "__main__":
    main()
