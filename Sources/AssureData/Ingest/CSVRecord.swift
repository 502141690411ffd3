/// One record of a CSV file as the reader hands it over: its fields' bytes, and the line and
/// column of any byte, for diagnostics. Valid only inside the reader's callback.
struct CSVRecord {
    /// The buffer the record lies in.
    let bytes: UnsafeBufferPointer<UInt8>
    /// The fields, in the scanner's storage.
    let fields: UnsafeBufferPointer<CSVField>
    /// The offset of the record's first byte.
    let start: Int
    /// The offset of the record's line end (or of the end of the file).
    let end: Int
    /// The line the record starts on, from 1.
    let line: Int
    let embeddedLineEnds: Int
    let problem: CSVShapeProblem?

    var fieldCount: Int { fields.count }

    /// Whether every field is empty or spaces (a blank line, or `,,,` left by a spreadsheet).
    var isBlank: Bool {
        for field in fields where !field.isQuoted || field.contentEnd > field.contentStart {
            var index = field.contentStart
            while index < field.contentEnd {
                let byte = bytes[index]
                if byte != 0x20 && byte != 0x09 { return false }
                index += 1
            }
        }
        return true
    }

    /// The field's text without quotes, with doubled quotes undone and surrounding spaces,
    /// tabs (and other control characters) removed, handed to `body` as bytes. Inlined: every field of every row comes here.
    @inline(__always)
    func withContent<Result>(of fieldIndex: Int, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        guard fieldIndex >= 0 && fieldIndex < fields.count else { return body(UnsafeBufferPointer(start: nil, count: 0)) }
        let field = fields[fieldIndex]
        var lower = field.contentStart
        var upper = field.contentEnd
        // Spaces, tabs and other control characters around a field are never part of it.
        while lower < upper, bytes[lower] <= 0x20 { lower += 1 }
        while upper > lower, bytes[upper - 1] <= 0x20 { upper -= 1 }
        guard field.hasDoubledQuotes else {
            return body(UnsafeBufferPointer(start: bytes.baseAddress.map { $0 + lower }, count: upper - lower))
        }
        return unescaped(lower..<upper).withUnsafeBufferPointer(body)
    }

    /// The bytes in `range` with each doubled quote (`""`) made one.
    private func unescaped(_ range: Range<Int>) -> [UInt8] {
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            let byte = bytes[index]
            result.append(byte)
            index += (byte == 0x22 && index + 1 < range.upperBound && bytes[index + 1] == 0x22) ? 2 : 1
        }
        return result
    }

    /// The field's text as a `String`, for messages (invalid UTF-8 is replaced).
    func text(of fieldIndex: Int) -> String {
        withContent(of: fieldIndex) { String(decoding: $0, as: UTF8.self) }
    }

    /// The line and column (in Unicode scalars, from 1) of the byte at `offset` in the record.
    /// Counted from the record's start each time: only diagnostics ask.
    func position(of offset: Int) -> SourcePosition {
        var walker = PositionWalker(record: self)
        return walker.position(of: offset)
    }

    /// The stretch of the file each field covers, quotes included, found in one pass over the
    /// record (asking `range(ofField:)` for each field would count from the record's start
    /// every time: minutes for a header of 100,000 columns).
    func fieldRanges(in file: String) -> [SourceRange] {
        var ranges: [SourceRange] = []
        ranges.reserveCapacity(fields.count)
        var walker = PositionWalker(record: self)
        for field in fields {
            let rawEnd = field.isQuoted ? min(field.contentEnd + 1, end) : field.contentEnd
            let startPosition = walker.position(of: field.rawStart)
            let endPosition = walker.position(of: rawEnd)
            ranges.append(SourceRange(file: file, start: startPosition, end: endPosition))
        }
        return ranges
    }

    /// Finds the line and column of offsets asked for in increasing order, each from where
    /// the last one was found (from the record's start again if an offset goes back).
    private struct PositionWalker {
        let record: CSVRecord
        var index: Int
        var line: Int
        var column = 1

        init(record: CSVRecord) {
            self.record = record
            index = record.start
            line = record.line
        }

        mutating func position(of offset: Int) -> SourcePosition {
            if offset < index {
                index = record.start
                line = record.line
                column = 1
            }
            let bytes = record.bytes
            while index < offset {
                let byte = bytes[index]
                if byte == 0x0A {
                    line += 1
                    column = 1
                } else if byte == 0x0D {
                    if index + 1 >= bytes.count || bytes[index + 1] != 0x0A {
                        line += 1
                        column = 1
                    }
                } else if byte & 0xC0 != 0x80 {
                    column += 1
                }
                index += 1
            }
            return SourcePosition(line: line, column: column)
        }
    }

    /// The stretch of the file the field covers, quotes included.
    func range(ofField fieldIndex: Int, in file: String) -> SourceRange {
        guard fieldIndex >= 0 && fieldIndex < fields.count else { return range(at: end, in: file) }
        let field = fields[fieldIndex]
        let rawEnd = field.isQuoted ? min(field.contentEnd + 1, end) : field.contentEnd
        return SourceRange(file: file, start: position(of: field.rawStart), end: position(of: rawEnd))
    }

    /// A one-character range at `offset` (the end of a line, a stray quote).
    func range(at offset: Int, in file: String) -> SourceRange {
        let position = position(of: offset)
        return SourceRange(file: file, line: position.line, column: position.column)
    }
}
