import AssureData
import AssureLanguage
import XCTest

/// Rule test files read by the rules' own lexer and parser: series in both forms, values of
/// every kind, and each mistake as an error at its place.
final class RuleTestParserTests: XCTestCase {
    func testASeriesFromAPeriodRepeatsFiguresForConsecutivePeriods() throws {
        let file = Parser.parseRuleTests("""
            test "t" {
              measure m
              as of 2023/24 Q3
              series a from 2023-10 5 for 2, missing,
                suppressed, 45%, 9 of 20
              expect doing well because "change <= -10%"
              expect sentence "Text."
              expect notice "A record."
            }
            """, path: "t.assure-test")
        XCTAssertEqual(file.diagnostics, [])
        let test = try XCTUnwrap(file.tests.first)
        XCTAssertEqual(test.subject?.value, .measure("m"))
        XCTAssertEqual(test.asOf?.value, try Period.parse("2023/24 Q3"))
        let series = try XCTUnwrap(test.series.first)
        XCTAssertEqual(series.frequency, .monthly)
        // 2023-10 and 2023-11 are 5; then 2023-12 missing, 2024-01 suppressed, 2024-02 45, 2024-03 9 of 20.
        XCTAssertEqual(series.points.map(\.period.code), ["2023-10", "2023-11", "2023-12", "2024-01", "2024-02", "2024-03"])
        XCTAssertEqual(series.points.map(\.value), [.number(5), .number(5), .missing, .suppressed, .number(45), .counts(numerator: 9, denominator: 20)])
        XCTAssertEqual(series.points[4].range.start.line, 5)
        XCTAssertEqual(test.expectations.map(\.range.start.line), [6, 7, 8])
        guard case .notice(let notice)? = test.expectations.last else { return XCTFail("\(test.expectations)") }
        XCTAssertEqual(notice.value, "A record.")
    }

    func testPairsGiveEachPeriodItsFigure() throws {
        let file = Parser.parseRuleTests("""
            test "t" {
              outcome o
              series s 2021 78%, 2023 -3
              expect amber
            }
            """, path: "t.assure-test")
        XCTAssertEqual(file.diagnostics, [])
        let series = try XCTUnwrap(file.tests.first?.series.first)
        XCTAssertEqual(series.frequency, .calendarYear)
        XCTAssertEqual(series.points.map(\.value), [.number(78), .number(-3)])
    }

    func testMistakesAreErrorsAtTheirPlaceAndLaterTestsAreStillRead() {
        let file = Parser.parseRuleTests("""
            test "mixed" {
              measure m
              series a 2023-10 1, 2023/24 Q3 2
              expect doing wel
              expct explore
            }
            tset "typo" {
            }
            test "fine" {
              measure m
              expect explore
            }
            """, path: "t.assure-test")
        let messages = file.diagnostics.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0): \($0.message)" }
        XCTAssertEqual(messages, [
            "3:23: the series of 'a' mixes periods: 2023/24 Q3 is not monthly like 2023-10",
            "4:16: expected 'well' after 'doing', found 'wel'",
            "5:3: unknown clause 'expct' in test \"mixed\"",
            "7:1: expected a test (test \"what it shows\" { … }), found 'tset'",
        ])
        XCTAssertEqual(file.tests.map(\.name.value), ["mixed", "fine"])
    }
}
