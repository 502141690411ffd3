import AssureAnalysis
import AssureData

extension SPCChart {
    /// Warnings a reader must see beside the chart: each group with trial limits.
    public var warnings: [String] {
        result.groups.compactMap { group in
            guard group.hasTrialLimits else { return nil }
            let which = result.groups.count == 1 ? "the series" : "the group from \(periodName(at: group.range.lowerBound))"
            let count = group.observedCount == 1 ? "1 value" : "\(group.observedCount) values"
            return "\(which) has \(count), fewer than \(result.options.minimumPoints): its limits are trial limits and may move as more data arrive"
        }
    }

    /// The chart for people: a header with the options, an aligned table of every point,
    /// gaps, warnings, then the latest point's verdict and the assurance in words. Numbers are
    /// rounded for reading: values to the data's own decimals, lines to one more.
    public func renderText() -> String {
        let values = ReadableNumber.forValues(series.values.compactMap { $0 })
        let lines = ReadableNumber.forLines(given: values)
        var out = header()
        out += "\n" + table(values: values, lines: lines) + "\n"

        if !series.gaps.isEmpty {
            let list = series.gaps.map { "\($0.period.code) (\($0.reasonInWords))" }
            out += "Gaps, never closed up (no moving range is taken across a gap, and no run spans one): "
                + list.joined(separator: ", ") + ".\n"
        }
        let screened = result.groups.flatMap(\.screenedMovingRanges).map { periodName(at: $0, code: true) }
        if !screened.isEmpty {
            out += "Moving ranges left out by screening (at least 3.267 times the average): " + screened.joined(separator: ", ") + ".\n"
        }
        for warning in warnings {
            out += "Warning: \(warning).\n"
        }
        if !series.gaps.isEmpty || !screened.isEmpty || !warnings.isEmpty { out += "\n" }

        let words = SPCVerdictWords(chart: self, values: values, lines: lines)
        out += words.variation + "\n" + words.assurance + "\n"
        return out
    }

    private func header() -> String {
        let observed = series.values.compactMap { $0 }.count
        var out = "SPC chart of '\(series.indicator)' from \(series.source)\n"
        let periods: String
        if case .pooled(let years, let kind) = series.frequency {
            periods = "\(series.periods.count) pooled periods of \(years) \(kind.rawValue) years"
        } else {
            periods = "\(series.periods.count) \(series.frequency.words) periods"
        }
        out += "\(periods), \(SPCChart.spanInWords(series)): "
        out += "\(observed) with a value, \(series.gaps.count) without\n"
        let target = request.target.map { ReadableNumber.forValues([$0]).format($0) } ?? "none"
        let baseline = request.fixAfterPoints.map { "fixed on the first \($0) values of each group" } ?? "from every value"
        out += "Improvement: \(request.improvement.rawValue); target: \(target); limits: \(baseline); "
        out += "screening: \(request.screensMovingRanges ? "on" : "off")\n"
        if !rebasePeriods.isEmpty {
            out += "Rebased at: " + rebasePeriods.map(\.code).joined(separator: ", ") + "\n"
        }
        return out
    }

    private func table(values: ReadableNumber, lines: ReadableNumber) -> String {
        let headings = ["Period", "Value", "Mean", "Lower", "Upper", "Point type", "Rule"]
        var rows: [[String]] = []
        for point in result.points {
            let group = result.groups.indices.contains(point.group) ? result.groups[point.group] : nil
            rows.append([
                periodName(at: point.index, code: true),
                point.value.map(values.format) ?? "–",
                group?.mean.map(lines.format) ?? "–",
                group?.limits.map { lines.format($0.lower) } ?? "–",
                group?.limits.map { lines.format($0.upper) } ?? "–",
                point.type.words,
                point.specialCause.map { $0.rule.words + " " + sideWord($0.side) } ?? "",
            ])
        }
        let rightAligned: Set<Int> = [1, 2, 3, 4]
        var widths = headings.map(\.count)
        for row in rows {
            for (column, cell) in row.enumerated() { widths[column] = max(widths[column], cell.count) }
        }
        func line(_ cells: [String]) -> String {
            var text = ""
            for (column, cell) in cells.enumerated() {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                text += column == 0 ? "" : "  "
                text += rightAligned.contains(column) ? padding + cell : cell + padding
            }
            return String(text.reversed().drop(while: { $0 == " " }).reversed()) + "\n"
        }
        var out = line(headings)
        out += line(widths.map { String(repeating: "-", count: $0) })
        for (position, row) in rows.enumerated() {
            // A blank line marks where a rebase starts a new group.
            if position > 0, result.points.indices.contains(position),
               result.points[position].group != result.points[position - 1].group {
                out += "\n"
            }
            out += line(row)
        }
        return out
    }

    private func sideWord(_ side: SpecialCauseSide) -> String {
        switch side {
        case .above: return "(above)"
        case .below: return "(below)"
        case .increasing: return "(increasing)"
        case .decreasing: return "(decreasing)"
        }
    }

    /// The period at `index`: its code (`2023-10`) or its name ("October 2023").
    func periodName(at index: Int, code: Bool = false) -> String {
        guard series.periods.indices.contains(index) else { return "?" }
        return code ? series.periods[index].code : series.periods[index].name
    }
}
