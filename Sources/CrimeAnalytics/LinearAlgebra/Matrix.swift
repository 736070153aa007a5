/// A dense matrix of `Double` stored row-major in one contiguous array.
///
/// Element `(i, j)` lives at `elements[i * columns + j]`, the layout BLAS and LAPACKE are called with
/// (`CblasRowMajor`, `LAPACK_ROW_MAJOR`). The BLAS/LAPACK-backed operations are in
/// `Matrix+BLAS.swift` and `Matrix+LAPACK.swift`; no C type appears in this API.
public struct Matrix: Equatable, Sendable {
    /// Number of rows.
    public let rows: Int
    /// Number of columns.
    public let columns: Int
    /// The elements, row after row.
    public internal(set) var elements: [Double]

    /// A `rows × columns` matrix filled with `value`.
    public init(rows: Int, columns: Int, repeating value: Double = 0) {
        self.rows = max(0, rows)
        self.columns = max(0, columns)
        self.elements = Array(repeating: value, count: self.rows * self.columns)
    }

    /// A matrix over existing row-major elements; throws when `elements.count ≠ rows · columns`.
    public init(rows: Int, columns: Int, elements: [Double]) throws(LinearAlgebraError) {
        guard rows >= 0, columns >= 0, elements.count == rows * columns else {
            throw .dimensionMismatch("\(elements.count) elements for a \(rows)×\(columns) matrix")
        }
        self.rows = rows
        self.columns = columns
        self.elements = elements
    }

    /// A matrix from an array of rows; throws when the rows have different lengths.
    public init(_ rowArrays: [[Double]]) throws(LinearAlgebraError) {
        let columns = rowArrays.first?.count ?? 0
        var elements: [Double] = []
        elements.reserveCapacity(rowArrays.count * columns)
        for row in rowArrays {
            guard row.count == columns else {
                throw .dimensionMismatch("rows of lengths \(columns) and \(row.count)")
            }
            elements.append(contentsOf: row)
        }
        self.rows = rowArrays.count
        self.columns = columns
        self.elements = elements
    }

    /// The `n × n` identity matrix.
    public static func identity(_ n: Int) -> Matrix {
        var m = Matrix(rows: n, columns: n)
        for i in 0..<m.rows { m.elements[i * n + i] = 1 }
        return m
    }

    /// Element at row `row`, column `column` (zero-based). Indices must be in range.
    public subscript(row: Int, column: Int) -> Double {
        get { elements[row * columns + column] }
        set { elements[row * columns + column] = newValue }
    }

    /// Row `i` as an array.
    public func row(_ i: Int) -> [Double] {
        Array(elements[(i * columns)..<((i + 1) * columns)])
    }

    /// Column `j` as an array.
    public func column(_ j: Int) -> [Double] {
        (0..<rows).map { elements[$0 * columns + j] }
    }

    /// The transpose `Aᵀ`.
    public var transposed: Matrix {
        var t = Matrix(rows: columns, columns: rows)
        for i in 0..<rows {
            for j in 0..<columns {
                t.elements[j * rows + i] = elements[i * columns + j]
            }
        }
        return t
    }

    /// Whether every element is finite (no NaN, no infinity).
    public var isFinite: Bool { elements.allSatisfy { $0.isFinite } }
}
