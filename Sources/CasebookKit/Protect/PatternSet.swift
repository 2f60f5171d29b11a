/// Finds every occurrence of many byte patterns in one pass over a text (an Aho–Corasick automaton):
/// time linear in the text and the matches, whatever the number of patterns.
struct PatternSet: Sendable, Hashable {
    /// The length of each pattern, by id.
    private(set) var lengths: [Int] = []
    private var rootNext = [Int32](repeating: 0, count: 256)
    private var edgeStart: [Int32] = [0]
    private var edgeBytes: [UInt8] = []
    private var edgeTargets: [Int32] = []
    private var failure: [Int32] = [0]
    private var matchStart: [Int32] = [0]
    private var matchIDs: [Int32] = []

    /// An automaton for `patterns`; a pattern's id is its index. Empty patterns never match.
    init(_ patterns: [[UInt8]]) {
        lengths = patterns.map(\.count)
        var children: [[UInt8: Int32]] = [[:]]
        var ends: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for byte in pattern {
                if let next = children[Int(state)][byte] {
                    state = next
                } else {
                    children.append([:])
                    ends.append([])
                    children[Int(state)][byte] = Int32(children.count - 1)
                    state = Int32(children.count - 1)
                }
            }
            ends[Int(state)].append(Int32(id))
        }
        link(children: children, ends: ends)
    }

    private mutating func link(children: [[UInt8: Int32]], ends: [[Int32]]) {
        failure = [Int32](repeating: 0, count: children.count)
        var matches = ends
        var queue: [Int32] = []
        for (byte, child) in children[0] {
            rootNext[Int(byte)] = child
            queue.append(child)
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            for (byte, child) in children[Int(state)].sorted(by: { $0.key < $1.key }) {
                failure[Int(child)] = next(from: failure[Int(state)], byte, children: children)
                matches[Int(child)] += matches[Int(failure[Int(child)])]
                queue.append(child)
            }
        }
        edgeStart = [0]
        matchStart = [0]
        for state in children.indices {
            for (byte, child) in children[state].sorted(by: { $0.key < $1.key }) {
                edgeBytes.append(byte)
                edgeTargets.append(child)
            }
            edgeStart.append(Int32(edgeBytes.count))
            matchIDs += matches[state]
            matchStart.append(Int32(matchIDs.count))
        }
    }

    private func next(from state: Int32, _ byte: UInt8, children: [[UInt8: Int32]]) -> Int32 {
        var current = state
        while true {
            if let child = children[Int(current)][byte] { return child }
            if current == 0 { return 0 }
            current = failure[Int(current)]
        }
    }

    /// Whether there is no pattern to look for.
    var isEmpty: Bool { edgeBytes.isEmpty }

    /// Calls `found` with the id and the last index of every occurrence in `text`, in order of their end.
    func matches(in text: [UInt8], _ found: (_ id: Int, _ end: Int) -> Void) {
        guard !isEmpty else { return }
        var state: Int32 = 0
        for (index, byte) in text.enumerated() {
            state = step(state, byte)
            let range = Int(matchStart[Int(state)])..<Int(matchStart[Int(state) + 1])
            for slot in range { found(Int(matchIDs[slot]), index) }
        }
    }

    private func step(_ state: Int32, _ byte: UInt8) -> Int32 {
        var current = state
        while current != 0 {
            let edges = Int(edgeStart[Int(current)])..<Int(edgeStart[Int(current) + 1])
            if let slot = edges.first(where: { edgeBytes[$0] == byte }) { return edgeTargets[slot] }
            current = failure[Int(current)]
        }
        return rootNext[Int(byte)]
    }
}
