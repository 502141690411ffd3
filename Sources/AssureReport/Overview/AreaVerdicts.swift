import AssureData
import Foundation

/// One area's report reduced to what the overview needs: for each measure its value, its
/// classification and its verdict. Taken from the report itself (`init(_:name:level:)`) or
/// read back from the report.json a run wrote (`parse`), so that the overview of one run and
/// the overview merged from per-area runs are built from the same thing.
public struct AreaVerdicts: Hashable, Sendable {
    /// One measure of the area's report.
    public struct Measure: Hashable, Sendable {
        public let name: String
        public let title: String
        /// `higher`, `lower` or `neither`: which way is better (the indicator's `better`).
        public let polarity: String
        public let value: Double?
        /// The value for reading: `37.9%`, `59,370`, or `no figure`.
        public let valueText: String
        /// `doing_well`, `further_exploration` or `to_note`.
        public let classification: String
        /// "what we are doing well", "area to note"…
        public let verdict: String
        /// Whether the measure could be judged.
        public let judged: Bool

        public init(name: String, title: String, polarity: String, value: Double?, valueText: String,
                    classification: String, verdict: String, judged: Bool) {
            self.name = name
            self.title = title
            self.polarity = polarity
            self.value = value
            self.valueText = valueText
            self.classification = classification
            self.verdict = verdict
            self.judged = judged
        }
    }

    /// The area as the data names it (a GSS code, or an `area` column's text).
    public let area: String
    /// The area's name and level when a published file gives them.
    public let name: String?
    public let level: String?
    public let periodCode: String
    public let periodName: String
    /// The report's date, `YYYY-MM-DD`.
    public let date: String
    public let title: String
    public let measures: [Measure]

    public init(area: String, name: String?, level: String?, periodCode: String, periodName: String, date: String,
                title: String, measures: [Measure]) {
        self.area = area
        self.name = name
        self.level = level
        self.periodCode = periodCode
        self.periodName = periodName
        self.date = date
        self.title = title
        self.measures = measures
    }

    /// The verdicts of `document`, the report of `area`.
    public init(_ document: ReportDocument, area: String, name: String?, level: String?) {
        self.init(area: area, name: name, level: level, periodCode: document.period.code, periodName: document.period.name,
                  date: document.date.code, title: document.title,
                  measures: document.measures.map { row in
                      Measure(name: row.name, title: row.title, polarity: row.polarity.rawValue, value: row.value,
                              valueText: row.valueText, classification: JSONReport.code(row.classification),
                              verdict: row.verdictText, judged: row.judged)
                  })
    }

    /// Why a report.json could not be read; the message names no file (the caller does).
    public struct Problem: Error, Hashable, Sendable {
        public let message: String
    }

    /// Reads a report.json of Assure's (schema `assure-report/…`); `name` and `level` are nil
    /// (report.json does not carry them). The area is the report's own, else `fallback`.
    public static func parse(_ data: Data, fallbackArea: String) throws(Problem) -> AreaVerdicts {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(message: "is not JSON")
        }
        guard let root = object as? [String: Any], let schema = root["schema"] as? String, schema.hasPrefix("assure-report/") else {
            throw Problem(message: "is not an Assure report.json (no \"schema\": \"assure-report/…\")")
        }
        guard let period = root["period"] as? [String: Any], let code = period["code"] as? String,
              let periodName = period["name"] as? String, let date = root["date"] as? String else {
            throw Problem(message: "has no period or date")
        }
        guard let list = root["measures"] as? [Any] else { throw Problem(message: "has no \"measures\" list") }
        var measures: [Measure] = []
        for (index, item) in list.enumerated() {
            guard let measure = item as? [String: Any], let name = measure["name"] as? String,
                  let classification = measure["classification"] as? String, let verdict = measure["verdict"] as? String else {
                throw Problem(message: "has a measure (number \(index + 1)) without a name, classification or verdict")
            }
            measures.append(Measure(name: name, title: measure["title"] as? String ?? name,
                                    polarity: measure["polarity"] as? String ?? "neither",
                                    value: (measure["value"] as? NSNumber)?.doubleValue,
                                    valueText: measure["value_text"] as? String ?? "",
                                    classification: classification, verdict: verdict,
                                    judged: measure["judged"] as? Bool ?? true))
        }
        return AreaVerdicts(area: root["area"] as? String ?? fallbackArea, name: nil, level: nil, periodCode: code,
                            periodName: periodName, date: date, title: root["title"] as? String ?? "", measures: measures)
    }
}
