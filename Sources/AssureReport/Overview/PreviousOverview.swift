import Foundation

/// The previous run's `overview.json`, read back for "areas whose verdicts changed": each
/// area's classification of each measure. Anything that is not an Assure overview (schema
/// `assure-overview/…`) is refused with the reason.
public struct PreviousOverview: Hashable, Sendable {
    /// Its date (the first area's report date), `YYYY-MM-DD`.
    public let date: String
    /// By area, then measure: `doing_well`, `further_exploration` or `to_note`.
    public let classifications: [String: [String: String]]

    public init(date: String, classifications: [String: [String: String]]) {
        self.date = date
        self.classifications = classifications
    }

    /// Why a previous overview could not be read; the message names no file (the caller does).
    public struct Problem: Error, Hashable, Sendable {
        public let message: String
    }

    /// Reads `data` as an overview.json of Assure's.
    public static func parse(_ data: Data) throws(Problem) -> PreviousOverview {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(message: "is not JSON")
        }
        guard let root = object as? [String: Any], let schema = root["schema"] as? String, schema.hasPrefix("assure-overview/") else {
            throw Problem(message: "is not an Assure overview.json (no \"schema\": \"assure-overview/…\")")
        }
        guard let areas = root["areas"] as? [Any] else { throw Problem(message: "has no \"areas\" list") }
        var classifications: [String: [String: String]] = [:]
        var date = ""
        for (index, item) in areas.enumerated() {
            guard let area = item as? [String: Any], let code = area["area"] as? String, let measures = area["measures"] as? [Any] else {
                throw Problem(message: "has an area (number \(index + 1)) without a code or measures")
            }
            if index == 0 { date = area["date"] as? String ?? "" }
            var byMeasure: [String: String] = [:]
            for entry in measures {
                guard let measure = entry as? [String: Any], let name = measure["measure"] as? String,
                      let classification = measure["classification"] as? String else {
                    throw Problem(message: "has a measure of area \(code) without a name or classification")
                }
                byMeasure[name] = classification
            }
            classifications[code] = byMeasure
        }
        return PreviousOverview(date: date, classifications: classifications)
    }
}
