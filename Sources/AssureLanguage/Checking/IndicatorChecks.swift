import AssureData

extension CheckContext {
    /// The checked indicator of this name, checking it (and what it is derived from) the first
    /// time; nil when it is unknown, broken, or part of a cycle.
    mutating func resolveIndicator(_ name: String) -> Indicator? {
        if let done = resolved[name] { return done }
        guard let declaration = indicators[name] else { return nil }
        if let start = resolving.firstIndex(of: name) {
            let cycle = Array(resolving[start...]) + [name]
            let notes = cycle.dropFirst().dropLast().compactMap { step in
                indicators[step].map { Diagnostic.Note(range: $0.name.range, message: "'\(step)' is derived here") }
            }
            error("the derived indicator '\(name)' depends on itself: \(cycle.joined(separator: " → "))", at: declaration.name.range,
                  help: "a derived indicator must be worked out from recorded indicators in the end", notes: notes)
            for step in cycle { resolved[step] = .some(nil) }
            return nil
        }
        guard resolving.count < 500 else {
            error("'\(name)' is derived through more than 500 other indicators", at: declaration.name.range)
            resolved[name] = .some(nil)
            return nil
        }
        resolving.append(name)
        if let source = declaration.source {
            if declaration.definition != nil {
                error("'\(name)' is derived by arithmetic, so it cannot also come from a published file", at: source.range,
                      help: "remove the 'from' clause, or the '= …' after the name")
            } else if declaration.numerator != nil && declaration.denominator != nil {
                error("'\(name)' is worked out from its numerator and denominator, so it cannot also come from a published file",
                      at: source.range, help: "remove the 'from' clause, or one of 'numerator' and 'denominator'")
            }
        }
        let indicator = declaration.definition == nil ? checkRecorded(declaration) : checkDerived(declaration)
        resolving.removeLast()
        if resolved[name] == nil { resolved[name] = .some(indicator) }
        return resolved[name] ?? nil
    }

    private mutating func checkRecorded(_ declaration: IndicatorDeclaration) -> Indicator? {
        let name = declaration.name
        if declaration.unit == nil, !declaration.isIncomplete {
            error("indicator '\(name.value)' has no unit", at: name.range,
                  help: "add 'unit count', 'unit percent', 'unit rate per 10,000' or 'unit number'")
        }
        // A percentage whose numerator and denominator are both named indicators is worked
        // out from them, so it needs no frequency of its own and no data.
        let madeOfIndicators = declaration.numerator != nil && declaration.denominator != nil
        if declaration.frequency == nil, !declaration.isIncomplete, !madeOfIndicators {
            error("indicator '\(name.value)' has no frequency", at: name.range,
                  help: "add 'frequency monthly', 'frequency quarterly', 'frequency financial year' or 'frequency calendar year'")
        }
        let hasRatioParts = declaration.numerator != nil || declaration.denominator != nil
        if declaration.unit?.value == .count, declaration.aggregation == nil, !declaration.isIncomplete {
            error("indicator '\(name.value)' does not say whether it is a flow or a stock", at: name.range,
                  help: "add 'aggregate sum' for a flow (events in the period) or 'aggregate last' for a stock (children on a plan at the end)")
        }
        if let aggregation = declaration.aggregation, aggregation.value == .ratio, let unit = declaration.unit?.value, unit == .count {
            error("'aggregate ratio' is for percentages and rates, but '\(name.value)' is a count", at: aggregation.range,
                  help: "use 'aggregate sum' for a flow or 'aggregate last' for a stock")
        }
        for part in [declaration.numerator, declaration.denominator].compactMap({ $0 }) {
            if indicators[part.value] == nil {
                unknown("indicator", part, among: indicatorOrder)
            } else if part.value == name.value {
                error("'\(name.value)' cannot be its own numerator or denominator", at: part.range)
            } else if let other = resolveIndicator(part.value), other.unit != .count {
                error("the \(part.value == declaration.numerator?.value ? "numerator" : "denominator") '\(part.value)' is \(Dimension(other.unit).words), not a count",
                      at: part.range, help: "numerators and denominators are counts")
            }
        }
        var frequency = declaration.frequency?.value
        if madeOfIndicators {
            let parts = [declaration.numerator, declaration.denominator].compactMap { $0.flatMap { resolveIndicator($0.value) } }
            if let combined = combinedFrequency(parts, at: name.range), !parts.isEmpty {
                if let declared = declaration.frequency, declared.value != combined {
                    error("'\(name.value)' is declared \(declared.value.words), but its numerator and denominator are \(combined.words)",
                          at: declared.range, help: "remove the 'frequency' clause")
                }
                frequency = combined
            }
        } else {
            checkAgainstData(declaration)
        }
        guard let unit = declaration.unit?.value, let frequency else { return nil }
        let aggregation = declaration.aggregation?.value ?? (hasRatioParts ? .ratio : .last)
        // Worked out from its parts: the sum of the numerators over the sum of the denominators.
        let formula = madeOfIndicators ? declaration.numerator.flatMap { numerator in declaration.denominator.map { denominator in
            Formula.divide(.indicator(numerator.value), .indicator(denominator.value)).scaled(to: unit)
        } } : nil
        return Indicator(name: name.value, title: declaration.title?.value ?? name.value, unit: unit, frequency: frequency,
                         polarity: declaration.polarity?.value ?? .neither, aggregation: aggregation,
                         numerator: declaration.numerator?.value, denominator: declaration.denominator?.value,
                         formula: formula, range: declaration.range)
    }

