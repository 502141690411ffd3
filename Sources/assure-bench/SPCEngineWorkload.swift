import Foundation

/// The series of `assure-bench spc-speed` as a partnership, so that the same series are judged
/// through the engine: one long CSV (`indicator,period,value`, no area column: one
/// partnership) of monthly series from April 2014 (`NationalWorkload.firstMonth`), and a rules
/// file of one `judge by spc` measure a series (`better higher` and `better lower` in turn).
/// The report is monthly, for the last month.
enum SPCEngineWorkload {
    /// The indicator (and measure) name of series `index`.
    static func name(_ index: Int) -> String { "series_\(index)" }

    /// Writes `Rules/spc.assure` and `Indicators/series.csv` under `folder`; the CSV's size in
    /// bytes. Values are written as the shortest text that reads back as the same `Double`.
    static func write(_ allSeries: [[Double]], to folder: String) throws -> Int {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/Indicators", withIntermediateDirectories: true)
        try Data(rules(count: allSeries.count).utf8).write(to: URL(fileURLWithPath: folder + "/Rules/spc.assure"))
        var buffer: [UInt8] = Array("indicator,period,value\n".utf8)
        let longest = allSeries.map(\.count).max() ?? 0
        let periods = (0..<longest).map { step -> String in
            let month = NationalWorkload.firstMonth + step
            return String(format: "%04d-%02d", month / 12, month % 12 + 1)
        }
        for (index, series) in allSeries.enumerated() {
            let prefix = name(index) + ","
            for (step, value) in series.enumerated() {
                buffer.append(contentsOf: (prefix + periods[step] + "," + "\(value)" + "\n").utf8)
            }
        }
        try Data(buffer).write(to: URL(fileURLWithPath: folder + "/Indicators/series.csv"))
        return buffer.count
    }

    /// The series as the R benchmark reads them: the same file.
    static func csvPath(in folder: String) -> String { folder + "/Indicators/series.csv" }

    /// `count` indicators, each with one measure judged by SPC.
    static func rules(count: Int) -> String {
        var text = "report {\n  title \"SPC through the engine\"\n  partnership \"Benchmark\"\n  period month\n}\n\n"
            + "priority spc {\n  title \"SPC\"\n}\n"
        for index in 0..<count {
            let better = index % 2 == 0 ? "higher" : "lower"
            text += """

                indicator \(name(index)) {
                  title "Series \(index)"
                  unit number
                  frequency monthly
                  better \(better)
                  aggregate mean
                }

                measure \(name(index)) {
                  priority spc
                  value \(name(index)) over month
                  judge by spc
                  say doing well "Series \(index) shows special cause improvement ({value})."
                  say explore "Series \(index) shows special cause concern ({value})."
                }

                """
        }
        return text
    }
}
