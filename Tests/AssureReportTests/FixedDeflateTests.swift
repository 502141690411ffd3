import AssureTestSupport
import XCTest
@testable import AssureReport

/// The fast deflate gives the very bytes of the plain one it replaced (kept here as the
/// reference, written symbol by symbol and bit by bit as RFC 1951 3.2.6 says), so every PNG in
/// a Word document is unchanged; and the checksums agree with their bytewise definitions.
final class FixedDeflateTests: XCTestCase {
    func testAHeadlineChartCompressesToTheReferenceBytes() throws {
        let document = try ReportTemplateTests.document(headlines: ["marac", "momo", "csa_confidence"])
        let charts = DocxReport.headlineCharts(document)
        XCTAssertEqual(charts.count, 3)
        for chart in charts {
            let image = ChartPNG.image(chart)
            let raw = Self.scanlines(image)
            XCTAssertEqual(FixedDeflate.zlib(raw, rowLength: image.width + 1), ReferenceDeflate.zlib(raw, rowLength: image.width + 1), chart.title)
        }
    }

    func testAppendixChartsCompressToTheReferenceBytes() throws {
        let document = try ReportTemplateTests.document(headlines: ["marac"])
        for row in document.measures {
            guard let image = ChartPicture.image(row.chart) else { continue }
            let raw = Self.scanlines(image)
            XCTAssertEqual(FixedDeflate.zlib(raw, rowLength: image.width + 1), ReferenceDeflate.zlib(raw, rowLength: image.width + 1), row.title)
        }
    }

    /// Random bytes from a few values (so that runs and repeated rows occur, of every length up
    /// to past 258) with rows of several lengths, and the edge cases: nothing, one byte, rows
    /// of one byte, rows longer than deflate's 32,768-byte window.
    func testRandomRowsCompressToTheReferenceBytes() {
        var random = SplitMix(seed: 16)
        for rowLength in [0, 1, 2, 7, 271, 781] {
            for alphabet in [1, 2, 3, 256] {
                let count = Int(random.next() % 5_000)
                var data: [UInt8] = []
                while data.count < count {
                    let byte = UInt8(random.next() % UInt64(alphabet))
                    let run = random.next() % 4 == 0 ? Int(random.next() % 400) : 1
                    data += Array(repeating: byte, count: run)
                    if rowLength > 0, data.count > rowLength, random.next() % 3 == 0 {
                        data += data[(data.count - rowLength)...].prefix(Int(random.next() % UInt64(2 * rowLength)))
                    }
                }
                XCTAssertEqual(FixedDeflate.zlib(data, rowLength: rowLength), ReferenceDeflate.zlib(data, rowLength: rowLength),
                               "rows of \(rowLength), \(alphabet) values, \(data.count) bytes")
            }
        }
        XCTAssertEqual(FixedDeflate.zlib([]), ReferenceDeflate.zlib([]))
        XCTAssertEqual(FixedDeflate.zlib([7]), ReferenceDeflate.zlib([7]))
        let wide = (0..<70_000).map { UInt8($0 % 40_000 < 300 ? 1 : 0) }
        XCTAssertEqual(FixedDeflate.zlib(wide, rowLength: 40_000), ReferenceDeflate.zlib(wide, rowLength: 40_000))
    }

    /// Adler-32 reduced every mebibyte against reduced every byte (the definition), over
    /// 100,000 bytes of 255 (the largest sums) and of random bytes, and 3 MB mostly of zeros.
    func testAdler32AgreesWithTheBytewiseDefinition() {
        func bytewise(_ data: [UInt8]) -> UInt32 {
            var a: UInt32 = 1, b: UInt32 = 0
            for byte in data {
                a = (a + UInt32(byte)) % 65_521
                b = (b + a) % 65_521
            }
            return b << 16 | a
        }
        var random = SplitMix(seed: 5_552)
        let noise = (0..<100_000).map { _ in UInt8(random.next() & 0xFF) }
        let full = [UInt8](repeating: 255, count: 100_000)
        XCTAssertEqual(PNGImage.adler32(noise), bytewise(noise))
        XCTAssertEqual(PNGImage.adler32(full), bytewise(full))
        // 3 MB mostly of zeros (eight at a time) with a byte here and there, past three reductions.
        let sparse = (0..<3_000_000).map { _ in random.next() % 50 == 0 ? UInt8(random.next() & 0xFF) : 0 }
        XCTAssertEqual(PNGImage.adler32(sparse), bytewise(sparse))
        XCTAssertEqual(PNGImage.adler32([]), 1)
    }

