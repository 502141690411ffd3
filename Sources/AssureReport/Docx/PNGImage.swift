/// A small picture drawn pixel by pixel with a palette of a few colours, written as a PNG
/// (8-bit palette, a zlib stream of fixed-Huffman deflate, `FixedDeflate` — no compression
/// library needed).
struct PNGImage {
    let width: Int
    let height: Int
    /// RGB colours; pixels index into it. Index 0 is the background.
    let palette: [(UInt8, UInt8, UInt8)]
    /// The rows as the PNG compresses them: each a filter byte (0, none) and then its pixels,
    /// so that `png` compresses the picture without copying it.
    private(set) var scanlines: [UInt8]

    init(width: Int, height: Int, palette: [(UInt8, UInt8, UInt8)]) {
        self.width = width
        self.height = height
        self.palette = palette
        scanlines = Array(repeating: 0, count: (width + 1) * height)
    }

    subscript(x: Int, y: Int) -> UInt8 {
        get { scanlines[y * (width + 1) + 1 + x] }
        set { if x >= 0, x < width, y >= 0, y < height { scanlines[y * (width + 1) + 1 + x] = newValue } }
    }

    /// A rectangle, clipped to the picture.
    mutating func fill(x: Int, y: Int, width w: Int, height h: Int, colour: UInt8) {
        let left = max(0, x), right = min(width, x + w), top = max(0, y), bottom = min(height, y + h)
        guard left < right, top < bottom else { return }
        let stride = width + 1
        scanlines.withUnsafeMutableBufferPointer { scanlines in
            for row in top..<bottom {
                for index in (row * stride + 1 + left)..<(row * stride + 1 + right) { scanlines[index] = colour }
            }
        }
    }

    /// A line from one point to another (Bresenham), `thickness` pixels square; `dash` draws
    /// only every other run of that many pixels.
    mutating func line(_ x0: Int, _ y0: Int, _ x1: Int, _ y1: Int, colour: UInt8, thickness: Int = 1, dash: Int? = nil) {
        var x = x0, y = y0
        let dx = abs(x1 - x0), dy = -abs(y1 - y0)
        let sx = x0 < x1 ? 1 : -1, sy = y0 < y1 ? 1 : -1
        var error = dx + dy
        var step = 0
        while true {
            if dash.map({ (step / $0) % 2 == 0 }) ?? true {
                fill(x: x - thickness / 2, y: y - thickness / 2, width: thickness, height: thickness, colour: colour)
            }
            step += 1
            if x == x1 && y == y1 { break }
            let doubled = 2 * error
            if doubled >= dy { error += dy; x += sx }
            if doubled <= dx { error += dx; y += sy }
        }
    }

    /// The PNG file's bytes.
    var png: [UInt8] {
        var out: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        var header: [UInt8] = []
        header.appendBigEndian(UInt32(width))
        header.appendBigEndian(UInt32(height))
        header += [8, 3, 0, 0, 0]                           // 8-bit, palette, deflate, no filter, no interlace
        PNGImage.chunk("IHDR", header, into: &out)
        PNGImage.chunk("PLTE", palette.flatMap { [$0.0, $0.1, $0.2] }, into: &out)
        PNGImage.chunk("IDAT", FixedDeflate.zlib(scanlines, rowLength: width + 1), into: &out)
        PNGImage.chunk("IEND", [], into: &out)
        return out
    }

    private static func chunk(_ type: String, _ data: [UInt8], into out: inout [UInt8]) {
        let typed = Array(type.utf8) + data
        out.appendBigEndian(UInt32(data.count))
        out += typed
        out.appendBigEndian(CRC32.checksum(typed))
    }

    /// Adler-32 as zlib uses it: the checksum of "Wikipedia" is 0x11E60398.
    static func adler32(_ data: [UInt8]) -> UInt32 {
        var sum = Adler32()
        data.withUnsafeBufferPointer { sum.add($0) }
        return sum.value
    }
}

extension Array where Element == UInt8 {
    fileprivate mutating func appendBigEndian(_ value: UInt32) {
        append(contentsOf: [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)])
    }
}
