import CrimeAnalytics
import Testing

@Suite("Linear algebra over OpenBLAS/LAPACKE")
struct LinearAlgebraTests {
    let a = try! Matrix([[1, 2, 3], [4, 5, 6]])

    @Test("dgemm, dgemv, dsyrk, ddot")
    func blas() throws {
        let b = try Matrix([[7, 8], [9, 10], [11, 12]])
        #expect(try a.multiplied(by: b) == Matrix([[58, 64], [139, 154]]))
        #expect(try a.multiplied(by: a, transposingOther: true) == Matrix([[14, 32], [32, 77]]))
        #expect(try a.multiplied(by: a, transposingSelf: true) == a.gramMatrix())
        #expect(try a.gramMatrix() == Matrix([[17, 22, 27], [22, 29, 36], [27, 36, 45]]))
        #expect(try a.multiplied(by: [1, 0, -1]) == [-2, -2])
        #expect(try a.multiplied(by: [1, 1], transposingSelf: true) == [5, 7, 9])
        #expect(try Matrix.dot([1, 2, 3], [4, 5, 6]) == 32)
        #expect(a.transposed.transposed == a)
    }

    @Test("Shape errors are thrown, not trapped")
    func shapeErrors() {
        #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: a) }
        #expect(throws: LinearAlgebraError.self) { try a.multiplied(by: [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix.dot([1], [1, 2]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix(rows: 2, columns: 2, elements: [1, 2, 3]) }
        #expect(throws: LinearAlgebraError.self) { try Matrix([[1, 2], [3]]) }
    }

    @Test("Least squares (dgels) and QR agree; singular input throws")
    func leastSquares() throws {
        let x = try Matrix([[1, 0], [1, 1], [1, 2], [1, 3]])
        let y: [Double] = [1, 3, 5, 7.5]
        let viaGels = try x.solvingLeastSquares(y)
        let viaQR = try x.qrFactorization().solve(y)
        expectClose(viaGels, [0.9, 2.15], relative: 1e-12)
        expectClose(viaQR, [0.9, 2.15], relative: 1e-12)
        let qr = try x.qrFactorization()
        let qtq = try qr.q.multiplied(by: qr.q, transposingSelf: true)
        expectClose(qtq.elements, Matrix.identity(2).elements.map { $0 }, relative: 1e-12)
        let singular = try Matrix([[1, 2], [2, 4], [3, 6]])
        #expect(throws: LinearAlgebraError.singular) { try singular.solvingLeastSquares([1, 2, 3]) }
        #expect(throws: LinearAlgebraError.singular) { try singular.qrFactorization() }
        #expect(throws: LinearAlgebraError.nonFiniteInput) { try x.solvingLeastSquares([1, .nan, 2, 3]) }
    }

    @Test("Cholesky (dpotrf/dpotrs); not positive definite throws")
    func cholesky() throws {
        let spd = try Matrix([[4, 2], [2, 3]])
        let factor = try spd.choleskyFactorization()
        let back = try factor.upper.multiplied(by: factor.upper, transposingSelf: true)
        expectClose(back.elements, spd.elements, relative: 1e-14)
        expectClose(try factor.solve([2, 1]), [0.5, 0], relative: 1e-14)
        #expect(throws: LinearAlgebraError.notPositiveDefinite) { try Matrix([[1, 2], [2, 1]]).choleskyFactorization() }
        #expect(throws: LinearAlgebraError.notPositiveDefinite) { try Matrix([[0, 0], [0, 0]]).choleskyFactorization() }
        #expect(throws: LinearAlgebraError.nonFiniteInput) { try Matrix([[.nan, 0], [0, 1]]).choleskyFactorization() }
    }

    @Test("Correlation matrix via dsyrk")
    func correlation() throws {
        let r = try CorrelationMatrix(series: [Reference.seriesA, Reference.seriesD, Reference.seriesE, [Double](repeating: 3, count: 10)])
        #expect(r.observationCount == 10)
        expectClose(r[0, 0], 1)
        // numpy.corrcoef
        expectClose(r[0, 1], -0.9087543478678091, relative: 1e-12)
        expectClose(r[1, 2], 0.47318135261424726, relative: 1e-12)
        #expect(r[0, 1] == r[1, 0])
        #expect(r[3, 0] == nil)
        #expect(throws: StatisticsError.self) { try CorrelationMatrix(series: [[1, 2], [3, 4]]) }
    }
}
