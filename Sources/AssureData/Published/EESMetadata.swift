import Foundation

/// The `.meta.csv` an explore-education-statistics download carries beside its data file
/// (`col_name,col_type,label,indicator_grouping,indicator_unit,indicator_dp,filter_hint,
/// filter_grouping_column`): which columns are filters and which indicators, and each
/// column's label and unit. When present it settles the columns' roles instead of the first
/// reading's guess.
struct EESMetadata {
    enum Role {
        case filter
        case indicator
    }

    /// A column's role, label and unit, by its name in lower case.
    var roles: [String: Role] = [:]
    var labels: [String: String] = [:]
    var units: [String: String] = [:]
    /// The metadata file's path, for diagnostics.
    var path: String

    /// The metadata beside `dataPath` (`x.csv` → `x.meta.csv`), when there is one; problems
    /// reading it are diagnostics.
    static func beside(_ dataPath: String) -> (metadata: EESMetadata?, diagnostics: [Diagnostic]) {
        let lower = dataPath.lowercased()
        guard lower.hasSuffix(".csv"), !lower.hasSuffix(".meta.csv") else { return (nil, []) }
        let path = String(dataPath.dropLast(4)) + ".meta.csv"
        guard FileManager.default.fileExists(atPath: path) else { return (nil, []) }
        var metadata = EESMetadata(path: path)
        var diagnostics: [Diagnostic] = []
        var header: [String: Int]?
        do {
            try CSVFileReader(path: path).forEachRecord { record in
                if record.problem != nil || record.isBlank { return }
                guard let columns = header else {
                    header = Dictionary((0..<record.fieldCount).map { (record.text(of: $0).trimmingSpaces().lowercased(), $0) },
                                        uniquingKeysWith: { first, _ in first })
                    return
                }
                guard let nameField = columns["col_name"], let typeField = columns["col_type"] else { return }
                let name = record.text(of: nameField).trimmingSpaces().lowercased()
                switch record.text(of: typeField).trimmingSpaces().lowercased() {
                case "filter": metadata.roles[name] = .filter
                case "indicator": metadata.roles[name] = .indicator
                default:
                    diagnostics.append(.error("col_type '\(QuotedText.bounded(record.text(of: typeField)))' is neither Filter nor Indicator",
                                              at: record.range(ofField: typeField, in: path),
                                              help: "an EES metadata file gives each column the type Filter or Indicator"))
                }
                if let field = columns["label"] {
                    let label = record.text(of: field).trimmingSpaces()
                    if !label.isEmpty { metadata.labels[name] = label }
                }
                if let field = columns["indicator_unit"] {
                    let unit = record.text(of: field).trimmingSpaces()
                    if !unit.isEmpty { metadata.units[name] = unit }
                }
            }
        } catch {
            return (nil, [.error(error.message, at: nil, help: error.help)])
        }
        if let header, header["col_name"] == nil || header["col_type"] == nil {
            diagnostics.append(.error("this metadata file has no col_name or no col_type column",
                                      at: SourceRange(file: path, line: 1, column: 1),
                                      help: "keep the .meta.csv as explore-education-statistics gives it, or remove it"))
        }
        return (metadata, diagnostics)
    }
}
