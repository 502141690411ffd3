import AssureData
import AssureEngine
import AssureLanguage
import AssureReport
import AssureTestSupport
import Foundation
import XCTest

/// What `assure check` accepts is exactly what the report judges: the cases found by trying
/// the product as a new user would, each through the checker and the engine, with the figure
/// worked by hand.
final class CheckToReportTests: XCTestCase {
    /// A tiny partnership in a temporary folder: rules text and indicator files.
    private struct Partnership {
        let folder: TemporaryFolder
        let load: PartnershipLoad

        init(rules: String, data: [String: String]) throws {
            folder = try TemporaryFolder()
            try folder.write("Rules/rules.assure", rules)
            for (name, text) in data { try folder.write("Indicators/\(name)", text) }
            load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        }

        var errors: [String] {
            load.diagnostics.filter { $0.severity == .error }.map { d in
                "\(d.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"): \(d.message)"
            }
        }

        func finding(_ measure: String, asOf text: String) throws -> MeasureFinding {
            let partnership = try XCTUnwrap(load.partnership, "did not load: \(errors)")
            let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: try Period.parse(text)))
            return try XCTUnwrap(assessment.measures.first { $0.measure.name == measure })
        }
    }

    private static let header = """
    priority p { title "P" }
    indicator repeats {
      unit count
      frequency monthly
      better lower
      aggregate sum
    }

    """

    /// 24 months from April 2022: 2022/23 sums to 250, 2023/24 to 185 (as the sample's MARAC).
    private static let repeatsCSV: String = {
        var lines = ["indicator,period,value"]
        let first = Array(repeating: 21, count: 11) + [19]
        let second = Array(repeating: 15, count: 11) + [20]
        for (offset, value) in (first + second).enumerated() {
            lines.append("repeats,\(period("2022-04").advanced(by: offset).code),\(value)")
        }
        return lines.joined(separator: "\n") + "\n"
    }()

    func testAnAggregationCallInAConditionIsAnErrorAtItsPlaceNotADroppedRule() throws {
        let rules = CheckToReportTests.header + """
        measure m {
          priority p
          value repeats over financial year
          compare with previous period
          doing well when sum(change) <= -10%
        }
        """
        let partnership = try Partnership(rules: rules, data: ["r.csv": CheckToReportTests.repeatsCSV])
        XCTAssertEqual(partnership.errors.count, 1)
        XCTAssertTrue(partnership.errors.first?.hasPrefix("12:19: 'sum' takes an indicator") ?? false, "\(partnership.errors)")
        XCTAssertNil(partnership.load.partnership)
    }

    func testArithmeticInsideAnAggregationIsAnErrorAtTheArgument() throws {
        let rules = CheckToReportTests.header + """
        measure m {
          priority p
          value sum(repeats * 1) over financial year
        }
        """
        let partnership = try Partnership(rules: rules, data: ["r.csv": CheckToReportTests.repeatsCSV])
        XCTAssertEqual(partnership.errors, ["10:13: 'sum' takes one indicator, not arithmetic"])
    }

    func testEveryRuleTheCheckerAcceptsIsTriedByTheEngine() throws {
        let rules = CheckToReportTests.header + """
        measure m {
          priority p
          value sum(repeats) over financial year
          compare with previous period
          explore when change >= 10%
          doing well when -change >= 10% and not (value > 200)
          say doing well "Down {change.percent|abs} to {value}."
          say explore "Up."
        }
        """
        let partnership = try Partnership(rules: rules, data: ["r.csv": CheckToReportTests.repeatsCSV])
        let finding = try partnership.finding("m", asOf: "2023/24")
        // 185 against 250: (185 − 250) / 250 = −26%; −change = 26 ≥ 10 and 185 ≤ 200.
        XCTAssertEqual(finding.current.value, 185)
        XCTAssertEqual(finding.verdict, .doingWell)
        XCTAssertEqual(finding.rules.map(\.rule.text), ["explore when change >= 10%", "doing well when (-change >= 10% and not (value > 200))"])
        XCTAssertEqual(finding.decidingRule?.text, "doing well when (-change >= 10% and not (value > 200))")
    }

    func testARecordedRatioRatePerTenThousandIsFivePerTenThousandForTheYear() throws {
        let rules = """
        priority p { title "P" }
        indicator rate {
          unit rate per 10,000
          frequency monthly
          aggregate ratio
        }
        measure m {
          priority p
          value rate over financial year
        }
        """
        var csv = ["indicator,period,value,numerator,denominator"]
        for offset in 0..<12 { csv.append("rate,\(period("2023-04").advanced(by: offset).code),5,30,60000") }
        let partnership = try Partnership(rules: rules, data: ["rate.csv": csv.joined(separator: "\n") + "\n"])
        // 12 × 30 = 360 over 12 × 60,000 = 720,000, × 10,000 = 5.
        XCTAssertEqual(try partnership.finding("m", asOf: "2023/24").current.value, 5)
    }

    func testAMonthlyRateOverAnAnnualPopulationIsTheMonthsPlansOverThatYearsPopulation() throws {
        let rules = """
        priority p { title "P" }
        indicator plans {
          unit count
          frequency monthly
          aggregate last
        }
        indicator population {
          unit count
          frequency financial year
          aggregate last
        }
        indicator plans_rate = plans / population {
          unit rate per 10,000
        }
        measure monthly {
          priority p
          value plans_rate over month
        }
        measure quarterly {
          priority p
          value plans_rate over quarter
        }
        """
        let data = [
            "plans.csv": "indicator,period,value\nplans,2023-10,300\nplans,2023-11,312\nplans,2023-12,318\n",
            "population.csv": "indicator,period,value\npopulation,2023/24,60000\n",
        ]
        let partnership = try Partnership(rules: rules, data: data)
        XCTAssertEqual(partnership.errors, [])
        // October: 300 / 60,000 × 10,000 = 50. Quarter 3 (a stock: its last month): 318 / 60,000 × 10,000 = 53.
        XCTAssertEqual(try partnership.finding("monthly", asOf: "2023-10").current.value, 50)
        XCTAssertEqual(try partnership.finding("quarterly", asOf: "2023/24 Q3").current.value, 53)
    }

    func testAnAnnualFlowCannotBeSharedOutOverMonthsAndCheckSaysSo() throws {
        let rules = """
        priority p { title "P" }
        indicator referrals {
          unit count
          frequency monthly
          aggregate sum
        }
        indicator admissions {
          unit count
          frequency financial year
          aggregate sum
        }
        indicator share = referrals / admissions {
          unit percent
        }
        """
        let partnership = try Partnership(rules: rules, data: [
            "a.csv": "indicator,period,value\nreferrals,2023-10,3\n",
            "b.csv": "indicator,period,value\nadmissions,2023/24,30\n",
        ])
        XCTAssertEqual(partnership.errors.count, 1)
        XCTAssertTrue(partnership.errors.first?.hasPrefix("12:19: 'admissions' is annual") ?? false, "\(partnership.errors)")
    }

    func testAPlaceholderFilterThatCannotFormatItsFigureIsACheckError() throws {
        let rules = CheckToReportTests.header + """
        measure m {
          priority p
          value repeats over financial year
          compare with previous period
          to note when change > 0%
          say to note "In {period|abs} it rose."
        }
        """
        let partnership = try Partnership(rules: rules, data: ["r.csv": CheckToReportTests.repeatsCSV])
        XCTAssertEqual(partnership.errors, ["13:27: 'abs' formats a number, but '{period}' gives a period here"])
    }

    /// A statistical symbol goes from the file to the report as what it is, through the
    /// checker, the engine and the rules' own `say no figure` sentence (whose {reason} says
    /// the symbol), and never through `say small numbers`, which is the minimum base's.
    func testASymbolIsWordedByTheRulesSayNoFigureAsWhatItIs() throws {
        let rules = """
        priority p { title "P" }
        indicator cse {
          unit count
          frequency calendar year
          better lower
          aggregate sum
        }
        measure m {
          title "CSE referrals"
          priority p
          value cse
          compare with previous period
          minimum base 5
          explore when change >= 10%
          say explore "Up."
          say small numbers "Too few to judge."
          say no figure "{title}: no figure for {period}, because {reason}."
        }
        """
        let expected: [(String, StatisticalSymbol, String)] = [
            ("x", .notAvailable, "is not available (x)"),
            ("[z]", .notApplicable, "is not applicable ([z])"),
            ("u", .lowReliability, "has low reliability (u)"),
            ("low", .roundsToZero, "rounds to zero but is not zero (low)"),
            ("c", .confidential, "is withheld to protect confidentiality (c)"),
        ]
        for (marker, symbol, words) in expected {
            let partnership = try Partnership(rules: rules, data: ["cse.csv": "indicator,period,value\ncse,2022,40\ncse,2023,\(marker)\n"])
            XCTAssertEqual(partnership.errors, [], marker)
            let finding = try partnership.finding("m", asOf: "2023")
            XCTAssertNil(finding.current.value, marker)
            XCTAssertEqual(finding.verdict, .toNote(.symbols([MarkedFigure(period: period("2023"), symbol: symbol, marker: marker)])), marker)
            XCTAssertEqual(Narrative.sentence(for: finding), .sentence("CSE referrals: no figure for 2023, because the figure for 2023 \(words)."), marker)
        }
    }
}

