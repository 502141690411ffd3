import AssureAnalysis
import AssureData

extension MeasureChart {
    /// The chart in one sentence, built from the same figures it draws, as its text alternative:
    /// "Annual repeat MARAC cases involving children, 2019/20 to 2023/24: 5 values between 185
    /// and 250; the last value, 185 (2023/24), against 250 (2022/23), which is marked."
    public var textAlternative: String {
        guard let first = periods.first, let last = periods.last else { return "\(cadence) \(MeasureChart.lowered(title)): no figures to chart." }
        var parts: [String] = []
        let span = first.period == last.period ? first.period.name : "\(first.period.name) to \(last.period.name)"
        let opening = "\(cadence) \(MeasureChart.lowered(title)), \(span): "
        parts.append(valuesPhrase)
        let gaps = periods.filter { $0.value == nil }
        if !gaps.isEmpty {
            parts.append("no figure for " + MeasureChart.listed(gaps.map { "\($0.period.name) (\(MeasureChart.gapWords($0)))" })
                         + (gaps.count == 1 ? ", shown as a gap in the line" : ", shown as gaps in the line"))
        }
        if let lines = processLines.last, let mean = lines.mean {
            let kind = control == .poisson ? "Poisson chart of rare events: " : ""
            let since = processLines.count > 1 ? "since the limits were last recalculated, " : ""
            var text = kind + since + "mean " + number(mean)
            switch (lines.lower, lines.upper) {
            case (let lower?, let upper?): text += ", process limits " + number(lower) + " to " + number(upper)
            case (nil, let upper?): text += ", upper process limit " + number(upper) + " (no lower limit: a fall cannot be seen)"
            default: break
            }
            parts.append(text)
        }
        if let index = reportingIndex, let point = periods.indices.contains(index) ? periods[index] : nil {
            parts.append(latestPhrase(point))
        } else {
            parts.append("the reporting period is not charted")
        }
        if let assurance { parts.append(MeasureChart.assuranceWords(assurance)) }
        if let target { parts.append("target " + number(target)) }
        if let benchmark {
            parts.append(benchmark.name + " " + number(benchmark.value) + (benchmark.period.map { " (\($0.name))" } ?? ""))
        }
        if let level = intervalLevel, periods.contains(where: { $0.interval != nil }) {
            parts.append("bars show \(level) confidence intervals")
        }
        return opening + parts.joined(separator: "; ") + "."
    }

    /// "36 values between 9 and 31", "2 values, 78% (2021) and 86% (2023), none collected for
    /// 2022".
    private var valuesPhrase: String {
        let present = periods.filter { $0.value != nil }
        let values = present.compactMap(\.value)
        var text: String
        switch present.count {
        case 0: text = "no values"
        case 1, 2, 3: text = "\(present.count) \(present.count == 1 ? "value" : "values"), " + MeasureChart.listed(present.map { "\(number($0.value ?? 0)) (\($0.period.name))" })
        default: text = "\(present.count) values between \(number(values.min() ?? 0)) and \(number(values.max() ?? 0))"
        }
        if !notCollected.isEmpty {
            text += ", none collected for " + MeasureChart.listed(notCollected.map(\.name))
        }
        return text
    }

    /// The reporting period's value and what it is: within the limits, special cause, or
    /// against the figure compared with.
    private func latestPhrase(_ point: PlottedPeriod) -> String {
        guard let value = point.value else { return "no figure for the reporting period, \(point.period.name)" }
        var text = "the last value, \(number(value)) (\(point.period.name)), "
        if let type = point.pointType, let lines = processLines.last {
            let place: String
            if let upper = lines.upper, value > upper { place = "above the upper limit" }
            else if let lower = lines.lower, value < lower { place = "below the lower limit" }
            else { place = "within the limits" }
            if type.isSpecialCause {
                let rule = latestRule.map { $0 == .outsideLimits ? "" : " (\($0.words))" } ?? ""
                text += "is \(place): \(type.words)\(rule)"
            } else {
                text += "is \(place): \(type.words)"
            }
        } else if let index = comparisonIndex, let other = periods[index].value {
            text += "against \(number(other)) (\(periods[index].period.name)), which is marked"
        } else {
            text.removeLast(2)
        }
        if let interval = point.interval, intervalLevel != nil {
            text += ", interval \(number(interval.lowerBound)) to \(number(interval.upperBound))"
        }
        return text
    }

    private func number(_ value: Double) -> String { MeasureRowBuilder.figure(value, style) }

    static func gapWords(_ point: PlottedPeriod) -> String {
        if case .gap(let words) = point.figure { return words }
        return "no figure"
    }

    static func assuranceWords(_ assurance: Assurance) -> String {
        switch assurance {
        case .consistentPass: return "the limits are all on the better side of the target: it will consistently be met"
        case .consistentFail: return "the limits are all on the worse side of the target: it will consistently be missed"
        case .inconsistent: return "the target lies within the limits: hit and miss"
        }
    }

    /// "a", "a and b", "a, b and c".
    static func listed(_ items: [String]) -> String {
        guard let last = items.last else { return "" }
        return items.count == 1 ? last : items.dropLast().joined(separator: ", ") + " and " + last
    }

    /// The title as it reads after "Monthly": its first letter lowered, unless the first word is
    /// an abbreviation ("MOMO statements") or begins a name in capitals ("Child Protection Plans").
    static func lowered(_ title: String) -> String {
        let words = title.split(separator: " ")
        guard let first = words.first, first.count > 1, first.first?.isUppercase == true,
              first.dropFirst().allSatisfy({ !$0.isUppercase }) else { return title }
        if words.count > 1, let second = words.dropFirst().first, second.first?.isUppercase == true,
           second.dropFirst().contains(where: { $0.isLowercase }) {
            return title
        }
        return title.prefix(1).lowercased() + title.dropFirst()
    }
}
