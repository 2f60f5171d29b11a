import Foundation
import Testing
@testable import CasebookKit

/// Generated probes: a withheld defender's name or a private value written in one of many forms, into one
/// of many places of a small site. Each build must fail with located errors and publish nothing, or
/// publish no trace of the value; the few harmless probes must build.
@Suite("Protection probes")
struct ProtectionProbeTests {
    struct Probe: CustomTestStringConvertible, Sendable {
        var label: String
        var place: ProtectionProbeSite.Place
        var payload: String
        var edit: ProtectionProbeSite.Edit? = nil
        /// Whether the build must build it (a harmless probe); any other probe may be refused or built
        /// without a trace.
        var harmless = false
        var testDescription: String { label }
    }

    /// Ways of writing the name that a reader still reads as the name.
    static let forms = [
        "Zhanar Sekerbayeva", "Zhanar\nSekerbayeva", "ZHANAR SEKERBAYEVA", "Zh&#97;nar Sekerbayeva", "Zh&aacute;nar Sekerbayeva",
        "Zh&amp;#97;nar Sekerbayeva", "Zha*nar* Sekerbayeva", "**Zhanar** Sekerbayeva", "Zhanar\u{00A0}Sekerbayeva",
        "Zhanar  Sekerbayeva", "Zha\u{00AD}nar Sekerbayeva", "Zhanar\u{200D}Sekerbayeva", "Zha\u{200B}nar Sekerbayeva",
        "Ｚｈａｎａｒ Ｓｅｋｅｒｂａｙｅｖａ", "Zhаnar Sekеrbayeva", "Ζhanar Sekerbayeva", "Zhanar-Sekerbayeva", "#ZhanarSekerbayeva",
        "#FreeZhanarSekerbayeva", "Sekerbayeva, Zhanar", "Sekerbayeva Zhanar", "Жанар Секербаева", "Zhanar Sekerbaeva",
        "Zhana\u{0301}r Sekerbayeva", "𝐙𝐡𝐚𝐧𝐚𝐫 Sekerbayeva", "Zhanar Se&shy;kerbayeva", "Zhanar\tSekerbayeva",
        "Zhanar Sekerbajeva", "[Zhanar Sekerbayeva](https://example.org/)", "[a link](https://example.org/?q=Zhanar%20Sekerbayeva)",
        "[a link](https://example.org/Zhanar+Sekerbayeva)", "`Zhanar Sekerbayeva`", "Zhanar\\ Sekerbayeva", "Zhanar&nbsp;Sekerbayeva",
        "Zhanar%2520Sekerbayeva", "Z h a n a r  S e k e r b a y e v a", "Z.h.a.n.a.r S.e.k.e.r.b.a.y.e.v.a", "Секербаева", "Sekerbayeva",
        "Жанар Секербаевой", "Жанар Секербаеву", "Секербаевой Жанар", "Zhanar Sekerbayevoy", "Секербаевой",
    ]

    static var probes: [Probe] {
        var probes: [Probe] = []
        for form in forms {
            for place in [ProtectionProbeSite.Place.caseBody, .documentBody, .caseSummary, .timelineEvent, .actions] {
                probes.append(Probe(label: "\(place) ← \(form.debugDescription)", place: place, payload: form))
            }
        }
        for place in ProtectionProbeSite.Place.allCases where ![.caseBody, .documentBody].contains(place) {
            probes.append(Probe(label: "\(place) ← the name", place: place, payload: "Zhanar Sekerbayeva"))
            probes.append(Probe(label: "\(place) ← the name in Cyrillic", place: place, payload: "Жанар Секербаева"))
        }
        for place in [ProtectionProbeSite.Place.organizationBody, .mandateBody, .instrumentBody, .publicProfileBody] {
            for form in forms.prefix(14) {
                probes.append(Probe(label: "\(place) ← \(form.debugDescription)", place: place, payload: form))
            }
        }
        for form in forms {
            for place in [ProtectionProbeSite.Place.translationBody, .translationTitle] {
                probes.append(Probe(label: "\(place) ← \(form.debugDescription)", place: place, payload: form))
            }
        }
        for form in forms.prefix(14) {
            probes.append(Probe(label: "translatedDocumentBody ← \(form.debugDescription)", place: .translatedDocumentBody, payload: form))
        }
        for form in ["+7 701 555 0101", "+77015550101", "+7 (701) 555-01-01", "Aigerim Nurlanovna Bekova", "AIGERIM NURLANOVNA BEKOVA",
                     "Айгерим Нурлановна Бекова", "7&#48;1 555 0101 +7"] {
            for place in [ProtectionProbeSite.Place.caseBody, .documentBody, .organizationBody, .siteDescription] {
                probes.append(Probe(label: "private value \(form.debugDescription) in \(place)", place: place, payload: form))
            }
        }
        for (place, payload) in [
            (ProtectionProbeSite.Place.caseBody, "::: private\nZhanar Sekerbayeva\n:::"), (.privateField, "Zhanar Sekerbayeva"),
            (.caseBody, "Zhanara Sekerova"), (.organizationBody, "Sekerbayeva"), (.caseBody, "a woman human rights defender"),
            (.translationBody, "Жанара Секерова"), (.translatedWithheldAs, "из Шымкента"),
        ] {
            probes.append(Probe(label: "harmless: \(place) ← \(payload.debugDescription)", place: place, payload: payload, harmless: true))
        }
        return probes + structuralProbes
    }

