#!/usr/bin/env python3
"""Runs every CrimeStats benchmark and its baseline, prints one table, writes Benchmarks/results.json.

Called by `make bench` with the venv's Python after the release build. Each measurement runs in its own
child process; wall time of whole-process workloads and every peak memory come from the child's rusage
(os.wait4: ru_maxrss), so no GNU time is needed. In-process workloads (trend_batch, validate, extract)
time only the work itself (median of repeated runs after warm-up); their peak memory is the whole
process's, data generation included, on both sides alike.

Usage: Benchmarks/.venv/bin/python Benchmarks/run.py [--bin .build/release] [--quick]
"""
import argparse
import datetime
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
WORK = HERE / "work"
BASE = HERE / "baselines"
PY = sys.executable


def run_child(cmd, stdout=subprocess.PIPE, cwd=None):
    """Runs cmd; returns (wall seconds, peak RSS MiB, stdout text or None)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=stdout, stderr=subprocess.PIPE, cwd=cwd)
    out = proc.stdout.read() if stdout == subprocess.PIPE else None
    err = proc.stderr.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # reaped here; keep Popen from waiting again
    wall = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        sys.exit(f"failed ({proc.returncode}): {' '.join(map(str, cmd))}\n{err.decode(errors='replace')}")
    return wall, usage.ru_maxrss / 1024, out.decode() if out is not None else None


def json_child(cmd):
    """Runs an in-process benchmark that prints one JSON line; adds the child's peak memory."""
    _, peak, out = run_child(cmd)
    result = json.loads(out.strip().splitlines()[-1])
    result["peak_mb"] = peak
    return result


def whole_process(cmd, runs, warmup, out_path=None):
    """Median wall time and peak memory of a whole process over `runs` runs after `warmup` runs."""
    walls, peaks = [], []
    for i in range(warmup + runs):
        if out_path is not None:
            with open(out_path, "wb") as f:
                wall, peak, _ = run_child(cmd, stdout=f)
        else:
            wall, peak, _ = run_child(cmd, stdout=subprocess.DEVNULL)
        if i >= warmup:
            walls.append(wall)
            peaks.append(peak)
    return statistics.median(walls), min(walls), max(peaks)


