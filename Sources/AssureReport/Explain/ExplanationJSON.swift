import AssureEngine
import AssureAnalysis
import AssureData
import AssureLanguage

/// `assure explain --format json`: the same finding as `Explanation`, for tools. Keys are in
/// a fixed order, numbers are full precision, and unavailable figures are `null` with a
/// reason beside them.
public enum ExplanationJSON {
    public static func render(_ finding: MeasureFinding, asOf: Period) -> String {
        let measure = finding.measure
        var fields: [(String, String)] = [
            ("measure", JSONText.string(measure.name)),
            ("title", JSONText.string(measure.title)),
            ("priority", measure.priority.map(JSONText.string) ?? "null"),
            ("defined_at", measure.range.map { JSONText.string($0.description) } ?? "null"),
            ("as_of", JSONText.string(asOf.code)),
            ("period", JSONText.string(finding.period.code)),
            ("area", finding.area.map(JSONText.string) ?? "null"),
            ("unit", JSONText.string(finding.unit.code)),
            ("better", JSONText.string(finding.polarity.rawValue)),
            ("value", value(finding.current)),
            ("comparisons", "[" + finding.comparisons.map(comparison).joined(separator: ", ") + "]"),
            ("base", finding.base.map(JSONText.number) ?? "null"),
            ("minimum_base", measure.minimumBase.map(JSONText.number) ?? "null"),
            ("rules", "[" + finding.measure.rules.enumerated().map { index, written in
                index < finding.rules.count ? rule(finding.rules[index])
                    : JSONText.object([("rule", JSONText.string(written.text)),
                                       ("defined_at", written.range.map { JSONText.string($0.description) } ?? "null"),
                                       ("outcome", JSONText.string("not_tried")), ("figures", "{}")])
            }.joined(separator: ", ") + "]"),
        ]
        if let standing = finding.standing { fields.append(("standing", self.standing(standing))) }
        fields.append(("spc", finding.spc.map { spc($0) } ?? "null"))
        fields.append(("notices", "[" + finding.notices.map(notice).joined(separator: ", ") + "]"))
        fields.append(("classification", JSONText.string(finding.verdict.classification.rawValue)))
        fields.append(("reason", JSONText.string(Explanation.because(finding))))
        return JSONText.object(fields) + "\n"
    }

    static func value(_ value: MeasureValue) -> String {
        var fields: [(String, String)] = [("period", JSONText.string(value.period.code))]
        switch value.result {
        case .value(let number): fields += [("value", JSONText.number(number)), ("unavailable", "null")]
        case .unavailable(let gap): fields += [("value", "null"), ("unavailable", JSONText.string(ReasonText.gap(gap)))]
        }
        fields.append(("denominator", value.denominator.map(JSONText.number) ?? "null"))
        fields.append(("indicators", "[" + value.operands.map(operand).joined(separator: ", ") + "]"))
        return JSONText.object(fields)
    }

    static func operand(_ operand: IndicatorValue) -> String {
        let value = operand.value
        let method: String
        switch value.method {
        case .recorded: method = "recorded"
        case .sum: method = "sum"
        case .mean: method = "mean"
        case .lastOf: method = "last"
        case .ratio: method = "ratio"
        case .within: method = "within"
        }
        let points = value.points.map { point -> String in
            JSONText.object([
                ("period", JSONText.string(point.period.code)),
                ("value", point.observation.value.map(JSONText.number) ?? "null"),
                ("status", JSONText.string(status(point.observation))),
                ("marker", symbolMarker(point.observation).map(JSONText.string) ?? "null"),
                ("numerator", point.numerator?.value.map(JSONText.number) ?? "null"),
                ("denominator", point.denominator?.value.map(JSONText.number) ?? "null"),
                ("source", JSONText.string("\(point.origin.file):\(point.origin.line)")),
            ])
        }
        return JSONText.object([
            ("indicator", JSONText.string(operand.indicator)),
            ("period", JSONText.string(value.period.code)),
            ("method", JSONText.string(method)),
            ("value", value.value.map(JSONText.number) ?? "null"),
            ("numerator", value.numerator.map(JSONText.number) ?? "null"),
            ("denominator", value.denominator.map(JSONText.number) ?? "null"),
            ("points", "[" + points.joined(separator: ", ") + "]"),
        ])
    }

