/// Writes observations in the Datasets CSV schema or as JSON (always "." decimals, NFC names).
public enum ObservationWriter {
    /// The CSV header line.
    public static var csvHeader: String { ObservationReader.columns.joined(separator: ",") }

    /// One CSV row (no line end).
    public static func csvRow(_ o: Observation) -> String {
        [o.source, o.published, o.unit.type.rawValue, o.unit.name, o.period.start.description,
         o.period.end.description, o.metric, o.exactValue.description, o.qualifier.rawValue, o.quote]
            .map(csvField).joined(separator: ",")
    }

    /// The whole CSV document with header, LF line ends.
    public static func csv(_ observations: [Observation]) -> String {
        var out = csvHeader + "\n"
        for o in observations { out += csvRow(o) + "\n" }
        return out
    }

    /// RFC 4180 quoting: fields with comma, quote, CR or LF are quoted, quotes doubled.
    public static func csvField(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 44 || $0 == 34 || $0 == 10 || $0 == 13 }) else { return text }
        var out = "\""
        for c in text { if c == "\"" { out += "\"\"" } else { out.append(c) } }
        return out + "\""
    }

    /// One observation as a JSON object with the schema's fields.
    public static func json(_ o: Observation) -> JSONValue {
        .object([
            ("source", .string(o.source)), ("published", .string(o.published)),
            ("unit_type", .string(o.unit.type.rawValue)), ("unit", .string(o.unit.name)),
            ("period_start", .string(o.period.start.description)), ("period_end", .string(o.period.end.description)),
            ("metric", .string(o.metric)), ("value", .number(o.value)), ("qualifier", .string(o.qualifier.rawValue)),
            ("quote", .string(o.quote)),
        ])
    }
}
