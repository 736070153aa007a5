"""Workload 5 baseline: the same rounding-aware check of 10⁶ (k, n, r) triples, vectorised with numpy.

Up-or-down rounding, one decimal: r·10 units at scale 1 stands for [10r − 5, 10r + 5] at scale 2, and k/n is
consistent when 10⁴·k is within [(10r − 5)·n, (10r + 5)·n] (integers, as RoundingInterval does; the data
are all positive, so no mirroring is needed).
"""
import argparse

import numpy as np

from common import emit, measure, uniform


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=1_000_000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--runs", type=int, default=15)
    a = ap.parse_args()
    u = uniform(a.seed, 0, 4 * a.count).reshape(a.count, 4)
    n = 50 + (u[:, 0] * 5000).astype(np.int64)
    k = (u[:, 1] * (n + 1)).astype(np.int64)
    tenths = np.rint(1000 * k / n).astype(np.int64)   # ties: Swift's .rounded() is half away from zero;
    tenths = np.where(np.abs(1000 * k / n - np.trunc(1000 * k / n)) == 0.5, np.trunc(1000 * k / n) + 1, tenths).astype(np.int64)
    off = u[:, 2] < 0.125
    tenths = tenths + off * (1 + (u[:, 3] * 3).astype(np.int64))

    def body():
        m = tenths * 10
        lhs = 10_000 * k
        ok = (lhs >= (m - 5) * n) & (lhs <= (m + 5) * n) & (n > 0)
        return int(ok.sum())

    med, mn, consistent = measure(body, warmup=2, runs=a.runs)
    emit(name="validate", baseline="numpy", size=str(a.count), median_s=med, min_s=mn, runs=a.runs,
         consistent=consistent)


if __name__ == "__main__":
    main()
