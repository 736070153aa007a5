"""Shared helpers of the Python baselines: the same seeded data as the Swift bench, timing, result lines."""
import json
import resource
import statistics
import sys
import time

import numpy as np

GOLDEN = np.uint64(0x9E3779B97F4A7C15)


def uniform(seed: int, start: int, count: int) -> np.ndarray:
    """SplitMix64 uniforms in [0, 1) at counters start..start+count-1 (as crimestats-bench's `uniform`)."""
    i = np.arange(start, start + count, dtype=np.uint64)
    with np.errstate(over="ignore"):
        z = np.uint64(seed) + (i + np.uint64(1)) * GOLDEN
        z = (z ^ (z >> np.uint64(30))) * np.uint64(0xBF58476D1CE4E5B9)
        z = (z ^ (z >> np.uint64(27))) * np.uint64(0x94D049BB133111EB)
        z ^= z >> np.uint64(31)
    return (z >> np.uint64(11)).astype(np.float64) * (2.0 ** -53)


def trend_data(series: int, years: int, seed: int = 42):
    """y[s, t] = 1000 + 20·((s mod 11) − 5)·t + 200·u(s·T + t), years 2026 − T … 2025 (as TrendBatchBench)."""
    y = np.empty((series, years))
    chunk = max(1, 2_000_000 // years)
    t = np.arange(years, dtype=np.float64)
    for s0 in range(0, series, chunk):
        s1 = min(series, s0 + chunk)
        u = uniform(seed, s0 * years, (s1 - s0) * years).reshape(s1 - s0, years)
        drift = 20.0 * (np.arange(s0, s1) % 11 - 5).astype(np.float64)
        y[s0:s1] = 1000 + drift[:, None] * t[None, :] + 200 * u
    x = np.arange(2026 - years, 2026, dtype=np.float64)
    return x, y


def measure(body, warmup: int, runs: int):
    for _ in range(warmup):
        body()
    samples = []
    last = None
    for _ in range(runs):
        start = time.perf_counter()
        last = body()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples), min(samples), last


def peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def emit(**fields):
    fields.setdefault("in_process_peak_mb", peak_mb())
    print(json.dumps(fields))
    sys.stdout.flush()
