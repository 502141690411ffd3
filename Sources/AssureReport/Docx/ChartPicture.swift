/// A measure's series drawn as a small PNG for the Word document, as the HTML report's SVG
/// chart draws it: the line broken at missing values (a cross on the baseline marks each), the
/// reporting period as a shaded band with a larger point, and for statistical process control
/// each group's mean (solid) and process limits (dashed).
enum ChartPicture {
    static let width = 270
    static let height = 84
    /// Background, series, reporting band, mean, limits, gap crosses.
    static let palette: [(UInt8, UInt8, UInt8)] = [(255, 255, 255), (31, 56, 100), (255, 230, 153), (112, 112, 112), (160, 160, 160), (192, 0, 0)]
    private static let series: UInt8 = 1, band: UInt8 = 2, mean: UInt8 = 3, limit: UInt8 = 4, gap: UInt8 = 5
    private static let margin = 10

    /// Nil for a series with no figures.
    static func image(_ chart: ChartSeries) -> PNGImage? {
        var values = chart.points.compactMap(\.value)
        for group in chart.groups { values += [group.mean, group.lower, group.upper].compactMap { $0 } }
        guard let lowest = values.min(), let highest = values.max(), !chart.points.isEmpty else { return nil }
        let padding = highest > lowest ? (highest - lowest) * 0.08 : max(abs(highest) * 0.1, 1)
        let low = lowest - padding, high = highest + padding
        let count = chart.points.count
        let step = count > 1 ? Double(width - 2 * margin) / Double(count - 1) : 0
        func x(_ index: Int) -> Int { count > 1 ? margin + Int((Double(index) * step).rounded()) : width / 2 }
        // The bottom 14 pixels keep room for the crosses that mark missing values.
        func y(_ value: Double) -> Int { height - 14 - Int(((value - low) / (high - low) * Double(height - 22)).rounded()) }

        var image = PNGImage(width: width, height: height, palette: palette)
        if let index = chart.reportingIndex {
            let bandWidth = min(max(Int(step), 8), 18)
            image.fill(x: x(index) - bandWidth / 2, y: 0, width: bandWidth, height: height, colour: band)
        }
        for group in chart.groups {
            let from = x(group.range.lowerBound), to = x(max(group.range.lowerBound, group.range.upperBound - 1))
            if let value = group.mean { image.line(from, y(value), to, y(value), colour: mean, thickness: 2) }
            for value in [group.lower, group.upper].compactMap({ $0 }) { image.line(from, y(value), to, y(value), colour: limit, thickness: 1, dash: 4) }
        }
        var previous: (Int, Int)?
        for (index, point) in chart.points.enumerated() {
            guard let value = point.value else {
                previous = nil
                let cx = x(index), cy = height - 6
                image.line(cx - 3, cy - 3, cx + 3, cy + 3, colour: gap, thickness: 2)
                image.line(cx - 3, cy + 3, cx + 3, cy - 3, colour: gap, thickness: 2)
                continue
            }
            let here = (x(index), y(value))
            if let previous { image.line(previous.0, previous.1, here.0, here.1, colour: series, thickness: 2) }
            let size = index == chart.reportingIndex ? 7 : 4
            image.fill(x: here.0 - size / 2, y: here.1 - size / 2, width: size, height: size, colour: series)
            previous = here
        }
        return image
    }
}
