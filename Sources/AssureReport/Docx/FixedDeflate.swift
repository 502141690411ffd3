/// A zlib stream compressed with deflate's fixed Huffman codes (RFC 1951, 3.2.6), finding only
/// the repeats a chart is made of: runs of one byte (distance 1) and a row like the one above
/// (distance `rowLength`). A chart of mostly background shrinks to a few per cent, with no
/// compression library.
///
/// The search is greedy: at each byte the longer of the two repeats (distance 1 when they are
/// equal), taken when it is at least 3 bytes, else the byte as a literal. It runs over the
/// bytes' buffer with precomputed codes, so a chart of some hundred thousand pixels costs a
/// few passes over its bytes and no allocation a byte.
enum FixedDeflate {
    /// The zlib stream (header, one final fixed-Huffman block, Adler-32) of `data`, whose rows
    /// are `rowLength` bytes long (0 when it has no rows).
    static func zlib(_ data: [UInt8], rowLength: Int = 0) -> [UInt8] {
        var bits = BitWriter(capacity: data.count / 4 + 64)
        bits.write(1, count: 1)         // BFINAL
        bits.write(1, count: 2)         // BTYPE 01: fixed Huffman codes
        let row = rowLength > 1 && rowLength <= 32_768 ? rowLength : 0
        var adler = Adler32()
        literalCodes.withUnsafeBufferPointer { literals in
            lengthCodes.withUnsafeBufferPointer { lengths in
                data.withUnsafeBufferPointer { bytes in
                    block(bytes, row: row, literals: literals, lengths: lengths, into: &bits, adler: &adler)
                }
            }
        }
        let end = literalCodes[256]     // end of block
        bits.write(Int(end.code), count: Int(end.count))
        var out: [UInt8] = [0x78, 0x01]
        out += bits.padded
        let checksum = adler.value
        out += [UInt8(checksum >> 24), UInt8((checksum >> 16) & 0xFF), UInt8((checksum >> 8) & 0xFF), UInt8(checksum & 0xFF)]
        return out
    }

    /// The block's symbols for `bytes`: the greedy search over runs (distance 1) and rows
    /// (distance `row`, 0 for none); each byte is added to the checksum as it is coded.
    private static func block(_ bytes: UnsafeBufferPointer<UInt8>, row: Int, literals: UnsafeBufferPointer<(code: UInt16, count: UInt8)>,
                              lengths: UnsafeBufferPointer<(symbol: UInt16, extra: UInt16, extraCount: UInt8)>, into bits: inout BitWriter,
                              adler: inout Adler32) {
        let rowDistance = row > 0 ? distanceCode(row) : (code: 0, extra: 0, extraCount: 0)
        let count = bytes.count
        var index = 0
        while index < count {
            let limit = min(258, count - index)
            // Distance 1: a run of the byte before.
            let runLength = index >= 1 ? matchLength(bytes, at: index, distance: 1, limit: limit) : 0
            // Distance `row`: the same bytes as the row above; it can only win when strictly
            // longer, so not when the run is already as long as a match can be.
            let rowMatch = row > 0 && index >= row && runLength < limit ? matchLength(bytes, at: index, distance: row, limit: limit) : 0
            guard runLength >= 3 || rowMatch >= 3 else {
                let literal = literals[Int(bytes[index])]
                bits.write(Int(literal.code), count: Int(literal.count))
                adler.add(bytes[index])
                index += 1
                continue
            }
            // The row only when strictly longer: distance 1 wins a tie.
            let byRow = rowMatch > runLength
            let length = byRow ? rowMatch : runLength
            let symbol = lengths[length]
            let code = literals[Int(symbol.symbol)]
            bits.write(Int(code.code), count: Int(code.count))
            bits.write(Int(symbol.extra), count: Int(symbol.extraCount))
            if byRow {
                bits.write(rowDistance.code, count: 5)
                bits.write(rowDistance.extra, count: rowDistance.extraCount)
                adler.add(UnsafeBufferPointer(rebasing: bytes[index..<(index + length)]))
            } else {
                bits.write(0, count: 5)         // distance 1: code 0, no extra bits
                adler.add(run: bytes[index - 1], count: length)
            }
            index += length
        }
    }

