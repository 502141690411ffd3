// swift-tools-version:6.0
// Assure: a rules-based indicator engine for children's safeguarding partnerships.
// The targets follow the pipeline: data → language → (analysis) → engine → report → assure.
// No package dependencies, by the client's design: Foundation and XCTest only.
import PackageDescription

let package = Package(
    name: "Assure",
    products: [
        .executable(name: "assure", targets: ["assure"]),
        .library(name: "AssureData", targets: ["AssureData"]),
        .library(name: "AssureAnalysis", targets: ["AssureAnalysis"]),
        .library(name: "AssureLanguage", targets: ["AssureLanguage"]),
        .library(name: "AssureEngine", targets: ["AssureEngine"]),
        .library(name: "AssureReport", targets: ["AssureReport"]),
    ],
    targets: [
        // Calendar, diagnostics, CSV ingestion, the indicator catalogue.
        .target(name: "AssureData"),
        // Pure statistics on a series: SPC, trends, records. Depends on nothing of ours.
        .target(name: "AssureAnalysis"),
        // Rules files: tokens → syntax tree → checked rule set; diagnostics; formatter.
        .target(name: "AssureLanguage", dependencies: ["AssureData"]),
        // Rule set + indicator data + period → findings: values, comparisons, classification.
        .target(name: "AssureEngine", dependencies: ["AssureData", "AssureLanguage", "AssureAnalysis"]),
        // Results → words and files: the SPC chart of one series as text, JSON and CSV.
        .target(name: "AssureReport", dependencies: ["AssureData", "AssureAnalysis", "AssureLanguage", "AssureEngine"]),
        // Rule tests (`assure test`): inline series through the engine and the narrative, expected
        // against actual, coverage, JUnit.
        .target(name: "AssureRuleTesting", dependencies: ["AssureData", "AssureLanguage", "AssureEngine", "AssureReport"]),
        // The commands: arguments in, library calls, bytes on a console and an exit status out.
        .target(name: "AssureCommands", dependencies: ["AssureData", "AssureAnalysis", "AssureLanguage", "AssureEngine", "AssureReport", "AssureRuleTesting"]),
        // The executable: the process's arguments and streams handed to AssureCommands.
        .executableTarget(name: "assure", dependencies: ["AssureCommands"]),
        // Benchmarks (run with `swift run -c release assure-bench`), never timed tests.
        .executableTarget(name: "assure-bench", dependencies: ["AssureData", "AssureAnalysis", "AssureLanguage", "AssureEngine", "AssureReport", "AssureCommands"]),

        // What the tests share: golden files, temporary folders, series written in a test, a
        // seeded random generator.
        .target(name: "AssureTestSupport", dependencies: ["AssureData", "AssureEngine"], path: "Tests/AssureTestSupport"),
        .testTarget(name: "AssureDataTests", dependencies: ["AssureData", "AssureTestSupport"], exclude: ["Golden", "Published"]),
        .testTarget(name: "AssureEngineTests", dependencies: ["AssureEngine", "AssureData", "AssureLanguage", "AssureTestSupport"]),
        .testTarget(
            name: "AssureAnalysisTests",
            dependencies: ["AssureAnalysis", "AssureTestSupport"],
            exclude: ["Fixtures"]
        ),
        .testTarget(
            name: "AssureReportTests",
            dependencies: ["AssureReport", "AssureData", "AssureAnalysis", "AssureLanguage", "AssureEngine", "AssureTestSupport"],
            exclude: ["Golden"]
        ),
        // End to end: runs the built `assure` binary (the dependency makes sure it is built).
        .testTarget(name: "AssureCLITests", dependencies: ["assure", "AssureTestSupport"]),
        // Every command in-process, through `Assure.main` with a console that captures its output.
        .testTarget(name: "AssureCommandsTests", dependencies: ["AssureCommands", "AssureData", "AssureTestSupport"]),
        .testTarget(name: "AssureLanguageTests", dependencies: ["AssureLanguage", "AssureData", "AssureTestSupport"], exclude: ["Golden"]),
        // Acceptance: the sample partnership (Rules/ and Indicators/) against the 2023/24 annual report.
        .testTarget(
            name: "AssureSampleTests",
            dependencies: ["AssureEngine", "AssureReport", "AssureLanguage", "AssureData", "AssureAnalysis", "AssureTestSupport"],
            exclude: ["Golden"]
        ),
    ]
)
