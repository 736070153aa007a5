"""Workload 1 baseline: statsmodels OLS in a loop, one fit per series (slope, SE, p, CI), on the same data.

Run at 10³ and 10⁴ series only; the orchestrator extrapolates the per-series cost to larger sizes
(stated as such in the table).
"""
import argparse

import numpy as np
import statsmodels.api as sm

from common import emit, measure, trend_data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--series", type=int, default=1000)
    ap.add_argument("--years", type=int, default=20)
    ap.add_argument("--runs", type=int, default=3)
    a = ap.parse_args()
    x, y = trend_data(a.series, a.years)
    X = sm.add_constant(x - x.mean())

    def body(count=a.series):
        slopes = np.empty(count)
        ses = np.empty(count)
        for s in range(count):
            r = sm.OLS(y[s], X).fit()
            slopes[s] = r.params[1]
            ses[s] = r.bse[1]
            r.pvalues[1]
            r.conf_int()
        return slopes, ses

    body(50)  # warm-up on a few series: imports and first-call costs
    med, mn, (slopes, ses) = measure(body, warmup=0, runs=a.runs)
    emit(name="trend_batch", baseline="statsmodels", size=f"{a.series}x{a.years}", median_s=med, min_s=mn,
         runs=a.runs, slope_sum=float(slopes.sum()), se_sum=float(ses.sum()),
         per_series_s=med / a.series)


if __name__ == "__main__":
    main()
