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

    func render() -> String {
        let titleID = identifier + "-title", captionID = identifier + "-caption"
        var out = SVGMarkup(capacity: 16_384)
        out.add("<figure class=\"measure-chart\">\n<div class=\"chart-row\">\n")
        out.add("<svg class=\"verdict-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(ChartSVG.width)) \(Int(ChartSVG.height))\" ")
        out.add("role=\"img\" aria-labelledby=\"\(titleID) \(captionID)\" font-size=\"13\">")
        out.add("<title id=\"\(titleID)\">\(escaping: "Chart of " + chart.title)</title>")
        draw(into: &out)
        out.add("</svg>\n")
        let icons = MDCIcons.svg(chart)
        if !icons.isEmpty { out.add("<div class=\"mdc-icons\">\(icons)</div>\n") }
        out.add("</div>\n<ul class=\"chart-key\">")
        for entry in chart.key { out.add("<li>\(swatch(entry.mark))\(escaping: entry.words)</li>") }
        out.add("</ul>\n<figcaption id=\"\(captionID)\">\(escaping: chart.textAlternative)</figcaption>\n</figure>\n")
        return out.text
    }

    /// Everything inside the chart's `<svg>`.
    func drawing() -> String {
        var out = SVGMarkup(capacity: 8_192)
        draw(into: &out)
        return out.text
    }

    /// Writes everything inside the chart's `<svg>`.
    func draw(into out: inout SVGMarkup) {
        let frame = ChartSVG.frame
        // The value axis: its label, round figures and their grid lines.
        text(chart.valueLabel, x: 4, y: 14, anchor: "start", weight: true, into: &out)
        for tick in chart.scale.ticks {
            let y = frame.y(tick, chart)
            out.add("<line x1=\"\(frame.left)\" y1=\"\(y)\" x2=\"\(frame.right)\" y2=\"\(y)\" stroke=\"\(ChartColour.grid)\"/>")
            text(chart.tickText(tick), x: frame.left - 6, y: y + 4, anchor: "end", into: &out)
        }
        guard !chart.periods.isEmpty else { return axes(into: &out) }
        if let index = chart.reportingIndex { band(chart.periods[index].period, colour: .reporting, into: &out) }
        for lines in chart.processLines {
            let from = frame.x(lines.from, chart), to = frame.x(lines.to, chart)
            if let mean = lines.mean, frame.isOnScale(mean, chart) { hline(from, to, frame.y(mean, chart), .mean, width: 1.5, dash: nil, into: &out) }
            for limit in [lines.lower, lines.upper].compactMap({ $0 }) where frame.isOnScale(limit, chart) {
                hline(from, to, frame.y(limit, chart), .limit, width: 1.2, dash: "5 3", into: &out)
            }
        }
        if let target = chart.target, frame.isOnScale(target, chart) {
            hline(frame.left, frame.right, frame.y(target, chart), .target, width: 1.5, dash: "8 4", into: &out)
        }
        if let benchmark = chart.benchmark, frame.isOnScale(benchmark.value, chart) {
            hline(frame.left, frame.right, frame.y(benchmark.value, chart), .benchmark, width: 1.5, dash: "2 3", into: &out)
        }
        for point in chart.periods {
            guard let interval = point.interval else { continue }
            let x = frame.x(point.position, chart), low = frame.y(max(interval.lowerBound, chart.scale.low), chart)
            let high = frame.y(min(interval.upperBound, chart.scale.high), chart)
            out.add("<path d=\"M\(x) \(low)V\(high)M\(x - 4) \(low)H\(x + 4)M\(x - 4) \(high)H\(x + 4)\" stroke=\"\(ChartColour.ink)\" stroke-width=\"1\" fill=\"none\"/>")
        }
        let lineColour: ChartColour = chart.control == nil ? .series : .commonCause
        for run in MeasureChart.runs(chart.periods) where run.count > 1 {
            out.add("<polyline points=\"")
            for (number, index) in run.enumerated() {
                out.add("\(number > 0 ? " " : "")\(frame.x(chart.periods[index].position, chart)),\(frame.y(chart.periods[index].value ?? 0, chart))")
            }
            out.add("\" fill=\"none\" stroke=\"\(lineColour)\" stroke-width=\"1.5\"/>")
        }
        let radius = chart.periods.count > 30 ? 2.8 : 4.0
        for (index, point) in chart.periods.enumerated() {
            let x = frame.x(point.position, chart)
            guard let value = point.value else {
                let y = frame.bottom - 6
                out.add("<path class=\"gap\" d=\"M\(x - 3) \(y - 3)L\(x + 3) \(y + 3)M\(x - 3) \(y + 3)L\(x + 3) \(y - 3)\" stroke=\"\(ChartColour.gap)\" stroke-width=\"1.5\"/>")
                continue
            }
            let y = frame.y(value, chart)
            let colour = point.pointType.map(ChartColour.of) ?? .series
            let kind = point.pointType.map { " " + ChartSVG.pointClass($0) } ?? ""
            let reporting = index == chart.reportingIndex
            if index == chart.comparisonIndex && chart.control == nil {
                out.add("<circle class=\"compared\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(radius + 4)\" fill=\"none\" stroke=\"\(ChartColour.ink)\" stroke-width=\"1.2\" stroke-dasharray=\"2 2\"/>")
            }
            out.add("<circle class=\"point\(kind)\(reporting ? " latest" : "")\" cx=\"\(x)\" cy=\"\(y)\" r=\"\(reporting ? radius + 1.5 : radius)\" fill=\"\(colour)\"")
            if reporting {
                out.add(" stroke=\"\(ChartColour.ink)\" stroke-width=\"2\"/>")
            } else {
                out.add(" stroke=\"\(ChartColour.background)\" stroke-width=\"0.8\"/>")
            }
        }
        axes(into: &out)
        for index in chart.labelled {
            let x = frame.x(chart.periods[index].position, chart)
            let name = MeasureChart.axisName(chart.periods[index].period)
            // Keep the name inside the canvas: about 7.4 units a character at 13 units.
            let half = Double(name.count) * 3.7
            let placed = min(max(x, half + 2), ChartSVG.width - half - 2)
            out.add("<line x1=\"\(x)\" y1=\"\(frame.bottom)\" x2=\"\(x)\" y2=\"\(frame.bottom + 4)\" stroke=\"\(ChartColour.gap)\"/>")
            text(name, x: placed, y: frame.bottom + 19, anchor: "middle", into: &out)
        }
        text(chart.timeLabel, x: (frame.left + frame.right) / 2, y: frame.bottom + 38, anchor: "middle", weight: true, into: &out)
    }

    private func axes(into out: inout SVGMarkup) {
        let frame = ChartSVG.frame
        out.add("<path d=\"M\(frame.left) \(frame.top)V\(frame.bottom)H\(frame.right)\" fill=\"none\" stroke=\"\(ChartColour.gap)\"/>")
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

    private func band(_ period: Period, colour: ChartColour, into out: inout SVGMarkup) {
        let frame = ChartSVG.frame
        let from = frame.x(Double(period.firstMonth.index), chart), to = frame.x(Double(period.lastMonth.index + 1), chart)
        // At least 8 units wide, so a month among sixty still shows; at most 24, so a year
        // does not fill a third of the chart.
        let width = min(max(to - from, 8), 24), middle = (from + to) / 2
        out.add("<rect x=\"\(middle - width / 2)\" y=\"\(frame.top)\" width=\"\(width)\" height=\"\(frame.bottom - frame.top)\" fill=\"\(colour)\"/>")
    }

    private func hline(_ from: Double, _ to: Double, _ y: Double, _ colour: ChartColour, width: Double, dash: String?, into out: inout SVGMarkup) {
        out.add("<line x1=\"\(from)\" y1=\"\(y)\" x2=\"\(to)\" y2=\"\(y)\" stroke=\"\(colour)\" stroke-width=\"\(width)\"")
        if let dash { out.add(" stroke-dasharray=\"\(dash)\"") }
        out.add("/>")
    }

    private func text(_ words: String, x: Double, y: Double, anchor: String, weight: Bool = false, into out: inout SVGMarkup) {
        out.add("<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\"\(weight ? " font-weight=\"600\"" : "") fill=\"\(ChartColour.ink)\">\(escaping: words)</text>")
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
