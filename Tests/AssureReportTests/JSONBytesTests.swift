@testable import AssureData
@testable import AssureReport
import XCTest

/// The JSON writer over bytes gives the same text as the string writer it replaced
/// (`JSONText.string` for strings; the report goldens check whole documents).
final class JSONBytesTests: XCTestCase {
    func testStringsAreEscapedExactlyAsJSONTextEscapesThem() {
        let texts = ["", "plain", "quote \" and backslash \\", "line\nfeed\r\ncarriage\ttab", "<script>",
                     "separators \u{2028} and \u{2029}", "bell \u{07} escape \u{1B} unit \u{1F} delete \u{7F}",
                     "£12 — café, 👩‍👧", "\u{2027}\u{202A} near the separators", "ends with <"]
        for text in texts {
            var bytes: [UInt8] = []
            JSONValue.writeString(text, into: &bytes)
            XCTAssertEqual(String(decoding: bytes, as: UTF8.self), JSONText.string(text), text)
        }
        // Written out by hand: the escapes the report promises.
        var bytes: [UInt8] = []
        JSONValue.writeString("a\"b\\c\nd<e\u{2028}f\u{01}", into: &bytes)
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self), #""a\"b\\c\nd\u003ce\u2028f\u0001""#)
    }

    func testNestedValuesAreIndentedByTwoSpacesAndSmallOnesStayOnOneLine() {
        let value = JSONValue.fields([
            ("period", .fields([("code", .string("2023/24")), ("name", .string("2023/24"))])),
            ("values", .array([.number(1), .null, .number(2.5)])),
            ("rows", .array([.fields([("list", .array([.bool(true)])), ("empty", .array([]))])])),
        ])
        XCTAssertEqual(value.rendered(), """
            {
              "period": {"code": "2023/24", "name": "2023/24"},
              "values": [1, null, 2.5],
              "rows": [
                {
                  "list": [true],
                  "empty": []
                }
              ]
            }
            """)
    }
}
