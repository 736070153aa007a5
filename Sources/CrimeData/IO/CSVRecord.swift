/// One parsed CSV record: its unescaped fields, and where each field starts in the input.
///
/// The storage is reused between records by ``CSVParser``; copy out what you keep.
public struct CSVRecord: Sendable {
    /// Unescaped bytes of all fields, concatenated.
    public internal(set) var bytes: [UInt8] = []
    /// End offset in `bytes` of each field.
    var ends: [Int] = []
    /// 1-based column (in characters) where each field starts.
    var columns: [Int] = []
    /// 1-based line where the record starts.
    public internal(set) var line: Int = 1

    public init() {}

    /// Number of fields.
    public var count: Int { ends.count }

    /// The raw bytes of field `i`.
    public func field(_ i: Int) -> ArraySlice<UInt8> {
        let start = i == 0 ? 0 : ends[i - 1]
        return bytes[start..<ends[i]]
    }

    /// Field `i` decoded as UTF-8; nil when the bytes are not valid UTF-8.
    public func string(_ i: Int) -> String? {
        let slice = field(i)
        return slice.withUnsafeBufferPointer { String(validating: $0, as: UTF8.self) }
    }

    /// The 1-based column where field `i` starts.
    public func column(_ i: Int) -> Int { i < columns.count ? columns[i] : 1 }

    /// Whether field `i` equals the given ASCII/UTF-8 text.
    public func field(_ i: Int, equals other: ArraySlice<UInt8>) -> Bool { field(i).elementsEqual(other) }

    mutating func reset(line: Int) {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        columns.removeAll(keepingCapacity: true)
        self.line = line
    }
}
