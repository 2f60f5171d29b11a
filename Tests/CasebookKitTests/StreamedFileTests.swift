import Foundation
import Testing
@testable import CasebookKit

/// Files written a piece at a time: the same bytes as written whole, and swept as if whole.
@Suite("Streamed output files")
struct StreamedFileTests {
    /// A fresh staging folder for a site in a new temporary folder, swept for the output sweep tests' list.
    static func staging() throws -> (folder: StagingFolder, site: URL) {
        let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
        let folder = try StagingFolder(for: SiteWriter(destination: site))
        folder.sweep = OutputSweep(list: OutputSweepTests.list, folder: "site")
        return (folder, site)
    }

    /// `text` cut into pieces of random lengths, some of them cutting a character in two.
    static func pieces(of text: String, using random: inout IncrementalBuildTests.Generator) -> [[UInt8]] {
        var bytes = Array(text.utf8)[...], pieces: [[UInt8]] = []
        while !bytes.isEmpty {
            let length = Int.random(in: 1...min(bytes.count, 9000), using: &random)
            pieces.append(Array(bytes.prefix(length)))
            bytes = bytes.dropFirst(length)
        }
        return pieces
    }

    static let filler = (0..<400).map { "{\"row\": \($0), \"text\": \"Алматы — Шымкент, ëü \($0 % 7)\"}," }.joined(separator: "\n")

    @Test("a file written in pieces holds the bytes written whole")
    func sameBytes() throws {
        var random = IncrementalBuildTests.Generator(state: 7)
        let (folder, site) = try Self.staging()
        let stream = try folder.stream("data/cases.json")
        for piece in Self.pieces(of: Self.filler, using: &random) { try stream.append(piece) }
        try stream.finish()
        _ = try folder.publish(assets: nil)
        #expect(try String(contentsOf: site.appendingPathComponent("data/cases.json"), encoding: .utf8) == Self.filler)
    }

    @Test("a language's folder within the staging folder writes under its folder, shares the sweep, and is published with it")
    func languageFolder() throws {
        let (folder, site) = try Self.staging()
        let russian = folder.within("ru/")
        _ = try [0, 1].sideBySide { language in
            let into = language == 0 ? folder : russian
            try into.write(OutputFile(path: "cases/a/index.html", contents: Array("<p>\(language)</p>".utf8)))
            let stream = try into.stream("data/cases.json")
            try stream.append(Array("[\(language)]".utf8))
            try stream.finish()
        }
        try russian.write(OutputFile(path: "about/index.html", contents: Array("<p>Zhanar Sekerbayeva</p>".utf8)))
        let leaks = #expect(throws: DiagnosticsError.self) { _ = try folder.publish(assets: nil) }
        #expect(leaks?.diagnostics.map(\.location.description) == ["site/ru/about/index.html:1:4"])
        #expect(!FileManager.default.fileExists(atPath: site.path))

        let (clean, cleanSite) = try Self.staging()
        try clean.within("ru/").write(OutputFile(path: "cases/a/index.html", contents: Array("<p>ru</p>".utf8)))
        try clean.write(OutputFile(path: "cases/a/index.html", contents: Array("<p>en</p>".utf8)))
        let published = try clean.publish(assets: nil)
        #expect(published.files == 3)
        #expect(try String(contentsOf: cleanSite.appendingPathComponent("ru/cases/a/index.html"), encoding: .utf8) == "<p>ru</p>")
        #expect(try String(contentsOf: cleanSite.appendingPathComponent("cases/a/index.html"), encoding: .utf8) == "<p>en</p>")
    }

    @Test("a file rewritten in place in pieces is the new bytes where they differ from the last, and the last bytes themselves where not")
    func inPlace() throws {
        var random = IncrementalBuildTests.Generator(state: 11)
        let old = Array(Self.filler.utf8)
        let changed = Self.filler.replacingOccurrences(of: "\"row\": 200,", with: "\"row\": 2000,")
        for text in [Self.filler, changed, String(Self.filler.prefix(5000)), Self.filler + "\n{}", ""] {
            let site = try TestSupport.temporaryFolder().appendingPathComponent("site")
            let folder = try StagingFolder(for: SiteWriter(destination: site), previous: ["data/cases.json": old])
            let stream = try folder.stream("data/cases.json")
            for piece in Self.pieces(of: text, using: &random) { try stream.append(piece) }
            try stream.finish()
            // A folder in place keeps only the files that changed, for `publish` to write.
            #expect(folder.files.map { String(decoding: $0.contents, as: UTF8.self) } == (text == Self.filler ? [] : [text]))
        }
    }

    @Test("a protected name cut across two pieces is found, at the line and column a whole file's sweep gives, and nothing is published")
    func nameAcrossPieces() throws {
        let text = Self.filler + "\n{\"x\": \"Zh&#97;nar Sekerbayeva\"}\n" + Self.filler
        let whole = OutputSweep(list: OutputSweepTests.list, folder: "site").check(OutputFile(path: "data/cases.json", contents: Array(text.utf8)))
        #expect(whole.count == 1)
        let name = Array(text.utf8).firstRange(of: Array("Sekerbayeva".utf8))!.lowerBound
        for cut in [name - 9, name + 3, name + 10] {
            let (folder, site) = try Self.staging()
            let stream = try folder.stream("data/cases.json")
            let bytes = Array(text.utf8)
            for part in [bytes[..<cut], bytes[cut...]] {
                for start in stride(from: part.startIndex, to: part.endIndex, by: 3000) {
                    try stream.append(Array(part[start..<min(start + 3000, part.endIndex)]))
                }
            }
            try stream.finish()
            let error = try #require(throws: DiagnosticsError.self) { try folder.publish(assets: nil) }
            #expect(error.errors.map(\.description) == whole.map(\.description), "cut at \(cut)")
            #expect(!FileManager.default.fileExists(atPath: site.path))
        }
    }
}
