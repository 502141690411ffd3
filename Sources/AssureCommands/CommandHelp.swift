import Foundation
import AssureLanguage

/// One option or argument of a command, as `--help` and docs/commands.md describe it.
struct OptionHelp: Sendable {
    /// As typed: `--period`, `--check`, or an argument's placeholder (`MEASURE`, `FILE|-`).
    let name: String
    /// The value's placeholder (`P`, `DIR`, `md|text|html|json|csv`); nil for a flag.
    let value: String?
    /// What it does, and its default.
    let text: String

    /// Whether this is an option (`--name`) rather than a positional argument.
    var isOption: Bool { name.hasPrefix("-") }

    /// `--period P`, `--check`, `MEASURE`.
    var spelled: String { value.map { "\(name) \($0)" } ?? name }
}

/// Each command's options and an example: `assure CMD --help`, `assure help CMD`, the "did
/// you mean" of an unknown option, and docs/commands.md (which a test checks against this).
enum CommandHelp {
    static let rules = OptionHelp(name: "--rules", value: "DIR", text: "the folder of rules files (*.assure, in subfolders too); default Rules")
    static let indicators = OptionHelp(name: "--indicators", value: "DIR", text: "the folder of indicator extracts (*.csv); default Indicators")
    static let period = OptionHelp(name: "--period", value: "P",
                                   text: "the period to report on (2023/24, 2023/24 Q3, 2023-10, 2023); default the latest the measures' data covers")
    static let area = OptionHelp(name: "--area", value: "A", text: "the area to report on, as named in the data's area column; default the whole partnership")
    static let help = OptionHelp(name: "-h, --help", value: nil, text: "show this help and exit")

    /// `--all-areas`, `--areas`, `--jobs`: a run of many areas.
    private static func manyAreas(_ what: String) -> [OptionHelp] {
        [OptionHelp(name: "--all-areas", value: nil,
                    text: "judge every local authority in the data (every area where the data gives no levels; not England or the regions), the data loaded once: \(what)"),
         OptionHelp(name: "--areas", value: "A,B,…", text: "judge these areas (codes or names, separated by commas), as --all-areas does"),
         OptionHelp(name: "--jobs", value: "N", text: "with --all-areas or --areas: judge N areas at a time; default the processor cores (the output is the same bytes whatever N)")]
    }

    /// The options of the command named `name`, in the order shown, `--help` last.
    /// `--date`, on the commands that write the report.
    private static let date = OptionHelp(name: "--date", value: "YYYY-MM-DD", text: "the report's date; default the last day of the period")

    /// `--previous`, on the commands that write the report.
    private static func previous(default text: String) -> OptionHelp {
        OptionHelp(name: "--previous", value: "FILE",
                   text: "the previous report.json, for the appendix of what changed since then; \(text)")
    }

