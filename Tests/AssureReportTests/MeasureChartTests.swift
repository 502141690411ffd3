import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage
import AssureTestSupport
import XCTest
@testable import AssureReport

/// The chart of a headline measure, from findings made by hand: the waves of a survey on a time
/// scale, a gap, statistical process control with its coloured special-cause point and icons,
/// the scale that does not exaggerate, and the text alternative word for word. Every figure is
/// worked by hand in the comment above it.
final class MeasureChartTests: XCTestCase {
    /// A partnership of one measure, evaluated for `period`.
    private func chart(_ indicator: Indicator, _ measure: Measure, _ series: TestSeries, period text: String) throws -> MeasureChart {
        let plan = RuleSet(report: ReportSettings(title: "Test", period: .financialYear), priorities: [],
                           indicators: [indicator.name: indicator], measures: [measure], outcomes: [])
        let assessment = try XCTUnwrap(Assessment.evaluate(plan, data: TestData(series: [indicator.name: series]), period: period(text)))
        return MeasureChart(try XCTUnwrap(assessment.measures.first))
    }

    /// A survey run in 2019, 2021 and 2023 (no rows for 2020 and 2022): three waves and no gap.
    private func survey() throws -> MeasureChart {
        let indicator = Indicator(name: "survey_confident", title: "Practitioners confident to act", unit: .percent,
                                  frequency: .calendarYear, polarity: .higher, aggregation: .last)
        let measure = Measure(name: "survey_confident", title: "Practitioners confident to act", value: .indicator("survey_confident"),
                              over: .calendarYear, comparisons: [.previousAvailable])
        let series = TestSeries(.calendarYear, [("2019", .value(60)), ("2021", .value(70)), ("2023", .value(75))])
        return try chart(indicator, measure, series, period: "2023")
    }

    /// Months are numbered year × 12 + month − 1, so 2019 runs from 24,228 to 24,240 and its
    /// middle is 24,234; 2021's is 24,258 and 2023's 24,282. The axis runs from the start of
    /// 2019 to the end of 2023, 24,228 to 24,288.
    func testASurveyIsItsWavesSpacedByTimeWithNoGapForYearsNeverRun() throws {
        let chart = try survey()
        XCTAssertEqual(chart.periods.map(\.period), [period("2019"), period("2021"), period("2023")])
        XCTAssertEqual(chart.periods.map(\.position), [24_234, 24_258, 24_282])
        XCTAssertEqual(chart.notCollected, [period("2020"), period("2022")])
        XCTAssertEqual(chart.time, 24_228...24_288)
        XCTAssertFalse(chart.periods.contains { $0.value == nil }, "a year never run is no gap")
        XCTAssertEqual(chart.comparisonIndex, 1, "compared with the previous available value, 2021")
        XCTAssertEqual(chart.reportingIndex, 2)
        XCTAssertEqual(chart.labelled, [0, 1, 2])
        XCTAssertEqual(MeasureChart.runs(chart.periods), [[0, 1, 2]], "the waves are joined")
        XCTAssertNil(chart.control)
        XCTAssertEqual(chart.timeLabel, "Year (the years it was run)")
        XCTAssertEqual(chart.valueLabel, "Percentage")
    }

    /// A percentage above 50% runs from 0 to 100% in fifths: 75% against 70% is 5 in 100.
    func testAPercentageAbove50RunsFrom0To100() throws {
        let scale = try survey().scale
        XCTAssertEqual(scale.choice, .wholePercentage)
        XCTAssertEqual(scale.ticks, [0, 20, 40, 60, 80, 100])
    }

    /// No denominator, so no test of chance and no interval bars.
    func testTheSurveysTextAlternative() throws {
        XCTAssertEqual(try survey().textAlternative,
                       "Annual practitioners confident to act, 2019 to 2023: 3 values, 60% (2019), 70% (2021) and 75% (2023), none collected for 2020 and 2022; the last value, 75% (2023), against 70% (2021), which is marked.")
    }