/// Rules files that used to give an empty report with exit 0.
final class SilentEmptyTests: XCTestCase {
    func testRulesWithCarriageReturnLineEndsAreReadLineByLine() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let rules = "# Old Mac line ends\rpriority p { title \"P\" }\rindicator repeats {\r  unit count\r  frequency monthly\r  aggregate sum\r}\r"
            + "measure m {\r  priority p\r  value repeats over financial year\r}\r"
        try folder.write("Rules/r.assure", rules)
        try folder.write("Indicators/r.csv", "indicator,period,value\nrepeats,2023-04,4\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }.map(\.message), [])
        XCTAssertEqual(load.partnership?.ruleSet.measures.map(\.name), ["m"])
        // Line 10 is the measure's value, as an editor that shows CR line ends would number it.
        let broken = rules.replacingOccurrences(of: "value repeats", with: "value repeets")
        try folder.write("Rules/r.assure", broken)
        let diagnostics = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators").diagnostics
        XCTAssertEqual(diagnostics.filter { $0.severity == .error }.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0)" }, ["10:9"])
    }

    func testRulesWithNoMeasuresAreAnErrorNotAnEmptyReport() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/empty.assure", "")
        try folder.write("Indicators/r.csv", "indicator,period,value\nrepeats,2023-04,4\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        XCTAssertNil(load.partnership)
        let errors = load.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.map(\.message), ["the rules define no measures, so a report would judge nothing"])
        XCTAssertEqual(errors.first?.range?.description.hasSuffix("Rules/empty.assure:1:1"), true)
    }
}

