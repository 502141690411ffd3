import AssureEngine
import AssureLanguage
import XCTest

/// Everything `assure check` accepts in the sample reaches the evaluator: no measure, rule,
/// notice or rating is lost between the checked rule set and the plan.
final class SamplePlanTests: XCTestCase {
    func testThePlanKeepsEveryCheckedMeasureRuleNoticeAndRating() throws {
        let load = PartnershipLoader.load(rules: Sample.rules, indicators: Sample.indicators)
        let plan = try XCTUnwrap(load.partnership?.plan)
        let rules = load.checked.ruleSet
        XCTAssertEqual(plan.measures.map(\.name), rules.measures.map(\.name))
        for (planned, checked) in zip(plan.measures, rules.measures) {
            XCTAssertEqual(planned.rules.count, checked.rules.count, "rules of \(checked.name)")
            XCTAssertEqual(planned.notices.count, checked.notices.count, "notices of \(checked.name)")
            XCTAssertEqual(planned.comparisons.count, checked.comparisons.count, "comparisons of \(checked.name)")
        }
        XCTAssertEqual(plan.outcomes.map { $0.ratings.count }, rules.outcomes.map { $0.ratings.count })
        for outcome in plan.outcomes {
            // Only `otherwise` has no condition.
            XCTAssertEqual(outcome.ratings.filter { $0.condition == nil }.map(\.text).allSatisfy { $0.hasPrefix("otherwise") }, true, outcome.name)
        }
    }
}
