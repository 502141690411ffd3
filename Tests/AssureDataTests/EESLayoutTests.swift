import XCTest
import AssureTestSupport
@testable import AssureData

/// DfE explore-education-statistics tidy files: geography, filters, indicators and every
/// time_identifier, worked by hand on small files written here.
final class EESLayoutTests: XCTestCase {
    private var folder: TemporaryFolder!

    override func setUpWithError() throws { folder = try TemporaryFolder() }
    override func tearDown() { folder.remove() }

    private static let header = "time_period,time_identifier,geographic_level,country_code,country_name,region_code,region_name,old_la_code,new_la_code,la_name"

    private func load(_ text: String) -> IndicatorLoadResult {
        IndicatorLoader.load([.bytes(Array(text.utf8), name: "t.csv")])
    }

    func testAreasFiltersAndIndicators() throws {
        let text = EESLayoutTests.header + ",cla_group,sw_stability,number,percentage\n"
            + "2024,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,Total children,83300,100\n"
            + "2024,Reporting year,National,E92000001,England,,,,,,CLA on 31 March,3 or more,22140,27\n"
            + "2024,Reporting year,Regional,E92000001,England,E12000002,North West,,,,CLA on 31 March,Total children,14000,100\n"
            + "2024,Reporting year,Local authority,E92000001,England,E12000002,North West,355,E08000006,Salford,CLA on 31 March,Total children,700,100\n"
            + "2024,Reporting year,Local authority,E92000001,England,E12000002,North West,355,E08000006,Salford,CLA on 31 March,3 or more,c,c\n"
        let result = load(text)
        XCTAssertEqual(result.diagnostics.map(\.message), [])
        let data = try XCTUnwrap(result.data)
        // Two indicator columns × two values of sw_stability (cla_group does not vary: not in the name).
        XCTAssertEqual(data.indicatorNames, [
            "t/number [sw_stability = 3 or more]", "t/number [sw_stability = Total children]",
            "t/percentage [sw_stability = 3 or more]", "t/percentage [sw_stability = Total children]",
        ])
        let total = "t/number [sw_stability = Total children]"
        XCTAssertEqual(data.areas(of: total), ["E08000006", "E12000002", "E92000001"])
        let fy2023 = Period.financialYear(FinancialYear(startYear: 2023))
        XCTAssertEqual(data.series(indicator: total, area: "E92000001")?.observation(at: fy2023), .value(83_300))
        XCTAssertEqual(data.series(indicator: total, area: "E12000002")?.observation(at: fy2023), .value(14_000))
        XCTAssertEqual(data.series(indicator: total, area: "E08000006")?.observation(at: fy2023), .value(700))
        XCTAssertEqual(data.series(indicator: "t/percentage [sw_stability = 3 or more]", area: "E08000006")?.observation(at: fy2023),
                       .symbol(.confidential, marker: "c"))
        let published = try XCTUnwrap(data.published["t/percentage [sw_stability = 3 or more]"])
        XCTAssertEqual(published.filters, [.init(column: "cla_group", value: "CLA on 31 March"), .init(column: "sw_stability", value: "3 or more")])
        XCTAssertEqual(published.clause, #"from "t.csv" indicator "percentage" where sw_stability = "3 or more""#)
        XCTAssertEqual(data.areaDetails["E08000006"]?.region, "E12000002")
        XCTAssertEqual(data.areaDetails["E92000001"]?.region, nil)
    }

    /// Each time_identifier Assure reads, and the period it gives (worked from the EES definitions).
    func testTimeIdentifiers() {
        let cases: [(String, String, String)] = [
            ("2025", "Reporting year", "2024/25"),      // the year to 31 March 2025
            ("202324", "Financial year", "2023/24"),
            ("202425", "Academic year", "AY2024/25"),   // September 2024 to August 2025
            ("2024", "Calendar year", "2024"),
            ("202324", "Financial year Q3", "2023/24 Q3"),
            ("2024", "October", "2024-10"),
            ("2024", "May", "2024-05"),
        ]
        for (period, identifier, code) in cases {
            XCTAssertEqual(try? EESTime.code(timePeriod: period, identifier: identifier).get(), code, "\(period) \(identifier)")
        }
    }

    func testRefusedTimeIdentifiers() {
        guard case .failure(let term) = EESTime.code(timePeriod: "202425", identifier: "Autumn term") else { return XCTFail("read a term") }
        XCTAssertEqual(term.message, "time_identifier 'Autumn term' is a kind of period Assure does not read")
        XCTAssertTrue(term.help.contains("Reporting year, Financial year"), term.help)
        guard case .failure(let week) = EESTime.code(timePeriod: "2024", identifier: "Week 3") else { return XCTFail("read a week") }
        XCTAssertTrue(week.help.contains("weekly"), week.help)
        // 202426: the second year does not follow the first.
        guard case .failure(let pair) = EESTime.code(timePeriod: "202426", identifier: "Financial year") else { return XCTFail("read 202426") }
        XCTAssertEqual(pair.message, "time_period '202426' is not a financial year as EES writes it")
        guard case .failure(let short) = EESTime.code(timePeriod: "2024", identifier: "Academic year") else { return XCTFail("read 2024 as a pair") }
        XCTAssertEqual(short.help, "EES writes an academic year as 202425 (September 2024 to August 2025)")
    }

    func testATermIsRefusedAtItsCell() throws {
        let text = EESLayoutTests.header + ",pupils\n"
            + "202425,Autumn term,National,E92000001,England,,,,,,1000\n"
        let result = load(text)
        XCTAssertNil(result.data)
        let diagnostic = try XCTUnwrap(result.diagnostics.first)
        XCTAssertEqual(diagnostic.message, "time_identifier 'Autumn term' is a kind of period Assure does not read")
        // "202425," is 7 characters: the identifier starts at column 8.
        XCTAssertEqual(diagnostic.range?.start, SourcePosition(line: 2, column: 8))
    }

    func testOtherLevelsAreCountedNotRead() throws {
        let text = EESLayoutTests.header + ",lad_code,lad_name,pupils\n"
            + "2024,Calendar year,National,E92000001,England,,,,,,,,1000\n"
            + "2024,Calendar year,Local authority district,E92000001,England,E12000002,North West,,,,E08000006,Salford,10\n"
            + "2024,Calendar year,Local authority district,E92000001,England,E12000002,North West,,,,E08000007,Stockport,12\n"
        let result = load(text)
        let data = try XCTUnwrap(result.data)
        XCTAssertEqual(data.indicatorNames, ["t/pupils"])
        XCTAssertEqual(data.areas, ["E92000001"])
        XCTAssertEqual(result.diagnostics.map(\.message), ["2 rows at geographic level 'Local authority district' not read"])
        XCTAssertEqual(result.diagnostics.first?.severity, .warning)
        XCTAssertEqual(result.diagnostics.first?.range?.start.line, 3)
    }

    func testALocalAuthorityRowWithoutItsCode() throws {
        let text = EESLayoutTests.header + ",pupils\n"
            + "2024,Calendar year,Local authority,E92000001,England,E12000002,North West,355,,Salford,10\n"
        let result = load(text)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["this Local authority row has no new_la_code"])
        // "2024,Calendar year,Local authority,E92000001,England,E12000002,North West,355," is 78 characters.
        XCTAssertEqual(result.diagnostics.first?.range?.start, SourcePosition(line: 2, column: 79))
    }

