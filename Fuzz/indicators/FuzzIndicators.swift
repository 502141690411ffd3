// The indicator file loader under libFuzzer: each input is an extract (`Indicators/fuzz.csv`,
// bytes as they are) alone in the indicator folder, read as a user would read it: `assure
// indicators` (the catalogue as text, or JSON when the input's length is odd, so both
// renderings are reached without reading every input twice), and the same bytes on standard
// input to `assure spc -` (the `period,value` series reader, which shares the loader). Every
// command must exit 0 or 1 and must not crash, hang or allocate without bound.
import Foundation

let workspace: FuzzWorkspace = {
    let made = FuzzWorkspace.make()
    // Removed at a normal exit (the end of a bounded run); a crash leaves it for run.sh.
    atexit { workspace.remove() }
    return made
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzIndicators(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = inputBytes(data, size)
    workspace.write(bytes, to: "Indicators/fuzz.csv")
    runAssure(["indicators", "--indicators", workspace.indicators, "--format", size % 2 == 0 ? "text" : "json"])
    runAssure(["spc", "-", "--format", "text"], input: bytes)
    return 0
}
