/// The body of `word/document.xml` as it is written: paragraphs in a style, bulleted items,
/// tables and section breaks. Text is escaped for XML and kept to characters XML allows.
struct WordBody {
    private(set) var xml = ""

    /// A4 in twentieths of a point, and one-inch margins.
    static let a4Short = 11906
    static let a4Long = 16838
    static let margin = 1440

    mutating func paragraph(_ text: String, style: String? = nil) {
        xml += "<w:p>" + (style.map { "<w:pPr><w:pStyle w:val=\"\($0)\"/></w:pPr>" } ?? "") + WordBody.run(text) + "</w:p>"
    }

    mutating func heading(_ text: String, level: Int) { paragraph(text, style: "Heading\(level)") }

    /// "Label: value" with the label in bold.
    mutating func labelled(_ label: String, _ value: String) {
        xml += "<w:p>" + WordBody.run(label + ": ", bold: true) + WordBody.run(value) + "</w:p>"
    }

    /// A real bulleted item (numbering 1) at `level` 0 or 1, with an optional bold lead-in;
    /// `keepNext` keeps it on the page of what follows (its chart).
    mutating func bullet(_ text: String, level: Int = 0, lead: String? = nil, keepNext: Bool = false) {
        xml += "<w:p><w:pPr><w:pStyle w:val=\"ListParagraph\"/>" + (keepNext ? "<w:keepNext/>" : "") + "<w:numPr><w:ilvl w:val=\"\(level)\"/><w:numId w:val=\"1\"/></w:numPr>"
            + (level > 0 ? "<w:ind w:left=\"1440\" w:hanging=\"360\"/>" : "") + "</w:pPr>"
            + (lead.map { WordBody.run($0, bold: true) } ?? "") + WordBody.run(text) + "</w:p>"
    }

    /// A table with a repeated header row; `widths` in twentieths of a point; each cell of
    /// `rows` is the runs of its paragraph (`WordBody.run`, `WordBody.picture`).
    mutating func table(header: [String], rows: [[String]], widths: [Int]) {
        xml += "<w:tbl><w:tblPr><w:tblStyle w:val=\"TableGrid\"/><w:tblW w:w=\"\(widths.reduce(0, +))\" w:type=\"dxa\"/>"
            + "<w:tblLayout w:type=\"fixed\"/><w:tblLook w:val=\"04A0\" w:firstRow=\"1\" w:lastRow=\"0\" w:firstColumn=\"1\" w:lastColumn=\"0\" w:noHBand=\"0\" w:noVBand=\"1\"/></w:tblPr>"
        xml += "<w:tblGrid>" + widths.map { "<w:gridCol w:w=\"\($0)\"/>" }.joined() + "</w:tblGrid>"
        xml += "<w:tr><w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" + zip(header, widths).map { cell(WordBody.run($0, bold: true), width: $1, shaded: true) }.joined() + "</w:tr>"
        for row in rows {
            xml += "<w:tr><w:trPr><w:cantSplit/></w:trPr>" + zip(row, widths).map { cell($0, width: $1, shaded: false) }.joined() + "</w:tr>"
        }
        xml += "</w:tbl>"
    }

    private func cell(_ runs: String, width: Int, shaded: Bool) -> String {
        "<w:tc><w:tcPr><w:tcW w:w=\"\(width)\" w:type=\"dxa\"/>" + (shaded ? "<w:shd w:val=\"clear\" w:color=\"auto\" w:fill=\"D9E2F3\"/>" : "")
            + "</w:tcPr><w:p>" + runs + "</w:p></w:tc>"
    }

    /// A paragraph of its own holding `picture` (`WordBody.picture`), indented `indent`
    /// twentieths of a point to sit under a list item, kept on one page.
    mutating func picture(_ picture: String, indent: Int) {
        xml += "<w:p><w:pPr><w:keepLines/><w:spacing w:after=\"200\"/><w:ind w:left=\"\(indent)\"/></w:pPr>" + picture + "</w:p>"
    }

    /// A picture in line with the text: the relationship `relationship` (an image part), `width`
    /// and `height` in EMU (914,400 to the inch), `description` its text alternative.
    static func picture(relationship: String, number: Int, width: Int, height: Int, description: String) -> String {
        "<w:r><w:drawing><wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\"><wp:extent cx=\"\(width)\" cy=\"\(height)\"/>"
            + "<wp:docPr id=\"\(number)\" name=\"Chart \(number)\" descr=\"\(escape(description))\"/>"
            + "<a:graphic><a:graphicData uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\"><pic:pic>"
            + "<pic:nvPicPr><pic:cNvPr id=\"\(number)\" name=\"chart\(number).png\"/><pic:cNvPicPr/></pic:nvPicPr>"
            + "<pic:blipFill><a:blip r:embed=\"\(relationship)\"/><a:stretch><a:fillRect/></a:stretch></pic:blipFill>"
            + "<pic:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/><a:ext cx=\"\(width)\" cy=\"\(height)\"/></a:xfrm><a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom></pic:spPr>"
            + "</pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>"
    }

    /// Ends the section so far as portrait A4; what follows starts on a new page.
    mutating func endPortraitSection() {
        xml += "<w:p><w:pPr><w:sectPr>" + WordBody.pageProperties(landscape: false) + "</w:sectPr></w:pPr></w:p>"
    }

    /// The last section's properties, which close the body.
    static func pageProperties(landscape: Bool) -> String {
        let size = landscape ? "<w:pgSz w:w=\"\(a4Long)\" w:h=\"\(a4Short)\" w:orient=\"landscape\"/>" : "<w:pgSz w:w=\"\(a4Short)\" w:h=\"\(a4Long)\"/>"
        return size + "<w:pgMar w:top=\"\(margin)\" w:right=\"\(margin)\" w:bottom=\"\(margin)\" w:left=\"\(margin)\" w:header=\"708\" w:footer=\"708\" w:gutter=\"0\"/>"
    }

    static func run(_ text: String, bold: Bool = false) -> String {
        "<w:r>" + (bold ? "<w:rPr><w:b/></w:rPr>" : "") + "<w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>"
    }

    /// `&`, `<`, `>` and `"` escaped; line ends as spaces; characters XML 1.0 forbids dropped
    /// (controls below U+0020, U+FFFE and U+FFFF). Over the UTF-8 bytes: every character
    /// changed is ASCII but U+FFFE and U+FFFF (EF BF BE, EF BF BF), and text with nothing to
    /// change comes back as it is.
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 < 0x20 || $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 || $0 == 0xEF }) else { return text }
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count + 16)
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                index += 1
                switch byte {
                case UInt8(ascii: "&"): out.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): out.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): out.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): out.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "\t"): out.append(UInt8(ascii: " "))
                case 0xEF where index + 1 < bytes.count && bytes[index] == 0xBF && (bytes[index + 1] == 0xBE || bytes[index + 1] == 0xBF):
                    index += 2
                default:
                    if byte >= 0x20 { out.append(byte) }
                }
            }
        }
        return String(decoding: out, as: UTF8.self)
    }
}
