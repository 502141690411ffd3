import AssureData
import AssureLanguage
import AssureTestSupport
import XCTest
@testable import AssureEngine

/// A measure over three calendar years pooled, from a Fingertips export as it comes: judged
/// for the latest pool, against the latest pool that does not overlap it and against England
/// for the same pool; never against the pool a year earlier, which shares two of its years.
final class PooledPeriodTests: XCTestCase {
    static let header = "Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to percentiles,Time period Sortable,New data,Compared to goal,Time period range"

    /// Salford's and England's pools, a year apart, with counts and denominators (rate per 1,000).
    ///
    /// | pool | Salford | England |
    /// | 2014 - 16 | 40 / 10,000 = 4.0 | 5,000 / 1,000,000 = 5.0 |
    /// | 2015 - 17 | 45 / 10,000 = 4.5 | 5,100 / 1,000,000 = 5.1 |
    /// | 2016 - 18 | 50 / 10,000 = 5.0 | 5,200 / 1,000,000 = 5.2 |
    /// | 2017 - 19 | 80 / 10,000 = 8.0 | 5,300 / 1,000,000 = 5.3 |
    static let fingertips = header + "\n" + [
        ("2014 - 16", "4.0", "40", "10000", "5.0", "5000"),
        ("2015 - 17", "4.5", "45", "10000", "5.1", "5100"),
        ("2016 - 18", "5.0", "50", "10000", "5.2", "5200"),
        ("2017 - 19", "8.0", "80", "10000", "5.3", "5300"),
    ].flatMap { pool, value, count, denominator, england, englandCount in [
        "1,Deaths,E12000002,North West,E08000006,Salford,Counties & UAs (from Apr 2023),Persons,All ages,,,\(pool),\(value),,,,,\(count),\(denominator),,,,,,,,3y",
        "1,Deaths,,,E92000001,England,England,Persons,All ages,,,\(pool),\(england),,,,,\(englandCount),1000000,,,,,,,,3y",
    ] }.joined(separator: "\n") + "\n"

    private func load(_ measure: String) throws -> (PartnershipLoad, TemporaryFolder) {
        let folder = try TemporaryFolder()
        try folder.write("Rules/r.assure", """
        report { title "T"; area "Salford"; period pooled 3 calendar years }
        priority p { title "P" }
        indicator deaths { from "fingertips.csv" indicator "Deaths" where Sex = "Persons", Age = "All ages"; unit rate per 1,000; frequency pooled 3 calendar years; better lower }
        \(measure)
        """)
        try folder.write("Indicators/fingertips.csv", Self.fingertips)
        return (PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators"), folder)
    }

    private func finding(_ measure: String, period: String? = nil) throws -> MeasureFinding {
        let (load, folder) = try load(measure)
        defer { folder.remove() }
        let partnership = try XCTUnwrap(load.partnership, "\(load.diagnostics.map(\.message))")
        let assessment = try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data,
                                                           period: try period.map { try Period.parse($0) }))
        return try XCTUnwrap(assessment.measures.first)
    }

    /// The latest pool is 2017 - 19 (8.0 per 1,000). Its previous period is 2014 - 16 (4.0), the
    /// latest that shares none of its years, never 2016 - 18 (5.0). England for the same pool: 5.3.
    func testThePreviousPeriodOfAPoolIsTheLatestThatDoesNotOverlapIt() throws {
        let finding = try finding("""
        measure m { priority p; value deaths; compare with previous period; compare with England; explore when value > comparison; say explore "{value}." }
        """)
        XCTAssertEqual(finding.period.code, "2017 - 19")
        XCTAssertEqual(finding.current.value ?? 0, 8.0, accuracy: 1e-9)
        XCTAssertEqual(finding.comparisons.map { $0.period?.code }, ["2014 - 16", "2017 - 19"])
        XCTAssertEqual(finding.comparisons[0].figure ?? 0, 4.0, accuracy: 1e-9)
        XCTAssertEqual(finding.comparisons[1].figure ?? 0, 5.3, accuracy: 1e-9)
        // The history steps by whole pools, so that no two of its figures share a year.
        XCTAssertEqual(finding.history.map(\.period.code), ["2014 - 16", "2017 - 19"])
    }

    /// As of 2016 - 18, the pool before is 2013 - 15, which the file does not hold.
    func testAnEarlierPoolIsJudgedWhenAsked() throws {
        let finding = try finding("""
        measure m { priority p; value deaths; compare with previous period; explore when value > comparison; say explore "{value}." }
        """, period: "2016 - 18")
        XCTAssertEqual(finding.period.code, "2016 - 18")
        XCTAssertEqual(finding.current.value ?? 0, 5.0, accuracy: 1e-9)
        XCTAssertEqual(finding.comparisons.first?.period?.code, "2013 - 15")
        XCTAssertNil(finding.comparisons.first?.figure)
        XCTAssertFalse(finding.verdict.wasJudged)
    }

    func testSamePeriodLastYearIsRefusedForPooledYears() throws {
        let (load, folder) = try load("""
        measure m { priority p; value deaths; compare with same period last year; explore when value > comparison; say explore "{value}." }
        """)
        defer { folder.remove() }
        XCTAssertNil(load.partnership)
        XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }.map(\.message),
                       ["a measure over 3 calendar years pooled has no same period last year: the pool a year earlier shares 2 of its 3 years, so a change between them is not a change between separate samples"])
    }

    func testAPooledIndicatorCannotBeTakenOverASingleYear() throws {
        let (load, folder) = try load("""
        measure m { priority p; value deaths over calendar year; compare with previous period; explore when value > comparison; say explore "{value}." }
        """)
        defer { folder.remove() }
        XCTAssertEqual(load.diagnostics.filter { $0.severity == .error }.map(\.message),
                       ["'deaths' is 3 calendar years pooled, so it cannot be reported over a calendar year"])
        XCTAssertEqual(load.diagnostics.first { $0.severity == .error }?.help,
                       "take it over a period its data can fill, such as 'over pooled 3 calendar years'")
    }
}
