import Foundation
import AssureData
import AssureEngine
import AssureLanguage

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
        /// `areas in region "North West"` in the report block: the region's local authorities.
        case region(String)
    }

    private(set) var choice: Choice
    /// Where the report block's `areas` clause is, when the areas are the rules' rather than
    /// the command line's.
    private(set) var clause: SourceRange?
    /// `--jobs N`; by default the processor cores.
    let jobs: Int

    var isMany: Bool { choice != .one }

    /// These options with the report block's `areas` clause taken as `--all-areas` or
    /// `--areas` would be, when the command line names no area (`--area A` still gives one
    /// area's report).
    func adopting(_ report: ReportSettings, area: String?) -> AreaOptions {
        guard choice == .one, area == nil, let areas = report.areas else { return self }
        var options = self
        switch areas {
        case .everyLocalAuthority: options.choice = .every
        case .named(let names): options.choice = .listed(names)
        case .region(let region): options.choice = .region(region)
        }
        options.clause = report.areasRange
        return options
    }

    /// How the areas were asked for, in messages: `--all-areas`, `--areas`, or the clause.
    private var asked: String {
        if let clause { return "the report block's 'areas' (\(clause.description))" }
        return choice == .every ? "--all-areas" : "--areas"
    }

    /// ` (named by the report block's 'areas' at FILE:LINE:COLUMN)` when the rules named the
    /// areas; nothing when the command line did.
    private var namedBy: String {
        clause.map { " (named by the report block's 'areas' at \($0.description))" } ?? ""
    }

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
                          + "  help: leave out \(asked): the figures are the one partnership's\n")
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
                    console.error("error: the indicator data has no area '\(name)'\(namedBy); its areas are: \(AreaOptions.listing(known, data))\n"
                                  + "  help: name areas from that list, by code or name\n")
                    return nil
                }
                if !codes.contains(code) { codes.append(code) }
            }
            return codes
        case .region(let name):
            let regions = data.areaDetails.values.filter { $0.level == .regional }.map(\.code).sorted()
            guard let region = regions.contains(name) ? name : data.areaCode(named: name), regions.contains(region) else {
                console.error("error: the indicator data has no region '\(name)'\(namedBy)"
                              + (regions.isEmpty ? ", and names no region at all: only published files that give each area's region (such as the DfE's) do\n"
                                 : "; its regions are: \(AreaOptions.listing(regions, data))\n")
                              + "  help: name a region of the data by its name or code, or list the areas: areas \"Salford\", \"Bolton\"\n")
                return nil
            }
            let members = known.filter { data.areaDetails[$0]?.level == .localAuthority && data.areaDetails[$0]?.region == region }
            guard !members.isEmpty else {
                console.error("error: the indicator data has no local authority in the region '\(name)'\(namedBy)\n"
                              + "  help: name a region whose local authorities the data holds\n")
                return nil
            }
            return members
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
