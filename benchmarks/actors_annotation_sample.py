"""Reproducible sampling of text units for the hand-annotated actor ("side") benchmark.

Writes a work list of sampled units (source, doc_id, unit, start, end, text_sha1, how it
was drawn) to ``actors_annotation_sample.csv`` beside this file.  The unit text itself is
*not* written to the repository (dataset licences); use ``--show`` to print the sampled
texts to stdout for reading/annotation.

Sampling per source (fixed seed):
  * about 30 % of the units are drawn uniformly at random from ALL eligible units;
  * about 70 % are drawn at random from the eligible units that match a broad,
    case-insensitive keyword net (KEYWORDS below), excluding units already drawn.
  * top-up stage (EXTRA_BY_SIDE): because the first 180 units held too few NATO, Russia and
    Ukraine mentions, extra keyword-matching units are drawn at random (separate RNG stream,
    so the base sample is unchanged) from 10kGNAD units that match the part of the broad
    net that belongs to one side (SIDE_NETS), a fixed quota per side.
Eligible units are 20..1200 characters long.

Usage:  python actors_annotation_sample.py [--show]
"""

from __future__ import annotations

import csv
import hashlib
import random
import re
import sys
from pathlib import Path

import polars as pl

SEED = 20261128
DATA = Path("/work/shared/data")
OUT = Path(__file__).resolve().parent / "actors_annotation_sample.csv"

MIN_LEN, MAX_LEN = 20, 1200

# units per source: (total base units, of which drawn from the keyword net)
TARGETS = {
    "wikinews": (70, 49),
    "10kgnad": (70, 49),
    "parlspeech": (40, 28),
}
# top-up: (side, number of extra units) per source, drawn in this order without replacement
EXTRA_BY_SIDE = {"10kgnad": [("NATO", 25), ("Russia", 20), ("Ukraine", 20), ("EU", 10)]}

# Broad keyword net: case-insensitive substrings.  Deliberately over-inclusive
# (matches Senator, Weißrussland, Dollar, Washington Post, Bündnis 90, Allianz, ...).
KEYWORDS = [
    "nato",
    "bündnis",
    "allianz",
    "allierte",
    "alliierte",
    "verbündet",
    "russ",
    "moskau",
    "kreml",
    "putin",
    "medwedew",
    "lawrow",
    "jelzin",
    "sowjet",
    "ukrain",
    "kiew",
    "kyjiw",
    "selenskyj",
    "poroschenko",
    "janukowitsch",
    "juschtschenko",
    "timoschenko",
    "klitschko",
    "usa",
    "us-",
    "amerika",
    "washington",
    "weißes haus",
    "weisses haus",
    "pentagon",
    "bush",
    "obama",
    "trump",
    "biden",
    "clinton",
    "kerry",
    "rice",
    "powell",
    "rumsfeld",
    "kongress",
    "senat",
    "europäisch",
    "europa",
    "brüssel",
    "kommission",
    "juncker",
    "barroso",
    "von der leyen",
    "tusk",
    "solana",
    "weißruss",
    "belarus",
    "senator",
    "dollar",
    "washington post",
]
# "eu" as a bare substring matches about half of all German paragraphs (Deutschland,
# neu, heute, Leute ...), which would make the net meaningless; it is therefore matched
# as a token (also inside hyphenated compounds such as "EU-Kommission", "Nicht-EU-Staat").
EU_TOKEN = re.compile(r"(?<![a-zäöüß])eu(?![a-zäöüß])")

# the broad net's terms grouped by side (only used for the top-up stage); still
# over-inclusive (Senator, Bündnis 90, Weißrussland, Europa ...)
SIDE_NETS = {
    "NATO": ["nato", "bündnis", "allianz", "allierte", "alliierte", "verbündet"],
    "Russia": ["russ", "moskau", "kreml", "putin", "medwedew", "lawrow", "jelzin"],
    "Ukraine": [
        "ukrain",
        "kiew",
        "kyjiw",
        "selenskyj",
        "poroschenko",
        "janukowitsch",
        "juschtschenko",
        "timoschenko",
        "klitschko",
    ],
    "EU": [
        "europäisch",
        "brüssel",
        "kommission",
        "juncker",
        "barroso",
        "von der leyen",
        "tusk",
        "solana",
    ],  # plus the "eu" token
}

# simple sentence splitter: boundary after . ! ? (optionally followed by a closing quote
# or bracket), then whitespace, then an uppercase letter or an opening quote
SENT_BOUNDARY = re.compile(r"[.!?][\"'“”»«)]*\s+(?=[A-ZÄÖÜ\"'„“»«])")


