import Foundation
import AssureReport

/// `assure run --formats json,csv`: which of the report's files a run writes (every format
/// when the option is not given), by the names `assure report --format` takes.
struct RunFormats {
    /// The file names to write, in the batch's order.
    let fileNames: [String]

    /// `assure report --format`'s names, each to its file, and `docx`.
    private static let files: [String: String] = ReportCommand.formats.mapValues(\.fileName).merging(["docx": DocxReport.fileName]) { first, _ in first }

    init(_ arguments: inout Arguments) throws(UsageError) {
        guard let list = try arguments.option("formats") else {
            fileNames = ReportBatch.fileNames
            return
        }
        var chosen: Set<String> = []
        for name in list.split(separator: ",", omittingEmptySubsequences: false).map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) {
            guard let file = Self.files[name] else {
                throw UsageError(message: "--formats takes a list of md, text, html, json, csv and docx separated by commas, not '\(name)'")
            }
            chosen.insert(file)
        }
        fileNames = ReportBatch.fileNames.filter(chosen.contains)
    }
}
