import AssureData
import AssureEngine
import AssureLanguage

/// Applies one filter to a figure. The vocabulary has already said the filter exists and
/// takes these arguments; this gives the figure its new form, or says why it cannot.
struct NarrativeFilters {
    let finding: MeasureFinding
    /// The placeholder's name, for filters that only make sense on one (`from`).
    let placeholder: String

    func apply(_ filter: Filter, to value: NarrativeValue) -> Result<NarrativeValue, FilterFailure> {
        let name = filter.name.value
        switch (name, value) {
        case ("abs", .number(var number)):
            number.value = abs(number.value)
            return .success(.number(number))
        case ("round", .number(var number)):
            number.fixedPlaces = false
            if filter.arguments.isEmpty {
                number.decimals = 0
                return .success(.number(number))
            }
            guard case .number(let places)? = filter.arguments.first, places >= 0, places <= 6, places == places.rounded() else {
                return .failure(FilterFailure("`round` takes a whole number of decimal places from 0 to 6"))
            }
            number.decimals = Int(places)
            return .success(.number(number))
        case ("percent", .number(var number)):
            number.style = .percent
            return .success(.number(number))
        case ("points", .number(var number)):
            number.style = .points
            return .success(.number(number))
        case ("words", .number(var number)):
            number.inWords = true
            return .success(.number(number))
        case ("plural", .number(let number)):
            let words = texts(filter)
            guard let singular = words.first else { return .failure(FilterFailure("`plural` needs the singular noun")) }
            let plural = words.count > 1 ? words[1] : singular + "s"
            return .success(.text(number.text + " " + (number.isOne ? singular : plural)))
        case ("direction", _), ("increase", _), ("rise", _), ("up", _), ("improvement", _):
            return direction(filter, value)
        case ("from", .number(let number)):
            return from(number)
        case ("since", .period(let period)):
            return .success(.text(NarrativeFilters.since(period)))
        case ("thousands", .number):
            return .success(value)
        case ("lower", .text), ("lower", .period), ("lower", .direction):
            return .success(.text(value.text.lowercased()))
        case ("capitalise", .text), ("capitalise", .period), ("capitalise", .direction):
            let text = value.text
            return .success(.text(text.prefix(1).uppercased() + text.dropFirst()))
        case ("code", .period(let period)):
            return .success(.text(period.code))
        default:
            return .failure(FilterFailure("`\(name)` cannot format \(value.kind.rawValue) `\(placeholder)`"))
        }
    }

    private func texts(_ filter: Filter) -> [String] {
        filter.arguments.compactMap { argument in
            if case .text(let text) = argument { return text }
            return nil
        }
    }

    // MARK: Direction

    private func direction(_ filter: Filter, _ value: NarrativeValue) -> Result<NarrativeValue, FilterFailure> {
        let direction: ChangeDirection
        switch value {
        case .direction(let given): direction = given
        case .number(let number): direction = number.value > 0 ? .increase : number.value < 0 ? .decrease : .none
        case .period, .text:
            return .failure(FilterFailure("`\(filter.name.value)` needs a direction or a number, and `\(placeholder)` is a \(value.kind.rawValue)"))
        }
        var style = filter.name.value
        let words = texts(filter)
        if style == "direction" {
            if words.count >= 2 {
                let chosen = DirectionWords(increase: words[0], decrease: words[1], none: words.count > 2 ? words[2] : "no change")
                return .success(.text(chosen.word(for: direction)))
            }
            guard let named = words.first, NarrativeVocabulary.directionStyles.contains(named) else {
                return .failure(FilterFailure("`direction` takes two words (for an increase and a decrease) or a style: "
                                              + NarrativeVocabulary.directionStyles.joined(separator: ", ")))
            }
            style = named
        }
        if style == "improvement" {
            guard let words = DirectionWords.improvement(for: finding.polarity) else {
                return .failure(FilterFailure("the indicator has no better direction (polarity neither), so a change cannot be called an improvement"))
            }
            return .success(.text(words.word(for: direction)))
        }
        return .success(.text((DirectionWords.named(style) ?? .increase).word(for: direction)))
    }

    // MARK: From and since

    /// "up from 78% in 2021", "down from 88 in 2022/23", "the same as 40 in 2022/23"; for a
    /// target, "above the target of 90%".
    private func from(_ number: NarrativeNumber) -> Result<NarrativeValue, FilterFailure> {
        guard placeholder == "comparison.value", let comparison = finding.primaryComparison else {
            return .failure(FilterFailure("`from` formats `comparison.value` only"))
        }
        guard let change = comparison.change else {
            return .failure(FilterFailure("there is no change from the comparison, so `from` has nothing to say"))
        }
        let figure = number.text
        guard let period = comparison.period else {
            switch change.direction {
            case .increase: return .success(.text("above the target of \(figure)"))
            case .decrease: return .success(.text("below the target of \(figure)"))
            case .none: return .success(.text("meeting the target of \(figure)"))
            }
        }
        switch change.direction {
        case .increase: return .success(.text("up from \(figure) in \(period.name)"))
        case .decrease: return .success(.text("down from \(figure) in \(period.name)"))
        case .none: return .success(.text("the same as \(figure) in \(period.name)"))
        }
    }

    /// "the beginning of 2023" for January 2023 or the year 2023; "the beginning of 2023/24"
    /// for a financial year or its April; otherwise the period's name.
    static func since(_ period: Period) -> String {
        switch period {
        case .month(let month) where month.month == 1: return "the beginning of \(month.year)"
        case .calendarYear(let year): return "the beginning of \(year)"
        case .financialYear(let year): return "the beginning of \(year.code)"
        case .academicYear: return "the beginning of the \(period.name)"
        case .month, .quarter, .rolling12Months, .pooled: return period.name
        }
    }
}

/// Why a filter could not format a figure.
struct FilterFailure: Error {
    let message: String
    init(_ message: String) { self.message = message }
}
