import XCTest
import AssureTestSupport
import AssureData
import AssureLanguage
@testable import AssureEngine
@testable import AssureReport

/// Each GSS statistical symbol is said as what it is, in the reason, the default narrative,
/// the data-quality entry and `explain` alike — never as "suppressed (small numbers)" when it
/// is not, and never as a number. The sentences are the issue's own wording.
final class SymbolSentenceTests: XCTestCase {
    private let symbols: [(StatisticalSymbol, String, String)] = [
        (.confidential, "c", "is withheld to protect confidentiality (c)"),
        (.notAvailable, "x", "is not available (x)"),
        (.notApplicable, "z", "is not applicable (z)"),
        (.lowReliability, "u", "has low reliability (u)"),
        (.roundsToZero, "low", "rounds to zero but is not zero (low)"),
    ]

    private let plan = Indicator(name: "cse", title: "CSE referrals", unit: .count, polarity: .lower, aggregation: .sum)

    /// A yearly count (rows 2 and 3 of test.csv) whose 2023/24 figure is `symbol`.
    private func finding(_ symbol: StatisticalSymbol, _ marker: String) -> MeasureFinding {
        let series = TestSeries(.financialYear, values: [("2022/23", .value(40)), ("2023/24", .symbol(symbol, marker: marker))])
        let measure = Measure(name: "cse", title: "CSE referrals", value: .indicator("cse"), over: .financialYear,
                              comparisons: [.previousPeriod])
        return MeasureEvaluator(indicators: ["cse": plan], data: TestData(series: ["cse": series]))
            .evaluate(measure, asOf: period("2023/24"))
    }

    func testEachSymbolIsTheReasonInItsOwnWords() {
        for (symbol, marker, words) in symbols {
            let reason = NoteReason.symbols([MarkedFigure(period: period("2023/24"), symbol: symbol, marker: marker)])
            XCTAssertEqual(ReasonText.reason(reason, period: period("2023/24")), "the figure for 2023/24 " + words)
        }
    }

    func testTheDefaultSentenceSaysWhatTheSymbolIs() {
        for (symbol, marker, words) in symbols {
            XCTAssertEqual(Narrative.defaultSentence(finding(symbol, marker)),
                           "CSE referrals: no figure for 2023/24, because the figure for 2023/24 \(words).")
        }
    }

    func testExplainSaysWhatTheSymbolIs() {
        let text = Explanation.text(finding(.notAvailable, "[x]"), asOf: period("2023/24"))
        XCTAssertTrue(text.contains("    2023/24    not available ([x])   test.csv:3\n"), text)
        XCTAssertTrue(text.hasSuffix("Verdict: area to note, because the figure for 2023/24 is not available ([x]).\n"), text)
        let json = ExplanationJSON.render(finding(.roundsToZero, "low"), asOf: period("2023/24"))
        XCTAssertTrue(json.contains("\"value\": null, \"status\": \"rounds_to_zero\", \"marker\": \"low\""), json)
    }

    func testTheDataQualityEntryNamesTheSymbol() throws {
        for (symbol, marker, words) in symbols {
            let entry = try XCTUnwrap(DataQuality.entry(for: finding(symbol, marker), indicators: ["cse": plan]))
            XCTAssertEqual(entry.kind, .notJudged, marker)
            XCTAssertEqual(entry.symbols, [symbol], marker)
            // The indicator is the measure itself, so it is not named again.
            XCTAssertEqual(entry.text, "the figure for 2023/24 \(words), so it could not be judged", marker)
        }
    }

    /// Several periods: one clause a symbol (in the order c, x, z, u, low), the markers as the
    /// file wrote them, plural where there are several periods.
    func testSeveralSymbolsAreEachSaid() {
        let figures = [
            MarkedFigure(period: period("2024-01"), symbol: .notAvailable, marker: "x"),
            MarkedFigure(period: period("2023-11"), symbol: .confidential, marker: "c"),
            MarkedFigure(period: period("2023-12"), symbol: .confidential, marker: "[c]"),
            MarkedFigure(period: period("2024-02"), symbol: .roundsToZero, marker: "low"),
            MarkedFigure(period: period("2024-03"), symbol: .roundsToZero, marker: "k"),
        ]
        XCTAssertEqual(ReasonText.symbols(figures),
                       "the figures for November 2023 and December 2023 are withheld to protect confidentiality (c, [c]), "
                       + "the figure for January 2024 is not available (x) "
                       + "and the figures for February 2024 and March 2024 round to zero but are not zero (low, k)")
    }

    /// `say small numbers` is the minimum base's sentence; a symbol, `c` included, is a figure
    /// not given, worded by `say no figure` (whose `{reason}` says what the symbol is).
    func testEverySymbolFallsUnderNoFigureNeverSmallNumbers() {
        for (symbol, marker, _) in symbols {
            let reason = NoteReason.symbols([MarkedFigure(period: period("2023/24"), symbol: symbol, marker: marker)])
            XCTAssertEqual(NoteSentence(reason), .noFigure, marker)
        }
        XCTAssertEqual(NoteSentence(.belowMinimumBase(base: 3, minimum: 20)), .smallNumbers)
    }
}
