/// Text from the input quoted in a message at a bounded length: a value of ten megabytes
/// gives a message of about a hundred characters, not ten megabytes (or thirty, across the
/// messages that quote it).
enum QuotedText {
    /// The most characters of the input shown in one message.
    static let limit = 80

    /// `text` as it is when it has at most `limit` characters, else its first `limit`
    /// characters and "…".
    static func bounded(_ text: String) -> String {
        guard let end = text.index(text.startIndex, offsetBy: limit, limitedBy: text.endIndex), end < text.endIndex else { return text }
        return String(text[..<end]) + "…"
    }

    /// The bytes as UTF-8 text (invalid bytes replaced), bounded as `bounded(_:)`; only the
    /// first few hundred bytes are decoded.
    static func bounded(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Enough bytes for `limit` characters of up to four bytes, and one more to tell.
        let decoded = limit * 4 + 4
        guard bytes.count > decoded else { return bounded(String(decoding: bytes, as: UTF8.self)) }
        let head = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<decoded]), as: UTF8.self)
        let end = head.index(head.startIndex, offsetBy: limit, limitedBy: head.endIndex) ?? head.endIndex
        return String(head[..<end]) + "…"
    }
}
