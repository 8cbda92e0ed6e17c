// Plain geometry in PostScript points: origin at the top-left of a page, y grows downwards (as Cairo).

/// A position in points, origin top-left, y down.
public struct Point: Sendable, Equatable, Hashable {
    /// Horizontal position in points, from the left.
    public var x: Double
    /// Vertical position in points, from the top.
    public var y: Double
    /// Makes a point.
    public init(x: Double, y: Double) { self.x = x; self.y = y }
}

/// A width and height in points.
public struct Size: Sendable, Equatable, Hashable {
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// Makes a size.
    public init(width: Double, height: Double) { self.width = width; self.height = height }
    /// ISO A4 portrait, 210 × 297 mm.
    public static let a4 = Size(width: 595.2756, height: 841.8898)
    /// ISO A5 portrait, 148 × 210 mm.
    public static let a5 = Size(width: 419.5276, height: 595.2756)
    /// US Letter portrait, 8.5 × 11 in.
    public static let letter = Size(width: 612, height: 792)
}

/// An axis-aligned rectangle in points.
public struct Rect: Sendable, Equatable, Hashable {
    /// Horizontal position in points, from the left.
    public var x: Double
    /// Vertical position in points, from the top.
    public var y: Double
    /// Width in points.
    public var width: Double
    /// Height in points.
    public var height: Double
    /// Makes a rectangle from its top-left corner and size.
    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x; self.y = y; self.width = width; self.height = height
    }
    /// Right edge.
    public var maxX: Double { x + width }
    /// Bottom edge.
    public var maxY: Double { y + height }
    /// Whether the two rectangles share interior area (touching edges do not count).
    public func intersects(_ other: Rect) -> Bool {
        x < other.maxX && other.x < maxX && y < other.maxY && other.y < maxY
    }
    /// Whether `other` lies entirely inside this rectangle (within `tolerance` points).
    public func contains(_ other: Rect, tolerance: Double = 0.01) -> Bool {
        other.x >= x - tolerance && other.y >= y - tolerance
            && other.maxX <= maxX + tolerance && other.maxY <= maxY + tolerance
    }
    /// The rectangle moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> Rect {
        Rect(x: x + dx, y: y + dy, width: width, height: height)
    }
}

/// An opaque sRGB colour, 0xRRGGBB.
public struct Color: Sendable, Equatable, Hashable {
    /// The colour as 0xRRGGBB.
    public var rgb: UInt32
    /// Makes a colour from 0xRRGGBB.
    public init(rgb: UInt32) { self.rgb = rgb & 0xFF_FFFF }
    /// Red component, 0…1.
    public var red: Double { Double((rgb >> 16) & 0xFF) / 255 }
    /// Green component, 0…1.
    public var green: Double { Double((rgb >> 8) & 0xFF) / 255 }
    /// Blue component, 0…1.
    public var blue: Double { Double(rgb & 0xFF) / 255 }
    /// This colour mixed with white; `amount` 0 keeps it, 1 gives white (tints for fills).
    public func tinted(_ amount: Double) -> Color {
        func mix(_ c: UInt32) -> UInt32 {
            let v = Double(c) + (255 - Double(c)) * amount
            return UInt32(max(0, min(255, v.rounded())))
        }
        return Color(rgb: mix((rgb >> 16) & 0xFF) << 16 | mix((rgb >> 8) & 0xFF) << 8 | mix(rgb & 0xFF))
    }
}
