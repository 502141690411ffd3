/// A zlib stream compressed with deflate's fixed Huffman codes (RFC 1951, 3.2.6), finding only
/// the repeats a chart is made of: runs of one byte (distance 1) and a row like the one above
/// (distance `rowLength`). A chart of mostly background shrinks to a few per cent, with no
/// compression library.
enum FixedDeflate {
    /// The zlib stream (header, one final fixed-Huffman block, Adler-32) of `data`, whose rows
    /// are `rowLength` bytes long (0 when it has no rows).
    static func zlib(_ data: [UInt8], rowLength: Int = 0) -> [UInt8] {
        var bits = BitWriter()
        bits.write(1, count: 1)         // BFINAL
        bits.write(1, count: 2)         // BTYPE 01: fixed Huffman codes
        var index = 0
        while index < data.count {
            var best = (length: 0, distance: 0)
            for distance in [1, rowLength] where distance > 0 && distance <= index && distance <= 32_768 {
                var length = 0
                while length < 258, index + length < data.count, data[index + length] == data[index + length - distance] { length += 1 }
                if length > best.length { best = (length, distance) }
            }
            if best.length >= 3 {
                writeLength(best.length, into: &bits)
                writeDistance(best.distance, into: &bits)
                index += best.length
            } else {
                writeLiteral(Int(data[index]), into: &bits)
                index += 1
            }
        }
        writeLiteral(256, into: &bits)  // end of block
        var out: [UInt8] = [0x78, 0x01]
        out += bits.padded
        let adler = PNGImage.adler32(data)
        out += [UInt8(adler >> 24), UInt8((adler >> 16) & 0xFF), UInt8((adler >> 8) & 0xFF), UInt8(adler & 0xFF)]
        return out
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                        4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// A literal/length symbol in its fixed code: 0–143 in 8 bits from 0x30, 144–255 in 9 bits
    /// from 0x190, 256–279 in 7 bits from 0, 280–287 in 8 bits from 0xC0.
    private static func writeLiteral(_ symbol: Int, into bits: inout BitWriter) {
        switch symbol {
        case 0...143: bits.writeCode(0x30 + symbol, count: 8)
        case 144...255: bits.writeCode(0x190 + symbol - 144, count: 9)
        case 256...279: bits.writeCode(symbol - 256, count: 7)
        default: bits.writeCode(0xC0 + symbol - 280, count: 8)
        }
    }

    private static func writeLength(_ length: Int, into bits: inout BitWriter) {
        let code = (lengthBases.lastIndex { $0 <= length }) ?? 0
        writeLiteral(257 + code, into: &bits)
        bits.write(length - lengthBases[code], count: lengthExtra[code])
    }

    private static func writeDistance(_ distance: Int, into bits: inout BitWriter) {
        let code = (distanceBases.lastIndex { $0 <= distance }) ?? 0
        bits.writeCode(code, count: 5)
        bits.write(distance - distanceBases[code], count: distanceExtra[code])
    }
}

/// Bits packed into bytes as deflate packs them: least significant bit first, Huffman codes
/// most significant bit first.
private struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt32 = 0
    private var filled = 0

    /// `count` bits of `value`, lowest first (header fields and extra bits).
    mutating func write(_ value: Int, count: Int) {
        for bit in 0..<count { push((value >> bit) & 1) }
    }

    /// A Huffman code of `count` bits, highest first.
    mutating func writeCode(_ code: Int, count: Int) {
        for bit in stride(from: count - 1, through: 0, by: -1) { push((code >> bit) & 1) }
    }

    private mutating func push(_ bit: Int) {
        current |= UInt32(bit) << UInt32(filled)
        filled += 1
        if filled == 8 { flush() }
    }

    private mutating func flush() {
        bytes.append(UInt8(current & 0xFF))
        current = 0
        filled = 0
    }

    /// The bytes, the last one padded with zeros.
    var padded: [UInt8] {
        filled > 0 ? bytes + [UInt8(current & 0xFF)] : bytes
    }
}
