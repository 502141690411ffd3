import AssureData
import Foundation
import XCTest
@testable import AssureLanguage

/// The sample partnership's rules check clean and give the rule set the seeds describe.
final class RuleSetTests: XCTestCase {
    static func sampleRules() throws -> RulesCheckResult {
        let folder = FormatterTests.root.appendingPathComponent("Rules")
        let sources = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "assure" }
            .map { RulesSource(path: "Rules/" + $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
        return Checker().check(sources)
    }

    func testSampleRulesCheckClean() throws {
        let result = try RuleSetTests.sampleRules()
        XCTAssertEqual(result.diagnostics.map { "\($0.range?.description ?? ""): \($0.message)" }, [])
        XCTAssertEqual(result.ruleSet.priorities.count, 10)
        XCTAssertEqual(result.ruleSet.priorities.first?.title, "Themed Priority Area 1: Neglect")
        XCTAssertGreaterThanOrEqual(result.ruleSet.outcomes.count, 3)
    }

    func testMaracRepeatsIsAFinancialYearSumComparedWithTheYearBefore() throws {
        let measure = try XCTUnwrap(RuleSetTests.sampleRules().ruleSet.measures.first { $0.name == "marac_repeats" })
        XCTAssertEqual(measure.period, .financialYear)
        XCTAssertEqual(measure.unit, .count)
        XCTAssertEqual(measure.polarity, .lower)
        XCTAssertEqual(measure.comparisons.map(\.value), [.previousPeriod])
        XCTAssertEqual(measure.change, .percent)
        XCTAssertEqual(measure.minimumBase, 20)
        XCTAssertEqual(Set(measure.narratives.keys), [.doingWell, .furtherExploration])
    }

    func testNeglectShareIsAPercentJudgedInPoints() throws {
        let ruleSet = try RuleSetTests.sampleRules().ruleSet
        let share = try XCTUnwrap(ruleSet.indicators["cp_neglect_share"])
        XCTAssertTrue(share.isDerived)
        XCTAssertEqual(share.unit, .percent)
        XCTAssertEqual(share.frequency, .monthly)
        let measure = try XCTUnwrap(ruleSet.measures.first { $0.name == "neglect_share" })
        XCTAssertEqual(measure.change, .points)
    }

    func testMomoIsJudgedBySPCWithNotices() throws {
        let measure = try XCTUnwrap(RuleSetTests.sampleRules().ruleSet.measures.first { $0.name == "momo_statements" })
        XCTAssertEqual(measure.judgement?.baselinePoints, 24)
        XCTAssertEqual(measure.judgement?.rebases, [try Period.parse("2021-04")])
        XCTAssertEqual(measure.judgement?.screening, false)
        XCTAssertEqual(measure.notices.map(\.kind), [.trend(since: try Period.parse("2023-01")),
                                                     .record(high: true, within: 36, unit: "months"), .run(length: 7)])
    }

    func testSurveysCompareWithThePreviousAvailableValue() throws {
        let surveys = try RuleSetTests.sampleRules().ruleSet.measures.filter { $0.name.hasPrefix("survey_") }
        XCTAssertEqual(surveys.count, 8)
        for measure in surveys {
            XCTAssertEqual(measure.comparisons.first?.value, .previousAvailable, measure.name)
            XCTAssertEqual(measure.period, .calendarYear, measure.name)
        }
    }

    func testIndicatorMissingFromTheDataIsAWarningAndAFrequencyMismatchAnError() {
        let text = "indicator a {\n  unit count; frequency monthly; aggregate sum\n}\nindicator b {\n  unit count; frequency monthly; aggregate sum\n}\n"
        let result = Checker(knownIndicators: ["b": .quarterly]).check([RulesSource(path: "x.assure", text: text)])
        XCTAssertEqual(result.diagnostics.map(\.severity), [.warning, .error])
    }

    func testEditDistanceCountsASwapAsOneEdit() {
        XCTAssertEqual(Suggestions.editDistance("negelct", "neglect"), 1)
        XCTAssertEqual(Suggestions.closest(to: "cp_plan_negelct", among: ["cp_plans_neglect", "cp_plans_total"]), "cp_plans_neglect")
        XCTAssertNil(Suggestions.closest(to: "momo", among: ["cp_plans_total"]))
    }
}
