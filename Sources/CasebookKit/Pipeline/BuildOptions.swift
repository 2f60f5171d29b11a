import Foundation

/// Where a build reads from and writes to.
public struct BuildOptions: Sendable {
    /// The project folder, holding `casebook.yml`.
    public var root: URL
    /// The content folder (default `<root>/content`).
    public var content: URL
    /// The templates folder (default `<root>/templates`).
    public var templates: URL
    /// The output folder (default `<root>/site`).
    public var output: URL
    /// What may be published: the build's clock and whether drafts are previewed.
    public var publication = Publication(now: Day.today())
    /// The site's public address, overriding `base_url` of `casebook.yml` (a preview published elsewhere).
    public var baseURL: String?
    /// Called as each stage starts, advances and finishes; `nil` reports nothing.
    public var progress: (@Sendable (BuildProgress) -> Void)?

    /// Options for the project at `root`, with any folder overridden.
    public init(root: URL, content: URL? = nil, templates: URL? = nil, output: URL? = nil) {
        self.root = root
        self.content = content ?? root.appendingPathComponent("content")
        self.templates = templates ?? root.appendingPathComponent("templates")
        self.output = output ?? root.appendingPathComponent("site")
    }
}
