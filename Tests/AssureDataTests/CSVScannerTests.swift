import XCTest
import AssureTestSupport
@testable import AssureData

final class CSVScannerTests: XCTestCase {
    /// Each record as its fields' texts, with the line it starts on, read with `chunkSize`.
    private func records(_ bytes: [UInt8], chunkSize: Int = 1 << 20) throws -> [(line: Int, fields: [String])] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("test.csv", bytes: bytes)
        var result: [(Int, [String])] = []
        try CSVFileReader(path: file, chunkSize: chunkSize).forEachRecord { record in
            result.append((record.line, (0..<record.fieldCount).map(record.text(of:))))
        }
        return result
    }

    private func assertRecords(_ text: String, _ expected: [(Int, [String])], file: StaticString = #filePath, line: UInt = #line) throws {
        // Small chunks put record boundaries everywhere, so the chunk joins are tested too.
        for chunkSize in [16, 17, 19, 23, 64, 1 << 20] {
            let got = try records(Array(text.utf8), chunkSize: chunkSize)
            XCTAssertEqual(got.map(\.line), expected.map(\.0), "lines, chunk size \(chunkSize)", file: file, line: line)
            XCTAssertEqual(got.map(\.fields), expected.map(\.1), "fields, chunk size \(chunkSize)", file: file, line: line)
        }
    }

    func testPlainRecordsSplitAtCommas() throws {
        try assertRecords("indicator,period,value\nreferrals,2023-10,12\n",
                          [(1, ["indicator", "period", "value"]), (2, ["referrals", "2023-10", "12"])])
    }

    func testCRLFLineEndsAreOneLineEnd() throws {
        try assertRecords("a,b\r\n1,2\r\n3,4\r\n", [(1, ["a", "b"]), (2, ["1", "2"]), (3, ["3", "4"])])
    }

    func testLastLineWithoutLineEndIsARecord() throws {
        try assertRecords("a,b\n1,2", [(1, ["a", "b"]), (2, ["1", "2"])])
    }

    func testQuotedFieldsKeepCommasLineEndsAndDoubledQuotes() throws {
        try assertRecords("note,value\n\"Includes \"\"late\"\" plans,\nsee note\",\"1,234\"\nnext,1\n",
                          [(1, ["note", "value"]), (2, ["Includes \"late\" plans,\nsee note", "1,234"]), (4, ["next", "1"])])
    }

    func testByteOrderMarkIsSkipped() throws {
        try assertRecords("\u{FEFF}period,referrals\n2023-10,5\n", [(1, ["period", "referrals"]), (2, ["2023-10", "5"])])
    }

    func testBlankLinesAreEmptyRecordsAndCountAsLines() throws {
        try assertRecords("a\n\n\r\nb\n", [(1, ["a"]), (2, [""]), (3, [""]), (4, ["b"])])
    }

    func testSpacesAroundFieldsAreTrimmed() throws {
        try assertRecords("  referrals , 12 \t\n", [(1, ["referrals", "12"])])
    }

    func testEmptyFieldsAreKept() throws {
        try assertRecords(",,\n", [(1, ["", "", ""])])
    }

    func testUnterminatedQuoteAtEndOfFileIsAProblemAtTheQuote() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("test.csv", "a,b\n1,\"open\n")
        var problems: [CSVShapeProblem?] = []
        var places: [SourcePosition] = []
        try CSVFileReader(path: file, chunkSize: 16).forEachRecord { record in
            problems.append(record.problem)
            if case .unterminatedQuote(let offset)? = record.problem { places.append(record.position(of: offset)) }
        }
        XCTAssertEqual(problems.count, 2)
        XCTAssertNil(problems[0])
        XCTAssertEqual(places, [SourcePosition(line: 2, column: 3)])
    }

    func testColumnsCountCharactersNotBytes() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        // "Ynys Môn" has one two-byte character, so the value starts at character 10, byte 11.
        let file = try folder.write("test.csv", "Ynys Môn,12\n")
        var column = 0
        try CSVFileReader(path: file).forEachRecord { record in
            column = record.position(of: record.fields[1].rawStart).column
        }
        XCTAssertEqual(column, 10)
    }

    func testMissingFileIsAReadError() {
        XCTAssertThrowsError(try CSVFileReader(path: "/nonexistent/assure/file.csv").forEachRecord { _ in })
    }
}
