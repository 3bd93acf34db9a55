"""Sentiment accuracy on real labelled German text, with 5-fold cross-validation.

Data (not shipped; see ``../shared/data``):

* GerNTSA (``gerntsa/gerntsa_shared.csv``): 3,740 news snippets with crowd labels
  (positive / neutral / negative). Each snippet is labelled by its own sentiment here
  (the target offsets are for the framing issue).
* GermEval 2017 (``germeval2017_sentiment/``): 5,150 texts about Deutsche Bahn, an
  out-of-domain check, untuned (settings chosen on all of GerNTSA).

Everything tuned (the neutral band; for the default engine also the negation factor
and the density exponent, where exponent 0 gives the plain mean) is chosen on the
training folds only; every fold is reported. Folds split by distinct snippet text, so a snippet that appears with
several targets never sits in training and test at once.

Run: ``.venv/bin/python benchmarks/accuracy.py`` (about a minute).
"""

from __future__ import annotations

import dataclasses
import random
import sys
import time
import warnings
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

import analysis_kit as ak
from analysis_kit.framing import clause_tokens
from analysis_kit.sentiment import Lexicon, Rules
from analysis_kit.sentiment.engine import DEFAULT_RULES, scored_words
from analysis_kit.sentiment.textblob import score_many

LABELS = ("negative", "neutral", "positive")
BANDS = [round(0.025 * k, 3) for k in range(0, 25)]
COUNT_BANDS = [0, 1, 2, 3]
FOLDS = 5
SEED = 20261128


def macro_f1(gold: list[str], pred: list[str]) -> float:
    scores = []
    for label in LABELS:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        scores.append(2 * prec * rec / (prec + rec) if prec + rec else 0.0)
    return sum(scores) / len(scores)


def accuracy(gold: list[str], pred: list[str]) -> float:
    return sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold)


def label(values: list[float | None], band: float) -> list[str]:
    out = []
    for v in values:
        if v is None or abs(v) <= band:
            out.append("neutral")
        else:
            out.append("positive" if v > 0 else "negative")
    return out


def load_corpus(frame: pl.DataFrame) -> ak.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ak.load(frame.select("article_id", "text"))


def unit_polarity(
    corpus: ak.Corpus, lexicon: Lexicon, rules: Rules, ids: list[str]
) -> list[float | None]:
    """Article-level polarity from the default engine, as ak.sentiment computes it."""
    scores = ak.sentiment(corpus, level="article", lexicon=lexicon, rules=rules, languages=None)
    lookup = dict(scores.select("article_id", "polarity").iter_rows())
    return [lookup.get(i) for i in ids]


def target_clause_polarity(
    corpus: ak.Corpus, frame: pl.DataFrame, ids: list[str]
) -> list[float | None]:
    """compare(target="clause") on GerNTSA: mean word weight in the clause around the target."""
    tokens = corpus.tokens
    tok = clause_tokens(corpus)
    words = scored_words(tokens, Lexicon.news()).join(
        tok.select("article_id", "paragraph", "token", "_clause"),
        on=["article_id", "paragraph", "token"],
    )
    # the snippet is paragraph 0 unless it had line breaks; find the target by its offset
    targets = (
        frame.select("article_id", pl.col("target_from").cast(pl.Int64).alias("start"))
        .join(
            corpus.paragraphs.filter(pl.col("paragraph") == 0).select("article_id", "paragraph"),
            on="article_id",
        )
        .sort("article_id", "paragraph", "start")
        .join_asof(
            tok.select(
                "article_id", "paragraph", pl.col("start").cast(pl.Int64), "sentence", "_clause"
            ),
            on="start",
            by=["article_id", "paragraph"],
            strategy="backward",
            check_sortedness=False,
        )
    )
    pol = words.join(
        targets.select("article_id", "paragraph", "sentence", "_clause"),
        on=["article_id", "paragraph", "sentence", "_clause"],
        how="semi",
    )
    per = pol.group_by("article_id").agg(pl.col("weight").mean().alias("p"))
    lookup = dict(per.iter_rows())
    return [lookup.get(i) for i in ids]


