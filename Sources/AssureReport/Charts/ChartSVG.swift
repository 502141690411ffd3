import AssureAnalysis
import AssureData

/// A headline measure's chart as inline SVG in a `<figure>`: the chart (`role="img"`, named by
/// its title and the caption that reads it aloud), the Making Data Count variation and assurance
/// icons beside it when statistical process control judged the measure, the key as a list, and
/// the text alternative as the caption.
struct ChartSVG {
    let chart: MeasureChart
    /// Unique within the page.
    let identifier: String

    static let width = 520.0
    static let height = 250.0
    static let frame = ChartFrame(left: 58, top: 24, right: 506, bottom: 204)
    private static let coordinates = ReadableNumber(decimals: 1)

    func render() -> String {
        let titleID = identifier + "-title", captionID = identifier + "-caption"
        var out = "<figure class=\"measure-chart\">\n<div class=\"chart-row\">\n"
        out += "<svg class=\"verdict-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(ChartSVG.width)) \(Int(ChartSVG.height))\" "
        out += "role=\"img\" aria-labelledby=\"\(titleID) \(captionID)\" font-size=\"13\">"
        out += "<title id=\"\(titleID)\">\(e("Chart of " + chart.title))</title>"
        out += drawing()
        out += "</svg>\n"
        let icons = MDCIcons.svg(chart)
        if !icons.isEmpty { out += "<div class=\"mdc-icons\">" + icons + "</div>\n" }
        out += "</div>\n<ul class=\"chart-key\">" + chart.key.map { "<li>" + swatch($0.mark) + e($0.words) + "</li>" }.joined() + "</ul>\n"
        out += "<figcaption id=\"\(captionID)\">\(e(chart.textAlternative))</figcaption>\n</figure>\n"
        return out
    }

    private func e(_ text: String) -> String { HTMLText.escape(text) }
    private func f(_ value: Double) -> String { ChartSVG.coordinates.format(value) }

