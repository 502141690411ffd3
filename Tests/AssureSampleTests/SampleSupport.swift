import AssureData
import AssureEngine
import AssureReport
import Foundation
import XCTest

/// The sample partnership of this package: the real `Rules/` and `Indicators/`, read only.
enum Sample {
    /// The package root, three folders up from this file (Tests/AssureSampleTests/…).
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static var rules: String { root.appendingPathComponent("Rules").path }
    static var indicators: String { root.appendingPathComponent("Indicators").path }
    static var golden: URL { URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Golden") }

    static func period(_ text: String) throws -> Period { try Period.parse(text) }

    /// Loads the sample from scratch and evaluates it for `periodText`.
    static func assessment(_ periodText: String = "2023/24") throws -> Assessment {
        let load = PartnershipLoader.load(rules: rules, indicators: indicators)
        let partnership = try XCTUnwrap(load.partnership, "the sample did not load: \(load.diagnostics)")
        return try XCTUnwrap(Assessment.evaluate(partnership.ruleSet, data: partnership.data, period: try period(periodText), area: nil))
    }

    static func document(_ periodText: String = "2023/24") throws -> ReportDocument {
        let period = try period(periodText)
        return ReportDocument(try assessment(periodText), date: ReportDate.end(of: period))
    }

    static func finding(_ name: String, in assessment: Assessment) throws -> MeasureFinding {
        try XCTUnwrap(assessment.measures.first { $0.measure.name == name }, "no measure \(name)")
    }
}
