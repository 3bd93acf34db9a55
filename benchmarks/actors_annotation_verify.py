"""Check actors_annotation.csv against the source data (independent of the sampling script).

Re-extracts every unit with its offsets from /work/shared/data, compares the sha1 prefix,
checks lengths, uniqueness and the minimum number of rows / positives per side, and prints
counts per source and side.  Exit code 1 on any failure.
"""

from __future__ import annotations

import csv
import hashlib
import sys
from collections import Counter
from pathlib import Path

DATA = Path("/work/shared/data")
ANN = Path(__file__).resolve().parent / "actors_annotation.csv"
SIDES = ["NATO", "Russia", "Ukraine", "USA", "EU"]
MINIMA = {"NATO": 15, "Russia": 25, "Ukraine": 15, "USA": 25, "EU": 25}

csv.field_size_limit(10**8)


def texts() -> dict[tuple[str, str, str | None], str]:
    out = {}
    with open(DATA / "wikinews_de_quotes" / "paragraphs.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            out[("wikinews", r["doc_id"], r["para_idx"])] = r["paragraph"]
    with open(DATA / "10kgnad_test" / "10kgnad_test.csv", encoding="utf-8", newline="") as f:
        for r in csv.DictReader(f):
            if r["label"] == "International":
                out[("10kgnad", r["row_id"], None)] = r["text"]
    with open(
        DATA / "parlspeech_bundestag_sample" / "parlspeech_v2_bundestag_sample_1000.csv",
        encoding="utf-8",
        newline="",
    ) as f:
        for r in csv.DictReader(f):
            out[("parlspeech", r["parlspeech_row"], None)] = r["text"]
    return out


def main() -> int:
    src = texts()
    errors = []
    with open(ANN, encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    seen = set()
    per_source = Counter()
    per_side = Counter()
    per_source_side = Counter()
    for n, r in enumerate(rows, start=2):
        key = (r["source"], r["doc_id"], r["unit"])
        if key in seen:
            errors.append(f"line {n}: duplicate unit {key}")
        seen.add(key)
        unit_key = (r["source"], r["doc_id"], r["unit"] if r["source"] == "wikinews" else None)
        if unit_key not in src:
            errors.append(f"line {n}: source text not found for {key}")
            continue
        full = src[unit_key]
        start, end = int(r["start"]), int(r["end"])
        text = full[start:end]
        if r["source"] == "wikinews" and (start, end) != (0, len(full)):
            errors.append(f"line {n}: wikinews offsets are not the whole paragraph")
        if hashlib.sha1(text.encode("utf-8")).hexdigest()[:12] != r["text_sha1"]:
            errors.append(f"line {n}: text_sha1 mismatch for {key}")
        if not 20 <= len(text) <= 1200:
            errors.append(f"line {n}: unit length {len(text)} outside 20..1200")
        if text != text.strip():
            errors.append(f"line {n}: unit has leading/trailing whitespace")
        per_source[r["source"]] += 1
        for s in SIDES:
            if r[s] not in ("0", "1"):
                errors.append(f"line {n}: {s} = {r[s]!r} is not 0/1")
            elif r[s] == "1":
                per_side[s] += 1
                per_source_side[(r["source"], s)] += 1
    none = sum(all(r[s] == "0" for s in SIDES) for r in rows)

    print(f"rows: {len(rows)}  (units mentioning no side: {none})")
    print("per source:", dict(per_source))
    print(f"{'side':8} {'total':>5} " + " ".join(f"{s:>10}" for s in per_source))
    for s in SIDES:
        print(
            f"{s:8} {per_side[s]:>5} "
            + " ".join(f"{per_source_side[(src_, s)]:>10}" for src_ in per_source)
        )
    if len(rows) < 180:
        errors.append(f"only {len(rows)} rows (< 180)")
    for s, m in MINIMA.items():
        if per_side[s] < m:
            errors.append(f"{s}: {per_side[s]} positives (< {m})")
    for e in errors:
        print("ERROR:", e)
    print("OK" if not errors else f"{len(errors)} error(s)")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
