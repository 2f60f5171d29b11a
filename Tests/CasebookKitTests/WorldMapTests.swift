import Foundation
import Testing
@testable import CasebookKit

/// The map of cases per country: its shades, links, names and table, its outlines, and what may reach it.
@Suite("World map")
struct WorldMapTests {
    static let strings = InterfaceStrings(table: [
        "map_country_one": "{name}: {count} case", "map_country_other": "{name}: {count} cases", "map_range": "{from}–{to}",
    ])

    static func map(_ counts: [(String, Int)], strings: InterfaceStrings = strings) throws -> WorldMap {
        let countries = try counts.map { code, count in (country: try #require(Country(code: code)), count: count) }
        return WorldMap(countries, caption: "Cases per country", strings: strings) { "../countries/\($0.slug)/index.html" }
    }

    /// The map rendered through `templates/world-map.mustache` with the interface strings it names.
    static func render(_ map: WorldMap) throws -> String {
        struct Host: TemplateView {
            var map: WorldMap?
            static let templateFields: [TemplateField<Host>] = [.optionalView("map", \.map)]
        }
        let text = try String(contentsOf: TestSupport.validTemplates().appendingPathComponent("world-map.mustache"), encoding: .utf8)
        let nodes = try TemplateParser.parse(text, path: "world-map.mustache").get()
        let strings = ["map_legend": "Cases:", "map_unplaced": "Not drawn:", "list_separator": ",", "country": "Country", "cases": "Cases"]
        let (program, diagnostics) = TemplateCompiler.compile("world-map", for: Host.self, templates: ["world-map": nodes], strings: strings)
        #expect(diagnostics.isEmpty, "\(diagnostics)")
        var out: [UInt8] = []
        withUnsafePointer(to: Host(map: map)) { program.render(UnsafeRawPointer($0), into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    @Test("shades step by equal ratios from 1 to the most cases, four at most, none repeated",
        arguments: [(0, [1]), (1, [1]), (2, [1, 2]), (3, [1, 2, 3]), (16, [2, 4, 8, 16]), (285, [4, 17, 69, 285]), (10_000, [10, 100, 1000, 10_000])])
    func shadeBounds(maximum: Int, bounds: [Int]) {
        #expect(WorldMap.shadeBounds(maximum: maximum) == bounds)
    }

    @Test("each country with cases has its shade, its link, its name with the count, and its outline or dot")
    func entries() throws {
        let map = try Self.map([("FRA", 16), ("KAZ", 1), ("LUX", 5), ("MLT", 2), ("ATA", 3)])
        #expect(map.entries.map(\.name) == ["France", "Kazakhstan", "Luxembourg", "Malta", "Antarctica"])
        #expect(map.entries.map(\.shade) == [4, 1, 3, 1, 2])
        #expect(map.entries.map(\.label) == ["France: 16 cases", "Kazakhstan: 1 case", "Luxembourg: 5 cases", "Malta: 2 cases", "Antarctica: 3 cases"])
        #expect(map.entries[1].href == "../countries/kaz/index.html")
        #expect(map.shades.map(\.label) == ["1–2", "3–4", "5–8", "9–16"])
        #expect(map.entries[0].path == WorldMapOutlines.outlines["FRA"] && map.entries[0].dot == nil, "a large country: its outline alone")
        #expect(!map.entries[2].path.isEmpty && map.entries[2].dot != nil, "a country too small to see: its outline and a dot")
        #expect(map.entries[3].path.isEmpty && map.entries[3].dot != nil, "a country without an outline: a dot")
        #expect(map.drawn.map(\.name) == ["France", "Kazakhstan", "Luxembourg", "Malta"])
        #expect(map.unplaced.map(\.name) == ["Antarctica"], "a country with neither is named under the map")
    }

    @Test("the plain land is every other outline, once, and the land without a code of its own")
    func land() throws {
        let map = try Self.map([("KAZ", 1)])
        #expect(!map.land.contains(try #require(WorldMapOutlines.outlines["KAZ"])))
        #expect(map.land.contains(try #require(WorldMapOutlines.outlines["UZB"])))
        #expect(map.land.hasSuffix(WorldMapOutlines.otherLand))
        let all = WorldMapOutlines.outlines.values.reduce(0) { $0 + $1.utf8.count }
        #expect(map.land.utf8.count == all - WorldMapOutlines.outlines["KAZ"]!.utf8.count + WorldMapOutlines.otherLand.utf8.count)
        #expect(try Self.map([("KAZ", 1)]).land == map.land, "the same bytes at every build")
    }

    @Test("rendered: one link per drawn country, named and titled, the legend, the unplaced, the table; every value escaped")
    func rendered() throws {
        let hostile = InterfaceStrings(table: [
            "map_country_one": "<b>{name}</b> & {count}", "map_country_other": "<b>{name}</b> & {count}", "map_range": "{from}<{to}",
        ])
        let html = try Self.render(try Self.map([("CIV", 1), ("MLT", 9), ("ATA", 2)], strings: hostile))
        #expect(html.contains(#"<a href="../countries/civ/index.html"><title>&lt;b&gt;Côte d&#39;Ivoire&lt;/b&gt; &amp; 1</title><path class="shade-1" d="M"#))
        #expect(html.contains(#"<a href="../countries/mlt/index.html"><title>&lt;b&gt;Malta&lt;/b&gt; &amp; 9</title><circle class="shade-4" cx=""#))
        #expect(!html.contains("<b>") && !html.contains("<path class=\"shade-4\""), "a country without an outline has no empty path")
        #expect(html.contains(#"<span class="swatch shade-1"></span>1&lt;2 <span class="swatch shade-2"></span>3 <span class="swatch shade-3"></span>4&lt;5 <span class="swatch shade-4"></span>6&lt;9 </p>"#))
        #expect(html.contains(#"<p class="world-map-unplaced">Not drawn: <a href="../countries/ata/index.html">&lt;b&gt;Antarctica&lt;/b&gt; &amp; 2</a></p>"#))
        #expect(html.contains("<tr><th scope=\"row\">Côte d&#39;Ivoire</th><td>1</td></tr>\n<tr><th scope=\"row\">Malta</th><td>9</td></tr>\n<tr><th scope=\"row\">Antarctica</th><td>2</td></tr>"))
        #expect(html.components(separatedBy: "<a href=").count - 1 == 3)
        #expect(try Self.render(try Self.map([("KAZ", 1)])).contains("world-map-unplaced") == false)
    }

    @Test("the drawing holds no run of nine digits or more, across spaces, signs and tags, that the output sweep could take for a private number",
        arguments: [[("KAZ", 1)], CountryTable.names.keys.sorted().enumerated().map { ($1, 1 + $0 % 300) }])
    func digitRuns(counts: [(String, Int)]) throws {
        // A digits-only private value is looked for from nine digits on (phone numbers); thousands of coordinates
        // in a row would hold many such runs by chance. The viewBox is the one longer run: its fixed 001000440.
        let html = try Self.render(try Self.map(counts))
        let svg = try #require(html.range(of: "<svg ").flatMap { start in html.range(of: "</svg>").map { html[start.lowerBound..<$0.upperBound] } })
        let viewBox = "viewBox=\"0 0 \(WorldMapOutlines.width) \(WorldMapOutlines.height)\""
        #expect(svg.contains(viewBox))
        var longest = 0, run = 0
        for key in FoldedText(Array(svg.replacingOccurrences(of: viewBox, with: "").utf8), markup: .markup).keys {
            run = (0x30...0x39).contains(key) ? run + 1 : 0
            longest = max(longest, run)
        }
        #expect(longest <= 8)
    }

    @Test("the outlines: every key an ISO 3166-1 alpha-3 code, every path drawn inside the map in whole units")
    func outlines() throws {
        let codes = Set(CountryTable.names.keys)
        #expect(WorldMapOutlines.outlines.count == 175)
        #expect(WorldMapOutlines.dots.count == 111)
        #expect(Set(WorldMapOutlines.outlines.keys).isSubset(of: codes) && Set(WorldMapOutlines.dots.keys).isSubset(of: codes))
        let unplaced = codes.subtracting(WorldMapOutlines.outlines.keys).subtracting(WorldMapOutlines.dots.keys)
        #expect(unplaced.sorted() == ["ATA", "BVT", "CCK", "CXR", "MYT", "REU", "UMI"])
        for (code, path) in WorldMapOutlines.outlines.sorted(by: { $0.key < $1.key }) + [("other", WorldMapOutlines.otherLand)] {
            let points = try #require(Self.points(of: path), "\(code): not path data of the converter's form")
            #expect(points.allSatisfy { (0...WorldMapOutlines.width).contains($0.x) && (0...WorldMapOutlines.height).contains($0.y) }, "\(code)")
        }
        #expect(WorldMapOutlines.dots.values.allSatisfy { (0...WorldMapOutlines.width).contains($0.x) && (0...WorldMapOutlines.height).contains($0.y) })
        let bytes = WorldMapOutlines.outlines.values.reduce(0) { $0 + $1.utf8.count }
        #expect(bytes < 20_000, "the outlines stay small: \(bytes) bytes")
    }

    /// The absolute points of path data written as the converter writes it (`M x y l …z`, then `m dx dy …z`),
    /// or nil if it holds anything else.
    static func points(of path: String) -> [(x: Int, y: Int)]? {
        guard path.hasPrefix("M") else { return nil }
        var points: [(x: Int, y: Int)] = [], start = (x: 0, y: 0), current = (x: 0, y: 0)
        var numbers: [Int] = [], number = "", command: Character = "M"
        func flush() -> Bool {
            guard !number.isEmpty else { return true }
            guard let value = Int(number) else { return false }
            numbers.append(value)
            number = ""
            guard numbers.count == 2 else { return true }
            current = command == "M" ? (numbers[0], numbers[1]) : (current.x + numbers[0], current.y + numbers[1])
            if command != "l" { start = current; command = "l" }
            points.append(current)
            numbers = []
            return true
        }
        for character in path {
            switch character {
            case "0"..."9": number.append(character)
            case "-": guard flush() else { return nil }; number = "-"
            case " ": guard flush() else { return nil }
            case "M", "m", "l", "z":
                guard flush(), numbers.isEmpty else { return nil }
                if character == "z" { current = start } else if character == "l" { guard command == "l" else { return nil } } else { command = character }
            default: return nil
            }
        }
        return flush() && numbers.isEmpty && path.hasSuffix("z") ? points : nil
    }

    @Test("only published cases count: an embargoed or draft case's country is not on the map, except in a --drafts preview")
    func publishedOnly() throws {
        for drafts in [false, true] {
            let site = try LeakTests.build(drafts: drafts)
            for page in ["index.html", "countries/index.html"] {
                let html = try #require(site.page(page))
                let figure = try #require(html.range(of: "<figure class=\"world-map\">").flatMap { start in
                    html.range(of: "</figure>", range: start.upperBound..<html.endIndex).map { html[start.lowerBound..<$0.upperBound] }
                })
                #expect(figure.contains("<title>Kazakhstan: 1 case</title>"))
                for other in ["France", "Brazil", "countries/fra/", "countries/bra/"] {
                    #expect(figure.contains(other) == drafts, "\(page) \(drafts ? "with" : "without") drafts: \(other)")
                }
            }
        }
    }
}

/// The map in headless Chromium: drawn at its size, every country link named, hit where it is drawn,
/// grey when printed, and leading to its country's page (`Tests/Browser/map.py`).
@Suite("World map in a real browser", .serialized,
       .enabled(if: BrowserTools.installed, "needs chromium and chromedriver: run scripts/setup-checkers"))
struct WorldMapBrowserTests {
    @Test("the paged fixture's map is drawn with its two countries linked, on the home page and the countries page")
    func drawnAndLinked() throws {
        let root = TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/paged")
        let site = try AccessibilityTests.build(root: root, label: "casebook-map")
        let result = try AccessibilityTests.script("map.py", [site.path, "index.html:2", "countries/index.html:2"])
        #expect(result.status == 0, "\(result.stdout)\(result.stderr)")
        #expect(result.stderr.contains("4 map views checked, 0 problems"), "\(result.stderr)")
    }
}
