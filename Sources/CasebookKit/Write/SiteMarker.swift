import Foundation

/// The file Casebook writes at the top of every output folder it makes, so that a later build knows the
/// folder is its own to replace; a build replaces no other non-empty folder.
public enum SiteMarker {
    /// The marker's file name.
    public static let name = ".casebook-site"

    /// What the marker says to whoever opens it.
    static let text = """
        This folder was made by Casebook (casebook build or casebook serve). Each build deletes and
        replaces it whole, so keep nothing else in it. Casebook replaces only folders holding this file.

        """

    /// The marker as a file of the site, written by every build.
    static var file: OutputFile { OutputFile(path: name, contents: Array(text.utf8)) }

    /// Whether `folder` holds the marker.
    static func marks(_ folder: URL) -> Bool {
        var status = stat()
        return lstat(folder.appendingPathComponent(name).path, &status) == 0 && status.st_mode & S_IFMT == S_IFREG
    }

    /// Marks `folder`, which only Casebook writes but which a Casebook from before the marker may have
    /// left unmarked (the preview's build folder); a missing folder is left missing.
    public static func adopt(_ folder: URL) throws {
        var status = stat()
        guard lstat(folder.path, &status) == 0, status.st_mode & S_IFMT == S_IFDIR, !marks(folder) else { return }
        try file.write(into: folder)
    }
}
