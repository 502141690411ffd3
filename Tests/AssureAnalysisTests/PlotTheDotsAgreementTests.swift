import Foundation
import XCTest
@testable import AssureAnalysis

/// Compares `xmr` with NHSRplotthedots 0.2.2 itself on the series in
/// `Fixtures/ptd_reference.json` (15 hand-made edge cases and 240 random series), written by
/// `Fixtures/make_ptd_reference.R` under R.
final class PlotTheDotsAgreementTests: XCTestCase {
    /// One series and what the package made of it. Arrays run one entry a point.
    struct ReferenceCase: Decodable {
        var id: Int
        var note: String
        var values: [Double]
        var improvement: String
        var target: Double?
        var fixAfterPoints: Int?
        var rebaseAt: [Int]
        var screenOutliers: Bool
        var assurance: String?
        var group: [Int]
        var shortGroupWarning: [Bool]
        var mean: [Double?]
        var lpl: [Double?]
        var upl: [Double?]
        var relativeToMean: [Int]
        var outsideLimits: [Bool?]
        var closeToLimits: [Bool?]
        var specialCauseType: [String]
        var pointType: [String]
    }

    struct Reference: Decodable {
        var about: String
        var cases: [ReferenceCase]
    }

    static let tolerance = 1e-9

    func loadReference() throws -> Reference {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("Fixtures/ptd_reference.json")
        return try JSONDecoder().decode(Reference.self, from: Data(contentsOf: url))
    }

    func testEveryReferenceSeriesAgreesWithThePackage() throws {
        let reference = try loadReference()
        XCTAssertGreaterThanOrEqual(reference.cases.count, 200)
        var pointsCompared = 0
        for reference in reference.cases {
            pointsCompared += try compare(reference)
        }
        // Every point of every series was looked at.
        XCTAssertEqual(pointsCompared, reference.cases.reduce(0) { $0 + $1.values.count })
    }

    /// Runs one reference case and checks every point; returns how many points it compared.
    private func compare(_ reference: ReferenceCase) throws -> Int {
        let label = "case \(reference.id) (\(reference.note))"
        let improvement = try XCTUnwrap(ImprovementDirection(rawValue: reference.improvement), label)
        let options = SPCOptions(
            improvement: improvement,
            target: reference.target,
            fixAfterPoints: reference.fixAfterPoints,
            rebaseAt: reference.rebaseAt,
            screensMovingRanges: reference.screenOutliers,
            // The package warns below 13 (its message says 12); compare like with like here.
            minimumPoints: 13
        )
        let result = try xmr(reference.values.map { $0 }, options: options)

        XCTAssertEqual(result.points.count, reference.values.count, label)
        XCTAssertEqual(result.assurance?.rawValue, reference.assurance, "\(label): assurance")
        XCTAssertEqual(result.variation?.rawValue, reference.pointType.last, "\(label): variation")
        XCTAssertEqual(result.gaps, [], label)

        let firstGroup = reference.group.first ?? 0
        for (index, point) in result.points.enumerated() where index < reference.values.count {
            let at = "\(label), point \(index)"
            let group = result.groups[point.group]
            XCTAssertEqual(point.group, reference.group[index] - firstGroup, "\(at): group")
            XCTAssertEqual(group.hasTrialLimits, reference.shortGroupWarning[index], "\(at): short group")
            assertClose(group.mean, reference.mean[index], "\(at): mean")
            assertClose(group.limits?.lower, reference.lpl[index], "\(at): lpl")
            assertClose(group.limits?.upper, reference.upl[index], "\(at): upl")
            XCTAssertEqual(point.relativeToMean, reference.relativeToMean[index], "\(at): relative to mean")
            // Where the package has NaN limits its comparisons give NA, which its rules treat as
            // false; Assure has no limits and says false.
            XCTAssertEqual(point.isOutsideLimits, reference.outsideLimits[index] ?? false, "\(at): outside")
            XCTAssertEqual(point.isCloseToLimits, reference.closeToLimits[index] ?? false, "\(at): close")
            XCTAssertEqual(Self.packageLabel(point.specialCause), reference.specialCauseType[index], "\(at): label")
            XCTAssertEqual(point.type.rawValue, reference.pointType[index], "\(at): point type")
        }
        return result.points.count
    }

    private func assertClose(_ actual: Double?, _ expected: Double?, _ message: String) {
        switch (actual, expected) {
        case (nil, nil):
            break
        case let (actual?, expected?):
            XCTAssertEqual(actual, expected, accuracy: Self.tolerance, message)
        default:
            XCTFail("\(message): \(String(describing: actual)) vs the package's \(String(describing: expected))")
        }
    }

    /// The package's `special_cause_type` text for a label.
    static func packageLabel(_ cause: SpecialCause?) -> String {
        guard let cause else { return "Common Cause" }
        switch (cause.rule, cause.side) {
        case (.outsideLimits, .above): return "Above UCL"
        case (.outsideLimits, _): return "Below LCL"
        case (.trend, .increasing): return "7 Point Trend (Increasing)"
        case (.trend, _): return "7 Point Trend (Decreasing)"
        case (.twoInThree, .above): return "2 in 3 Above CL"
        case (.twoInThree, _): return "2 in 3 Below CL"
        case (.shift, .above): return "7 Points Above CL"
        case (.shift, _): return "7 Points Below CL"
        }
    }
}