    static let caseFile = "content/cases/case-one/index.md"

    /// Probes of the machinery that holds things back: private markers written almost right, embargo and
    /// draft keys left empty, a YAML alias of a private value, an empty visibility.
    static var structuralProbes: [Probe] {
        let markers = [
            ":::private", "::: Private", ":::\tprivate", "::: private ", " ::: private", "::: \u{00A0}private", "：：：private",
            "> ::: private", "- ::: private", "::::private", "::: private\n::: private", "::: PRIVATE",
        ]
        var probes = markers.map { marker in
            Probe(label: "marker \(marker.debugDescription)", place: .caseBody, payload: "\(marker)\nZhanar Sekerbayeva\n:::")
        }
        for lineEnd in ["\r", "\r\n", "\u{2028}", "\u{85}"] {
            probes.append(Probe(label: "passage with \(lineEnd.debugDescription) line ends", place: .caseBody,
                                payload: ["::: private", "Zhanar Sekerbayeva", ":::"].joined(separator: lineEnd)))
        }
        let edits: [(String, String, String)] = [
            ("publish_after empty", "status: ongoing", "status: ongoing\npublish_after:"),
            ("publish_after null", "status: ongoing", "status: ongoing\npublish_after: null"),
            ("publish_after ~", "status: ongoing", "status: ongoing\npublish_after: ~"),
            ("publish_after not a date", "status: ongoing", "status: ongoing\npublish_after: soon"),
            ("draft empty", "status: ongoing", "status: ongoing\ndraft:"),
            ("draft null", "status: ongoing", "status: ongoing\ndraft: null"),
            ("draft ~", "status: ongoing", "status: ongoing\ndraft: ~"),
            ("draft yes", "status: ongoing", "status: ongoing\ndraft: yes"),
            ("draft quoted", "status: ongoing", "status: ongoing\ndraft: \"true\""),
            ("alias of a private value", "place: \"Shymkent @casePlace@\"", "place: *c\nprivate:\n  contact: &c \"Aigerim Nurlanovna Bekova\""),
            ("anchor and alias", "summary: \"", "x-anchor: &a \"Zhanar Sekerbayeva\"\nsummary: \""),
        ]
        for (label, old, new) in edits {
            probes.append(Probe(label: label, place: .caseBody, payload: "", edit: .init(path: caseFile, old: old, new: new)))
        }
        probes.append(Probe(label: "visibility empty", place: .caseBody, payload: "",
                            edit: .init(path: "content/defenders/zs.md", old: "visibility: withheld", new: "visibility:")))
        probes.append(Probe(label: "pseudonym equal to the name", place: .caseBody, payload: "",
                            edit: .init(path: "content/defenders/zs.md", old: "visibility: withheld", new: "visibility: pseudonymous\npseudonym: \"Zhanar Sekerbayeva\"")))
        probes.append(Probe(label: "pseudonym holding the surname", place: .caseBody, payload: "",
                            edit: .init(path: "content/defenders/zs.md", old: "visibility: withheld", new: "visibility: pseudonymous\npseudonym: \"Ms Sekerbayeva\"")))
        return probes
    }

    /// Probes that must be refused whatever else holds: nothing about them is ambiguous.
    static let mustRefuse: Set<String> = [
        "publish_after empty", "publish_after null", "publish_after ~", "publish_after not a date", "draft empty", "draft null",
        "draft ~", "draft yes", "draft quoted", "alias of a private value", "anchor and alias", "visibility empty",
        "pseudonym equal to the name", "pseudonym holding the surname",
    ]

    @Test("each probe is refused with located errors, or publishes no trace", arguments: probes)
    func probe(_ probe: Probe) throws {
        let site = try ProtectionProbeSite(probe.place, probe.payload, edit: probe.edit)
        do {
            _ = try SiteBuilder(options: site.options).build()
            #expect(!Self.mustRefuse.contains(probe.label), "built, but must be refused")
            let traces = try site.traces()
            #expect(traces.isEmpty, "published: \(traces)")
        } catch let error as DiagnosticsError {
            #expect(!probe.harmless, "refused: \(error)")
            #expect(!error.errors.isEmpty)
            #expect(error.errors.allSatisfy { !$0.location.path.isEmpty && $0.location.line >= 1 }, "\(error)")
            #expect(!FileManager.default.fileExists(atPath: site.options.output.path), "nothing is published")
        }
    }

    @Test("there are at least 200 probes, and the forms of the name in case texts are refused, not just left out")
    func count() throws {
        #expect(Self.probes.count >= 200)
        for form in Self.forms {
            let site = try ProtectionProbeSite(.caseBody, form)
            #expect(throws: DiagnosticsError.self, "\(form.debugDescription)") { try SiteBuilder(options: site.options).check() }
        }
    }
}
