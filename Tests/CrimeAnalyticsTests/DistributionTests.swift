import CrimeAnalytics
import Testing

@Suite("Distributions and special functions")
struct DistributionTests {
    @Test("Reference special-function values (stats_vectors.md)")
    func referenceValues() {
        expectClose(StudentTDistribution(degreesOfFreedom: 8).quantile(0.975), 2.306004135, relative: 1e-9, "t.ppf(.975, 8)")
        expectClose(StudentTDistribution(degreesOfFreedom: 3).quantile(0.975), 3.182446305, relative: 1e-9, "t.ppf(.975, 3)")
        expectClose(NormalDistribution.standard.quantile(0.999), 3.090232306, relative: 1e-9, "norm.ppf(.999)")
        expectClose(BetaDistribution(alpha: 7, beta: 17).quantile(0.025), 0.1321028797, relative: 1e-9, "beta.ppf(.025, 7, 17)")
        expectClose(ChiSquaredDistribution(degreesOfFreedom: 4).sf(8.243026526), 0.0830706932, relative: 1e-9, "chi2.sf")
    }

    @Test("Further scipy values, both tails")
    func scipyValues() {
        let t8 = StudentTDistribution(degreesOfFreedom: 8)
        expectClose(t8.cdf(-2.5), 0.01847101885681206, relative: 1e-12)
        expectClose(t8.twoSidedPValue(35.31707317), 4.5221402830976953e-10, relative: 1e-9)
        expectClose(StudentTDistribution(degreesOfFreedom: 30).quantile(0.025), -2.042272456301238, relative: 1e-12)
        expectClose(StudentTDistribution(degreesOfFreedom: 2.5).quantile(1e-10), -8765.437771364572, relative: 1e-10)
        expectClose(ChiSquaredDistribution(degreesOfFreedom: 9).quantile(0.95), 16.918977604620448, relative: 1e-12)
        expectClose(ChiSquaredDistribution(degreesOfFreedom: 9).sf(11.45394413), 0.2458712644193851, relative: 1e-12)
        expectClose(ChiSquaredDistribution(degreesOfFreedom: 0.5).quantile(1e-6), 1.3499395786223394e-24, relative: 1e-9)
        expectClose(ChiSquaredDistribution(degreesOfFreedom: 3).cdf(0.3), 0.039971519693122404, relative: 1e-12)
        expectClose(IncompleteBeta.regularized(x: 0.3, a: 7, b: 17), 0.5600527846992768, relative: 1e-12)
        expectClose(IncompleteBeta.inverse(p: 0.9, a: 0.5, b: 3.5), 0.3389633566671363, relative: 1e-12)
        expectClose(BetaDistribution(alpha: 413, beta: 589).quantile(0.975), 0.4427972338845757, relative: 1e-11)
        expectClose(IncompleteGamma.lower(a: 2.5, x: 1.2), 0.20852587940567532, relative: 1e-12)
        expectClose(IncompleteGamma.upper(a: 50, x: 80), 0.0001307839765914092, relative: 1e-10)
        expectClose(IncompleteGamma.inverseLower(a: 3, p: 0.01), 0.43604516507829316, relative: 1e-12)
        expectClose(NormalDistribution.standard.quantile(1e-300), -37.0470962993612, relative: 1e-12)
        expectClose(NormalDistribution.standard.quantile(0.3), -0.5244005127080409, relative: 1e-14)
        expectClose(NormalDistribution.standard.sf(9), 1.1285884059538324e-19, relative: 1e-12)
        expectClose(NormalDistribution.standard.cdf(-1.5), 0.06680720126885807, relative: 1e-14)
    }

    @Test("Quantiles invert the cdf", arguments: [1e-12, 1e-6, 0.001, 0.025, 0.3, 0.5, 0.77, 0.975, 0.999999])
    func roundTrip(p: Double) {
        for nu in [1.0, 3, 8, 100] {
            let t = StudentTDistribution(degreesOfFreedom: nu)
            expectClose(t.cdf(t.quantile(p)), p, relative: 1e-11, "t(\(nu))")
            let c = ChiSquaredDistribution(degreesOfFreedom: nu)
            expectClose(c.cdf(c.quantile(p)), p, relative: 1e-11, "chi2(\(nu))")
        }
        for (a, b) in [(0.5, 0.5), (2.0, 9.0), (30.0, 4.0), (1.0, 1.0)] {
            // Near 1 the spacing of doubles limits how well cdf(quantile(p)) can reproduce p for a < 1.
            if p > 0.999 && b < 1 { continue }
            let beta = BetaDistribution(alpha: a, beta: b)
            expectClose(beta.cdf(beta.quantile(p)), p, relative: 1e-11, "beta(\(a),\(b))")
        }
        expectClose(NormalDistribution.standard.cdf(NormalDistribution.standard.quantile(p)), p, relative: 1e-14, "normal")
    }

    @Test("Invalid parameters give NaN, never a trap")
    func invalidParameters() {
        #expect(StudentTDistribution(degreesOfFreedom: 0).cdf(1).isNaN)
        #expect(StudentTDistribution(degreesOfFreedom: -2).quantile(0.5).isNaN)
        #expect(StudentTDistribution(degreesOfFreedom: 5).quantile(1.5).isNaN)
        #expect(ChiSquaredDistribution(degreesOfFreedom: 0).sf(1).isNaN)
        #expect(BetaDistribution(alpha: 0, beta: 1).quantile(0.5).isNaN)
        #expect(NormalDistribution.standard.quantile(.nan).isNaN)
        #expect(NormalDistribution.standard.quantile(0) == -.infinity)
        #expect(StudentTDistribution(degreesOfFreedom: 4).twoSidedPValue(.infinity) == 0)
        #expect(IncompleteBeta.regularized(x: 1.2, a: 1, b: 1).isNaN)
    }
}
