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

    /// The value as JSON text, nested values indented by two spaces from `indent`.
    func rendered(indent: String = "") -> String {
        var bytes: [UInt8] = []
        write(into: &bytes, indent: indent.utf8.count)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the value's JSON to `bytes`, nested values indented from `indent` spaces: one
    /// buffer for the whole document, never a string per nested value.
    func write(into bytes: inout [UInt8], indent: Int) {
        switch self {
        case .null: bytes.append(contentsOf: "null".utf8)
        case .bool(let flag): bytes.append(contentsOf: (flag ? "true" : "false").utf8)
        case .number(let number): bytes.append(contentsOf: JSONText.number(number).utf8)
        case .string(let text): JSONValue.writeString(text, into: &bytes)
        case .array(let items):
            guard !items.isEmpty else { return bytes.append(contentsOf: "[]".utf8) }
            // Arrays of plain values stay on one line.
            if items.allSatisfy(\.isScalar) {
                bytes.append(UInt8(ascii: "["))
                for (index, item) in items.enumerated() {
                    if index > 0 { bytes.append(contentsOf: ", ".utf8) }
                    item.write(into: &bytes, indent: 0)
                }
                return bytes.append(UInt8(ascii: "]"))
            }
            bytes.append(contentsOf: "[\n".utf8)
            for (index, item) in items.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                item.write(into: &bytes, indent: indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            bytes.append(UInt8(ascii: "]"))
        case .object(let fields):
            guard !fields.isEmpty else { return bytes.append(contentsOf: "{}".utf8) }
            // Small objects of plain values (a period, a chart point) stay on one line.
            if fields.count <= 5, fields.allSatisfy(\.value.isScalar) {
                bytes.append(UInt8(ascii: "{"))
                for (index, field) in fields.enumerated() {
                    if index > 0 { bytes.append(contentsOf: ", ".utf8) }
                    JSONValue.writeString(field.key, into: &bytes)
                    bytes.append(contentsOf: ": ".utf8)
                    field.value.write(into: &bytes, indent: 0)
                }
                return bytes.append(UInt8(ascii: "}"))
            }
            bytes.append(contentsOf: "{\n".utf8)
            for (index, field) in fields.enumerated() {
                if index > 0 { bytes.append(contentsOf: ",\n".utf8) }
                bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent + 2))
                JSONValue.writeString(field.key, into: &bytes)
                bytes.append(contentsOf: ": ".utf8)
                field.value.write(into: &bytes, indent: indent + 2)
            }
            bytes.append(UInt8(ascii: "\n"))
            bytes.append(contentsOf: repeatElement(UInt8(ascii: " "), count: indent))
            bytes.append(UInt8(ascii: "}"))
        }
    }

    /// `text` quoted and escaped exactly as `JSONText.string` does, over its UTF-8 bytes: `"`,
    /// `\\`, line feed, carriage return and tab by their short escapes, `<` as `\u003c`, the
    /// line and paragraph separators (E2 80 A8, E2 80 A9) as `\u2028` and `\u2029`, other
    /// control characters as `\u00XX`; every other byte as it is. A run of plain bytes is
    /// copied at once.
    static func writeString(_ text: String, into bytes: inout [UInt8]) {
        bytes.append(UInt8(ascii: "\""))
        var text = text
        text.withUTF8 { source in
            var plainStart = 0
            var index = 0
            let count = source.count
            while index < count {
                let byte = source[index]
                let escape: [UInt8]?
                var width = 1
                switch byte {
                case UInt8(ascii: "\""): escape = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escape = Array("\\\\".utf8)
                case UInt8(ascii: "\n"): escape = Array("\\n".utf8)
                case UInt8(ascii: "\r"): escape = Array("\\r".utf8)
                case UInt8(ascii: "\t"): escape = Array("\\t".utf8)
                case UInt8(ascii: "<"): escape = Array("\\u003c".utf8)
                case 0xE2 where index + 2 < count && source[index + 1] == 0x80 && (source[index + 2] == 0xA8 || source[index + 2] == 0xA9):
                    escape = Array((source[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    width = 3
                case 0..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 0xF)]]
                default:
                    escape = nil
                }
                if let escape {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart..<index]))
                    bytes.append(contentsOf: escape)
                    index += width
                    plainStart = index
                } else {
                    index += 1
                }
            }
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: source[plainStart..<count]))
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private var isScalar: Bool {
        switch self {
        case .null, .bool, .number, .string: return true
        case .array, .object: return false
        }
    }
}
