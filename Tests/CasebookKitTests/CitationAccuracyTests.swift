import Foundation
import Testing
@testable import CasebookKit

/// Every citation in both seed documents, annotated by hand, against what the Link stage finds.
@Suite("Citation accuracy on the seed documents")
struct CitationAccuracyTests {
    /// A hand-annotated citation: instrument slug (or `symbol:` for external), article, paragraph.
    struct Label: Hashable, CustomStringConvertible {
        var target: String
        var article: String?
        var paragraph: String?
        init(_ target: String, _ article: String? = nil, _ paragraph: String? = nil) {
            self.target = target
            self.article = article
            self.paragraph = paragraph
        }
        var description: String { [target, article ?? "-", paragraph ?? "-"].joined(separator: " ") }
    }

    static let caseSlug = "serzhan-sekerbayeva-shymkent-2021"

    /// AL KAZ 4/2021, in reading order.
    static let letter: [Label] = [
        // "pursuant to Human Rights Council resolutions 43/16, 43/4, 41/12, 41/18 and 41/6"
        Label("hrc-resolution-43-16"), Label("hrc-resolution-43-4"), Label("hrc-resolution-41-12"),
        Label("hrc-resolution-41-18"), Label("hrc-resolution-41-6"),
        // "article 378 of the Criminal Code of Kazakhstan"
        Label("kaz-criminal-code", "378"),
        // Annex: "Articles 1 and 2 of the Universal Declaration of Human Rights"
        Label("udhr", "1"), Label("udhr", "2"),
        // "article 2 (1) of the ICCPR … article 2 (2) of the ICESCR … several provisions of … CEDAW"
        Label("iccpr", "2", "1"), Label("icescr", "2", "2"), Label("cedaw"),
        // "(CCPR/C/GC/35, para 9)"
        Label("ccpr-c-gc-35", nil, "9"),
        // "rights under the Covenant" (the Committee on ESCR's observations) "(E/C.12/KAZ/CO/2)"
        Label("icescr"), Label("e-c-12-kaz-co-2"),
        // "(CCPR/C/KGZ/CO/2, para 9-10)"
        Label("ccpr-c-kgz-co-2", nil, "9-10"),
        // "article 7 of the Convention on the Elimination of All Forms of Discrimination against Women"
        Label("cedaw", "7"),
        // "General Comment No. 28 of the Human Rights Committee (HRI/GEN/1/Rev/9 (Vol. 1))"
        Label("ccpr-gc-28"), Label("hri-gen-1-rev-9-vol-1"),
        // "(A/HRC/23/50)"
        Label("a-hrc-23-50"),
        // "General Assembly resolution 68/181 … articles 7, 9 and 10"
        Label("ga-resolution-68-181"), Label("ga-resolution-68-181", "7"), Label("ga-resolution-68-181", "9"),
        Label("ga-resolution-68-181", "10"),
        // "articles 19, 21 and 22 of the ICCPR … prohibited under the Covenant (A/HRC/26/29, para 64)"
        Label("iccpr", "19"), Label("iccpr", "21"), Label("iccpr", "22"), Label("iccpr"), Label("a-hrc-26-29", nil, "64"),
        // "Declaration on the Rights and Responsibility … (A/RES/53/144 …) … articles 1, 2, 5 (a) and (b), 6 (c), 9 and 12":
        // one sentence names the Declaration, then its articles, which are what it cites (not the Declaration as a whole)
        Label("declaration-on-human-rights-defenders", "1"),
        Label("declaration-on-human-rights-defenders", "2"), Label("declaration-on-human-rights-defenders", "5", "a"),
        Label("declaration-on-human-rights-defenders", "5", "b"), Label("declaration-on-human-rights-defenders", "6", "c"),
        Label("declaration-on-human-rights-defenders", "9"), Label("declaration-on-human-rights-defenders", "12"),
    ]

    /// KAZ 002 / 0621 / OBS 065, in reading order.
    static let appeal: [Label] = [
        Label("kaz-criminal-code", "378"),  // "(Article 378 of the Criminal Code of Kazakhstan)"
        Label("iccpr"),  // "as enshrined in the International Covenant on Civil and Political Rights"
    ]

    static let linked = Result<LinkedSite, any Error> {
        let (content, diagnostics) = ContentLoader(root: TestSupport.repository).load()
        guard !diagnostics.containsErrors else { throw DiagnosticsError(diagnostics) }
        return LinkedSite(SiteIndex.build(from: content).index)
    }

    static func found(on route: Route) throws -> [Label] {
        try linked.get().citations.byInstrument.values.joined().filter { $0.source == route }
            .sorted { $0.citation.location < $1.citation.location }
            .map { entry in
                let target: String = switch entry.citation.target {
                case .instrument(let slug): slug
                case .external(let symbol): "symbol:" + symbol
                }
                return Label(target, entry.citation.article, entry.citation.paragraph)
            }
    }

    @Test("every labelled citation is found exactly, in order, with no false links", arguments: [
        ("al-kaz-4-2021", letter), ("obs-kaz-002-0621-obs-065", appeal),
    ])
    func exact(document: String, labels: [Label]) throws {
        let found = try Self.found(on: .document(caseSlug: Self.caseSlug, slug: document))
        let truePositives = zip(found, labels).filter { $0 == $1 }.count
        let recall = Double(Set(labels).intersection(found).count) / Double(Set(labels).count)
        let precision = found.isEmpty ? 1 : Double(Set(found).intersection(labels).count) / Double(Set(found).count)
        print("citations in \(document): \(labels.count) labelled, \(found.count) found, recall \(recall), precision \(precision)")
        #expect(found == labels, "in order: \(truePositives) of \(labels.count) match")
        #expect(recall == 1)
        #expect(precision == 1)
    }

    @Test("no citation of the seed documents is left unlinked or external")
    func allResolved() throws {
        let site = try Self.linked.get()
        let seedRoutes: Set<Route> = [
            .document(caseSlug: Self.caseSlug, slug: "al-kaz-4-2021"), .document(caseSlug: Self.caseSlug, slug: "obs-kaz-002-0621-obs-065"),
        ]
        #expect(site.citations.bySymbol.values.joined().filter { seedRoutes.contains($0.source) }.isEmpty)
        #expect(site.warnings.isEmpty, "\(site.warnings)")
    }
}
