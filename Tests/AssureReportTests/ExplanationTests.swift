import XCTest
import AssureTestSupport
import AssureData
import AssureLanguage
@testable import AssureEngine
@testable import AssureReport

/// `assure explain` in words: the series with missing values and symbols marked, how it
/// was aggregated, the comparison, each condition and the verdict.
final class ExplanationTests: XCTestCase {
    func testExplainsAFinancialYearSumDownTwentySixPercent() {
        // 2022/23: eleven months of 21 and March 19 = 250; 2023/24: eleven of 15 and March 20 = 185.
        let series = TestSeries(monthlyFrom: "2022-04", Array(repeating: 21, count: 11) + [19] + Array(repeating: 15, count: 11) + [20])
        let repeats = Indicator(name: "repeats", title: "Repeat cases", unit: .count, polarity: .lower, aggregation: .sum)
        let range = SourceRange(file: "Rules/domestic_abuse.assure", line: 12, column: 1)
        let measure = Measure(
            name: "marac_repeats", title: "Repeat MARAC cases", priority: "domestic_abuse", range: range,
            value: .indicator("repeats"), over: .financialYear, comparisons: [.previousPeriod], minimumBase: 20,
            rules: [ClassificationRule(.doingWell, when: .compare(.figure(.change), .lessOrEqual, .number(-10)), text: "doing well when change <= -10%",
                                           range: SourceRange(file: "Rules/domestic_abuse.assure", line: 17, column: 3))])
        let finding = MeasureEvaluator(indicators: ["repeats": repeats], data: TestData(series: ["repeats": series]))
            .evaluate(measure, asOf: period("2023/24"))
        let text = Explanation.text(finding, asOf: period("2023/24"))
        XCTAssertTrue(text.contains("Value for 2023/24: 185\n"))
        XCTAssertTrue(text.contains("  change: −65 (185 − 250); −26% of 250, decrease\n"))
        XCTAssertTrue(text.hasSuffix("Verdict: what we are doing well, because 'doing well when change <= -10%' held (Rules/domestic_abuse.assure:17:3).\n"))
        assertGolden(text, "explain-financial-year-sum.txt")
        let json = ExplanationJSON.render(finding, asOf: period("2023/24"))
        XCTAssertTrue(json.contains("\"change\": {\"absolute\": -65, \"percent\": -26, \"points\": null, \"direction\": \"decrease\"}"))
        assertGolden(json, "explain-financial-year-sum.json")
    }

    func testExplainMarksWithheldAndMissingValues() {
        let series = TestSeries(.monthly, values: [("2023-10", .value(3)), ("2023-11", .symbol(.confidential, marker: "c")), ("2023-12", .missing),
                                                   ("2023-07", .value(5)), ("2023-08", .value(6)), ("2023-09", .value(7))])
        let plan = Indicator(name: "cse", title: "CSE referrals", unit: .count, polarity: .neither, aggregation: .sum)
        let finding = MeasureEvaluator(indicators: ["cse": plan], data: TestData(series: ["cse": series]))
            .evaluate(Measure(name: "cse", title: "CSE", value: .indicator("cse"), over: .quarter, comparisons: [.previousPeriod]),
                      asOf: period("2023/24 Q3"))
        let text = Explanation.text(finding, asOf: period("2023/24 Q3"))
        XCTAssertTrue(text.contains("    2023-11    confidential (c)   test.csv:3\n"))
        XCTAssertTrue(text.contains("    2023-12    missing   test.csv:4\n"))
        XCTAssertTrue(text.hasSuffix("Verdict: area to note, because the figure for November 2023 is withheld to protect confidentiality (c).\n"))
        assertGolden(text, "explain-suppressed-quarter.txt")
    }

    func testFigureTextNeverPrintsNegativeZeroOrNonsense() {
        XCTAssertEqual(FigureText.number(-0.00001), "0")
        XCTAssertEqual(FigureText.number(59370), "59,370")
        XCTAssertEqual(FigureText.number(173.0 / 389 * 100), "44.473")
        XCTAssertEqual(FigureText.number(.nan), "none")
        XCTAssertEqual(FigureText.signed(-26), "−26")
        XCTAssertEqual(FigureText.signed(0), "0")
        XCTAssertEqual(FigureText.number(-2.5), "-2.5")
    }
}
