import AssureData
import AssureEngine
import AssureLanguage
import AssureReport
import Foundation
import XCTest

/// The example on real data only (`docs/examples/salford/`): Salford (E08000006) judged
/// against England, the North West (E12000002) and its statistical neighbours from the DfE's
/// published files as they come, for 2023/24 (`time_period` 2024, the year to 31 March 2024).
/// Every figure below was worked by hand from the CSV rows named (and checked once with
/// Python's csv module, reading the same files); none is copied from Assure's output.
final class SalfordExampleTests: XCTestCase {
    private static let folder = Sample.root.appendingPathComponent("docs/examples/salford")

    private func assessment() throws -> Assessment {
        let load = PartnershipLoader.load(rules: Self.folder.appendingPathComponent("Rules").path,
                                          indicators: Self.folder.appendingPathComponent("Indicators").path)
        let partnership = try XCTUnwrap(load.partnership, "the Salford example did not load: \(load.diagnostics)")
        XCTAssertEqual(load.diagnostics, [], "the example checks clean")
        return try Assessment.assess(partnership.ruleSet, data: partnership.data, period: try Period.parse("2023/24"))
    }

    private func comparison(_ kind: ComparatorKind, of finding: MeasureFinding) throws -> ComparisonFinding {
        try XCTUnwrap(finding.comparisons.first { $0.comparator?.kind == kind }, "no comparison with \(kind)")
    }

