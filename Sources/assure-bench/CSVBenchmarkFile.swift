import Foundation

/// Writes the benchmark's long-format indicator file: the same bytes for the same size on
/// every machine. Rows run area by area, indicator by indicator, month by month, as extracts
/// are usually sorted; values are mostly plain, with some quoted thousands (`"1,234"`),
/// suppressed (`c`) and blank (missing) cells, as real extracts have.
enum CSVBenchmarkFile {
    static let indicators = (0..<100).map { index -> String in
        let stems = ["referrals", "repeat_referrals", "cp_plans_neglect", "cla_rate", "marac_repeats",
                     "ehcp_timeliness", "missing_episodes", "contacts", "assessments_45_days", "survey_supported"]
        return "\(stems[index % stems.count])_\(index / stems.count)"
    }
    static let monthsPerSeries = 200

    /// Writes about `megabytes` MB (10^6 bytes) of whole areas; the bytes and rows written.
    static func generate(at path: String, megabytes: Int) -> (bytes: Int, rows: Int) {
        guard FileManager.default.createFile(atPath: path, contents: nil),
              let handle = FileHandle(forWritingAtPath: path) else { return (0, 0) }
        defer { try? handle.close() }
        var buffer: [UInt8] = []
        buffer.reserveCapacity(1 << 21)
        buffer.append(contentsOf: Array("area,indicator,period,value\n".utf8))
        var bytes = 0
        var rows = 0
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        var area = 0
        let target = megabytes * 1_000_000
        while bytes + buffer.count < target {
            let areaCode = Array("E\(String(6_000_000 + area)),".utf8).map { $0 }
            for indicator in indicators {
                let name = Array((indicator + ",").utf8)
                for step in 0..<monthsPerSeries {
                    let month = 2008 * 12 + step
                    buffer.append(contentsOf: areaCode)
                    buffer.append(contentsOf: name)
                    appendMonth(year: month / 12, month: month % 12 + 1, to: &buffer)
                    buffer.append(UInt8(ascii: ","))
                    state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                    appendValue(random: state >> 33, to: &buffer)
                    buffer.append(UInt8(ascii: "\n"))
                    rows += 1
                }
                if buffer.count > 1 << 20 {
                    handle.write(Data(buffer))
                    bytes += buffer.count
                    buffer.removeAll(keepingCapacity: true)
                }
            }
            area += 1
        }
        handle.write(Data(buffer))
        bytes += buffer.count
        return (bytes, rows)
    }

    private static func appendMonth(year: Int, month: Int, to buffer: inout [UInt8]) {
        buffer.append(contentsOf: Array(String(year).utf8))
        buffer.append(UInt8(ascii: "-"))
        if month < 10 { buffer.append(UInt8(ascii: "0")) }
        buffer.append(contentsOf: Array(String(month).utf8))
    }

    private static func appendValue(random: UInt64, to buffer: inout [UInt8]) {
        switch random % 100 {
        case 0: buffer.append(UInt8(ascii: "c"))                                   // suppressed
        case 1: break                                                               // missing
        case 2, 3: buffer.append(contentsOf: Array("\"1,\(100 + random % 900)\"".utf8))   // quoted thousands
        case 4..<40: buffer.append(contentsOf: Array("\(random % 1000).\(random % 10)".utf8))
        default: buffer.append(contentsOf: Array(String(random % 2000).utf8))
        }
    }
}
