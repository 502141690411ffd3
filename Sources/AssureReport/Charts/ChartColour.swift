import AssureAnalysis

/// The colours of a measure's chart, shared by the SVG and the PNG. The point colours are
/// Making Data Count's, as NHSRplotthedots gives them: common cause grey, special cause
/// improvement blue, concern orange, neutral purple.
enum ChartColour: Int, CaseIterable {
    case background, ink, grid, series, commonCause, improvement, concern, neutral, mean, limit, target, benchmark, reporting, gap

    var rgb: (UInt8, UInt8, UInt8) {
        switch self {
        case .background: return (255, 255, 255)
        case .ink: return (27, 27, 27)
        case .grid: return (225, 231, 240)
        case .series: return (29, 79, 145)
        case .commonCause: return (123, 125, 125)
        case .improvement: return (40, 157, 224)
        case .concern: return (250, 180, 40)
        case .neutral: return (54, 20, 117)
        case .mean: return (51, 51, 51)
        case .limit: return (123, 125, 125)
        case .target: return (192, 57, 43)
        case .benchmark: return (46, 125, 50)
        case .reporting: return (255, 243, 176)
        case .gap: return (85, 85, 85)
        }
    }

    /// `#1d4f91`: the colour as CSS writes it, lower-case hex.
    var hex: String { ChartColour.hexes[rawValue] }

    /// Every colour's `hex`, worked out once, in case order.
    private static let hexes: [String] = allCases.map { colour in
        let (r, g, b) = colour.rgb
        let digits = Array("0123456789abcdef")
        return "#" + [r, g, b].map { String([digits[Int($0 >> 4)], digits[Int($0 & 0xF)]]) }.joined()
    }

    /// The colour of a point of this Making Data Count type.
    static func of(_ type: PointType) -> ChartColour {
        switch type {
        case .specialCauseImprovement: return .improvement
        case .specialCauseConcern: return .concern
        case .specialCauseNeutralHigh, .specialCauseNeutralLow: return .neutral
        case .commonCause, .missing: return .commonCause
        }
    }

    /// The assurance icon's colour: blue when the target will be met, orange when missed, grey
    /// when hit and miss.
    static func of(_ assurance: Assurance) -> ChartColour {
        switch assurance {
        case .consistentPass: return .improvement
        case .consistentFail: return .concern
        case .inconsistent: return .commonCause
        }
    }
}

extension MeasureChart {
    /// Whether the latest point lies above its group's mean (the variation icon's H), for
    /// special cause; nil when there is no latest value or mean.
    var latestIsHigh: Bool? {
        guard let index = reportingIndex, let value = periods[index].value, let mean = processLines.last?.mean else { return nil }
        return value > mean
    }

    /// The variation icon in words: "Variation: special cause improvement (high)".
    var variationWords: String? {
        guard let variation else { return nil }
        let side = variation.isSpecialCause ? (latestIsHigh == true ? " (high)" : " (low)") : ""
        return "Variation: " + variation.words + side
    }

    /// The assurance icon in words.
    var assuranceIconWords: String? {
        guard let assurance else { return nil }
        switch assurance {
        case .consistentPass: return "Assurance: the target will consistently be met"
        case .consistentFail: return "Assurance: the target will consistently be missed"
        case .inconsistent: return "Assurance: hit and miss against the target"
        }
    }
}
