import Foundation
import AssureData
import AssureEngine
@testable import AssureLanguage

/// A series written in a test: `("2023-04", .value(12))`, like the engine tests' `TestSeries`.
struct ReportSeries: PointSource {
    let frequency: Frequency
    private let points: [Period: DataPoint]

    init(_ frequency: Frequency, _ values: [(String, Observation)], file: String = "test.csv") {
        self.frequency = frequency
        var points: [Period: DataPoint] = [:]
        for (line, row) in values.enumerated() {
            guard let period = try? Period.parse(row.0, expecting: frequency) else { continue }
            points[period] = DataPoint(period: period, observation: row.1, origin: DataOrigin(file: file, line: line + 2))
        }
        self.points = points
    }

    /// Consecutive monthly values starting at `first` (nil is a missing month).
    init(monthlyFrom first: String, _ values: [Double?], file: String = "test.csv") {
        let start = (try? Period.parse(first, expecting: .monthly)) ?? .calendarYear(0)
        self.init(.monthly, values.enumerated().map { offset, value in
            (start.advanced(by: offset).code, value.map(Observation.value) ?? .missing)
        }, file: file)
    }

    func point(at period: Period) -> DataPoint? { points[period] }

    var firstPeriod: Period? { points.keys.min() }

    /// The last month of the latest period with a figure.
    var latestMonth: Month? {
        points.values.filter { $0.observation.value != nil }.map(\.period.lastMonth).max()
    }
}

/// Indicator data written in a test: series by indicator name, for one partnership.
struct ReportData: SeriesLookup, LatestMonthSource {
    let series: [String: ReportSeries]

    func series(of indicator: String, area: String?) -> PointSource? { series[indicator] }

    func latestMonth(area: String?) -> Month? {
        series.values.compactMap(\.latestMonth).max()
    }
}

func period(_ text: String) -> Period {
    (try? Period.parse(text)) ?? .calendarYear(0)
}

/// Builds a narrative template from text as the rules would write it, `"… by {change.percent|abs}."`,
/// with source ranges on line 1 of `rules.assure` (column = offset + 1), since the language
/// parser is another module's work.
func template(_ text: String) -> Template {
    let file = "rules.assure"
    func range(_ start: Int, _ end: Int) -> SourceRange {
        SourceRange(file: file, start: SourcePosition(line: 1, column: start + 1), end: SourcePosition(line: 1, column: end + 1))
    }
    let characters = Array(text)
    var segments: [Template.Segment] = []
    var literal = ""
    var index = 0
    while index < characters.count {
        guard characters[index] == "{", let close = characters[index...].firstIndex(of: "}") else {
            literal.append(characters[index])
            index += 1
            continue
        }
        if !literal.isEmpty { segments.append(.text(literal)); literal = "" }
        segments.append(.placeholder(placeholder(characters, from: index + 1, to: close, range: range)))
        index = close + 1
    }
    if !literal.isEmpty { segments.append(.text(literal)) }
    return Template(text: text, segments: segments, range: range(0, characters.count))
}

private func placeholder(_ characters: [Character], from start: Int, to end: Int,
                         range: (Int, Int) -> SourceRange) -> Placeholder {
    // Split on `|` outside quotes.
    var pieces: [(text: String, start: Int)] = []
    var current = ""
    var pieceStart = start
    var quoted = false
    for index in start..<end {
        let character = characters[index]
        if character == "\"" { quoted.toggle() }
        if character == "|", !quoted {
            pieces.append((current, pieceStart))
            current = ""
            pieceStart = index + 1
        } else {
            current.append(character)
        }
    }
    pieces.append((current, pieceStart))
    let name = pieces[0]
    let filters = pieces.dropFirst().map { piece -> Filter in
        let text = piece.text
        let open = text.firstIndex(of: "(")
        let filterName = String(text[..<(open ?? text.endIndex)])
        var arguments: [Filter.Argument] = []
        if let open, let close = text.lastIndex(of: ")") {
            let inside = text[text.index(after: open)..<close]
            for raw in inside.split(separator: ",") {
                let argument = raw.trimmingCharacters(in: .whitespaces)
                if argument.hasPrefix("\"") {
                    arguments.append(.text(String(argument.dropFirst().dropLast())))
                } else {
                    arguments.append(.number(Double(argument) ?? .nan))
                }
            }
        }
        return Filter(name: Located(filterName, at: range(piece.start, piece.start + filterName.count)), arguments: arguments,
                      range: range(piece.start, piece.start + text.count))
    }
    return Placeholder(name: Located(name.text, at: range(name.start, name.start + name.text.count)), filters: filters,
                       range: range(start - 1, end + 1))
}
