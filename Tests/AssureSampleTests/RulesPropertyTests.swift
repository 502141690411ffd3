import AssureData
import AssureEngine
import AssureLanguage
import AssureReport
import AssureTestSupport
import Foundation
import XCTest

/// The property that makes `assure check` trustworthy: for every rules file in a corpus (the
/// sample, every golden input that checks clean, and 1,000 generated rules files that use every
/// clause, function and operator of the grammar), every measure, rule, notice, comparison and
/// rating that check accepts is in the rule set the engine evaluates and in `assure explain`,
/// and every sentence it accepts renders. The generator writes rules in the form the one
/// expression printer prints them, so the rule texts are checked against text written here,
/// not produced by the code under test.
final class RulesPropertyTests: XCTestCase {
    /// 36 months of complete, non-zero data from April 2021 to March 2024, and the yearly and
    /// quarterly series the generated measures use.
    private static func data() throws -> IndicatorData {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        var monthly = ["indicator,period,value,numerator,denominator"]
        for offset in 0..<36 {
            let month = period("2021-04").advanced(by: offset).code
            let wobble = Double((offset * 7) % 11)
            monthly.append("events,\(month),\(40 + wobble),,")
            monthly.append("stock,\(month),\(300 + 2 * wobble),,")
            monthly.append("part,\(month),\(120 + wobble),,")
            monthly.append("score,\(month),\(3 + wobble / 10),,")
            let numerator = 50 + Int(wobble)
            monthly.append("share_recorded,\(month),\(Double(numerator) / 2),\(numerator),200")
        }
        var quarterly = ["indicator,period,value"]
        for offset in 0..<12 { quarterly.append("quarterly_events,\(period("2021/22 Q1").advanced(by: offset).code),\(90 + offset % 5)") }
        let yearly = ["indicator,period,value", "population,2021/22,60000", "population,2022/23,60400", "population,2023/24,60800",
                      "rate_england,2021/22,41.4", "rate_england,2022/23,42.1", "rate_england,2023/24,41.6"]
        try folder.write("monthly.csv", monthly.joined(separator: "\n") + "\n")
        try folder.write("quarterly.csv", quarterly.joined(separator: "\n") + "\n")
        try folder.write("yearly.csv", yearly.joined(separator: "\n") + "\n")
        let loaded = IndicatorLoader.load(directory: folder.path, frequencyHints: [:])
        return try XCTUnwrap(loaded.data, "\(loaded.diagnostics)")
    }

    func testEveryElementCheckAcceptsIsEvaluatedExplainedAndRendered() throws {
        let data = try RulesPropertyTests.data()
        let known = Dictionary(data.indicatorNames.compactMap { name in data.frequency(of: name).map { (name, $0) } },
                               uniquingKeysWith: { first, _ in first })
        let rounds = ProcessInfo.processInfo.environment["ASSURE_PROPERTY_ROUNDS"].flatMap(Int.init) ?? 1000
        var random = SplitMix(seed: ProcessInfo.processInfo.environment["ASSURE_PROPERTY_SEED"].flatMap(UInt64.init) ?? 2026_11_29)
        var seen = Coverage()
        for round in 0..<rounds {
            var generator = RulesGenerator(random: random)
            let file = generator.file()
            random = generator.random
            seen.add(file)
            let result = Checker(knownIndicators: known).check([RulesSource(path: "generated.assure", text: file.text)])
            let errors = result.diagnostics.filter { $0.severity == .error }
            guard errors.isEmpty else {
                XCTFail("round \(round): check refused a valid file: \(errors.map { "\($0.range?.description ?? ""): \($0.message)" })\n\(file.text)")
                continue
            }
            verify(file, result.ruleSet, data: data, round: round)
        }
        // The generator reached every clause, function and operator of the grammar.
        XCTAssertEqual(seen.missing, [], "clauses the generated files never used")
    }

