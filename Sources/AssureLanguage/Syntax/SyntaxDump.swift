import AssureData

/// A plain-text outline of a syntax tree without source ranges, one declaration a line: what a
/// file means, whatever its layout. The formatter's promise (same meaning before and after)
/// is checked by comparing outlines, and parser tests compare against hand-written ones.
public enum SyntaxDump {
    public static func outline(_ file: SourceFile) -> String {
        file.declarations.map(outline).joined(separator: "\n")
    }

    public static func outline(_ declaration: Declaration) -> String {
        switch declaration {
        case .report(let report):
            return "report" + fields([("title", report.title.map { quote($0.value) }), ("partnership", report.partnership.map { quote($0.value) }),
                                      ("area", report.area.map { quote($0.value) }),
                                      ("areas", report.areas.map { String($0.value.clause.dropFirst("areas ".count)) }), ("period", report.period?.value.rawValue),
                                      ("confidence", report.confidence.map { number($0.value) + "%" }),
                                      ("meeting", report.meeting.map { quote($0.value) + (report.meetingDate.map { " on " + quote($0.value) } ?? "") }),
                                      ("author", report.authors.isEmpty ? nil : report.authors.map { quote($0.value) }.joined(separator: ", ")),
                                      ("purpose", report.purpose.map { quote($0.value) }),
                                      ("evidence", report.evidence.isEmpty ? nil : report.evidence.map { quote($0.value) }.joined(separator: ", ")),
                                      ("headlines", report.headlines.isEmpty ? nil : report.headlines.map(\.value).joined(separator: ", ")),
                                      ("section", report.sections.isEmpty ? nil : report.sections.map { quote($0.number.value) + " from " + quote($0.file.value) }.joined(separator: ", ")),
                                      ("version", report.version.map { quote($0.value) })])
        case .priority(let priority):
            return "priority \(priority.name.value)" + fields([("title", priority.title.map { quote($0.value) })])
        case .indicator(let indicator):
            return "indicator \(indicator.name.value)" + (indicator.definition.map { " = " + outline($0) } ?? "") + fields([
                ("title", indicator.title.map { quote($0.value) }), ("unit", indicator.unit?.value.code),
                ("frequency", indicator.frequency?.value.rawValue), ("better", indicator.polarity?.value.rawValue),
                ("aggregate", indicator.aggregation?.value.rawValue), ("numerator", indicator.numerator?.value),
                ("denominator", indicator.denominator?.value),
            ])
        case .measure(let measure):
            var items: [(String, String?)] = [
                ("title", measure.title.map { quote($0.value) }), ("priority", measure.priority?.value),
                ("value", measure.value.map(outline)), ("over", measure.over?.value.rawValue),
            ]
            items += measure.comparisons.map { ("compare", outline($0.value)) }
            items.append(("change", measure.change?.value.rawValue))
            items.append(("minimum base", measure.minimumBase.map { number($0.value) }))
            items += measure.rules.map { ($0.classification.value.rawValue + " when", outline($0.condition)) }
            if let judgement = measure.judgement {
                items.append(("judge by", ([judgement.method.value] + judgement.options.map(outline)).joined(separator: " ")))
            }
            items += measure.notices.map { ("notice", outline($0.kind) + " " + outline($0.template)) }
            items += measure.narratives.map { ("say " + $0.classification.value.rawValue, outline($0.template)) }
            items += measure.noteSentences.map { ("say " + $0.reason.value.rawValue, outline($0.template)) }
            if measure.ignoreChance != nil { items.append(("ignore chance", "")) }
            return "measure \(measure.name.value)" + fields(items)
        case .outcome(let outcome):
            var items: [(String, String?)] = [("statement", outcome.statement.map { quote($0.value) }), ("priority", outcome.priority?.value),
                                              ("evidence", outcome.evidence.isEmpty ? nil : outcome.evidence.map(\.value).joined(separator: ","))]
            items += outcome.ratings.map { ($0.rating.value.rawValue, $0.condition.map(outline) ?? "otherwise") }
            return "outcome \(outcome.name.value)" + fields(items)
        }
    }

    /// An expression fully parenthesised: `(a / b)`.
    public static func outline(_ expression: Expression) -> String {
        ExpressionText.text(expression, style: .outline)
    }

    static func outline(_ comparison: ComparisonSyntax) -> String {
        switch comparison {
        case .previousPeriod: return "previous period"
        case .previousAvailable: return "previous available value"
        case .samePeriodLastYear: return "same period last year"
        case .baseline(let period): return "baseline \(period.value)"
        case .target(let target): return "target \(outline(target))"
        case .benchmark(let name, let label): return "benchmark \(name.value)" + (label.map { " " + quote($0.value) } ?? "")
        case .comparator(let kind, let source): return kind.value.written + (source.map { " from \($0.value)" } ?? "")
        }
    }

    static func outline(_ option: SPCOptionSyntax) -> String {
        switch option {
        case .baseline(let count): return "baseline \(number(count.value)) points"
        case .rebase(let periods): return "rebase at " + periods.map(\.value).joined(separator: ",")
        case .target(let target): return "target \(outline(target))"
        case .withoutScreening: return "without screening"
        }
    }

    static func outline(_ notice: NoticeKind) -> String {
        switch notice {
        case .trend(let since): return "trend since \(since.value)"
        case .record(let high, let within, let unit): return "record \(high ? "high" : "low") within \(number(within.value)) \(unit.value)"
        case .run(let length): return "run of \(number(length.value))"
        }
    }

    static func outline(_ template: Template) -> String {
        template.segments.map { segment -> String in
            switch segment {
            case .text(let text): return quote(text)
            case .placeholder(let placeholder):
                let filters = placeholder.filters.map { filter in
                    filter.name.value + (filter.arguments.isEmpty ? "" : "(" + filter.arguments.map { argument -> String in
                        switch argument {
                        case .number(let value): return number(value)
                        case .text(let text): return quote(text)
                        }
                    }.joined(separator: ",") + ")")
                }
                return "{" + ([placeholder.name.value] + filters).joined(separator: "|") + "}"
            }
        }.joined()
    }

    private static func fields(_ items: [(String, String?)]) -> String {
        let present = items.compactMap { item in item.1.map { "\(item.0): \($0)" } }
        return present.isEmpty ? "" : " { " + present.joined(separator: "; ") + " }"
    }

    private static func quote(_ text: String) -> String { JSONText.string(text) }

    private static func number(_ value: Double) -> String { JSONText.number(value) }
}
