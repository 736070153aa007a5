import CrimeAnalytics

/// Workload 1: OLS slope, SE, t, p and CI for S series × T years with `TrendFit.batched` (one dgemm).
///
/// Data (identical in Benchmarks/baselines/common.py): y[s, t] = 1000 + 20·((s mod 11) − 5)·t + 200·u(s·T + t),
/// u = SplitMix64 uniform, years 2026 − T … 2025.
enum TrendBatchBench {
    static func run(_ options: Options) -> ResultLine {
        let series = options.int("series", 1_000_000)
        let years = options.int("years", 20)
        let seed = UInt64(options.int("seed", 42))
        let runs = options.int("runs", series >= 1_000_000 ? 7 : series >= 100_000 ? 15 : 41)
        // --statistics se: slopes and SE only (what numpy's SE baseline computes); all: also t, p, CI, R².
        let statistics: TrendFit.BatchStatistics = options.string("statistics", "all") == "se" ? .slopeAndStandardError : .all
        var values = [Double](repeating: 0, count: series * years)
        values.withUnsafeMutableBufferPointer { y in
            for s in 0..<series {
                let drift = 20.0 * Double(s % 11 - 5)
                for t in 0..<years {
                    let i = s * years + t
                    y[i] = 1000 + drift * Double(t) + 200 * uniform(seed: seed, UInt64(i))
                }
            }
        }
        let axis = (0..<years).map { Double(2026 - years + $0) }
        var fit: TrendFitBatch?
        let (timing, _) = measure(warmup: 2, runs: runs) {
            fit = try? TrendFit.batched(values: values, seriesCount: series, years: axis, statistics: statistics)
            return fit?.slope[series / 2] ?? .nan
        }
        // Checksums, compared with the numpy baseline by the orchestrator.
        var slopeSum = 0.0, seSum = 0.0
        if let fit {
            for s in 0..<series {
                slopeSum += fit.slope[s]
                seSum += fit.standardError[s]
            }
        }
        var line = ResultLine(name: "trend_batch", size: "\(series)x\(years)", timing: timing, runs: runs,
                              throughput: "\(formatRate(Double(series) / timing.median)) series/s")
        line.add("slope_sum", slopeSum)
        line.add("se_sum", seSum)
        line.add("in_process_peak_mb", peakMiB())
        return line
    }
}

/// "12.3 M", "456 k".
func formatRate(_ x: Double) -> String {
    if x >= 1e6 { return "\(Double(Int(x / 1e5)) / 10) M" }
    if x >= 1e3 { return "\(Double(Int(x / 1e2)) / 10) k" }
    return "\(Double(Int(x * 10)) / 10)"
}