    /// How many bytes from `index` (at most `limit`) equal those `distance` before them,
    /// compared eight at a time.
    private static func matchLength(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int, distance: Int, limit: Int) -> Int {
        guard let base = bytes.baseAddress else { return 0 }
        let raw = UnsafeRawPointer(base)
        var length = 0
        while length + 8 <= limit {
            let here = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + length, as: UInt64.self))
            let there = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index + length - distance, as: UInt64.self))
            // The first byte that differs is the lowest non-zero byte of the difference.
            if here != there { return length + (here ^ there).trailingZeroBitCount / 8 }
            length += 8
        }
        while length < limit, base[index + length] == base[index + length - distance] { length += 1 }
        return length
    }

    private static let lengthBases = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258]
    private static let lengthExtra = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0]
    private static let distanceBases = [1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073,
                                        4097, 6145, 8193, 12289, 16385, 24577]
    private static let distanceExtra = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13]

    /// Each literal/length symbol's fixed code, its bits reversed so that it is written lowest
    /// bit first: 0–143 in 8 bits from 0x30, 144–255 in 9 bits from 0x190, 256–279 in 7 bits
    /// from 0, 280–287 in 8 bits from 0xC0.
    private static let literalCodes: [(code: UInt16, count: UInt8)] = (0..<288).map { symbol in
        switch symbol {
        case 0...143: return (reversed(0x30 + symbol, count: 8), 8)
        case 144...255: return (reversed(0x190 + symbol - 144, count: 9), 9)
        case 256...279: return (reversed(symbol - 256, count: 7), 7)
        default: return (reversed(0xC0 + symbol - 280, count: 8), 8)
        }
    }

    /// For each match length 3–258 (indices below 3 unused), its length symbol (257–285) and
    /// extra bits.
    private static let lengthCodes: [(symbol: UInt16, extra: UInt16, extraCount: UInt8)] = (0...258).map { length in
        guard length >= 3 else { return (0, 0, 0) }
        let code = (lengthBases.lastIndex { $0 <= length }) ?? 0
        return (UInt16(257 + code), UInt16(length - lengthBases[code]), UInt8(lengthExtra[code]))
    }

    /// A distance's 5-bit code (reversed for writing) and extra bits.
    private static func distanceCode(_ distance: Int) -> (code: Int, extra: Int, extraCount: Int) {
        let code = (distanceBases.lastIndex { $0 <= distance }) ?? 0
        return (Int(reversed(code, count: 5)), distance - distanceBases[code], distanceExtra[code])
    }

    /// The lowest `count` bits of `code` in the opposite order: a Huffman code, which deflate
    /// packs highest bit first, as a value written lowest bit first.
    private static func reversed(_ code: Int, count: Int) -> UInt16 {
        var out = 0
        for bit in 0..<count where code >> bit & 1 == 1 { out |= 1 << (count - 1 - bit) }
        return UInt16(out)
    }
}

/// Bits packed into bytes as deflate packs them: least significant bit first (a Huffman code
/// is written already reversed).
private struct BitWriter {
    private(set) var bytes: [UInt8] = []
    private var current: UInt64 = 0
    private var filled = 0

    init(capacity: Int) { bytes.reserveCapacity(capacity) }

    /// `count` (at most 32) bits of `value`, lowest first.
    mutating func write(_ value: Int, count: Int) {
        current |= (UInt64(truncatingIfNeeded: value) & ((1 << UInt64(count)) &- 1)) << UInt64(filled)
        filled += count
        while filled >= 8 {
            bytes.append(UInt8(truncatingIfNeeded: current))
            current >>= 8
            filled -= 8
        }
    }

    /// The bytes, the last one padded with zeros.
    var padded: [UInt8] {
        filled > 0 ? bytes + [UInt8(truncatingIfNeeded: current)] : bytes
    }
}
