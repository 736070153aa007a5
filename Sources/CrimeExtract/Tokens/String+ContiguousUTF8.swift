extension String {
    /// Calls `body` with the string's UTF-8 bytes in one buffer (copying them only for a string not stored
    /// contiguously, e.g. bridged), for byte loops that `utf8`'s iterator makes several times slower.
    func withContiguousUTF8<R>(_ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var contiguous = self
        contiguous.makeContiguousUTF8()
        return try contiguous.utf8.withContiguousStorageIfAvailable(body)!
    }
}
