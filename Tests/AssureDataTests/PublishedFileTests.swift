import AssureData
import XCTest

/// The DfE's published files (Published/, unchanged, with their PROVENANCE.md), each loaded as
/// it comes. The expected counts were made independently by Published/count.py (Python's csv
/// module) and are recorded in Published/counts.txt; single values were read off the files by eye.
final class PublishedFileTests: XCTestCase {
    private static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Published").path

    private func load(_ name: String) throws -> IndicatorData {
        let result = IndicatorLoader.load(files: [PublishedFileTests.folder + "/" + name])
        let errors = result.diagnostics.filter { $0.severity == .error }
        XCTAssertEqual(errors.count, 0, errors.prefix(3).map(\.message).joined(separator: "\n"))
        return try XCTUnwrap(result.data)
    }

    /// Values (cells holding a number) and every other cell, by its text, over all series.
    private func census(_ data: IndicatorData) -> (values: Int, others: [String: Int]) {
        var values = 0
        var others: [String: Int] = [:]
        for series in data.allSeries {
            for point in series.points {
                switch point.observation {
                case .value: values += 1
                case .missing: others["missing", default: 0] += 1
                case .symbol(_, let marker): others[marker.lowercased(), default: 0] += 1
                }
            }
        }
        return (values, others)
    }

    /// The files' statistical symbols are each said as what they are: the kinds of the markers
    /// counted by count.py.
    func testSymbolsAreWhatTheySay() {
        XCTAssertEqual(StatisticalSymbol(marker: "c"), .confidential)
        XCTAssertEqual(StatisticalSymbol(marker: "x"), .notAvailable)
        XCTAssertEqual(StatisticalSymbol(marker: "z"), .notApplicable)
        XCTAssertEqual(StatisticalSymbol(marker: "u"), .lowReliability)
    }

    func testFactorsAtTheEndOfAssessment() throws {
        let data = try load("c3_factors_identified_at_end_of_assessment_2018_to_2025.csv")
        // counts.txt: indicators 40; series 6920; values 47412; symbols {'c': 2253, 'u': 80, 'x': 2701, 'z': 34}.
        XCTAssertEqual(data.indicatorNames.count, 40)
        XCTAssertEqual(data.allSeries.count, 6920)
        let census = census(data)
        XCTAssertEqual(census.values, 47_412)
        XCTAssertEqual(census.others, ["c": 2253, "u": 80, "x": 2701, "z": 34])
        // Line 2: 2025,Reporting year,National,E92000001,England,…,513250,10620,73250,… —
        // Episodes_with_assessment_factor then Alcohol_Misuse_child, Alcohol_Misuse_parent.
        let year = Period.financialYear(FinancialYear(startYear: 2024))
        let prefix = "c3_factors_identified_at_end_of_assessment_2018_to_2025/"
        XCTAssertEqual(data.series(indicator: prefix + "Episodes_with_assessment_factor", area: "E92000001")?.observation(at: year),
                       .value(513_250))
        XCTAssertEqual(data.series(indicator: prefix + "Alcohol_Misuse_parent", area: "E92000001")?.observation(at: year), .value(73_250))
        // Line 3: the North East (E12000001), 28490 episodes.
        XCTAssertEqual(data.series(indicator: prefix + "Episodes_with_assessment_factor", area: "E12000001")?.observation(at: year),
                       .value(28_490))
        // Line 243: Herefordshire (E06000019) in 2024 (2023/24) is 'u' in every column.
        XCTAssertEqual(data.series(indicator: prefix + "Domestic_Abuse_parent", area: "E06000019")?
                        .observation(at: .financialYear(FinancialYear(startYear: 2023))), .symbol(.lowReliability, marker: "u"))
    }

    func testChildProtectionPlansByDuration() throws {
        let data = try load("d5_cpps_at31march_by_duration_2013_to_2025.csv")
        // counts.txt: indicators 11; series 1903; values 20406; symbols {'c': 2957, 'u': 11, 'x': 33, 'z': 45}.
        XCTAssertEqual(data.indicatorNames.count, 11)
        XCTAssertEqual(data.allSeries.count, 1903)
        let census = census(data)
        XCTAssertEqual(census.values, 20_406)
        XCTAssertEqual(census.others, ["c": 2957, "u": 11, "x": 33, "z": 45])
        // Line 2: 2025,…,National,…,49420,15580,31.5,… — CPP_At31, 3_months_or_less, 3_months_or_less_percent.
        let year = Period.financialYear(FinancialYear(startYear: 2024))
        let prefix = "d5_cpps_at31march_by_duration_2013_to_2025/"
        XCTAssertEqual(data.series(indicator: prefix + "CPP_At31", area: "E92000001")?.observation(at: year), .value(49_420))
        XCTAssertEqual(data.series(indicator: prefix + "3_months_or_less_percent", area: "E92000001")?.observation(at: year), .value(31.5))
        XCTAssertEqual(data.frequency(of: prefix + "CPP_At31"), .financialYear)
        // Thirteen years, 2013 to 2025: 2012/13 to 2024/25.
        let england = try XCTUnwrap(data.series(indicator: prefix + "CPP_At31", area: "E92000001"))
        XCTAssertEqual(england.firstPeriod, .financialYear(FinancialYear(startYear: 2012)))
        XCTAssertEqual(england.lastPeriod, year)
    }