    /// `value`, `missing`, or the statistical symbol's kind (`confidential`, `not_available`,
    /// `not_applicable`, `low_reliability`, `rounds_to_zero`).
    static func status(_ observation: Observation) -> String {
        switch observation {
        case .value: return "value"
        case .missing: return "missing"
        case .symbol(let symbol, _): return symbol.rawValue
        }
    }

    /// The symbol as the file wrote it (`x`, `[c]`); nil for a value or a missing figure.
    static func symbolMarker(_ observation: Observation) -> String? {
        if case .symbol(_, let marker) = observation { return marker }
        return nil
    }

    static func comparison(_ comparison: ComparisonFinding) -> String {
        let basis: String
        switch comparison.basis {
        case .previousPeriod: basis = "previous_period"
        case .previousAvailable: basis = "previous_available"
        case .samePeriodLastYear: basis = "same_period_last_year"
        case .baseline: basis = "baseline"
        case .target: basis = "target"
        case .benchmark: basis = "benchmark"
        case .comparator(let comparator):
            switch comparator.kind {
            case .england: basis = "england"
            case .region: basis = "region"
            case .statisticalNeighbours: basis = "statistical_neighbours"
            }
        }
        let change = comparison.change.map { change in
            JSONText.object([
                ("absolute", JSONText.number(change.absolute)),
                ("percent", change.percent.map(JSONText.number) ?? "null"),
                ("points", change.points.map(JSONText.number) ?? "null"),
                ("direction", JSONText.string(change.direction.rawValue)),
            ])
        } ?? "null"
        var fields: [(String, String)] = [
            ("basis", JSONText.string(basis)),
            ("period", comparison.period.map { JSONText.string($0.code) } ?? "null"),
            ("figure", comparison.figure.map(JSONText.number) ?? "null"),
            ("chance", ChanceText.json(comparison.chance)),
            ("value", comparison.value.map(value) ?? "null"),
            ("change", change),
        ]
        if case .comparator(let comparator) = comparison.basis, let found = comparison.comparator {
            fields.append(("comparator", self.comparator(found, from: comparator.indicator)))
        }
        return JSONText.object(fields)
    }

    /// The areas compared with: England or the region by code and name, or each neighbour with
    /// its figure; and why there is no figure.
    static func comparator(_ found: ComparatorFinding, from indicator: String?) -> String {
        func area(_ details: AreaDetails?) -> String {
            details.map { JSONText.object([("code", JSONText.string($0.code)), ("name", JSONText.string($0.name))]) } ?? "null"
        }
        let neighbours = found.neighbours.map { neighbour in
            JSONText.object([("old_code", JSONText.string(neighbour.oldCode)), ("area", area(neighbour.area)),
                             ("value", neighbour.value.map(value) ?? "null")])
        }
        return JSONText.object([
            ("from", indicator.map(JSONText.string) ?? "null"),
            ("area", area(found.area)),
            ("neighbours", "[" + neighbours.joined(separator: ", ") + "]"),
            ("neighbours_with_figure", found.kind == .statisticalNeighbours ? JSONText.number(Double(found.neighboursWithFigure)) : "null"),
            ("unavailable", found.problem.map { JSONText.string(ReasonText.comparator(found.kind, $0)) } ?? "null"),
        ])
    }

