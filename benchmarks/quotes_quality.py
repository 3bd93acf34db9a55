"""Quote detection and speaker attribution against gold quotes in German Wikinews.

Data (not shipped; see ``../shared/data``): ``wikinews_de_quotes/`` (Petersen-Frey &
Biemann 2024, CC BY-NC-SA 4.0): 963 articles with their paragraphs and 3,894 gold
quotations (Direct, Indirect, Reported, FreeIndirect ...) with speakers, split into
train / dev / test. The rules of :func:`analysis_kit.quotes.quotes` were developed on
train and dev; test is reported as held out.

Each article is loaded as one corpus article whose paragraphs are the gold paragraphs
(no title), so our ``paragraph`` equals the data's ``para_idx``; the script checks
this alignment before scoring. Gold quotes carry no offsets, so matching is by words:

* a gold Direct quote is *found* when a predicted quote of the same article shares at
  least half of the shorter one's words (word sets, case-insensitive);
* precision counts every predicted quote (any kind) that matches any gold quotation
  (any type) of its article by the same rule; recall is over gold Direct quotes;
* speaker accuracy is over found gold Direct quotes whose gold speaker is a name (not
  a pronoun): correct when the predicted speaker of the best-matching predicted quote
  (highest overlap, then most shared words: a one-word quote inside a long gold quote
  overlaps fully too, so overlap alone ties) and the gold speaker share a content word
  (case-insensitive; articles, pronouns, prepositions and forms of address such as
  Herr, Frau, Dr. ignored). Where the data
  gives one quote several gold speakers (nested attributions), any of them counts.

A second line for each split gives the precision by kind (direct, partial, scare): how
many quotes of each kind were predicted and how many match a gold quotation. The data
annotates quotations (speech), so a scare quote, which by the issue's definition has no
speaker, matches only where it happens to lie inside one; the by-kind line shows how much
of the precision that costs.

Run: ``.venv/bin/python benchmarks/quotes_quality.py`` (a few seconds).
"""

from __future__ import annotations

import re
import sys
import time
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import polars as pl

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _data import data_dir

import analysis_kit as ak
from analysis_kit.quotes import quotes
from analysis_kit.readers import plain_text

WORD = re.compile(r"[\w]+(?:[-'’][\w]+)*")
PRONOUNS = {"er", "sie", "es", "ich", "wir", "ihr", "man", "du", "ihm", "ihn", "ihnen", "uns"}
STOP = {
    "der",
    "die",
    "das",
    "des",
    "dem",
    "den",
    "ein",
    "eine",
    "einer",
    "eines",
    "einem",
    "einen",
    "und",
    "oder",
    "von",
    "vom",
    "zu",
    "zur",
    "zum",
    "im",
    "in",
    "am",
    "an",
    "auf",
    "aus",
    "bei",
    "mit",
    "für",
    "herr",
    "frau",
    "dr",
    "prof",
    "sein",
    "seine",
    "seiner",
    "seinem",
    "seinen",
    "ihre",
    "ihrer",
    "ihrem",
    "ihren",
} | PRONOUNS


def words(text: str | None) -> set[str]:
    return {w.lower() for w in WORD.findall(text or "")}


def overlaps(a: set[str], b: set[str]) -> bool:
    if not a or not b:
        return False
    return len(a & b) >= min(len(a), len(b)) / 2


def overlap_score(a: set[str], b: set[str]) -> float:
    if not a or not b:
        return 0.0
    return len(a & b) / min(len(a), len(b))


def content(text: str | None) -> set[str]:
    return words(text) - STOP


def is_name(speaker: str | None) -> bool:
    return bool(content(speaker)) and speaker is not None


