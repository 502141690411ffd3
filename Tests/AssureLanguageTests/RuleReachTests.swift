import AssureData
import AssureLanguage
import XCTest

/// Which classification rules can never hold, proved over intervals of one figure: each case's
/// answer is worked out on a number line in its comment.
final class RuleReachTests: XCTestCase {
    /// The measure's rules as the checker builds them from `lines` (one rule each).
    private func rules(_ lines: [String], minimumBase: Int? = nil) throws -> [ClassificationRule] {
        let text = """
            priority main { title "Main" }
            indicator referrals { title "Referrals"; unit count; frequency monthly; better lower; aggregate sum }
            measure referrals {
              priority main
              value referrals over financial year
              compare with previous period
            \(minimumBase.map { "  minimum base \($0)\n" } ?? "")\(lines.map { "  " + $0 }.joined(separator: "\n"))
              say doing well "Down."
              say explore "Up."
              say to note "Noted."
            }
            """
        let result = Checker().check([RulesSource(path: "reach.assure", text: text)])
        XCTAssertFalse(result.diagnostics.hasErrors, "\(result.diagnostics)")
        return try XCTUnwrap(result.ruleSet.measures.first).rules
    }

    private func never(_ lines: [String], minimumBase: Int? = nil) throws -> [String] {
        RuleReach.neverHolding(try rules(lines, minimumBase: minimumBase), minimumBase: minimumBase.map(Double.init)).map { found in
            switch found.why {
            case .contradiction: return "\(found.rule + 1): contradiction"
            case .alwaysWonBy(let earlier): return "\(found.rule + 1): won by " + earlier.map { String($0 + 1) }.joined(separator: ",")
            case .belowMinimumBase(let minimum): return "\(found.rule + 1): below minimum base \(Int(minimum))"
            }
        }
    }

    func testAConditionThatContradictsItselfNeverHolds() throws {
        // change > 10 and change < 5: (10, inf) and (-inf, 5) do not meet.
        XCTAssertEqual(try never(["explore when change > 10% and change < 5%"]), ["1: contradiction"])
        // change >= 5 and change <= 5 is the point 5: it can hold.
        XCTAssertEqual(try never(["explore when change >= 5% and change <= 5%"]), [])
        // change > 5 and change <= 5: nothing.
        XCTAssertEqual(try never(["explore when change > 5% and not (change > 5%)"]), ["1: contradiction"])
    }

    func testALaterRuleInsideAnEarlierOneIsAlwaysWonByIt() throws {
        // change <= -10 lies inside change <= -5: rule 1 always holds first.
        XCTAssertEqual(try never(["doing well when change <= -5%", "doing well when change <= -10%"]), ["2: won by 1"])
        // The other way round each can decide: change in (-10, -5] reaches rule 2.
        XCTAssertEqual(try never(["doing well when change <= -10%", "doing well when change <= -5%"]), [])
    }

    func testEarlierRulesTogetherCoveringALaterOneWinOverIt() throws {
        // (-inf, 0) and [0, inf) cover the whole line: rule 3 never decides.
        XCTAssertEqual(try never(["doing well when change < 0%", "explore when change >= 0%", "to note when change != 0%"]),
                       ["3: won by 1,2"])
        // (-inf, 0) and (0, inf) leave 0 uncovered, and change = 0 can hold.
        XCTAssertEqual(try never(["doing well when change < 0%", "explore when change > 0%", "to note when change = 0%"]), [])
    }

    func testRulesOnTwoFiguresAreNotClaimedWithoutProof() throws {
        // value <= target compares two figures: not analysed, so no claim either way.
        XCTAssertEqual(try never(["doing well when change < 0% and significant", "doing well when change < -10%"]), [])
        // A later rule needing more (an extra figure) inside an earlier box still loses.
        XCTAssertEqual(try never(["doing well when change < 0%", "doing well when change < -10% and base > 100"]), ["2: won by 1"])
    }

    func testARuleNeedingABaseBelowTheMinimumBaseNeverHolds() throws {
        // minimum base 50: rules are tried only with base >= 50, so base < 50 never holds.
        XCTAssertEqual(try never(["doing well when change <= -1%", "to note when base < 50"], minimumBase: 50),
                       ["2: below minimum base 50"])
        XCTAssertEqual(try never(["to note when base < 60"], minimumBase: 50), [])
    }
}