    /// The SVG's frame is 58 to 506 across and 24 to 204 down. 2021's middle is halfway along
    /// the axis (24,258 of 24,228 to 24,288): x = 58 + 0.5 × 448 = 282; 70% is 0.7 of the way
    /// up: y = 204 − 0.7 × 180 = 78. 2019 is at 58 + 6/60 × 448 = 102.8, 60% at 204 − 108 = 96.
    func testTheSVGPlacesTheWavesOnTheTimeScale() throws {
        let svg = ChartSVG(chart: try survey(), identifier: "s").drawing()
        XCTAssertTrue(svg.contains("cx=\"282.0\" cy=\"78.0\""), svg)
        XCTAssertTrue(svg.contains("<polyline points=\"102.8,96.0 282.0,78.0 461.2,69.0\""), svg)
        XCTAssertTrue(svg.contains(">100%</text>"))
        XCTAssertTrue(svg.contains(">2021</text>"))
        XCTAssertFalse(svg.contains("class=\"gap\""), "no mark for a year never run")
    }

    /// A monthly count, April 2023 to March 2024, with July missing (a blank value).
    private func monthly() throws -> MeasureChart {
        let indicator = Indicator(name: "referrals", title: "Referrals", unit: .count, polarity: .lower, aggregation: .sum)
        let measure = Measure(name: "referrals", title: "Referrals received", value: .indicator("referrals"), over: .month,
                              comparisons: [.previousPeriod])
        let series = TestSeries(monthlyFrom: "2023-04", [10, 12, 14, nil, 16, 18, 20, 22, 24, 26, 28, 31])
        return try chart(indicator, measure, series, period: "2024-03")
    }

    /// From 0 (a count): the highest figure is the top of 31's exact Poisson 95% interval,
    /// 44.0 (Garwood: χ²(0.975, 64) / 2 ≈ 88.0 / 2 by the Wilson–Hilferty approximation; the
    /// lower limit χ²(0.025, 62) / 2 ≈ 21.1), a fifth of it 8.8,
    /// whose round step is 10; so 0 to 50 in tens. Twelve months are more than six names: every second, counted back
    /// from March 2024 (index 11): 1, 3, 5, 7, 9, 11.
    func testACountRunsFromZeroAndAGapIsAGap() throws {
        let chart = try monthly()
        XCTAssertEqual(chart.scale.choice, .fromZero)
        XCTAssertEqual(chart.scale.ticks, [0, 10, 20, 30, 40, 50])
        XCTAssertEqual(chart.valueLabel, "Count")
        XCTAssertEqual(chart.timeLabel, "Month")
        XCTAssertEqual(chart.periods.count, 12)
        XCTAssertEqual(chart.periods[3].figure, .gap("missing"))
        XCTAssertEqual(chart.notCollected, [])
        XCTAssertEqual(MeasureChart.runs(chart.periods), [[0, 1, 2], Array(4...11)])
        XCTAssertEqual(chart.labelled, [1, 3, 5, 7, 9, 11])
        XCTAssertEqual(chart.labelled.map { MeasureChart.axisName(chart.periods[$0].period) },
                       ["May 2023", "Jul 2023", "Sep 2023", "Nov 2023", "Jan 2024", "Mar 2024"])
        XCTAssertEqual(chart.textAlternative,
                       "Monthly referrals received, April 2023 to March 2024: 11 values between 10 and 31; no figure for July 2023 (missing), shown as a gap in the line; the last value, 31 (March 2024), against 28 (February 2024), which is marked, interval 21.1 to 44; bars show 95% confidence intervals.")
        XCTAssertNotNil(chart.periods[10].interval, "February, compared with, has its interval too")
        XCTAssertNil(chart.periods[9].interval)
        XCTAssertTrue(ChartSVG(chart: chart, identifier: "m").drawing().contains("class=\"gap\""))
    }

    /// Twelve months judged by statistical process control, target 20:
    /// 10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 30. Moving ranges: ten of 4 and one of 20;
    /// their mean 60/11 = 5.45, and 20 is not below 3.267 × 5.45 = 17.8, so it is screened out:
    /// the average moving range is 4. Mean 160/12 = 13.33; limits 13.33 ∓ 2.66 × 4 = 2.69 and
    /// 23.97. The last point, 30, is above the upper limit: special cause improvement (higher
    /// is better). No other rule fires (the points alternate about the mean; none but 30 is
    /// beyond the near limits, 13.33 ∓ 7.09). The target, 20, is within the limits: hit and miss.
    private func controlled() throws -> MeasureChart {
        let indicator = Indicator(name: "statements", title: "Statements", unit: .count, polarity: .higher, aggregation: .sum)
        let measure = Measure(name: "statements", title: "Statements through the app", value: .indicator("statements"), over: .month,
                              spc: SPCJudgement(target: 20))
        let series = TestSeries(monthlyFrom: "2023-04", [10, 14, 10, 14, 10, 14, 10, 14, 10, 14, 10, 30])
        return try chart(indicator, measure, series, period: "2024-03")
    }

