"""Workload 1 baseline: batched OLS with numpy on the same data as `crimestats-bench trend-batch`.

`--mode se` (the baseline the targets refer to): coefficients B = P @ Yᵀ with P = (XᵀX)⁻¹Xᵀ from centred
years, residuals R = Y − fitted, SSE = Σ R², SE = sqrt(SSE / (T − 2) / Sxx).
`--mode full`: the same plus what TrendFit.batched also returns per series: t, two-sided p
(scipy.special.stdtr), the 95 % CI and R².
"""
import argparse

import numpy as np
from scipy import special, stats

from common import emit, measure, trend_data


def fit_se(x, y):
    xc = x - x.mean()
    X = np.column_stack([np.ones_like(xc), xc])
    P = np.linalg.solve(X.T @ X, X.T)          # 2 × T, built once
    B = P @ y.T                                # 2 × S: one GEMM
    fitted = (X @ B).T                         # S × T
    resid = y - fitted
    sse = np.einsum("ij,ij->i", resid, resid)
    sxx = float(xc @ xc)
    se = np.sqrt(sse / (len(x) - 2) / sxx)
    return B, se, sse, sxx


def fit_full(x, y, level=0.95):
    B, se, sse, sxx = fit_se(x, y)
    df = len(x) - 2
    slope = B[1]
    t = slope / se
    p = 2 * special.stdtr(df, -np.abs(t))
    q = stats.t.ppf((1 + level) / 2, df)
    low, high = slope - q * se, slope + q * se
    yc = y - y.mean(axis=1, keepdims=True)
    syy = np.einsum("ij,ij->i", yc, yc)
    r2 = 1 - sse / syy
    return B, se, p, low, high, r2


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=1_000_000)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--mode", choices=["se", "full", "coef"], default="se")
    ap.add_argument("--runs", type=int, default=0)
    a = ap.parse_args()
    x, y = trend_data(a.series, a.years)
    runs = a.runs or (7 if a.series >= 1_000_000 else 15 if a.series >= 100_000 else 41)
    if a.mode == "coef":
        xc = x - x.mean()
        X = np.column_stack([np.ones_like(xc), xc])
        P = np.linalg.solve(X.T @ X, X.T)
        body = lambda: (P @ y.T, None)
    else:
        body = (lambda: fit_se(x, y)) if a.mode == "se" else (lambda: fit_full(x, y))
    med, mn, last = measure(body, warmup=2, runs=runs)
    B, se = last[0], last[1]
    emit(name="trend_batch", baseline="numpy" if a.mode == "se" else f"numpy-{a.mode}", size=f"{a.series}x{a.years}",
         median_s=med, min_s=mn, runs=runs,
         slope_sum=float(B[1].sum()), se_sum=float(se.sum()) if se is not None else None)


if __name__ == "__main__":
    main()
