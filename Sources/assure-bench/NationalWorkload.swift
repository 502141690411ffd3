import Foundation

/// The national workload of issue 16, written the same bytes on every machine: 153 areas ×
/// 200 monthly indicators × 120 months (April 2014 to March 2024) as one long CSV
/// (`area,indicator,period,value`, sorted by area, indicator and month), and a rules file of
/// 200 measures, one an indicator, a third each comparing with the previous period, with the
/// same period last year, and judged by SPC. The report is monthly (March 2024).
enum NationalWorkload {
    static let months = 120
    static let firstMonth = 2014 * 12 + 3  // April 2014, as months since year 0 (0-based month)

    /// `E06000001`…: GSS-like codes, one an area.
    static func areaCode(_ index: Int) -> String {
        String(format: "E06%06d", index + 1)
    }

    /// Writes `Rules/national.assure` and `Indicators/national.csv` under `folder`; the CSV's
    /// size in bytes and its rows.
    static func write(to folder: String, areas: Int = 153, indicators: Int = 200) throws -> (bytes: Int, rows: Int) {
        let manager = FileManager.default
        try manager.createDirectory(atPath: folder + "/Rules", withIntermediateDirectories: true)
        try manager.createDirectory(atPath: folder + "/Indicators", withIntermediateDirectories: true)
        try Data(rules(indicators: indicators).utf8).write(to: URL(fileURLWithPath: folder + "/Rules/national.assure"))
        let path = folder + "/Indicators/national.csv"
        guard manager.createFile(atPath: path, contents: nil), let handle = FileHandle(forWritingAtPath: path) else {
            throw CocoaError(.fileWriteUnknown)
        }
        defer { try? handle.close() }
        var buffer: [UInt8] = Array("area,indicator,period,value\n".utf8)
        buffer.reserveCapacity(1 << 21)
        let periods = (0..<months).map { step -> [UInt8] in
            let month = firstMonth + step
            return Array(String(format: "%04d-%02d", month / 12, month % 12 + 1).utf8)
        }
        var bytes = 0
        var rows = 0
        for area in 0..<areas {
            let code = Array((areaCode(area) + ",").utf8)
            for indicator in 0..<indicators {
                let name = Array("ind_\(indicator),".utf8)
                var random = SplitMix64(seed: UInt64(area * 1_000 + indicator + 1))
                // A level of its own for each series, some noise, and a step in about one in
                // five series in the last year (so that some verdicts move).
                let level = 20 + Double((area * 37 + indicator * 11) % 400)
                let step = (area + indicator) % 5 == 0 ? (indicator % 2 == 0 ? 1.3 : 0.7) : 1
                for month in 0..<months {
                    let mean = level * (month >= months - 12 ? step : 1)
                    let value = max(0, (random.normal(mean: mean, standardDeviation: mean.squareRoot())).rounded())
                    buffer.append(contentsOf: code)
                    buffer.append(contentsOf: name)
                    buffer.append(contentsOf: periods[month])
                    buffer.append(UInt8(ascii: ","))
                    buffer.append(contentsOf: Array(String(Int(value)).utf8))
                    buffer.append(UInt8(ascii: "\n"))
                    rows += 1
                }
                if buffer.count > 1 << 20 {
                    handle.write(Data(buffer))
                    bytes += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
        }
        handle.write(Data(buffer))
        bytes += buffer.count
        return (bytes, rows)
    }

    /// 200 indicators and 200 measures: previous period, same period last year, SPC in turn.
    static func rules(indicators: Int) -> String {
        var text = "report {\n  title \"National benchmark\"\n  partnership \"Every local authority\"\n  period month\n}\n\n"
            + "priority national {\n  title \"National\"\n}\n"
        for index in 0..<indicators {
            let better = index % 2 == 0 ? "lower" : "higher"
            let judgement: String
            switch index % 3 {
            case 0:
                judgement = """
                  compare with previous period
                  doing well when change \(better == "lower" ? "<= -10%" : ">= 10%")
                  explore when change \(better == "lower" ? ">= 10%" : "<= -10%")
                  say doing well "Indicator \(index) improved to {value} in {period}."
                  say explore "Indicator \(index) worsened to {value} in {period}."
                """
            case 1:
                judgement = """
                  compare with same period last year
                  doing well when change \(better == "lower" ? "<= -10%" : ">= 10%")
                  explore when change \(better == "lower" ? ">= 10%" : "<= -10%")
                  say doing well "Indicator \(index) improved on a year before, to {value}."
                  say explore "Indicator \(index) worsened on a year before, to {value}."
                """
            default:
                judgement = """
                  judge by spc
                  say doing well "Indicator \(index) shows special cause improvement ({value})."
                  say explore "Indicator \(index) shows special cause concern ({value})."
                """
            }
            text += """

                indicator ind_\(index) {
                  title "Indicator \(index)"
                  unit count
                  frequency monthly
                  better \(better)
                  aggregate sum
                }

                measure ind_\(index) {
                  priority national
                  value ind_\(index) over month
                \(judgement)
                }

                """
        }
        return text
    }
}
