import CasebookKit

/// The banner at the top of every page after a failed build: each diagnostic as
/// `path:line:column: error: message`, escaped, until a build succeeds again.
struct ErrorOverlay: Sendable, Hashable {
    /// The failed build's diagnostics, errors and warnings, in order.
    var diagnostics: [Diagnostic]

    /// The overlay's HTML: a stylesheet link (the pages forbid inline styles) and the list.
    var html: String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let items = diagnostics.map { "<li><code>\(Escaping.html($0.description))</code></li>" }.joined(separator: "\n")
        return """
            <link rel="stylesheet" href="/__casebook/overlay.css">
            <section id="casebook-overlay" role="alert" lang="en" dir="ltr" aria-labelledby="casebook-overlay-title">
            <h2 id="casebook-overlay-title">The build failed with \(errors) error\(errors == 1 ? "" : "s"). \
            This page is from the last good build.</h2>
            <ol>
            \(items)
            </ol>
            <p>Fix the files and save them: the page reloads by itself.</p>
            </section>

            """
    }
}
