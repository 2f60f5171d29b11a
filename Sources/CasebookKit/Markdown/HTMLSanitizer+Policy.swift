/// What raw HTML may keep: everything not listed here is dropped.
extension HTMLSanitizer {
    /// Elements kept, each with whether it is void (no content, no end tag).
    static let elements: [String: Bool] = {
        let container = [
            "a", "abbr", "b", "bdi", "bdo", "blockquote", "caption", "cite", "code", "dd", "del", "details", "dfn", "div",
            "dl", "dt", "em", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "i", "ins", "kbd", "li", "mark",
            "ol", "p", "pre", "q", "rp", "rt", "ruby", "s", "samp", "small", "span", "strong", "sub", "summary", "sup",
            "table", "tbody", "td", "tfoot", "th", "thead", "time", "tr", "u", "ul", "var", "colgroup",
        ]
        let void = ["br", "hr", "img", "wbr", "col"]
        return Dictionary(uniqueKeysWithValues: container.map { ($0, false) } + void.map { ($0, true) })
    }()

    /// Attributes any kept element may carry.
    static let globalAttributes: Set<String> = ["title", "lang", "dir", "id", "class"]

    /// Attributes of particular elements; `href` and `src` are kept only where `LinkPolicy` allows the URL.
    static let elementAttributes: [String: Set<String>] = [
        "a": ["href", "hreflang"], "img": ["src", "alt", "width", "height"], "ol": ["start", "reversed", "type"],
        "li": ["value"], "td": ["colspan", "rowspan", "headers"], "th": ["colspan", "rowspan", "headers", "scope", "abbr"],
        "col": ["span"], "colgroup": ["span"], "time": ["datetime"], "del": ["datetime"], "ins": ["datetime"],
        "details": ["open"],
    ]

    /// Elements whose content a browser reads as raw text, up to their end tag: dropped with it.
    static let rawTextElements: Set<String> = [
        "script", "style", "xmp", "iframe", "noembed", "noframes", "noscript", "textarea", "title", "plaintext",
    ]

    /// Elements dropped with everything inside them; other elements not kept lose only their tags.
    static let droppedWithContent: Set<String> = ["template", "select", "object", "applet", "svg", "math", "frameset", "head"]
}
