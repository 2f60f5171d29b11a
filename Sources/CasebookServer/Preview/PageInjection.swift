import CasebookKit
import Foundation

/// What the preview adds to every HTML page it serves, and never to the built files: the live-reload
/// script, and after a failed build an overlay listing the build's diagnostics.
struct PageInjection: Sendable {
    /// Loads the reload script from the preview's own origin, which the pages' `script-src 'self'` allows.
    static let scriptTag = #"<script src="/__casebook/reload.js" defer></script>"#

    /// The diagnostics of the latest build when it failed; `nil` after a good build.
    var failure: [Diagnostic]?

    /// `page` with the script before `</body>` and, after a failed build, the overlay right after `<body>`.
    func apply(to page: [UInt8]) -> [UInt8] {
        var html = String(decoding: page, as: UTF8.self)
        if let end = html.range(of: "</body>", options: [.caseInsensitive, .backwards]) {
            html.insert(contentsOf: Self.scriptTag, at: end.lowerBound)
        } else {
            html += Self.scriptTag
        }
        if let failure {
            html.insert(contentsOf: ErrorOverlay(diagnostics: failure).html, at: Self.bodyStart(in: html))
        }
        return Array(html.utf8)
    }

    /// The page served while no build has succeeded yet: the overlay and the script, nothing else.
    var placeholderPage: [UInt8] {
        apply(to: Array("<!doctype html>\n<html lang=\"en\">\n<title>Casebook preview</title>\n<body>\n</body>\n</html>\n".utf8))
    }

    /// Where the body's content starts: after the `<body …>` tag, or at the start of a page without one.
    private static func bodyStart(in html: String) -> String.Index {
        var search = html.startIndex..<html.endIndex
        while let open = html.range(of: "<body", options: .caseInsensitive, range: search) {
            let next = html[open.upperBound...].first
            if next == ">" || next?.isWhitespace == true, let close = html[open.upperBound...].firstIndex(of: ">") {
                return html.index(after: close)
            }
            search = open.upperBound..<html.endIndex
        }
        return html.startIndex
    }
}
