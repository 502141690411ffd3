/// `areas …` in the report block: the areas `assure run` and `assure report` judge one by one
/// when the command line names none (as `--all-areas` or `--areas` would).
public enum ReportAreas: Hashable, Sendable {
    /// `areas every local authority`: every local authority in the data (every area, where
    /// the data does not say which areas are local authorities).
    case everyLocalAuthority
    /// `areas "Salford", "E08000007"`: these areas, by name or code, in this order.
    case named([String])
    /// `areas in region "North West"`: the local authorities of one region (by its name or
    /// code), as the published data places them.
    case region(String)

    /// The clause as written in the rules.
    public var clause: String {
        switch self {
        case .everyLocalAuthority: return "areas every local authority"
        case .named(let names): return "areas " + names.map { "\"\($0)\"" }.joined(separator: ", ")
        case .region(let region): return "areas in region \"\(region)\""
        }
    }
}
