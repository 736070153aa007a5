import Numerics
import Testing

/// `#expect`-style approximate comparison with a relative tolerance (absolute when `expected` is 0).
func expectClose(
    _ actual: Double?, _ expected: Double, relative: Double = 1e-8, absolute: Double = 1e-12,
    _ label: String = "", sourceLocation: SourceLocation = #_sourceLocation
) {
    guard let actual else {
        Issue.record("\(label): got nil, expected \(expected)", sourceLocation: sourceLocation)
        return
    }
    if expected == 0 {
        #expect(Swift.abs(actual) <= absolute, "\(label): \(actual) vs 0", sourceLocation: sourceLocation)
    } else if expected.isInfinite {
        #expect(actual == expected, "\(label): \(actual) vs \(expected)", sourceLocation: sourceLocation)
    } else {
        #expect(
            actual.isApproximatelyEqual(to: expected, relativeTolerance: relative),
            "\(label): \(actual) vs \(expected)", sourceLocation: sourceLocation)
    }
}

/// Element-wise ``expectClose(_:_:relative:absolute:_:sourceLocation:)``.
func expectClose(
    _ actual: [Double], _ expected: [Double], relative: Double = 1e-8, _ label: String = "",
    sourceLocation: SourceLocation = #_sourceLocation
) {
    #expect(actual.count == expected.count, "\(label): count \(actual.count) vs \(expected.count)", sourceLocation: sourceLocation)
    for (i, (a, e)) in zip(actual, expected).enumerated() {
        expectClose(a, e, relative: relative, "\(label)[\(i)]", sourceLocation: sourceLocation)
    }
}

/// A small deterministic generator (SplitMix64) for reproducible random test data.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The reference series of `stats_vectors.md`.
enum Reference {
    static let years2016to2025: [Double] = (2016...2025).map(Double.init)
    static let seriesA: [Double] = [1520, 1487, 1455, 1430, 1398, 1370, 1362, 1325, 1301, 1280]
    static let seriesB: [Double] = [41.2, 43.5, 42.8, 45.1, 47.3]
    static let yearsB: [Double] = (2019...2023).map(Double.init)
    static let seriesD: [Double] = [38.5, 40.1, 40.1, 39.2, 42.0, 42.0, 42.0, 41.5, 44.3, 45.0]
    static let seriesE: [Double] = [12, 15, 11, 15, 15, 9, 14, 18, 15, 20]
}
