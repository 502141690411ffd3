import AssureData
import AssureLanguage

/// Everything the evaluator needs from a partnership's rules: report settings, priorities,
/// indicators, measures and outcome statements, in the order they were written.
public struct RulePlan: Sendable {
    /// `report { … }`: the report's title, the partnership, its area and period type.
    public struct Report: Hashable, Sendable {
        public let title: String
        public let partnership: String
        public let area: String?
        /// The kind of period the report covers (quarter, financial year…).
        public let period: AggregationPeriod

        public init(title: String, partnership: String, area: String? = nil, period: AggregationPeriod) {
            self.title = title
            self.partnership = partnership
            self.area = area
            self.period = period
        }
    }

    /// A report section that groups measures: "Themed Priority Area 1: Neglect".
    public struct Priority: Hashable, Sendable {
        public let name: String
        public let title: String

        public init(name: String, title: String) {
            self.name = name
            self.title = title
        }
    }

    public let report: Report
    public let priorities: [Priority]
    public let indicators: [String: IndicatorPlan]
    public let measures: [MeasurePlan]
    public let outcomes: [OutcomePlan]

    public init(report: Report, priorities: [Priority], indicators: [String: IndicatorPlan],
                measures: [MeasurePlan], outcomes: [OutcomePlan]) {
        self.report = report
        self.priorities = priorities
        self.indicators = indicators
        self.measures = measures
        self.outcomes = outcomes
    }
}
