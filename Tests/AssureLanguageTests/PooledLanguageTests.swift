import AssureData
import XCTest
@testable import AssureLanguage

/// Pooled years in the language: `frequency pooled 3 calendar years` on an indicator,
/// `over pooled 3 financial years` on a measure, and what cannot be asked of a pool.
final class PooledLanguageTests: XCTestCase {
    private func check(_ text: String, known: [String: Frequency]? = nil) -> RulesCheckResult {
        Checker(knownIndicators: known).check([RulesSource(path: "r.assure", text: """
        report { title "T"; period pooled 3 calendar years }
        priority p { title "P" }
        indicator deaths { unit rate per 1,000; frequency pooled 3 calendar years; better lower }
        indicator admissions { unit count; frequency pooled 3 financial years; aggregate sum }
        indicator births { unit count; frequency calendar year; aggregate sum }

        """ + text)])
    }

    private func located(_ result: RulesCheckResult) -> [String] {
        result.diagnostics.map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"): \($0.message)" }
    }

    func testPooledFrequencyAndPeriodRead() throws {
        let result = check("""
        measure m { priority p; value deaths; compare with previous period }
        measure n { priority p; value admissions over pooled 3 financial years; compare with baseline 2014/15 - 16/17 }
        """)
        XCTAssertEqual(located(result), [])
        XCTAssertEqual(result.ruleSet.report.period, .pooled(years: 3, of: .calendar))
        XCTAssertEqual(result.ruleSet.indicators["deaths"]?.frequency, .pooled(years: 3, of: .calendar))
        XCTAssertEqual(result.ruleSet.measures.map(\.over), [.pooled(years: 3, of: .calendar), .pooled(years: 3, of: .financial)])
        let baseline = try XCTUnwrap(result.ruleSet.measures.last?.comparisons.first)
        XCTAssertEqual(baseline, .baseline(.pooled(PooledYears(kind: .financial, firstYear: 2014, lastYear: 2016))))
    }

    func testSamePeriodLastYearIsAnErrorOverPooledYears() {
        let result = check("measure m { priority p; value deaths; compare with same period last year }")
        XCTAssertEqual(located(result), ["6:39: a measure over 3 calendar years pooled has no same period last year: the pool a year earlier shares 2 of its 3 years, so a change between them is not a change between separate samples"])
        XCTAssertEqual(result.diagnostics.first?.help,
                       "write 'compare with previous period', the latest pool that does not overlap (2014 - 16 for 2017 - 19), or compare with England, the region or statistical neighbours for the same pool")
    }

    func testABaselineOfAnotherKindOrLengthIsRefused() {
        let result = check("measure m { priority p; value deaths; compare with baseline 2016 - 20 }")
        XCTAssertEqual(located(result), ["6:61: the baseline 2016 - 20 is 5 calendar years pooled, but the measure is taken over 3 calendar years pooled"])
        XCTAssertEqual(result.diagnostics.first?.help, "write a period of the measure's kind, such as 2018 - 20")
    }

    func testPoolsCannotBeCombinedWithSingleYears() {
        let result = check("indicator per_birth = deaths / births { unit number }\n")
        XCTAssertEqual(located(result).first, "6:23: figures of 3 calendar years pooled cannot be combined with figures of another frequency")
    }

    func testAPooledFrequencyNeedsItsYearsAndKind() {
        let missingNumber = Checker().check([RulesSource(path: "r.assure", text: "indicator d { unit count; frequency pooled calendar years }")])
        XCTAssertEqual(missingNumber.diagnostics.first?.message,
                       "expected how many years are pooled (2 to 20) after 'pooled', found 'calendar'")
        let missingKind = Checker().check([RulesSource(path: "r.assure", text: "indicator d { unit count; frequency pooled 3 years }")])
        XCTAssertEqual(missingKind.diagnostics.first?.message,
                       "expected the kind of years pooled ('calendar' or 'financial'), found 'years'")
    }

    func testTheDataSaysWhichFrequencyToDeclare() {
        let result = check("", known: ["deaths": .pooled(years: 5, of: .calendar), "admissions": .pooled(years: 3, of: .financial),
                                       "births": .calendarYear])
        XCTAssertEqual(located(result), ["3:51: indicator 'deaths' is declared 3 calendar years pooled, but Indicators/ holds it 5 calendar years pooled"])
        XCTAssertEqual(result.diagnostics.first?.help, "write 'frequency pooled 5 calendar years'")
    }
}