/// Figures that break their declared unit are data errors at their rows.
final class UnitCheckTests: XCTestCase {
    func testAPercentageOverAHundredAndANegativeCountAreErrorsAtTheirRows() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", """
        priority p { title "P" }
        indicator share { unit percent; frequency monthly; aggregate last }
        indicator events { unit count; frequency monthly; aggregate sum }
        measure m { priority p; value share }
        measure n { priority p; value events }
        """)
        try folder.write("Indicators/a.csv", "indicator,period,value\nshare,2023-04,99\nshare,2023-05,110\nevents,2023-04,-3\nevents,2023-05,4\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        XCTAssertNil(load.partnership)
        XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }.map { "\($0.range?.start.line ?? 0): \($0.message)" }, [
            "3: the percentage 110 is outside 0% to 100% for indicator 'share', 2023-05",
            "4: the count -3 is negative for indicator 'events', 2023-04",
        ])
    }
}

/// Comparison with a benchmark the public-health way: the local value's interval against the
/// benchmark figure.
final class BenchmarkChanceTests: XCTestCase {
    func testThreeOfFiveAgainstEnglandsFortyPercentIsSimilarNotDoingWell() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", """
        priority p { title "P" }
        indicator share { unit percent; frequency financial year; better higher; aggregate ratio }
        indicator share_england { unit percent; frequency financial year; better higher; aggregate last }
        measure m {
          priority p
          value share
          compare with benchmark share_england "England"
          doing well when value > benchmark
          say doing well "Above England."
        }
        """)
        try folder.write("Indicators/a.csv", "indicator,period,value,numerator,denominator\nshare,2023/24,60,3,5\nshare_england,2023/24,40,,\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics)")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: try Period.parse("2023/24")))
        let finding = try XCTUnwrap(assessment.measures.first)
        // Wilson 95% interval of 3/5: 23.07% to 88.24% (statsmodels proportion_confint(3, 5,
        // method='wilson') = (0.2307, 0.8824)), which holds 40%: similar.
        let test = try XCTUnwrap(finding.primaryComparison?.chance.test)
        XCTAssertEqual(test.benchmark, .similar)
        XCTAssertEqual(test.interval.lower, 23.07, accuracy: 0.01)
        XCTAssertEqual(test.interval.upper, 88.24, accuracy: 0.01)
        guard case .toNote(.withinChance) = finding.verdict else { return XCTFail("\(finding.verdict)") }
        let sentence = Narrative.sentence(for: finding).text ?? ""
        XCTAssertEqual(sentence, "Share: 60% in 2023/24, above England (40%); the gap from England is within what chance alone would give: "
                       + "the 95% interval of 60%, 23.1% to 88.2%, includes 40%.")
    }
}

/// `assure check` says when a rule judges changes that no test can tell from chance, and what
/// data would make them testable.
final class UntestableRuleTests: XCTestCase {
    private func warnings(_ rules: String) throws -> [String] {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("Rules/r.assure", rules)
        try folder.write("Indicators/a.csv", "indicator,period,value\nshare,2022,40\nshare,2023,45\n")
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        return load.diagnostics.filter { $0.severity == .warning }.map(\.message)
    }

    private let base = """
    priority p { title "P" }
    indicator share { unit percent; frequency calendar year; better higher }
    measure m {
      priority p
      value share
      compare with previous period
      doing well when change >= 2 points
      say doing well "Up."

    """

    func testAPercentageWithoutItsDenominatorIsAWarningSayingWhatWouldMakeItTestable() throws {
        XCTAssertEqual(try warnings(base + "}\n"), [
            "measure 'm' is judged by its rules, but no test can tell its changes from chance: 'share' has no denominator (the children, cases or respondents behind it)",
        ])
    }

    func testIgnoreChanceSaysSoAndSilencesTheWarning() throws {
        XCTAssertEqual(try warnings(base + "  ignore chance\n}\n"), [])
    }
}
