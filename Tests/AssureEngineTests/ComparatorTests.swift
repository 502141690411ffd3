import AssureData
import AssureLanguage
import AssureTestSupport
import XCTest
@testable import AssureEngine

/// England, the region and the statistical neighbours from one small published file in the
/// DfE's layout, with every figure worked by hand; and the ways a comparison cannot be made,
/// none of them ever a comparison of an area with itself.
final class ComparatorTests: XCTestCase {
    /// Plans at 31 March 2024 (`time_period` 2024, the year to 31 March: 2023/24): all plans
    /// and the long ones, with the file's own rounded percentage.
    ///
    /// | area | total | long | share |
    /// | England | 1,000 | 50 | 5% |
    /// | North West | 200 | 16 | 8% |
    /// | Salford (355) | 100 | 6 | 6% |
    /// | Bolton (350) | 200 | 10 | 5% |
    /// | Rochdale (354) | 50 | 4 | 8% |
    /// | Sheffield (373) | 80 | c | — |
    /// | Tameside (357) | 50 | 3 | 6% |
    static let published = """
    time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name,category,total,long,long_percent
    2024,Reporting year,National,E92000001,England,,,,,,Plans,1000,50,5
    2024,Reporting year,Regional,E92000001,England,E12000002,North West,,,,Plans,200,16,8
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,355,E08000006,Salford,Plans,100,6,6
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,350,E08000001,Bolton,Plans,200,10,5
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,354,E08000005,Rochdale,Plans,50,4,8
    2024,Reporting year,Local authority,E92000001,England,E12000003,Yorkshire and The Humber,373,E08000019,Sheffield,Plans,80,c,c
    2024,Reporting year,Local authority,E92000001,England,E12000002,North West,357,E08000008,Tameside,Plans,50,3,6

    """

    /// Salford's neighbours: the four above and `others` that no published file names.
    static func neighbours(others: [String]) -> String {
        let list = ["350", "354", "373", "357"] + others
        let cells = (1...10).map { rank in rank <= list.count ? "\(list[rank - 1]),Close " : "," }
        return "old_la_code,la_name,region_ind,region_name," + (1...10).map { "SN_\($0),SN_\($0)P" }.joined(separator: ",") + "\n"
            + "355,Salford,5,North West," + cells.joined(separator: ",") + "\n"
    }

    static let indicators = """
    indicator total { from "plans.csv" indicator "total"; unit count; frequency financial year; aggregate last }
    indicator long { from "plans.csv" indicator "long"; unit count; frequency financial year; aggregate last; better lower }
    indicator long_share = long / total { unit percent; better lower }
    indicator published_percent { from "plans.csv" indicator "long_percent"; unit percent; frequency financial year; better lower }
    indicator published_percent_again { from "plans.csv" indicator "long_percent"; unit percent; frequency financial year; better lower }

    """

