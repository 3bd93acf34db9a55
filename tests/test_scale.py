"""Tests for analysis_kit.scale: partitions, resume, failures, Dask equality, compare from results."""

from __future__ import annotations

import inspect
import json
import os
import warnings
from pathlib import Path
from typing import Any

import polars as pl
import pytest
from polars.testing import assert_frame_equal

import analysis_kit as ak
from analysis_kit import scale
from analysis_kit.cli import main

# aggregates must agree to 1e-12 (the keyword names changed in Polars 1.32.3)
_TOL: dict[str, float] = (
    {"rel_tol": 0.0, "abs_tol": 1e-12}
    if "abs_tol" in inspect.signature(assert_frame_equal).parameters
    else {"rtol": 0.0, "atol": 1e-12}
)

_TOPICS = [
    (
        "NATO berät über Russland",
        "Die Außenminister der NATO trafen sich in Brüssel. Sie berieten über die gefährliche "
        "Lage an der Grenze zur Ukraine.\n\n„Wir bleiben offen für Gespräche“, sagte "
        "Generalsekretär Stoltenberg. Moskau müsse aber seine Truppen abziehen.",
    ),
    (
        "Kreml weist Vorwürfe zurück",
        "Der Kreml hat die Vorwürfe der NATO als „Hysterie“ bezeichnet. Ein Sprecher sagte, "
        "Russland bedrohe niemanden.\n\nDie Verhandlungen in Genf sollen über "
        "Sicherheitsgarantien geführt werden. Die Gespräche seien gut verlaufen.",
    ),
    (
        "Sanktionen gegen Moskau verschärft",
        "Die EU und die USA haben neue Sanktionen gegen Russland beschlossen. Putin nannte "
        "die Maßnahmen einen schweren Fehler.\n\nDie Bundesregierung begrüßte die "
        "Entscheidung. Die Wirtschaft fürchtet schlechte Folgen für den Handel.",
    ),
    (
        "Manöver im Baltikum",
        "Die NATO verstärkt ihre Präsenz in Litauen und Estland. Russische Truppen hielten "
        "gleichzeitig ein großes Manöver in Belarus ab.\n\n„Das ist eine klare Provokation“, "
        "erklärte der litauische Präsident. Der Kreml sprach von einer normalen Übung.",
    ),
]


def _articles(n: int) -> pl.DataFrame:
    """``n`` distinct German articles with ids, titles, sources and dates."""
    rows = []
    for i in range(n):
        title, text = _TOPICS[i % len(_TOPICS)]
        rows.append(
            {
                "article_id": f"art-{i:03d}",
                "title": f"{title} ({i + 1})",
                "text": f"{text}\n\nNachtrag {i + 1}: Die Beobachter in Wien blieben skeptisch.",
                "source": "Zeitung A" if i % 2 else "Zeitung B",
                "published": f"2022-0{1 + i % 3}-1{i % 9}",
            }
        )
    return pl.DataFrame(rows)


@pytest.fixture
def corpus_files(tmp_path: Path) -> Path:
    """Two Parquet files with 7 and 5 articles."""
    folder = tmp_path / "input"
    folder.mkdir()
    frame = _articles(12)
    frame.head(7).write_parquet(folder / "a.parquet")
    frame.tail(5).write_parquet(folder / "b.parquet")
    return folder


def _in_memory() -> ak.Corpus:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return ak.load(_articles(12))


def _mtimes(out: Path) -> dict[str, int]:
    return {str(p): p.stat().st_mtime_ns for p in out.rglob("part-*.parquet")}


def _assert_rows_equal(res: scale.Results, corpus: ak.Corpus) -> None:
    expected = scale.partition_frames(corpus)
    for name in ("articles", "paragraphs", "sentences", "sentiment", "mentions", "quotes"):
        got = res.scan(name).collect()
        assert_frame_equal(got, expected[name], check_dtypes=True)
    assert_frame_equal(res.frame_matches.collect(), expected["frames"])
    assert_frame_equal(res.scan("sentence_scores").collect(), expected["sentence_scores"])
    assert_frame_equal(res.scan("verbs").collect(), expected["verbs"])


def _assert_comparisons_equal(a: ak.Comparison, b: ak.Comparison) -> None:
    for name in ("summary", "sentiment", "terms", "frames", "verbs", "voices", "prominence"):
        assert_frame_equal(getattr(a, name), getattr(b, name), **_TOL)
    side = pl.col("in_left") | pl.col("in_right")
    assert_frame_equal(a.units.filter(side), b.units.filter(side), **_TOL)


