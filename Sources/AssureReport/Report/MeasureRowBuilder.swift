import AssureAnalysis
import AssureData
import AssureEngine
import AssureLanguage

/// Works out a measure's appendix row once: figures for reading, the change in the measure's
/// own way, the verdict in words, and the series for its sparkline (from its `MeasureChart`).
enum MeasureRowBuilder {
    /// Table figures keep one decimal place at most: 37.9%, 59,370.
    static let tableDecimals = 1

    static func row(_ finding: MeasureFinding, priority: ReportPriority?, sentences: [String], chart: MeasureChart) -> MeasureRow {
        let style = NumberStyle(finding.unit)
        let comparison = finding.primaryComparison
        // One place as a rule; more where one place would write the value and the figure it is
        // compared with alike ("4 | 4") or contradict the change beside them.
        let places = finding.current.value.map {
            NarrativeNumber.honestDecimals($0, comparedWith: comparison?.figure, atLeast: tableDecimals)
        } ?? tableDecimals
        let change = comparison?.change
        let reason: String?
        if case .toNote(let why) = finding.verdict { reason = ReasonText.reason(why, period: finding.period) } else { reason = nil }
        var row = MeasureRow(
            name: finding.measure.name, title: finding.measure.title, priority: priority, unit: finding.unit.code,
            polarity: finding.polarity, period: finding.period, value: finding.current.value,
            valueText: finding.current.value.map { figure($0, style, places: places) } ?? "no figure",
            comparisonBasis: comparison.map { basis($0.basis) }, comparisonPeriod: comparison?.period,
            comparisonValue: comparison?.figure, comparisonText: comparisonText(comparison, style: style, places: places),
            changeAbsolute: change?.absolute, changePercent: change?.percent, changePoints: change?.points,
            changeText: change.map { change in
                comparison.map { $0.basis.isOverTime } ?? true ? changeText(change, finding: finding) : gapText(change, finding: finding)
            } ?? "–",
            chance: comparison.map { summary($0.chance, unit: finding.unit) },
            classification: finding.verdict.classification,
            verdictText: ReasonText.classification(finding.verdict.classification), reason: reason, rule: finding.decidingRule?.text,
            judged: finding.verdict.wasJudged, sentences: sentences, chart: ChartSeries(chart))
        row.comparators = comparators(finding, style: style, places: places)
        row.standing = finding.standing.map { standing in
            StandingRow(rank: standing.rank, outOf: standing.outOf, tiedWith: standing.tiedWith, quartile: standing.quartile,
                        firstIs: standing.highestFirst ? "highest" : "lowest", by: standing.byBetter ? "better" : "value")
        }
        return row
    }

    /// Each comparison with England, the region or the neighbours, with its figure, its test
    /// and its words ("similar to England (2.5%)").
    static func comparators(_ finding: MeasureFinding, style: NumberStyle, places: Int) -> [ComparatorRow] {
        finding.comparisons.compactMap { comparison in
            guard let found = comparison.comparator else { return nil }
            let kind: String
            switch found.kind {
            case .england: kind = "england"
            case .region: kind = "region"
            case .statisticalNeighbours: kind = "statistical_neighbours"
            }
            let text: String
            if let figure = comparison.figure, let change = comparison.change {
                text = ComparatorWords.text(comparison, name: found.name, figure: self.figure(figure, style, places: places),
                                            change: change)
            } else {
                text = found.problem.map { ReasonText.comparator(found.kind, $0) } ?? "no figure"
            }
            let isNeighbours = found.kind == .statisticalNeighbours
            return ComparatorRow(kind: kind, name: found.name, code: found.area?.code, value: comparison.figure,
                                 neighboursWithFigure: isNeighbours ? found.neighboursWithFigure : nil,
                                 neighbours: isNeighbours ? found.neighbours.count : nil,
                                 against: comparison.chance.test?.benchmark?.rawValue, text: text)
        }
    }

    static func summary(_ chance: Chance, unit: Unit) -> ChanceSummary {
        let test = chance.test
        return ChanceSummary(method: test?.test?.method.rawValue, pValue: test?.test?.pValue,
                             againstBenchmark: test?.benchmark?.rawValue, intervalLower: test?.interval.lower,
                             intervalUpper: test?.interval.upper, beyondChance: test?.isBeyondChance,
                             text: ChanceText.line(chance, unit: unit))
    }

    static func figure(_ value: Double, _ style: NumberStyle, places: Int = tableDecimals) -> String {
        NarrativeNumber(value: value, style: style == .points ? .plain : style, decimals: places).text
    }

    static func basis(_ basis: Comparison) -> String {
        switch basis {
        case .previousPeriod: return "previous period"
        case .previousAvailable: return "previous available value"
        case .samePeriodLastYear: return "same period last year"
        case .baseline(let period): return "baseline \(period.name)"
        case .target: return "target"
        case .benchmark(let indicator, let label): return label ?? indicator
        case .comparator(let comparator): return comparator.kind == .statisticalNeighbours ? "statistical neighbours" : comparator.kind.written
        }
    }

    private static func comparisonText(_ comparison: ComparisonFinding?, style: NumberStyle, places: Int) -> String {
        guard let comparison else { return "–" }
        let figure = comparison.figure.map { self.figure($0, style, places: places) } ?? "no figure"
        switch comparison.basis {
        case .benchmark(let indicator, let label):
            // The benchmark by its name, wherever it appears.
            return "\(figure) (\(label ?? indicator)" + (comparison.period.map { ", \($0.name))" } ?? ")")
        case .target:
            return "\(figure) (target)"
        case .comparator:
            // England, the region, the neighbours by name, wherever they appear.
            return "\(figure) (\(comparison.comparator?.name ?? basis(comparison.basis))" + (comparison.period.map { ", \($0.name))" } ?? ")")
        default:
            return "\(figure) (\(comparison.period?.name ?? basis(comparison.basis)))"
        }
    }

    /// A gap from a benchmark or target, worded as a gap: `4.1 points below`, `12 above`,
    /// `level`.
    private static func gapText(_ change: Change, finding: MeasureFinding) -> String {
        let isPercentage = finding.unit == .percent
        let text = NarrativeNumber(value: abs(change.absolute), style: .plain, decimals: tableDecimals).figure
        guard text != "0" else { return "level" }
        let unit = isPercentage ? (text == "1" ? " point" : " points") : ""
        return text + unit + (change.absolute < 0 ? " below" : " above")
    }

    /// The change in the measure's own way, signed with a true minus: `−26.1%`, `+3.3 points`.
    private static func changeText(_ change: Change, finding: MeasureFinding) -> String {
        let isPercentage = finding.unit == .percent
        let value: Double
        let suffix: String
        switch finding.measure.changeKind ?? (isPercentage ? .points : .percent) {
        case .percent:
            guard let percent = change.percent else { return "– (from zero)" }
            value = percent
            suffix = "%"
        case .points, .absolute:
            value = change.absolute
            suffix = isPercentage ? " points" : ""
        }
        let text = NarrativeNumber(value: abs(value), style: .plain, decimals: tableDecimals).figure
        let sign = text == "0" ? "" : value < 0 ? "−" : "+"
        // "1 point", "+3.5 points".
        return sign + text + (suffix == " points" && text == "1" ? " point" : suffix)
    }
}
