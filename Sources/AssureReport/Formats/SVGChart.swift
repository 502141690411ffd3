import AssureData
import AssureEngine

/// A measure's series as a small inline SVG chart: the line (broken at missing values), a dot
/// for each figure, the reporting period highlighted, and for statistical process control the
/// mean and process limits of each group. The chart carries its own text alternative
/// (`role="img"`, `<title>`, `<desc>`), so a screen reader hears what a sighted reader sees.
struct SVGChart {
    let chart: ChartSeries
    /// The measure's title, for the text alternative.
    let title: String
    /// Unique within the page, for `aria-labelledby`.
    let identifier: String

    static let width = 180.0
    static let height = 56.0
    private static let margin = 6.0
    /// A text alternative reads at most this many figures one by one.
    static let listedPoints = 12

    func render() -> String {
        let titleID = identifier + "-title"
        let descID = identifier + "-desc"
        var out = SVGMarkup(capacity: 4_096)
        out.add("<svg class=\"chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(SVGChart.width)) \(Int(SVGChart.height))\" ")
        out.add("width=\"\(Int(SVGChart.width))\" height=\"\(Int(SVGChart.height))\" role=\"img\" aria-labelledby=\"\(titleID) \(descID)\">")
        out.add("<title id=\"\(titleID)\">\(escaping: "Chart of " + title)</title>")
        out.add("<desc id=\"\(descID)\">\(escaping: description)</desc>")
        guard let scale = Scale(chart) else {
            out.add("</svg>")
            return out.text
        }

        if let index = chart.reportingIndex {
            let x = scale.x(index)
            // A band as wide as one step, but never wider than a few points.
            let band = min(max(scale.step, 6), 14)
            out.add("<rect class=\"reporting\" x=\"\(x - band / 2)\" y=\"0\" width=\"\(band)\" height=\"\(Int(SVGChart.height))\"/>")
        }
        for group in chart.groups {
            let from = scale.x(group.range.lowerBound)
            let to = scale.x(max(group.range.lowerBound, group.range.upperBound - 1))
            if let mean = group.mean { line("mean", from, to, scale.y(mean), into: &out) }
            if let lower = group.lower { line("limit", from, to, scale.y(lower), into: &out) }
            if let upper = group.upper { line("limit", from, to, scale.y(upper), into: &out) }
        }
        for run in runs() where run.count > 1 {
            out.add("<polyline class=\"series\" points=\"")
            var first = true
            for index in run {
                guard let value = chart.points[index].value else { continue }
                out.add("\(first ? "" : " ")\(scale.x(index)),\(scale.y(value))")
                first = false
            }
            out.add("\"/>")
        }
        for (index, point) in chart.points.enumerated() {
            guard let value = point.value else {
                // A missing value: a small cross on the baseline, never a point at zero.
                let x = scale.x(index)
                let y = SVGChart.height - 4
                out.add("<path class=\"gap\" d=\"M\(x - 2.5) \(y - 2.5)L\(x + 2.5) \(y + 2.5)M\(x - 2.5) \(y + 2.5)L\(x + 2.5) \(y - 2.5)\"/>")
                continue
            }
            let highlighted = index == chart.reportingIndex
            out.add("<circle class=\"\(highlighted ? "point latest" : "point")\" cx=\"\(scale.x(index))\" cy=\"\(scale.y(value))\" r=\"\(highlighted ? "3.5" : "1.8")\"/>")
        }
        out.add("</svg>")
        return out.text
    }

    /// Runs of consecutive present values: the line breaks at every gap.
    private func runs() -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, point) in chart.points.enumerated() {
            if point.value == nil {
                if !current.isEmpty { runs.append(current) }
                current = []
            } else {
                current.append(index)
            }
        }
        if !current.isEmpty { runs.append(current) }
        return runs
    }

    private func line(_ kind: String, _ from: Double, _ to: Double, _ y: Double, into out: inout SVGMarkup) {
        out.add("<line class=\"\(kind)\" x1=\"\(from)\" y1=\"\(y)\" x2=\"\(to)\" y2=\"\(y)\"/>")
    }

    /// The chart in words: the series, its range, the gaps, the SPC lines and the reporting
    /// period.
    var description: String {
        guard let first = chart.points.first, let last = chart.points.last else { return "No figures to chart." }
        let style = chart.style
        func read(_ point: ChartPoint) -> String {
            "\(point.period.name): " + (point.value.map { MeasureRowBuilder.figure($0, style) } ?? "no figure")
        }
        var text = "\(chart.points.count) \(chart.points.count == 1 ? "period" : "periods") from \(first.period.name) to \(last.period.name). "
        // A long series is summarised: its extremes, then the latest twelve figures.
        let listed = SVGChart.listedPoints
        if chart.points.count > listed {
            let present = chart.points.filter { $0.value != nil }
            if let lowest = present.min(by: { ($0.value ?? 0) < ($1.value ?? 0) }),
               let highest = present.max(by: { ($0.value ?? 0) < ($1.value ?? 0) }) {
                text += "Lowest \(read(lowest)); highest \(read(highest)). "
            }
            text += "The latest \(listed): "
        }
        text += chart.points.suffix(listed).map(read).joined(separator: "; ") + "."
        let gaps = chart.points.filter { $0.value == nil }.map(\.period)
        if !gaps.isEmpty { text += " Missing values, shown as gaps in the line and a cross on the baseline: " + ReasonText.list(gaps) + "." }
        for group in chart.groups {
            guard let mean = group.mean else { continue }
            text += " Statistical process control: mean \(MeasureRowBuilder.figure(mean, style))"
            if let lower = group.lower, let upper = group.upper {
                text += ", process limits \(MeasureRowBuilder.figure(lower, style)) to \(MeasureRowBuilder.figure(upper, style))"
            }
            text += "."
        }
        if let index = chart.reportingIndex, chart.points.indices.contains(index) {
            let point = chart.points[index]
            text += " The reporting period, \(point.period.name), is highlighted"
            if let signal = point.signal { text += " (\(signal))" }
            text += "."
        }
        return text
    }
}

/// Maps point indices and values to the chart's coordinates.
private struct Scale {
    let count: Int
    let low: Double
    let high: Double

    init?(_ chart: ChartSeries) {
        var values = chart.points.compactMap(\.value)
        for group in chart.groups { values += [group.mean, group.lower, group.upper].compactMap { $0 } }
        guard let low = values.min(), let high = values.max(), !chart.points.isEmpty else { return nil }
        let padding = high > low ? (high - low) * 0.08 : max(abs(high) * 0.1, 1)
        self.low = low - padding
        self.high = high + padding
        count = chart.points.count
    }

    var step: Double {
        count > 1 ? (SVGChart.width - 2 * 8) / Double(count - 1) : 0
    }

    func x(_ index: Int) -> Double {
        count > 1 ? 8 + Double(index) * step : SVGChart.width / 2
    }

    func y(_ value: Double) -> Double {
        let fraction = (value - low) / (high - low)
        // The bottom 10 points keep room for the crosses that mark missing values.
        return SVGChart.height - 10 - fraction * (SVGChart.height - 16)
    }
}
