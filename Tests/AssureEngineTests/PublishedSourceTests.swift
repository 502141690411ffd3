import AssureData
import AssureEngine
import AssureTestSupport
import XCTest

/// A rules indicator names a published series with `from "file.csv" indicator "column" where
/// filter = "value"`; every way of naming none, or more than one, is an error at the clause.
final class PublishedSourceTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws {
        folder = try TemporaryFolder()
        try folder.write("Indicators/la_cla_swcount.csv", """
            time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,la_name,new_la_code,cla_group,sw_stability,number,percentage
            2024,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,Total children,83300,100
            2024,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,3 or more social workers during the year,22140,27
            2023,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,Total children,83630,100
            2023,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,3 or more social workers during the year,23000,28

            """)
    }

    override func tearDown() { folder.remove() }

    private func rules(_ source: String) throws -> PartnershipLoad {
        try folder.write("Rules/r.assure", """
            report {
              title "Test"
              area "E92000001"
              period financial year
            }
            priority stability {
              title "Stability"
            }
            indicator many_social_workers {
              title "Looked-after children with 3 or more social workers in the year"
              unit percent
              frequency financial year
              better lower
              \(source)
            }
            measure stability {
              title "Social worker changes"
              priority stability
              value many_social_workers
              compare with previous period
              doing well when change < 0 points
            }

            """)
        return PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
    }

    private func errors(_ load: PartnershipLoad) -> [String] {
        load.diagnostics.filter { $0.severity == .error }.map(\.message)
    }

    func testTheSeriesIsTheRulesIndicator() throws {
        let load = try rules(#"from "la_cla_swcount.csv" indicator "percentage" where sw_stability = "3 or more social workers during the year""#)
        XCTAssertEqual(errors(load), [])
        let data = try XCTUnwrap(load.partnership?.data)
        // The year to 31 March 2024 is 2023/24: 27%.
        XCTAssertEqual(data.series(indicator: "many_social_workers", area: "E92000001")?
                        .observation(at: .financialYear(FinancialYear(startYear: 2023))), .value(27))
        // ".csv" may be left off, names are in any case.
        XCTAssertEqual(errors(try rules(#"from "LA_CLA_SWCOUNT" indicator percentage where SW_Stability = "3 or more social workers during the year""#)), [])
    }

    func testNoSuchFile() throws {
        let load = try rules(#"from "la_cla_swcount2.csv" indicator "percentage""#)
        XCTAssertEqual(errors(load), [#"there is no published file "la_cla_swcount2.csv" in the indicator data"#])
        let diagnostic = try XCTUnwrap(load.diagnostics.first { $0.severity == .error })
        // Line 14 of the rules: `  from "la_cla_swcount2.csv" …`; the file name starts at column 8.
        XCTAssertEqual(diagnostic.range?.start, SourcePosition(line: 14, column: 8))
        XCTAssertEqual(diagnostic.help, #"did you mean "la_cla_swcount.csv"? the published files are "la_cla_swcount.csv""#)
    }

    func testNoSuchColumn() throws {
        let load = try rules(#"from "la_cla_swcount.csv" indicator "percent""#)
        XCTAssertEqual(errors(load), [#"la_cla_swcount.csv has no indicator column "percent""#])
        XCTAssertEqual(load.diagnostics.first { $0.severity == .error }?.help,
                       #"its indicator columns are "number", "percentage""#)
    }

    func testTwoSeriesNeedAFilter() throws {
        let load = try rules(#"from "la_cla_swcount.csv" indicator "percentage""#)
        XCTAssertEqual(errors(load), ["this names 2 series of la_cla_swcount.csv, not one"])
        XCTAssertEqual(load.diagnostics.first { $0.severity == .error }?.help,
                       #"add where … to choose one by sw_stability ("3 or more social workers during the year", "Total children")"#)
    }

    func testNoSuchFilterOrValue() throws {
        XCTAssertEqual(errors(try rules(#"from "la_cla_swcount.csv" indicator "percentage" where stability = "x""#)),
                       [#""stability" is not a filter column of la_cla_swcount.csv"#])
        let load = try rules(#"from "la_cla_swcount.csv" indicator "percentage" where sw_stability = "Total children ""#)
        XCTAssertEqual(errors(load), [])
        let wrong = try rules(#"from "la_cla_swcount.csv" indicator "percentage" where sw_stability = "Total child""#)
        XCTAssertEqual(errors(wrong), [#"no series of la_cla_swcount.csv has sw_stability = "Total child""#])
        XCTAssertEqual(wrong.diagnostics.first { $0.severity == .error }?.help,
                       #"did you mean "Total children"? its values are "3 or more social workers during the year", "Total children""#)
    }
}

extension PublishedSourceTests {
    func testADerivedIndicatorCannotAlsoComeFromAFile() throws {
        try folder.write("Rules/r.assure", """
            indicator a = b * 2 {
              unit count
              from "la_cla_swcount.csv" indicator "number" where sw_stability = "Total children"
            }

            """)
        let load = PartnershipLoader.load(rules: folder.path + "/Rules", indicators: folder.path + "/Indicators")
        XCTAssertTrue(errors(load).contains("'a' is derived by arithmetic, so it cannot also come from a published file"), "\(errors(load))")
    }
}

extension PublishedSourceTests {
    /// A clause that names no series is one error, at the clause: not also a warning that the
    /// indicator is not in the data.
    func testAClauseThatNamesNothingIsOneDiagnostic() throws {
        let load = try rules(#"from "la_cla_swcount.csv" indicator "percent""#)
        XCTAssertEqual(errors(load), [#"la_cla_swcount.csv has no indicator column "percent""#])
        XCTAssertEqual(load.diagnostics.filter { $0.message.contains("not found in Indicators") }.count, 0,
                       "\(load.diagnostics.map(\.message))")
    }
}