    /// The checks against the loaded indicator data: present, at the declared frequency.
    private mutating func checkAgainstData(_ declaration: IndicatorDeclaration) {
        guard let known = knownIndicators else { return }
        let name = declaration.name
        guard let frequency = known[name.value] else {
            // A `from` clause that names no series is already an error at the clause.
            if declaration.source != nil { return }
            let suggestion = Suggestions.closest(to: name.value, among: Array(known.keys))
            warning("indicator '\(name.value)' is declared but not found in Indicators/", at: name.range,
                    help: suggestion.map { "did you mean '\($0)'?" } ?? "check the name against the indicator files, or remove the declaration",
                    fixIt: suggestion.map { Diagnostic.FixIt(range: name.range, replacement: $0) })
            return
        }
        if let declared = declaration.frequency, declared.value != frequency {
            error("indicator '\(name.value)' is declared \(declared.value.words), but Indicators/ holds it \(frequency.words)", at: declared.range,
                  help: "write 'frequency \(frequency.rawValue.replacingUnderscores)'")
        }
    }

    private mutating func checkDerived(_ declaration: IndicatorDeclaration) -> Indicator? {
        let name = declaration.name
        guard let definition = declaration.definition else { return nil }
        if let aggregation = declaration.aggregation {
            error("a derived indicator is worked out from its inputs' values for the period, so it takes no 'aggregate'",
                  at: aggregation.range, help: "remove the 'aggregate' clause; each input adds up by its own rule")
        }
        var inputs: [Indicator] = []
        let typedDefinition = typed(definition, names: .indicators, inputs: &inputs)
        let dimension = typedDefinition?.dimension
        var unit = declaration.unit?.value
        if let dimension, dimension != .condition {
            if let declared = declaration.unit {
                if !dimension.fits(declared.value) {
                    error("'\(name.value)' is declared as \(Dimension(declared.value).words), but its arithmetic gives \(dimension.words)",
                          at: definition.range, help: "change the arithmetic or the unit")
                }
            } else if let inferred = dimension.unit {
                unit = inferred
            } else {
                error("'\(name.value)' is \(dimension.words), so it needs a unit to be shown in", at: name.range,
                      help: "add 'unit percent' or 'unit rate per 10,000'")
            }
        } else if dimension == .condition {
            error("a derived indicator is a figure, not a condition", at: definition.range)
            return nil
        }
        let frequency = combinedFrequency(inputs, at: definition.range)
        if let declared = declaration.frequency, let frequency, declared.value != frequency {
            error("'\(name.value)' is declared \(declared.value.words), but it is derived from \(frequency.words) figures",
                  at: declared.range, help: "remove the 'frequency' clause: a derived indicator has the frequency of its inputs")
        }
        checkCoarserInputs(inputs, frequency: frequency, at: definition.range)
        guard let unit, let frequency, let dimension, let formula = built(typedDefinition, at: definition, { $0.formula }) else { return nil }
        let polarities = Set(inputs.map(\.polarity))
        // A proportion is shown in its unit (× 100, × N); one the rules already multiply by a
        // constant (`a / b * 100`) is taken as written.
        let alreadyScaled: Bool = {
            if case .multiply(_, .constant) = formula { return true }
            if case .multiply(.constant, _) = formula { return true }
            return false
        }()
        let shown = dimension == .proportion && !alreadyScaled ? Formula.multiply(formula, .constant(unit.scale)) : formula
        return Indicator(name: name.value, title: declaration.title?.value ?? name.value, unit: unit, frequency: frequency,
                         polarity: declaration.polarity?.value ?? (polarities.count == 1 ? polarities.first ?? .neither : .neither),
                         aggregation: .ratio, numerator: nil, denominator: nil,
                         formula: unit.scale == 1 ? formula : shown, range: declaration.range)
    }

