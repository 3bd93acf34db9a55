"""Responsiveness of the widgets on the 1,028 articles of the 10kGNAD test split.

Once a widget is built, each change (a new article in the SentimentExplorer, new actors in
the ActorExplorer, a new side in the FramingComparison) must update every chart in under
200 ms of Python time. A change is timed from setting the traitlet until the observers
return: that includes filtering the precomputed frames, building the Altair chart and the
JupyterChart's Vega-Lite spec (what is sent to the browser), and the HTML tables. 20
changes per widget, chosen with a fixed seed; median and worst are printed. For scale,
the same run times textblob-de scoring one article (the reference engine), median of 20.

Run: ``.venv/bin/python benchmarks/widgets_speed.py``.
"""

from __future__ import annotations

import random
import statistics
import sys
import time
import warnings
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

warnings.simplefilter("ignore")

import analysis_kit as ak  # noqa: E402
from analysis_kit.widgets import ActorExplorer, FramingComparison, SentimentExplorer  # noqa: E402

GOAL_MS = 200.0
N = 20


def timed(change: object) -> float:
    start = time.perf_counter()
    change()  # type: ignore[operator]
    return (time.perf_counter() - start) * 1000.0


def report(name: str, build_s: float, times: list[float]) -> bool:
    median, worst = statistics.median(times), max(times)
    ok = worst < GOAL_MS
    print(
        f"{name:<36} built in {build_s:6.2f} s; {len(times)} changes: "
        f"median {median:6.1f} ms, worst {worst:6.1f} ms  ({'ok' if ok else 'OVER'} < {GOAL_MS:.0f} ms)"
    )
    return ok


def main() -> None:
    path = data_dir() / "10kgnad_test" / "10kgnad_test.csv"
    corpus = ak.load(path, progress=False)
    print(f"corpus: {corpus.articles.height} articles, {corpus.paragraphs.height} paragraphs")
    rng = random.Random(0)
    ids = corpus.articles["article_id"].to_list()
    results = []

    start = time.perf_counter()
    sentiment = SentimentExplorer(corpus)
    build = time.perf_counter() - start
    picks = rng.sample(ids, N)
    times = [timed(lambda a=a: setattr(sentiment, "article_id", a)) for a in picks]
    results.append(report("SentimentExplorer: article", build, times))
    times = []
    for a in picks[:N]:
        sentiment.article_id = a
        n = sentiment.scores.height
        times.append(timed(lambda n=n: setattr(sentiment, "paragraph", rng.randrange(n))))
    results.append(report("SentimentExplorer: paragraph", 0.0, times))

    start = time.perf_counter()
    actors = ActorExplorer(corpus)
    build = time.perf_counter() - start
    names = list(actors.actor_picker.options)
    times = []
    for _ in range(N):
        chosen = rng.sample(names, k=min(len(names), rng.randint(2, 6)))
        times.append(timed(lambda c=chosen: setattr(actors, "actors", c)))
    results.append(report("ActorExplorer: actors", build, times))
    times = [
        timed(lambda n=n: setattr(actors, "actor", n)) for n in rng.choices(actors.actors, k=N)
    ]
    results.append(report("ActorExplorer: actor (keyword in context)", 0.0, times))

    start = time.perf_counter()
    framing = FramingComparison(corpus)
    build = time.perf_counter() - start
    sides = [s for s in ak.DEFAULT_ACTORS.sides if s != "NATO"]
    order = rng.sample(sides, len(sides))
    changes = [order[k % len(order)] for k in range(N)]
    changes = [r if r != changes[k - 1] else "Russia" for k, r in enumerate(changes)]
    times = [timed(lambda r=r: setattr(framing, "right", r)) for r in changes]
    results.append(report("FramingComparison: side (2,000 repl.)", build, times))

    # reference: textblob-de 0.4.3 itself scoring the paragraphs of one article
    from analysis_kit.sentiment import textblob

    paragraphs = corpus.paragraphs.select("article_id", "text")
    textblob.oracle("Warm up.")
    reference = []
    for a in picks:
        texts = paragraphs.filter(paragraphs["article_id"] == a)["text"].to_list()
        start = time.perf_counter()
        for text in texts:
            textblob.oracle(text)
        reference.append((time.perf_counter() - start) * 1000.0)
    ref = statistics.median(reference)
    print(f"reference: textblob-de scoring one article: median {ref:.1f} ms (the same 20 articles)")
    print(f"all changes under {GOAL_MS:.0f} ms: {all(results)}")


if __name__ == "__main__":
    main()