    /// The report committed as docs/examples/salford/report.md is what the example produces
    /// (`cd docs/examples/salford && assure report --period 2023/24 --format md`).
    func testTheCommittedReportIsWhatTheExampleProduces() throws {
        let document = ReportDocument(try assessment(), date: ReportDate.end(of: try Period.parse("2023/24")))
        let rendered = ReportFormat.markdown.render(document).replacingOccurrences(of: Self.folder.path + "/", with: "")
        let url = Self.folder.appendingPathComponent("report.md")
        if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
            try Data(rendered.utf8).write(to: url)
            return
        }
        XCTAssertEqual(rendered, try String(contentsOf: url, encoding: .utf8),
                       "docs/examples/salford/report.md differs; rerun with ASSURE_UPDATE_GOLDEN=1 and review the diff")
    }

    /// Child protection plans open two years or more at 31 March 2024 (D5, `2_years_or_more`
    /// over `CPP_At31`, time_period 2024):
    /// - Salford: 13 of 434 = 2.995% (the file rounds it to 3).
    /// - England: 1,270 of 49,900 = 2.545%; North West: 190 of 7,800 = 2.436%.
    /// - Neighbours: Sheffield 27/675 = 4.000, Rochdale 7/350 = 2.000, Portsmouth c (withheld),
    ///   Newcastle 9/395 = 2.278, Gateshead 0/239 = 0, Bolton 10/332 = 3.012, South Tyneside c,
    ///   Tameside c, Southampton 11/276 = 3.986, Leeds 21/674 = 3.116: 7 of 10 with a figure;
    ///   sorted 0, 2.000, 2.278, 3.012, 3.116, 3.986, 4.000, the median is the 4th, 3.012.
    /// - Rank: better lower, so 1 is the lowest; 99 local authorities have both counts for
    ///   2024 and 46 of them are below 2.995%: rank 47, quartile ⌈4 × 47 ÷ 99⌉ = ⌈1.90⌉ = 2.
    /// - Test: Wilson 95% interval of 13/434 is 1.76% to 5.06%, which holds England's 2.545%:
    ///   similar, so the gap is within chance.
    func testChildProtectionPlansTwoYearsOrMoreFigureByFigure() throws {
        let finding = try XCTUnwrap(try assessment().measures.first { $0.measure.name == "cpp_two_years" })
        XCTAssertEqual(try XCTUnwrap(finding.current.value), 100.0 * 13 / 434, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.england, of: finding).figure), 100.0 * 1270 / 49900, accuracy: 1e-9)
        let region = try comparison(.region, of: finding)
        XCTAssertEqual(region.comparator?.area?.code, "E12000002")
        XCTAssertEqual(region.comparator?.area?.name, "North West")
        XCTAssertEqual(try XCTUnwrap(region.figure), 100.0 * 190 / 7800, accuracy: 1e-9)
        let neighbours = try comparison(.statisticalNeighbours, of: finding)
        XCTAssertEqual(neighbours.comparator?.neighbours.map(\.oldCode), ["373", "354", "851", "391", "390", "350", "393", "357", "852", "383"])
        XCTAssertEqual(neighbours.comparator?.neighboursWithFigure, 7)
        XCTAssertEqual(try XCTUnwrap(neighbours.figure), 100.0 * 10 / 332, accuracy: 1e-9)
        let standing = try XCTUnwrap(finding.standing)
        XCTAssertEqual([standing.rank, standing.outOf, standing.quartile, standing.tiedWith], [47, 99, 2, 0])
        XCTAssertFalse(standing.highestFirst)
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.interval.lower, 1.76, accuracy: 0.005)
        XCTAssertEqual(test.interval.upper, 5.06, accuracy: 0.005)
        XCTAssertEqual(test.benchmark, .similar)
        guard case .toNote(.withinChance) = finding.verdict else { return XCTFail("\(finding.verdict)") }
    }

    /// Looked-after children at 31 March 2024 who had 3 or more social workers in the year
    /// (`la_cla_swcount.csv`, `number` where sw_stability = 3 or more … over Total children):
    /// - Salford: 139 of 561 = 24.777%; England 22,140 of 83,300 = 26.579% (the file's
    ///   `percentage` rounds it to 27); North West 4,220 of 15,090 = 27.966%.
    /// - Neighbours, all ten with a figure: 23.994, 36.529, 29.602, 16.333, 10.795, 31.524,
    ///   20.847, 27.907, 14.754, 20.594; sorted, the 5th and 6th are 20.847 (64/307) and
    ///   23.994 (155/646): median (64/307 + 155/646) ÷ 2 × 100 = 22.420%.
    /// - Rank: better lower; 151 authorities with both counts, 66 below 24.777%: rank 67,
    ///   quartile ⌈4 × 67 ÷ 151⌉ = ⌈1.77⌉ = 2.
    /// - Test: Wilson 95% interval of 139/561 is 21.4% to 28.5%, holding England's 26.6%.
    func testLookedAfterChildrenWithThreeOrMoreSocialWorkersFigureByFigure() throws {
        let finding = try XCTUnwrap(try assessment().measures.first { $0.measure.name == "cla_social_worker_changes" })
        XCTAssertEqual(try XCTUnwrap(finding.current.value), 100.0 * 139 / 561, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.england, of: finding).figure), 100.0 * 22140 / 83300, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.region, of: finding).figure), 100.0 * 4220 / 15090, accuracy: 1e-9)
        let neighbours = try comparison(.statisticalNeighbours, of: finding)
        XCTAssertEqual(neighbours.comparator?.neighboursWithFigure, 10)
        XCTAssertEqual(try XCTUnwrap(neighbours.figure), (100.0 * 64 / 307 + 100.0 * 155 / 646) / 2, accuracy: 1e-9)
        let standing = try XCTUnwrap(finding.standing)
        XCTAssertEqual([standing.rank, standing.outOf, standing.quartile], [67, 151, 2])
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.interval.lower, 21.4, accuracy: 0.05)
        XCTAssertEqual(test.interval.upper, 28.5, accuracy: 0.05)
        XCTAssertEqual(test.benchmark, .similar)
    }

    /// Assessments in 2023/24 with domestic abuse concerning a parent identified (C3,
    /// `Domestic_Abuse_parent` over `Episodes_with_assessment_factor`):
    /// - Salford: 1,493 of 4,315 = 34.600%; England 160,600 of 506,370 = 31.716%; North West
    ///   25,530 of 74,480 = 34.278%.
    /// - Neighbours, all ten: 32.209, 39.577, 32.640, 40.544, 32.477, 39.416, 39.093, 34.907,
    ///   32.195, 14.879; sorted, the 5th and 6th are 32.640 (895/2,742) and 34.907
    ///   (1,139/3,263): median 33.773%.
    /// - Rank: no better direction, so 1 is the highest; 150 authorities, 64 above 34.600%:
    ///   rank 65, quartile ⌈4 × 65 ÷ 150⌉ = ⌈1.73⌉ = 2.
    /// - Test: Wilson 95% interval of 1,493/4,315 is 33.2% to 36.0%, wholly above England's
    ///   31.7%: higher (no better direction), beyond chance, so the explore rule stands.
    func testDomesticAbuseAtAssessmentFigureByFigure() throws {
        let finding = try XCTUnwrap(try assessment().measures.first { $0.measure.name == "domestic_abuse_at_assessment" })
        XCTAssertEqual(try XCTUnwrap(finding.current.value), 100.0 * 1493 / 4315, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.england, of: finding).figure), 100.0 * 160600 / 506370, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.region, of: finding).figure), 100.0 * 25530 / 74480, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(try comparison(.statisticalNeighbours, of: finding).figure),
                       (100.0 * 895 / 2742 + 100.0 * 1139 / 3263) / 2, accuracy: 1e-9)
        let standing = try XCTUnwrap(finding.standing)
        XCTAssertEqual([standing.rank, standing.outOf, standing.quartile], [65, 150, 2])
        XCTAssertTrue(standing.highestFirst)
        XCTAssertFalse(standing.byBetter)
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.interval.lower, 33.2, accuracy: 0.05)
        XCTAssertEqual(test.interval.upper, 36.0, accuracy: 0.05)
        XCTAssertEqual(test.benchmark, .higher)
        XCTAssertEqual(finding.verdict, .furtherExploration)
    }

    /// The rules' own sentence with the rank placeholders, filled from the finding above:
    /// rank 67 of 151, quartile 2; England 26.578…% to one place as the value is.
    func testTheRankAndEnglandPlaceholdersFillTheRulesSentence() throws {
        let finding = try XCTUnwrap(try assessment().measures.first { $0.measure.name == "cla_social_worker_changes" })
        let template = try XCTUnwrap(finding.measure.narratives[.doingWell])
        XCTAssertEqual(Narrative.sentence(template, finding).text,
                       "24.8% of children looked after had 3 or more social workers in 2023/24, below England (26.6%); Salford ranks 67 of 151 local authorities (quartile 2, 1 the fewest changes).")
    }

    /// `assure explain cpp_two_years --period 2023/24`, run in docs/examples/salford, is the
    /// committed explain-cpp_two_years.txt: each comparator's figure with its source rows, each
    /// neighbour's, the median, the rank and every test.
    func testTheCommittedExplanationIsWhatExplainGives() throws {
        let assessment = try assessment()
        let finding = try XCTUnwrap(assessment.measures.first { $0.measure.name == "cpp_two_years" })
        let text = Explanation.text(finding, asOf: assessment.period).replacingOccurrences(of: Self.folder.path + "/", with: "")
        let url = Self.folder.appendingPathComponent("explain-cpp_two_years.txt")
        if ProcessInfo.processInfo.environment["ASSURE_UPDATE_GOLDEN"] == "1" {
            try Data(text.utf8).write(to: url)
            return
        }
        XCTAssertEqual(text, try String(contentsOf: url, encoding: .utf8),
                       "docs/examples/salford/explain-cpp_two_years.txt differs; rerun with ASSURE_UPDATE_GOLDEN=1 and review the diff")
    }

    /// The area is written by its name (`area "Salford"`, `--area Bolton`) and found in the
    /// published data by its code. Without a period, the report is for 2024/25: D5 and C3 reach
    /// 31 March 2025 (time_period 2025). For Bolton (E08000001, old code 350), D5 for 2023/24
    /// gives 10 of 332 = 3.012% plans open two years or more.
    func testAnAreaByItsNameGivesTheDefaultPeriodAndAnotherAuthoritysFigures() throws {
        let load = PartnershipLoader.load(rules: Self.folder.appendingPathComponent("Rules").path,
                                          indicators: Self.folder.appendingPathComponent("Indicators").path)
        let partnership = try XCTUnwrap(load.partnership)
        XCTAssertEqual(try Assessment.assess(partnership.ruleSet, data: partnership.data).period, try Period.parse("2024/25"))
        let bolton = try Assessment.assess(partnership.ruleSet, data: partnership.data, period: try Period.parse("2023/24"), area: "Bolton")
        let finding = try XCTUnwrap(bolton.measures.first { $0.measure.name == "cpp_two_years" })
        XCTAssertEqual(try XCTUnwrap(finding.current.value), 100.0 * 10 / 332, accuracy: 1e-9)
        XCTAssertEqual(finding.area, "Bolton")
    }

    /// In `report.json`, the measure's comparators and its rank, from the figures worked above:
    /// England 2.545%, the North West 2.436%, the neighbours' median 3.012% of 7 of 10, each
    /// similar by the value's interval; rank 47 of 99, quartile 2, rank 1 the lowest.
    func testTheReportJSONGivesEachComparatorAndTheRank() throws {
        let document = ReportDocument(try assessment(), date: ReportDate.end(of: try Period.parse("2023/24")))
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(ReportFormat.json.render(document).utf8)) as? [String: Any])
        let measures = try XCTUnwrap(json["measures"] as? [[String: Any]])
        let measure = try XCTUnwrap(measures.first { $0["name"] as? String == "cpp_two_years" })
        let comparators = try XCTUnwrap(measure["comparators"] as? [[String: Any]])
        XCTAssertEqual(comparators.compactMap { $0["kind"] as? String }, ["england", "region", "statistical_neighbours"])
        XCTAssertEqual(comparators.compactMap { $0["code"] as? String }, ["E92000001", "E12000002"])
        XCTAssertEqual(comparators.compactMap { $0["against"] as? String }, ["similar", "similar", "similar"])
        XCTAssertEqual(comparators.last?["neighbours_with_figure"] as? Int, 7)
        XCTAssertEqual(comparators.last?["neighbours"] as? Int, 10)
        XCTAssertEqual(try XCTUnwrap(comparators.last?["value"] as? Double), 100.0 * 10 / 332, accuracy: 1e-9)
        let standing = try XCTUnwrap(measure["standing"] as? [String: Any])
        XCTAssertEqual(standing["rank"] as? Int, 47)
        XCTAssertEqual(standing["of"] as? Int, 99)
        XCTAssertEqual(standing["quartile"] as? Int, 2)
        XCTAssertEqual(standing["first_is"] as? String, "lowest")
    }
}
