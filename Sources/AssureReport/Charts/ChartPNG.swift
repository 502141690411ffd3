import AssureAnalysis
import AssureData

/// A headline measure's chart as a PNG for the Word document, drawn from the same
/// `MeasureChart` as the HTML's SVG: the same marks in the same colours, with the axes' words
/// and figures, the key and the Making Data Count icons drawn in as pixels (`PixelFont`), since
/// a picture carries no text of its own. Its text alternative goes in the picture's description.
enum ChartPNG {
    static let width = 780
    /// Font pixels are this many image pixels square: 14-pixel capitals.
    static let fontScale = 2
    static let frame = ChartFrame(left: 92, top: 64, right: 760, bottom: 340)
    private static let keyTop = 404
    private static let keyRow = 26

    private static func colour(_ colour: ChartColour) -> UInt8 { UInt8(colour.rawValue) }
    private static let palette = ChartColour.allCases.map(\.rgb)

    /// The picture's height: the chart and as many rows as its key needs.
    static func height(_ chart: MeasureChart) -> Int {
        keyTop + keyRows(chart).count * keyRow + 6
    }

    /// The key's entries placed in rows that fit the picture's width.
    static func keyRows(_ chart: MeasureChart) -> [[KeyEntry]] {
        var rows: [[KeyEntry]] = [[]]
        var used = 0
        for entry in chart.key {
            let needed = 34 + PixelFont.width(entry.words, scale: fontScale) + 24
            if used + needed > width - 16, !(rows.last?.isEmpty ?? true) {
                rows.append([])
                used = 0
            }
            rows[rows.count - 1].append(entry)
            used += needed
        }
        return rows
    }

    static func image(_ chart: MeasureChart) -> PNGImage {
        var image = PNGImage(width: width, height: height(chart), palette: palette)
        let frame = ChartPNG.frame
        func x(_ months: Double) -> Int { Int(frame.x(months, chart).rounded()) }
        func y(_ value: Double) -> Int { Int(frame.y(value, chart).rounded()) }
        let left = Int(frame.left), right = Int(frame.right), top = Int(frame.top), bottom = Int(frame.bottom)

        image.text(chart.valueLabel, x: 8, y: 12, scale: fontScale, colour: colour(.ink))
        for tick in chart.scale.ticks {
            image.line(left, y(tick), right, y(tick), colour: colour(.grid))
            let words = chart.tickText(tick)
            image.text(words, x: left - 10 - PixelFont.width(words, scale: fontScale), y: y(tick) - 7, scale: fontScale, colour: colour(.ink))
        }
        if let index = chart.reportingIndex {
            let period = chart.periods[index].period
            let from = frame.x(Double(period.firstMonth.index), chart), to = frame.x(Double(period.lastMonth.index + 1), chart)
            let bandWidth = min(max(to - from, 12), 36)
            image.fill(x: Int(((from + to) / 2 - bandWidth / 2).rounded()), y: top, width: Int(bandWidth.rounded()), height: bottom - top,
                       colour: colour(.reporting))
        }
        for lines in chart.processLines {
            let from = x(lines.from), to = x(lines.to)
            if let mean = lines.mean, frame.isOnScale(mean, chart) { image.line(from, y(mean), to, y(mean), colour: colour(.mean), thickness: 2) }
            for limit in [lines.lower, lines.upper].compactMap({ $0 }) where frame.isOnScale(limit, chart) {
                image.line(from, y(limit), to, y(limit), colour: colour(.limit), thickness: 2, dash: 8)
            }
        }
        if let target = chart.target, frame.isOnScale(target, chart) {
            image.line(left, y(target), right, y(target), colour: colour(.target), thickness: 2, dash: 12)
        }
        if let benchmark = chart.benchmark, frame.isOnScale(benchmark.value, chart) {
            image.line(left, y(benchmark.value), right, y(benchmark.value), colour: colour(.benchmark), thickness: 2, dash: 3)
        }
        for point in chart.periods {
            guard let interval = point.interval else { continue }
            let px = x(point.position)
            let low = y(max(interval.lowerBound, chart.scale.low)), high = y(min(interval.upperBound, chart.scale.high))
            image.line(px, low, px, high, colour: colour(.ink), thickness: 2)
            image.line(px - 6, low, px + 6, low, colour: colour(.ink), thickness: 2)
            image.line(px - 6, high, px + 6, high, colour: colour(.ink), thickness: 2)
        }
        let lineColour = colour(chart.control == nil ? .series : .commonCause)
        for run in MeasureChart.runs(chart.periods) where run.count > 1 {
            for (from, to) in zip(run, run.dropFirst()) {
                image.line(x(chart.periods[from].position), y(chart.periods[from].value ?? 0),
                           x(chart.periods[to].position), y(chart.periods[to].value ?? 0), colour: lineColour, thickness: 2)
            }
        }
        let radius = chart.periods.count > 30 ? 4 : 6
        for (index, point) in chart.periods.enumerated() {
            let px = x(point.position)
            guard let value = point.value else {
                let cy = bottom - 9
                image.line(px - 5, cy - 5, px + 5, cy + 5, colour: colour(.gap), thickness: 2)
                image.line(px - 5, cy + 5, px + 5, cy - 5, colour: colour(.gap), thickness: 2)
                continue
            }
            let py = y(value)
            if index == chart.comparisonIndex && chart.control == nil {
                image.ring(px, py, radius: radius + 6, thickness: 2, colour: colour(.ink), dashed: true)
            }
            let fill = colour(point.pointType.map(ChartColour.of) ?? .series)
            if index == chart.reportingIndex {
                image.disc(px, py, radius: radius + 4, colour: colour(.ink))
                image.disc(px, py, radius: radius + 1, colour: fill)
            } else {
                image.disc(px, py, radius: radius, colour: fill)
            }
        }
        image.line(left, top, left, bottom, colour: colour(.gap), thickness: 2)
        image.line(left, bottom, right, bottom, colour: colour(.gap), thickness: 2)
        for index in chart.labelled {
            let px = x(chart.periods[index].position)
            let name = MeasureChart.axisName(chart.periods[index].period)
            let textWidth = PixelFont.width(name, scale: fontScale)
            let start = min(max(px - textWidth / 2, 2), width - textWidth - 2)
            image.line(px, bottom, px, bottom + 6, colour: colour(.gap), thickness: 2)
            image.text(name, x: start, y: bottom + 12, scale: fontScale, colour: colour(.ink))
        }
        let timeLabel = chart.timeLabel
        image.text(timeLabel, x: (left + right - PixelFont.width(timeLabel, scale: fontScale)) / 2, y: bottom + 38, scale: fontScale, colour: colour(.ink))
        drawIcons(chart, into: &image)
        drawKey(chart, into: &image)
        return image
    }

