import Foundation

/// Notices changes to the files a build reads by comparing snapshots of their modification times and
/// sizes, taken by polling.
///
/// Polling costs one `stat` per file and poll, but it needs no platform API, it sees editors that save
/// by writing a new file and renaming it, and it cannot miss events while a build runs.
struct ContentWatcher: Sendable {
    /// What a file looked like at one poll.
    struct Stamp: Sendable, Hashable {
        var modified: Date
        var size: Int
    }

    /// Folders, watched with everything under them, and single files; missing ones are watched for
    /// their creation.
    var locations: [URL]

    /// Every watched file's stamp, by path.
    func snapshot() -> [String: Stamp] {
        let keys: [URLResourceKey] = [.contentModificationDateKey, .fileSizeKey, .isRegularFileKey]
        var stamps: [String: Stamp] = [:]
        func record(_ url: URL) {
            guard let values = try? url.resourceValues(forKeys: Set(keys)), values.isRegularFile == true else { return }
            stamps[url.path] = Stamp(modified: values.contentModificationDate ?? .distantPast, size: values.fileSize ?? 0)
        }
        for location in locations {
            record(location)
            let files = FileManager.default.enumerator(at: location, includingPropertiesForKeys: keys)
            while let url = files?.nextObject() as? URL { record(url) }
        }
        return stamps
    }

    /// Waits until the files change, then until they stay unchanged for one interval, so a burst of
    /// saves leads to one build (a burst longer than ten intervals builds anyway); returns the new
    /// snapshot, or `nil` once `stopped` is true.
    func nextChange(after previous: [String: Stamp], interval: Double, stopped: () -> Bool) -> [String: Stamp]? {
        var latest = previous
        var changingPolls = 0
        while !stopped() {
            Thread.sleep(forTimeInterval: interval)
            let next = snapshot()
            if next != latest {
                latest = next
                changingPolls += 1
                if changingPolls < 10 { continue }
            }
            if latest != previous { return latest }
        }
        return nil
    }
}
