/// The columns of a DfE explore-education-statistics (EES) tidy file, read from its header:
/// `time_period,time_identifier,geographic_level,country_code,country_name,region_code,
/// region_name,old_la_code,new_la_code,la_name, <filters>, <indicators>`.
///
/// Time and geography columns are known by name; every other column is a filter or an
/// indicator, which the first reading of the file settles (`EESColumnSurvey`).
struct EESLayout {
    var timePeriod: Int
    var timeIdentifier: Int
    var geographicLevel: Int
    var countryCode: Int?
    var countryName: Int?
    var regionCode: Int?
    var regionName: Int?
    var oldLACode: Int?
    var newLACode: Int?
    var laName: Int?
    /// The columns that are neither time nor geography, with their names as written.
    var others: [(field: Int, name: String)]

    /// Geography columns EES files may carry beside the ones Assure reads; never a filter.
    static let otherGeographyColumns: Set<String> = [
        "lad_code", "lad_name", "pcon_code", "pcon_name", "ward_code", "ward_name",
        "local_enterprise_partnership_code", "local_enterprise_partnership_name",
        "english_devolved_area_code", "english_devolved_area_name", "opportunity_area_code",
        "opportunity_area_name", "rsc_region_lead_name", "new_la_code_2", "la_code",
    ]

    /// Whether a header (names in lower case) is an EES tidy file's.
    static func matches(_ lowered: [String]) -> Bool {
        lowered.contains("time_period") && lowered.contains("time_identifier") && lowered.contains("geographic_level")
    }

    init?(names: [String]) {
        let lowered = names.map { $0.lowercased() }
        func field(_ name: String) -> Int? { lowered.firstIndex(of: name) }
        guard let timePeriod = field("time_period"), let timeIdentifier = field("time_identifier"),
              let level = field("geographic_level") else { return nil }
        self.timePeriod = timePeriod
        self.timeIdentifier = timeIdentifier
        self.geographicLevel = level
        countryCode = field("country_code")
        countryName = field("country_name")
        regionCode = field("region_code")
        regionName = field("region_name")
        oldLACode = field("old_la_code")
        newLACode = field("new_la_code")
        laName = field("la_name")
        let known: Set<Int> = Set([timePeriod, timeIdentifier, level, countryCode, countryName, regionCode, regionName,
                                   oldLACode, newLACode, laName].compactMap { $0 })
        others = names.indices.filter { !known.contains($0) && !EESLayout.otherGeographyColumns.contains(lowered[$0]) }
            .map { ($0, names[$0]) }
    }

    /// The code and name columns of an area at `level`.
    func columns(for level: GeographicLevel) -> (code: Int?, name: Int?, codeName: String) {
        switch level {
        case .national: return (countryCode, countryName, "country_code")
        case .regional: return (regionCode, regionName, "region_code")
        case .localAuthority, .unstated: return (newLACode, laName, "new_la_code")
        }
    }
}

/// The period an EES row is for, from its `time_period` and `time_identifier`, written as
/// Assure's period code (`2024/25`, `AY2024/25`, `2023/24 Q2`, `2023-10`, `2024`).
enum EESTime {
    static let readable = "Reporting year, Financial year, Financial year Q1 to Q4, Academic year, Calendar year and the months January to December"

    /// The period code, or a message and help when the pair is not a period Assure reads.
    static func code(timePeriod: String, identifier: String) -> Result<String, EESTimeProblem> {
        let kind = identifier.trimmingSpaces().lowercased()
        let digits = timePeriod.trimmingSpaces()
        guard !digits.isEmpty, digits.allSatisfy(\.isASCIIDigit) else {
            return .failure(EESTimeProblem(
                message: "time_period '\(QuotedText.bounded(digits))' is not a year as EES writes it",
                help: "EES writes a year as 2024 and a financial or academic year as 202425"))
        }
        func year() -> Int? { digits.count == 4 ? Int(digits) : nil }
        /// `202425` → 2024, when the second year follows the first.
        func pair() -> Int? {
            guard digits.count == 6, let start = Int(digits.prefix(4)), let end = Int(digits.suffix(2)),
                  end == (start + 1) % 100 else { return nil }
            return start
        }
        switch kind {
        case "reporting year":
            // The year to 31 March: reporting year 2025 is the financial year 2024/25.
            guard let year = year() else { return .failure(shape(digits, identifier, "2025 (the year to 31 March 2025)")) }
            return .success(Period.financialYear(FinancialYear(startYear: year - 1)).code)
        case "financial year":
            guard let start = pair() else { return .failure(shape(digits, identifier, "202324 (April 2023 to March 2024)")) }
            return .success(Period.financialYear(FinancialYear(startYear: start)).code)
        case "academic year":
            guard let start = pair() else { return .failure(shape(digits, identifier, "202425 (September 2024 to August 2025)")) }
            return .success(Period.academicYear(startYear: start).code)
        case "calendar year":
            guard let year = year() else { return .failure(shape(digits, identifier, "2024")) }
            return .success(Period.calendarYear(year).code)
        case "financial year q1", "financial year q2", "financial year q3", "financial year q4":
            guard let start = pair() else { return .failure(shape(digits, identifier, "202324")) }
            guard let number = kind.last?.wholeNumberValue,
                  let quarter = FinancialQuarter(financialYear: FinancialYear(startYear: start), quarter: number) else {
                return .failure(shape(digits, identifier, "202324"))
            }
            return .success(Period.quarter(quarter).code)
        default:
            if let month = Month.number(named: kind), kind.count > 3 || kind == "may" {
                guard let year = year(), let value = Month(year: year, month: month) else {
                    return .failure(shape(digits, identifier, "2024"))
                }
                return .success(value.code)
            }
            return .failure(EESTimeProblem(
                message: "time_identifier '\(QuotedText.bounded(identifier.trimmingSpaces()))' is a kind of period Assure does not read",
                help: "Assure reads \(readable); weekly and term-time figures need to be summed to one of those first"))
        }
    }

    private static func shape(_ digits: String, _ identifier: String, _ example: String) -> EESTimeProblem {
        let kind = identifier.trimmingSpaces().lowercased()
        let article = kind.first.map { "aeiou".contains($0) } == true ? "an" : "a"
        return EESTimeProblem(message: "time_period '\(QuotedText.bounded(digits))' is not \(article) \(kind) as EES writes it",
                              help: "EES writes \(article) \(kind) as \(example)")
    }
}

/// Why an EES row's time columns are not a period Assure reads.
struct EESTimeProblem: Error {
    let message: String
    let help: String
}
