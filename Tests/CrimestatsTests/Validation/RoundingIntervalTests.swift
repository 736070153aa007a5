import CrimeAnalytics
@testable import crimestats
import CrimeData
import PropertyBased
import Testing

/// The exact-rational oracle the rounding verdicts are checked against, written independently of
/// `PercentInterval`: round 100·k/n to d decimals under the mode and compare with r.
enum RoundingOracle {
    /// 100·k/n·10^d rounded under `mode` (k ≥ 0, n > 0), as an integer count of 10^-d.
    static func rounded(k: Int, n: Int, d: Int, mode: RoundingMode) -> Int {
        var scale = 1
        for _ in 0..<d { scale *= 10 }
        let numerator = 100 * k * scale
        let q = numerator / n, rem = numerator % n
        let twice = 2 * rem // compare the remainder with half of n
        switch mode {
        case .halfUp: return twice >= n ? q + 1 : q
        case .halfDown: return twice > n ? q + 1 : q
        case .halfEven:
            if twice > n { return q + 1 }
            if twice < n { return q }
            return q % 2 == 0 ? q : q + 1
        case .truncate: return q
        case .upOrDown: return twice >= n ? q + 1 : q // not used for the verdict; see `consistent`
        }
    }

    /// The verdict: r (units of 10^-d) is what the reporter could have written.
    static func consistent(k: Int, n: Int, d: Int, r: Int, mode: RoundingMode) -> Bool {
        if mode == .upOrDown {
            return rounded(k: k, n: n, d: d, mode: .halfUp) == r || rounded(k: k, n: n, d: d, mode: .halfDown) == r
        }
        return rounded(k: k, n: n, d: d, mode: mode) == r
    }
}

