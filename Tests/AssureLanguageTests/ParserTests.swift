import AssureData
import XCTest
@testable import AssureLanguage

final class ParserTests: XCTestCase {
    private func outline(_ text: String) -> (String, [Diagnostic]) {
        let parsed = Parser.parse(text, path: "test.assure")
        return (SyntaxDump.outline(parsed.syntax), parsed.diagnostics)
    }

    func testIndicatorWithClausesOnOneLineSeparatedBySemicolons() {
        let (tree, problems) = outline("""
        indicator marac_repeats_children {
          title "Repeat cases"
          unit count; frequency monthly; better lower; aggregate sum
        }
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(tree, #"indicator marac_repeats_children { title: "Repeat cases"; unit: count; frequency: monthly; better: lower; aggregate: sum }"#)
    }

    func testDerivedIndicatorArithmeticBindsMultiplicationTighter() {
        let (tree, problems) = outline("indicator x = a + b * c / (d - 1) { unit rate per 10,000 }")
        XCTAssertEqual(problems, [])
        XCTAssertEqual(tree, "indicator x = (a + ((b * c) / (d - 1))) { unit: rate per 10,000 }")
    }

    func testMeasureReadsEveryClause() {
        let (tree, problems) = outline("""
        measure marac_repeats {
          priority domestic_abuse
          value marac_repeats_children over financial year
          compare with previous period
          change as percent
          minimum base 20
          doing well when change <= -10% and not base < 5
          explore when change >= +10%
          judge by spc baseline 24 points rebase at 2021-04, 2022/23 Q1 target 90% without screening
          notice record high within 36 months "Record {record.value} in {record.period}."
          notice trend since 2023-01 "Rising since {trend.since}."
          say doing well "Down by {change.percent|abs|round(0)}."
        }
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(tree, #"measure marac_repeats { priority: domestic_abuse; value: marac_repeats_children; over: financial year; compare: previous period; change: percent; minimum base: 20; doing well when: ((change <= (- 10%)) and (not (base < 5))); explore when: (change >= (+ 10%)); judge by: spc baseline 24 points rebase at 2021-04,2022/23 Q1 target 90% without screening; notice: record high within 36 months "Record "{record.value}" in "{record.period}"."; notice: trend since 2023-01 "Rising since "{trend.since}"."; say doing well: "Down by "{change.percent|abs|round(0)}"." }"#)
    }

    func testOutcomeRatingRules() {
        let (tree, problems) = outline("""
        outcome supported {
          statement "Professionals tell us they feel supported"
          evidence a, b,
            c
          green when all doing well
          amber when at least 1 doing well and none explore
          otherwise red
        }
        """)
        XCTAssertEqual(problems, [])
        XCTAssertEqual(tree, #"outcome supported { statement: "Professionals tell us they feel supported"; evidence: a,b,c; green: all doing well; amber: (at least 1 doing well and none explore); red: otherwise }"#)
    }

    func testTenThousandNestedParenthesesGiveOneDiagnosticAndNoCrash() {
        let text = "indicator x = " + String(repeating: "(", count: 10_000) + "a" + String(repeating: ")", count: 10_000) + " { unit count }"
        let (_, problems) = outline(text)
        XCTAssertEqual(problems.map(\.message), ["expression nested too deeply (more than 256 levels)"])
    }

    func testAVeryLongChainOfAdditionsIsTooDeepNotACrash() {
        let text = "indicator x = " + Array(repeating: "a", count: 100_000).joined(separator: " + ") + " { unit count }"
        let (_, problems) = outline(text)
        XCTAssertEqual(problems.map(\.message), ["expression nested too deeply (more than 256 levels)"])
        let (_, fine) = outline("indicator x = " + Array(repeating: "a", count: 200).joined(separator: " + ") + " { unit count }")
        XCTAssertEqual(fine, [])
    }

    func testUnclosedParenthesesAndMinusSignsDoNotCrash() {
        for text in ["indicator x = " + String(repeating: "(", count: 10_000),
                     "indicator x = " + String(repeating: "-", count: 10_000) + "a { unit count }",
                     "measure m { doing well when " + String(repeating: "not ", count: 10_000) + "x }"] {
            let (_, problems) = outline(text)
            XCTAssertTrue(problems.hasErrors)
        }
    }

    func testRecoveryReportsEveryBrokenClause() {
        let (_, problems) = outline("""
        indicator a {
          titel "A"
          unit counts
          frequency monthly
        }
        measur b {
        }
        indicator c {
          better upward
        }
        """)
        XCTAssertEqual(problems.map { "\($0.range?.start.line ?? 0):\($0.range?.start.column ?? 0) \($0.help ?? "")" },
                       ["2:3 did you mean 'title'?", "3:8 did you mean 'count'?", "6:1 did you mean 'measure'?", "9:10 "])
    }
}
