/// A file of the built site: a path relative to the site folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// Relative path with `/` separators, e.g. `cases/x/index.html`.
    public var path: String
    public var contents: [UInt8]

    /// Pairs a site-relative path with its bytes.
    public init(path: String, contents: [UInt8]) {
        self.path = path
        self.contents = contents
    }
}
