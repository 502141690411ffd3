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
                case .suppressed(let marker): others[marker.lowercased(), default: 0] += 1
                }
            }
        }
        return (values, others)
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
