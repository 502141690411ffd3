import Foundation

/// One CSV input to load: a file by its path, or bytes already in memory (standard input)
/// with the name diagnostics give them.
public struct IndicatorInput: Sendable {
    /// The path of the file, or the name of the bytes (`<stdin>`) in diagnostics.
    public var name: String
    /// The bytes, when they are in memory; nil to read the file at `name`.
    public var bytes: [UInt8]?
    /// Whether a file with `period` and `value` columns but no `indicator` column is read as
    /// one indicator named after its value column (as written: `value`, `Value`). Otherwise
    /// such a file is an error: in `Indicators/` it is a long file that lacks a column.
    public var acceptsPeriodValue: Bool

    /// The file at `path`.
    public static func file(_ path: String, acceptsPeriodValue: Bool = false) -> IndicatorInput {
        IndicatorInput(name: path, bytes: nil, acceptsPeriodValue: acceptsPeriodValue)
    }

    /// `bytes` in memory, named `name` in diagnostics.
    public static func bytes(_ bytes: [UInt8], name: String, acceptsPeriodValue: Bool = false) -> IndicatorInput {
        IndicatorInput(name: name, bytes: bytes, acceptsPeriodValue: acceptsPeriodValue)
    }
}

/// The outcome of loading indicator files: the data when there was no error, and every
/// diagnostic (errors and warnings) in file and line order.
public struct IndicatorLoadResult: Sendable {
    /// The data; nil when any diagnostic is an error, so nothing half-read is ever used.
    public let data: IndicatorData?
    public let diagnostics: [Diagnostic]

    public init(data: IndicatorData?, diagnostics: [Diagnostic]) {
        self.data = data
        self.diagnostics = diagnostics
    }
}

/// Loads the indicator extracts (`Indicators/*.csv`) into `IndicatorData`.
///
/// Every file is read to the end and every problem is reported, never just the first. Files
/// are only ever read. Periods that could be read two ways (`2011-12`) are settled by the
/// indicator's other periods, or else by `frequencyHints` (the frequencies the rules declare).
public enum IndicatorLoader {
    /// Loads every `*.csv` file directly in `directory`, in name order (other files and
    /// subfolders are ignored). Only regular files of at most `RegularFile.indicatorSizeLimit`
    /// are read: anything else named `*.csv` (a FIFO, a device, a broken link) is an error.
    public static func load(directory: String, frequencyHints: [String: Frequency] = [:]) -> IndicatorLoadResult {
        switch indicatorFiles(in: directory) {
        case .success(let files): return load(files: files, frequencyHints: frequencyHints)
        case .failure(let problem): return IndicatorLoadResult(data: nil, diagnostics: [problem.diagnostic])
        }
    }

    /// Loads the given CSV files, in the order given.
    public static func load(files: [String], frequencyHints: [String: Frequency] = [:]) -> IndicatorLoadResult {
        load(files.map { IndicatorInput.file($0) }, frequencyHints: frequencyHints)
    }

    /// Loads the given inputs, files or bytes, in the order given. Inputs in memory are never
    /// written anywhere: every diagnostic names them as `name` and points into their bytes.
    public static func load(_ inputs: [IndicatorInput], frequencyHints: [String: Frequency] = [:]) -> IndicatorLoadResult {
        load(inputs, frequencyHints: frequencyHints, parallelism: .automatic)
    }

    /// Loads the inputs, a large file on up to `parallelism.parts` threads (the outcome is the
    /// same on any number).
    static func load(_ inputs: [IndicatorInput], frequencyHints: [String: Frequency] = [:],
                     parallelism: IngestParallelism) -> IndicatorLoadResult {
        var inMemory: [String: [UInt8]] = [:]
        for input in inputs { if let bytes = input.bytes { inMemory[input.name] = bytes } }
        return CSVFileReader.$inMemory.withValue(inMemory) {
            var builder = IndicatorStoreBuilder()
            builder.files = inputs.map(\.name)
            for (index, input) in inputs.enumerated() {
                var loader = IndicatorFileLoader(input, fileIndex: index)
                loader.load(into: &builder, parallelism: parallelism)
            }
            return builder.finish(frequencyHints: frequencyHints)
        }
    }

    /// Why a folder gives no files to load.
    struct FolderProblem: Error {
        let diagnostic: Diagnostic
    }

    /// The paths of the `*.csv` files directly in `directory`, sorted by name.
    static func indicatorFiles(in directory: String) -> Result<[String], FolderProblem> {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            return .failure(FolderProblem(diagnostic: .error(
                "the indicator folder '\(directory)' does not exist", at: nil,
                help: "put the indicator extracts (CSV files) in a folder named Indicators, or name the folder they are in")))
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        let prefix = directory.hasSuffix("/") ? directory : directory + "/"
        // An EES download's `x.meta.csv` describes `x.csv`: it is read with it, not as data.
        let files = names.filter { $0.lowercased().hasSuffix(".csv") && !$0.lowercased().hasSuffix(".meta.csv") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
            .map { prefix + $0 }
            .filter { path in
                // Folders (and links to folders) are passed over; anything else named *.csv is
                // loaded, so that a FIFO, a device or a broken link is refused by name.
                var isFolder: ObjCBool = false
                return !(FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && isFolder.boolValue)
            }
        guard !files.isEmpty else {
            return .failure(FolderProblem(diagnostic: .error(
                "the indicator folder '\(directory)' has no CSV files", at: nil,
                help: "save each extract as a .csv file in this folder")))
        }
        return .success(files)
    }
}