extension ValidationTests {
    @Suite("Rounding interval")
    struct RoundingIntervalTests {
        @Test("the seed: 88.7% stands for 88.65–88.75%, 1,681 of 2,156 does not fit, bases 1,895–1,896 do")
        func seedExample() throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: 887, scale: 1), mode: .upOrDown))
            #expect(r.low == DecimalValue(units: 8865, scale: 2))
            #expect(r.high == DecimalValue(units: 8875, scale: 2))
            #expect(!r.contains(numerator: 1681, denominator: 2156))
            #expect(r.impliedDenominators(numerator: 1681).values() == [1895, 1896])
            #expect(r.impliedNumerators(denominator: 2156).values() == [1912, 1913])
        }

        @Test("340 of 345 is 98.55%: consistent with 98.6% after rounding")
        func seedConsistent() throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: 986, scale: 1), mode: .upOrDown))
            #expect(r.contains(numerator: 340, denominator: 345))
            #expect(r.impliedDenominators(numerator: 340).values() == [345])
            #expect(r.impliedNumerators(denominator: 345).values() == [340])
        }

        /// 1 of 8 = 12.5% exactly: the tie decides per mode.
        @Test("ties: 12.5% written with no decimals", arguments: [
            (RoundingMode.upOrDown, 12, true), (.upOrDown, 13, true), (.halfUp, 13, true), (.halfUp, 12, false),
            (.halfDown, 12, true), (.halfDown, 13, false), (.halfEven, 12, true), (.halfEven, 13, false),
            (.truncate, 12, true), (.truncate, 13, false),
        ])
        func ties(mode: RoundingMode, stated: Int64, expected: Bool) throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: stated, scale: 0), mode: mode))
            #expect(r.contains(numerator: 1, denominator: 8) == expected)
        }

        @Test("bounds per mode for 88.7", arguments: [
            (RoundingMode.upOrDown, "88.65", "88.75"), (.halfUp, "88.65", "88.75"), (.halfEven, "88.65", "88.75"),
            (.truncate, "88.7", "88.8"),
        ])
        func bounds(mode: RoundingMode, low: String, high: String) throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: 887, scale: 1), mode: mode))
            #expect(r.low?.description == low)
            #expect(r.high?.description == high)
        }

        @Test("negative changes are mirrored: −19.6 under half-up is (−19.65, −19.55]")
        func negative() throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: -196, scale: 1), mode: .halfUp))
            #expect(r.low?.description == "-19.65")
            #expect(r.high?.description == "-19.55")
            #expect(r.interval.lower?.isOpen == true)
            #expect(r.interval.upper?.isOpen == false)
            // −19.55% exactly: 100·(−391)/2000.
            #expect(r.contains(numerator: -391, denominator: 2000))
            #expect(!r.contains(numerator: -393, denominator: 2000))
        }

        @Test("huge counts do not trap or lose exactness")
        func huge() throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: 500000, scale: 4), mode: .upOrDown))
            let n: Int64 = 1_000_000_000_000_000
            #expect(r.contains(numerator: n / 2, denominator: n))
            #expect(!r.contains(numerator: n / 2 + n / 1_000_000, denominator: n))
            let implied = r.impliedNumerators(denominator: n)
            #expect(implied.lowest == 499_999_500_000_000)
            #expect(implied.highest == 500_000_500_000_000)
            #expect(r.impliedDenominators(numerator: 99_999_999_999_999_999).values(limit: 1) == [199_999_800_000_199_998])
            #expect(!r.contains(numerator: 1, denominator: 0))
            #expect(RoundingInterval(stated: DecimalValue(units: 1, scale: 15), mode: .upOrDown) == nil)
        }

        @Test("0% and zero counts")
        func zero() throws {
            let r = try #require(RoundingInterval(stated: DecimalValue(units: 0, scale: 1), mode: .upOrDown))
            #expect(r.contains(numerator: 0, denominator: 7))
            #expect(r.impliedDenominators(numerator: 0) == ImpliedRange(lowest: 1, highest: nil))
            #expect(r.impliedDenominators(numerator: 1).lowest == 2000)
            #expect(r.impliedDenominators(numerator: 1).highest == nil)
            let fifty = try #require(RoundingInterval(stated: DecimalValue(units: 50, scale: 0), mode: .upOrDown))
            #expect(fifty.impliedDenominators(numerator: 0).isEmpty)
        }

        @Test("verdict equals the exact-rational oracle for random k ≤ n, d ∈ {0, 1, 2}, every mode")
        func propertyRandomCounts() async {
            await propertyCheck(count: 1000, input: Gen.int(in: 1...5000), Gen.int(in: 0...5000), Gen.int(in: 0...2),
                                Gen.int(in: -1...1)) { n, kRaw, d, delta in
                let k = kRaw % (n + 1)
                for mode in RoundingMode.allCases {
                    let r = max(0, RoundingOracle.rounded(k: k, n: n, d: d, mode: .halfUp) + delta)
                    guard let interval = RoundingInterval(stated: DecimalValue(units: Int64(r), scale: d), mode: mode) else {
                        Issue.record("no interval for \(r)e-\(d)")
                        return
                    }
                    #expect(interval.contains(numerator: Int64(k), denominator: Int64(n))
                            == RoundingOracle.consistent(k: k, n: n, d: d, r: r, mode: mode),
                            "k=\(k) n=\(n) d=\(d) r=\(r) mode=\(mode)")
                }
            }
        }

        @Test("verdict equals the oracle on tie-prone bases (n = 2^a·5^b)")
        func propertyTies() async {
            let bases = [2, 4, 8, 16, 32, 40, 80, 125, 160, 200, 250, 400, 625, 800, 1000, 1250, 2000, 3125, 4000]
            await propertyCheck(count: 1000, input: Gen.element(of: bases), Gen.int(in: 0...4000), Gen.int(in: 0...2),
                                Gen.int(in: -1...1)) { base, kRaw, d, delta in
                let n = base ?? 8
                let k = kRaw % (n + 1)
                for mode in RoundingMode.allCases {
                    let r = max(0, RoundingOracle.rounded(k: k, n: n, d: d, mode: .halfDown) + delta)
                    guard let interval = RoundingInterval(stated: DecimalValue(units: Int64(r), scale: d), mode: mode) else { return }
                    #expect(interval.contains(numerator: Int64(k), denominator: Int64(n))
                            == RoundingOracle.consistent(k: k, n: n, d: d, r: r, mode: mode),
                            "k=\(k) n=\(n) d=\(d) r=\(r) mode=\(mode)")
                }
            }
        }

        @Test("implied bases and counts equal brute force over the oracle")
        func propertyImplied() async {
            await propertyCheck(count: 200, input: Gen.int(in: 0...400), Gen.int(in: 50...2000), Gen.int(in: 0...2),
                                Gen.element(of: RoundingMode.allCases)) { k, rTenths, d, chosen in
                let mode = chosen ?? .upOrDown
                // r between 5% and 200%, with d decimals.
                var scale = 1
                for _ in 0..<d { scale *= 10 }
                let r = rTenths * scale / 10
                guard r > 0, let interval = RoundingInterval(stated: DecimalValue(units: Int64(r), scale: d), mode: mode) else { return }
                let maxBase = 100 * k * scale / max(1, r) + 5
                let bases = (1...max(1, maxBase * 2)).filter { RoundingOracle.consistent(k: k, n: $0, d: d, r: r, mode: mode) }
                let implied = interval.impliedDenominators(numerator: Int64(k))
                if k == 0 {
                    #expect(implied.isEmpty)
                } else {
                    #expect(implied.values(limit: 100_000).map(Int.init) == bases, "k=\(k) r=\(r)e-\(d) \(mode)")
                }
                let n = k + 1
                let counts = (0...(3 * n)).filter { RoundingOracle.consistent(k: $0, n: n, d: d, r: r, mode: mode) }
                #expect(interval.impliedNumerators(denominator: Int64(n)).values(limit: 100_000).map(Int.init) == counts,
                        "n=\(n) r=\(r)e-\(d) \(mode)")
            }
        }
    }
}
