import AssureData

extension CheckContext {
    /// The sentences of a measure: one per classification, placeholders it will have, and a
    /// warning for each classification it can reach but has nothing to say for.
    mutating func checkNarratives(_ declaration: MeasureDeclaration, comparisons: [Comparison], unit: Unit?, polarity: Polarity?,
                                  target: Bool, benchmark: Bool, spc: Bool) -> (narratives: [Classification: Template], notes: [NoteSentence: Template]) {
        var available: Set<PlaceholderSource> = [.always, .figure]
        if report?.area != nil || report?.areas != nil { available.insert(.area) }
        if let unit, unit != .number { available.insert(.base) }
        if let first = comparisons.first {
            available.insert(.comparison)
            if case .target = first {} else { available.insert(.comparedPeriod) }
            if unit == .percent { available.insert(.percentageChange) }
        }
        if target { available.insert(.target) }
        if benchmark { available.insert(.benchmark) }
        if spc { available.insert(.spc) }
        for case .comparator(let comparator) in comparisons {
            available.insert(.standing)
            switch comparator.kind {
            case .england: available.insert(.england)
            case .region: available.insert(.region)
            case .statisticalNeighbours: available.insert(.neighbours)
            }
        }
        var narratives: [Classification: Template] = [:]
        var firstRange: [Classification: SourceRange] = [:]
        for narrative in declaration.narratives {
            checkTemplate(narrative.template, available: narrative.classification.value == .toNote ? available.union([.toNote]) : available,
                          polarity: polarity)
            let classification = narrative.classification.value
            if let earlier = firstRange[classification] {
                error("'\(classification.rawValue)' has two sentences", at: narrative.range, help: "keep one 'say \(classification.rawValue)'",
                      notes: [Diagnostic.Note(range: earlier, message: "the first is here")])
                continue
            }
            firstRange[classification] = narrative.range
            narratives[classification] = narrative.template
        }
        var notes: [NoteSentence: Template] = [:]
        var firstNote: [NoteSentence: SourceRange] = [:]
        for sentence in declaration.noteSentences {
            let reason = sentence.reason.value
            // What each reason's sentence can fill: without a figure, only words; without a
            // comparison figure, nothing of the comparison.
            var own = available.union([.toNote])
            switch reason {
            case .noFigure: own = own.intersection([.always, .area, .toNote])
            case .notEnoughHistory: own.subtract([.comparison, .comparedPeriod, .percentageChange, .spc])
            case .smallNumbers, .withinChance: break
            }
            checkTemplate(sentence.template, available: own, polarity: polarity)
            if let earlier = firstNote[reason] {
                error("'say \(reason.rawValue)' is given twice", at: sentence.range, help: "keep one",
                      notes: [Diagnostic.Note(range: earlier, message: "the first is here")])
                continue
            }
            firstNote[reason] = sentence.range
            notes[reason] = sentence.template
        }
        for notice in declaration.notices {
            let own: PlaceholderSource
            switch notice.kind {
            case .trend: own = .trend
            case .record: own = .record
            case .run: own = .run
            }
            checkTemplate(notice.template, available: available.union([own]), polarity: polarity)
        }
        var reachable = Set(declaration.rules.map(\.classification.value))
        if spc { reachable.formUnion([.doingWell, .furtherExploration]) }
        for classification in Classification.allCases where reachable.contains(classification) && narratives[classification] == nil {
            warning("measure '\(declaration.name.value)' can be classified '\(classification.rawValue)' but has nothing to say for it",
                    at: declaration.name.range, help: "add say \(classification.rawValue) \"…\"")
        }
        return (narratives, notes)
    }
}
