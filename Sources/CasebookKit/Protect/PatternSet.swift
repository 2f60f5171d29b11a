/// Finds every occurrence of many byte patterns in one pass over a text (an Aho–Corasick automaton,
/// made a full table of transitions): one table load a byte, whatever the number of patterns.
struct PatternSet: Sendable, Hashable {
    /// The length of each pattern, by id.
    private(set) var lengths: [Int] = []
    /// The class of each byte: the bytes of the patterns each have their own, all others share class 0.
    private var classes = [Int32](repeating: 0, count: 256)
    private var classCount = 1
    /// The next state from each state and class, at `state * classCount + class`; each target is stored
    /// as its row (`state * classCount`) times two, plus one when patterns end there.
    private var transitions: [Int32] = []
    private var failure: [Int32] = [0]
    private var matchStart: [Int32] = [0]
    private var matchIDs: [Int32] = []

    /// An automaton for `patterns`; a pattern's id is its index. Empty patterns never match.
    init(_ patterns: [[UInt8]]) {
        lengths = patterns.map(\.count)
        for byte in Set(patterns.joined()).sorted() {
            classes[Int(byte)] = Int32(classCount)
            classCount += 1
        }
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
        for (_, child) in children[0].sorted(by: { $0.key < $1.key }) { queue.append(child) }
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
        matchStart = [0]
        for state in children.indices {
            matchIDs += matches[state]
            matchStart.append(Int32(matchIDs.count))
        }
        fillTransitions(children: children, order: queue)
    }

    /// Fills `transitions` in breadth-first `order`: a state goes where its failure goes, except along its own edges.
    private mutating func fillTransitions(children: [[UInt8: Int32]], order: [Int32]) {
        let width = classCount
        transitions = [Int32](repeating: 0, count: children.count * width)
        func entry(_ target: Int32) -> Int32 {
            Int32(Int(target) * width * 2) | (matchStart[Int(target)] != matchStart[Int(target) + 1] ? 1 : 0)
        }
        for state in [0] + order.map(Int.init) {
            let row = state * width
            if state != 0 {
                let failureRow = Int(failure[state]) * width
                for column in 0..<width { transitions[row + column] = transitions[failureRow + column] }
            }
            for (byte, child) in children[state] { transitions[row + Int(classes[Int(byte)])] = entry(child) }
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
    var isEmpty: Bool { matchIDs.isEmpty }

    /// Calls `found` with the id and the last index of every occurrence in `text`, in order of their end.
    func matches(in text: [UInt8], _ found: (_ id: Int, _ end: Int) -> Void) {
        text.withUnsafeBufferPointer { matches(in: $0, found) }
    }

    /// Calls `found` with the id and the last index of every occurrence in `text`, in order of their end.
    func matches(in text: UnsafeBufferPointer<UInt8>, _ found: (_ id: Int, _ end: Int) -> Void) {
        guard !isEmpty else { return }
        let width = classCount
        classes.withUnsafeBufferPointer { classes in
            transitions.withUnsafeBufferPointer { transitions in
                var row = 0
                for index in 0..<text.count {
                    let entry = Int(transitions[row + Int(classes[Int(text[index])])])
                    row = entry >> 1
                    guard entry & 1 != 0 else { continue }
                    let state = row / width
                    for slot in Int(matchStart[state])..<Int(matchStart[state + 1]) { found(Int(matchIDs[slot]), index) }
                }
            }
        }
    }
}
