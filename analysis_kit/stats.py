"""Statistics for comparisons: cluster bootstrap intervals and distinctive-word scores.

* :func:`cluster_bootstrap` resamples *articles* (clusters), not sentences: the sentences
  of one article are not independent, so a sentence-level bootstrap would give intervals
  that are too narrow. It is vectorised with NumPy (a multinomial weight matrix of
  replicates × articles) and seeded, so the same call gives the same interval.
* :func:`log_odds_dirichlet` is the log-odds ratio with an informative Dirichlet prior
  of Monroe, Colaresi and Quinn (2008, *Political Analysis* 16(4)), with the whole corpus
  as the prior; the returned frame keeps every count, so any z-score can be recomputed.
* :func:`krippendorff_alpha` is the agreement coefficient of Krippendorff (2011,
  "Computing Krippendorff's Alpha-Reliability") for any number of coders, missing codes
  and nominal, ordinal or interval values; :func:`confusion` is the table behind it for
  two sources of codes. The coding sheet of :mod:`analysis_kit.widgets` reports both.

Examples
--------
>>> import polars as pl
>>> counts = pl.DataFrame({"term": ["krieg", "dialog"], "a": [10, 2], "b": [2, 10]})
>>> log_odds_dirichlet(counts, prior_scale=10.0)["z"].round(3).to_list()
[3.33, -3.33]
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Literal

import numpy as np
import polars as pl

__all__ = [
    "BootstrapResult",
    "agreement",
    "cluster_bootstrap",
    "confusion",
    "krippendorff_alpha",
    "log_odds_dirichlet",
]


@dataclass(frozen=True)
class BootstrapResult:
    """Point estimates and percentile intervals of a two-group comparison.

    Attributes
    ----------
    left, right, difference
        Ratio means on the full sample (``difference = left - right``).
    left_ci, right_ci, difference_ci
        ``(low, high)`` percentile intervals (NaN when undefined).
    n_left, n_right
        Number of units (denominators) in each group.
    replicates
        Number of bootstrap replicates.
    """

    left: float
    right: float
    difference: float
    left_ci: tuple[float, float]
    right_ci: tuple[float, float]
    difference_ci: tuple[float, float]
    n_left: int
    n_right: int
    replicates: int


def cluster_bootstrap(
    per_cluster: pl.DataFrame,
    *,
    replicates: int = 2000,
    seed: int = 0,
    level: float = 0.95,
) -> BootstrapResult:
    """Ratio means of two groups and their difference, with a cluster bootstrap.

    Parameters
    ----------
    per_cluster
        One row per cluster (article): ``sum_left, n_left, sum_right, n_right`` (sum
        of the unit values and number of units of each group in that article; an
        article may have units of one group only).
    replicates
        Number of bootstrap replicates.
    seed
        Random seed (the same seed gives the same intervals).
    level
        Interval coverage.

    Returns
    -------
    BootstrapResult
        Means ``sum / n`` of each group, their difference and percentile intervals.

    Examples
    --------
    >>> import polars as pl
    >>> frame = pl.DataFrame({"sum_left": [1.0, 2.0, 0.0], "n_left": [2, 2, 1],
    ...                       "sum_right": [0.0, -1.0, -1.0], "n_right": [1, 2, 1]})
    >>> r = cluster_bootstrap(frame, replicates=500, seed=1)
    >>> round(r.left, 3), round(r.right, 3), round(r.difference, 3)
    (0.6, -0.5, 1.1)
    >>> r == cluster_bootstrap(frame, replicates=500, seed=1)
    True
    """
    cols = ("sum_left", "n_left", "sum_right", "n_right")
    data = per_cluster.select([pl.col(c).cast(pl.Float64).fill_null(0.0) for c in cols]).to_numpy()
    sum_l, n_l, sum_r, n_r = (data[:, k] for k in range(4))
    total_l, total_r = n_l.sum(), n_r.sum()
    left = float(sum_l.sum() / total_l) if total_l else float("nan")
    right = float(sum_r.sum() / total_r) if total_r else float("nan")
    n_clusters = data.shape[0]
    if n_clusters == 0 or replicates <= 0:
        nan = (float("nan"), float("nan"))
        return BootstrapResult(
            left, right, left - right, nan, nan, nan, int(total_l), int(total_r), 0
        )
    if n_clusters * replicates <= _CACHED_WEIGHTS:
        weights = _weights(n_clusters, replicates, seed)
        with np.errstate(invalid="ignore", divide="ignore"):
            boot_l = (weights @ sum_l) / (weights @ n_l)
            boot_r = (weights @ sum_r) / (weights @ n_r)
    else:
        rng = np.random.default_rng(seed)
        probs = np.full(n_clusters, 1.0 / n_clusters)
        # replicates in chunks of at most ~8M weights, so memory stays bounded for large
        # corpora; the generator draws the same weights as in one call
        chunk = max(1, min(replicates, _CACHED_WEIGHTS // n_clusters))
        parts_l, parts_r = [], []
        for done in range(0, replicates, chunk):
            weights = rng.multinomial(n_clusters, probs, size=min(chunk, replicates - done))
            with np.errstate(invalid="ignore", divide="ignore"):
                parts_l.append((weights @ sum_l) / (weights @ n_l))
                parts_r.append((weights @ sum_r) / (weights @ n_r))
        boot_l = np.concatenate(parts_l)
        boot_r = np.concatenate(parts_r)
    alpha = (1.0 - level) / 2.0

    def interval(values: np.ndarray) -> tuple[float, float]:
        finite = values[np.isfinite(values)]
        if finite.size == 0:
            return (float("nan"), float("nan"))
        low, high = np.quantile(finite, [alpha, 1.0 - alpha])
        return (float(low), float(high))

    return BootstrapResult(
        left=left,
        right=right,
        difference=left - right,
        left_ci=interval(boot_l),
        right_ci=interval(boot_r),
        difference_ci=interval(boot_l - boot_r),
        n_left=int(total_l),
        n_right=int(total_r),
        replicates=replicates,
    )


#: Weight matrices up to this many entries (8M, 64 MB) are drawn once and reused by every
#: measure of a comparison; larger ones are drawn in chunks of this size and not kept.
_CACHED_WEIGHTS = 8_000_000


@lru_cache(maxsize=4)
def _weights(n_clusters: int, replicates: int, seed: int) -> np.ndarray:
    # The resampling weights depend only on the number of clusters, the replicates and
    # the seed: every measure of one comparison (and a comparison of other sides with as
    # many articles) reuses them, with the same result as drawing them again.
    rng = np.random.default_rng(seed)
    counts = rng.multinomial(n_clusters, np.full(n_clusters, 1.0 / n_clusters), size=replicates)
    weights = counts.astype(np.float64)
    weights.setflags(write=False)
    return weights


def log_odds_dirichlet(
    counts: pl.DataFrame,
    *,
    term: str = "term",
    a: str = "a",
    b: str = "b",
    prior: str | None = None,
    prior_scale: float = 500.0,
) -> pl.DataFrame:
    """Log-odds ratio of term use in two groups with an informative Dirichlet prior.

    With counts ``y_a``, ``y_b`` of a term in groups of ``n_a``, ``n_b`` tokens and a
    prior ``alpha_w`` (summing to ``alpha_0`` over the vocabulary)::

        delta = log((y_a + alpha_w) / (n_a + alpha_0 - y_a - alpha_w))
              - log((y_b + alpha_w) / (n_b + alpha_0 - y_b - alpha_w))
        var   = 1 / (y_a + alpha_w) + 1 / (y_b + alpha_w)
        z     = delta / sqrt(var)

    Parameters
    ----------
    counts
        One row per term with its counts in the two groups.
    term, a, b
        Column names of the term and the two count columns.
    prior
        Column of prior counts (the term's count in the whole corpus). Without it,
        ``a + b`` is used. The prior is rescaled to sum to ``prior_scale``.
    prior_scale
        ``alpha_0``: the weight of the prior in pseudo-counts.

    Returns
    -------
    pl.DataFrame
        ``term, count_a, count_b, n_a, n_b, alpha, alpha_0, delta, variance, z``,
        sorted by ``z`` (most typical of ``a`` first).

    Examples
    --------
    >>> import polars as pl
    >>> c = pl.DataFrame({"term": ["x", "y"], "a": [3, 1], "b": [1, 3]})
    >>> log_odds_dirichlet(c, prior_scale=4.0).select("term", "alpha", "delta").rows()
    [('x', 2.0, 1.0216512475319814), ('y', 2.0, -1.0216512475319814)]
    """
    prior_expr = pl.col(prior) if prior else (pl.col(a) + pl.col(b))
    frame = counts.select(
        pl.col(term).alias("term"),
        pl.col(a).cast(pl.Float64).alias("count_a"),
        pl.col(b).cast(pl.Float64).alias("count_b"),
        prior_expr.cast(pl.Float64).alias("_prior"),
    )
    frame = frame.with_columns(
        pl.col("count_a").sum().alias("n_a"),
        pl.col("count_b").sum().alias("n_b"),
        (pl.col("_prior") / pl.col("_prior").sum() * prior_scale).alias("alpha"),
        pl.lit(prior_scale).alias("alpha_0"),
    )
    ya, yb, al = pl.col("count_a"), pl.col("count_b"), pl.col("alpha")
    na, nb, a0 = pl.col("n_a"), pl.col("n_b"), pl.col("alpha_0")
    delta = ((ya + al) / (na + a0 - ya - al)).log() - ((yb + al) / (nb + a0 - yb - al)).log()
    variance = 1.0 / (ya + al) + 1.0 / (yb + al)
    return (
        frame.with_columns(delta.alias("delta"), variance.alias("variance"))
        .with_columns((pl.col("delta") / pl.col("variance").sqrt()).alias("z"))
        .select(
            "term", "count_a", "count_b", "n_a", "n_b", "alpha", "alpha_0", "delta", "variance", "z"
        )
        .sort("z", descending=True)
    )


def krippendorff_alpha(
    codes: pl.DataFrame,
    *,
    unit: str | Sequence[str] = "unit",
    coder: str = "coder",
    value: str = "value",
    level: Literal["nominal", "ordinal", "interval"] = "nominal",
    order: Sequence[Any] | None = None,
) -> float:
    """Krippendorff's alpha: agreement among any number of coders, beyond chance.

    Parameters
    ----------
    codes
        One row per code given: the unit coded, the coder and the value (null values
        and units coded only once are left out, as the coefficient prescribes).
    unit
        Column(s) naming the unit.
    coder
        Column naming the coder (one code per coder and unit is used: the last).
    value
        Column of the codes.
    level
        ``"nominal"`` (categories), ``"ordinal"`` (ordered categories: give ``order``
        unless the values sort in their order) or ``"interval"`` (numbers).
    order
        The categories from lowest to highest, for ``"ordinal"``.

    Returns
    -------
    float
        1 is perfect agreement, 0 agreement at chance; NaN when no unit has two codes or
        every code is the same value (no variation to agree on).

    Examples
    --------
    The reliability data of Krippendorff (2011): four coders, twelve units, missing codes.

    >>> rows = {"A": [1, 2, 3, 3, 2, 1, 4, 1, 2, None, None, None],
    ...         "B": [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, None, 3],
    ...         "C": [None, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, None],
    ...         "D": [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, None]}
    >>> codes = pl.DataFrame(
    ...     [(u, c, v) for c, vs in rows.items() for u, v in enumerate(vs)],
    ...     schema=["unit", "coder", "value"], orient="row")
    >>> round(krippendorff_alpha(codes), 3)
    0.743
    >>> round(krippendorff_alpha(codes, level="ordinal"), 3)
    0.815
    >>> round(krippendorff_alpha(codes, level="interval"), 3)
    0.849
    """
    units = [unit] if isinstance(unit, str) else list(unit)
    if level not in ("nominal", "ordinal", "interval"):
        raise ValueError(f"level={level!r}: use 'nominal', 'ordinal' or 'interval'")
    data = (
        codes.filter(pl.col(value).is_not_null())
        .unique([*units, coder], keep="last", maintain_order=True)
        .with_columns(pl.len().over(units).alias("_m"))
        .filter(pl.col("_m") >= 2)
    )
    if data.height == 0:
        return float("nan")
    if order is not None:
        categories = list(order)
        unknown = set(data[value].unique().to_list()) - set(categories)
        if unknown:
            raise ValueError(f"values not in order: {sorted(map(str, unknown))}")
    else:
        categories = sorted(data[value].unique().to_list())
    index = {c: i for i, c in enumerate(categories)}
    counts = (
        data.group_by([*units, value])
        .agg(pl.len().alias("_n"), pl.col("_m").first())
        .with_columns(
            pl.col(value).replace_strict(index, return_dtype=pl.Int64).alias("_c"),
            pl.struct(units).rank("dense").cast(pl.Int64).alias("_u") - 1,
        )
    )
    n_units, k = counts["_u"].n_unique(), len(categories)
    matrix = np.zeros((n_units, k))
    matrix[counts["_u"].to_numpy(), counts["_c"].to_numpy()] = counts["_n"].to_numpy()
    m = matrix.sum(axis=1)
    # coincidences: pairs of values from different coders within a unit, weighted 1/(m-1)
    weighted = matrix / (m - 1.0)[:, None]
    o = weighted.T @ matrix - np.diag(weighted.sum(axis=0))
    n_c = o.sum(axis=1)
    n = n_c.sum()
    if level == "nominal":
        delta = 1.0 - np.eye(k)
    elif level == "interval":
        numbers = np.asarray(categories, dtype=np.float64)
        delta = (numbers[:, None] - numbers[None, :]) ** 2
    else:
        cum = np.cumsum(n_c)
        low = np.minimum.outer(np.arange(k), np.arange(k))
        high = np.maximum.outer(np.arange(k), np.arange(k))
        between = cum[high] - np.where(low > 0, cum[np.maximum(low - 1, 0)], 0.0)
        delta = (between - (n_c[:, None] + n_c[None, :]) / 2.0) ** 2
    expected = float((np.outer(n_c, n_c) * delta).sum())
    if expected == 0.0:
        return float("nan")
    return float(1.0 - (n - 1.0) * float((o * delta).sum()) / expected)


def agreement(
    codes: pl.DataFrame,
    *,
    unit: str | Sequence[str],
    variables: Mapping[str, Literal["nominal", "ordinal", "interval"]],
    coder: str = "coder",
    reference: pl.DataFrame | None = None,
    orders: Mapping[str, Sequence[Any]] | None = None,
) -> pl.DataFrame:
    """Krippendorff's alpha per variable: among all coders, and each coder with a reference.

    Parameters
    ----------
    codes
        One row per unit and coder: the unit column(s), ``coder`` and one column per
        variable (null: not coded).
    unit
        Column(s) naming the unit.
    variables
        Variable column to its level of measurement.
    coder
        Column naming the coder.
    reference
        Codes of a reference (an engine) in the same columns; each coder is then also
        compared with it alone.
    orders
        Category order of ordinal variables (see :func:`krippendorff_alpha`).

    Returns
    -------
    pl.DataFrame
        ``variable``, ``between`` (``"coders"``, or a coder's name), ``reference``
        (whether the row compares that coder with the reference), ``alpha`` (null when
        undefined), ``units`` (units with at least two codes) and ``level``.

    Examples
    --------
    >>> codes = pl.DataFrame({"unit": [1, 1, 2, 2, 3, 3], "coder": ["a", "b"] * 3,
    ...                       "tone": ["neg", "neg", "pos", "pos", "neg", "pos"]})
    >>> engine = pl.DataFrame({"unit": [1, 2, 3], "coder": ["engine"] * 3,
    ...                        "tone": ["neg", "pos", "pos"]})
    >>> agreement(codes, unit="unit", variables={"tone": "nominal"}, reference=engine).select(
    ...     "between", "reference", "alpha", "units").rows()
    [('coders', False, 0.444..., 3), ('a', True, 0.444..., 3), ('b', True, 1.0, 3)]
    """
    keys = [unit] if isinstance(unit, str) else list(unit)
    groups: list[tuple[str, bool, pl.DataFrame]] = [("coders", False, codes)]
    if reference is not None:
        for name in sorted(set(codes[coder].drop_nulls().to_list())):
            own = codes.filter(pl.col(coder) == name).select(reference.columns)
            groups.append((name, True, pl.concat([own, reference], how="vertical_relaxed")))
    rows = []
    for between, is_reference, data in groups:
        for variable, level in variables.items():
            values = data.select(*keys, coder, pl.col(variable).alias("_value")).drop_nulls(
                "_value"
            )
            units = values.group_by(keys).len().filter(pl.col("len") >= 2).height
            alpha = krippendorff_alpha(
                values,
                unit=keys,
                coder=coder,
                value="_value",
                level=level,
                order=(orders or {}).get(variable),
            )
            rows.append((variable, between, is_reference, alpha, units, level))
    return pl.DataFrame(
        rows,
        schema={
            "variable": pl.String,
            "between": pl.String,
            "reference": pl.Boolean,
            "alpha": pl.Float64,
            "units": pl.Int64,
            "level": pl.String,
        },
        orient="row",
    ).with_columns(pl.col("alpha").fill_nan(None))


def confusion(
    codes: pl.DataFrame,
    *,
    rows: str,
    columns: str,
    categories: Sequence[str] | None = None,
) -> pl.DataFrame:
    """How often each pair of codes occurs: rows from one source, columns from another.

    Parameters
    ----------
    codes
        One row per coded unit with the two codes in ``rows`` and ``columns``.
    rows, columns
        The two columns of codes.
    categories
        All categories in display order (default: the values found, sorted), so that a
        category nobody used still gets its row and column.

    Returns
    -------
    pl.DataFrame
        The ``rows`` category in the first column, one count column per category.

    Examples
    --------
    >>> codes = pl.DataFrame({"coder": ["neg", "neg", "pos"], "engine": ["neg", "pos", "pos"]})
    >>> confusion(codes, rows="coder", columns="engine", categories=["neg", "pos"]).rows()
    [('neg', 1, 1), ('pos', 0, 1)]
    """
    found = codes.select(rows, columns).drop_nulls()
    cats = (
        list(categories)
        if categories is not None
        else sorted(set(found[rows].to_list()) | set(found[columns].to_list()))
    )
    grid = pl.DataFrame({rows: cats}).join(pl.DataFrame({"_col": cats}), how="cross")
    counts = found.group_by(rows, columns).agg(pl.len().alias("_n"))
    table = (
        grid.join(counts.rename({columns: "_col"}), on=[rows, "_col"], how="left")
        .with_columns(pl.col("_n").fill_null(0))
        .pivot(on="_col", index=rows, values="_n")
    )
    return table.select(rows, *[str(c) for c in cats])
