import AssureData

/// The names in the first line of a CSV file, with the bytes each occupies: enough for
/// `SPCSeriesReader` to check the columns before loading, with messages about `assure spc`.
struct CSVHeader {
    /// One header cell: its name (quotes removed) and the byte range of the name.
    struct Cell {
        var name: String
        var range: Range<Int>
    }

    var cells: [Cell] = []

    init(_ bytes: [UInt8]) {
        var start = 0
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { start = 3 }   // UTF-8 byte order mark
        var index = start
        while index <= bytes.count {
            // One cell: from `index` to the next comma or line end outside quotes.
            var contentStart = index
            var contentEnd = index
            var cursor = index
            if cursor < bytes.count && bytes[cursor] == UInt8(ascii: "\"") {
                contentStart = cursor + 1
                cursor += 1
                while cursor < bytes.count {
                    if bytes[cursor] == UInt8(ascii: "\"") {
                        if cursor + 1 < bytes.count && bytes[cursor + 1] == UInt8(ascii: "\"") { cursor += 2; continue }
                        break
                    }
                    cursor += 1
                }
                contentEnd = min(cursor, bytes.count)
                while cursor < bytes.count && !Self.endsCell(bytes[cursor]) { cursor += 1 }
            } else {
                while cursor < bytes.count && !Self.endsCell(bytes[cursor]) { cursor += 1 }
                contentEnd = cursor
            }
            cells.append(Cell(name: String(decoding: bytes[contentStart..<contentEnd], as: UTF8.self),
                              range: contentStart..<contentEnd))
            guard cursor < bytes.count, bytes[cursor] == UInt8(ascii: ",") else { break }
            index = cursor + 1
        }
    }

    private static func endsCell(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: ",") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\r")
    }

    private var lowercasedNames: [String] { cells.map { $0.name.lowercased() } }

    /// An error when the file has neither an `indicator` column nor both `period` and `value`
    /// columns (a wide file of one indicator, `period,referrals`, is let through to the loader).
    func missingColumnProblem(source: String) -> Diagnostic? {
        let names = lowercasedNames
        if names.contains("indicator") { return nil }
        let help = "assure spc reads a CSV file whose first line is 'period,value', then one row per period, e.g. 2024-03,180"
        let place = SourceRange(file: source, line: 1, column: 1)
        if names == [""] {
            return .error("'\(source)' is empty: it has no header line", at: place, help: help)
        }
        if !names.contains("period") {
            return .error("the file has no 'period' column", at: place, help: help)
        }
        if names.count < 2 {
            return .error("the file has a 'period' column but no 'value' column", at: place, help: help)
        }
        return nil
    }
}
