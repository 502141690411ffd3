import AssureData

/// A JSON value with keys kept in the order given, written with two-space indentation through
/// `JSONText` (escaped strings, full-precision numbers, never `nan`, `inf` or `-0`), so that
/// the same report is the same bytes.
enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([Field])

    /// One key and its value.
    struct Field: Hashable, Sendable {
        let key: String
        let value: JSONValue
    }

    static func optional(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
    static func optional(_ value: String?) -> JSONValue { value.map(JSONValue.string) ?? .null }

    /// `[("key", value), …]` as an object.
    static func fields(_ pairs: [(String, JSONValue)]) -> JSONValue {
        .object(pairs.map { Field(key: $0.0, value: $0.1) })
    }

    func rendered(indent: String = "") -> String {
        switch self {
        case .null: return "null"
        case .bool(let flag): return flag ? "true" : "false"
        case .number(let number): return JSONText.number(number)
        case .string(let text): return JSONText.string(text)
        case .array(let items):
            guard !items.isEmpty else { return "[]" }
            // Arrays of plain values stay on one line.
            if items.allSatisfy(\.isScalar) { return "[" + items.map { $0.rendered() }.joined(separator: ", ") + "]" }
            let inner = indent + "  "
            return "[\n" + items.map { inner + $0.rendered(indent: inner) }.joined(separator: ",\n") + "\n" + indent + "]"
        case .object(let fields):
            guard !fields.isEmpty else { return "{}" }
            // Small objects of plain values (a period, a chart point) stay on one line.
            if fields.count <= 5, fields.allSatisfy(\.value.isScalar) {
                return "{" + fields.map { JSONText.string($0.key) + ": " + $0.value.rendered() }.joined(separator: ", ") + "}"
            }
            let inner = indent + "  "
            return "{\n" + fields.map { inner + JSONText.string($0.key) + ": " + $0.value.rendered(indent: inner) }
                .joined(separator: ",\n") + "\n" + indent + "}"
        }
    }

    private var isScalar: Bool {
        switch self {
        case .null, .bool, .number, .string: return true
        case .array, .object: return false
        }
    }
}