def load_split(paragraphs: pl.DataFrame, split: str) -> ak.Corpus:
    # (as the loader reads it: a character reference such as "d.&#8239;h." decoded)
    paras = plain_text(
        paragraphs.filter(pl.col("split") == split).sort("doc_id", "para_idx"),
        columns=["paragraph"],
    )
    frame = paras.group_by("doc_id", maintain_order=True).agg(
        # a line break inside a paragraph would make the loader split it: a space instead
        pl.col("paragraph").str.replace_all("\n", " ").str.join("\n\n").alias("text")
    )
    frame = frame.select(pl.col("doc_id").cast(pl.String).alias("article_id"), "text")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        corpus = ak.load(frame)
    check = (
        paras.select(
            pl.col("doc_id").cast(pl.String).alias("article_id"),
            pl.col("para_idx").cast(pl.Int32).alias("paragraph"),
            pl.col("paragraph").str.replace_all(r"\s+", " ").str.strip_chars().alias("gold"),
        )
        .join(
            corpus.paragraphs.select(
                "article_id",
                "paragraph",
                pl.col("text").str.replace_all(r"\s+", " ").alias("ours"),
            ),
            on=["article_id", "paragraph"],
            how="full",
        )
        .filter(
            pl.col("gold").is_null() | pl.col("ours").is_null() | (pl.col("gold") != pl.col("ours"))
        )
    )
    if check.height:
        sys.exit(f"{split}: {check.height} paragraphs do not align with para_idx:\n{check.head()}")
    return corpus


@dataclass
class Score:
    split: str
    n_gold: int
    n_pred: int
    precision: float
    recall: float
    f1: float
    speaker_ok: int
    speaker_n: int
    seconds: float
    #: kind -> (predicted, matching a gold quotation), where the predictions have a kind
    by_kind: dict[str, tuple[int, int]] = field(default_factory=dict)

    def line(self) -> str:
        acc = self.speaker_ok / self.speaker_n if self.speaker_n else 0.0
        return (
            f"{self.split:5}  gold direct {self.n_gold:4}  predicted {self.n_pred:4}  "
            f"precision {self.precision:.3f}  recall {self.recall:.3f}  F1 {self.f1:.3f}  "
            f"speaker accuracy {acc:.3f} ({self.speaker_ok}/{self.speaker_n})  "
            f"[quotes() {self.seconds * 1000:.0f} ms]"
        )

    def kinds_line(self) -> str:
        """Precision by kind: how many quotes of each kind were predicted, and how many of
        them match a gold quotation (the precision above counts all of them together)."""
        parts = [
            f"{kind} {n} predicted, {ok} match ({ok / n:.3f})"
            for kind, (n, ok) in sorted(self.by_kind.items())
            if n
        ]
        return f"{self.split:5}  by kind: " + "; ".join(parts)


def score(
    split: str, pred: pl.DataFrame, gold: pl.DataFrame, seconds: float = 0.0, show: int = 0
) -> Score:
    """Score predicted quotes (``article_id, quote, speaker``; ``kind``, ``cue`` optional)."""
    gold = gold.filter(pl.col("split") == split).with_columns(
        pl.col("doc_id").cast(pl.String).alias("article_id")
    )
    by_doc_gold: dict[str, list[dict[str, object]]] = {}
    for row in gold.iter_rows(named=True):
        by_doc_gold.setdefault(row["article_id"], []).append(row)
    by_doc_pred: dict[str, list[dict[str, object]]] = {}
    for row in pred.iter_rows(named=True):
        by_doc_pred.setdefault(row["article_id"], []).append(row)

    n_pred = pred.height
    by_kind: dict[str, list[int]] = {}
    correct_pred = 0
    misses: list[str] = []
    for doc, rows in by_doc_pred.items():
        gold_sets = [words(str(g["quote"])) for g in by_doc_gold.get(doc, [])]
        for p in rows:
            pw = words(str(p["quote"]))
            matched = any(overlaps(pw, g) for g in gold_sets)
            kind = by_kind.setdefault(str(p.get("kind")), [0, 0])
            kind[0] += 1
            if matched:
                kind[1] += 1
                correct_pred += 1
            elif show:
                misses.append(f"  FP {doc} [{p.get('kind')}] {str(p['quote'])[:90]!r}")
    n_gold = found = 0
    ok = total = 0
    speaker_errors: list[str] = []
    for doc, rows in by_doc_gold.items():
        preds = by_doc_pred.get(doc, [])
        for g in rows:
            if g["type"] != "Direct":
                continue
            n_gold += 1
            gw = words(str(g["quote"]))
            scored = [
                (overlap_score(gw, pw), len(gw & pw), p)
                for p in preds
                for pw in [words(str(p["quote"]))]
            ]
            scored = [(s, n, p) for s, n, p in scored if s >= 0.5]
            if not scored:
                if show:
                    misses.append(f"  FN {doc} {str(g['quote'])[:90]!r}")
                continue
            found += 1
            # the predicted quote that shares most of the gold quote: highest overlap, then
            # most shared words (a one-word quote inside a long gold quote also overlaps fully)
            best = max(scored, key=lambda snp: (snp[0], snp[1]))[2]
            speakers = [
                str(h["speaker"])
                for h in rows
                if h["type"] == "Direct" and h["quote"] == g["quote"] and h["speaker"]
            ]
            names = [s for s in speakers if is_name(s)]
            if not g["speaker"] or not is_name(str(g["speaker"])):
                continue
            total += 1
            predicted = content(best["speaker"])  # type: ignore[arg-type]
            if any(predicted & content(s) for s in names):
                ok += 1
            elif show:
                speaker_errors.append(
                    f"  SPK {doc} gold {names} pred {best['speaker']!r} cue {best.get('cue')!r} "
                    f"| {str(g['quote'])[:50]!r}"
                )
    precision = correct_pred / n_pred if n_pred else 0.0
    recall = found / n_gold if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    if show:
        for line in misses[:show] + speaker_errors[:show]:
            print(line)
    kinds = {k: (v[0], v[1]) for k, v in by_kind.items()} if "kind" in pred.columns else {}
    return Score(split, n_gold, n_pred, precision, recall, f1, ok, total, seconds, kinds)