    /// The sample and the golden inputs that check clean: the same property on the rules
    /// analysts wrote (here the structure is compared with the parsed files, since the rules
    /// were not generated).
    func testTheSampleAndCleanGoldenInputsKeepEveryElement() throws {
        func sources(in folder: URL) throws -> [RulesSource] {
            try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
                .filter { $0.pathExtension == "assure" }.sorted { $0.path < $1.path }
                .map { RulesSource(path: $0.lastPathComponent, text: try String(contentsOf: $0, encoding: .utf8)) }
        }
        // The sample is one partnership, checked together; each golden input stands alone.
        let corpus = [try sources(in: Sample.root.appendingPathComponent("Rules"))]
            + (try sources(in: Sample.root.appendingPathComponent("Tests/AssureLanguageTests/Golden"))).map { [$0] }
        var checkedClean = 0
        for files in corpus {
            let parsed = files.map { Parser.parse($0.text, path: $0.path) }
            let result = Checker().check(parsed: parsed)
            guard !result.diagnostics.hasErrors else { continue }
            checkedClean += 1
            let name = files.map(\.path).joined(separator: ", ")
            let declarations = parsed.flatMap(\.syntax.declarations)
            let declared = declarations.compactMap { declaration -> MeasureDeclaration? in
                if case .measure(let measure) = declaration { return measure }
                return nil
            }
            XCTAssertEqual(result.ruleSet.measures.map(\.name), declared.map(\.name.value), name)
            for (measure, syntax) in zip(result.ruleSet.measures, declared) {
                XCTAssertEqual(measure.rules.count, syntax.rules.count, "\(name): rules of \(measure.name)")
                XCTAssertEqual(measure.notices.count, syntax.notices.count, "\(name): notices of \(measure.name)")
                XCTAssertEqual(measure.comparisons.count, syntax.comparisons.count, "\(name): comparisons of \(measure.name)")
                XCTAssertEqual(measure.narratives.count, syntax.narratives.count, "\(name): sentences of \(measure.name)")
                XCTAssertEqual(measure.spc != nil, syntax.judgement != nil, "\(name): judgement of \(measure.name)")
            }
            let outcomes = declarations.compactMap { declaration -> OutcomeDeclaration? in
                if case .outcome(let outcome) = declaration { return outcome }
                return nil
            }
            XCTAssertEqual(result.ruleSet.outcomes.map(\.ratings.count), outcomes.map(\.ratings.count), name)
        }
        XCTAssertGreaterThan(checkedClean, 1, "the sample and at least one golden input check clean")
    }

    // MARK: Checking one generated file

    private func verify(_ file: GeneratedFile, _ ruleSet: RuleSet, data: IndicatorData, round: Int) {
        let context = "round \(round)\n\(file.text)"
        XCTAssertEqual(ruleSet.measures.map(\.name), file.measures.map(\.name), context)
        XCTAssertEqual(ruleSet.outcomes.map(\.name), file.outcomes.map(\.name), context)
        for (checked, generated) in zip(ruleSet.outcomes, file.outcomes) {
            XCTAssertEqual(checked.ratings.map(\.text), generated.ratings, context)
        }
        guard let assessment = Assessment.evaluate(ruleSet, data: data, period: period(file.asOf)) else {
            return XCTFail("no assessment: \(context)")
        }
        for (finding, generated) in zip(assessment.measures, file.measures) {
            let measure = finding.measure
            XCTAssertEqual(measure.rules.map(\.text), generated.rules, context)
            XCTAssertEqual(measure.comparisons.count, generated.comparisons, context)
            XCTAssertEqual(measure.notices.count, generated.notices, context)
            XCTAssertEqual(measure.spc != nil, generated.spc, context)
            XCTAssertEqual(Set(measure.narratives.keys), generated.sentences, context)
            // explain shows every rule, comparison and notice.
            let explanation = Explanation.text(finding, asOf: assessment.period)
            let lines = explanation.split(separator: "\n").map(String.init)
            for (index, rule) in generated.rules.enumerated() {
                XCTAssertTrue(lines.contains { $0.hasPrefix("  \(index + 1). \(rule)") }, "rule '\(rule)' missing from explain: \(context)\n\(explanation)")
            }
            XCTAssertEqual(lines.filter { $0.hasPrefix("Compared with ") }.count, generated.comparisons, "\(context)\n\(explanation)")
            let noticeLines = lines.filter { ["Trend since", "Record ", "Run of", "Notice: "].contains(where: $0.hasPrefix) }
            XCTAssertEqual(noticeLines.count, generated.notices, "\(context)\n\(explanation)")
            if generated.spc { XCTAssertTrue(lines.contains { $0.hasPrefix("Statistical process control") || $0.contains("process limits") }, "\(context)\n\(explanation)") }
            // Every sentence check accepted renders: the one for the verdict and each notice's.
            for (classification, template) in measure.narratives {
                XCTAssertEqual(Narrative.check(template), [], context)
                if classification == finding.verdict.classification {
                    XCTAssertNotNil(Narrative.sentence(for: finding).text, "\(Narrative.sentence(for: finding)) \(context)")
                }
            }
            for notice in finding.notices where notice.applies {
                let sentence = Narrative.sentence(for: notice, of: finding)
                XCTAssertNotNil(sentence?.text, "\(String(describing: sentence)) \(context)")
            }
        }
    }
}