    private func load(area: String? = "Salford", measure: String, neighbourFile: String? = ComparatorTests.neighbours(others: ["901"]))
        throws -> (PartnershipLoad, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("Rules/r.assure", """
        report { title "T"; \(area.map { "area \"\($0)\";" } ?? "") period financial year }
        priority p { title "P" }
        \(Self.indicators)\(measure)
        """)
        try folder.write("Indicators/plans.csv", Self.published)
        if let neighbourFile { try folder.write("Indicators/sn_model_wide.csv", neighbourFile) }
        return (PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators"), folder)
    }

    private func finding(area: String = "Salford", evaluatedFor: String? = nil, measure: String,
                         neighbourFile: String? = ComparatorTests.neighbours(others: ["901"])) throws -> MeasureFinding {
        let (load, folder) = try load(area: area, measure: measure, neighbourFile: neighbourFile)
        defer { folder.remove() }
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data,
                                                           period: try Period.parse("2023/24"), area: evaluatedFor))
        return try XCTUnwrap(assessment.measures.first)
    }

    private let allThree = """
    measure m {
      priority p
      value long_share over financial year
      compare with England
      compare with region
      compare with statistical neighbours
      explore when value > comparison
      say explore "{value}."
    }
    """

    /// Salford 6 of 100 = 6%. England 50 / 1,000 = 5%; the North West 16 / 200 = 8%. Of its
    /// five neighbours, Bolton 5%, Rochdale 8%, Tameside 3 / 50 = 6%, Sheffield withheld (c)
    /// and 901 in no published file: 3 of 5 with a figure, at least half, median of 5, 6, 8 =
    /// 6%. Rank, lower better: Salford 6, Bolton 5, Rochdale 8, Tameside 6 (Sheffield has no
    /// figure): one lower, so rank 2 of 4, tied with Tameside; quartile ⌈4 × 2 ÷ 4⌉ = 2.
    /// Wilson 95% interval of 6/100: 2.78% to 12.48%, which holds England's 5%: similar.
    func testEnglandRegionAndNeighboursFromTheSameFileWithRankAndQuartile() throws {
        let finding = try finding(measure: allThree)
        XCTAssertEqual(finding.current.value, 6)
        XCTAssertEqual(finding.comparisons.map(\.figure), [5, 8, 6])
        XCTAssertEqual(finding.comparisons.map { $0.comparator?.area?.code }, ["E92000001", "E12000002", nil])
        let neighbours = try XCTUnwrap(finding.comparisons.last?.comparator)
        XCTAssertEqual(neighbours.neighbours.map(\.oldCode), ["350", "354", "373", "357", "901"])
        XCTAssertEqual(neighbours.neighbours.map { $0.area?.code }, ["E08000001", "E08000005", "E08000019", "E08000008", nil])
        XCTAssertEqual(neighbours.neighboursWithFigure, 3)
        XCTAssertEqual(finding.standing, Standing(rank: 2, outOf: 4, tiedWith: 1, quartile: 2, highestFirst: false, byBetter: true))
        let test = try XCTUnwrap(finding.comparisons.first?.chance.test)
        XCTAssertEqual(test.interval.lower, 2.78, accuracy: 0.005)
        XCTAssertEqual(test.interval.upper, 12.48, accuracy: 0.005)
        XCTAssertEqual(test.benchmark, .similar)
        guard case .toNote(.withinChance) = finding.verdict else { return XCTFail("\(finding.verdict)") }
    }

    /// Rules can read each comparator's figure by name: Salford's 6% is below the North West's
    /// 8%, so `doing well when value < region` holds — but the value's interval (2.78% to
    /// 12.48%) holds 8%, so the gap rests on chance: to note, within chance, against the region.
    func testRulesReadTheRegionAndTheGapFromItIsTested() throws {
        let finding = try finding(measure: allThree.replacingOccurrences(of: "explore when value > comparison",
                                                                         with: "doing well when value < region and value <= neighbours"))
        guard case .toNote(.withinChance(let within)) = finding.verdict else { return XCTFail("\(finding.verdict)") }
        guard case .comparator(let comparison) = within.basis else { return XCTFail("\(within.basis)") }
        XCTAssertEqual(comparison.kind, .region)
        XCTAssertEqual(within.comparison, 8)
        XCTAssertEqual(finding.rules.first?.figures[.region], 8)
        XCTAssertEqual(finding.rules.first?.figures[.neighbours], 6)
    }

    /// A rule that reads the neighbours when they have no median is undecided, with why.
    func testARuleOnNeighboursWithoutAMedianIsUndecidedWithTheReason() throws {
        let finding = try finding(measure: allThree.replacingOccurrences(of: "explore when value > comparison",
                                                                         with: "explore when value > neighbours"),
                                  neighbourFile: Self.neighbours(others: ["901", "902", "903", "904", "905", "906"]))
        XCTAssertEqual(finding.verdict, .toNote(.noComparatorFigure(.statisticalNeighbours, .tooFewNeighbours(have: 3, of: 10))))
    }

    /// The report for England itself: England is never compared with England. The comparison
    /// has no figure and says why; the measure is to note for that reason.
    func testAReportForEnglandIsNeverComparedWithItself() throws {
        let finding = try finding(area: "England", measure: """
        measure m {
          priority p
          value long_share over financial year
          compare with England
          explore when value > comparison
          say explore "{value}."
        }
        """)
        XCTAssertEqual(finding.current.value, 5)
        XCTAssertNil(finding.comparisons.first?.figure)
        XCTAssertNil(finding.comparisons.first?.change)
        XCTAssertEqual(finding.verdict, .toNote(.noComparatorFigure(.england, .isItself("England"))))
        XCTAssertNil(finding.standing, "England is not a local authority")
    }

    /// A region compared with its region: `check` refuses it for the report's own area, and a
    /// report run for the region (`--area E12000002`) has no comparison figure.
    func testARegionIsNeverComparedWithItself() throws {
        let measure = allThree.replacingOccurrences(of: "  compare with England\n", with: "")
        XCTAssertEqual(try errors(area: "North West", measure: measure).first,
                       "11:3: 'North West' is a region, which has no region to compare with | compare a local authority with its region; remove 'compare with region'")
        let finding = try finding(evaluatedFor: "E12000002", measure: measure)
        XCTAssertEqual(finding.current.value, 8)
        XCTAssertEqual(finding.verdict, .toNote(.noComparatorFigure(.region, .isItself("North West"))))
    }

    /// Ten neighbours, of which only Bolton, Rochdale and Tameside have a figure: 3 of 10,
    /// fewer than half, so no median and no comparison.
    func testFewerThanHalfTheNeighboursWithAFigureIsNoComparison() throws {
        let finding = try finding(measure: """
        measure m {
          priority p
          value long_share over financial year
          compare with statistical neighbours
          explore when value > comparison
          say explore "{value}."
        }
        """, neighbourFile: Self.neighbours(others: ["901", "902", "903", "904", "905", "906"]))
        XCTAssertNil(finding.comparisons.first?.figure)
        XCTAssertEqual(finding.verdict, .toNote(.noComparatorFigure(.statisticalNeighbours, .tooFewNeighbours(have: 3, of: 10))))
    }

    /// `compare with benchmark` naming another rules indicator that is the very same published
    /// series: the benchmark is made of the area's own rows, so it has no figure — never a
    /// comparison of Salford with itself labelled "England".
    func testABenchmarkMadeOfTheAreasOwnRowsIsNeverComparedWith() throws {
        let finding = try finding(measure: """
        measure m {
          priority p
          value published_percent over financial year
          compare with benchmark published_percent_again "England"
          explore when value > benchmark
          say explore "{value}."
          ignore chance
        }
        """)
        XCTAssertEqual(finding.current.value, 6)
        XCTAssertNil(finding.comparisons.first?.figure)
        XCTAssertEqual(finding.verdict, .toNote(.benchmarkIsTheArea("England")))
    }

    /// The file's rounded percentage alone, without its counts: compared by value, without a
    /// test (Salford 6 against England 5).
    func testAPercentageWithoutItsCountsIsComparedWithoutATest() throws {
        let finding = try finding(measure: """
        measure m {
          priority p
          value published_percent over financial year
          compare with England
          explore when value > comparison
          say explore "{value}."
          ignore chance
        }
        """)
        XCTAssertEqual(finding.comparisons.first?.figure, 5)
        XCTAssertEqual(finding.comparisons.first?.chance, .untestable(.noDenominator))
        XCTAssertEqual(finding.verdict, .furtherExploration)
    }

    // MARK: What check says about the data

    private func errors(area: String? = "Salford", measure: String, neighbourFile: String? = ComparatorTests.neighbours(others: ["901"])) throws -> [String] {
        let (load, folder) = try load(area: area, measure: measure, neighbourFile: neighbourFile)
        defer { folder.remove() }
        return load.diagnostics.filter { $0.severity == .error }
            .map { "\($0.range.map { "\($0.start.line):\($0.start.column)" } ?? "-"): \($0.message) | \($0.help ?? "")" }
    }

    /// The measure's `compare with statistical neighbours` is on line 13 of the rules (the
    /// report, priority and five indicators, a blank line, then the measure), column 3.
    func testNoNeighbourFileIsAnErrorAtTheComparison() throws {
        XCTAssertEqual(try errors(measure: allThree, neighbourFile: nil), [
            "13:3: 'compare with statistical neighbours' needs the DfE's statistical neighbour file, and none is in the indicator data | put the statistical neighbour file (such as sn_model_2025_wide.csv) in Indicators/ as it was downloaded",
        ])
    }

    func testAnAreaNotInThePublishedFilesIsAnErrorWithTheNearestName() throws {
        let found = try errors(area: "Salfrod", measure: allThree)
        XCTAssertEqual(found.count, 2)
        XCTAssertEqual(found.first, "12:3: the report's area 'Salfrod' is not an area of the published files, so 'compare with region' cannot find its region | did you mean 'Salford'? the area is written as the published files name it (Salford) or by its GSS code (E08000006)")
    }

    func testALocalIndicatorHasNoEnglandFigureToCompareWith() throws {
        let found = try errors(measure: """
        indicator local_share { unit percent; frequency financial year; better lower }
        measure m {
          priority p
          value local_share over financial year
          compare with England
          explore when value > comparison
          say explore "{value}."
          ignore chance
        }
        """)
        XCTAssertEqual(found.filter { $0.contains("England") }, [
            "12:3: 'local_share' has no figures for England in the published files, so 'compare with England' has nothing to compare with | name the published series in the indicator ('from \"file.csv\" indicator \"…\"'), or write 'compare with England from <a published indicator>'",
        ])
    }

    /// Without the report's area the area comes from the command line (`--area`,
    /// `--all-areas`) or the report block's `areas`, so the rules are not refused for it: each
    /// area's region and neighbours are found when that area is judged.
    func testAPublishedValueWithoutTheReportsAreaIsNotAnErrorOfTheRules() throws {
        XCTAssertEqual(try errors(area: nil, measure: allThree), [])
    }
}
