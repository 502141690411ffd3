/// A chart's SVG markup written into one byte buffer. Each piece is a string literal whose
/// interpolations are typed: a `Double` is a coordinate (one decimal, `ReadableNumber`), an
/// `Int` its digits, a `ChartColour` its hex, `escaping:` words escaped for HTML (`HTMLText`),
/// and a `String` markup as it is. No string is built for an element, a number or a colour.
struct SVGMarkup {
    private(set) var bytes: [UInt8] = []

    /// One decimal, as every coordinate of a chart.
    static let coordinates = ReadableNumber(decimals: 1)

    init(capacity: Int = 0) { bytes.reserveCapacity(capacity) }

    mutating func add(_ piece: Piece) { bytes.append(contentsOf: piece.bytes) }

    /// The markup as text.
    var text: String { String(decoding: bytes, as: UTF8.self) }

    /// A piece of markup written as an interpolated string literal.
    struct Piece: ExpressibleByStringInterpolation {
        let bytes: [UInt8]

        init(stringLiteral value: String) { bytes = Array(value.utf8) }
        init(stringInterpolation: Writer) { bytes = stringInterpolation.bytes }
    }

    /// Writes a piece's literal text and typed interpolations.
    struct Writer: StringInterpolationProtocol {
        var bytes: [UInt8] = []

        init(literalCapacity: Int, interpolationCount: Int) { bytes.reserveCapacity(literalCapacity + 8 * interpolationCount) }

        mutating func appendLiteral(_ literal: String) { bytes.append(contentsOf: literal.utf8) }
        mutating func appendInterpolation(_ coordinate: Double) { SVGMarkup.coordinates.write(coordinate, into: &bytes) }
        mutating func appendInterpolation(_ number: Int) { bytes.append(contentsOf: String(number).utf8) }
        mutating func appendInterpolation(_ colour: ChartColour) { bytes.append(contentsOf: colour.hex.utf8) }
        mutating func appendInterpolation(escaping text: String) { HTMLText.write(text, into: &bytes) }
        mutating func appendInterpolation(_ markup: String) { bytes.append(contentsOf: markup.utf8) }
    }
}