def unit_counts(corpus: ak.Corpus, lexicon: Lexicon, ids: list[str]) -> list[float | None]:
    """Word-count baseline: positive minus negative words (no rules)."""
    rules = dataclasses.replace(
        DEFAULT_RULES, negators=frozenset(), intensifiers={}, min_abs_score=0.0
    )
    words = scored_words(corpus.tokens, lexicon, rules=rules)
    per = words.group_by("article_id").agg(pl.col("score").sign().sum().alias("c"))
    lookup = dict(per.iter_rows())
    return [float(lookup.get(i) or 0) for i in ids]


def folds_for(snippets: list[str]) -> list[int]:
    distinct = sorted(set(snippets))
    rng = random.Random(SEED)
    rng.shuffle(distinct)
    fold_of = {s: k % FOLDS for k, s in enumerate(distinct)}
    return [fold_of[s] for s in snippets]


def cross_validate(
    name: str,
    variants: dict[str, list[float | None]],
    bands: list[float],
    gold: list[str],
    folds: list[int],
) -> dict[str, object]:
    """Choose (variant, band) on training folds, score the test fold."""
    per_fold = []
    for k in range(FOLDS):
        train = [i for i, f in enumerate(folds) if f != k]
        test = [i for i, f in enumerate(folds) if f == k]
        best = None
        for vname, values in variants.items():
            for band in bands:
                pred = label([values[i] for i in train], band)
                score = macro_f1([gold[i] for i in train], pred)
                if best is None or score > best[0]:
                    best = (score, vname, band)
        assert best is not None
        _, vname, band = best
        pred = label([variants[vname][i] for i in test], band)
        g = [gold[i] for i in test]
        per_fold.append((macro_f1(g, pred), accuracy(g, pred), vname, band))
    mean_f1 = sum(f[0] for f in per_fold) / FOLDS
    mean_acc = sum(f[1] for f in per_fold) / FOLDS
    print(f"\n{name}")
    for k, (f1, acc, vname, band) in enumerate(per_fold):
        print(
            f"  fold {k}: macro-F1 {f1:.3f}  accuracy {acc:.3f}  (chosen on training folds: {vname}, band {band})"
        )
    print(f"  mean:   macro-F1 {mean_f1:.3f}  accuracy {mean_acc:.3f}")
    return {"name": name, "f1": mean_f1, "acc": mean_acc, "folds": per_fold}


def choose_on_all(
    variants: dict[str, list[float | None]], bands: list[float], gold: list[str]
) -> tuple[str, float]:
    best = max(
        (
            (macro_f1(gold, label(values, band)), vname, band)
            for vname, values in variants.items()
            for band in bands
        ),
        key=lambda x: x[0],
    )
    return best[1], best[2]


