import AssureAnalysis

/// Assure's own simple drawings of Making Data Count's two icons, for a chart that statistical
/// process control judged: the variation icon (a circle in the latest point's colour, grey dots
/// that wander for common cause, dots that climb or fall with H or L for special cause) and the
/// assurance icon (a circle with a target line and P for a target consistently met, F for one
/// consistently missed, ? for hit and miss).
enum MDCIcons {
    /// A dot of an icon: where it is in a 44-unit square, and whether it takes the icon's colour.
    struct Dot: Equatable { let x: Double; let y: Double; let coloured: Bool }

    /// The dots of the variation icon for a point type, high or low.
    static func dots(_ type: PointType, high: Bool) -> [Dot] {
        guard type.isSpecialCause else {
            return [(9, 29), (15, 24), (22, 31), (29, 24), (35, 29)].map { Dot(x: $0.0, y: $0.1, coloured: false) }
        }
        let ys: [Double] = high ? [34, 32, 30, 25, 20] : [20, 22, 24, 29, 34]
        return zip([9.0, 15, 22, 29, 35], ys).enumerated().map { Dot(x: $0.element.0, y: $0.element.1, coloured: $0.offset >= 3) }
    }

    /// The letter at the top of the variation icon: H or L for special cause, none otherwise.
    static func letter(_ type: PointType, high: Bool) -> String? {
        type.isSpecialCause ? (high ? "H" : "L") : nil
    }

    /// The letter of the assurance icon.
    static func letter(_ assurance: Assurance) -> String {
        switch assurance {
        case .consistentPass: return "P"
        case .consistentFail: return "F"
        case .inconsistent: return "?"
        }
    }

    /// Both icons as inline SVG, each `role="img"` with its meaning as its name; empty without
    /// statistical process control.
    static func svg(_ chart: MeasureChart) -> String {
        var out = ""
        if let variation = chart.variation, let words = chart.variationWords {
            let colour = ChartColour.of(variation)
            let high = chart.latestIsHigh ?? true
            let dots = MDCIcons.dots(variation, high: high)
            var shape = circle(colour)
            shape += "<polyline points=\"" + dots.map { "\(Int($0.x)),\(Int($0.y))" }.joined(separator: " ") + "\" fill=\"none\" stroke=\"\(ChartColour.commonCause.hex)\" stroke-width=\"1.2\"/>"
            for dot in dots {
                shape += "<circle cx=\"\(Int(dot.x))\" cy=\"\(Int(dot.y))\" r=\"2.6\" fill=\"\((dot.coloured ? colour : .commonCause).hex)\"/>"
            }
            if let letter = letter(variation, high: high) { shape += glyph(letter, y: 19, colour: colour) }
            out += icon(shape, words: words)
        }
        if let assurance = chart.assurance, let words = chart.assuranceIconWords {
            let colour = ChartColour.of(assurance)
            var shape = circle(colour)
            shape += "<line x1=\"9\" y1=\"31\" x2=\"35\" y2=\"31\" stroke=\"\(ChartColour.target.hex)\" stroke-width=\"2\"/>"
            shape += glyph(letter(assurance), y: 26, colour: colour)
            out += icon(shape, words: words)
        }
        return out
    }

    private static func circle(_ colour: ChartColour) -> String {
        "<circle cx=\"22\" cy=\"22\" r=\"19\" fill=\"#fff\" stroke=\"\(colour.hex)\" stroke-width=\"3\"/>"
    }

    private static func glyph(_ letter: String, y: Int, colour: ChartColour) -> String {
        "<text x=\"22\" y=\"\(y)\" text-anchor=\"middle\" font-size=\"13\" font-weight=\"700\" fill=\"\(ChartColour.ink.hex)\">\(HTMLText.escape(letter))</text>"
    }

    private static func icon(_ shape: String, words: String) -> String {
        "<svg class=\"mdc-icon\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 44 44\" width=\"44\" height=\"44\" role=\"img\" aria-label=\"\(HTMLText.escape(words))\">"
            + "<title>\(HTMLText.escape(words))</title>" + shape + "</svg>"
    }
}
