import XCTest
import AssureTestSupport
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// Every filter and the sentence rules, on small findings whose figures are worked out by hand.
final class NarrativeFilterTests: XCTestCase {
    /// A financial-year measure of one indicator compared with the year before.
    private func finding(unit: AssureLanguage.Unit = .count, polarity: Polarity = .lower, previous: Observation?, current: Observation,
                         comparisons: [Comparison] = [.previousPeriod], changeKind: ChangeKind? = nil) -> MeasureFinding {
        let indicator = Indicator(name: "x", title: "X", unit: unit, polarity: polarity, aggregation: .last)
        var rows: [(String, Observation)] = [("2023/24", current)]
        if let previous { rows.insert(("2022/23", previous), at: 0) }
        let measure = Measure(name: "x_measure", title: "Contacts to the front door", value: .indicator("x"),
                                  comparisons: comparisons, changeKind: changeKind)
        return MeasureEvaluator(indicators: ["x": indicator], data: TestData(series: ["x": TestSeries(.financialYear, rows)]))
            .evaluate(measure, asOf: period("2023/24"))
    }

    private func text(_ template: String, _ finding: MeasureFinding) -> String {
        let result = Narrative.sentence(AssureReportTests.template(template), finding)
        return result.text ?? "problem: \(result.problem?.message ?? "")"
    }

    private var counts: MeasureFinding { finding(previous: .value(52_000), current: .value(59_370)) }
    // 41.2% → 37.9%: −3.3 points; (37.9 − 41.2) / 41.2 = −8.009…%.
    private var shares: MeasureFinding { finding(unit: .percent, previous: .value(41.2), current: .value(37.9)) }

    func testThousandsSeparatorsAndHonestPlacesByDefault() {
        XCTAssertEqual(text("{value} contacts", counts), "59,370 contacts.")
        // Whole numbers by default, unless they would contradict the change: 38% from 41% is a
        // fall of 3, but the change is 3.3 points, so both are written to one place.
        XCTAssertEqual(text("{value} in {period}", shares), "37.9% in 2023/24.")
        XCTAssertEqual(text("{value|round(1)}", shares), "37.9%.")
    }

    func testRoundDropsTrailingZeros() {
        // 52,000 → 59,370: +14.173…%.
        XCTAssertEqual(text("{change.percent|round(1)}", counts), "14.2%.")
        XCTAssertEqual(text("{change.percent|round(2)}", counts), "14.17%.")
        XCTAssertEqual(text("{comparison.value|round(2)}", counts), "52,000.")
    }

    func testAbsAndSignedChanges() {
        XCTAssertEqual(text("{change.absolute}", counts), "7,370.")
        XCTAssertEqual(text("{change.percent}", shares), "-8%.")
        XCTAssertEqual(text("{change.percent|abs|round(1)}", shares), "8%.", "8.009… to one place is 8.0, written 8")
    }

    func testPointsForPercentages() {
        XCTAssertEqual(text("a fall of {change.points|abs|round(1)}", shares), "A fall of 3.3 percentage points.")
        XCTAssertEqual(text("{change.absolute|abs|round(1)}", shares), "3.3 percentage points.", "absolute change of a percentage is in points")
        XCTAssertEqual(text("{change|abs|round(1)}", shares), "3.3 percentage points.", "a percentage's own change is points")
        let one = finding(unit: .percent, previous: .value(40), current: .value(41))
        XCTAssertEqual(text("{change.points}", one), "1 percentage point.")
        XCTAssertEqual(text("{change.percent|round(1)|points}", one), "2.5 percentage points.", "points restyles a number")
    }

    func testPercentFilterAndOwnChangeKind() {
        XCTAssertEqual(text("{change}", counts), "14%.", "a count's own change is percent")
        let absolute = finding(previous: .value(88), current: .value(65), changeKind: .absolute)
        XCTAssertEqual(text("{change|abs} fewer", absolute), "23 fewer.")
        // The base of a count compared over time is its events in both periods: 88 + 65 = 153.
        XCTAssertEqual(text("{base|percent}", absolute), "153%.")
    }

    func testPointsOfACountIsUnavailable() {
        let result = Narrative.sentence(template("by {change.points}"), counts)
        XCTAssertEqual(result.problem?.range.start.column, 4, "points at the placeholder")
        XCTAssertTrue(result.problem?.message.contains("percent") ?? false)
    }

    func testWords() {
        let three = finding(previous: .value(5), current: .value(3))
        XCTAssertEqual(text("{value|words} children", three), "Three children.")
        XCTAssertEqual(text("{value|words}", counts), "59,370.", "large numbers stay in figures")
    }

    func testPluralSingularForOne() {
        XCTAssertEqual(text("{value|plural(\"statement\")}", finding(previous: nil, current: .value(1))), "1 statement.")
        XCTAssertEqual(text("{value|plural(\"child\", \"children\")}", finding(previous: nil, current: .value(2))), "2 children.")
        XCTAssertEqual(text("{value|words|plural(\"review\")}", finding(previous: nil, current: .value(4))), "Four reviews.")
    }

    func testDirectionStyles() {
        XCTAssertEqual(text("{change.direction}", counts), "Increase.")
        XCTAssertEqual(text("{change.direction|rise}", counts), "Rise.")
        XCTAssertEqual(text("{change.direction|up}", shares), "Down.")
        XCTAssertEqual(text("{change.direction|direction(\"rise\")}", shares), "Fall.")
        XCTAssertEqual(text("{change.percent|direction(\"more\", \"fewer\")}", shares), "Fewer.", "a number's sign gives the direction")
        let same = finding(previous: .value(10), current: .value(10))
        XCTAssertEqual(text("{change.direction|up}", same), "Unchanged.")
        XCTAssertEqual(text("{change.direction|direction(\"up\", \"down\", \"level\")}", same), "Level.")
    }

