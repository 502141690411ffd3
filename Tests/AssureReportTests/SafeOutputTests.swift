import XCTest
@testable import AssureReport

/// What user text can do to the written reports: nothing. A cell of `measures.csv` that a
/// spreadsheet would run as a formula is neutralised, and text in the Markdown report cannot
/// open a heading, a fence, a list or a table cell of its own.
final class SafeOutputTests: XCTestCase {
    // MARK: measures.csv

    func testAFormulaIsNeutralised() {
        XCTAssertEqual(CSVReport.field("=1+2"), "'=1+2")
        XCTAssertEqual(CSVReport.field("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVReport.field("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0")
        XCTAssertEqual(CSVReport.field("-2+3"), "'-2+3")
    }

    func testAFormulaAfterLeadingBlanksIsNeutralised() {
        XCTAssertEqual(CSVReport.field(" =1+2"), "' =1+2")
        XCTAssertEqual(CSVReport.field("  @SUM(A1)"), "'  @SUM(A1)")
        XCTAssertEqual(CSVReport.field("\t=1+2"), "'\t=1+2")
        // A carriage return also makes the field quoted.
        XCTAssertEqual(CSVReport.field("\r=1+2"), "\"'\r=1+2\"")
        XCTAssertEqual(CSVReport.field("\n-2+3"), "\"'\n-2+3\"")
    }

    /// A line end written CRLF is one Swift Character, equal to neither "\r" nor "\n": the
    /// field is still quoted (RFC 4180: a field holding a line break is enclosed in quotes),
    /// and a text report's line still has no line break inside it.
    func testAFieldHoldingACRLFLineEndIsQuotedAndATextLineHasNone() {
        XCTAssertEqual(CSVReport.field("first\r\nsecond"), "\"first\r\nsecond\"")
        XCTAssertEqual(TextReport.oneLine("first\r\nsecond"), "first second")
        XCTAssertEqual(TextReport.oneLine("a\nb\rc"), "a b c")
    }

    func testAFieldStartingWithATabOrCarriageReturnIsNeutralised() {
        XCTAssertEqual(CSVReport.field("\tplain"), "'\tplain")
        XCTAssertEqual(CSVReport.field("\rplain"), "\"'\rplain\"")
    }

    func testTextThatAParserReadsAsANumberIsNotANumber() {
        XCTAssertEqual(CSVReport.field("-inf"), "'-inf")
        XCTAssertEqual(CSVReport.field("-nan"), "'-nan")
        XCTAssertEqual(CSVReport.field("-0x1p3"), "'-0x1p3")
        XCTAssertEqual(CSVReport.field("+infinity"), "'+infinity")
        XCTAssertEqual(CSVReport.field("-1."), "'-1.")
        XCTAssertEqual(CSVReport.field("-.5"), "'-.5")
    }

    func testPlainDecimalNumbersAreLeftAsTheyAre() {
        XCTAssertEqual(CSVReport.field("-12.5"), "-12.5")
        XCTAssertEqual(CSVReport.field("-3"), "-3")
        XCTAssertEqual(CSVReport.field("+0.1"), "+0.1")
        XCTAssertEqual(CSVReport.field("-1.5e-07"), "-1.5e-07")
        XCTAssertEqual(CSVReport.field("-2E+10"), "-2E+10")
    }

    func testOrdinaryTextIsLeftAsItIs() {
        XCTAssertEqual(CSVReport.field("a=b"), "a=b")
        XCTAssertEqual(CSVReport.field("  indented"), "  indented")
        XCTAssertEqual(CSVReport.field(""), "")
        XCTAssertEqual(CSVReport.field("one, two"), "\"one, two\"")
    }

    // MARK: Markdown

    func testLineBreaksBecomeSpaces() {
        XCTAssertEqual(MarkdownText.escape("line one\nline two\r\nthree\rfour\u{2028}five"), "line one line two three four five")
    }

    func testFencesAreEscaped() {
        XCTAssertEqual(MarkdownText.escape("```swift"), "\\`\\`\\`swift")
        XCTAssertEqual(MarkdownText.escape("~~~"), "\\~\\~\\~")
        XCTAssertEqual(MarkdownText.escape("title\n```\ncode"), "title \\`\\`\\` code")
    }

    func testHeadingsQuotesAndHTMLAreEscaped() {
        XCTAssertEqual(MarkdownText.escape("# Heading"), "\\# Heading")
        XCTAssertEqual(MarkdownText.escape("title\n## Injected"), "title \\#\\# Injected")
        XCTAssertEqual(MarkdownText.escape("> quote"), "\\> quote")
        XCTAssertEqual(MarkdownText.escape("<b>bold</b>"), "\\<b\\>bold\\</b\\>")
    }

    func testTableCellsKeepTheirPipes() {
        XCTAssertEqual(MarkdownText.escape("a | b"), "a \\| b")
        // Dashes inside a line are no rule: only the pipes matter there.
        XCTAssertEqual(MarkdownText.escape("| --- |"), "\\| --- \\|")
    }

    func testListMarkersAndRulesAtTheStartAreEscaped() {
        XCTAssertEqual(MarkdownText.escape("- item"), "\\- item")
        XCTAssertEqual(MarkdownText.escape("+ item"), "\\+ item")
        XCTAssertEqual(MarkdownText.escape("---"), "\\---")
        XCTAssertEqual(MarkdownText.escape("==="), "\\===")
        XCTAssertEqual(MarkdownText.escape("1. first"), "1\\. first")
        XCTAssertEqual(MarkdownText.escape("12) twelfth"), "12\\) twelfth")
    }

    func testSignsAndDecimalsAtTheStartAreLeftAsTheyAre() {
        XCTAssertEqual(MarkdownText.escape("+4.5 points"), "+4.5 points")
        XCTAssertEqual(MarkdownText.escape("-3"), "-3")
        XCTAssertEqual(MarkdownText.escape("18.3% of referrals"), "18.3% of referrals")
        XCTAssertEqual(MarkdownText.escape("a - b"), "a - b")
    }

    func testLeadingBlanksCannotMakeACodeBlock() {
        XCTAssertEqual(MarkdownText.escape("    indented code"), "indented code")
        XCTAssertEqual(MarkdownText.escape("\tx\t\ty"), "x y")
    }

    func testEntitiesAndEmphasisAreEscaped() {
        XCTAssertEqual(MarkdownText.escape("&amp; &#60;"), "\\&amp; \\&\\#60;")
        XCTAssertEqual(MarkdownText.escape("heard & acted on"), "heard & acted on")
        XCTAssertEqual(MarkdownText.escape("*a* _b_ [c](d) \\"), "\\*a\\* \\_b\\_ \\[c\\](d) \\\\")
    }

    func testAFileNameIsEscaped() {
        XCTAssertEqual(MarkdownText.escape("Indicators/early_help.csv"), "Indicators/early\\_help.csv")
    }
}
