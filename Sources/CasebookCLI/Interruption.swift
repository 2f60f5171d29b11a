import Foundation

/// Turns Ctrl-C (SIGINT) and SIGTERM into a clean stop: `wait` returns at the first one, and a second
/// one, for a stop that takes too long, exits at once.
final class Interruption: @unchecked Sendable {
    private let signals = DispatchSemaphore(value: 0)
    private let queue = DispatchQueue(label: "casebook.interruption")
    private var sources: [DispatchSourceSignal] = []
    /// Signals received so far; read and written on `queue` only.
    private var received = 0

    /// Catches the signals from now on, instead of letting them end the process.
    init() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: queue)
            source.setEventHandler { [unowned self] in
                received += 1
                if received > 1 { exit(130) }
                signals.signal()
            }
            source.resume()
            sources.append(source)
        }
    }

    /// Waits for the first signal.
    func wait() {
        signals.wait()
    }
}
