import AssureData
import AssureLanguage

extension MeasureEvaluator {
    /// The comparison with England, the area's region or its statistical neighbours for the
    /// period: the measure's value (or the published indicator the comparison names) worked
    /// out for those areas of the same data. Never the area itself: a report for England
    /// compared with England has no comparison figure, and says why.
    func compare(_ current: MeasureValue, with comparator: AreaComparison, formula: Formula, area: String?,
                 isPercentage: Bool) -> ComparisonFinding {
        let areas = data.publishedAreas
        let own = area.flatMap { areas.code(of: $0) }
        let formula = comparator.indicator.map { Formula.indicator($0) } ?? formula
        let period = current.period
        func finding(_ found: ComparatorFinding, value: MeasureValue?, figure: Double?) -> ComparisonFinding {
            let change = figure.flatMap { base in current.value.map { Change(from: base, to: $0, isPercentage: isPercentage) } }
            var comparison = ComparisonFinding(basis: .comparator(comparator), period: period, value: value, figure: figure, change: change)
            comparison.comparator = found
            return comparison
        }
        func refused(_ problem: ComparatorProblem, area: AreaDetails? = nil) -> ComparisonFinding {
            finding(ComparatorFinding(kind: comparator.kind, area: area, neighbours: [], problem: problem), value: nil, figure: nil)
        }
        func figure(of details: AreaDetails) -> ComparisonFinding {
            if let own, own == details.code { return refused(.isItself(details.name), area: details) }
            let value = FormulaResolver(indicators: indicators, data: data, area: details.code).value(of: formula, for: period)
            if case .unavailable(let gap) = value.result {
                return finding(ComparatorFinding(kind: comparator.kind, area: details, neighbours: [], problem: .noFigure(details.name, gap)),
                               value: value, figure: nil)
            }
            return finding(ComparatorFinding(kind: comparator.kind, area: details, neighbours: [], problem: nil), value: value, figure: value.value)
        }

        switch comparator.kind {
        case .england:
            guard let england = areas.england else { return refused(.noEngland) }
            return figure(of: england)
        case .region:
            guard let area else { return refused(.areaNotPublished("the partnership")) }
            guard let own, let details = areas.details[own] else { return refused(.areaNotPublished(area)) }
            if details.level == .regional { return refused(.isItself(details.name), area: details) }
            guard let code = details.region, let region = areas.details[code] else { return refused(.noRegion(details.name)) }
            return figure(of: region)
        case .statisticalNeighbours:
            guard let area else { return refused(.areaNotPublished("the partnership")) }
            guard let own, let details = areas.details[own] else { return refused(.areaNotPublished(area)) }
            guard !areas.neighbours.isEmpty else { return refused(.noNeighbourFile) }
            guard let old = details.oldCode, let list = areas.neighbours[old] else { return refused(.notInNeighbourFile(details.name)) }
            var neighbours: [NeighbourFigure] = []
            for neighbourOld in list where neighbourOld != old {
                let code = areas.code(ofOldCode: neighbourOld)
                let value = code.map { FormulaResolver(indicators: indicators, data: data, area: $0).value(of: formula, for: period) }
                neighbours.append(NeighbourFigure(oldCode: neighbourOld, area: code.flatMap { areas.details[$0] }, value: value))
            }
            let figures = neighbours.compactMap { $0.value?.value }
            // Fewer than half of them with a figure: a median of so few would not speak for
            // the neighbours.
            guard !figures.isEmpty, figures.count * 2 >= neighbours.count else {
                return finding(ComparatorFinding(kind: .statisticalNeighbours, area: nil, neighbours: neighbours,
                                                 problem: .tooFewNeighbours(have: figures.count, of: neighbours.count)),
                               value: nil, figure: nil)
            }
            return finding(ComparatorFinding(kind: .statisticalNeighbours, area: nil, neighbours: neighbours, problem: nil),
                           value: nil, figure: Self.median(figures))
        }
    }

    /// The middle figure, or the mean of the two middle figures.
    static func median(_ values: [Double]) -> Double? {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return nil }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    /// The area's rank and quartile among the local authorities of the published data with a
    /// figure for the period; nil when the area is not one of them or has no figure.
    func standing(of current: MeasureValue, formula: Formula, area: String?, polarity: Polarity) -> Standing? {
        let areas = data.publishedAreas
        guard let area, let own = areas.code(of: area), areas.details[own]?.level == .localAuthority,
              let mine = current.value else { return nil }
        var figures: [Double] = []
        for code in areas.localAuthorities {
            if code == own { figures.append(mine); continue }
            let value = FormulaResolver(indicators: indicators, data: data, area: code).value(of: formula, for: current.period)
            if let figure = value.value { figures.append(figure) }
        }
        let highestFirst = polarity != .lower
        func same(_ a: Double, _ b: Double) -> Bool { abs(a - b) <= 1e-9 * max(1, abs(a), abs(b)) }
        let better = figures.filter { !same($0, mine) && (highestFirst ? $0 > mine : $0 < mine) }.count
        let tied = figures.filter { same($0, mine) }.count - 1
        let rank = better + 1
        let count = figures.count
        return Standing(rank: rank, outOf: count, tiedWith: tied, quartile: min(4, (4 * rank + count - 1) / count),
                        highestFirst: highestFirst, byBetter: polarity != .neither)
    }
}