    /// The variation and assurance icons, top right, as the HTML draws them.
    private static func drawIcons(_ chart: MeasureChart, into image: inout PNGImage) {
        var cx = width - 30
        let cy = 30
        func circle(_ ring: ChartColour) {
            image.disc(cx, cy, radius: 24, colour: colour(.background))
            image.ring(cx, cy, radius: 23, thickness: 4, colour: colour(ring))
        }
        // Icons are drawn right to left: assurance outermost, as in the HTML's order.
        if let assurance = chart.assurance {
            circle(ChartColour.of(assurance))
            image.line(cx - 14, cy + 10, cx + 14, cy + 10, colour: colour(.target), thickness: 3)
            image.text(MDCIcons.letter(assurance), x: cx - 5, y: cy - 12, scale: fontScale, colour: colour(.ink))
            cx -= 58
        }
        if let variation = chart.variation {
            let ring = ChartColour.of(variation)
            let high = chart.latestIsHigh ?? true
            circle(ring)
            // The icon's 44-unit square, scaled to the 48-pixel circle.
            let dots = MDCIcons.dots(variation, high: high).map { (cx - 24 + Int(($0.x * 48 / 44).rounded()), cy - 24 + Int(($0.y * 48 / 44).rounded()), $0.coloured) }
            for (from, to) in zip(dots, dots.dropFirst()) { image.line(from.0, from.1, to.0, to.1, colour: colour(.commonCause)) }
            for dot in dots { image.disc(dot.0, dot.1, radius: 3, colour: colour(dot.2 ? ring : .commonCause)) }
            if let letter = MDCIcons.letter(variation, high: high) {
                image.text(letter, x: cx - 5, y: cy - 18, scale: fontScale, colour: colour(.ink))
            }
        }
    }

    private static func drawKey(_ chart: MeasureChart, into image: inout PNGImage) {
        for (row, entries) in keyRows(chart).enumerated() {
            var left = 8
            let middle = keyTop + row * keyRow + 7
            for entry in entries {
                drawSwatch(entry.mark, x: left, y: middle, into: &image)
                image.text(entry.words, x: left + 34, y: middle - 7, scale: fontScale, colour: colour(.ink))
                left += 34 + PixelFont.width(entry.words, scale: fontScale) + 24
            }
        }
    }

    private static func drawSwatch(_ mark: KeyEntry.Mark, x: Int, y: Int, into image: inout PNGImage) {
        let middle = x + 13
        switch mark {
        case .value: image.disc(middle, y, radius: 6, colour: colour(.series))
        case .pointType(let type): image.disc(middle, y, radius: 6, colour: colour(ChartColour.of(type)))
        case .mean: image.line(x, y, x + 26, y, colour: colour(.mean), thickness: 2)
        case .limits: image.line(x, y, x + 26, y, colour: colour(.limit), thickness: 2, dash: 8)
        case .target: image.line(x, y, x + 26, y, colour: colour(.target), thickness: 2, dash: 12)
        case .benchmark: image.line(x, y, x + 26, y, colour: colour(.benchmark), thickness: 2, dash: 3)
        case .reporting:
            image.fill(x: middle - 9, y: y - 11, width: 18, height: 22, colour: colour(.reporting))
            image.disc(middle, y, radius: 7, colour: colour(.ink))
            image.disc(middle, y, radius: 4, colour: colour(.series))
        case .compared: image.ring(middle, y, radius: 9, thickness: 2, colour: colour(.ink), dashed: true)
        case .interval:
            image.line(middle, y - 9, middle, y + 9, colour: colour(.ink), thickness: 2)
            image.line(middle - 6, y - 9, middle + 6, y - 9, colour: colour(.ink), thickness: 2)
            image.line(middle - 6, y + 9, middle + 6, y + 9, colour: colour(.ink), thickness: 2)
        case .gap:
            image.line(middle - 5, y - 5, middle + 5, y + 5, colour: colour(.gap), thickness: 2)
            image.line(middle - 5, y + 5, middle + 5, y - 5, colour: colour(.gap), thickness: 2)
        }
    }
}
