import AssureData
import AssureTestSupport
import Foundation
import XCTest
@testable import AssureReport
#if canImport(FoundationXML)
import FoundationXML
#endif

/// `report.docx`: CRC-32 against published check values, the stored ZIP's layout byte by byte,
/// and the document read back with a ZIP reader written here and Foundation's XML parser —
/// every template section in order with its heading style, real bulleted lists, and the
/// appendix as a table in a landscape section.
final class DocxReportTests: XCTestCase {
    /// The CRC-32 check value of "123456789" (0xCBF43926) and other published values.
    func testCRC32KnownValues() {
        XCTAssertEqual(CRC32.checksum(Array("123456789".utf8)), 0xCBF4_3926)
        XCTAssertEqual(CRC32.checksum([]), 0)
        XCTAssertEqual(CRC32.checksum(Array("a".utf8)), 0xE8B7_BE43)
        XCTAssertEqual(CRC32.checksum(Array("The quick brown fox jumps over the lazy dog".utf8)), 0x414F_A339)
    }

    /// One entry "a" holding "123456789": a 30-byte local header, the name, the 9 bytes; a
    /// 46-byte central header and name; a 22-byte end record — 30 + 1 + 9 + 46 + 1 + 22 = 109.
    func testStoredZipLayout() {
        var zip = StoredZip()
        zip.add("a", Array("123456789".utf8))
        let bytes = zip.bytes
        XCTAssertEqual(bytes.count, 109)
        XCTAssertEqual(Array(bytes[0..<4]), [0x50, 0x4B, 0x03, 0x04])
        XCTAssertEqual(Array(bytes[8..<10]), [0, 0], "stored, not compressed")
        XCTAssertEqual(Array(bytes[10..<14]), [0, 0, 0x21, 0], "00:00 on 1 January 1980")
        XCTAssertEqual(Array(bytes[14..<18]), [0x26, 0x39, 0xF4, 0xCB])
        XCTAssertEqual(Array(bytes[18..<26]), [9, 0, 0, 0, 9, 0, 0, 0])
        XCTAssertEqual(bytes[30], UInt8(ascii: "a"))
        XCTAssertEqual(Array(bytes[40..<44]), [0x50, 0x4B, 0x01, 0x02])
        XCTAssertEqual(Array(bytes[87..<91]), [0x50, 0x4B, 0x05, 0x06])
        XCTAssertEqual(Array(bytes[95..<99]), [1, 0, 1, 0], "one entry")
        XCTAssertEqual(Array(bytes[99..<107]), [47, 0, 0, 0, 40, 0, 0, 0], "central directory of 47 bytes at offset 40")
    }

    func testTheSameReportGivesTheSameBytes() throws {
        let document = try ReportTemplateTests.document()
        XCTAssertEqual(DocxReport.render(document), DocxReport.render(document))
    }

    func testThePartsAreThereAndWellFormed() throws {
        let document = try ReportTemplateTests.document()
        let entries = try ZipReader.entries(DocxReport.render(document))
        XCTAssertEqual(Array(entries.map(\.name).prefix(6)), ["[Content_Types].xml", "_rels/.rels", "word/document.xml",
                                                             "word/_rels/document.xml.rels", "word/styles.xml", "word/numbering.xml"])
        // One chart for each measure with a figure (every measure of the fixture has some), then
        // one for each headline of 4.1 Data: the fixture's one, marac.
        XCTAssertEqual(Array(entries.map(\.name).dropFirst(6)), document.measures.indices.map { "word/media/chart\($0 + 1).png" } + ["word/media/headline1.png"])
        for entry in entries.prefix(6) {
            XCTAssertNoThrow(try WordReading.parse(entry.bytes), entry.name)
        }
    }

