/// A symbol that stands in a table cell in place of a figure, with the meaning the Government
/// Statistical Service gives it ("Symbols in tables: definitions and help"). Each is said as
/// what it is — a `x` is not available, a `low` rounds to zero but is not zero — and none is
/// ever a number: the figure it stands for is not in the data.
///
/// This is the one table of symbols: the ingest reads cells with it, the catalogue counts by
/// it, and the engine, the report, `explain` and `assure spc` word figures with it.
public enum StatisticalSymbol: String, Hashable, Sendable, CaseIterable, Comparable {
    /// `c` or `*`: withheld to protect confidentiality (small numbers suppressed).
    case confidential = "confidential"
    /// `x`, `:` or `..`: not available.
    case notAvailable = "not_available"
    /// `z`: not applicable.
    case notApplicable = "not_applicable"
    /// `u`: low reliability. In the DfE's files a `u` cell holds no number: the figure is not
    /// published because it is unreliable, so Assure has no figure to judge either.
    case lowReliability = "low_reliability"
    /// `low` or `k`: a figure that rounds to zero but is not zero (so never read as 0).
    case roundsToZero = "rounds_to_zero"

    /// The GSS letter the catalogue heads its count with: `c`, `x`, `z`, `u`, `low`.
    public var letter: String {
        switch self {
        case .confidential: return "c"
        case .notAvailable: return "x"
        case .notApplicable: return "z"
        case .lowReliability: return "u"
        case .roundsToZero: return "low"
        }
    }

    /// Every way a file may write the symbol, without brackets; each may also be written in
    /// square brackets (`[c]`), letters in any case.
    public var forms: [String] {
        switch self {
        case .confidential: return ["c", "*"]
        case .notAvailable: return ["x", ":", ".."]
        case .notApplicable: return ["z"]
        case .lowReliability: return ["u"]
        case .roundsToZero: return ["low", "k"]
        }
    }

    /// The meaning in a few words, for lists and tables: "not available".
    public var name: String {
        switch self {
        case .confidential: return "confidential"
        case .notAvailable: return "not available"
        case .notApplicable: return "not applicable"
        case .lowReliability: return "low reliability"
        case .roundsToZero: return "rounds to zero"
        }
    }

    /// What the figure (or figures) so marked is, to follow "the figure for 2023/24":
    /// "is not available", "are withheld to protect confidentiality".
    public func predicate(plural: Bool) -> String {
        switch self {
        case .confidential: return plural ? "are withheld to protect confidentiality" : "is withheld to protect confidentiality"
        case .notAvailable: return plural ? "are not available" : "is not available"
        case .notApplicable: return plural ? "are not applicable" : "is not applicable"
        case .lowReliability: return plural ? "have low reliability" : "has low reliability"
        case .roundsToZero: return plural ? "round to zero but are not zero" : "rounds to zero but is not zero"
        }
    }

    public static func < (left: StatisticalSymbol, right: StatisticalSymbol) -> Bool {
        let order = StatisticalSymbol.allCases
        return (order.firstIndex(of: left) ?? 0) < (order.firstIndex(of: right) ?? 0)
    }

    /// The symbol a marker as written stands for (`c`, `[X]`, `Low`); nil when it is none.
    public init?(marker: String) {
        guard let symbol = Array(marker.utf8).withUnsafeBufferPointer(StatisticalSymbol.reading) else { return nil }
        self = symbol
    }

    /// The symbol a cell's bytes (already without surrounding spaces) stand for, in any letter
    /// case and with or without square brackets; nil for anything else. Compared byte by byte,
    /// since every value cell that is not a plain number passes through here.
    static func reading(_ bytes: UnsafeBufferPointer<UInt8>) -> StatisticalSymbol? {
        var start = 0
        var end = bytes.count
        if end >= 3 && bytes[0] == UInt8(ascii: "[") && bytes[end - 1] == UInt8(ascii: "]") {
            start = 1
            end -= 1
        }
        func lower(_ index: Int) -> UInt8 {
            let byte = bytes[start + index]
            return (byte >= 0x41 && byte <= 0x5A) ? byte | 0x20 : byte
        }
        switch end - start {
        case 1:
            switch lower(0) {
            case UInt8(ascii: "c"), UInt8(ascii: "*"): return .confidential
            case UInt8(ascii: "x"), UInt8(ascii: ":"): return .notAvailable
            case UInt8(ascii: "z"): return .notApplicable
            case UInt8(ascii: "u"): return .lowReliability
            case UInt8(ascii: "k"): return .roundsToZero
            default: return nil
            }
        case 2:
            return lower(0) == UInt8(ascii: ".") && lower(1) == UInt8(ascii: ".") ? .notAvailable : nil
        case 3:
            let isLow = lower(0) == UInt8(ascii: "l") && lower(1) == UInt8(ascii: "o") && lower(2) == UInt8(ascii: "w")
            return isLow ? .roundsToZero : nil
        default:
            return nil
        }
    }
}