# ---------------------------------------------------------------------- planning


def test_plan_cuts_large_files_by_rows(corpus_files: Path) -> None:
    parts = scale.plan_partitions(corpus_files, batch_rows=3)
    assert [(Path(p.path).name, p.offset, p.length) for p in parts] == [
        ("a.parquet", 0, 3),
        ("a.parquet", 3, 3),
        ("a.parquet", 6, 1),
        ("b.parquet", 0, 3),
        ("b.parquet", 3, 2),
    ]
    assert len({p.id for p in parts}) == 5
    # the same input gives the same ids and fingerprints; another setting changes them
    again = scale.plan_partitions(str(corpus_files / "*.parquet"), batch_rows=3)
    assert [p.id for p in again] == [p.id for p in parts]
    assert [p.fingerprint for p in again] == [p.fingerprint for p in parts]
    other = scale.Settings(lexicon=ak.DEFAULT_ACTORS.with_actor("Wagner", patterns=["Wagner"]))
    changed = scale.plan_partitions(corpus_files, batch_rows=3, settings=other)
    assert all(p.fingerprint != q.fingerprint for p, q in zip(parts, changed, strict=True))


def test_missing_source_raises(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        scale.analyze(tmp_path / "nothing.parquet", out=tmp_path / "out")
    (tmp_path / "empty").mkdir()
    with pytest.raises(FileNotFoundError, match="no Parquet files"):
        scale.analyze(tmp_path / "empty", out=tmp_path / "out")


# ---------------------------------------------------------------------- local engine


def test_local_results_equal_in_memory(corpus_files: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    res = scale.analyze(corpus_files, out=out, batch_rows=3)
    assert res.status["status"].to_list() == ["done"] * 5
    assert res.status["n_articles"].to_list() == [3, 3, 1, 3, 2]
    assert sorted(p.name for p in out.iterdir()) == sorted([*scale.FRAMES, "manifest.json"])
    assert len(list((out / "mentions").glob("part-*.parquet"))) == 5
    _assert_rows_equal(res, _in_memory())
    manifest = json.loads((out / "manifest.json").read_text())
    record = manifest["partitions"][manifest["order"][0]]
    assert record["status"] == "done"
    assert record["rows"]["articles"] == 3
    assert record["fingerprint"].startswith(str((corpus_files / "a.parquet").stat().st_size))
    assert not list(out.rglob("*.tmp"))  # atomic writes leave no temporary files


def test_compare_from_results_equals_in_memory(corpus_files: Path, tmp_path: Path) -> None:
    res = scale.analyze(corpus_files, out=tmp_path / "results", batch_rows=4)
    corpus = _in_memory()
    for unit in ("sentence", "paragraph"):
        a = ak.compare(corpus, left="NATO", right="Russia", unit=unit, replicates=300)
        b = ak.compare(res, left="NATO", right="Russia", unit=unit, replicates=300)
        _assert_comparisons_equal(a, b)
        assert summary_value(b, "units", "left") > 0
    # by group, and the sides recorded by analyze
    a = ak.compare(corpus, replicates=200, by="source")
    b = res.compare(replicates=200, by="source")
    assert b.left == "NATO" and b.right == "Russia"
    assert a.by_group is not None and b.by_group is not None
    assert_frame_equal(a.by_group, b.by_group, **_TOL)
    # results hold only units with a mention; the examples behind a number still work
    assert b.units.height < a.units.height
    assert b.examples("sentiment", "left").height > 0
    with pytest.raises(ValueError, match="clause"):
        ak.compare(res, target="clause")
    with pytest.raises(ValueError, match="other lexicons"):
        ak.compare(res, lexicon=ak.DEFAULT_ACTORS.with_actor("Wagner", patterns=["Wagner"]))


def summary_value(cmp: ak.Comparison, measure: str, side: str) -> float:
    return float(cmp.summary.filter(pl.col("measure") == measure)[side].item())


def test_resume_skips_finished_partitions(corpus_files: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    seen: list[str] = []
    scale.analyze(corpus_files, out=out, batch_rows=3, on_record=lambda r: seen.append(r["id"]))
    assert len(seen) == 5
    before = _mtimes(out)
    seen.clear()
    res = scale.analyze(
        corpus_files, out=out, batch_rows=3, on_record=lambda r: seen.append(r["id"])
    )
    assert seen == []  # nothing ran again
    assert _mtimes(out) == before  # and no file was rewritten
    assert res.status["skipped"].all()
    # a run that stopped half way: drop one partition's record, as if it never finished
    manifest = json.loads((out / "manifest.json").read_text())
    lost = manifest["order"][3]
    del manifest["partitions"][lost]
    (out / "manifest.json").write_text(json.dumps(manifest))
    res = scale.analyze(
        corpus_files, out=out, batch_rows=3, on_record=lambda r: seen.append(r["id"])
    )
    assert seen == [lost]
    after = _mtimes(out)
    changed = {f for f in after if after[f] != before[f]}
    assert changed and all(lost in f for f in changed)
    # a changed input file runs again (its fingerprint changed)
    seen.clear()
    frame = pl.read_parquet(corpus_files / "b.parquet")
    frame.write_parquet(corpus_files / "b.parquet")
    os.utime(corpus_files / "b.parquet", ns=(1, 1))
    scale.analyze(corpus_files, out=out, batch_rows=3, on_record=lambda r: seen.append(r["id"]))
    assert len(seen) == 2 and all("b-" in s for s in seen)
    _assert_rows_equal(scale.open_results(out), _in_memory())


def test_failed_partition_is_reported_and_retried(corpus_files: Path, tmp_path: Path) -> None:
    out = tmp_path / "results"
    good = pl.read_parquet(corpus_files / "b.parquet")
    (corpus_files / "b.parquet").write_bytes(b"PAR1 this is not a parquet file PAR1")
    (corpus_files / "c.parquet").write_bytes(b"")  # empty file
    seen: list[dict[str, Any]] = []
    res = scale.analyze(corpus_files, out=out, batch_rows=3, on_record=seen.append)
    st = res.status
    assert st["status"].to_list() == ["done", "done", "done", "failed", "failed"]
    failed = res.failed
    assert [Path(p).name for p in failed["path"]] == ["b.parquet", "c.parquet"]
    assert all(failed["error"].str.len_chars() > 10)
    manifest = json.loads((out / "manifest.json").read_text())
    errors = [r["error"] for r in manifest["partitions"].values() if r["status"] == "failed"]
    assert len(errors) == 2
    # the finished partitions are readable
    assert res.articles.collect()["article_id"].to_list() == [f"art-{i:03d}" for i in range(7)]
    # fix b, remove c: only b runs again (cut into its partitions now that it can be read)
    before = _mtimes(out)
    good.write_parquet(corpus_files / "b.parquet")
    (corpus_files / "c.parquet").unlink()
    seen.clear()
    res = scale.analyze(corpus_files, out=out, batch_rows=3, on_record=seen.append)
    assert sorted(Path(r["path"]).name for r in seen) == ["b.parquet", "b.parquet"]
    assert all(r["status"] == "done" for r in seen)
    assert {f: t for f, t in _mtimes(out).items() if f in before} == before
    assert res.failed.height == 0
    _assert_rows_equal(res, _in_memory())


def test_rows_without_text_fail_with_the_load_error(tmp_path: Path) -> None:
    pl.DataFrame({"body_x": ["Die NATO tagt."]}).write_parquet(tmp_path / "bad.parquet")
    res = scale.analyze(tmp_path / "bad.parquet", out=tmp_path / "out")
    assert res.failed["error"].item().startswith("LoadError")
    assert "no text column" in res.failed["error"].item()
    with pytest.raises(ValueError, match="no finished partitions"):
        res.mentions.collect()


def test_ids_without_article_id_follow_load(tmp_path: Path) -> None:
    _articles(5).drop("article_id").write_parquet(tmp_path / "news.parquet")
    res = scale.analyze(tmp_path / "news.parquet", out=tmp_path / "out", batch_rows=2)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = ak.load(tmp_path / "news.parquet")
    assert res.articles.collect()["article_id"].to_list() == direct.articles["article_id"].to_list()
    assert direct.articles["article_id"][3] == "news.parquet#3"


def test_urls_are_passed_through(corpus_files: Path, tmp_path: Path) -> None:
    # any URL Polars and fsspec understand; file:// is the one a test can use offline
    url = f"file://{corpus_files}/*.parquet"
    parts = scale.plan_partitions(url, batch_rows=5)
    assert [p.path for p in parts] == [
        f"file://{corpus_files}/a.parquet",
        f"file://{corpus_files}/a.parquet",
        f"file://{corpus_files}/b.parquet",
    ]
    res = scale.analyze(url, out=tmp_path / "results", batch_rows=5)
    _assert_rows_equal(res, _in_memory())
    assert scale.analyze(url, out=tmp_path / "results", batch_rows=5).status["skipped"].all()
    with pytest.raises(ValueError, match="local or shared folder"):
        scale.analyze(url, out="s3://bucket/results")


# ---------------------------------------------------------------------- Dask


def test_dask_results_equal_in_memory(corpus_files: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
    )
    try:
        with distributed.Client(cluster) as client:
            out = tmp_path / "dask"
            res = scale.analyze(corpus_files, out=out, engine="dask", client=client, batch_rows=2)
            ran_on = set(client.run(os.getpid).values())
    finally:
        cluster.close()
    assert len(ran_on) == 2 and os.getpid() not in ran_on
    manifest = json.loads((out / "manifest.json").read_text())
    pids = {int(r["worker"].rsplit(":", 1)[1]) for r in manifest["partitions"].values()}
    assert pids <= ran_on  # every partition ran in a worker process, not here
    assert res.status["status"].to_list() == ["done"] * 7
    corpus = _in_memory()
    _assert_rows_equal(res, corpus)  # per-row results: exactly equal
    local = scale.analyze(corpus_files, out=tmp_path / "local", batch_rows=2)
    for name in scale.FRAMES:
        assert_frame_equal(res.scan(name).collect(), local.scan(name).collect())
    a = ak.compare(corpus, replicates=300)
    b = ak.compare(res, replicates=300)
    _assert_comparisons_equal(a, b)  # aggregates: to 1e-12


def test_dask_from_the_command_line(article_folder: Path, tmp_path: Path) -> None:
    distributed = pytest.importorskip("dask.distributed")
    pq = tmp_path / "pq"
    scale.convert(article_folder, pq, batch_files=1)
    # --workers N starts (and stops) a local cluster of N processes for the run
    assert main(["--quiet", "scale", str(pq), "--out", str(tmp_path / "w"), "--workers", "2"]) == 0
    # --scheduler ADDRESS uses a cluster that is already running
    cluster = distributed.LocalCluster(
        n_workers=1, processes=True, dashboard_address=None, host="127.0.0.1"
    )
    try:
        address = cluster.scheduler_address
        assert (
            main(
                ["--quiet", "scale", str(pq), "--out", str(tmp_path / "s"), "--scheduler", address]
            )
            == 0
        )
    finally:
        cluster.close()
    for name in ("w", "s"):
        res = scale.open_results(tmp_path / name)
        assert res.status["status"].to_list() == ["done", "done"]
        assert (
            res.mentions.collect().height
            == scale.open_results(tmp_path / "w").mentions.collect().height
            > 0
        )


# ---------------------------------------------------------------------- convert, command line


def test_convert_folder_of_text_files(article_folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "parquet"
    files = scale.convert(article_folder, out, batch_files=1)
    assert [f.name for f in files] == ["part-00000.parquet", "part-00001.parquet"]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        direct = ak.load(article_folder)
    res = scale.analyze(out, out=tmp_path / "results")
    got = res.paragraphs.collect()
    assert_frame_equal(got, direct.paragraphs)
    assert res.articles.collect()["article_id"].to_list() == ["2022/b.md", "a.txt"]


def test_convert_relative_folder(
    article_folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(article_folder.parent)
    files = scale.convert(article_folder.name, "pq")
    assert pl.read_parquet(files[0])["article_id"].to_list() == ["2022/b.md", "a.txt"]


def test_command_line_scale_and_convert(
    article_folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pq = tmp_path / "pq"
    assert main(["convert", str(article_folder), "--out", str(pq)]) == 0
    assert "wrote 1 Parquet files" in capsys.readouterr().err
    out = tmp_path / "results"
    assert main(["scale", str(pq), "--out", str(out)]) == 0
    err = capsys.readouterr().err
    assert "1 partitions: 1 done (0 finished earlier), 0 failed; 2 articles" in err
    assert main(["scale", str(pq), "--out", str(out)]) == 0
    assert "(1 finished earlier)" in capsys.readouterr().err
    (pq / "broken.parquet").write_bytes(b"not parquet")
    assert main(["scale", str(pq), "--out", str(out)]) == 1
    assert "failed: broken-" in capsys.readouterr().err
    assert main(["scale", str(tmp_path / "missing"), "--out", str(out)]) == 2
    with pytest.raises(SystemExit):
        main(["scale", str(pq), "--out", str(out), "--workers", "2", "--scheduler", "x"])