    func testLookedAfterChildrenBySocialWorkers() throws {
        let data = try load("la_cla_swcount.csv")
        // counts.txt: filters cla_group, sw_stability (varying sw_stability); indicators 2;
        // series 660; values 653; symbols {'x': 4, 'z': 3}.
        XCTAssertEqual(data.allSeries.count, 660)
        let census = census(data)
        XCTAssertEqual(census.values, 653)
        XCTAssertEqual(census.others, ["x": 4, "z": 3])
        // Line 3: 2024,…,National,…,CLA on 31 March,3 or more social workers during the year,22140,27
        let name = "la_cla_swcount/percentage [sw_stability = 3 or more social workers during the year]"
        XCTAssertEqual(data.series(indicator: name, area: "E92000001")?.observation(at: .financialYear(FinancialYear(startYear: 2023))),
                       .value(27))
        XCTAssertEqual(data.published[name]?.clause,
                       #"from "la_cla_swcount.csv" indicator "percentage" where sw_stability = "3 or more social workers during the year""#)
        // Here la_name comes before new_la_code, and the file starts with a byte-order mark.
        XCTAssertEqual(data.areaDetails["E08000006"]?.name, "Salford")
    }

    func testPopulationEstimates() throws {
        let data = try load("ons_mid-year_population_estimates_2012_to_2024.csv")
        // counts.txt: series 173; values 2111; symbols {'x': 21}.
        XCTAssertEqual(data.allSeries.count, 173)
        let census = census(data)
        XCTAssertEqual(census.values, 2111)
        XCTAssertEqual(census.others, ["x": 21])
        // One indicator column; age_group has one value, so it does not enter the name.
        XCTAssertEqual(data.indicatorNames, ["ons_mid-year_population_estimates_2012_to_2024/population_estimate"])
        let name = data.indicatorNames[0]
        XCTAssertEqual(data.frequency(of: name), .financialYear)
        // Line 2: 2024,Reporting year,National,E92000001,England,…,12183016 — the year to 31 March 2024.
        let england = try XCTUnwrap(data.series(indicator: name, area: "E92000001"))
        XCTAssertEqual(england.observation(at: .financialYear(FinancialYear(startYear: 2023))), .value(12_183_016))
        // 2024,…,Local authority,…,E12000002,North West,355,E08000006,Salford,…,63622
        let salford = try XCTUnwrap(data.series(indicator: name, area: "E08000006"))
        XCTAssertEqual(salford.observation(at: .financialYear(FinancialYear(startYear: 2023))), .value(63_622))
        XCTAssertEqual(salford.observation(at: .financialYear(FinancialYear(startYear: 2021))), .value(60_698))
        XCTAssertEqual(data.areaDetails["E08000006"],
                       AreaDetails(code: "E08000006", name: "Salford", level: .localAuthority, region: "E12000002", oldCode: "355"))
        XCTAssertEqual(data.areaDetails["E12000002"],
                       AreaDetails(code: "E12000002", name: "North West", level: .regional, region: "E12000002", oldCode: nil))
        XCTAssertEqual(data.areaDetails["E92000001"]?.name, "England")
        XCTAssertEqual(data.published[name]?.clause,
                       #"from "ons_mid-year_population_estimates_2012_to_2024.csv" indicator "population_estimate""#)
    }
}

extension PublishedFileTests {
    func testStatisticalNeighbours() throws {
        let data = try load("sn_model_2025_wide.csv")
        // counts.txt: 153 rows, one local authority each; the file holds no series.
        XCTAssertEqual(data.neighbours.count, 153)
        XCTAssertEqual(data.allSeries.count, 0)
        // Line 2: 301,Barking and Dagenham,3,London,308,Close ,821,Close ,313,… ,203,Somewhat close
        XCTAssertEqual(data.neighbours["301"], ["308", "821", "313", "333", "336", "307", "304", "312", "874", "203"])
        // 355,Salford,5,North West,373,Very close,354,…,383,Close
        XCTAssertEqual(data.neighbours["355"], ["373", "354", "851", "391", "390", "350", "393", "357", "852", "383"])
    }
}
