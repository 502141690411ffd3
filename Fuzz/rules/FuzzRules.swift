// The rules pipeline under libFuzzer: each input is a rules file (`Rules/fuzz.assure`, bytes
// as they are, not necessarily UTF-8) beside a fixed `Rules/report.assure` (the sample's
// report block and context indicators, without its headlines and section files, which name
// measures and files of the other sample rules), over the sample's indicator data in one file
// (Fuzz/rules/partnership/Indicators/sample.csv: every indicator, from April 2022; one file
// rather than twelve keeps each run fast). Then, as a user would: `assure check` (text or
// JSON), `assure fmt --check` on the file, and when the rules check clean, `assure report
// --format json` (evaluation). Every command must exit 0 or 1 and must not crash, hang or
// allocate without bound.
import Foundation

let workspace: FuzzWorkspace = {
    let made = FuzzWorkspace.make()
    made.copy(filesEndingIn: ".csv", from: "Fuzz/rules/partnership/Indicators", to: "Indicators")
    let report = made.repositoryText("Rules/report.assure")
        .split(separator: "\n", omittingEmptySubsequences: false)
        .filter { line in !["headlines", "section"].contains(where: { line.hasPrefix("  " + $0 + " ") }) }
        .joined(separator: "\n")
    made.write(report, to: "Rules/report.assure")
    // Removed at a normal exit (the end of a bounded run); a crash leaves it for run.sh.
    atexit { workspace.remove() }
    return made
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzRules(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let file = "Rules/fuzz.assure"
    workspace.write(inputBytes(data, size), to: file)
    let partnership = ["--rules", workspace.rules, "--indicators", workspace.indicators]
    // Text, or JSON when the input's length is odd: both renderings of the diagnostics are
    // reached without checking every input twice.
    let check = runAssure(["check", "--format", size % 2 == 0 ? "text" : "json"] + partnership)
    runAssure(["fmt", "--check", workspace.root + "/" + file])
    if check.status == 0 {
        runAssure(["report", "--format", "json"] + partnership)
    }
    return 0
}