    func testStatisticalProcessControlGivesLinesTypesAndIcons() throws {
        let chart = try controlled()
        XCTAssertEqual(chart.control, .xmr)
        let lines = try XCTUnwrap(chart.processLines.first)
        XCTAssertEqual(chart.processLines.count, 1)
        XCTAssertEqual(try XCTUnwrap(lines.mean), 160.0 / 12, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(lines.lower), 160.0 / 12 - 10.64, accuracy: 1e-9)
        XCTAssertEqual(try XCTUnwrap(lines.upper), 160.0 / 12 + 10.64, accuracy: 1e-9)
        // April 2023 is month 24,279; the lines run from its start to the end of March 2024.
        XCTAssertEqual(lines.from, 24_279)
        XCTAssertEqual(lines.to, 24_291)
        XCTAssertEqual(chart.periods.map(\.pointType), Array(repeating: .commonCause, count: 11) + [.specialCauseImprovement])
        XCTAssertEqual(chart.variation, .specialCauseImprovement)
        XCTAssertEqual(chart.assurance, .inconsistent)
        XCTAssertEqual(chart.latestRule, .outsideLimits)
        XCTAssertEqual(chart.target, 20)
        XCTAssertEqual(chart.latestIsHigh, true)
        XCTAssertEqual(chart.variationWords, "Variation: special cause improvement (high)")
        // The lowest figure, 2.69, is not more than the spread (30 − 2.69), so from 0: a fifth
        // of 30 is 6, whose round step is 10.
        XCTAssertEqual(chart.scale.choice, .fromZero)
        XCTAssertEqual(chart.scale.ticks, [0, 10, 20, 30])
        XCTAssertEqual(chart.textAlternative,
                       "Monthly statements through the app, April 2023 to March 2024: 12 values between 10 and 30; mean 13.3, process limits 2.7 to 24; the last value, 30 (March 2024), is above the upper limit: special cause improvement; the target lies within the limits: hit and miss; target 20.")
    }

    /// Counts of rare events, 1, 0, 2, 1, 0, 1, 2, 0, 1, 1, 0, 7 (16 in 12 months, a mean of
    /// 1.33, below 4): the Poisson chart judges them. With λ = 4/3, P(X ≥ 7) = 0.00047, not
    /// above 0.00135, and P(X ≥ 6) = 0.0025, above it (the Poisson tail summed in Python's math
    /// module), so the upper limit is 6 and March's 7 signals: fewer is better, so special
    /// cause concern. P(X = 0) = e^(−4/3) = 0.26, so no count can signal a fall: no lower limit.
    /// Scale from 0: a fifth of 7 is 1.4, round step 2, to 8.
    func testRareEventsAreChartedWithTheirPoissonLimits() throws {
        let indicator = Indicator(name: "incidents", title: "Incidents", unit: .count, polarity: .lower, aggregation: .sum)
        let measure = Measure(name: "incidents", title: "Serious incidents", value: .indicator("incidents"), over: .month, spc: SPCJudgement())
        let series = TestSeries(monthlyFrom: "2023-04", [1, 0, 2, 1, 0, 1, 2, 0, 1, 1, 0, 7])
        let chart = try chart(indicator, measure, series, period: "2024-03")
        XCTAssertEqual(chart.control, .poisson)
        XCTAssertEqual(chart.processLines.count, 1)
        XCTAssertEqual(try XCTUnwrap(chart.processLines.first?.mean), 4.0 / 3, accuracy: 1e-12)
        XCTAssertEqual(chart.processLines.first?.upper, 6)
        XCTAssertNil(chart.processLines.first?.lower)
        XCTAssertEqual(chart.periods.map(\.pointType), Array(repeating: .commonCause, count: 11) + [.specialCauseConcern])
        XCTAssertNil(chart.assurance)
        XCTAssertEqual(chart.scale.ticks, [0, 2, 4, 6, 8])
        XCTAssertEqual(chart.textAlternative,
                       "Monthly serious incidents, April 2023 to March 2024: 12 values between 0 and 7; Poisson chart of rare events: mean 1.3, upper process limit 6 (no lower limit: a fall cannot be seen); the last value, 7 (March 2024), is above the upper limit: special cause concern.")
        XCTAssertTrue(ChartSVG(chart: chart, identifier: "r").render().contains("class=\"point special-cause-concern latest\""))
    }

