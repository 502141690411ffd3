import Foundation
import AssureData
import AssureEngine

/// `--all-areas`, `--areas A,B,…` and `--jobs N`: which areas a run of many areas judges, and
/// on how many threads. Without either area option a command judges one area, as before.
struct AreaOptions {
    /// The areas asked for.
    enum Choice: Equatable {
        /// One area (`--area`, the report's own, or none): the command as it always was.
        case one
        /// `--all-areas`: every local authority in the data (every area, where the data does
        /// not say which areas are local authorities).
        case every
        /// `--areas A,B`: these, by name or code.
        case listed([String])
    }

    let choice: Choice
    /// `--jobs N`; by default the processor cores.
    let jobs: Int

    var isMany: Bool { choice != .one }

    init(_ arguments: inout Arguments, area: String?) throws(UsageError) {
        let every = arguments.flag("all-areas")
        let list = try arguments.option("areas")
        if let text = try arguments.option("jobs") {
            guard let count = Int(text), count >= 1, count <= 1024 else {
                throw UsageError(message: "--jobs must be a whole number of threads from 1 to 1024, not '\(text)'")
            }
            jobs = count
        } else {
            jobs = ParallelWork.cores
        }
        if every, list != nil { throw UsageError(message: "--all-areas and --areas cannot be given together") }
        if (every || list != nil), area != nil {
            throw UsageError(message: "--area names one area; leave it out with \(every ? "--all-areas" : "--areas")")
        }
        if let list {
            let names = list.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
            guard !names.isEmpty else { throw UsageError(message: "--areas needs one or more areas, separated by commas") }
            choice = .listed(names)
        } else {
            choice = every ? .every : .one
        }
    }

    /// The areas to judge, in order (the data's order for `--all-areas`, as given for
    /// `--areas`); nil, with the error on standard error, when there are none or one is unknown.
    func areas(in data: IndicatorData, indicators: String, _ console: Console) -> [String]? {
        let known = data.areas
        guard !known.isEmpty else {
            console.error("error: the indicator data has no areas (no file in '\(indicators)' has an area column), so there is no area to judge one by one\n"
                          + "  help: leave out \(choice == .every ? "--all-areas" : "--areas"): the figures are the one partnership's\n")
            return nil
        }
        switch choice {
        case .one:
            return []
        case .every:
            // England and the regions are benchmarks, not areas to judge, unless named.
            return known.filter { code in
                guard let level = data.areaDetails[code]?.level else { return true }
                return level != .national && level != .regional
            }
        case .listed(let names):
            var codes: [String] = []
            for name in names {
                guard let code = data.areaCode(named: name) else {
                    console.error("error: the indicator data has no area '\(name)'; its areas are: \(AreaOptions.listing(known, data))\n"
                                  + "  help: give --areas areas from that list, by code or name, separated by commas\n")
                    return nil
                }
                if !codes.contains(code) { codes.append(code) }
            }
            return codes
        }
    }


    /// `E08000006 (Salford), E08000007 (Stockport)`, or the codes alone where the data names none.
    static func listing(_ codes: [String], _ data: IndicatorData) -> String {
        codes.map { code in data.areaName(of: code).map { "\(code) (\($0))" } ?? code }.joined(separator: ", ")
    }

    /// The name of an area's folder in the output folder: its code, with any character other
    /// than letters, digits, space, `-`, `_` and `.` (and a leading `.`) written `_`.
    static func folderName(_ code: String) -> String {
        let allowed = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -_.".unicodeScalars)
        var name = String(String.UnicodeScalarView(code.unicodeScalars.map { allowed.contains($0) ? $0 : "_" }))
        if name.hasPrefix(".") || name.isEmpty { name = "_" + name.dropFirst() }
        return name
    }
}
