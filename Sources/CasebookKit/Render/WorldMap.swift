import Foundation

/// A map of the world with each country shaded by its number of published cases, drawn at build time as
/// inline SVG (`world-map.mustache`) from `WorldMapOutlines`, with the same figures as a table for screen
/// readers. Each country with cases links to its page; the others are one plain path.
public struct WorldMap: Sendable, Hashable {
    /// A country with cases: a shaded link on the map and a row of the table.
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var href: String
        public var count: Int
        /// "Kazakhstan: 1 case": the link's accessible name and its tooltip.
        public var label: String
        /// Its shade, from 1 (fewest cases) to the number of shades.
        public var shade: Int
        /// Its outline as SVG path data; empty when it has none on this map.
        public var path: String
        /// Where it is marked with a dot: a country too small to see, or without an outline.
        public var dot: Dot?

        var isDrawn: Bool { !path.isEmpty || dot != nil }
    }

    /// A dot's centre, in the map's user units.
    public struct Dot: Sendable, Hashable {
        public var x: Int
        public var y: Int
    }

    /// One shade of the legend: its number and the counts it stands for ("2–4").
    public struct Shade: Sendable, Hashable {
        public var number: Int
        public var label: String
    }

    public var caption: String
    public var width: Int
    public var height: Int
    /// Every country without cases, and the land ISO 3166-1 gives no code of its own, as one plain path.
    public var land: String
    /// The countries with cases that the map draws, by name, those with a dot last so that no outline covers a dot.
    public var drawn: [Entry]
    /// The countries with cases it cannot draw (no outline, no known place), named under it.
    public var unplaced: [Entry]
    /// Every country with cases, by name: the table.
    public var entries: [Entry]
    public var shades: [Shade]

    /// The most shades a map uses; fewer when the counts are small.
    static let shadeCount = 4

    /// The map of `counts` (countries with at least one case, in the order the table lists them).
    init(_ counts: [(country: Country, count: Int)], caption: String, strings: InterfaceStrings, href: (Country) -> String) {
        let bounds = Self.shadeBounds(maximum: counts.map(\.count).max() ?? 0)
        entries = counts.map { country, count in
            let dot = WorldMapOutlines.dots[country.code]
            return Entry(
                name: country.name, href: href(country), count: count,
                label: strings[count == 1 ? "map_country_one" : "map_country_other"].filling(["name": country.name, "count": String(count)]),
                shade: (bounds.firstIndex { count <= $0 } ?? bounds.count - 1) + 1,
                path: WorldMapOutlines.outlines[country.code] ?? "", dot: dot.map { Dot(x: $0.x, y: $0.y) })
        }
        drawn = entries.filter { !$0.path.isEmpty && $0.dot == nil } + entries.filter { $0.dot != nil }
        unplaced = entries.filter { !$0.isDrawn }
        let shaded = Set(counts.map(\.country.code))
        land = Self.codes.filter { !shaded.contains($0) }.compactMap { WorldMapOutlines.outlines[$0] }.joined() + WorldMapOutlines.otherLand
        shades = bounds.indices.map { index in
            let low = index == 0 ? 1 : bounds[index - 1] + 1, high = bounds[index]
            return Shade(number: index + 1, label: low == high ? String(low) : strings["map_range"].filling(["from": String(low), "to": String(high)]))
        }
        self.caption = caption
        width = WorldMapOutlines.width
        height = WorldMapOutlines.height
    }

    /// Every code with an outline, in a fixed order, so the plain path's bytes never depend on a dictionary's order.
    static let codes = WorldMapOutlines.outlines.keys.sorted()

    /// The highest count of each shade: steps of equal ratio from 1 to `maximum` (counts of cases spread over
    /// orders of magnitude), rounded, without repeats. One shade for 1, two for 2 (1 and 2), four at most.
    static func shadeBounds(maximum: Int) -> [Int] {
        guard maximum > 1 else { return [1] }
        var bounds: [Int] = []
        for step in 1...shadeCount {
            let bound = step == shadeCount ? maximum : Int(pow(Double(maximum), Double(step) / Double(shadeCount)).rounded())
            if bound > (bounds.last ?? 0) { bounds.append(bound) }
        }
        return bounds
    }
}

extension WorldMap: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<WorldMap>] = [
        .text("caption", \.caption),
        .int("width", \.width),
        .int("height", \.height),
        .text("land", \.land),
        .list("drawn", \.drawn),
        .list("unplaced", \.unplaced),
        .list("entries", \.entries),
        .list("shades", \.shades),
    ]
}

extension WorldMap.Entry: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<WorldMap.Entry>] = [
        .text("name", \.name),
        .text("href", \.href),
        .int("count", \.count),
        .text("label", \.label),
        .int("shade", \.shade),
        .text("path", \.path),
        .optionalView("dot", \.dot),
    ]
}

extension WorldMap.Dot: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<WorldMap.Dot>] = [
        .int("x", \.x),
        .int("y", \.y),
    ]
}

extension WorldMap.Shade: TemplateView {
    /// The fields templates may name.
    public static let templateFields: [TemplateField<WorldMap.Shade>] = [
        .int("number", \.number),
        .text("label", \.label),
    ]
}

extension RenderContext {
    /// The map of the site's countries with published cases, linked from `route`; none when no case is published.
    func worldMap(from route: Route) -> WorldMap? {
        let counts = index.countries.map { (country: $0, count: index.caseCount(.country($0.code))) }.filter { $0.count > 0 }
        guard !counts.isEmpty else { return nil }
        return WorldMap(counts, caption: strings["map_caption"], strings: strings) { route.href(to: .country($0.code)) }
    }
}
