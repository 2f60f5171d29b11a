import Foundation
import Testing
@testable import CasebookKit

/// A rebuild may skip reading a content file only when its stamp is unchanged and it had settled before
/// it was last read; otherwise it reads the bytes and compares them.
@Suite("Content files reused by stamp")
struct FileStampTests {
    static let profile = "---\nname: An NGO\n---\n\nAn organization.\n"

    static func parse(_ path: String, reusing memo: ContentFileParser.Memo?) -> (parsed: ContentFileParser.Parsed, memo: ContentFileParser.Memo?) {
        let file = ContentWalker.File(path: path, components: ["organizations", "an-ngo.md"])
        return ContentFileParser(defaultLanguage: "en").parse(file, displayPath: "content/organizations/an-ngo.md", reusing: memo)
    }

    static func name(_ parsed: ContentFileParser.Parsed) -> String? {
        if case .organization(let organization) = parsed.item { organization.name } else { nil }
    }

    @Test("an unchanged stamp of a settled file is trusted; a file read just after its change is read again")
    func settledStampsAreTrusted() throws {
        let folder = try TestSupport.temporaryFolder()
        let path = folder.appendingPathComponent("an-ngo.md").path
        try Self.profile.write(toFile: path, atomically: false, encoding: .utf8)
        let first = try #require(Self.parse(path, reusing: nil).memo)
        // Another text's bytes and parse under this file's stamp: only a trusted stamp can return them.
        guard case .organization(var renamed) = first.parsed.item else { Issue.record("not an organization"); return }
        renamed.name = "Trusted by stamp"
        let other = ContentFileParser.Parsed(item: .organization(renamed), diagnostics: [])
        func memo(readLater seconds: Int) -> ContentFileParser.Memo {
            var read = first.read
            read.tv_sec += seconds
            return ContentFileParser.Memo(bytes: Data("other".utf8), defaultLanguage: "en", parsed: other, stamp: first.stamp, read: read)
        }
        #expect(Self.name(Self.parse(path, reusing: memo(readLater: 0)).parsed) == "An NGO", "read just after its change: read again")
        #expect(Self.name(Self.parse(path, reusing: memo(readLater: 5)).parsed) == "Trusted by stamp", "settled and unchanged: trusted")
        try Self.profile.replacingOccurrences(of: "An NGO", with: "An NGX").write(toFile: path, atomically: false, encoding: .utf8)
        #expect(Self.name(Self.parse(path, reusing: memo(readLater: 5)).parsed) == "An NGX", "same size, new stamp: read again")
    }
}