// MARK: The generator

/// What a generated file declares, as written: the expectations of the property test.
struct GeneratedFile {
    struct GeneratedMeasure {
        var name: String
        var rules: [String]
        var comparisons: Int
        var notices: Int
        var spc: Bool
        var sentences: Set<Classification>
    }

    struct GeneratedOutcome {
        var name: String
        var ratings: [String]
    }

    var text: String
    var asOf: String
    var measures: [GeneratedMeasure]
    var outcomes: [GeneratedOutcome]
    /// The grammar's words this file used, for coverage.
    var used: Set<String>
}

/// Which clauses, functions and operators the generated files used.
struct Coverage {
    static let all: Set<String> = [
        "sum(", "last(", "mean(", "+", "-", "*", "/", "unary -", "not", "and", "or", "(",
        "<", "<=", ">", ">=", "=", "!=", "%", "points",
        "over month", "over quarter", "over financial year", "over calendar year", "over rolling 12 months", "no over",
        "previous period", "previous available value", "same period last year", "baseline", "target", "benchmark",
        "change as percent", "change as absolute", "change as points", "minimum base",
        "doing well", "explore", "to note", "judge by spc", "spc baseline", "spc rebase", "spc target", "without screening",
        "notice trend", "notice record high", "notice record low", "notice run", "say", "filter",
        "outcome", "all", "any", "none", "at least", "at most", "otherwise", "derived", "report area",
    ]

    private var seen: Set<String> = []

    mutating func add(_ file: GeneratedFile) { seen.formUnion(file.used) }

    var missing: [String] { Coverage.all.subtracting(seen).sorted() }
}

/// Writes random valid rules files over the indicators of the property test's data.
struct RulesGenerator {
    var random: SplitMix
    private var used: Set<String> = []

    init(random: SplitMix) { self.random = random }

