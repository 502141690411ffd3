import XCTest
import AssureTestSupport
@testable import AssureData

/// A file read in parts on several threads gives exactly what reading it on one thread gives:
/// the same ids, series, points (with their lines), diagnostics in the same order, and the
/// same cap of 100 listed errors a file. Each test reads a file both ways, compares
/// everything the builder holds, and checks a few facts worked out by hand from the text.
final class IngestInPartsTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    /// What one reading of a file gave.
    private struct Reading {
        /// Everything the builder holds before finishing, written out in order.
        var state: String
        var result: IndicatorLoadResult
        var partCounts: (merged: Int, readAgain: Int)
    }

    /// Reads the file at `path` with up to `parts` parts (any size of part).
    private func read(_ path: String, parts: Int) -> Reading {
        let parallelism = parts == 1 ? IngestParallelism.oneThread : IngestParallelism(parts: parts, minimumPartBytes: 1)
        var builder = IndicatorStoreBuilder()
        builder.files = [path]
        var loader = IndicatorFileLoader(.file(path), fileIndex: 0)
        loader.load(into: &builder, parallelism: parallelism)
        let state = describe(builder)
        return Reading(state: state, result: builder.finish(frequencyHints: [:]), partCounts: loader.partCounts)
    }

    /// The builder's state in full: texts in id order, each series' key and points (period
    /// id, line, value bits, status, numerator, denominator, note) and file runs, the
    /// diagnostics, the errors counted but not listed, published series and area details.
    private func describe(_ builder: IndicatorStoreBuilder) -> String {
        var lines: [String] = []
        lines.append("indicators " + (0..<builder.indicators.count).map(builder.indicators.string).joined(separator: "|"))
        lines.append("areas " + (0..<builder.areas.count).map(builder.areas.string).joined(separator: "|"))
        lines.append("notes " + (0..<builder.notes.count).map(builder.notes.string).joined(separator: "|"))
        lines.append("markers " + (0..<builder.markers.count).map(builder.markers.string).joined(separator: "|"))
        lines.append("periods " + (0..<builder.periods.count).map(builder.periods.text).joined(separator: "|"))
        for (index, key) in builder.seriesKeys.enumerated() {
            let columns = builder.series[index]
            lines.append("series \(key.indicator) \(key.area) runs " + columns.fileRuns.map { "\($0.start):\($0.file)" }.joined(separator: ","))
            for position in 0..<columns.count {
                let point = columns.points[position]
                let numerator = columns.numerators.map { "\($0.values[position].bitPattern)/\($0.statuses[position])" } ?? "-"
                let denominator = columns.denominators.map { "\($0.values[position].bitPattern)/\($0.statuses[position])" } ?? "-"
                let note = columns.notes.map { "\($0[position])" } ?? "-"
                lines.append("  \(point.period) \(point.line) \(point.value.bitPattern) \(columns.statuses[position]) \(numerator) \(denominator) \(note)")
            }
        }
        for diagnostic in builder.diagnostics { lines.append("diagnostic \(diagnostic)") }
        let unshown = builder.unshownErrors(file: 0)
        lines.append("unshown \(unshown.count) from line \(unshown.firstLine)")
        for (id, published) in builder.publishedSeries.sorted(by: { $0.key < $1.key }) { lines.append("published \(id) \(published)") }
        for (id, details) in builder.areaDetails.sorted(by: { $0.key < $1.key }) { lines.append("area \(id) \(details)") }
        return lines.joined(separator: "\n")
    }

    /// Reads the file on one thread and in `parts` parts and checks that both agree in full.
    private func assertSameInParts(_ path: String, parts: Int = 2, file: StaticString = #filePath,
                                   line: UInt = #line) -> (oneThread: Reading, inParts: Reading) {
        let oneThread = read(path, parts: 1)
        let inParts = read(path, parts: parts)
        XCTAssertEqual(oneThread.partCounts.merged + oneThread.partCounts.readAgain, 0, file: file, line: line)
        XCTAssertEqual(inParts.state, oneThread.state, "the builders differ", file: file, line: line)
        XCTAssertEqual(inParts.result.diagnostics, oneThread.result.diagnostics, file: file, line: line)
        XCTAssertEqual(inParts.result.data.map(dump), oneThread.result.data.map(dump), file: file, line: line)
        return (oneThread, inParts)
    }

    /// The loaded data as text: every series and point, and the catalogue.
    private func dump(_ data: IndicatorData) -> String {
        data.allSeries.map { series in
            "\(series.indicator) \(series.area ?? "-") \(series.frequency): "
                + series.points.map { "\($0)" }.joined(separator: "; ")
        }.joined(separator: "\n") + "\n" + IndicatorCatalogue(data).renderJSON()
    }

    private func messagesAndLines(_ diagnostics: [Diagnostic]) -> [String] {
        diagnostics.map { "\($0.range?.start.line ?? 0): \($0.message)" }
    }

    /// Equal halves either side of the split, so the split falls where the test says: the
    /// first line end after the middle of the rows (after the header).
    func testDuplicateAcrossTheSplitAndErrorsOnBothSidesAreReportedAsOnOneThread() throws {
        var rows = ["area,indicator,period,value"]
        // Lines 2–21: E1's referrals for 20 months of 2020–2021, then an error on line 22.
        for month in 1...20 { rows.append("E1,referrals,\(2020 + (month - 1) / 12)-\(String(format: "%02d", (month - 1) % 12 + 1)),\(month)") }
        rows.append("E1,referrals,2022-01,12a")  // line 22: not a number
        // Lines 23–42: a second area, met only after the split, with a suppressed value.
        for month in 1...20 { rows.append("E2,referrals,\(2020 + (month - 1) / 12)-\(String(format: "%02d", (month - 1) % 12 + 1)),\(month == 5 ? "c" : "7")") }
        rows.append("E1,referrals,2020-03,99")  // line 43: a second row for E1's 2020-03 (line 4)
        rows.append("E2,referrals,2023-13,1")   // line 44: not a period
        let path = try folder.write("long.csv", rows.joined(separator: "\n") + "\n")

        let (_, inParts) = assertSameInParts(path)
        XCTAssertEqual(inParts.partCounts.merged, 1, "the file was not read in two parts")
        // Worked out from the rows above (the duplicate's note points at line 4).
        XCTAssertEqual(messagesAndLines(inParts.result.diagnostics), [
            "22: '12a' is not a number",
            "43: indicator 'referrals' in area 'E1' has a second row for 2020-03",
            "44: '2023-13' has month 13, but months are 01 to 12",
        ])
        XCTAssertEqual(inParts.result.diagnostics[1].notes.first?.range?.start.line, 4)
    }

    /// The split is meant to fall inside a quoted field that holds a line end: the part after
    /// it starts in the middle of a record, so it is read again on one thread.
    func testSplitInsideAQuotedLineEndIsReadAgainOnOneThread() throws {
        var before = ""
        var after = ""
        for month in 1...9 {
            before += "E1,referrals,2021-0\(month),\(month)\n"
            after += "E1,referrals,2022-0\(month),\(month)\n"
        }
        // The middle row: its value is quoted and holds a line end well past its middle, so
        // the first line end after the file's middle is the quoted one (lines 11–12).
        let middle = "E1,referrals,2023-01,\"" + String(repeating: "9", count: 80) + "\nx\"\n"
        let header = "area,indicator,period,value\n"
        let path = try folder.write("quoted.csv", header + before + middle + "E1,referrals,2023-02,x y\n" + after)
        let bodyStart = header.utf8.count
        let size = (header + before + middle + "E1,referrals,2023-02,x y\n" + after).utf8.count
        let middleOffset = bodyStart + (size - bodyStart) / 2
        let middleRowStart = (header + before).utf8.count
        let quotedLineEnd = middleRowStart + middle.utf8.count - 4
        XCTAssertGreaterThan(middleOffset, middleRowStart, "the test's file does not put the split in the quotes")
        XCTAssertLessThan(middleOffset, quotedLineEnd, "the test's file does not put the split in the quotes")

        let (_, inParts) = assertSameInParts(path)
        XCTAssertEqual(inParts.partCounts.merged, 0)
        XCTAssertEqual(inParts.partCounts.readAgain, 1)
        // The quoted value spans lines 11 and 12; the row after it is line 13.
        XCTAssertEqual(messagesAndLines(inParts.result.diagnostics).map { $0.prefix(4) }, ["11: ", "13: "])
    }

    /// 150 rows with an error, split near the 75th: the first 100 errors are listed (75 from
    /// the first part, 25 from the second) and the other 50 counted from the 101st's line.
    func testTheCapOfAHundredErrorsSpansTheSplit() throws {
        var rows = ["indicator,period,value"]
        for index in 0..<150 { rows.append("referrals,20\(String(format: "%02d", 10 + index / 12))-\(String(format: "%02d", index % 12 + 1)),n\(String(format: "%03d", index))") }
        let path = try folder.write("errors.csv", rows.joined(separator: "\n") + "\n")

        let (_, inParts) = assertSameInParts(path)
        XCTAssertEqual(inParts.partCounts.merged, 1)
        let diagnostics = inParts.result.diagnostics
        // Errors are on lines 2–151: listed are lines 2–101, the count starts at line 102.
        XCTAssertEqual(diagnostics.count, 101)
        XCTAssertEqual(diagnostics.dropLast().map { $0.range?.start.line ?? 0 }, Array(2...101))
        XCTAssertEqual(messagesAndLines([diagnostics[diagnostics.count - 1]]), ["102: 50 more problems in this file not shown"])
    }

    /// Three parts, and every column a long file may have: names, areas with their names,
    /// markers, notes, periods and measures first met in a later part are numbered as on one
    /// thread, and first-of-month dates in every part are reported as on one thread.
    func testThreePartsWithEveryLongColumnGiveTheOneThreadOutcome() throws {
        var rows = ["area,area_name,indicator,measure,period,value,numerator,denominator,note"]
        let markers = ["c", "x", "z", "u", "low", "C"]
        for index in 0..<300 {
            let area = "E0\(index / 60)"
            let indicator = ["referrals", "cp_plans", "cla"][index / 20 % 3]
            let month = 1 + index % 20
            let period = "\(2000 + month)-0\(1 + index % 9)"
            let value = index % 17 == 0 ? markers[index / 17 % markers.count] : "\(index)"
            let note = index % 23 == 0 ? "note \(index / 23)" : ""
            rows.append("\(area),Area \(index / 60),\(indicator),\(index % 2 == 0 ? "count" : "rate"),\(period),\(value),\(index),\(index + 1),\(note)")
        }
        rows.append("E09,Area 9,referrals,count,2001-01-01,1,1,2,")
        rows.append("E00,Area 0,cla,count,2030-01-01,1,1,2,")
        let path = try folder.write("every.csv", rows.joined(separator: "\n") + "\n")

        let (_, inParts) = assertSameInParts(path, parts: 3)
        XCTAssertEqual(inParts.partCounts.merged, 2)
        // The two first-of-month dates (lines 302 and 303) are errors: the file's other
        // periods are months.
        XCTAssertEqual(inParts.result.diagnostics.map { $0.range?.start.line ?? 0 }, [302, 303])
    }

    /// A wide file (a period column, then one column per indicator) in two parts.
    func testWideFileInTwoPartsGivesTheOneThreadOutcome() throws {
        var rows = ["period,area,referrals,cla"]
        for index in 0..<120 {
            rows.append("\(2000 + index / 12)-\(String(format: "%02d", index % 12 + 1)),E\(index / 40),\(index),\(index % 7 == 0 ? "c" : "\(index * 2)")")
        }
        let path = try folder.write("wide.csv", rows.joined(separator: "\n") + "\n")

        let (_, inParts) = assertSameInParts(path)
        XCTAssertEqual(inParts.partCounts.merged, 1)
        // 3 areas × 2 indicators, 40 months each.
        XCTAssertEqual(inParts.result.data?.allSeries.map(\.count), [40, 40, 40, 40, 40, 40])
    }

    /// Bytes in memory (standard input) are split the same way as a file.
    func testBytesInMemoryInTwoPartsGiveTheOneThreadOutcome() throws {
        var text = "indicator,period,value\n"
        for index in 0..<100 { text += "referrals,\(2000 + index / 12)-\(String(format: "%02d", index % 12 + 1)),\(index)\n" }
        let input = IndicatorInput.bytes(Array(text.utf8), name: "<stdin>")
        let oneThread = IndicatorLoader.load([input], parallelism: .oneThread)
        let inParts = IndicatorLoader.load([input], parallelism: IngestParallelism(parts: 2, minimumPartBytes: 1))
        XCTAssertEqual(inParts.diagnostics, oneThread.diagnostics)
        XCTAssertEqual(inParts.data.map(dump), oneThread.data.map(dump))
        XCTAssertEqual(inParts.data?.allSeries.first?.count, 100)
    }
}
