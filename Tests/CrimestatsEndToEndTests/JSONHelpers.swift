import Foundation
import Testing

/// Parses JSON output for assertions.
func parseJSON(_ text: String) throws -> Any {
    try JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
}

/// `a` within `relative` of `b` (absolute when b is 0).
func close(_ a: Any?, _ b: Double, relative: Double = 1e-8) -> Bool {
    guard let x = (a as? NSNumber)?.doubleValue else { return false }
    return b == 0 ? abs(x) <= relative : abs(x - b) <= relative * abs(b)
}

extension Dictionary where Key == String, Value == Any {
    subscript(object key: String) -> [String: Any]? { self[key] as? [String: Any] }
    subscript(array key: String) -> [Any]? { self[key] as? [Any] }
}