    private mutating func chance(_ percent: Int) -> Bool { Int.random(in: 0..<100, using: &random) < percent }
    private mutating func pick<T>(_ items: [T]) -> T { items[Int.random(in: 0..<items.count, using: &random)] }
    private mutating func number(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    /// A measure's value: its text, its unit, the indicators' frequency (monthly, quarterly)
    /// and whether a yearly stock lies under it.
    private struct Value {
        var text: String
        var unit: AssureLanguage.Unit
        var quarterly = false
        var yearlyStock = false
        /// Whether its indicators have no one better direction (then no `improvement`).
        var neutral = false
    }

    private mutating func value() -> Value {
        switch number(0...11) {
        case 0: return Value(text: "events", unit: .count)
        case 1: used.insert("sum("); return Value(text: "sum(events)", unit: .count)
        case 2: used.insert("last("); return Value(text: "last(stock)", unit: .count, neutral: true)
        case 3: used.insert("mean("); return Value(text: "mean(events)", unit: .count)
        case 4: used.insert("+"); return Value(text: "events + stock", unit: .count, neutral: true)
        case 5: used.insert("*"); return Value(text: "2 * events", unit: .count)
        case 6: used.insert("-"); return Value(text: "stock - part", unit: .count, neutral: true)
        case 7: used.insert("derived"); used.insert("/"); return Value(text: "share", unit: .percent)
        case 8: return Value(text: "share_recorded", unit: .percent)
        case 9: used.insert("derived"); return Value(text: "rate", unit: .rate(per: 10_000), yearlyStock: true, neutral: true)
        case 10: return Value(text: "score", unit: .number)
        default: return Value(text: "quarterly_events", unit: .count, quarterly: true)
        }
    }

    /// The periods a value can be taken over, and the kind each gives.
    private mutating func over(for value: Value) -> (clause: String?, kind: AggregationPeriod) {
        var choices: [(String?, AggregationPeriod)] = [(nil, value.quarterly ? .quarter : .month), ("quarter", .quarter), ("financial year", .financialYear)]
        if !value.quarterly { choices.append(("month", .month)) }
        if !value.quarterly, !value.yearlyStock { choices += [("rolling 12 months", .rolling12Months), ("calendar year", .calendarYear)] }
        let (clause, kind) = pick(choices)
        used.insert(clause.map { "over " + $0 } ?? "no over")
        return (clause, kind)
    }

    private func periodLiteral(_ kind: AggregationPeriod, late: Bool) -> String {
        switch kind {
        case .month, .rolling12Months: return late ? "2023-01" : "2022-04"
        case .quarter: return late ? "2022/23 Q3" : "2022/23 Q1"
        case .financialYear: return "2022/23"
        case .calendarYear: return "2022"
        case .academicYear, .pooled: preconditionFailure("the generator never takes a measure over an academic year or pooled years")
        }
    }

    /// A figure in the measure's unit, as the language writes it.
    private mutating func literal(_ unit: AssureLanguage.Unit) -> String {
        switch unit {
        case .percent: used.insert("%"); return "\(number(10...90))%"
        case .count: return "\(number(5...900))"
        case .rate: return "\(number(20...60))"
        case .number: return "\(number(2...9)).5"
        }
    }

    /// One comparison `figure op literal` (or with arithmetic), with the figures available.
    private mutating func atom(unit: AssureLanguage.Unit, change: ChangeKind?, figures: [String]) -> String {
        let op = pick(["<", "<=", ">", ">=", "=", "!="])
        used.insert(op)
        let figure = pick(figures)
        switch figure {
        case "base": return "base \(op) \(number(1...50))"
        case "change":
            let kind = change ?? (unit == .percent ? .points : .percent)
            let size = number(1...30)
            let sign = chance(50) ? "-" : ""
            if kind == .percent { used.insert("%"); return "change \(op) \(sign)\(size)%" }
            if kind == .points || unit == .percent { used.insert("points"); return "change \(op) \(sign)\(size) \(size == 1 ? "point" : "points")" }
            if chance(30) { used.insert("unary -"); return "-change \(op) \(size)" }
            return "change \(op) \(sign)\(size)"
        default:
            if unit != .percent, figures.contains("comparison"), figure == "value", chance(30) {
                used.insert("-")
                return "value - comparison \(op) \(literal(unit))"
            }
            if unit != .percent, chance(20) {
                used.insert("/")
                return "\(figure) / 2 \(op) \(literal(unit))"
            }
            return "\(figure) \(op) \(literal(unit))"
        }
    }

    /// A condition as the printer writes it: `and`/`or` in brackets, a comparison under
    /// `not` in brackets.
    private mutating func condition(unit: AssureLanguage.Unit, change: ChangeKind?, figures: [String], depth: Int = 0) -> String {
        let roll = number(0...9)
        if depth < 2, roll < 3 {
            let op = roll == 0 ? "or" : "and"
            used.insert(op); used.insert("(")
            return "(\(condition(unit: unit, change: change, figures: figures, depth: depth + 1)) \(op) \(condition(unit: unit, change: change, figures: figures, depth: depth + 1)))"
        }
        if depth < 2, roll == 3 {
            used.insert("not")
            let inner = condition(unit: unit, change: change, figures: figures, depth: depth + 1)
            return "not " + (inner.hasPrefix("(") || inner.hasPrefix("not ") ? inner : "(\(inner))")
        }
        return atom(unit: unit, change: change, figures: figures)
    }

    private mutating func template(_ names: [String], neutral: Bool) -> String {
        var parts: [String] = ["In {period}"]
        for _ in 0..<number(1...3) {
            var placeholder = pick(names)
            if chance(40), let filter = filter(for: placeholder, neutral: neutral) {
                used.insert("filter")
                placeholder += "|" + filter
            }
            parts.append("{\(placeholder)}")
        }
        return parts.joined(separator: ", ") + "."
    }

    private mutating func filter(for placeholder: String, neutral: Bool) -> String? {
        let periods = ["period", "comparison.period", "trend.since", "trend.through", "record.period"]
        let directions = ["change.direction", "trend.direction", "run.direction"]
        let texts = ["title", "area", "classification", "reason", "benchmark.name", "record.kind", "spc.verdict", "spc.signal"]
        if periods.contains(placeholder) { return pick(["since", "code", "lower", "capitalise"]) }
        if directions.contains(placeholder) { return pick(["increase", "rise", "up", "direction(up)", "direction(rise, fall)", "lower"] + (neutral ? [] : ["improvement", "direction(improvement)"])) }
        if texts.contains(placeholder) { return pick(["lower", "capitalise"]) }
        return pick(["abs", "round", "round(1)", "thousands", "plural(case)", "percent", "abs|round(1)"])
    }

    mutating func file() -> GeneratedFile {
        used = []
        let quarterly = chance(50)
        let hasArea = chance(60)
        if hasArea { used.insert("report area") }
        var lines = [
            "report {",
            "  title \"Generated\"",
            "  partnership \"Test\"",
        ]
        if hasArea { lines.append("  area \"Salbridge\"") }
        lines += [
            "  period \(quarterly ? "quarter" : "financial year")",
            "}",
            "priority p1 { title \"One\" }",
            "priority p2 { title \"Two\" }",
            "indicator events { unit count; frequency monthly; better lower; aggregate sum }",
            "indicator stock { unit count; frequency monthly; aggregate last }",
            "indicator part { unit count; frequency monthly; better lower; aggregate last }",
            "indicator score { unit number; frequency monthly; better higher; aggregate mean }",
            "indicator share_recorded { unit percent; frequency monthly; better higher; aggregate ratio }",
            "indicator quarterly_events { unit count; frequency quarterly; better higher; aggregate sum }",
            "indicator population { unit count; frequency financial year; aggregate last }",
            "indicator rate_england { unit rate per 10,000; frequency financial year; aggregate last }",
            "indicator share = part / stock { unit percent; better lower }",
            "indicator rate = stock / population { unit rate per 10,000 }",
        ]
        var measures: [GeneratedFile.GeneratedMeasure] = []
        for index in 0..<number(1...5) {
            let name = "m\(index)"
            let value = value()
            let (overClause, kind) = over(for: value)
            var block = ["measure \(name) {", "  priority \(pick(["p1", "p2"]))", "  value \(value.text)" + (overClause.map { " over \($0)" } ?? "")]
            var comparisons: [String] = []
            // Only a count, a percentage or a rate has a base (its events or its denominator).
            var figures = value.unit == .number ? ["value"] : ["value", "base"]
            var placeholders = ["value", "period", "title", "classification"] + (value.unit == .number ? [] : ["base"])
            if hasArea { placeholders.append("area") }
            for _ in 0..<number(0...3) {
                var choices = ["previous period", "previous available value", "same period last year", "baseline", "target"]
                if value.yearlyStock, kind == .financialYear { choices.append("benchmark") }
                let choice = pick(choices)
                used.insert(choice)
                switch choice {
                case "baseline": comparisons.append("baseline \(periodLiteral(kind, late: false))")
                case "target":
                    comparisons.append("target \(literal(value.unit))")
                    if !figures.contains("target") { figures.append("target"); placeholders.append("target") }
                case "benchmark":
                    comparisons.append("benchmark rate_england \"England\"")
                    if !figures.contains("benchmark") { figures.append("benchmark"); placeholders += ["benchmark.value", "benchmark.name"] }
                default: comparisons.append(choice)
                }
            }
            block += comparisons.map { "  compare with " + $0 }
            var change: ChangeKind?
            if let first = comparisons.first {
                figures += ["change", "comparison"]
                placeholders += ["comparison.value", "change", "change.absolute", "change.percent", "change.direction"]
                if !first.hasPrefix("target") { placeholders.append("comparison.period") }
                if value.unit == .percent { placeholders.append("change.points") }
                if chance(40) {
                    change = value.unit == .percent ? pick([.percent, .absolute, .points]) : pick([.percent, .absolute])
                    used.insert("change as \(change!.rawValue)")
                    block.append("  change as \(change!.rawValue)")
                }
            }
            if chance(30) { used.insert("minimum base"); block.append("  minimum base \(number(1...40))") }
            var rules: [String] = []
            for _ in 0..<number(0...3) {
                let classification = pick(["doing well", "explore", "to note"])
                used.insert(classification)
                rules.append("\(classification) when \(condition(unit: value.unit, change: change, figures: figures))")
            }
            block += rules.map { "  " + $0 }
            var spc = false
            if (kind == .month || kind == .quarter), chance(30) {
                spc = true
                used.insert("judge by spc")
                var options: [String] = []
                if chance(40) { used.insert("spc baseline"); options.append("baseline 12 points") }
                if chance(30) { used.insert("spc rebase"); options.append("rebase at \(periodLiteral(kind, late: true))") }
                if chance(30) {
                    used.insert("spc target")
                    options.append("target \(literal(value.unit))")
                    if !placeholders.contains("target") { placeholders.append("target") }
                }
                if chance(30) { used.insert("without screening"); options.append("without screening") }
                block.append("  judge by spc" + (options.isEmpty ? "" : " " + options.joined(separator: " ")))
                placeholders += ["spc.verdict", "spc.signal", "spc.mean", "spc.upper", "spc.lower"]
            }
            var notices = 0
            for _ in 0..<number(0...2) {
                notices += 1
                switch number(0...3) {
                case 0:
                    used.insert("notice trend")
                    block.append("  notice trend since \(periodLiteral(kind, late: false)) \"\(template(placeholders + ["trend.since", "trend.through", "trend.direction", "trend.slope", "trend.p"], neutral: value.neutral))\"")
                case 1, 2:
                    let high = chance(50)
                    used.insert(high ? "notice record high" : "notice record low")
                    block.append("  notice record \(high ? "high" : "low") within \(number(2...12)) \(pick(["months", "quarters", "years", "periods"])) \"\(template(placeholders + ["record.value", "record.period", "record.kind"], neutral: value.neutral))\"")
                default:
                    used.insert("notice run")
                    block.append("  notice run of \(number(2...8)) \"\(template(placeholders + ["run.length", "run.direction"], neutral: value.neutral))\"")
                }
            }
            var reachable = Set(rules.compactMap { rule in Classification.allCases.first { rule.hasPrefix($0.rawValue + " when") } })
            if spc { reachable.formUnion([.doingWell, .furtherExploration]) }
            if chance(50) { reachable.insert(.toNote) }
            var sentences: Set<Classification> = []
            for classification in Classification.allCases where reachable.contains(classification) {
                used.insert("say")
                sentences.insert(classification)
                block.append("  say \(classification.rawValue) \"\(template(placeholders + (classification == .toNote ? ["reason"] : []), neutral: value.neutral))\"")
            }
            block.append("}")
            lines += block
            measures.append(.init(name: name, rules: rules, comparisons: comparisons.count, notices: notices, spc: spc, sentences: sentences))
        }
        var outcomes: [GeneratedFile.GeneratedOutcome] = []
        for index in 0..<number(0...2) {
            used.insert("outcome")
            let evidence = measures.map(\.name).filter { _ in chance(60) }
            var ratings: [String] = []
            for rating in ["green", "amber"] where chance(70) {
                ratings.append("\(rating) when \(evidenceCondition())")
            }
            used.insert("otherwise")
            ratings.append("otherwise red")
            lines += ["outcome o\(index) {", "  statement \"Things are well\"",
                      "  evidence \((evidence.isEmpty ? [measures[0].name] : evidence).joined(separator: ", "))"]
                + ratings.map { "  " + $0 } + ["}"]
            outcomes.append(.init(name: "o\(index)", ratings: ratings))
        }
        let asOf = quarterly ? pick(["2023/24 Q3", "2023/24 Q4"]) : "2023/24"
        return GeneratedFile(text: lines.joined(separator: "\n") + "\n", asOf: asOf, measures: measures, outcomes: outcomes, used: used)
    }

    private mutating func evidenceCondition(depth: Int = 0) -> String {
        if depth == 0, chance(25) {
            let op = pick(["and", "or"])
            used.insert(op)
            return "(\(evidenceCondition(depth: 1)) \(op) \(evidenceCondition(depth: 1)))"
        }
        let quantifier = pick(["all", "any", "none", "at least 1", "at most 1"])
        used.insert(quantifier.hasPrefix("at least") ? "at least" : quantifier.hasPrefix("at most") ? "at most" : quantifier)
        return "\(quantifier) \(pick(["doing well", "explore", "to note"]))"
    }
}
