import AssureData
import AssureLanguage

/// Turns an indicator's recorded figures into its figure for a period: the recorded point when
/// the period is of the data's frequency, otherwise the flow's sum, the stock's last value or
/// the ratio's recomputation over the sub-periods. Never fills a gap: an incomplete period has
/// no figure and says which sub-periods are missing.
public enum Aggregator {
    /// The figure of `source` for `period`, combining sub-periods by `kind`; a ratio's sum of
    /// numerators over sum of denominators is multiplied by `scale` (`Unit.scale`: 100 for a
    /// percentage, N for a rate per N).
    public static func value(of source: PointSource, for period: Period, kind: Aggregation, scale: Double = 1) -> PeriodValue {
        if period.frequency == source.frequency {
            return recorded(source, period)
        }
        guard let subPeriods = subPeriods(of: period, frequency: source.frequency) else {
            // A stock recorded less often (an annual population) holds for every shorter
            // period inside its own: each month of 2023/24 has the 2023/24 population.
            if kind == .last, let containing = containing(period, frequency: source.frequency) {
                let figure = recorded(source, containing)
                return PeriodValue(period: period, result: figure.result, method: .within(containing), points: figure.points,
                                   numerator: figure.numerator, denominator: figure.denominator)
            }
            return PeriodValue(period: period, result: .unavailable(.recordedLessOften(source.frequency)),
                               method: .recorded, points: [])
        }
        let points = subPeriods.compactMap { source.point(at: $0) }
        switch kind {
        case .sum: return sum(period, subPeriods, points)
        case .last: return last(period, subPeriods, source)
        case .mean: return mean(period, subPeriods, points)
        case .ratio: return ratio(period, subPeriods, points, scale: scale)
        }
    }

    /// The one period of `frequency` that holds all of `period`; nil when none does (a
    /// financial quarter within a calendar year, a month of another frequency's boundary).
    static func containing(_ period: Period, frequency: Frequency) -> Period? {
        let candidate = Period.containing(period.firstMonth, frequency: frequency)
        return candidate.contains(period.lastMonth) && candidate.months.count > period.months.count ? candidate : nil
    }

    /// The periods of `frequency` that exactly tile `period`, in order; nil when they do not
    /// (quarterly data for a month, calendar-year data for a financial year).
    static func subPeriods(of period: Period, frequency: Frequency) -> [Period]? {
        // A period of the frequency itself is its own one sub-period (a pool of years tiles
        // nothing else, and no month's pool is that pool).
        if period.frequency == frequency { return [period] }
        var result: [Period] = []
        for month in period.months {
            let containing = Period.containing(month, frequency: frequency)
            guard period.contains(containing.firstMonth), period.contains(containing.lastMonth) else { return nil }
            if result.last != containing { result.append(containing) }
        }
        return result
    }

    private static func recorded(_ source: PointSource, _ period: Period) -> PeriodValue {
        guard let point = source.point(at: period) else {
            return PeriodValue(period: period, result: .unavailable(.noData), method: .recorded, points: [])
        }
        let result: PeriodValue.Result
        switch point.observation {
        case .value(let number): result = .value(number)
        case .missing: result = .unavailable(.incomplete(missing: [period]))
        case .symbol(let symbol, let marker):
            result = .unavailable(.symbols([MarkedFigure(period: period, symbol: symbol, marker: marker)]))
        }
        return PeriodValue(period: period, result: result, method: .recorded, points: [point],
                           numerator: point.numerator?.value, denominator: point.denominator?.value)
    }

    /// The gap, if any, among the sub-periods' observations: symbols before missing, since a
    /// symbol says more specifically why there is no figure.
    private static func gap(_ subPeriods: [Period], _ points: [DataPoint],
                            observation: (DataPoint) -> Observation?) -> ValueGap? {
        guard !points.isEmpty else { return .noData }
        let byPeriod = Dictionary(points.map { ($0.period, $0) }, uniquingKeysWith: { first, _ in first })
        var missing: [Period] = []
        var marked: [MarkedFigure] = []
        for period in subPeriods {
            switch byPeriod[period].flatMap(observation) {
            case .value?: continue
            case .symbol(let symbol, let marker)?: marked.append(MarkedFigure(period: period, symbol: symbol, marker: marker))
            case .missing?, nil: missing.append(period)
            }
        }
        if !marked.isEmpty { return .symbols(marked) }
        if !missing.isEmpty { return .incomplete(missing: missing) }
        return nil
    }

    private static func sum(_ period: Period, _ subPeriods: [Period], _ points: [DataPoint]) -> PeriodValue {
        let method = PeriodValue.Method.sum(count: subPeriods.count)
        if let gap = gap(subPeriods, points, observation: \.observation) {
            return PeriodValue(period: period, result: .unavailable(gap), method: method, points: points)
        }
        let total = points.reduce(0.0) { $0 + ($1.observation.value ?? 0) }
        return PeriodValue(period: period, result: .value(total), method: method, points: points)
    }

    private static func mean(_ period: Period, _ subPeriods: [Period], _ points: [DataPoint]) -> PeriodValue {
        let method = PeriodValue.Method.mean(count: subPeriods.count)
        if let gap = gap(subPeriods, points, observation: \.observation) {
            return PeriodValue(period: period, result: .unavailable(gap), method: method, points: points)
        }
        let total = points.reduce(0.0) { $0 + ($1.observation.value ?? 0) }
        return PeriodValue(period: period, result: .value(total / Double(points.count)), method: method, points: points)
    }

    private static func last(_ period: Period, _ subPeriods: [Period], _ source: PointSource) -> PeriodValue {
        guard let lastPeriod = subPeriods.last else {
            return PeriodValue(period: period, result: .unavailable(.noData), method: .recorded, points: [])
        }
        let value = recorded(source, lastPeriod)
        var result = value.result
        if case .unavailable(.noData) = result { result = .unavailable(.incomplete(missing: [lastPeriod])) }
        return PeriodValue(period: period, result: result, method: .lastOf(lastPeriod), points: value.points,
                           numerator: value.numerator, denominator: value.denominator)
    }

    private static func ratio(_ period: Period, _ subPeriods: [Period], _ points: [DataPoint], scale: Double) -> PeriodValue {
        let method = PeriodValue.Method.ratio(count: subPeriods.count)
        func unavailable(_ gap: ValueGap) -> PeriodValue {
            PeriodValue(period: period, result: .unavailable(gap), method: method, points: points)
        }
        if let gap = gap(subPeriods, points, observation: \.observation) { return unavailable(gap) }
        let lacking = points.filter { $0.numerator?.value == nil || $0.denominator?.value == nil }.map(\.period)
        if !lacking.isEmpty {
            // A numerator or denominator given as a symbol is said as that symbol.
            let marked = points.compactMap {
                MarkedFigure(period: $0.period, $0.numerator) ?? MarkedFigure(period: $0.period, $0.denominator)
            }
            return unavailable(marked.isEmpty ? .noNumeratorOrDenominator(lacking) : .symbols(marked))
        }
        let numerator = points.reduce(0.0) { $0 + ($1.numerator?.value ?? 0) }
        let denominator = points.reduce(0.0) { $0 + ($1.denominator?.value ?? 0) }
        guard denominator != 0 else { return unavailable(.zeroDenominator) }
        return PeriodValue(period: period, result: .value(numerator / denominator * scale), method: method,
                           points: points, numerator: numerator, denominator: denominator)
    }
}
