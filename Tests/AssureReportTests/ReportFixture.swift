import AssureTestSupport
import AssureData
import AssureEngine
import AssureLanguage
@testable import AssureReport

/// A small partnership's year, 2023/24, built from test series: every classification, a
/// priority with no measures, a record and a trend, statistical process control, a survey, a
/// missing month, a suppressed month, an outcome with no evidence, and a title full of
/// characters that must be escaped.
enum ReportFixture {
    static let hostileTitle = "Early help <script>alert(1)</script> & \"quotes\" 'too'"

    static func rule(_ classification: Classification, _ figure: Figure, _ op: BinaryOperator, _ number: Double, _ text: String) -> ClassificationRule {
        ClassificationRule(classification, when: .compare(.figure(figure), op, .number(number)), text: text)
    }

    static var plan: RuleSet {
        let indicators: [Indicator] = [
            Indicator(name: "marac_repeat", title: "Repeat cases heard at MARAC", unit: .count, polarity: .lower, aggregation: .sum),
            Indicator(name: "cp_neglect_share", title: "Child Protection Plans due to neglect (%)", unit: .percent, polarity: .lower, aggregation: .last),
            Indicator(name: "cp_second_time", title: "Child Protection Plans for a second time (%)", unit: .percent, polarity: .lower, aggregation: .last),
            Indicator(name: "momo_statements", title: "MOMO statements", unit: .count, polarity: .higher, aggregation: .sum),
            Indicator(name: "csa_confidence", title: "Professionals confident to recognise sexual abuse (%)", unit: .percent, polarity: .higher, aggregation: .last),
            Indicator(name: "early_help", title: hostileTitle, unit: .count, polarity: .higher, aggregation: .sum),
            Indicator(name: "missing_education", title: "Children missing education", unit: .count, polarity: .lower, aggregation: .sum),
        ]
        let measures: [Measure] = [
            Measure(name: "marac", title: "Repeat MARAC cases involving children", priority: "domestic_abuse",
                        value: .indicator("marac_repeat"), comparisons: [.previousPeriod],
                        rules: [rule(.doingWell, .change, .lessOrEqual, -10, "doing well when change <= -10%"),
                                rule(.furtherExploration, .change, .greaterOrEqual, 10, "explore when change >= 10%")],
                        narratives: [.doingWell: template("We have observed a {change.direction|direction(\"increase\", \"decrease\")} in repeat domestic abuse cases involving children being heard at MARAC by {change.percent|abs}.")]),
            Measure(name: "neglect_share", title: "Child Protection Plans due to neglect", priority: "neglect",
                        value: .indicator("cp_neglect_share"), comparisons: [.previousPeriod],
                        rules: [rule(.doingWell, .change, .lessOrEqual, -2, "doing well when change <= -2 points"),
                                rule(.furtherExploration, .change, .greaterOrEqual, 2, "explore when change >= 2 points")],
                        narratives: [.doingWell: template("There has been a {change.direction|direction(\"rise\", \"reduction\")} in the proportion of children subject to a Child Protection Plan due to neglect during {period}")]),
            Measure(name: "second_time", title: "Child Protection Plans for a second or later time", priority: "neglect",
                        value: .indicator("cp_second_time"), comparisons: [.previousPeriod],
                        rules: [rule(.furtherExploration, .change, .greaterOrEqual, 3, "explore when change >= 3 points")]),
            Measure(name: "momo", title: "Statements through the MOMO app", priority: "voice",
                        value: .indicator("momo_statements"), over: .month, spc: SPCJudgement(),
                        notices: [Notice(.trend(since: period("2023-01")), template: template("Since {trend.since|since}, we have seen a steady {trend.direction|increase} in statements submitted through the MOMO app month by month.")),
                                  Notice(.record(high: true, within: .months(36)), template: template("The record use was in {record.period} with a total of {record.value|plural(\"statement\")}"))]),
            Measure(name: "csa_confidence", title: "Professionals confident to recognise sexual abuse", priority: "csa",
                        value: .indicator("csa_confidence"), over: .calendarYear, comparisons: [.previousAvailable],
                        rules: [rule(.doingWell, .change, .greaterOrEqual, 5, "doing well when change >= 5 points")],
                        narratives: [.doingWell: template("{value} of respondents were confident they can recognise signs of sexual abuse in children and take appropriate action ({comparison.value|from})")]),
            Measure(name: "early_help", title: hostileTitle, priority: "early_help",
                        value: .indicator("early_help"), comparisons: [.previousPeriod],
                        rules: [rule(.doingWell, .change, .greaterOrEqual, 10, "doing well when change >= 10%")]),
            Measure(name: "missing_education", title: "Children missing education", priority: nil,
                        value: .indicator("missing_education"), comparisons: [.previousPeriod],
                        rules: [rule(.doingWell, .change, .lessOrEqual, -10, "doing well when change <= -10%")]),
        ]
        let outcomes: [Outcome] = [
            Outcome(name: "safer_at_home", statement: "Children affected by domestic abuse are safer", priority: "domestic_abuse",
                        evidence: ["marac"], ratings: [RatingRule(.green, when: .count(.all, .doingWell), text: "green when all doing well"),
                                                       RatingRule(.red, when: nil, text: "otherwise red")]),
            Outcome(name: "voices_heard", statement: "Children's voices are heard & acted on", priority: "voice",
                        evidence: ["momo", "csa_confidence", "second_time"],
                        ratings: [RatingRule(.green, when: .count(.all, .doingWell), text: "green when all doing well"),
                                  RatingRule(.amber, when: .count(.any, .doingWell), text: "amber when any doing well"),
                                  RatingRule(.red, when: nil, text: "otherwise red")]),
            Outcome(name: "early_help_reach", statement: "Families get help early", priority: "early_help",
                        evidence: ["early_help"], ratings: [RatingRule(.green, when: .count(.all, .doingWell), text: "green when all doing well"),
                                                            RatingRule(.red, when: nil, text: "otherwise red")]),
        ]
        return RuleSet(
            report: ReportSettings(title: "How are we doing? Safeguarding effectiveness report", partnership: "Salford Safeguarding Children Partnership",
                                    period: .financialYear),
            priorities: [Priority(name: "neglect", title: "Themed Priority Area 1: Neglect"),
                         Priority(name: "csa", title: "Themed Priority Area 2: Child Sexual Abuse and Exploitation"),
                         Priority(name: "missing", title: "Themed Priority Area 4: Missing from Home, Care and Education"),
                         Priority(name: "early_help", title: "Assurance Area 1: Early Help"),
                         Priority(name: "domestic_abuse", title: "Assurance Area 2: Children Affected by Domestic Abuse"),
                         Priority(name: "voice", title: "Assurance Area 3: Voice of the Child")],
            indicators: Dictionary(uniqueKeysWithValues: indicators.map { ($0.name, $0) }),
            measures: measures, outcomes: outcomes)
    }

