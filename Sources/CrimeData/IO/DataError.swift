/// Bad input, with the place it applies: "file:line:column: message".
public struct DataError: Error, Sendable, CustomStringConvertible, Equatable {
    public let location: SourceLocation?
    public let message: String

    public init(_ message: String, at location: SourceLocation? = nil) {
        self.message = message
        self.location = location
    }

    /// "reported.csv:12:34: unknown metric "clearence_rate" (did you mean clearance_rate?)".
    public var description: String {
        guard let location else { return message }
        return "\(location): \(message)"
    }
}
