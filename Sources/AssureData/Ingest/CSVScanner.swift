/// Where one field of a CSV record lies in the scanner's buffer.
///
/// `rawStart` is the field's first byte (its opening quote when quoted), for columns in
/// diagnostics; `contentStart..<contentEnd` is the text inside any quotes, still with doubled
/// quotes (`""`) when `hasDoubledQuotes` is set.
struct CSVField: Sendable {
    var rawStart: Int
    var contentStart: Int
    var contentEnd: Int
    var isQuoted: Bool
    var hasDoubledQuotes: Bool
}

/// Something wrong with the shape of a record, found while scanning it. The record is still
/// returned, so the reader can report the problem at its place and go on.
enum CSVShapeProblem: Hashable, Sendable {
    /// A quoted field that is still open at the end of the file; the offset of its opening quote.
    case unterminatedQuote(at: Int)
    /// Text after a field's closing quote, before the next comma; the offset of that text.
    case textAfterClosingQuote(at: Int)
}

/// A byte-level RFC 4180 scanner: it splits one record at a time into fields, over a buffer
/// that may hold only part of the file.
///
/// Records end at `\n`, `\r\n` or a lone `\r`; a quoted field may hold commas, line ends and
/// doubled quotes. No `String` is made: fields are offsets into the buffer, and the scanner's
/// arrays are reused from record to record.
struct CSVScanner {
    /// The outcome of scanning from an offset.
    enum Step: Equatable {
        /// A whole record was scanned; the next record starts at `next`.
        case record(next: Int)
        /// The buffer ends inside a record and more of the file is to come.
        case needMoreInput
        /// Nothing is left in the buffer and the file has ended.
        case endOfInput
    }

    /// The fields of the last record scanned, in storage reused from record to record.
    private let fieldStorage = CSVFieldStorage()
    private(set) var fieldCount = 0
    /// The fields of the last record scanned; valid until the next scan.
    var fields: UnsafeBufferPointer<CSVField> { UnsafeBufferPointer(start: fieldStorage.pointer, count: fieldCount) }
    /// Line ends inside quoted fields of the last record (so the next record starts that many
    /// lines further on, plus one).
    private(set) var embeddedLineEnds = 0
    /// The shape problem of the last record, if any.
    private(set) var problem: CSVShapeProblem?
    /// Where the last record's terminator starts (its end, for columns at the end of a line).
    private(set) var recordEnd = 0

    init() {}

    private mutating func appendField(_ field: CSVField) {
        if fieldCount == fieldStorage.capacity { fieldStorage.grow() }
        (fieldStorage.pointer + fieldCount).initialize(to: field)
        fieldCount += 1
    }

