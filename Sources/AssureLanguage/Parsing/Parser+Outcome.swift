import AssureData

extension Parser {
    mutating func parseOutcomeClause(_ word: String, into outcome: inout OutcomeDeclaration) -> Bool {
        let start = previousRange
        switch word {
        case "statement":
            setOnce(&outcome.statement, parseString("the outcome statement"), clause: "statement", at: start)
        case "priority":
            setOnce(&outcome.priority, parseName("the priority's name"), clause: "priority", at: start)
        case "evidence":
            outcome.evidence += parseNameList("the name of a measure")
        case "green", "amber", "red":
            let rating = Located(Rating(rawValue: word) ?? .red, at: start)
            guard expectWord("when", after: "'\(word)'") else { return true }
            let condition = parseExpression("a rule such as 'all doing well'", quantifiers: true)
            outcome.ratings.append(RatingRuleSyntax(rating: rating, condition: condition, range: range(from: start)))
        case "otherwise":
            guard let rating = parseChoice([("green", Rating.green), ("amber", .amber), ("red", .red)], what: "a rating") else { return true }
            outcome.ratings.append(RatingRuleSyntax(rating: rating, condition: nil, range: range(from: start)))
        default:
            return false
        }
        return true
    }

    /// Names separated by commas (`a, b, c`); after a comma the list may go on on the next line.
    mutating func parseNameList(_ what: String) -> [Located<String>] {
        var names: [Located<String>] = []
        repeat {
            if !names.isEmpty { advance() }
            if !names.isEmpty, current.kind == .word {
                let token = advance()
                names.append(Located(token.text, at: token.range))
            } else if let name = parseName(what) {
                names.append(name)
            } else {
                break
            }
        } while current.kind == .comma
        return names
    }
}
