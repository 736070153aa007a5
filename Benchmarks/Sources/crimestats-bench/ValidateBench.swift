import CrimeAnalytics
import CrimeData

/// Workload 5: rounding-aware checks of stated rates against counts, 10⁶ (k, n, r) triples.
///
/// Each check builds the interval of the stated rate (`RoundingInterval(stated:mode:)`, up-or-down rounding)
/// and tests 100·k/n against it on integers (`contains(numerator:denominator:)`). The triples: n in
/// 50…5,049, k in 0…n, r = 100·k/n written with one decimal; one in eight r is off by 0.1–0.3 so that
/// both verdicts occur.
enum ValidateBench {
    static func run(_ options: Options) -> ResultLine {
        let count = options.int("count", 1_000_000)
        let seed = UInt64(options.int("seed", 7))
        let runs = options.int("runs", 15)
        var numerators = [Int64](), denominators = [Int64](), stated = [DecimalValue]()
        numerators.reserveCapacity(count)
        denominators.reserveCapacity(count)
        stated.reserveCapacity(count)
        for i in 0..<count {
            let base = UInt64(i) * 4
            let n = 50 + Int64(uniform(seed: seed, base) * 5000)
            let k = Int64(uniform(seed: seed, base + 1) * Double(n + 1))
            var tenths = Int64((1000 * Double(k) / Double(n)).rounded())
            if uniform(seed: seed, base + 2) < 0.125 { tenths += 1 + Int64(uniform(seed: seed, base + 3) * 3) }
            numerators.append(k)
            denominators.append(n)
            stated.append(DecimalValue(units: tenths, scale: 1))
        }
        let (timing, consistent) = measure(warmup: 2, runs: runs) {
            var ok = 0
            for i in 0..<count {
                if let interval = RoundingInterval(stated: stated[i], mode: .upOrDown),
                   interval.contains(numerator: numerators[i], denominator: denominators[i]) {
                    ok += 1
                }
            }
            return Double(ok)
        }
        var line = ResultLine(name: "validate", size: "\(count)", timing: timing, runs: runs,
                              throughput: "\(formatRate(Double(count) / timing.median)) checks/s")
        line.add("consistent", Int(consistent))
        line.add("in_process_peak_mb", peakMiB())
        return line
    }
}
