#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Monotonic wall-clock seconds.
func now() -> Double {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
}

/// Peak resident set size of this process so far, in MiB (ru_maxrss is KiB on Linux).
func peakMiB() -> Double {
    var usage = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
    return Double(usage.ru_maxrss) / 1024
}

/// Timing of one workload: warm-up runs (discarded), then `runs` timed runs; median and minimum.
struct Timing {
    var samples: [Double] = []
    var median: Double {
        let s = samples.sorted()
        guard !s.isEmpty else { return .nan }
        return s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
    }
    var minimum: Double { samples.min() ?? .nan }
}

/// Runs `body` `warmup` times untimed, then `runs` times timed. `body` returns a checksum that is
/// kept (so the optimiser cannot drop the work) and returned from the last run.
func measure(warmup: Int, runs: Int, _ body: () -> Double) -> (Timing, Double) {
    var sink = 0.0
    for _ in 0..<warmup { sink += body() }
    var timing = Timing()
    var last = 0.0
    for _ in 0..<runs {
        let start = now()
        last = body()
        timing.samples.append(now() - start)
        sink += last
    }
    if sink.isNaN && last.isNaN { print("", terminator: "") }  // keep `sink` alive
    return (timing, last)
}

/// SplitMix64 at counter `i` mapped to [0, 1): the same generator as Benchmarks/baselines/common.py,
/// so both sides fit bit-identical data without sharing a file.
@inline(__always)
func uniform(seed: UInt64, _ i: UInt64) -> Double {
    var z = seed &+ (i &+ 1) &* 0x9E37_79B9_7F4A_7C15
    z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
    z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
    z ^= z >> 31
    return Double(z >> 11) * 0x1.0p-53
}

/// Minimal JSON object writer for one result line.
struct ResultLine {
    private var fields: [String] = []

    /// The fields every workload reports: name, size, median and minimum seconds, runs, throughput.
    init(name: String, size: String, timing: Timing, runs: Int, throughput: String) {
        add("name", name)
        add("size", size)
        add("median_s", timing.median)
        add("min_s", timing.minimum)
        add("runs", runs)
        add("throughput", throughput)
    }

    mutating func add(_ key: String, _ value: String) { fields.append("\"\(key)\": \"\(value)\"") }
    mutating func add(_ key: String, _ value: Double) {
        fields.append("\"\(key)\": \(value.isFinite ? "\(value)" : "null")")
    }
    mutating func add(_ key: String, _ value: Int) { fields.append("\"\(key)\": \(value)") }
    var text: String { "{" + fields.joined(separator: ", ") + "}" }
}

/// `--key value` options.
struct Options {
    private var values: [String: String] = [:]
    init(_ arguments: ArraySlice<String>) {
        var key: String?
        for a in arguments {
            if a.hasPrefix("--") {
                key = String(a.dropFirst(2))
                values[key!] = ""
            } else if let k = key {
                values[k] = a
                key = nil
            }
        }
    }
    func int(_ key: String, _ fallback: Int) -> Int { values[key].flatMap { Int($0) } ?? fallback }
    func string(_ key: String, _ fallback: String) -> String { values[key] ?? fallback }
}