    /// The rank and quartile among local authorities; see docs/report-json.md.
    static func standing(_ standing: Standing) -> String {
        JSONText.object([
            ("rank", JSONText.number(Double(standing.rank))),
            ("of", JSONText.number(Double(standing.outOf))),
            ("tied_with", JSONText.number(Double(standing.tiedWith))),
            ("quartile", JSONText.number(Double(standing.quartile))),
            ("first_is", JSONText.string(standing.highestFirst ? "highest" : "lowest")),
            ("by", JSONText.string(standing.byBetter ? "better" : "value")),
        ])
    }

    static func rule(_ trace: RuleTrace) -> String {
        let outcome: String
        switch trace.outcome {
        case .held: outcome = "held"
        case .notHeld: outcome = "not_held"
        case .undecided: outcome = "undecided"
        }
        let figures = trace.figures.sorted { $0.key.rawValue < $1.key.rawValue }.map { ($0.key.rawValue, JSONText.number($0.value)) }
        return JSONText.object([
            ("rule", JSONText.string(trace.rule.text)),
            ("defined_at", trace.rule.range.map { JSONText.string($0.description) } ?? "null"),
            ("outcome", JSONText.string(outcome)),
            ("figures", JSONText.object(figures)),
        ])
    }

    static func spc(_ spc: SPCFinding) -> String {
        let points = spc.result.points.map { point -> String in
            let group = spc.result.groups.indices.contains(point.group) ? spc.result.groups[point.group] : nil
            return JSONText.object([
                ("period", JSONText.string(spc.periods.indices.contains(point.index) ? spc.periods[point.index].code : "")),
                ("value", point.value.map(JSONText.number) ?? "null"),
                ("mean", group?.mean.map(JSONText.number) ?? "null"),
                ("lower_limit", group?.limits.map { JSONText.number($0.lower) } ?? "null"),
                ("upper_limit", group?.limits.map { JSONText.number($0.upper) } ?? "null"),
                ("point_type", JSONText.string(point.type.rawValue)),
                ("rule", point.specialCause.map { JSONText.string(ruleCode($0.rule)) } ?? "null"),
            ])
        }
        return JSONText.object([
            ("improvement", JSONText.string(spc.improvement.rawValue)),
            ("points", "[" + points.joined(separator: ", ") + "]"),
            ("variation", spc.result.variation.map { JSONText.string($0.rawValue) } ?? "null"),
            ("assurance", spc.result.assurance.map { JSONText.string($0.rawValue) } ?? "null"),
        ])
    }

    static func ruleCode(_ rule: SpecialCauseRule) -> String {
        switch rule {
        case .outsideLimits: return "outside_limits"
        case .trend: return "trend"
        case .twoInThree: return "two_in_three"
        case .shift: return "shift"
        }
    }

    static func notice(_ notice: NoticeFinding) -> String {
        var fields: [(String, String)] = [("applies", notice.applies ? "true" : "false")]
        switch notice.evidence {
        case .trend(let result, let since, let through)?:
            fields += [("kind", "\"trend\""), ("since", JSONText.string(since.code)), ("through", JSONText.string(through.code)),
                       ("s", String(result.s)), ("variance", JSONText.number(result.variance)), ("p_value", JSONText.number(result.pValue)),
                       ("slope", JSONText.number(result.slope)), ("direction", JSONText.string(result.direction.rawValue))]
        case .record(let record, let periods, let window)?:
            fields += [("kind", "\"record\""), ("record", JSONText.string(record.kind.rawValue)), ("value", JSONText.number(record.value)),
                       ("periods", "[" + periods.map { JSONText.string($0.code) }.joined(separator: ", ") + "]"),
                       ("window_from", window.first.map { JSONText.string($0.code) } ?? "null")]
        case .run(let run, let periods)?:
            fields += [("kind", "\"run\""), ("direction", JSONText.string(run.direction.rawValue)), ("points", String(run.points)),
                       ("from", periods.first.map { JSONText.string($0.code) } ?? "null")]
        case nil:
            fields += [("kind", "null")]
        }
        return JSONText.object(fields)
    }
}