    static var data: TestData {
        // MARAC repeat cases by month: 2022/23 sums to 88, 2023/24 to 65 (−26.1%).
        let marac: [Double?] = [8, 7, 8, 7, 8, 7, 8, 7, 7, 7, 7, 7,
                                6, 5, 6, 5, 6, 5, 6, 5, 5, 5, 6, 5]
        // The neglect share is a stock: March 2023 41.2%, March 2024 37.9%.
        let neglect: [Double?] = [42.0, 41.8, 41.5, 41.0, 41.2, 40.9, 41.1, 41.3, 41.0, 41.2, 41.4, 41.2,
                                  40.8, 40.1, 39.9, 39.5, 39.0, 38.8, 38.6, 38.4, 38.1, 38.0, 37.8, 37.9]
        // Second-time plans: 18.0% → 22.5% (+4.5 points).
        let secondTime: [Double?] = [17.0, 17.2, 17.5, 17.4, 17.8, 17.9, 18.1, 18.0, 17.9, 18.2, 18.1, 18.0,
                                     18.5, 19.0, 19.4, 19.8, 20.1, 20.5, 20.9, 21.2, 21.6, 21.9, 22.2, 22.5]
        // MOMO: 2022 flat, 2023 rising with October's record of 187, 2024 still high.
        let momo: [Double?] = [50, 52, 50, 52, 50, 52, 50, 52, 50, 52, 50, 52,
                               60, 70, 80, 90, 100, 110, 120, 130, 140, 187, 150, 160,
                               165, 170, 175]
        // Early help: November 2023 missing, so 2023/24 is incomplete.
        let earlyHelp: [Double?] = [30, 31, 29, 30, 32, 31, 30, 29, 31, 30, 32, 31,
                                    33, 34, 32, 35, 36, 34, 35, nil, 36, 37, 38, 39]
        var missingEducation = (0..<24).map { offset -> (String, Observation) in
            (period("2022-04").advanced(by: offset).code, .value(Double(12 + offset % 3)))
        }
        missingEducation[20] = (missingEducation[20].0, .symbol(.confidential, marker: "c"))
        return TestData(series: [
            "marac_repeat": TestSeries(monthlyFrom: "2022-04", marac, file: "Indicators/marac.csv"),
            "cp_neglect_share": TestSeries(monthlyFrom: "2022-04", neglect, file: "Indicators/child_protection.csv"),
            "cp_second_time": TestSeries(monthlyFrom: "2022-04", secondTime, file: "Indicators/child_protection.csv"),
            "momo_statements": TestSeries(monthlyFrom: "2022-01", momo, file: "Indicators/momo.csv"),
            "csa_confidence": TestSeries(.calendarYear, [("2021", .value(78)), ("2023", .value(86))], file: "Indicators/survey.csv"),
            "early_help": TestSeries(monthlyFrom: "2022-04", earlyHelp, file: "Indicators/early_help.csv"),
            "missing_education": TestSeries(.monthly, missingEducation, file: "Indicators/education.csv"),
        ])
    }

    static var assessment: Assessment? {
        Assessment.evaluate(plan, data: data, period: period("2023/24"))
    }

    static var document: ReportDocument? {
        assessment.map { ReportDocument($0) }
    }
}