    /// A numeric column with a stray word stays an indicator, and the word is an error at its cell.
    func testTextInAnIndicatorColumnIsAnError() throws {
        let text = EESLayoutTests.header + ",pupils\n"
            + "2024,Calendar year,National,E92000001,England,,,,,,1000\n"
            + "2023,Calendar year,National,E92000001,England,,,,,,900\n"
            + "2022,Calendar year,National,E92000001,England,,,,,,unknown\n"
        let result = load(text)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["'unknown' is not a number"])
        XCTAssertEqual(result.diagnostics.first?.range?.start, SourcePosition(line: 4, column: 52))
    }

    func testTheSameRowTwiceIsADuplicate() throws {
        let text = EESLayoutTests.header + ",pupils\n"
            + "2024,Calendar year,National,E92000001,England,,,,,,1000\n"
            + "2024,Calendar year,National,E92000001,England,,,,,,1000\n"
        let result = load(text)
        XCTAssertNil(result.data)
        XCTAssertEqual(result.diagnostics.map(\.message), ["indicator 't/pupils' in area 'E92000001' has a second row for 2024"])
    }
}

extension EESLayoutTests {
    /// `assure indicators` lists each published series with the clause that names it.
    func testTheCatalogueGivesTheClause() throws {
        let text = EESLayoutTests.header + ",sw_stability,percentage\n"
            + "2024,Reporting year,National,E92000001,England,,,,,,Total children,100\n"
            + "2024,Reporting year,National,E92000001,England,,,,,,3 or more,27\n"
        let catalogue = IndicatorCatalogue(try XCTUnwrap(load(text).data))
        XCTAssertTrue(catalogue.renderText().hasSuffix("""
            Published series, and the clause that names each in a rules file's indicator:
              t/percentage [sw_stability = 3 or more]
                from "t.csv" indicator "percentage" where sw_stability = "3 or more"
              t/percentage [sw_stability = Total children]
                from "t.csv" indicator "percentage" where sw_stability = "Total children"

            """), catalogue.renderText())
        XCTAssertTrue(catalogue.renderJSON().hasSuffix("""
              "published": [
                {"indicator": "t/percentage [sw_stability = 3 or more]", "from": "from \\"t.csv\\" indicator \\"percentage\\" where sw_stability = \\"3 or more\\""},
                {"indicator": "t/percentage [sw_stability = Total children]", "from": "from \\"t.csv\\" indicator \\"percentage\\" where sw_stability = \\"Total children\\""}
              ]
            }

            """), catalogue.renderJSON())
    }
}

extension EESLayoutTests {
    /// An area may be named as a published file names it: Salford is E08000006.
    func testAreasByName() throws {
        let text = EESLayoutTests.header + ",pupils\n"
            + "2024,Calendar year,Local authority,E92000001,England,E12000002,North West,355,E08000006,Salford,10\n"
            + "2024,Calendar year,Regional,E92000001,England,E12000002,North West,,,,100\n"
        let data = try XCTUnwrap(load(text).data)
        XCTAssertEqual(data.areaCode(named: "Salford"), "E08000006")
        XCTAssertEqual(data.areaCode(named: "north west"), "E12000002")
        XCTAssertEqual(data.areaCode(named: "E08000006"), "E08000006")
        XCTAssertNil(data.areaCode(named: "Stockport"))
        XCTAssertEqual(data.areaName(of: "E12000002"), "North West")
    }
}
