/// A format the report is written in, and the file `assure run` gives it.
public enum ReportFormat: String, Hashable, Sendable, CaseIterable {
    case markdown
    case text
    case html
    case json
    case csv

    /// The file name in the output folder.
    public var fileName: String {
        switch self {
        case .markdown: return "report.md"
        case .text: return "report.txt"
        case .html: return "report.html"
        case .json: return "report.json"
        case .csv: return "measures.csv"
        }
    }

    /// The report in this format, as the file's bytes (UTF-8).
    public func bytes(_ document: ReportDocument) -> [UInt8] {
        switch self {
        case .json: return JSONReport.bytes(document)
        case .markdown, .text, .html, .csv: return Array(render(document).utf8)
        }
    }

    /// The report in this format.
    public func render(_ document: ReportDocument) -> String {
        switch self {
        case .markdown: return MarkdownReport.render(document)
        case .text: return TextReport.render(document)
        case .html: return HTMLReport.render(document)
        case .json: return JSONReport.render(document)
        case .csv: return CSVReport.render(document)
        }
    }
}