    /// The offset of the first byte from `index` on that is at most ',' (0x2C), or the end.
    ///
    /// Eight bytes at a time: `(word - 0x2D…) & ~word & 0x80…` has the high bit set in the
    /// lowest byte below 0x2D (a borrow can only mark bytes above the first such byte, and
    /// bytes from 0x80 are never marked, so UTF-8 text is skipped too).
    @inline(__always)
    private static func skipAboveComma(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        let count = bytes.count
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index + 8 <= count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                let low = (word &- 0x2D2D_2D2D_2D2D_2D2D) & ~word & 0x8080_8080_8080_8080
                if low != 0 { return index + low.trailingZeroBitCount >> 3 }
                index += 8
            }
        }
        while index < count && bytes[index] > comma { index += 1 }
        return index
    }

    private static let comma = UInt8(ascii: ",")
    private static let quote = UInt8(ascii: "\"")
    private static let lineFeed = UInt8(ascii: "\n")
    private static let carriageReturn = UInt8(ascii: "\r")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")

    /// Scans the record that starts at `offset` in `bytes`. `isLastChunk` says that the buffer
    /// holds the end of the file, so a record without a line end is complete.
    mutating func scanRecord(_ bytes: UnsafeBufferPointer<UInt8>, from offset: Int, isLastChunk: Bool) -> Step {
        let count = bytes.count
        guard offset < count else { return isLastChunk ? .endOfInput : .needMoreInput }
        fieldCount = 0
        embeddedLineEnds = 0
        problem = nil
        var index = offset

        while true {
            let fieldStart = index
            if index < count, bytes[index] == CSVScanner.quote {
                // Quoted field: runs to a quote that is not doubled.
                index += 1
                let contentStart = index
                var doubled = false
                var closed = false
                while index < count {
                    let byte = bytes[index]
                    if byte == CSVScanner.quote {
                        if index + 1 < count, bytes[index + 1] == CSVScanner.quote {
                            doubled = true
                            index += 2
                            continue
                        }
                        if index + 1 == count, !isLastChunk { return .needMoreInput }
                        closed = true
                        break
                    }
                    if byte == CSVScanner.lineFeed
                        || (byte == CSVScanner.carriageReturn && (index + 1 == count || bytes[index + 1] != CSVScanner.lineFeed)) {
                        embeddedLineEnds += 1
                    }
                    index += 1
                }
                if !closed {
                    guard isLastChunk else { return .needMoreInput }
                    problem = problem ?? .unterminatedQuote(at: fieldStart)
                    appendField(CSVField(rawStart: fieldStart, contentStart: contentStart, contentEnd: count,
                                           isQuoted: true, hasDoubledQuotes: doubled))
                    recordEnd = count
                    return .record(next: count)
                }
                let contentEnd = index
                index += 1
                // Only spaces may follow the closing quote; anything else is reported and kept out.
                while index < count {
                    let byte = bytes[index]
                    if byte == CSVScanner.comma || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn { break }
                    if byte != CSVScanner.space && byte != CSVScanner.tab, problem == nil {
                        problem = .textAfterClosingQuote(at: index)
                    }
                    index += 1
                }
                appendField(CSVField(rawStart: fieldStart, contentStart: contentStart, contentEnd: contentEnd,
                                       isQuoted: true, hasDoubledQuotes: doubled))
            } else {
                // Every byte that ends an unquoted field is at most ',' (0x2C), and most text
                // (letters, digits, '-', '.', '/') is above it, so skip eight bytes at a time
                // while none is that low, then look at the low byte.
                while index < count {
                    index = CSVScanner.skipAboveComma(bytes, from: index)
                    guard index < count else { break }
                    let byte = bytes[index]
                    if byte == CSVScanner.comma || byte == CSVScanner.lineFeed || byte == CSVScanner.carriageReturn { break }
                    index += 1
                }
                appendField(CSVField(rawStart: fieldStart, contentStart: fieldStart, contentEnd: index,
                                       isQuoted: false, hasDoubledQuotes: false))
            }

            guard index < count else {
                guard isLastChunk else { return .needMoreInput }
                recordEnd = count
                return .record(next: count)
            }
            let byte = bytes[index]
            if byte == CSVScanner.comma {
                index += 1
                continue
            }
            recordEnd = index
            if byte == CSVScanner.carriageReturn {
                if index + 1 < count {
                    return .record(next: bytes[index + 1] == CSVScanner.lineFeed ? index + 2 : index + 1)
                }
                // A `\r` at the end of the buffer may be the first half of `\r\n`.
                return isLastChunk ? .record(next: index + 1) : .needMoreInput
            }
            return .record(next: index + 1)
        }
    }
}

/// The memory the scanner keeps its fields in: allocated once, doubled when a record has more
/// fields than ever before, so scanning a record allocates nothing.
final class CSVFieldStorage {
    private(set) var pointer: UnsafeMutablePointer<CSVField>
    private(set) var capacity: Int

    init(capacity: Int = 32) {
        self.capacity = capacity
        pointer = .allocate(capacity: capacity)
    }

    /// Doubles the capacity, keeping the fields stored so far.
    func grow() {
        let bigger = UnsafeMutablePointer<CSVField>.allocate(capacity: capacity * 2)
        bigger.moveInitialize(from: pointer, count: capacity)
        pointer.deallocate()
        pointer = bigger
        capacity *= 2
    }

    deinit { pointer.deallocate() }
}
