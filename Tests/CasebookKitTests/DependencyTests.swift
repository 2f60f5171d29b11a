import Foundation
import Testing
@testable import CasebookKit

/// The reads a part notes decide whether a rebuild makes it again, so they must be complete and keyed apart.
@Suite("Dependencies of pages, search records and export rows")
struct DependencyTests {
    static func shippedSite() throws -> (linked: LinkedSite, renderer: SiteRenderer) {
        let checked = try SiteBuilder(options: BuildOptions(root: TestSupport.repository)).check()
        let templates = try #require(TemplateSet.load(from: TestSupport.validTemplates(), displayPath: { $0.path }).0)
        return (checked.linked, SiteRenderer(linked: checked.linked, templates: templates))
    }

    @Test("reads on parallelMap's worker threads reach the log of the part that started them")
    func logFollowsWorkers() {
        let (_, read) = DependencyLog.recording {
            Array(0..<64).parallelMap { number in DependencyLog.note(.caseCount(.year(number))) }
        }
        #expect(read == Set((0..<64).map { Dependency.caseCount(.year($0)) }))
        DependencyLog.note(.config)
    }

    @Test("a case's pages read the case, its defenders, its bodies and the documents it refers to")
    func casePagesReadWhatTheyShow() throws {
        let (linked, renderer) = try Self.shippedSite()
        let caseFile = try #require(linked.index.storedCases.first)
        let group = try #require(renderer.modelGroups().first { $0.key == "case/" + caseFile.slug })
        let (models, read) = DependencyLog.recording(group.make)
        #expect(models.count == 1 + caseFile.documents.count)
        #expect(read.contains(.caseFile(caseFile.slug)))
        #expect(read.contains(.config))
        #expect(read.contains(.body(.caseFile(caseFile.slug))))
        for document in caseFile.documents { #expect(read.contains(.body(.document(caseSlug: caseFile.slug, slug: document.slug)))) }
        for defender in caseFile.defenders { #expect(read.contains(.defender(defender.value))) }
        for related in caseFile.related { #expect(read.contains(.document(reference: SiteIndex.normalize(reference: related.reference)))) }
        #expect(!read.contains(.caseList(.all)), "a case page does not list every case")
    }

    @Test("no page or search record of the shipped site reads a Markdown source: they read rendered bodies")
    func noPartReadsSources() throws {
        let (_, renderer) = try Self.shippedSite()
        let makes = renderer.modelGroups().map { group in { _ = group.make() } }
            + SearchDocument.parts(context: renderer.context).map { part in { _ = part.make() } }
        for make in makes {
            let (_, read) = DependencyLog.recording(make)
            #expect(!read.contains { if case .text = $0 { true } else { false } }, "\(read)")
        }
    }

    @Test("every part of pages, search records and export rows has its own key")
    func keysAreUnique() throws {
        let (_, renderer) = try Self.shippedSite()
        let keys = [
            renderer.modelGroups().map(\.key), SearchDocument.parts(context: renderer.context).map(\.key),
            SiteExports(context: renderer.context, routes: []).rowParts().map(\.key),
        ]
        for list in keys { #expect(Set(list).count == list.count) }
    }

    @Test("a change set tells a changed body and case from unchanged ones")
    func changeSetComparesValues() throws {
        let (linked, _) = try Self.shippedSite()
        var same = ChangeSet(from: linked, to: linked)
        let caseFile = try #require(linked.index.storedCases.first)
        let table = DependencyTable()
        var numbered = ChangeSet(from: linked, to: linked, numbering: table)
        let numbers = table.numbers(of: [.caseList(.all), .body(.caseFile(caseFile.slug)), .config])
        let unchanged = [same.changed(.caseFile(caseFile.slug)), numbered.containsAny(of: numbers)]
        #expect(unchanged == [false, false])
        var edited = linked.index.storedCases
        edited[0].summary += " Edited."
        let index = SiteIndex.build(from: ContentSet(config: linked.index.storedConfig, cases: edited, defenders: linked.index.storedDefenders,
            organizations: linked.index.storedOrganizations, mandates: linked.index.storedMandates, instruments: linked.index.storedInstruments)).index
        var changes = ChangeSet(from: linked, to: LinkedSite(index, reusing: linked))
        let answers = [
            .caseFile(caseFile.slug), .caseList(.all), .caseSlice(.all, 0..<1), .caseSlice(.all, 1..<20), .caseCount(.all),
            .body(.caseFile(caseFile.slug)), .config,
        ].map { changes.changed($0) }
        #expect(answers == [true, true, true, false, false, false, false], "only the page holding the case changes")
    }

    @Test("a body edit changes the case's text but not the case as lists read it; reading the text notes it")
    func textsAreTheirOwnDependency() throws {
        let (linked, _) = try Self.shippedSite()
        var edited = linked.index.storedCases
        edited[0].body.source += "\n\nOne more paragraph."
        let index = SiteIndex.build(from: ContentSet(config: linked.index.storedConfig, cases: edited, defenders: linked.index.storedDefenders,
            organizations: linked.index.storedOrganizations, mandates: linked.index.storedMandates, instruments: linked.index.storedInstruments)).index
        var changes = ChangeSet(from: linked, to: LinkedSite(index, reusing: linked))
        let slug = edited[0].slug
        let answers = [.caseList(.all), .caseFile(slug), .text(path: edited[0].body.start.path), .body(.caseFile(slug))].map { changes.changed($0) }
        #expect(answers == [false, false, true, true])
        let (_, read) = DependencyLog.recording { _ = edited[0].body.source }
        #expect(read == [.text(path: edited[0].body.start.path)])
    }

    @Test("pages, search records and exports read the site only through the accessors that note what they read")
    func noStageReadsAroundTheNotes() throws {
        let unnoted = try NSRegularExpression(
            pattern: #"\bstored[A-Z]\w*|\bstored\(|documentsByMandate|\w+BySlug\b|\bcasesBy\w+|membersByOrganization|documentByReference|\bby(Instrument|Symbol|Case)\b|\.memos\b"#)
        let sources = TestSupport.repository.appendingPathComponent("Sources/CasebookKit")
        var checked = 0
        for stage in ["Render", "Search", "Exports"] {
            let folder = sources.appendingPathComponent(stage)
            for case let url as URL in FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil)! where url.pathExtension == "swift" {
                let text = try String(contentsOf: url, encoding: .utf8)
                let found = unnoted.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { String(text[Range($0.range, in: text)!]) }
                #expect(found.isEmpty, "\(stage)/\(url.lastPathComponent) reads \(found)")
                checked += 1
            }
        }
        #expect(checked > 30)
    }
}