    /// Everything inside the chart's `<svg>`.
    func drawing() -> String {
        let frame = ChartSVG.frame
        var out = ""
        // The value axis: its label, round figures and their grid lines.
        out += text(chart.valueLabel, x: 4, y: 14, anchor: "start", weight: true)
        for tick in chart.scale.ticks {
            let y = frame.y(tick, chart)
            out += "<line x1=\"\(f(frame.left))\" y1=\"\(f(y))\" x2=\"\(f(frame.right))\" y2=\"\(f(y))\" stroke=\"\(ChartColour.grid.hex)\"/>"
            out += text(chart.tickText(tick), x: frame.left - 6, y: y + 4, anchor: "end")
        }
        guard !chart.periods.isEmpty else { return out + axes() }
        if let index = chart.reportingIndex { out += band(chart.periods[index].period, colour: .reporting) }
        for lines in chart.processLines {
            let from = frame.x(lines.from, chart), to = frame.x(lines.to, chart)
            if let mean = lines.mean, frame.isOnScale(mean, chart) { out += hline(from, to, frame.y(mean, chart), .mean, width: 1.5, dash: nil) }
            for limit in [lines.lower, lines.upper].compactMap({ $0 }) where frame.isOnScale(limit, chart) {
                out += hline(from, to, frame.y(limit, chart), .limit, width: 1.2, dash: "5 3")
            }
        }
        if let target = chart.target, frame.isOnScale(target, chart) {
            out += hline(frame.left, frame.right, frame.y(target, chart), .target, width: 1.5, dash: "8 4")
        }
        if let benchmark = chart.benchmark, frame.isOnScale(benchmark.value, chart) {
            out += hline(frame.left, frame.right, frame.y(benchmark.value, chart), .benchmark, width: 1.5, dash: "2 3")
        }
        for point in chart.periods {
            guard let interval = point.interval else { continue }
            let x = frame.x(point.position, chart), low = frame.y(max(interval.lowerBound, chart.scale.low), chart)
            let high = frame.y(min(interval.upperBound, chart.scale.high), chart)
            out += "<path d=\"M\(f(x)) \(f(low))V\(f(high))M\(f(x - 4)) \(f(low))H\(f(x + 4))M\(f(x - 4)) \(f(high))H\(f(x + 4))\" stroke=\"\(ChartColour.ink.hex)\" stroke-width=\"1\" fill=\"none\"/>"
        }
        let lineColour: ChartColour = chart.control == nil ? .series : .commonCause
        for run in MeasureChart.runs(chart.periods) where run.count > 1 {
            let points = run.map { "\(f(frame.x(chart.periods[$0].position, chart))),\(f(frame.y(chart.periods[$0].value ?? 0, chart)))" }
            out += "<polyline points=\"\(points.joined(separator: " "))\" fill=\"none\" stroke=\"\(lineColour.hex)\" stroke-width=\"1.5\"/>"
        }
        let radius = chart.periods.count > 30 ? 2.8 : 4.0
        for (index, point) in chart.periods.enumerated() {
            let x = frame.x(point.position, chart)
            guard let value = point.value else {
                let y = frame.bottom - 6
                out += "<path class=\"gap\" d=\"M\(f(x - 3)) \(f(y - 3))L\(f(x + 3)) \(f(y + 3))M\(f(x - 3)) \(f(y + 3))L\(f(x + 3)) \(f(y - 3))\" stroke=\"\(ChartColour.gap.hex)\" stroke-width=\"1.5\"/>"
                continue
            }
            let y = frame.y(value, chart)
            let colour = point.pointType.map(ChartColour.of) ?? .series
            let kind = point.pointType.map { " " + ChartSVG.pointClass($0) } ?? ""
            let reporting = index == chart.reportingIndex
            if index == chart.comparisonIndex && chart.control == nil {
                out += "<circle class=\"compared\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(radius + 4))\" fill=\"none\" stroke=\"\(ChartColour.ink.hex)\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\"/>"
            }
            out += "<circle class=\"point\(kind)\(reporting ? " latest" : "")\" cx=\"\(f(x))\" cy=\"\(f(y))\" r=\"\(f(reporting ? radius + 1.5 : radius))\" fill=\"\(colour.hex)\""
                + (reporting ? " stroke=\"\(ChartColour.ink.hex)\" stroke-width=\"2\"" : " stroke=\"\(ChartColour.background.hex)\" stroke-width=\"0.8\"") + "/>"
        }
        out += axes()
        for index in chart.labelled {
            let x = frame.x(chart.periods[index].position, chart)
            let name = MeasureChart.axisName(chart.periods[index].period)
            // Keep the name inside the canvas: about 7.4 units a character at 13 units.
            let half = Double(name.count) * 3.7
            let placed = min(max(x, half + 2), ChartSVG.width - half - 2)
            out += "<line x1=\"\(f(x))\" y1=\"\(f(frame.bottom))\" x2=\"\(f(x))\" y2=\"\(f(frame.bottom + 4))\" stroke=\"\(ChartColour.gap.hex)\"/>"
            out += text(name, x: placed, y: frame.bottom + 19, anchor: "middle")
        }
        out += text(chart.timeLabel, x: (frame.left + frame.right) / 2, y: frame.bottom + 38, anchor: "middle", weight: true)
        return out
    }

    /// A point type as a CSS class: its name with `-` for `_` (`special-cause-improvement`).
    static func pointClass(_ type: PointType) -> String {
        switch type {
        case .missing: return "missing"
        case .commonCause: return "common-cause"
        case .specialCauseImprovement: return "special-cause-improvement"
        case .specialCauseConcern: return "special-cause-concern"
        case .specialCauseNeutralHigh: return "special-cause-neutral-high"
        case .specialCauseNeutralLow: return "special-cause-neutral-low"
        }
    }

    private func axes() -> String {
        let frame = ChartSVG.frame
        return "<path d=\"M\(f(frame.left)) \(f(frame.top))V\(f(frame.bottom))H\(f(frame.right))\" fill=\"none\" stroke=\"\(ChartColour.gap.hex)\"/>"
    }