    /// Runs added at once (as deflate adds a match at distance 1) give the sums of their bytes
    /// added one at a time, over 3 MB of runs of up to 258 bytes of 255 and of random bytes,
    /// past the reductions after each mebibyte.
    func testAdler32OfRunsAgreesWithTheirBytes() {
        var random = SplitMix(seed: 258)
        var bytes: [UInt8] = []
        var sum = Adler32()
        while bytes.count < 3_000_000 {
            let byte = random.next() % 2 == 0 ? 255 : UInt8(random.next() & 0xFF)
            let count = Int(random.next() % 258) + 1
            if random.next() % 2 == 0 {
                sum.add(run: byte, count: count)
            } else {
                for _ in 0..<count { sum.add(byte) }
            }
            bytes += Array(repeating: byte, count: count)
        }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in bytes {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        XCTAssertEqual(sum.value, b << 16 | a)
    }

    /// CRC-32 eight bytes a step against a byte at a time (the definition), over every length
    /// from 0 to 40 (each split of the eight-byte steps and the rest) and 100,000 random bytes.
    func testCRC32AgreesWithTheBytewiseDefinition() {
        func bytewise(_ data: [UInt8]) -> UInt32 {
            var crc: UInt32 = 0xFFFF_FFFF
            for byte in data {
                crc ^= UInt32(byte)
                for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
            }
            return crc ^ 0xFFFF_FFFF
        }
        var random = SplitMix(seed: 32)
        let noise = (0..<100_000).map { _ in UInt8(random.next() & 0xFF) }
        for length in 0...40 { XCTAssertEqual(CRC32.checksum(Array(noise.prefix(length))), bytewise(Array(noise.prefix(length))), "\(length) bytes") }
        XCTAssertEqual(CRC32.checksum(noise), bytewise(noise))
    }

    /// The filtered rows the PNG compresses: a filter byte 0 before each row of pixels, read
    /// pixel by pixel.
    static func scanlines(_ image: PNGImage) -> [UInt8] {
        (0..<image.height).flatMap { row in [0] + (0..<image.width).map { image[$0, row] } }
    }

    /// The picture is kept as the PNG's rows: each row a filter byte 0 and its pixels.
    func testThePictureIsKeptAsThePNGsRows() throws {
        let document = try ReportTemplateTests.document(headlines: ["momo"])
        let image = ChartPNG.image(try XCTUnwrap(DocxReport.headlineCharts(document).first))
        XCTAssertEqual(image.scanlines, Self.scanlines(image))
    }
}

/// The plain deflate Assure wrote before (the greedy search over distances 1 and `rowLength`,
/// distance 1 first, each symbol's code found by search and written a bit at a time).
private enum ReferenceDeflate {
    static func zlib(_ data: [UInt8], rowLength: Int = 0) -> [UInt8] {
        var bits: [Int] = [1, 1, 0]
        func write(_ value: Int, count: Int) { for bit in 0..<count { bits.append((value >> bit) & 1) } }
        func code(_ code: Int, count: Int) { for bit in stride(from: count - 1, through: 0, by: -1) { bits.append((code >> bit) & 1) } }
        func literal(_ symbol: Int) {
            switch symbol {
            case 0...143: code(0x30 + symbol, count: 8)
            case 144...255: code(0x190 + symbol - 144, count: 9)
            case 256...279: code(symbol - 256, count: 7)
            default: code(0xC0 + symbol - 280, count: 8)
            }
        }
        let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
        let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
        let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                             4097, 6145, 8193, 12289, 16385, 24577]
        let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]
        var index = 0
        while index < data.count {
            var best = (length: 0, distance: 0)
            for distance in [1, rowLength] where distance > 0 && distance <= index && distance <= 32_768 {
                var length = 0
                while length < 258, index + length < data.count, data[index + length] == data[index + length - distance] { length += 1 }
                if length > best.length { best = (length, distance) }
            }
            if best.length >= 3 {
                let lengthCode = lengthBases.lastIndex { $0 <= best.length } ?? 0
                literal(257 + lengthCode)
                write(best.length - lengthBases[lengthCode], count: lengthExtra[lengthCode])
                let distanceCode = distanceBases.lastIndex { $0 <= best.distance } ?? 0
                code(distanceCode, count: 5)
                write(best.distance - distanceBases[distanceCode], count: distanceExtra[distanceCode])
                index += best.length
            } else {
                literal(Int(data[index]))
                index += 1
            }
        }
        literal(256)
        var out: [UInt8] = [0x78, 0x01]
        for start in stride(from: 0, to: bits.count, by: 8) {
            out.append(UInt8(bits[start..<min(start + 8, bits.count)].enumerated().reduce(0) { $0 | $1.element << $1.offset }))
        }
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        let adler = b << 16 | a
        return out + [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
    }
}
