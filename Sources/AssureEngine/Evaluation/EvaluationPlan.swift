import AssureData
import AssureLanguage

/// What is worked out from the rules alone, once per rule set, however many areas and periods
/// they are then evaluated for: each recorded indicator's place in a series index (so that
/// evaluation finds a series by its place, not by its name), and each measure's recorded
/// indicators (looking through derived ones). `Assessment.evaluate` takes a plan; give it the
/// same plan for every area of a run.
public struct EvaluationPlan: Sendable {
    public let ruleSet: RuleSet
    /// The place of each recorded indicator the rules declare or read, in name order.
    let places: [String: Int]
    /// The recorded indicators each measure's value reads, in the order of `ruleSet.measures`.
    let recordedIndicators: [[String]]

    public init(_ ruleSet: RuleSet) {
        self.ruleSet = ruleSet
        let lookup = { (name: String) in ruleSet.indicators[name] }
        let recordedIndicators = ruleSet.measures.map { $0.value.recordedIndicators(lookup) }
        var names = Set(ruleSet.indicators.values.filter { $0.formula == nil }.map(\.name))
        names.formUnion(recordedIndicators.joined())
        var places: [String: Int] = [:]
        for (place, name) in names.sorted().enumerated() { places[name] = place }
        self.places = places
        self.recordedIndicators = recordedIndicators
    }
}

/// The series of one area for every recorded indicator of a plan, found once in the loaded data
/// and then looked up by the indicator's place. Lookups for another area (a comparison with
/// England or the region) or for an indicator the plan does not know go to the data itself.
struct SeriesIndex: SeriesLookup {
    let data: SeriesLookup
    /// The area whose series are indexed (its code when the published files name it).
    let area: String?
    let publishedAreas: PublishedAreas
    private let places: [String: Int]
    private let sources: [PointSource?]

    init(_ plan: EvaluationPlan, data: SeriesLookup, area: String?) {
        self.data = data
        self.area = area
        // Built once here: an IndicatorData builds it afresh on every call.
        publishedAreas = data.publishedAreas
        places = plan.places
        var sources = [PointSource?](repeating: nil, count: plan.places.count)
        for (name, place) in plan.places { sources[place] = data.series(of: name, area: area) }
        self.sources = sources
    }

    func series(of indicator: String, area: String?) -> PointSource? {
        if area == self.area, let place = places[indicator] { return sources[place] }
        return data.series(of: indicator, area: area)
    }
}