    private func band(_ period: Period, colour: ChartColour) -> String {
        let frame = ChartSVG.frame
        let from = frame.x(Double(period.firstMonth.index), chart), to = frame.x(Double(period.lastMonth.index + 1), chart)
        // At least 8 units wide, so a month among sixty still shows; at most 24, so a year
        // does not fill a third of the chart.
        let width = min(max(to - from, 8), 24), middle = (from + to) / 2
        return "<rect x=\"\(f(middle - width / 2))\" y=\"\(f(frame.top))\" width=\"\(f(width))\" height=\"\(f(frame.bottom - frame.top))\" fill=\"\(colour.hex)\"/>"
    }

    private func hline(_ from: Double, _ to: Double, _ y: Double, _ colour: ChartColour, width: Double, dash: String?) -> String {
        "<line x1=\"\(f(from))\" y1=\"\(f(y))\" x2=\"\(f(to))\" y2=\"\(f(y))\" stroke=\"\(colour.hex)\" stroke-width=\"\(f(width))\""
            + (dash.map { " stroke-dasharray=\"\($0)\"" } ?? "") + "/>"
    }

    private func text(_ words: String, x: Double, y: Double, anchor: String, weight: Bool = false) -> String {
        "<text x=\"\(f(x))\" y=\"\(f(y))\" text-anchor=\"\(anchor)\"\(weight ? " font-weight=\"600\"" : "") fill=\"\(ChartColour.ink.hex)\">\(e(words))</text>"
    }

    /// The key's small picture of a mark, hidden from screen readers (the words say it).
    private func swatch(_ mark: KeyEntry.Mark) -> String {
        var shape: String
        switch mark {
        case .value: shape = "<circle cx=\"9\" cy=\"6\" r=\"4\" fill=\"\(ChartColour.series.hex)\"/>"
        case .pointType(let type): shape = "<circle cx=\"9\" cy=\"6\" r=\"4\" fill=\"\(ChartColour.of(type).hex)\"/>"
        case .mean: shape = "<line x1=\"1\" y1=\"6\" x2=\"17\" y2=\"6\" stroke=\"\(ChartColour.mean.hex)\" stroke-width=\"1.5\"/>"
        case .limits: shape = "<line x1=\"1\" y1=\"6\" x2=\"17\" y2=\"6\" stroke=\"\(ChartColour.limit.hex)\" stroke-width=\"1.2\" stroke-dasharray=\"5 3\"/>"
        case .target: shape = "<line x1=\"1\" y1=\"6\" x2=\"17\" y2=\"6\" stroke=\"\(ChartColour.target.hex)\" stroke-width=\"1.5\" stroke-dasharray=\"8 4\"/>"
        case .benchmark: shape = "<line x1=\"1\" y1=\"6\" x2=\"17\" y2=\"6\" stroke=\"\(ChartColour.benchmark.hex)\" stroke-width=\"1.5\" stroke-dasharray=\"2 3\"/>"
        case .reporting: shape = "<rect x=\"4\" y=\"0\" width=\"10\" height=\"12\" fill=\"\(ChartColour.reporting.hex)\"/><circle cx=\"9\" cy=\"6\" r=\"3.5\" fill=\"none\" stroke=\"\(ChartColour.ink.hex)\" stroke-width=\"2\"/>"
        case .compared: shape = "<circle cx=\"9\" cy=\"6\" r=\"5\" fill=\"none\" stroke=\"\(ChartColour.ink.hex)\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\"/>"
        case .interval: shape = "<path d=\"M9 1V11M6 1H12M6 11H12\" stroke=\"\(ChartColour.ink.hex)\" fill=\"none\"/>"
        case .gap: shape = "<path d=\"M6 3L12 9M6 9L12 3\" stroke=\"\(ChartColour.gap.hex)\" stroke-width=\"1.5\"/>"
        }
        return "<svg class=\"swatch\" viewBox=\"0 0 18 12\" width=\"18\" height=\"12\" aria-hidden=\"true\" focusable=\"false\">" + shape + "</svg>"
    }
}

extension MeasureChart {
    /// Runs of consecutive values: the line breaks at every gap (a wave never run is no gap).
    static func runs(_ periods: [PlottedPeriod]) -> [[Int]] {
        var runs: [[Int]] = []
        var current: [Int] = []
        for (index, point) in periods.enumerated() {
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
}