    func testImprovementFollowsPolarity() {
        // Lower is better: a fall is an improvement, a rise a deterioration.
        XCTAssertEqual(text("an {change.direction|improvement}", shares), "An improvement.")
        XCTAssertEqual(text("a {change.direction|improvement}", counts), "A deterioration.")
        let higher = finding(polarity: .higher, previous: .value(52_000), current: .value(59_370))
        XCTAssertEqual(text("an {change.direction|improvement}", higher), "An improvement.")
        let neither = finding(polarity: .neither, previous: .value(1), current: .value(2))
        XCTAssertNotNil(Narrative.sentence(template("{change.direction|improvement}"), neither).problem,
                        "no better direction: never guess")
    }

    func testFromComparisonAndTarget() {
        XCTAssertEqual(text("{value} ({comparison.value|from})", shares), "37.9% (down from 41.2% in 2022/23).")
        XCTAssertEqual(text("{value|round} ({comparison.value|round(1)|from})", shares), "38% (down from 41.2% in 2022/23).",
                       "an explicit round is the analyst's choice")
        let target = finding(unit: .percent, polarity: .higher, previous: nil, current: .value(92), comparisons: [.target(90)])
        XCTAssertEqual(text("{value}, {comparison.value|from}", target), "92%, above the target of 90%.")
        let same = finding(previous: .value(10), current: .value(10))
        XCTAssertEqual(text("{comparison.value|from}", same), "The same as 10 in 2022/23.")
    }

    func testSinceInWords() {
        XCTAssertEqual(NarrativeFilters.since(period("2023-01")), "the beginning of 2023")
        XCTAssertEqual(NarrativeFilters.since(period("2023")), "the beginning of 2023")
        XCTAssertEqual(NarrativeFilters.since(period("2023/24")), "the beginning of 2023/24")
        XCTAssertEqual(NarrativeFilters.since(period("2023-10")), "October 2023")
        XCTAssertEqual(text("since {period|since}", counts), "Since the beginning of 2023/24.")
    }

    func testPeriodsInWords() {
        XCTAssertEqual(text("{comparison.period}", counts), "2022/23.")
        let indicator = Indicator(name: "q", title: "Q", unit: .count, polarity: .lower, aggregation: .sum)
        let measure = Measure(name: "q", title: "Q", value: .indicator("q"), over: .quarter)
        let quarter = MeasureEvaluator(indicators: ["q": indicator],
                                       data: TestData(series: ["q": TestSeries(monthlyFrom: "2023-10", [1, 2, 3])]))
            .evaluate(measure, asOf: period("2023/24 Q3"))
        XCTAssertEqual(text("during {period}", quarter), "During October to December 2023 (Quarter 3).")
        XCTAssertEqual(text("{value|plural(\"contact\")} in {period}", quarter), "6 contacts in October to December 2023 (Quarter 3).")
    }

    func testOneFullStopAndACapital() {
        XCTAssertEqual(text("the figure was {value}.", counts), "The figure was 59,370.")
        XCTAssertEqual(text("  was it {value}?  ", counts), "Was it 59,370?")
        XCTAssertEqual(Narrative.finish("done!"), "Done!")
        XCTAssertEqual(Narrative.finish("twice.."), "Twice.")
        XCTAssertEqual(Narrative.finish("and so on…"), "And so on…")
        XCTAssertEqual(Narrative.finish(""), "")
    }

    func testMissingComparisonIsAProblemAtThePlaceholder() {
        let result = Narrative.sentence(template("Up {change.percent} on last year"), finding(previous: nil, current: .value(5)))
        XCTAssertEqual(result.problem?.range.start.column, 4)
        XCTAssertEqual(result.problem?.range.end.column, 20)
        XCTAssertTrue(result.problem?.message.contains("2022/23") ?? false, result.problem?.message ?? "")
    }

    func testCheckFindsUnknownNamesAndMisusedFilters() {
        XCTAssertEqual(Narrative.check(template("{value|abs|round(1)} {change.direction|rise}")), [])
        let unknown = Narrative.check(template("{valeu}"))
        XCTAssertEqual(unknown.first?.range.start.column, 2)
        XCTAssertTrue(unknown.first?.message.hasPrefix("unknown placeholder '{valeu}'") ?? false)
        XCTAssertTrue(Narrative.check(template("{value|bold}")).first?.message.hasPrefix("unknown filter 'bold'") ?? false)
        XCTAssertEqual(Narrative.check(template("{value|round}")), [], "round alone rounds to whole numbers, as the checker allows")
        XCTAssertEqual(Narrative.check(template("{value|round(\"one\")}")).count, 1)
        XCTAssertEqual(Narrative.check(template("{period|abs}")).count, 1, "abs cannot format a period")
        XCTAssertEqual(Narrative.check(template("{value|from}")).count, 1, "from is for comparison.value")
        XCTAssertEqual(Narrative.check(template("{value|plural(\"x\")|abs}")).count, 1, "plural gives text")
        XCTAssertEqual(Narrative.check(template("{change|direction(\"sideways\")}")).count, 1)
    }
}