    func testEveryTemplateSectionInOrderWithHeadingStyles() throws {
        let word = try WordReading.read(DocxReport.render(try ReportTemplateTests.document()))
        let headings = word.paragraphs.filter { $0.style?.hasPrefix("Heading") == true }
        let expected: [(String, String)] = [
            ("Heading1", "1. Introduction"), ("Heading1", "2. Our strategic priorities"),
            ("Heading1", "3. Summary of evidence available in the period"), ("Heading1", "4. Review of performance"),
            ("Heading2", "4.1 Data"), ("Heading3", "Areas to note"), ("Heading3", "What we are doing well"),
            ("Heading3", "Areas for further exploration"),
            ("Heading2", "4.2 Qualitative evidence, including audit, research and evaluation"),
            ("Heading2", "4.3 Voices (children, families, professionals)"),
            ("Heading1", "5. Other information and emerging issues for next period (horizon scanning)"),
            ("Heading1", "6. Recommendations for the partnership"),
            ("Heading1", "Appendix A: Outcome statements"), ("Heading1", "Appendix B: Data quality"),
            ("Heading1", "Appendix C: Every measure"),
        ]
        let mainHeadings = headings.filter { $0.style != "Heading4" }
        XCTAssertEqual(mainHeadings.map(\.style), expected.map { Optional($0.0) })
        XCTAssertEqual(mainHeadings.map(\.text), expected.map(\.1))
        // The fixture's one headline measure, marac (an area to note): its priority is a Heading 4.
        XCTAssertEqual(headings.filter { $0.style == "Heading4" }.map(\.text), ["Assurance Area 2: Children Affected by Domestic Abuse"])
        XCTAssertEqual(word.paragraphs.first?.style, "Title")
        let texts = word.paragraphs.map(\.text)
        XCTAssertTrue(texts.contains("SSCB meeting date: 25 March 2019"))
        XCTAssertTrue(texts.contains("Date: 26 March 2019"))
        XCTAssertTrue(texts.contains("Version: 0.3"))
        XCTAssertLessThan(try XCTUnwrap(texts.firstIndex(of: "Version: 0.3")), try XCTUnwrap(texts.firstIndex(of: "Appendix A: Outcome statements")))
    }

    func testListsAreRealBulletedLists() throws {
        let bytes = DocxReport.render(try ReportTemplateTests.document())
        let word = try WordReading.read(bytes)
        let bullets = word.paragraphs.filter { $0.numbering != nil }
        for item in ["SSCB Q3 scorecard", "Case review summary information", "first audit", "second audit", "New guidance in 2024", "Train the workforce"] {
            XCTAssertEqual(bullets.first { $0.text == item }?.numbering?.id, "1", item)
        }
        // An outcome's evidence is the second level.
        XCTAssertTrue(bullets.contains { $0.numbering?.level == "1" && $0.text == "Repeat MARAC cases involving children: area to note" })
        let numbering = String(decoding: try XCTUnwrap(try ZipReader.entries(bytes).first { $0.name == "word/numbering.xml" }).bytes, as: UTF8.self)
        XCTAssertTrue(numbering.contains("<w:numFmt w:val=\"bullet\"/><w:lvlText w:val=\"•\"/>"))
    }

    func testTheAppendixIsATableInALandscapeSection() throws {
        let document = try ReportTemplateTests.document()
        let word = try WordReading.read(DocxReport.render(document))
        XCTAssertEqual(word.tables.count, 1)
        let table = try XCTUnwrap(word.tables.first)
        XCTAssertEqual(table.first, ["Measure", "Priority", "Period", "Value", "Comparison", "Change", "Verdict", "Series"])
        XCTAssertEqual(table.count, document.measures.count + 1)
        // The columns fill landscape A4 inside one-inch margins: 16,838 − 2 × 1,440 = 13,958.
        XCTAssertEqual(DocxReport.appendixWidths.reduce(0, +), 13_958)
        XCTAssertEqual(table.dropFirst().map(\.first), document.measures.map { Optional($0.title) })
        // Two sections: the report in portrait A4 (11,906 × 16,838), the appendix in landscape.
        XCTAssertEqual(word.sections.map(\.width), ["11906", "16838"])
        XCTAssertEqual(word.sections.map(\.orientation), [nil, "landscape"])
    }