def evaluate(split: str, paragraphs: pl.DataFrame, gold: pl.DataFrame, show: int = 0) -> Score:
    corpus = load_split(paragraphs, split)
    t0 = time.perf_counter()
    pred = quotes(corpus)
    seconds = time.perf_counter() - t0
    return score(split, pred, gold, seconds, show)


#: The reference of the issue: every „…“ quote, with X as the speaker where ", sagte X" follows.
BARE_QUOTE = re.compile(r"„([^„“]+)“(?:, sagte ((?:(?:der|die|das) )?(?:[A-ZÄÖÜ][\w.-]*\s?)+))?")


def bare_baseline(split: str, paragraphs: pl.DataFrame, gold: pl.DataFrame) -> Score:
    """The bare regex of the issue: quotes in „…“, speaker from ", sagte X" right after."""
    rows = []
    for doc, text in (
        paragraphs.filter(pl.col("split") == split)
        .select(pl.col("doc_id").cast(pl.String), "paragraph")
        .iter_rows()
    ):
        for m in BARE_QUOTE.finditer(text):
            speaker = m.group(2).strip() if m.group(2) else None
            rows.append((doc, m.group(1), speaker))
    pred = pl.DataFrame(
        rows,
        schema={"article_id": pl.String, "quote": pl.String, "speaker": pl.String},
        orient="row",
    )
    return score(split, pred, gold)


def main() -> None:
    folder = data_dir() / "wikinews_de_quotes"
    paragraphs = pl.read_csv(folder / "paragraphs.csv")
    # (the gold quotes and speakers as the loader reads their text, see load_split)
    gold = plain_text(pl.read_csv(folder / "quotes.csv"), columns=["quote", "speaker"])
    show = int(sys.argv[1]) if len(sys.argv) > 1 else 0
    splits = sys.argv[2].split(",") if len(sys.argv) > 2 else ["train", "dev", "test"]
    print("Quotes on German Wikinews (gold Direct quotes; see the module docstring)")
    scores = [evaluate(split, paragraphs, gold, show=show) for split in splits]
    for found in scores:
        print(found.line())
    for found in scores:
        print(found.kinds_line())
    print("Reference: every „…“ quote, speaker X where ', sagte X' follows right after it")
    for split in splits:
        line = bare_baseline(split, paragraphs, gold).line().split("  [")[0]
        print(f"{line}  [reference: bare „…“ regex with ', sagte X']")


if __name__ == "__main__":
    main()
