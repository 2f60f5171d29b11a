import Mustache

/// The content type every template renders with: `{{value}}` escaped by `Escaping.html`.
///
/// swift-mustache's own HTML escaping looks up every `Character` in a dictionary, which was a third of
/// the render stage, and misses a quote carrying a combining mark; this one scans UTF-8 bytes.
struct HTMLContent: MustacheContentType {
    func escapeText(_ text: String) -> String { Escaping.html(text) }

    /// Put on a line of its own before each template's text, so its values and those of its partials and
    /// parents use this type; a standalone tag's line renders as nothing.
    static var pragma: String {
        _ = registration
        return "{{%CONTENT_TYPE:\(name)}}\n"
    }

    private static let name = "casebook-html"
    private static let registration: Void = MustacheContentTypes.register(HTMLContent(), named: name)
}