    /// An input recorded less often than the figure it helps make (an annual population in a
    /// monthly rate) takes, for each finer period, the figure of the period that contains it:
    /// honest for a stock (children living in the area), not for a flow or a mean, which would
    /// have to be shared out. Those are errors here rather than "no figure" in the report.
    mutating func checkCoarserInputs(_ inputs: [Indicator], frequency: Frequency?, at range: SourceRange) {
        guard let frequency else { return }
        var seen: Set<String> = []
        for input in inputs where input.frequency != frequency && seen.insert(input.name).inserted {
            guard input.formula == nil, input.aggregation != .last else { continue }
            error("'\(input.name)' is \(input.frequency.words) and adds up by '\(input.aggregation.rawValue)', so it cannot be shared out over \(frequency.words) periods",
                  at: range, help: "a coarser input must be a stock ('aggregate last'), such as a population; otherwise use \(input.frequency.words) figures throughout")
        }
    }

    /// The frequency of a figure derived from `inputs`: the finest of them. A coarser input
    /// (an annual population) applies to each finer period it contains; calendar years, academic years
    /// and financial periods do not nest, so they cannot be combined.
    mutating func combinedFrequency(_ inputs: [Indicator], at range: SourceRange) -> Frequency? {
        let frequencies = Set(inputs.map(\.frequency))
        if let pooled = frequencies.first(where: { if case .pooled = $0 { return true } else { return false } }), frequencies.count > 1 {
            error("figures of \(pooled.words) cannot be combined with figures of another frequency", at: range,
                  help: "a pool of years has no single year or month inside it to match; combine figures pooled the same way")
            return nil
        }
        if frequencies.contains(.calendarYear), frequencies.count > 1 {
            error("calendar-year figures cannot be combined with monthly, quarterly or financial-year ones", at: range,
                  help: "calendar years (January to December) do not line up with financial periods (April to March)")
            return nil
        }
        if frequencies.contains(.academicYear), frequencies.count > 1 {
            error("academic-year figures cannot be combined with figures of another frequency", at: range,
                  help: "academic years (September to August) do not line up with financial periods (April to March) or calendar years")
            return nil
        }
        if frequencies.contains(.monthly) { return .monthly }
        if frequencies.contains(.quarterly) { return .quarterly }
        return frequencies.first ?? .monthly
    }
}

extension String {
    /// `financial_year` → `financial year`.
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}
