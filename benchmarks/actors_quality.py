"""Quality of actor matching against hand annotation, and its speed.

Annotation: ``benchmarks/actors_annotation.csv`` (255 paragraphs and sentences from
Wikinews, 10kGNAD "International" and Bundestag speeches, labelled by hand for the five
sides NATO, Russia, Ukraine, USA and EU; see ``ACTORS_ANNOTATION.md``). The unit texts are
re-extracted from ``../shared/data`` by offset and checked against their SHA-1.

Reports precision and recall of side presence per unit, per side and micro-averaged
(goal: precision >= 0.97, recall >= 0.95), lists every disagreement, and times
``ak.mentions`` on all 1,028 10kGNAD articles against textblob-de sentiment on the same
text (goal: under 1 s and at least 50 times faster; median of 5 runs).

Run: ``.venv/bin/python benchmarks/actors_quality.py``.
"""

from __future__ import annotations

import hashlib
import statistics
import sys
import time
import warnings
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

import analysis_kit as ak
from analysis_kit.sentiment.textblob import oracle

SIDES = ["NATO", "Russia", "Ukraine", "USA", "EU"]
HERE = Path(__file__).resolve().parent


def documents(data: Path, annotation: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """The whole source documents of the annotated units, and each unit's place in them.

    Mentions are found in whole documents (generic words such as "Bündnis" count only
    where the article names NATO) and then read off inside each unit's span.
    """
    wiki = pl.read_csv(data / "wikinews_de_quotes" / "paragraphs.csv")
    gnad = pl.read_csv(data / "10kgnad_test" / "10kgnad_test.csv")
    parl = pl.read_csv(
        data / "parlspeech_bundestag_sample" / "parlspeech_v2_bundestag_sample_1000.csv",
        infer_schema_length=0,
    )
    wanted = annotation.select("source", pl.col("doc_id").cast(pl.String)).unique()
    docs = []
    for (doc,) in wanted.filter(pl.col("source") == "wikinews").select("doc_id").iter_rows():
        paras = wiki.filter(pl.col("doc_id").cast(pl.String) == doc).sort("para_idx")
        docs.append(
            (f"wikinews:{doc}", "\n\n".join(paras["paragraph"].to_list()), paras["date"][0])
        )
    gnad_text = {str(r): t for r, t in gnad.select("row_id", "text").iter_rows()}
    parl_rows = {
        str(r): (t, d) for r, t, d in parl.select("parlspeech_row", "text", "date").iter_rows()
    }
    for (doc,) in wanted.filter(pl.col("source") == "10kgnad").select("doc_id").iter_rows():
        docs.append((f"10kgnad:{doc}", gnad_text[doc].replace("\n", " "), None))
    for (doc,) in wanted.filter(pl.col("source") == "parlspeech").select("doc_id").iter_rows():
        text, date = parl_rows[doc]
        docs.append((f"parlspeech:{doc}", text.replace("\n", " "), date))
    frame = pl.DataFrame(docs, schema=["article_id", "text", "published"], orient="row")
    units = annotation.select(
        pl.concat_str("source", pl.lit(":"), "doc_id", pl.lit(":"), "unit").alias("unit_id"),
        pl.concat_str("source", pl.lit(":"), "doc_id").alias("article_id"),
        pl.when(pl.col("source") == "wikinews")
        .then(pl.col("unit").cast(pl.Int32))
        .otherwise(0)
        .alias("paragraph"),
        "start",
        "end",
        "text_sha1",
        *SIDES,
    )
    return frame, units


def main() -> None:
    data = data_dir()
    annotation = pl.read_csv(HERE / "actors_annotation.csv", infer_schema_length=0).with_columns(
        [pl.col(s).cast(pl.Int8) for s in SIDES]
        + [pl.col("start").cast(pl.Int64), pl.col("end").cast(pl.Int64)]
    )
    docs, units = documents(data, annotation)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ak.load(docs, dedupe=False)
    # check that every unit sits where the annotation says
    placed = units.join(
        corpus.paragraphs.select("article_id", "paragraph", pl.col("text").alias("_p")),
        on=["article_id", "paragraph"],
        how="left",
    ).with_columns(
        pl.col("_p").str.slice(pl.col("start"), pl.col("end") - pl.col("start")).alias("text")
    )
    for uid, text, digest in placed.select("unit_id", "text", "text_sha1").iter_rows():
        if text is None or hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != digest:
            raise SystemExit(f"unit {uid} is not where its annotation says (text changed?)")
    m = ak.mentions(corpus, include_boilerplate=True)
    inside = m.join(
        units.select(
            "unit_id",
            "article_id",
            "paragraph",
            pl.col("start").alias("_us"),
            pl.col("end").alias("_ue"),
        ),
        on=["article_id", "paragraph"],
    ).filter((pl.col("start") >= pl.col("_us")) & (pl.col("end") <= pl.col("_ue")))
    found = inside.select(pl.col("unit_id").alias("article_id"), "side").unique()
    units = units.with_columns(pl.col("unit_id").alias("_id"))
    texts = dict(placed.select("unit_id", "text").iter_rows())
    ids = units["_id"].to_list()
    print(f"{len(ids)} annotated units ({dict(annotation['source'].value_counts().iter_rows())})")
    print(
        f"\n{'side':8s} {'gold':>5s} {'found':>5s} {'TP':>4s} {'FP':>4s} {'FN':>4s} {'precision':>9s} {'recall':>7s}"
    )
    tp_all = fp_all = fn_all = 0
    errors = []
    for side in SIDES:
        gold = {i for i, g in zip(ids, units[side].to_list(), strict=True) if g == 1}
        pred = set(found.filter(pl.col("side") == side)["article_id"].to_list())
        tp, fp, fn = len(gold & pred), len(pred - gold), len(gold - pred)
        tp_all, fp_all, fn_all = tp_all + tp, fp_all + fp, fn_all + fn
        precision = tp / (tp + fp) if tp + fp else 1.0
        recall = tp / (tp + fn) if tp + fn else 1.0
        print(
            f"{side:8s} {len(gold):5d} {len(pred):5d} {tp:4d} {fp:4d} {fn:4d} {precision:9.3f} {recall:7.3f}"
        )
        errors += [("FP", side, i) for i in sorted(pred - gold)] + [
            ("FN", side, i) for i in sorted(gold - pred)
        ]
    precision = tp_all / (tp_all + fp_all)
    recall = tp_all / (tp_all + fn_all)
    print(
        f"{'micro':8s} {'':5s} {'':5s} {tp_all:4d} {fp_all:4d} {fn_all:4d} {precision:9.3f} {recall:7.3f}"
        "   (goal: precision >= 0.97, recall >= 0.95)"
    )
    if errors:
        print("\ndisagreements (unit, side, the matches found):")
        for kind, side, unit in errors:
            matched = inside.filter((pl.col("unit_id") == unit) & (pl.col("side") == side))[
                "match"
            ].to_list()
            print(f"  {kind} {side:8s} {unit:28s} {matched} | {texts[unit][:110]!r}")

    csv_path = data / "10kgnad_test" / "10kgnad_test.csv"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        big = ak.load(csv_path)
    ak.mentions(big)
    times = []
    for _ in range(5):
        big._cache.clear()  # mentions are cached per corpus: time the work, not the cache
        start = time.perf_counter()
        ak.mentions(big)
        times.append(time.perf_counter() - start)
    mention_s = statistics.median(times)
    texts_all = big.paragraphs["text"].to_list()
    oracle(texts_all[0])
    times = []
    for _ in range(5):
        start = time.perf_counter()
        for t in texts_all[:100]:
            oracle(t)
        times.append(time.perf_counter() - start)
    chars_100 = sum(len(t) for t in texts_all[:100])
    chars_all = sum(len(t) for t in texts_all)
    ref_cps = chars_100 / statistics.median(times)
    ref_all = chars_all / ref_cps
    print(
        f"\nak.mentions on all {big.articles.height} 10kGNAD articles ({chars_all:,} characters): "
        f"median {mention_s:.3f} s (goal < 1 s)"
    )
    print(
        f"textblob-de sentiment on the same text (measured on the first 100 articles, "
        f"{ref_cps:,.0f} chars/s): {ref_all:.1f} s"
    )
    print(f"ratio: mentions is {ref_all / mention_s:.0f} times faster (goal >= 50)")


if __name__ == "__main__":
    main()
