import AssureAnalysis
import AssureData
import AssureReport

/// `assure spc FILE --all`: every series of an indicator file charted with the same options,
/// one after another in the data's order (by indicator, then area). Text gives each chart as
/// `assure spc` gives one, a blank line between; JSON one line a series (JSON lines); CSV one
/// table with the indicator and area before each chart's columns. A series that cannot be
/// charted (too few values, a span too long) gets a diagnostic and the others are still
/// charted; the exit status is then 1. A summary of the verdicts goes to standard error.
enum SPCEverySeries {
    static func chart(_ read: SPCSeriesSetReadResult, request: SPCChartRequest, format: String, _ console: Console) -> ExitStatus {
        let renderer = DiagnosticRenderer(useColour: console.colourOnStandardError)
        if !read.diagnostics.isEmpty {
            console.error(renderer.render(read.diagnostics, sources: read.sourceLines))
        }
        guard let set = read.set else { return .problems }
        var problems = read.diagnostics.contains { $0.severity == .error }
        var variations: [String: Int] = [:]
        var charted = 0
        var out = format == "csv" ? SPCChart.csvHeaderWithSeries : ""
        for (position, entry) in set.entries.enumerated() {
            let chart: SPCChart
            do {
                chart = try SPCChart.draw(entry.series, request: request)
            } catch {
                problems = true
                console.error(renderer.render([error.diagnostic], sources: read.sourceLines))
                continue
            }
            charted += 1
            variations[chart.result.variation?.rawValue ?? "none", default: 0] += 1
            switch format {
            case "json": out += chart.renderJSONLine(indicator: entry.indicator, area: entry.area)
            case "csv": out += chart.renderCSVRows(indicator: entry.indicator, area: entry.area)
            default: out += (position == 0 ? "" : "\n") + chart.renderText()
            }
            if format != "text" {
                for warning in chart.warnings { console.error("warning: \(entry.series.indicator): \(warning)\n") }
            }
            // Written a chart at a time, so that a long file never builds one huge text.
            if out.utf8.count >= 1 << 20 {
                console.out(out)
                out = ""
            }
        }
        if !out.isEmpty { console.out(out) }
        console.error(summary(charted: charted, of: set.entries.count, variations: variations))
        return problems ? .problems : .clean
    }

    /// "charted 3 of 4 series: 1 special cause improvement, 2 common cause".
    static func summary(charted: Int, of total: Int, variations: [String: Int]) -> String {
        let counts = variations.sorted { $0.key < $1.key }
            .map { "\($0.value) \($0.key.replacingOccurrences(of: "_", with: " "))" }
        let charts = charted == total ? "charted \(total) series" : "charted \(charted) of \(total) series"
        return charts + (counts.isEmpty ? "" : ": " + counts.joined(separator: ", ")) + "\n"
    }
}
