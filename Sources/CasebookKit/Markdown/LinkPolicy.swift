/// Which link targets Markdown may keep: the rest are unlinked, whatever cmark's own mode.
public enum LinkPolicy {
    /// Whether a link may point at `url`: http, https and mailto, or a path or fragment within the site.
    public static func allowsLink(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return !url.hasPrefix("//") && !url.hasPrefix("\\\\") }
        return ["http", "https", "mailto"].contains(scheme)
    }

    /// Whether an image may load from `url`: only from the site itself, so a page requests nothing elsewhere.
    public static func allowsImage(_ url: String) -> Bool {
        scheme(of: url) == nil && !url.hasPrefix("//") && !url.hasPrefix("\\\\") && !url.isEmpty
    }

    /// The lower-cased scheme, ignoring the control characters and spaces browsers ignore (`java\tscript:`).
    static func scheme(of url: String) -> String? {
        let cleaned = url.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F }
        guard let colon = cleaned.firstIndex(of: ":") else { return nil }
        let candidate = cleaned[..<colon]
        guard !candidate.contains("/"), !candidate.contains("?"), !candidate.contains("#") else { return nil }
        return String(String.UnicodeScalarView(candidate)).lowercased()
    }
}