def main() -> None:
    data = data_dir()
    start = time.perf_counter()
    gerntsa = pl.read_csv(data / "gerntsa" / "gerntsa_shared.csv").with_row_index("row")
    gerntsa = gerntsa.with_columns(
        pl.format("g{}", "row").alias("article_id"), pl.col("opinion_snippet").alias("text")
    )
    germeval = pl.read_csv(
        data / "germeval2017_sentiment" / "germeval2017_dev_testsyn.csv"
    ).with_row_index("row")
    germeval = germeval.with_columns(pl.format("e{}", "row").alias("article_id"))
    g_ids = gerntsa["article_id"].to_list()
    e_ids = germeval["article_id"].to_list()
    g_gold = gerntsa["polarity"].to_list()
    e_gold = germeval["sentiment"].to_list()
    folds = folds_for(gerntsa["text"].to_list())
    g_corpus = load_corpus(gerntsa)
    e_corpus = load_corpus(germeval)
    print(
        f"GerNTSA: {len(g_ids)} snippets ({dict(gerntsa['polarity'].value_counts().iter_rows())}); "
        f"GermEval 2017: {len(e_ids)} texts; {FOLDS} folds by distinct snippet, seed {SEED}"
    )

    lexicons: dict[str, Lexicon] = {
        "textblob-de (news), the default": Lexicon.news(),
        "textblob-de": Lexicon.textblob_de(),
    }
    sentiws = data / "sentiws_v2"
    if sentiws.exists():
        lexicons["SentiWS v2.0"] = Lexicon.from_sentiws(sentiws)
    rauh = data / "rauh_sentiment_dictionary"
    if rauh.exists():
        lexicons["Rauh 2018"] = Lexicon.from_rauh(rauh)
    try:
        lexicons["SentiWS (gersent, from PyPI)"] = Lexicon.from_gersent()
    except ImportError:
        print("(gersent not installed: pip install gersent to include SentiWS from PyPI)")

    results = []
    # 1. textblob-de itself (the exact engine, whole snippet), sign of polarity and a tuned band
    tb_g = [p for p, _ in score_many(gerntsa["text"].to_list())]
    tb_e = [p for p, _ in score_many(germeval["text"].to_list())]
    sign_pred = label(tb_g, 0.0)
    print(
        f"\ntextblob-de, sign of polarity (untuned): macro-F1 {macro_f1(g_gold, sign_pred):.3f} "
        f"accuracy {accuracy(g_gold, sign_pred):.3f}"
    )
    results.append(
        cross_validate(
            "textblob-de engine, tuned band", {"textblob-de": tb_g}, BANDS, g_gold, folds
        )
    )

    # 2. word-count baselines
    for lname, lex in lexicons.items():
        counts = {lname: unit_counts(g_corpus, lex, g_ids)}
        results.append(
            cross_validate(f"word-count baseline, {lname}", counts, COUNT_BANDS, g_gold, folds)
        )

    # 3. the default engine, per lexicon, with its tunable rule settings
    variants_by_lexicon: dict[str, dict[str, Rules]] = {}
    for lname in lexicons:
        variants_by_lexicon[lname] = {
            f"neg{factor}/density{exponent}/heads-{'on' if heads else 'off'}": dataclasses.replace(
                DEFAULT_RULES,
                negation_factor=factor,
                density_exponent=exponent,
                compound_heads=heads,
            )
            for factor in (-0.5, -1.0)
            for exponent in (0.0, 0.5, 0.7)
            for heads in (False, True)
        }
    chosen: dict[str, tuple[str, float]] = {}
    for lname, lex in lexicons.items():
        variants = {
            vname: unit_polarity(g_corpus, lex, rules, g_ids)
            for vname, rules in variants_by_lexicon[lname].items()
        }
        results.append(cross_validate(f"default engine, {lname}", variants, BANDS, g_gold, folds))
        chosen[lname] = choose_on_all(variants, BANDS, g_gold)

    target_values = target_clause_polarity(g_corpus, gerntsa, g_ids)
    results.append(
        cross_validate(
            "target-aware: default engine on the clause around the target (compare(target='clause'))",
            {"clause": target_values},
            BANDS,
            g_gold,
            folds,
        )
    )
    for lname, (vname, band) in chosen.items():
        print(f"chosen on all of GerNTSA for {lname}: {vname}, band {band}")
    print("\nGermEval 2017 (out of domain; settings chosen on all of GerNTSA, not tuned here)")
    tb_band = choose_on_all({"tb": tb_g}, BANDS, g_gold)[1]
    pred = label(tb_e, 0.0)
    print(
        f"  textblob-de, sign:            macro-F1 {macro_f1(e_gold, pred):.3f} accuracy {accuracy(e_gold, pred):.3f}"
    )
    pred = label(tb_e, tb_band)
    print(
        f"  textblob-de, band {tb_band}:        macro-F1 {macro_f1(e_gold, pred):.3f} accuracy {accuracy(e_gold, pred):.3f}"
    )
    for lname, lex in lexicons.items():
        vname, band = chosen[lname]
        values = unit_polarity(e_corpus, lex, variants_by_lexicon[lname][vname], e_ids)
        pred = label(values, band)
        print(
            f"  default engine, {lname} ({vname}, band {band}): macro-F1 {macro_f1(e_gold, pred):.3f} "
            f"accuracy {accuracy(e_gold, pred):.3f}"
        )

    print("\nSummary (GerNTSA, mean of 5 test folds):")
    for r in sorted(results, key=lambda r: -float(r["f1"])):  # type: ignore[arg-type]
        print(f"  {r['f1']:.3f} macro-F1  {r['acc']:.3f} accuracy  {r['name']}")
    print(f"\n({time.perf_counter() - start:.0f} s)")


if __name__ == "__main__":
    main()
