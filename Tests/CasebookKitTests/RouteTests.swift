import Testing
@testable import CasebookKit

@Suite("Route")
struct RouteTests {
    @Test("paths and files", arguments: [
        (Route.home, "", "index.html"),
        (.caseList, "cases/", "cases/index.html"),
        (.caseFile("x"), "cases/x/", "cases/x/index.html"),
        (.document(caseSlug: "x", slug: "al-kaz-4-2021"), "cases/x/al-kaz-4-2021/", "cases/x/al-kaz-4-2021/index.html"),
        (.defenderList, "defenders/", "defenders/index.html"),
        (.defender("ann"), "defenders/ann/", "defenders/ann/index.html"),
        (.organizationList, "organizations/", "organizations/index.html"),
        (.organization("feminita"), "organizations/feminita/", "organizations/feminita/index.html"),
        (.mandateList, "mandates/", "mandates/index.html"),
        (.mandate("sr-hrd"), "mandates/sr-hrd/", "mandates/sr-hrd/index.html"),
        (.countryList, "countries/", "countries/index.html"),
        (.country("KAZ"), "countries/kaz/", "countries/kaz/index.html"),
        (.instrumentList, "instruments/", "instruments/index.html"),
        (.instrument("iccpr"), "instruments/iccpr/", "instruments/iccpr/index.html"),
        (.notFound, "404/", "404.html"),
        (.page(.caseList, 2), "cases/page/2/", "cases/page/2/index.html"),
        (.page(.country("KAZ"), 12), "countries/kaz/page/12/", "countries/kaz/page/12/index.html"),
        (.caseList.paged(0), "cases/", "cases/index.html"), (.caseList.paged(1), "cases/page/1/", "cases/page/1/index.html"),
    ])
    func pathAndFile(route: Route, path: String, file: String) {
        #expect(route.path == path)
        #expect(route.file == file)
    }

    @Test("depth and relative prefix", arguments: [
        (Route.home, 0, "./"),
        (.notFound, 0, "./"),
        (.caseList, 1, "../"),
        (.countryList, 1, "../"),
        (.caseFile("x"), 2, "../../"),
        (.defender("ann"), 2, "../../"),
        (.document(caseSlug: "x", slug: "d"), 3, "../../../"),
        (.page(.caseList, 2), 3, "../../../"),
        (.page(.mandate("m"), 3), 4, "../../../../"),
    ])
    func depth(route: Route, depth: Int, prefix: String) {
        #expect(route.depth == depth)
        #expect(route.relativePrefix == prefix)
    }

    @Test("links to a defender from pages at every depth")
    func hrefToDefender() {
        let target = Route.defender("gulzada-serzhan")
        #expect(Route.home.href(to: target) == "./defenders/gulzada-serzhan/index.html")
        #expect(Route.defenderList.href(to: target) == "../defenders/gulzada-serzhan/index.html")
        #expect(Route.caseFile("x").href(to: target) == "../../defenders/gulzada-serzhan/index.html")
        #expect(Route.document(caseSlug: "x", slug: "d").href(to: target) == "../../../defenders/gulzada-serzhan/index.html")
        #expect(Route.notFound.href(to: target) == "./defenders/gulzada-serzhan/index.html")
    }

    @Test("country links use the lower-case code")
    func hrefToCountry() {
        #expect(Route.caseFile("x").href(to: .country("KAZ")) == "../../countries/kaz/index.html")
        #expect(Route.home.href(to: .country("kaz")) == "./countries/kaz/index.html")
    }

    @Test("links to the home page and between cases")
    func hrefHome() {
        #expect(Route.home.href(to: .home) == "./index.html")
        #expect(Route.caseFile("x").href(to: .home) == "../../index.html")
        #expect(Route.document(caseSlug: "x", slug: "d").href(to: .caseFile("x")) == "../../../cases/x/index.html")
        #expect(Route.caseFile("x").href(to: .document(caseSlug: "x", slug: "d")) == "../../cases/x/d/index.html")
        #expect(Route.caseFile("x").href(to: .notFound) == "../../404.html")
    }

    @Test("fragments are appended after #")
    func fragments() {
        #expect(Route.document(caseSlug: "x", slug: "d").href(to: .instrument("iccpr"), fragment: "article-19")
            == "../../../instruments/iccpr/index.html#article-19")
        #expect(Route.home.href(to: .caseFile("x"), fragment: nil) == "./cases/x/index.html")
    }

    @Test("slugs made from free text: ASCII lowercased, other letters folded, everything else one hyphen", arguments: [
        ("Freedom of Expression", "freedom-of-expression"),
        ("  Arbitrary   detention (art. 9) ", "arbitrary-detention-art-9"),
        ("Défense des droits — Müller", "defense-des-droits-muller"),
        ("ÉCOLE", "ecole"),
        ("!!!", "item"),
        ("", "item"),
        ("Физическое нападение", "fizicheskoe-napadenie"),
        ("Произвольный арест (ст. 9)", "proizvolnyi-arest-st-9"),
        ("Straße, Łódź", "strasse-lodz"),
        ("Ελευθερία", "eleitheria"),
    ])
    func madeSlugs(_ text: String, _ slug: String) {
        #expect(Slug.make(from: text) == slug)
    }

    @Test("a label in a script with no Latin spelling here gets a hash of its own: no two share a slug, and every slug is valid")
    func unspelledScripts() {
        let labels = ["اعتداء جسدي", "اعتقال تعسفي", "人身攻击", "任意逮捕", "اعتقال 9", "اعتقال 9 تعسفي", "!!!"]
        let slugs = labels.map(Slug.make(from:))
        #expect(Set(slugs).count == labels.count)
        #expect(slugs.allSatisfy(Slug.isValid))
        #expect(slugs[4].hasPrefix("9-") && Slug.make(from: "اعتداء جسدي") == slugs[0])
        #expect(Slug.make(from: String(repeating: "قضية ", count: 60)).count <= 120)
    }

    @Test("valid slugs are lowercase ASCII letters and digits joined by single hyphens, at most 120 bytes", arguments: [
        ("gulzada-serzhan", true), ("al-kaz-4-2021", true), ("x", true), (String(repeating: "a", count: 120), true),
        ("", false), ("-x", false), ("x-", false), ("a--b", false), ("Gulzada", false), ("a_b", false), ("a b", false),
        ("é", false), ("ａ", false), ("a\u{301}", false), (String(repeating: "a", count: 121), false),
    ])
    func validSlugs(_ text: String, _ valid: Bool) {
        #expect(Slug.isValid(text) == valid)
    }
}
