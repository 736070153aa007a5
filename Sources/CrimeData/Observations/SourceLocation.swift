/// Where a piece of input came from: file name as given, 1-based line and column.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int
    public let column: Int

    public init(file: String, line: Int, column: Int = 1) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// "file:line:column".
    public var description: String { "\(file):\(line):\(column)" }
}
