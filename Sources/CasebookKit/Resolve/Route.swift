/// A page of the site; its clean URL is `path`, written to `path/index.html`.
public enum Route: Sendable, Hashable {
    case home
    case caseList
    case caseFile(String)
    case document(caseSlug: String, slug: String)
    case defenderList
    case defender(String)
    case organizationList
    case organization(String)
    case mandateList
    case mandate(String)
    case countryList
    case country(String)
    case instrumentList
    case instrument(String)
    case yearList
    case year(Int)
    case search
    case notFound
    /// Archive page `number` (1 or more, from the oldest items) of a long list whose front page is the route itself.
    indirect case page(Route, Int)

    /// The folder under a list that holds its later pages; no case may take it as its slug.
    static let pagesFolder = "page"

    /// Archive page `number` of this list: the route itself, its front page, for 0.
    func paged(_ number: Int) -> Route { number < 1 ? self : .page(self, number) }

    /// The site-relative folder of the page, with a trailing slash (empty for the home page).
    public var path: String {
        switch self {
        case .home: ""
        case .caseList: "cases/"
        case .caseFile(let slug): "cases/\(slug)/"
        case .document(let caseSlug, let slug): "cases/\(caseSlug)/\(slug)/"
        case .defenderList: "defenders/"
        case .defender(let slug): "defenders/\(slug)/"
        case .organizationList: "organizations/"
        case .organization(let slug): "organizations/\(slug)/"
        case .mandateList: "mandates/"
        case .mandate(let slug): "mandates/\(slug)/"
        case .countryList: "countries/"
        case .country(let code): "countries/\(code.lowercased())/"
        case .instrumentList: "instruments/"
        case .instrument(let slug): "instruments/\(slug)/"
        case .yearList: "years/"
        case .year(let year): "years/\(year)/"
        case .search: "search/"
        case .notFound: "404/"
        case .page(let list, let number): "\(list.path)\(Self.pagesFolder)/\(number)/"
        }
    }

    /// The file the page is written to, relative to the site folder.
    public var file: String { self == .notFound ? "404.html" : path + "index.html" }

    /// How many folders deep the page's file lies: the number of `/` in `path`, which slugs never contain.
    var depth: Int {
        switch self {
        case .home, .notFound: 0
        case .caseList, .defenderList, .organizationList, .mandateList, .countryList, .instrumentList, .yearList, .search: 1
        case .caseFile, .defender, .organization, .mandate, .country, .instrument, .year: 2
        case .document: 3
        case .page(let list, _): list.depth + 2
        }
    }

    /// A link from this page to `target`, relative so the site works from any sub-path and from disk.
    public func href(to target: Route, fragment: String? = nil) -> String {
        relativePrefix + target.file + (fragment.map { "#" + $0 } ?? "")
    }

    /// `../` once per folder between this page and the site's root (`./` at the root).
    public var relativePrefix: String { depth < Self.prefixes.count ? Self.prefixes[depth] : String(repeating: "../", count: depth) }

    private static let prefixes = ["./", "../", "../../", "../../../", "../../../../"]
}