    /// Each Series cell is a picture whose relationship names a PNG part in the package.
    func testTheSeriesAreChartsAsPictures() throws {
        let bytes = DocxReport.render(try ReportTemplateTests.document())
        let entries = try ZipReader.entries(bytes)
        let part = { (name: String) in String(decoding: entries.first { $0.name == name }?.bytes ?? [], as: UTF8.self) }
        let xml = part("word/document.xml")
        let relationships = part("word/_rels/document.xml.rels")
        XCTAssertTrue(part("[Content_Types].xml").contains("<Default Extension=\"png\" ContentType=\"image/png\"/>"))
        XCTAssertTrue(xml.contains("<a:blip r:embed=\"rIdChart1\"/>"))
        XCTAssertTrue(relationships.contains("Id=\"rIdChart1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/chart1.png\""))
        XCTAssertTrue(xml.contains("descr=\"Chart of "))
        let png = try XCTUnwrap(entries.first { $0.name == "word/media/chart1.png" }).bytes
        XCTAssertEqual(Array(png.prefix(8)), [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        // IHDR: length 13, 270 × 84, 8-bit palette.
        XCTAssertEqual(Array(png[8..<29]), [0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 0, 0, 1, 14, 0, 0, 0, 84, 8, 3, 0, 0, 0])
    }

    /// Adler-32 of "Wikipedia" is 0x11E60398 (a published value); of "aaaa" a = 1 + 4 × 97 =
    /// 389 (0x185), b = 98 + 195 + 292 + 389 = 974 (0x3CE). "aaaa" in fixed-Huffman deflate,
    /// worked bit by bit: BFINAL 1 and BTYPE 01 (bits 1, 1, 0); the literal 0x61 as code 0x30 +
    /// 0x61 = 10010001; a match of length 3 (symbol 257, code 0000001) at distance 1 (code
    /// 00000); the end of block (symbol 256, code 0000000). Packed from the lowest bit: 0x4B,
    /// 0x04, 0x02, 0x00. Python's zlib.decompress gives b'aaaa' back from these bytes.
    func testFixedDeflateAndAdler32() {
        XCTAssertEqual(PNGImage.adler32(Array("Wikipedia".utf8)), 0x11E6_0398)
        XCTAssertEqual(FixedDeflate.zlib(Array("aaaa".utf8)), [0x78, 0x01, 0x4B, 0x04, 0x02, 0x00, 0x03, 0xCE, 0x01, 0x85])
    }

    /// Two figures, 0 then 10, the second the reporting period: padded by 8% of the range
    /// (0.8) the scale runs −0.8 to 10.8; x is 10 and 260 (10-pixel margins, 270 wide); y is
    /// 70 − round(0.8 / 11.6 × 62) = 66 and 70 − round(10.8 / 11.6 × 62) = 12. The reporting
    /// band is 18 pixels wide about x = 260 (251 to 268).
    func testTheChartIsDrawnWhereTheScaleSays() throws {
        let chart = ChartSeries(points: [ChartPoint(period: period("2022/23"), value: 0, signal: nil),
                                         ChartPoint(period: period("2023/24"), value: 10, signal: nil)],
                                groups: [], reportingIndex: 1, style: .plain)
        let image = try XCTUnwrap(ChartPicture.image(chart))
        XCTAssertEqual(image[10, 66], 1, "the first point")
        XCTAssertEqual(image[260, 12], 1, "the reporting point")
        XCTAssertEqual(image[255, 80], 2, "the reporting band")
        XCTAssertEqual(image[100, 80], 0, "background")
        XCTAssertEqual(image[10, 12], 0, "background")
    }

    /// 4.1 Data has one picture for each headline, under its statement, described by the
    /// chart's text alternative; its PNG is 780 pixels wide.
    func testEachHeadlineHasItsChartAsAPictureWithItsDescription() throws {
        let document = try ReportTemplateTests.document(headlines: ["marac", "momo", "csa_confidence"])
        let bytes = DocxReport.render(document)
        let entries = try ZipReader.entries(bytes)
        let xml = String(decoding: try XCTUnwrap(entries.first { $0.name == "word/document.xml" }).bytes, as: UTF8.self)
        let relationships = String(decoding: try XCTUnwrap(entries.first { $0.name == "word/_rels/document.xml.rels" }).bytes, as: UTF8.self)
        let charts = DocxReport.headlineCharts(document)
        XCTAssertEqual(charts.map(\.title).sorted(), ["Professionals confident to recognise sexual abuse", "Repeat MARAC cases involving children",
                                                      "Statements through the MOMO app"])
        for (index, chart) in charts.enumerated() {
            XCTAssertTrue(xml.contains("<a:blip r:embed=\"rIdHeadline\(index + 1)\"/>"))
            XCTAssertTrue(relationships.contains("Id=\"rIdHeadline\(index + 1)\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/image\" Target=\"media/headline\(index + 1).png\""))
            XCTAssertTrue(xml.contains("descr=\"\(WordBody.escape(chart.textAlternative))\""), chart.title)
            let png = try XCTUnwrap(entries.first { $0.name == "word/media/headline\(index + 1).png" }).bytes
            // IHDR: 780 (0x030C) wide, 8-bit palette.
            XCTAssertEqual(Array(png[16..<20]), [0, 0, 3, 12])
            XCTAssertEqual(Array(png[24..<26]), [8, 3])
        }
        XCTAssertEqual(xml.components(separatedBy: "r:embed=\"rIdHeadline").count - 1, 3, "one picture a headline")
        // Each docPr id is unique: the appendix's 1 to 7, the headlines' 8 to 10.
        let ids = xml.components(separatedBy: "<wp:docPr id=\"").dropFirst().map { $0.prefix { $0 != "\"" } }
        XCTAssertEqual(Set(ids).count, ids.count)
        // The statement before each picture keeps with it.
        XCTAssertEqual(xml.components(separatedBy: "<w:keepNext/><w:numPr>").count - 1, 3)
    }

    /// The MOMO headline's picture: the reporting point in March 2024, the last of 27 months
    /// (January 2022 to March 2024), is at the right of the PNG's frame (760) and drawn in
    /// improvement blue inside a dark ring; the background is white.
    func testTheHeadlinePictureColoursTheSpecialCausePoint() throws {
        let document = try ReportTemplateTests.document(headlines: ["momo"])
        let chart = try XCTUnwrap(DocxReport.headlineCharts(document).first)
        let image = ChartPNG.image(chart)
        let last = try XCTUnwrap(chart.periods.last)
        let x = Int(ChartPNG.frame.x(last.position, chart).rounded()), y = Int(ChartPNG.frame.y(try XCTUnwrap(last.value), chart).rounded())
        // March 2024's middle is 1/54 of the 27 months from the right: 760 − 668/54 = 747.6.
        XCTAssertEqual(x, 748)
        XCTAssertEqual(image[x, y], UInt8(ChartColour.improvement.rawValue))
        XCTAssertEqual(image[x + 8, y], UInt8(ChartColour.ink.rawValue), "the reporting period's ring")
        XCTAssertEqual(image[2, 2], UInt8(ChartColour.background.rawValue))
    }

    /// The bitmap font draws "1" as its 5 × 7 glyph: the stem in the middle column, the foot
    /// across three columns.
    func testThePixelFontDrawsItsGlyphs() {
        var image = PNGImage(width: 10, height: 10, palette: [(255, 255, 255), (0, 0, 0)])
        image.text("1", x: 0, y: 0, scale: 1, colour: 1)
        XCTAssertEqual((0..<7).map { row in (0..<5).map { image[$0, row] == 1 ? "#" : "." }.joined() },
                       ["..#..", ".##..", "..#..", "..#..", "..#..", "..#..", ".###."])
        XCTAssertEqual(PixelFont.width("100%", scale: 2), 46)
    }

    func testXMLEscapesUserText() {
        XCTAssertEqual(WordBody.escape("a & <b> \"c\"\u{1}\nd"), "a &amp; &lt;b&gt; &quot;c&quot; d")
    }
}

/// Reads a ZIP's entries from its central directory; only stored entries, as Assure writes.
enum ZipReader {
    struct Failure: Error { let reason: String }

    static func entries(_ bytes: [UInt8]) throws -> [(name: String, bytes: [UInt8])] {
        func u16(_ at: Int) -> Int { Int(bytes[at]) | Int(bytes[at + 1]) << 8 }
        func u32(_ at: Int) -> Int { u16(at) | u16(at + 2) << 16 }
        guard bytes.count >= 22, u32(bytes.count - 22) == 0x0605_4B50 else { throw Failure(reason: "no end record") }
        let end = bytes.count - 22
        var at = u32(end + 16)
        var entries: [(String, [UInt8])] = []
        for _ in 0..<u16(end + 10) {
            guard u32(at) == 0x0201_4B50 else { throw Failure(reason: "bad central header") }
            guard u16(at + 10) == 0 else { throw Failure(reason: "compressed entry") }
            let crc = UInt32(u32(at + 16)), size = u32(at + 20), nameLength = u16(at + 28)
            let name = String(decoding: bytes[(at + 46)..<(at + 46 + nameLength)], as: UTF8.self)
            let local = u32(at + 42)
            guard u32(local) == 0x0403_4B50 else { throw Failure(reason: "bad local header") }
            let start = local + 30 + u16(local + 26) + u16(local + 28)
            let data = Array(bytes[start..<(start + size)])
            guard CRC32.checksum(data) == crc else { throw Failure(reason: "CRC of \(name)") }
            entries.append((name, data))
            at += 46 + nameLength + u16(at + 30) + u16(at + 32)
        }
        return entries
    }
}

/// What the tests read from `word/document.xml`.
struct WordReading {
    struct Paragraph { var style: String?; var text = ""; var numbering: (id: String, level: String)? }
    struct Section { var width: String?; var orientation: String? }

    var paragraphs: [Paragraph] = []
    var tables: [[[String]]] = []
    var sections: [Section] = []

    static func parse(_ bytes: [UInt8]) throws {
        let parser = XMLParser(data: Data(bytes))
        guard parser.parse() else { throw ZipReader.Failure(reason: parser.parserError.map { "\($0)" } ?? "XML") }
    }

    static func read(_ docx: [UInt8]) throws -> WordReading {
        let document = try XCTUnwrap(try ZipReader.entries(docx).first { $0.name == "word/document.xml" })
        let delegate = Delegate()
        let parser = XMLParser(data: Data(document.bytes))
        parser.delegate = delegate
        guard parser.parse() else { throw ZipReader.Failure(reason: "document.xml") }
        return delegate.reading
    }

    private final class Delegate: NSObject, XMLParserDelegate {
        var reading = WordReading()
        private var paragraph: Paragraph?
        private var inText = false
        private var tableRows: [[String]]?
        private var row: [String]?
        private var cell = ""
        private var numberingLevel = "0"

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            switch name {
            case "w:p": paragraph = Paragraph()
            case "w:pStyle": paragraph?.style = attributes["w:val"]
            case "w:ilvl": numberingLevel = attributes["w:val"] ?? "0"
            case "w:numId": paragraph?.numbering = (attributes["w:val"] ?? "", numberingLevel)
            case "w:t": inText = true
            case "w:tbl": tableRows = []
            case "w:tr": row = []
            case "w:tc": cell = ""
            case "w:sectPr": reading.sections.append(Section())
            case "w:pgSz":
                reading.sections[reading.sections.count - 1].width = attributes["w:w"]
                reading.sections[reading.sections.count - 1].orientation = attributes["w:orient"]
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            guard inText else { return }
            paragraph?.text += string
            if row != nil { cell += string }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "w:t": inText = false
            case "w:p":
                if let paragraph, row == nil { reading.paragraphs.append(paragraph) }
                paragraph = nil
                numberingLevel = "0"
            case "w:tc": row?.append(cell)
            case "w:tr": if let row { tableRows?.append(row) }; row = nil
            case "w:tbl": if let tableRows { reading.tables.append(tableRows) }; tableRows = nil
            default: break
            }
        }
    }
}
