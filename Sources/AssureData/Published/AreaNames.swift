extension IndicatorData {
    /// The area the data knows as `text`: the text itself when it is an area of the data (a
    /// GSS code, or an `area` column's name), else the one area of a published file whose name
    /// it is (`Salford` → `E08000006`), letters in any case; nil when neither.
    public func areaCode(named text: String) -> String? {
        if areas.contains(text) { return text }
        return AreaDetails.code(named: text, among: areaDetails)
    }

    /// The area's name when a published file names it (`E08000006` → `Salford`).
    public func areaName(of code: String) -> String? {
        areaDetails[code].map(\.name)
    }
}

extension AreaDetails {
    /// The code of the one area in `areas` (by code) whose name is `text`, letters in any case
    /// and spaces around ignored; nil when none or several have that name. The one rule for an
    /// area given by its name, for the commands and the engine alike.
    public static func code(named text: String, among areas: [String: AreaDetails]) -> String? {
        let wanted = text.trimmingSpaces().lowercased()
        let matches = areas.values.filter { $0.name.lowercased() == wanted }.map(\.code)
        return matches.count == 1 ? matches[0] : nil
    }
}
