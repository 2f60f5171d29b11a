/// One page as the search index sees it: what is matched, what a result shows, and its filter values.
///
/// Its fields live in one box: a rebuild keeps most documents of the last build, and copying or comparing
/// a kept one then costs a reference instead of one per field.
@dynamicMemberLookup
public struct SearchDocument: Sendable, Hashable {
    /// The document's fields.
    public struct Fields: Sendable, Hashable {
        public var title: String
        /// The page's site-relative folder, e.g. `cases/x/`.
        public var path: String
        public var date: Day?
        public var summary: String
        /// People's public names and their declared variants, weighted above the body.
        public var names: [String]
        /// The body as plain text.
        public var body: String
        /// Every filter value the page carries, its kind first.
        public var facets: [FacetValue]
    }

    private var box: Box<Fields>

    /// A document with these fields.
    public init(title: String, path: String, date: Day?, summary: String, names: [String], body: String, facets: [FacetValue]) {
        box = Box(Fields(title: title, path: path, date: date, summary: summary, names: names, body: body, facets: facets))
    }

    /// Reads or changes one field.
    public subscript<Value>(dynamicMember field: WritableKeyPath<Fields, Value>) -> Value {
        get { box.value[keyPath: field] }
        set { box = box.replacing(field, with: newValue) }
    }

    /// What the filter data shows of the page, its date and filter values, once its terms are weighed
    /// and its text and record written.
    var filters: SearchDocument {
        SearchDocument(title: "", path: "", date: self.date, summary: "", names: [], body: "", facets: self.facets)
    }

    public static func == (a: SearchDocument, b: SearchDocument) -> Bool { a.box.holdsSameValue(as: b.box) }

    public func hash(into hasher: inout Hasher) { hasher.combine(box.value) }
}

/// A filter of the search page.
public enum SearchFacet: String, Sendable, Hashable, CaseIterable {
    case kind, country, year, defender, organization, violation, instrument, article, mandate, issuer
    /// The language of a page's texts, on a site in several languages.
    case language

    /// The interface-string key of the filter's name.
    var labelKey: String { "facet_\(rawValue)" }
}

/// One value of a filter, e.g. country `KAZ` shown as "Kazakhstan".
///
/// Its fields live in one box, shared by every page carrying the value: a page carries twenty or more
/// values (each article its texts cite is one), and a list of them then holds a reference each.
public struct FacetValue: Sendable, Hashable {
    private let fields: Box<Fields>

    private struct Fields: Sendable, Hashable {
        var facet: SearchFacet
        var value: String
        var label: String
        var key: String
    }

    /// A value of `facet`, shown as `label`.
    public init(facet: SearchFacet, value: String, label: String) {
        fields = Box(Fields(facet: facet, value: value, label: label, key: "\(facet.rawValue)=\(value)"))
    }

    public var facet: SearchFacet { fields.value.facet }
    public var value: String { fields.value.value }
    public var label: String { fields.value.label }
    /// The posting key shared with the text terms; `=` never occurs in a term. Made once: the index
    /// looks values up by it for every page.
    public var key: String { fields.value.key }

    public static func == (lhs: FacetValue, rhs: FacetValue) -> Bool { lhs.fields.holdsSameValue(as: rhs.fields) }

    /// Hashes the key alone, which the other fields decide: a case's cited values are gathered in sets.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(key)
    }
}
