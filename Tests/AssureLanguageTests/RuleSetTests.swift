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

    /// The sample data's catalogue, copied from the table in `Indicators/README.md`.
    static let sampleCatalogue: [String: Frequency] = [
        "child_population_0_17": .financialYear, "cp_plans_rate_england": .financialYear, "rereferral_rate_england": .financialYear,
        "contacts_received": .monthly, "referrals_csc": .monthly, "rereferral_rate": .monthly, "cp_plans_total": .monthly,
        "cp_plans_neglect": .monthly, "looked_after_children": .monthly, "marac_cases_children": .monthly,
        "marac_repeats_children": .monthly, "da_self_referrals": .quarterly, "missing_episodes": .monthly,
        "return_interviews_72h": .monthly, "children_missing_education": .quarterly, "cse_referrals": .monthly,
        "cce_referrals": .monthly, "nrm_referrals_children": .quarterly, "early_help_assessments": .monthly,
        "thriving_families_assessments": .monthly, "camhs_referrals": .monthly, "camhs_wait_weeks_median": .monthly,
        "serious_incidents_babies": .quarterly, "rapid_reviews": .quarterly, "bitesize_briefing_attendees": .quarterly,
        "website_page_views": .monthly, "website_users": .monthly, "briefing_7min_page_views": .monthly,
        "professional_escalations": .monthly, "training_attendees": .monthly, "momo_statements": .monthly,
        "survey_share_information": .calendarYear, "survey_know_policies": .calendarYear,
        "survey_raise_concerns_supported": .calendarYear, "survey_allegation_colleague": .calendarYear,
        "survey_recognise_neglect": .calendarYear, "survey_recognise_cce": .calendarYear, "survey_recognise_csa": .calendarYear,
        "survey_escalation_policy": .calendarYear, "survey_respondents": .calendarYear,
        "cp_plans_two_years_or_more": .financialYear,
        // The DfE's D5 file, as it comes: the rules name its series with `from`.
        "cpp_two_years_or_more_dfe": .financialYear, "cpp_at_31_march_dfe": .financialYear,
    ]

    func testSampleRulesAgreeWithTheSampleDataCatalogue() throws {
        let folder = FormatterTests.root.appendingPathComponent("Rules")
        let sources = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "assure" }
            .map { RulesSource(path: "Rules/" + $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
        let result = Checker(knownIndicators: RuleSetTests.sampleCatalogue).check(sources)
        XCTAssertEqual(result.diagnostics.map { "\($0.range?.description ?? ""): \($0.message)" }, [])
        // Every recorded indicator of the sample data is declared.
        let declared = Set(result.ruleSet.indicators.keys)
        XCTAssertEqual(Set(RuleSetTests.sampleCatalogue.keys).subtracting(declared), [])
    }

    func testMaracRepeatsIsAFinancialYearSumComparedWithTheYearBefore() throws {
        let measure = try XCTUnwrap(RuleSetTests.sampleRules().ruleSet.measures.first { $0.name == "marac_repeats" })
        XCTAssertEqual(measure.over, .financialYear)
        XCTAssertEqual(measure.unit, .count)
        XCTAssertEqual(measure.polarity, .lower)
        XCTAssertEqual(measure.comparisons, [.previousPeriod])
        XCTAssertEqual(measure.changeKind, .percent)
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
        XCTAssertEqual(measure.changeKind, .points)
    }

    func testMomoIsJudgedBySPCWithNotices() throws {
        let measure = try XCTUnwrap(RuleSetTests.sampleRules().ruleSet.measures.first { $0.name == "momo_statements" })
        XCTAssertEqual(measure.spc?.baselinePoints, 24)
        XCTAssertEqual(measure.spc?.rebaseAt, [try Period.parse("2021-04")])
        XCTAssertEqual(measure.spc?.screening, false)
        XCTAssertEqual(measure.notices.map(\.kind), [.trend(since: try Period.parse("2023-01")),
                                                     .record(high: true, within: .months(36)), .run(length: 7)])
    }

    func testSurveysCompareWithThePreviousAvailableValue() throws {
        let surveys = try RuleSetTests.sampleRules().ruleSet.measures.filter { $0.name.hasPrefix("survey_") }
        XCTAssertEqual(surveys.count, 8)
        for measure in surveys {
            XCTAssertEqual(measure.comparisons.first, .previousAvailable, measure.name)
            XCTAssertEqual(measure.over, .calendarYear, measure.name)
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

/// The language guide lists every placeholder and filter the checker knows.
final class DocumentationTests: XCTestCase {
    func testLanguageGuideListsEveryPlaceholderAndFilter() throws {
        let guide = try String(contentsOf: FormatterTests.root.appendingPathComponent("docs/language.md"), encoding: .utf8)
        for name in PlaceholderName.allCases.map(\.rawValue) {
            XCTAssertTrue(guide.contains("{\(name)}"), "docs/language.md does not list {\(name)}")
        }
        for filter in NarrativeVocabulary.filters.map(\.name) {
            XCTAssertTrue(guide.contains("`\(filter)"), "docs/language.md does not list the filter \(filter)")
        }
    }
}
