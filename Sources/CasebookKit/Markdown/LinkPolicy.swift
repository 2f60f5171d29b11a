/// Which link targets Markdown may keep: the rest are unlinked, whatever cmark's own mode.
public enum LinkPolicy {
    /// Whether a link may point at `url`: http, https and mailto, or a path or fragment within the site.
    public static func allowsLink(_ url: String) -> Bool {
        guard let scheme = scheme(of: url) else { return !isOtherHost(url) }
        return ["http", "https", "mailto"].contains(scheme)
    }

    /// Whether an image may load from `url`: only from the site itself, so a page requests nothing elsewhere.
    public static func allowsImage(_ url: String) -> Bool {
        scheme(of: url) == nil && !isOtherHost(url) && !url.isEmpty
    }

    /// Whether `url` names a host, as `//host/…` does: browsers drop leading spaces and controls, tabs and
    /// line breaks, and read `\` as `/`, so ` /\host` is `//host` too.
    private static func isOtherHost(_ url: String) -> Bool {
        let start = url.unicodeScalars.drop { $0.value <= 0x20 }.filter { $0 != "\t" && $0 != "\n" && $0 != "\r" }
        return start.prefix(2).count == 2 && start.prefix(2).allSatisfy { $0 == "/" || $0 == "\\" }
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