def keyword_match(text: str) -> bool:
    low = text.lower()
    return any(k in low for k in KEYWORDS) or bool(EU_TOKEN.search(low))


def side_match(side: str, text: str) -> bool:
    low = text.lower()
    hit = any(k in low for k in SIDE_NETS[side])
    if side == "EU":
        hit = hit or bool(EU_TOKEN.search(low))
    return hit


def split_sentences(text: str) -> list[tuple[int, int]]:
    """Return (start, end) character offsets of the sentences of ``text`` (whitespace-trimmed)."""
    spans = []
    pos = 0
    for m in SENT_BOUNDARY.finditer(text):
        end = m.start() + len(m.group(0).rstrip())
        spans.append((pos, end))
        pos = m.end()
    spans.append((pos, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.append((s, e))
    return out


def sha12(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def load_units() -> dict[str, list[dict]]:
    units: dict[str, list[dict]] = {}

    w = pl.read_csv(DATA / "wikinews_de_quotes" / "paragraphs.csv", infer_schema_length=0)
    units["wikinews"] = [
        {"source": "wikinews", "doc_id": d, "unit": int(i), "start": 0, "end": len(t), "text": t}
        for d, i, t in zip(w["doc_id"], w["para_idx"], w["paragraph"], strict=True)
    ]

    g = pl.read_csv(DATA / "10kgnad_test" / "10kgnad_test.csv", infer_schema_length=0)
    g = g.filter(pl.col("label") == "International")
    units["10kgnad"] = [
        {"source": "10kgnad", "doc_id": d, "unit": n, "start": s, "end": e, "text": t[s:e]}
        for d, t in zip(g["row_id"], g["text"], strict=True)
        for n, (s, e) in enumerate(split_sentences(t))
    ]

    p = pl.read_csv(
        DATA / "parlspeech_bundestag_sample" / "parlspeech_v2_bundestag_sample_1000.csv",
        infer_schema_length=0,
    )
    units["parlspeech"] = [
        {"source": "parlspeech", "doc_id": d, "unit": n, "start": s, "end": e, "text": t[s:e]}
        for d, t in zip(p["parlspeech_row"], p["text"], strict=True)
        if t is not None
        for n, (s, e) in enumerate(split_sentences(t))
    ]
    return units


def sample() -> list[dict]:
    rows = []
    for si, (source, all_units) in enumerate(load_units().items()):
        eligible = [u for u in all_units if MIN_LEN <= len(u["text"]) <= MAX_LEN]
        total, n_kw = TARGETS[source]
        n_rand = total - n_kw
        rng = random.Random(SEED + si)
        rand_idx = rng.sample(range(len(eligible)), n_rand)
        chosen = set(rand_idx)
        kw_idx = [i for i, u in enumerate(eligible) if keyword_match(u["text"]) and i not in chosen]
        rng.shuffle(kw_idx)
        print(
            f"{source}: {len(all_units)} units, {len(eligible)} eligible, "
            f"{sum(keyword_match(u['text']) for u in eligible)} keyword-matching; "
            f"drawing {n_rand} random + {n_kw} keyword",
            file=sys.stderr,
        )
        for i in rand_idx:
            rows.append({**eligible[i], "draw": "random"})
        for i in kw_idx[:n_kw]:
            rows.append({**eligible[i], "draw": "keyword"})
            chosen.add(i)
        # top-up stage (own RNG stream; does not change the base sample above)
        rng_extra = random.Random(SEED + 100 + si)
        for side, n_extra in EXTRA_BY_SIDE.get(source, []):
            pool = [
                i for i, u in enumerate(eligible) if i not in chosen and side_match(side, u["text"])
            ]
            picked = rng_extra.sample(pool, n_extra)
            print(
                f"{source}: top-up {n_extra} of {len(pool)} units matching the {side} net",
                file=sys.stderr,
            )
            for i in picked:
                rows.append({**eligible[i], "draw": f"topup_{side}"})
                chosen.add(i)
    for r in rows:
        r["text_sha1"] = sha12(r["text"])
        r["keyword_match"] = int(keyword_match(r["text"]))
    return rows


def main() -> None:
    rows = sample()
    cols = ["source", "doc_id", "unit", "start", "end", "text_sha1", "draw", "keyword_match"]
    with OUT.open("w", newline="", encoding="utf-8") as f:
        wr = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
        wr.writeheader()
        wr.writerows(rows)
    print(f"wrote {len(rows)} units to {OUT}", file=sys.stderr)
    if "--show" in sys.argv:
        for r in rows:
            print(f"### {r['source']}|{r['doc_id']}|{r['unit']}|{r['draw']}")
            print(r["text"])
            print()


if __name__ == "__main__":
    main()
