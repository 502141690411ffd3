import AssureData

/// A run of rule tests as JUnit XML (`assure test --junit FILE`), which CI servers read: one
/// `testsuite` per test file, one `testcase` per test, a `failure` for each test that failed
/// with expected against actual. Every text is escaped; no times are written, so the same run
/// gives the same bytes.
public enum JUnitReport {
    public static func render(_ run: RuleTestRun) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"assure test\" tests=\"\(run.results.count)\" failures=\"\(run.failedCount)\" errors=\"0\">\n"
        for file in run.files {
            let results = run.results.filter { $0.test.range.file == file }
            let failed = results.filter { !$0.passed }.count
            out += "  <testsuite name=\"\(escaped(file))\" tests=\"\(results.count)\" failures=\"\(failed)\" errors=\"0\" skipped=\"0\">\n"
            for result in results {
                let subject = result.test.subject.map { subject -> String in
                    switch subject.value {
                    case .measure(let name): return "measure." + name
                    case .outcome(let name): return "outcome." + name
                    }
                } ?? "test"
                out += "    <testcase name=\"\(escaped(result.test.name.value))\" classname=\"\(escaped(subject))\" "
                    + "file=\"\(escaped(file))\" line=\"\(result.test.range.start.line)\""
                guard let first = result.failures.first else {
                    out += "/>\n"
                    continue
                }
                out += ">\n"
                let message = "\(first.what): expected \(first.expected), actual \(first.actual)"
                var body = result.failures.map { "\($0.range.description): \($0.what)\n  expected: \($0.expected)\n  actual:   \($0.actual)" }
                    .joined(separator: "\n")
                if !result.explanation.isEmpty { body += "\n\n" + result.explanation }
                out += "      <failure message=\"\(escaped(message))\" type=\"expectation\">\(escaped(body, inAttribute: false))</failure>\n"
                out += "    </testcase>\n"
            }
            out += "  </testsuite>\n"
        }
        return out + "</testsuites>\n"
    }

    /// Text safe inside an XML attribute or element: the five markup characters as entities,
    /// and characters XML 1.0 cannot hold at all (most control characters) as U+FFFD.
    static func escaped(_ text: String, inAttribute: Bool = true) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&apos;"
            // Kept as characters in an element; as references in an attribute, whose line ends
            // a reader would otherwise turn into spaces.
            case "\n": out += inAttribute ? "&#10;" : "\n"
            case "\t": out += inAttribute ? "&#9;" : "\t"
            case "\r": out += "&#13;"
            default:
                let value = scalar.value
                let allowed = value >= 0x20 && !(0xFFFE...0xFFFF).contains(value)
                out.unicodeScalars.append(allowed ? scalar : "\u{FFFD}")
            }
        }
        return out
    }
}