def machine():
    cpu = "unknown CPU"
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(next(l for l in open("/proc/meminfo") if l.startswith("MemTotal")).split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GiB"
    except (OSError, StopIteration):
        pass
    load = os.getloadavg()[0]
    return (f"{platform.system()} {platform.machine()}, {cpu}, {os.cpu_count()} cores{mem}; "
            f"Python {platform.python_version()}; load average {load:.1f} at start")


def blas_info():
    """Which BLAS numpy uses (numpy.show_config) and which OpenBLAS crimestats links (pkg-config)."""
    code = ("import json, numpy as np\n"
            "c = np.show_config(mode='dicts')\n"
            "b = c.get('Build Dependencies', {}).get('blas', {})\n"
            "print(json.dumps({'numpy': np.__version__, 'blas': b.get('name'), 'version': b.get('version'),"
            " 'openblas_config': b.get('openblas configuration')}))")
    try:
        numpy_blas = json.loads(subprocess.run([PY, "-c", code], capture_output=True, text=True, check=True).stdout)
    except Exception as e:  # noqa: BLE001
        numpy_blas = {"error": str(e)}
    try:
        ours = subprocess.run(["pkg-config", "--modversion", "openblas"], capture_output=True, text=True).stdout.strip()
    except OSError:
        ours = "unknown"
    return {"numpy": numpy_blas, "crimestats_openblas": f"Debian libopenblas {ours} (pthread build, system library)"}


def fmt_s(x):
    if x is None:
        return "—"
    if x < 1e-3:
        return f"{x * 1e6:.0f} µs"
    if x < 1:
        return f"{x * 1e3:.1f} ms"
    return f"{x:.2f} s"


def fmt_ratio(r):
    if r is None:
        return "—"
    return f"{r:.3f}" if r >= 0.01 else f"{r:.2e}"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--bin", default=str(ROOT / ".build" / "release"))
    ap.add_argument("--quick", action="store_true", help="smaller sizes, fewer runs (for trying the harness)")
    a = ap.parse_args()
    crimestats = Path(a.bin) / "crimestats"
    bench = Path(a.bin) / "crimestats-bench"
    for b in (crimestats, bench):
        if not b.exists():
            sys.exit(f"{b} not found: build with `swift build -c release --product {b.name}` (make bench does)")
    WORK.mkdir(exist_ok=True)
    info = machine()
    print(f"Machine: {info}", flush=True)
    blas = blas_info()
    workloads = []

    def add(name, size, ours, baseline=None, notes=None, throughput=None):
        w = {"name": name, "size": size, "ours_s": ours["s"], "baseline": baseline["name"] if baseline else None,
             "baseline_s": baseline["s"] if baseline else None,
             "ratio": (ours["s"] / baseline["s"]) if baseline else None,
             "ours_peak_mb": ours["peak"], "baseline_peak_mb": baseline["peak"] if baseline else None,
             "throughput": throughput}
        if notes:
            w["notes"] = notes
        workloads.append(w)
        ratio = fmt_ratio(w["ratio"])
        print(f"  {name:12} {size:>12}  ours {fmt_s(w['ours_s']):>9}  {w['baseline'] or '—':>18} "
              f"{fmt_s(w['baseline_s']):>9}  ratio {ratio}", flush=True)

    # 1. Batched trends.
    print("trend_batch …", flush=True)
    sizes = [10_000, 100_000] if a.quick else [10_000, 100_000, 1_000_000]
    statsmodels_per_series = None
    for s in sizes:
        # Like with like: numpy's SE baseline against ours computing slopes and SE only.
        lean = json_child([bench, "trend-batch", "--series", str(s), "--statistics", "se"])
        base = json_child([PY, BASE / "trend_numpy.py", "--series", str(s), "--mode", "se"])
        same = abs(lean["slope_sum"] - base["slope_sum"]) <= 1e-6 * max(1.0, abs(base["se_sum"]))
        note = "same data on both sides (checksums of slopes and SEs agree)" if same else "CHECKSUMS DIFFER"
        add("trend_batch", f"{s}x20", {"s": lean["median_s"], "peak": lean["peak_mb"]},
            {"name": "numpy", "s": base["median_s"], "peak": base["peak_mb"]},
            notes=f"slopes and SE on both sides: numpy P @ Yᵀ, residuals, SE; ours TrendFit.batched(statistics: "
                  f".slopeAndStandardError). {note}",
            throughput=lean["throughput"])
        if s == sizes[-1]:
            ours = json_child([bench, "trend-batch", "--series", str(s)])
            full = json_child([PY, BASE / "trend_numpy.py", "--series", str(s), "--mode", "full"])
            add("trend_batch", f"{s}x20", {"s": ours["median_s"], "peak": ours["peak_mb"]},
                {"name": "numpy+scipy (full)", "s": full["median_s"], "peak": full["peak_mb"]},
                notes="numpy with the same outputs as ours: SE plus t, two-sided p (scipy.special.stdtr), 95 % CI, R²",
                throughput=ours["throughput"])
    for s in ([1000] if a.quick else [1000, 10_000]):
        sm = json_child([PY, BASE / "trend_statsmodels.py", "--series", str(s), "--runs", "3" if s <= 1000 else "1"])
        ours = json_child([bench, "trend-batch", "--series", str(s)])
        statsmodels_per_series = sm["per_series_s"]
        add("trend_batch", f"{s}x20", {"s": ours["median_s"], "peak": ours["peak_mb"]},
            {"name": "statsmodels", "s": sm["median_s"], "peak": sm["peak_mb"]},
            notes="statsmodels OLS(...).fit() per series in a Python loop (slope, SE, p, CI)",
            throughput=ours["throughput"])
    big = next(w for w in workloads if w["size"] == f"{sizes[-1]}x20" and w["baseline"] == "numpy+scipy (full)")
    extrapolated = statsmodels_per_series * sizes[-1]
    add("trend_batch", f"{sizes[-1]}x20", {"s": big["ours_s"], "peak": big["ours_peak_mb"]},
        {"name": "statsmodels", "s": extrapolated, "peak": None},
        notes=f"statsmodels time EXTRAPOLATED: per-series cost at {10_000 if not a.quick else 1000} series "
              f"({statsmodels_per_series * 1e3:.3f} ms) × {sizes[-1]}", throughput=big["throughput"])

    # 2. End to end.
    print("end_to_end …", flush=True)
    units, years, metrics = (5000, 10, 2) if a.quick else (50_000, 10, 2)
    data = WORK / f"synth_{units}x{years}x{metrics}.csv"
    if not data.exists():
        run_child([crimestats, "synth", "--units", str(units), "--years", str(years), "--metrics", str(metrics),
                   "--seed", "42", "-o", data], stdout=subprocess.DEVNULL)
    rows = units * years * metrics
    mb = data.stat().st_size / 1e6
    size = f"{rows} rows"
    runs = 3 if a.quick else 5
    ours_wall, ours_min, ours_peak = whole_process(
        [crimestats, "trend", "--metric", "all", "--data", data, "--format", "csv"], runs, 1, WORK / "out_ours.csv")
    e2e_ours = {"s": ours_wall, "peak": ours_peak}
    for name, script in (("pandas", "e2e_pandas.py"), ("polars", "e2e_polars.py")):
        out = WORK / f"out_{name}.csv"
        wall, _, peak = whole_process([PY, BASE / script, data, out], 3, 1)
        lines_ours = sum(1 for _ in open(WORK / "out_ours.csv", "rb"))
        lines_base = sum(1 for _ in open(out, "rb"))
        add("end_to_end", size, e2e_ours, {"name": name, "s": wall, "peak": peak},
            notes=f"{mb:.0f} MB CSV, {units * metrics} series of {years} years; whole process, wall and peak RSS; "
                  f"ours also computes Theil–Sen, Mann–Kendall, CAGR, APC per series and validates every row; "
                  f"series written: ours {lines_ours - 1}, {name} {lines_base - 1}",
            throughput=f"{rows / ours_wall / 1e6:.2f} M rows/s, {mb / ours_wall:.0f} MB/s")

    # 3. Start-up.
    print("startup …", flush=True)
    runs = 21 if a.quick else 51
    wall, wmin, peak = whole_process([crimestats, "table", "--metric", "clearance_rate"], runs, 3)
    add("startup", "bundled data", {"s": wall, "peak": peak},
        notes=f"`crimestats table --metric clearance_rate`, median of {runs} runs (min {fmt_s(wmin)})",
        throughput=f"{1 / wall:.0f} runs/s")

    # 4. Extraction.
    print("extract …", flush=True)
    ex = json_child([bench, "extract", "--reports", "100" if a.quick else "400"])
    add("extract", ex["size"], {"s": ex["median_s"], "peak": ex["peak_mb"]},
        notes=f"ReportExtractor over generated report paragraphs; {ex['observations']} observations per pass",
        throughput=ex["throughput"])

    # 5. Validation.
    print("validate …", flush=True)
    ours = json_child([bench, "validate"])
    base = json_child([PY, BASE / "validate_numpy.py"])
    agree = "verdicts agree" if ours["consistent"] == base["consistent"] else "VERDICTS DIFFER"
    add("validate", ours["size"], {"s": ours["median_s"], "peak": ours["peak_mb"]},
        {"name": "numpy", "s": base["median_s"], "peak": base["peak_mb"]},
        notes=f"RoundingInterval(stated:mode:).contains per triple vs one vectorised integer comparison; "
              f"{ours['consistent']} consistent ({agree})", throughput=ours["throughput"])

    # Table.
    print()
    head = ["workload", "size", "ours (median)", "baseline", "baseline (median)", "ratio", "ours peak MB",
            "baseline peak MB", "throughput (ours)"]
    rows = []
    for w in workloads:
        rows.append([w["name"], w["size"], fmt_s(w["ours_s"]), w["baseline"] or "—", fmt_s(w["baseline_s"]),
                     fmt_ratio(w["ratio"]), f"{w['ours_peak_mb']:.0f}",
                     f"{w['baseline_peak_mb']:.0f}" if w["baseline_peak_mb"] is not None else "—",
                     w["throughput"] or ""])
    widths = [max(len(str(r[i])) for r in rows + [head]) for i in range(len(head))]
    line = lambda r: "| " + " | ".join(str(c).ljust(widths[i]) for i, c in enumerate(r)) + " |"
    print(line(head))
    print("|" + "|".join("-" * (wd + 2) for wd in widths) + "|")
    for r in rows:
        print(line(r))
    result = {"machine": info, "date": datetime.datetime.now(datetime.timezone.utc).isoformat(timespec="seconds"),
              "blas": blas, "quick": a.quick, "workloads": workloads}
    out = (WORK / "results.quick.json") if a.quick else (HERE / "results.json")
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n")
    print(f"\nwrote {out.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
