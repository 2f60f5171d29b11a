import Foundation

/// A position in a content or template file, printed as `path:line:column`.
public struct SourceLocation: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// The file's path as the user named it (relative to the project root where possible).
    public var path: String
    /// One-based line number.
    public var line: Int
    /// One-based column number.
    public var column: Int

    /// Creates a location; line and column are one-based.
    public init(path: String, line: Int = 1, column: Int = 1) {
        self.path = path
        self.line = line
        self.column = column
    }

    /// `path:line:column`, with the path's line breaks and other invisible or control characters escaped, so
    /// that a file name cannot print a line of its own.
    public var description: String { "\(VisibleText.escaped(path)):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.path, lhs.line, lhs.column) < (rhs.path, rhs.line, rhs.column)
    }

    /// The path to show for a file: relative to the working directory when inside it, else absolute.
    public static func displayPath(of url: URL) -> String { DisplayPaths()(url.standardizedFileURL.path) }

    /// Display paths for many files, with the working directory read once.
    struct DisplayPaths: Sendable {
        private let prefix: String

        init() {
            let cwd = FileManager.default.currentDirectoryPath
            prefix = cwd.hasSuffix("/") ? cwd : cwd + "/"
        }

        /// The display path of a standardized absolute path.
        func callAsFunction(_ path: String) -> String { path.hasPrefix(prefix) ? String(path.dropFirst(prefix.count)) : path }
    }

    /// The same file, moved down by `lines` (for text that starts below a front-matter block).
    public func offset(lines: Int) -> SourceLocation {
        SourceLocation(path: path, line: line + lines, column: column)
    }
}

/// A value read from content together with where it was written.
public struct Located<Value: Sendable & Hashable>: Sendable, Hashable {
    /// The value as written.
    public var value: Value
    /// Where the value was written.
    public var location: SourceLocation

    /// Pairs a value with its location.
    public init(_ value: Value, at location: SourceLocation) {
        self.value = value
        self.location = location
    }
}
