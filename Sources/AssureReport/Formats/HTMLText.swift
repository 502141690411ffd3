/// Text made safe for HTML: every user-written string (titles, statements, narratives, file
/// names) passes through `escape` before it reaches the page, in element content and in
/// attribute values alike.
enum HTMLText {
    /// `&`, `<`, `>`, `"` and `'` as entities. Text with none of them (most text) comes back
    /// as it is, without a copy.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: needsEscaping) else { return text }
        var bytes: [UInt8] = []
        write(text, into: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `text` escaped to `bytes`. The characters escaped are all ASCII, and no byte of a
    /// longer character's UTF-8 is ASCII, so a loop over the bytes is exact.
    static func write(_ text: String, into bytes: inout [UInt8]) {
        bytes.reserveCapacity(bytes.count + text.utf8.count)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): bytes.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): bytes.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): bytes.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): bytes.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'"): bytes.append(contentsOf: "&#39;".utf8)
            default: bytes.append(byte)
            }
        }
    }

    private static func needsEscaping(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "'")
    }

    /// An `id` made from a measure's name and its position: letters, digits and `-` only, so it
    /// needs no escaping and is unique within the page.
    static func identifier(_ prefix: String, _ name: String, _ index: Int) -> String {
        let cleaned = String(name.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        return "\(prefix)-\(index)-\(cleaned)"
    }
}
