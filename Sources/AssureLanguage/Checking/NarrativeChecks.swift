import AssureData

extension CheckContext {
    /// The sentences of a measure: one per classification, placeholders it will have, and a
    /// warning for each classification it can reach but has nothing to say for.
    mutating func checkNarratives(_ declaration: MeasureDeclaration, comparisons: Bool, target: Bool, benchmark: Bool, spc: Bool) -> [Classification: Template] {
        var available = Placeholders.always
        var elsewhere: [String: String] = [:]
        let groups: [(Bool, [String: String], String)] = [
            (comparisons, Placeholders.comparison, "it needs something to compare with: add 'compare with …' to the measure"),
            (target, Placeholders.target, "add 'compare with target …' to the measure"),
            (benchmark, Placeholders.benchmark, "add 'compare with benchmark …' to the measure"),
            (spc, Placeholders.spc, "it is known when the measure is judged by spc"),
        ]
        for (present, names, reason) in groups {
            for (name, _) in names {
                if present { available[name] = "" } else { elsewhere[name] = reason }
            }
        }
        let noticeGroups: [(String, [String: String])] = [("trend", Placeholders.trend), ("record", Placeholders.record), ("run", Placeholders.run)]
        for (kind, names) in noticeGroups {
            for (name, _) in names { elsewhere[name] = "it is known only in a 'notice \(kind)' sentence" }
        }
        var narratives: [Classification: Template] = [:]
        var firstRange: [Classification: SourceRange] = [:]
        for narrative in declaration.narratives {
            checkTemplate(narrative.template, available: available, elsewhere: elsewhere)
            let classification = narrative.classification.value
            if let earlier = firstRange[classification] {
                error("'\(classification.rawValue)' has two sentences", at: narrative.range, help: "keep one 'say \(classification.rawValue)'",
                      notes: [Diagnostic.Note(range: earlier, message: "the first is here")])
                continue
            }
            firstRange[classification] = narrative.range
            narratives[classification] = narrative.template
        }
        for notice in declaration.notices {
            var noticeAvailable = available
            let own: [String: String]
            switch notice.kind {
            case .trend: own = Placeholders.trend
            case .record: own = Placeholders.record
            case .run: own = Placeholders.run
            }
            var noticeElsewhere = elsewhere
            for (name, _) in own {
                noticeAvailable[name] = ""
                noticeElsewhere[name] = nil
            }
            checkTemplate(notice.template, available: noticeAvailable, elsewhere: noticeElsewhere)
        }
        var reachable = Set(declaration.rules.map(\.classification.value))
        if spc { reachable.formUnion([.doingWell, .furtherExploration]) }
        for classification in Classification.allCases where reachable.contains(classification) && narratives[classification] == nil {
            warning("measure '\(declaration.name.value)' can be classified '\(classification.rawValue)' but has nothing to say for it",
                    at: declaration.name.range, help: "add say \(classification.rawValue) \"…\"")
        }
        return narratives
    }
}