    /// A figure compared with England: England's 2023/24 figure, 45, is a level line named with
    /// its period. Scale from 0: a fifth of 60 is 12, round step 20, to 60. A wait in days is
    /// neither a count nor a share, so no test of chance and no intervals.
    func testABenchmarkIsALineNamedWithItsPeriod() throws {
        let indicator = Indicator(name: "wait", title: "Wait", unit: .number, frequency: .financialYear, polarity: .lower, aggregation: .last)
        let england = Indicator(name: "wait_england", title: "Wait, England", unit: .number, frequency: .financialYear, aggregation: .last)
        let measure = Measure(name: "wait", title: "Wait in days", value: .indicator("wait"), over: .financialYear,
                              comparisons: [.benchmark(indicator: "wait_england", label: "England")])
        let plan = RuleSet(report: ReportSettings(title: "Test", period: .financialYear), priorities: [],
                           indicators: ["wait": indicator, "wait_england": england], measures: [measure], outcomes: [])
        let data = TestData(series: ["wait": TestSeries(.financialYear, [("2021/22", .value(50)), ("2022/23", .value(55)), ("2023/24", .value(60))]),
                                     "wait_england": TestSeries(.financialYear, [("2023/24", .value(45))])])
        let assessment = try XCTUnwrap(Assessment.evaluate(plan, data: data, period: period("2023/24")))
        let chart = MeasureChart(try XCTUnwrap(assessment.measures.first))
        XCTAssertEqual(chart.benchmark, ReferenceValue(name: "England", period: period("2023/24"), value: 45))
        XCTAssertNil(chart.comparisonIndex, "a benchmark is not a period of the series")
        XCTAssertEqual(chart.scale.ticks, [0, 20, 40, 60])
        XCTAssertEqual(chart.valueLabel, "Number", "a wait in days is a number, not a count")
        XCTAssertEqual(chart.textAlternative,
                       "Annual wait in days, 2021/22 to 2023/24: 3 values, 50 (2021/22), 55 (2022/23) and 60 (2023/24); the last value, 60 (2023/24); England 45 (2023/24).")
        XCTAssertEqual(chart.key.map(\.words), ["Value", "Reporting period", "England 45 (2023/24)"])
        // 45 on 0 to 60 in the SVG's frame: y = 204 − 0.75 × 180 = 69.
        XCTAssertTrue(ChartSVG(chart: chart, identifier: "b").drawing().contains("<line x1=\"58.0\" y1=\"69.0\" x2=\"506.0\" y2=\"69.0\" stroke=\"#2e7d32\""))
    }

    /// The appendix's sparkline series is the same chart: twelve points, one group over all of
    /// them with the same lines, the last point's type in words.
    func testTheSparklineSeriesIsMadeFromTheSameChart() throws {
        let chart = try controlled()
        let series = ChartSeries(chart)
        XCTAssertEqual(series.points.map(\.period), chart.periods.map(\.period))
        XCTAssertEqual(series.groups.map(\.range), [0..<12])
        XCTAssertEqual(series.groups.first?.upper, chart.processLines.first?.upper)
        XCTAssertEqual(series.points.last?.signal, "special cause improvement")
        XCTAssertEqual(series.reportingIndex, 11)
        // The survey's sparkline has its three waves and no point for 2020 or 2022.
        XCTAssertEqual(ChartSeries(try survey()).points.map(\.value), [60, 70, 75])
    }

    /// The special-cause point is drawn in Making Data Count's improvement blue, the others in
    /// common-cause grey; the icons are there with their meaning as their names.
    func testTheSVGColoursTheSpecialCausePointAndDrawsTheIcons() throws {
        let chart = try controlled()
        let figure = ChartSVG(chart: chart, identifier: "c").render()
        XCTAssertEqual(figure.components(separatedBy: "class=\"point special-cause-improvement latest\"").count - 1, 1)
        XCTAssertEqual(figure.components(separatedBy: "class=\"point common-cause\"").count - 1, 11)
        XCTAssertTrue(figure.contains("class=\"point special-cause-improvement latest\" cx=\"487.3\""))
        XCTAssertTrue(figure.contains("fill=\"#289de0\" stroke=\"#1b1b1b\""), "improvement blue, ringed as the reporting period")
        XCTAssertTrue(figure.contains("role=\"img\" aria-label=\"Variation: special cause improvement (high)\""))
        XCTAssertTrue(figure.contains("role=\"img\" aria-label=\"Assurance: hit and miss against the target\""))
        XCTAssertTrue(figure.contains("<figcaption id=\"c-caption\">Monthly statements through the app, April 2023"))
        XCTAssertTrue(figure.contains("aria-labelledby=\"c-title c-caption\""))
    }

