/// Where a measure's chart goes on a canvas: the plot area's edges, in the canvas's own units
/// (SVG user units, PNG pixels), and the mapping of time (months) and value into it. The SVG
/// and the PNG each have a frame; both draw the same `MeasureChart`.
struct ChartFrame: Equatable {
    let left: Double
    let top: Double
    let right: Double
    let bottom: Double

    /// The horizontal place of a time in months on `chart`'s time axis. A chart of a single
    /// period still spans that period, so its point is in the middle.
    func x(_ months: Double, _ chart: MeasureChart) -> Double {
        let span = chart.time.upperBound - chart.time.lowerBound
        return left + (months - chart.time.lowerBound) / (span > 0 ? span : 1) * (right - left)
    }

    /// The vertical place of a value on `chart`'s value scale, 0 at the top of the canvas.
    func y(_ value: Double, _ chart: MeasureChart) -> Double {
        bottom - chart.scale.fraction(value) * (bottom - top)
    }

    /// Whether a value is on the scale (a process limit below 0% is not drawn).
    func isOnScale(_ value: Double, _ chart: MeasureChart) -> Bool {
        value >= chart.scale.low && value <= chart.scale.high
    }
}

extension MeasureChart {
    /// The time axis's title: "Month", "Quarter (financial year)", "Financial year", "Year".
    var timeLabel: String {
        switch periods.last?.period {
        case .month?: return "Month"
        case .quarter?: return "Quarter (financial year)"
        case .financialYear?: return "Financial year"
        case .calendarYear?: return notCollected.isEmpty ? "Year" : "Year (the years it was run)"
        case .academicYear?: return "Academic year"
        case .rolling12Months?: return "12 months ending"
        case .pooled?: return "Years pooled"
        case nil: return "Period"
        }
    }

    /// A value written for an axis: the figure alone, with `%` for a percentage.
    func tickText(_ value: Double) -> String {
        let decimals = scale.ticks.contains { $0 != $0.rounded() } ? 1 : 0
        let figure = NarrativeNumber(value: value, style: .plain, decimals: decimals).figure
        switch style {
        case .percent, .points: return figure + "%"
        default: return figure
        }
    }
}
