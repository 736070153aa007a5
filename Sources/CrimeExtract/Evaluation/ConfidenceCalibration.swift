/// How precise extracted figures are at each level of confidence: figures (read or for review, each as a claim
/// of a fact) counted per confidence band with how many were right.
public struct ConfidenceCalibration: Sendable {
    /// The bands, highest first: [0.9, 1], [0.8, 0.9), [0.7, 0.8), [0.5, 0.7), [0, 0.5).
    public static let lowerBounds: [Double] = [0.9, 0.8, 0.7, 0.5, 0]

    public struct Band: Sendable {
        public var lower: Double
        public var upper: Double
        public var figures = 0
        public var right = 0
        public var precision: Double? { figures == 0 ? nil : Double(right) / Double(figures) }
    }

    public private(set) var bands: [Band]

    public init() {
        var upper = 1.0
        bands = ConfidenceCalibration.lowerBounds.map { lower in
            defer { upper = lower }
            return Band(lower: lower, upper: upper)
        }
    }

    /// Counts one figure of confidence `confidence`, right or not.
    public mutating func add(confidence: Double, right: Bool) {
        guard let i = bands.firstIndex(where: { confidence >= $0.lower }) else { return }
        bands[i].figures += 1
        if right { bands[i].right += 1 }
    }

    /// The band of figures at `lower` or above.
    public func atLeast(_ lower: Double) -> Band {
        var band = Band(lower: lower, upper: 1)
        for b in bands where b.lower >= lower {
            band.figures += b.figures
            band.right += b.right
        }
        return band
    }

    /// The table `make eval` prints and the extraction guide quotes.
    public var table: String {
        func pct(_ x: Double?) -> String { x.map { String(format: "%.3f", $0) } ?? "—" }
        var out = "  confidence   figures  right  precision\n"
        for b in bands {
            let range = b.upper == 1 ? String(format: "%.1f–1.0 ", b.lower) : String(format: "%.1f–%.1f ", b.lower, b.upper)
            out += "  " + range + String(repeating: " ", count: max(0, 11 - range.count))
                + String(b.figures).leftPadded(9) + String(b.right).leftPadded(7) + pct(b.precision).leftPadded(11) + "\n"
        }
        return out
    }
}

extension String {
    func leftPadded(_ width: Int) -> String { count >= width ? self : String(repeating: " ", count: width - count) + self }
}
