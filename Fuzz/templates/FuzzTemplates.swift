// The narrative templates and the report's section files under libFuzzer. An input is
//
//   SLOT TEMPLATE \n SECTION TEXT…
//
// Its first byte (modulo 12; the seeds use 0–9, : and ;) chooses the clause the template is
// written into (a `say` of a measure that is doing well, to explore, to note or below its
// minimum base, on a count or a percentage, judged by SPC, or a `notice` that fires), the rest
// of the first line is the template, written between the quotes as it is (a quote in it ends
// the string early, as it would in a rules file), and everything after the first line end is
// `sections/fuzz.md`, the file every section the sub-group writes (1, 4.2, 4.3, 5, 6) comes
// from. The partnership around them is fixed (Fuzz/templates/partnership: a report block, a
// priority, monthly data that rises steadily so every notice fires). Then `assure check`, and
// when it is clean `assure run`: the report in every format (Markdown, text, HTML, JSON, CSV,
// Word), each rendering the sentences and the sections.
import Foundation

let workspace: FuzzWorkspace = {
    let made = FuzzWorkspace.make()
    made.copy(filesEndingIn: ".assure", from: "Fuzz/templates/partnership/Rules", to: "Rules")
    made.copy(filesEndingIn: ".csv", from: "Fuzz/templates/partnership/Indicators", to: "Indicators")
    // Removed at a normal exit (the end of a bounded run); a crash leaves it for run.sh.
    atexit { workspace.remove() }
    return made
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTemplates(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    let bytes = inputBytes(data, size)
    let slot = Int(bytes.first ?? 0)
    let firstLine = bytes.dropFirst().prefix(while: { $0 != 0x0A })
    let section = bytes.dropFirst(1 + firstLine.count + 1)
    workspace.write(measures(template: String(decoding: firstLine, as: UTF8.self), slot: slot), to: "Rules/measures.assure")
    workspace.write(Array(section), to: "Rules/sections/fuzz.md")
    let partnership = ["--rules", workspace.rules, "--indicators", workspace.indicators]
    if runAssure(["check"] + partnership).status == 0 {
        runAssure(["run", "--out", workspace.root + "/out"] + partnership)
    }
    return 0
}

/// The measures, with `template` in the clause numbered `slot` (modulo the number of
/// clauses) and a sentence that checks clean in every other.
func measures(template: String, slot: Int) -> String {
    var clause = 0
    func sentence(_ usual: String) -> String {
        defer { clause += 1 }
        return "\"" + (clause == slot % 12 ? template : usual) + "\""
    }
    return """
    measure contacts_well {
      priority safety
      value contacts over financial year
      compare with previous period
      compare with target 20000
      compare with benchmark contacts_england "England"
      ignore chance
      doing well when value > 0
      say doing well \(sentence("Contacts {change.direction|direction('rose', 'fell')} by {change.percent|abs|round(1)} to {value} in {period}, against {benchmark.value} for {benchmark.name}."))
    }

    measure contacts_monthly {
      priority safety
      value contacts
      compare with previous period
      ignore chance
      doing well when value > 0
      say doing well "{value} in {period}."
      notice trend since 2022-04 \(sentence("Contacts have {trend.direction} since {trend.since}, by {trend.slope|round(1)} a month (p = {trend.p})."))
      notice record high within 36 months \(sentence("The {record.kind} for three years: {record.value} in {record.period}."))
      notice run of 3 \(sentence("{run.length|words} rises in a row."))
    }

    measure contacts_explore {
      title "Contacts, to explore"
      priority safety
      value contacts over financial year
      compare with same period last year
      ignore chance
      explore when value > 0
      say explore \(sentence("{title} in {area}: {value|plural('contact')}, {change|abs} {change.direction} from {comparison.value} in {comparison.period}."))
    }

    measure contacts_note {
      priority safety
      value contacts over financial year
      compare with target 20000
      to note when value > 0
      say to note \(sentence("{value} against a target of {target}: {classification}, {reason}."))
    }

    measure contacts_spc {
      priority safety
      value contacts
      judge by spc baseline 12 points
      say doing well \(sentence("{spc.signal}: the mean is {spc.mean|round(0)} ({spc.lower}–{spc.upper})."))
      say explore \(sentence("{spc.verdict} ({spc.rule}) in {period}."))
      say to note \(sentence("{spc.signal} in {period}."))
    }

    measure neglect_share {
      priority safety
      value neglect_share over financial year
      compare with previous period
      ignore chance
      doing well when change <= 0 points
      explore when change > 0 points
      say doing well \(sentence("The share fell by {change.points|abs|round(1)} ({change.absolute}) to {value|percent}, from {comparison.value|from}."))
      say explore \(sentence("The share rose by {change|points} to {value}."))
    }

    measure contacts_small {
      priority safety
      value contacts over financial year
      compare with previous period
      minimum base 1000000
      doing well when change < 0%
      say doing well "{value}."
      say small numbers \(sentence("Too few contacts in {period} to judge ({base} of {classification}): {reason}."))
    }

    """
}
