extension PostingsSpill {
    /// Hands every term of every run to `body` once, in UTF-16 order, with its postings in page order.
    func merge(_ body: (String, [SearchIndex.Posting]) throws -> Void) throws {
        var heap = Heap(try runs.map { try Cursor(file, run: $0) })
        var postings: [SearchIndex.Posting] = []
        while let first = heap.first {
            let units = first.term!
            postings.removeAll(keepingCapacity: true)
            // Equal terms leave the heap in run order, since ties go to the earlier run.
            while let run = heap.first, run.term! == units {
                postings += run.postings
                try heap.advanceFirst()
            }
            try body(String(decoding: units, as: UTF16.self), postings)
        }
    }

    /// The runs' cursors ordered by their terms, ties by run, the least first.
    private struct Heap {
        private var cursors: [Cursor]
        private var order: [Int]

        init(_ cursors: [Cursor]) {
            self.cursors = cursors
            order = []
            for run in cursors.indices where cursors[run].term != nil {
                order.append(run)
                var child = order.count - 1
                while child > 0, precedes(order[child], order[(child - 1) / 2]) {
                    order.swapAt(child, (child - 1) / 2)
                    child = (child - 1) / 2
                }
            }
        }

        /// The cursor at the least term, or nil when every run is read.
        var first: Cursor? { order.first.map { cursors[$0] } }

        /// Moves the first cursor to its next term, out of the heap past its run's last.
        mutating func advanceFirst() throws {
            try cursors[order[0]].advance()
            if cursors[order[0]].term == nil {
                order.swapAt(0, order.count - 1)
                order.removeLast()
            }
            var parent = 0
            while true {
                let (left, right) = (2 * parent + 1, 2 * parent + 2)
                var least = parent
                if left < order.count, precedes(order[left], order[least]) { least = left }
                if right < order.count, precedes(order[right], order[least]) { least = right }
                guard least != parent else { return }
                order.swapAt(parent, least)
                parent = least
            }
        }

        private func precedes(_ first: Int, _ second: Int) -> Bool {
            let (a, b) = (cursors[first].term!, cursors[second].term!)
            return PostingsSpill.precedes(a, b) || (a == b && first < second)
        }
    }
}
