/// A report's files, named and rendered one at a time as they are reached (from
/// `ReportBatch.files`): a caller that writes each file as it comes holds one format of the
/// report in memory, never all of them.
public struct ReportFiles: Sequence {
    let document: ReportDocument
    /// The files' names, in `ReportBatch.fileNames` order; known before anything is rendered.
    let names: [String]

    public func makeIterator() -> Iterator {
        Iterator(document: document, names: names)
    }

    /// Renders each file as it is asked for.
    public struct Iterator: IteratorProtocol {
        let document: ReportDocument
        let names: [String]
        var index = 0

        public mutating func next() -> (name: String, bytes: [UInt8])? {
            guard index < names.count else { return nil }
            let name = names[index]
            index += 1
            return (name, ReportFiles.render(name, document))
        }
    }

    /// The bytes of the file `name`: the Word document or a `ReportFormat`'s file.
    static func render(_ name: String, _ document: ReportDocument) -> [UInt8] {
        if name == DocxReport.fileName { return DocxReport.render(document) }
        return ReportFormat.allCases.first { $0.fileName == name }.map { $0.bytes(document) } ?? []
    }
}
