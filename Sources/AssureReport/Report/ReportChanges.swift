import Foundation

/// The previous run's `report.json`, read back for "what changed since the last report": its
/// period and date, each measure's classification and each outcome statement's rating.
/// Parsed with Foundation's `JSONSerialization`; anything that is not an Assure report (schema
/// `assure-report/…`) with those fields is refused with the reason.
public struct PreviousReport: Hashable, Sendable {
    /// One measure as the previous report gave it.
    public struct MeasureState: Hashable, Sendable {
        /// `doing_well`, `further_exploration` or `to_note`.
        public let classification: String
        /// "what we are doing well", "area to note"…
        public let verdict: String
    }

    /// One outcome statement as the previous report gave it.
    public struct OutcomeState: Hashable, Sendable {
        /// `green`, `amber`, `red`, or nil for no evidence.
        public let rating: String?
        /// "Green", "Amber", "Red" or "No evidence".
        public let ratingText: String
    }

    /// The period it covered, in words ("2022/23").
    public let periodName: String
    /// Its date, `YYYY-MM-DD`.
    public let date: String
    public let measures: [String: MeasureState]
    public let outcomes: [String: OutcomeState]

    /// Why a previous report could not be read; the message names no file (the caller does).
    public struct Problem: Error, Hashable, Sendable {
        public let message: String
    }

    /// Reads `data` as a report.json of Assure's.
    public static func parse(_ data: Data) throws(Problem) -> PreviousReport {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data)
        } catch {
            throw Problem(message: "is not JSON")
        }
        guard let root = object as? [String: Any] else { throw Problem(message: "is not a JSON object") }
        guard let schema = root["schema"] as? String, schema.hasPrefix("assure-report/") else {
            throw Problem(message: "is not an Assure report.json (no \"schema\": \"assure-report/…\")")
        }
        guard let period = root["period"] as? [String: Any], let periodName = period["name"] as? String,
              let date = root["date"] as? String else {
            throw Problem(message: "has no period name or date")
        }
        guard let measureList = root["measures"] as? [Any], let outcomeList = root["outcomes"] as? [Any] else {
            throw Problem(message: "has no \"measures\" or \"outcomes\" list")
        }
        var measures: [String: MeasureState] = [:]
        for (index, item) in measureList.enumerated() {
            guard let measure = item as? [String: Any], let name = measure["name"] as? String,
                  let classification = measure["classification"] as? String, let verdict = measure["verdict"] as? String else {
                throw Problem(message: "has a measure (number \(index + 1)) without a name, classification or verdict")
            }
            measures[name] = MeasureState(classification: classification, verdict: verdict)
        }
        var outcomes: [String: OutcomeState] = [:]
        for (index, item) in outcomeList.enumerated() {
            guard let outcome = item as? [String: Any], let name = outcome["name"] as? String,
                  let ratingText = outcome["rating_text"] as? String else {
                throw Problem(message: "has an outcome statement (number \(index + 1)) without a name or rating")
            }
            let rating = outcome["rating"] as? String
            if rating == nil, !(outcome["rating"] is NSNull) {
                throw Problem(message: "has an outcome statement (number \(index + 1)) whose rating is neither text nor null")
            }
            outcomes[name] = OutcomeState(rating: rating, ratingText: ratingText)
        }
        return PreviousReport(periodName: periodName, date: date, measures: measures, outcomes: outcomes)
    }
}

/// What changed since the previous report: the measures whose classification changed and the
/// outcome statements whose rating changed, each old → new with the new reason, in the order
/// the report gives them. Measures and statements in only one of the two reports are left out.
public struct ReportChanges: Hashable, Sendable {
    /// A measure whose classification changed.
    public struct MeasureChange: Hashable, Sendable {
        public let measure: String
        public let title: String
        /// The previous and the new verdict in words: "area to note", "what we are doing well".
        public let before: String
        public let after: String
        /// Why it is what it is now: the area to note's reason, or the rule that gave it.
        public let reason: String?
    }

    /// An outcome statement whose rating changed.
    public struct OutcomeChange: Hashable, Sendable {
        public let outcome: String
        public let statement: String
        /// "Amber", "Green"…, or "No evidence".
        public let before: String
        public let after: String
        /// The rule that gave the new rating; nil for no evidence.
        public let reason: String?
    }

    /// The previous report's period in words and its date (`YYYY-MM-DD`).
    public let previousPeriod: String
    public let previousDate: String
    public let measures: [MeasureChange]
    public let outcomes: [OutcomeChange]
}

extension ReportDocument {
    /// This report with the appendix of what changed since `previous`.
    public func compared(with previous: PreviousReport) -> ReportDocument {
        var copy = self
        let measureChanges = measures.compactMap { row -> ReportChanges.MeasureChange? in
            guard let old = previous.measures[row.name], old.classification != JSONReport.code(row.classification) else { return nil }
            return ReportChanges.MeasureChange(measure: row.name, title: row.title, before: old.verdict, after: row.verdictText,
                                               reason: row.reason ?? row.rule)
        }
        let outcomeChanges = outcomes.compactMap { outcome -> ReportChanges.OutcomeChange? in
            guard let old = previous.outcomes[outcome.name], old.rating != outcome.rating?.rawValue else { return nil }
            return ReportChanges.OutcomeChange(outcome: outcome.name, statement: outcome.statement, before: old.ratingText,
                                               after: outcome.ratingText, reason: outcome.rule)
        }
        copy.changes = ReportChanges(previousPeriod: previous.periodName, previousDate: previous.date,
                                     measures: measureChanges, outcomes: outcomeChanges)
        return copy
    }
}
