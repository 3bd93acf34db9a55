"""Tests for analysis_kit.stats: the cluster bootstrap and the log-odds ratio."""

from __future__ import annotations

import math

import polars as pl
import pytest

from analysis_kit.stats import cluster_bootstrap, log_odds_dirichlet


def test_log_odds_against_a_hand_computed_case() -> None:
    counts = pl.DataFrame(
        {
            "term": ["krieg", "dialog", "gipfel"],
            "a": [8, 1, 3],
            "b": [2, 6, 3],
            "corpus": [20, 10, 10],
        }
    )
    out = log_odds_dirichlet(counts, prior="corpus", prior_scale=8.0)
    row = out.filter(pl.col("term") == "krieg").row(0, named=True)
    # by hand: n_a = 12, n_b = 11, alpha_w = 20 / 40 * 8 = 4, alpha_0 = 8
    ya, yb, aw, na, nb, a0 = 8, 2, 4.0, 12, 11, 8.0
    delta = math.log((ya + aw) / (na + a0 - ya - aw)) - math.log((yb + aw) / (nb + a0 - yb - aw))
    variance = 1 / (ya + aw) + 1 / (yb + aw)
    assert row["alpha"] == pytest.approx(aw)
    assert (row["n_a"], row["n_b"], row["alpha_0"]) == (12, 11, 8.0)
    assert row["delta"] == pytest.approx(delta)
    assert row["variance"] == pytest.approx(variance)
    assert row["z"] == pytest.approx(delta / math.sqrt(variance))
    assert out["term"].to_list()[0] == "krieg" and out["term"].to_list()[-1] == "dialog"


def test_bootstrap_is_reproducible_and_resamples_articles() -> None:
    per_article = pl.DataFrame(
        {
            "sum_left": [2.0, -1.0, 0.5, 3.0, 0.0],
            "n_left": [4, 2, 1, 5, 0],
            "sum_right": [-2.0, -1.0, 0.0, -0.5, -3.0],
            "n_right": [3, 1, 2, 1, 4],
        }
    )
    a = cluster_bootstrap(per_article, replicates=2000, seed=7)
    b = cluster_bootstrap(per_article, replicates=2000, seed=7)
    c = cluster_bootstrap(per_article, replicates=2000, seed=8)
    assert a == b
    assert a.difference_ci != c.difference_ci
    assert a.left == pytest.approx(4.5 / 12)
    assert a.right == pytest.approx(-6.5 / 11)
    assert a.left_ci[0] < a.left < a.left_ci[1]
    assert a.difference_ci[0] < a.difference < a.difference_ci[1]
    assert (a.n_left, a.n_right, a.replicates) == (12, 11, 2000)


def test_one_article_gives_no_spread() -> None:
    one = pl.DataFrame({"sum_left": [1.0], "n_left": [2], "sum_right": [0.0], "n_right": [1]})
    r = cluster_bootstrap(one, replicates=100, seed=0)
    assert r.left_ci == (0.5, 0.5) and r.difference_ci == (0.5, 0.5)