    /// The icons' dots: five in a wander for common cause; for special cause high, rising with
    /// the last two in colour.
    func testTheVariationIconsDots() {
        XCTAssertEqual(MDCIcons.dots(.commonCause, high: true).map(\.coloured), [false, false, false, false, false])
        XCTAssertEqual(MDCIcons.dots(.specialCauseConcern, high: true).map(\.y), [34, 32, 30, 25, 20])
        XCTAssertEqual(MDCIcons.dots(.specialCauseConcern, high: false).map(\.coloured), [false, false, false, true, true])
        XCTAssertEqual(MDCIcons.letter(.specialCauseImprovement, high: false), "L")
        XCTAssertNil(MDCIcons.letter(.commonCause, high: true))
        XCTAssertEqual([Assurance.consistentPass, .consistentFail, .inconsistent].map(MDCIcons.letter), ["P", "F", "?"])
    }

    /// A percentage below 50%: 27.3% and 34.8%, from 0 to a round figure above 34.8 (a fifth
    /// is 6.96, whose round step is 10): 0 to 40. Far from 0 under statistical process control:
    /// 455 to 520 spread 65, less than 455, so about the figures: a fifth of 65 is 13, round
    /// step 20, from 440 (20 × 22, below 455) to 520.
    func testTheScaleChoices() {
        XCTAssertEqual(ValueScale(figures: [27.3, 34.8], style: .percent, controlled: false).ticks, [0, 10, 20, 30, 40])
        let far = ValueScale(figures: [470, 480, 490, 500, 455, 520], style: .plain, controlled: true)
        XCTAssertEqual(far.choice, .aboutTheLimits)
        XCTAssertEqual(far.ticks, [440, 460, 480, 500, 520])
        let counts = ValueScale(figures: [470, 480, 490, 500, 455, 520], style: .plain, controlled: false)
        XCTAssertEqual(counts.choice, .fromZero)
        XCTAssertEqual(counts.ticks, [0, 200, 400, 600])
        XCTAssertEqual(ValueScale.roundStep(0.3), 0.5)
        XCTAssertEqual(ValueScale.roundStep(2.2), 2.5)
        XCTAssertEqual(ValueScale.roundStep(130), 200)
        // All zero: 0 to 1, in fifths.
        XCTAssertEqual(ValueScale(figures: [0, 0], style: .plain, controlled: false).ticks, [0, 0.2, 0.4, 0.6, 0.8, 1])
    }

    /// After "Monthly" a title reads in sentence case, but abbreviations and names in capitals
    /// keep theirs.
    func testTheTitleAfterTheCadence() {
        XCTAssertEqual(MeasureChart.lowered("Repeat MARAC cases"), "repeat MARAC cases")
        XCTAssertEqual(MeasureChart.lowered("Child Protection Plans due to neglect"), "Child Protection Plans due to neglect")
        XCTAssertEqual(MeasureChart.lowered("MOMO statements"), "MOMO statements")
        XCTAssertEqual(MeasureChart.lowered("Statements through the MOMO app"), "statements through the MOMO app")
    }

    /// Counted back from the reporting period, in steps that suit the calendar: 60 months need
    /// steps of at least 10, so 12 — every March from 2020 to 2024.
    func testPeriodNamesAreThinnedToCalendarSteps() {
        XCTAssertEqual(MeasureChart.labelled(count: 60, keeping: 59, steps: MeasureChart.labelSteps(period("2024-03"))), [11, 23, 35, 47, 59])
        XCTAssertEqual(MeasureChart.labelled(count: 20, keeping: 19, steps: MeasureChart.labelSteps(period("2023/24 Q4"))), [3, 7, 11, 15, 19])
        XCTAssertEqual(MeasureChart.axisName(period("2023/24 Q4")), "Q4 23/24")
    }
}