    static func options(of name: String) -> [OptionHelp] {
        let own: [OptionHelp]
        switch name {
        case "check":
            own = [OptionHelp(name: "FILE…", value: nil, text: "the rules files to check (with the indicator data), instead of a folder"),
                   rules, indicators,
                   OptionHelp(name: "--format", value: "text|json",
                              text: "text: every problem with its source line, on standard error (default); json: the diagnostics on standard output (schema assure-check/1, docs/check-json.md)")]
        case "fmt":
            own = [OptionHelp(name: "FILE…", value: nil, text: "the rules files to format, instead of a folder"),
                   OptionHelp(name: "--rules", value: "DIR", text: "the folder of rules files to format; default Rules"),
                   OptionHelp(name: "--check", value: nil, text: "change nothing: list the files that would change, and exit 1 if any would")]
        case "indicators":
            own = [indicators, OptionHelp(name: "--format", value: "text|json", text: "text (default) or json, on standard output")]
        case "explain":
            own = [OptionHelp(name: "MEASURE", value: nil, text: "the name of the measure to explain, as in the rules"),
                   period, area, OptionHelp(name: "--format", value: "text|json", text: "text (default) or json, on standard output"),
                   rules, indicators]
        case "report":
            own = [period, area] + manyAreas("each area's report.json on one line (JSON lines; needs --format json)") + [
                   OptionHelp(name: "--format", value: "md|text|html|json|csv|docx",
                              text: "the report's format (markdown and txt are also accepted; docx needs --output FILE); default md"),
                   OptionHelp(name: "--output", value: "FILE|-",
                              text: "write the report to FILE (atomically) instead of standard output; - is standard output"),
                   date, previous(default: "default none"), rules, indicators]
        case "run":
            own = [period, area] + manyAreas("a folder of reports for each area in --out, and the overview (overview.csv, .json, .md)") + [
                   OptionHelp(name: "--out", value: "DIR",
                              text: "the folder for the reports, replaced whole and atomically (a link is followed); default out"),
                   OptionHelp(name: "--formats", value: "md,text,html,json,csv,docx",
                              text: "write only these formats of the report (separated by commas); default every format. Without json, the next run has no report.json to say what changed"),
                   date, previous(default: "default the report.json already in the --out folder, when there is one; with --all-areas or --areas, the previous overview.json (default the one in --out), each area's report.json beside it"), rules, indicators]
        case "overview":
            own = [OptionHelp(name: "DIR…", value: nil, text: "the folders of the areas' reports, each holding the report.json of one 'assure run --area A --out DIR'"),
                   OptionHelp(name: "--out", value: "DIR", text: "the folder for overview.csv, overview.json and overview.md (each written atomically; the folder is made if need be); default the current folder"),
                   OptionHelp(name: "--previous", value: "FILE", text: "the previous overview.json, for the areas whose verdicts changed; default the overview.json already in --out, when there is one")]
        case "spc":
            own = [OptionHelp(name: "FILE|-", value: nil, text: "the period,value CSV file to chart; - reads standard input"),
                   OptionHelp(name: "--improvement", value: "increase|decrease|neutral", text: "which way is better; default increase"),
                   OptionHelp(name: "--target", value: "X", text: "a target for assurance; default none"),
                   OptionHelp(name: "--rebase", value: "P[,P…]", text: "recalculate the limits from these periods"),
                   OptionHelp(name: "--fix-after", value: "N", text: "limits from the first N values of each group (N at least 12); default every value"),
                   OptionHelp(name: "--no-screening", value: nil, text: "keep large moving ranges in the average; default screening on"),
                   OptionHelp(name: "--format", value: "text|json|csv", text: "text (default), json or csv, on standard output")]
        case "test":
            own = [OptionHelp(name: "FILE…", value: nil, text: "the rule test files to run (- reads standard input); default every *.assure-test under the rules folder"),
                   OptionHelp(name: "--rules", value: "DIR", text: "the folder of rules files, and of the tests beside them; default Rules"),
                   OptionHelp(name: "--junit", value: "FILE|-", text: "also write the results as JUnit XML to FILE (atomically) for CI; - writes it to standard output instead of the results"),
                   OptionHelp(name: "--format", value: "text|json", text: "text (default) or json (schema assure-test/1), on standard output")]
        default:
            own = []
        }
        return own + [help]
    }

    /// A command line to copy, for each command.
    static func example(of name: String) -> String {
        switch name {
        case "check": return "assure check --rules Rules --indicators Indicators"
        case "fmt": return "assure fmt --check"
        case "indicators": return "assure indicators --format json"
        case "explain": return "assure explain marac_repeats --period 2023/24"
        case "report": return "assure report --period 2023/24 --format html --output report.html"
        case "run": return "assure run --period 2023/24 --out out"
        case "overview": return "assure overview results/E08000001 results/E08000002 --out results"
        case "spc": return "assure spc referrals.csv --improvement decrease --target 120"
        case "test": return "assure test --junit rule-tests.xml"
        default: return "assure \(name)"
        }
    }

    /// `assure CMD --help`: usage, summary, every option described, an example.
    static func text(of command: Dispatcher.Command) -> String {
        let options = options(of: command.name)
        let width = options.map(\.spelled.count).max() ?? 0
        let lines = options.map { "  " + $0.spelled.padding(toLength: width + 2, withPad: " ", startingAt: 0) + $0.text }
        return """
            usage: \(command.usage)

            \(command.summary)

            Options:
            \(lines.joined(separator: "\n"))

            Example:
              \(example(of: command.name))

            """
    }

    /// "did you mean '--period'?" for an unknown option of the command named `name`.
    static func suggestion(forOption option: String, of name: String) -> String? {
        let bare = option.split(separator: "=", maxSplits: 1).first.map(String.init) ?? option
        let names = options(of: name).filter(\.isOption).flatMap { $0.name.components(separatedBy: ", ") }
        return Suggestions.closest(to: bare, among: names)
    }
}
