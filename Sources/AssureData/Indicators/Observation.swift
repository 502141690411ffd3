/// One cell of indicator data: a value, a value that is missing, or a statistical symbol in
/// place of the value (withheld to protect confidentiality, not available, not applicable, of
/// low reliability, or rounding to zero).
///
/// A symbol is never a number (a `low` is not 0) and never dropped: it stays a case of its own,
/// with the marker the extract used (`c`, `[x]`, `low`…), so the report can count it and say
/// what it is.
public enum Observation: Hashable, Sendable {
    case value(Double)
    /// Blank, `-` or `n/a` in the extract.
    case missing
    /// A statistical symbol; `marker` is the text the extract used, such as `x` or `[c]`.
    case symbol(StatisticalSymbol, marker: String)

    /// The number, when there is one.
    public var value: Double? {
        if case .value(let number) = self { return number }
        return nil
    }

    /// The symbol, when the cell holds one.
    public var symbol: StatisticalSymbol? {
        if case .symbol(let symbol, _) = self { return symbol }
        return nil
    }
}

/// Where a data point came from: the file, and the line its row starts on.
public struct DataOrigin: Hashable, Sendable, CustomStringConvertible {
    public let file: String
    public let line: Int

    public init(file: String, line: Int) {
        self.file = file
        self.line = line
    }

    /// `file:line`.
    public var description: String { "\(file):\(line)" }
}

/// One period's figure for an indicator (in one area), with the optional numerator,
/// denominator and note the extract gave, and the place it was read from.
public struct DataPoint: Hashable, Sendable {
    public let period: Period
    public let observation: Observation
    /// The numerator, when the file has a numerator column.
    public let numerator: Observation?
    /// The denominator, when the file has a denominator column.
    public let denominator: Observation?
    /// The note, when the file has a note column and the cell is not blank.
    public let note: String?
    public let origin: DataOrigin
    /// The confidence intervals the file gives beside the value (a Fingertips export's 95%
    /// and 99.8% limits), the 95% first; empty when it gives none.
    public let publishedIntervals: [PublishedInterval]

    public init(period: Period, observation: Observation, numerator: Observation? = nil,
                denominator: Observation? = nil, note: String? = nil, origin: DataOrigin,
                publishedIntervals: [PublishedInterval] = []) {
        self.publishedIntervals = publishedIntervals
        self.period = period
        self.observation = observation
        self.numerator = numerator
        self.denominator = denominator
        self.note = note
        self.origin = origin
    }
}
