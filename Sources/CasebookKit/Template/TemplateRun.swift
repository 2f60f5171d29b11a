/// One rendering of a program: the output bytes, and the addresses of the values being rendered.
struct TemplateRun {
    let steps: [TemplateProgram.Step]
    let text: UnsafeBufferPointer<UInt8>
    let lookups: [TemplateProgram.Resolved]
    var out: [UInt8]
    /// The page, then each entered value and list item.
    var frames: [UnsafeRawPointer] = []
    /// Each frame's index in its list and the list's count; (0, 0) for a frame that is no list item.
    var positions: [(index: Int, count: Int)] = []
    /// In indented partials: where each body's output starts, and each piece's, with whether it starts a line.
    var bodies: [Int] = []
    var pieces: [(start: Int, lineStart: Bool)] = []

    init(steps: [TemplateProgram.Step], text: UnsafeBufferPointer<UInt8>, lookups: [TemplateProgram.Resolved], out: [UInt8]) {
        (self.steps, self.text, self.lookups, self.out) = (steps, text, lookups, out)
        frames.reserveCapacity(8)
        positions.reserveCapacity(8)
    }

    mutating func run(_ range: Range<Int>) {
        var pc = range.lowerBound
        while pc < range.upperBound {
            switch steps[pc] {
            case .text(let start, let end):
                out.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<end]))
                pc += 1
            case .print(let lookup, let leaf, let escaped):
                _ = find(lookup) { run, value in run.print(value, leaf, escaped: escaped) }
                pc += 1
            case .section(let lookup, let section, let inverted, let end):
                let body = pc + 1..<end
                var ran = false
                let found = find(lookup) { run, value in ran = run.enter(section, lookup, value, body: inverted ? nil : body) }
                if inverted, !(found && ran) { run(body) }
                pc = end
            case .position(let last, let depth, let inverted, let end):
                let (index, count) = positions[depth]
                if (last ? index == count - 1 : index == 0) != inverted { run(pc + 1..<end) }
                pc = end
            case .bodyStart:
                bodies.append(out.count)
                pc += 1
            case .bodyEnd:
                bodies.removeLast()
                pc += 1
            case .pieceStart:
                pieces.append((out.count, out.count > (bodies.last ?? 0) && endsLine()))
                pc += 1
            case .pieceEnd(let start, let end):
                let piece = pieces.removeLast()
                if piece.lineStart, out.count > piece.start { out.insert(contentsOf: text[start..<end], at: piece.start) }
                pc += 1
            }
        }
    }

    /// Runs `body` for the section over the value at `address` (tests only, when nil); whether it is true or non-empty.
    private mutating func enter(_ section: TemplateProgram.Section, _ lookup: Int, _ address: UnsafeRawPointer, body: Range<Int>?) -> Bool {
        switch section {
        case .bool:
            guard address.load(as: Bool.self) else { return false }
            if let body { run(body) }
        case .optional:
            guard let body else { return true }
            push(address, (0, 0))
            run(body)
            pop()
        case .list:
            guard let access = lookups[lookup].list else { return false }
            guard let body else { return access.count(address) > 0 }
            var any = false
            access.each(address) { item, index, count in
                any = true
                push(item, (index, count))
                run(body)
                pop()
            }
            return any
        case .emptyList:
            guard lookups[lookup].list?.count(address) == 0 else { return false }
            if let body { run(body) }
        case .emptyText:
            guard address.assumingMemoryBound(to: String.self).pointee.isEmpty else { return false }
            if let body { run(body) }
        case .zero:
            guard address.load(as: Int.self) == 0 else { return false }
            if let body { run(body) }
        }
        return true
    }

    /// Whether the output ends with a line feed that is a character of its own: swift-mustache compared
    /// characters, and "\r\n" is one.
    private func endsLine() -> Bool {
        out.last == UInt8(ascii: "\n") && (out.count < 2 || out[out.count - 2] != UInt8(ascii: "\r"))
    }

    private mutating func push(_ frame: UnsafeRawPointer, _ position: (Int, Int)) {
        frames.append(frame)
        positions.append(position)
    }

    private mutating func pop() {
        frames.removeLast()
        positions.removeLast()
    }

    /// Calls `body` with the address of the looked-up value; false when it is missing.
    private mutating func find(_ lookup: Int, _ body: (inout TemplateRun, UnsafeRawPointer) -> Void) -> Bool {
        let base = frames[lookups[lookup].first.depth]
        switch lookups[lookup].first.access(base, &self, body) {
        case .found: return true
        case .missingLater: return false
        case .missingFirst: break
        }
        for place in lookups[lookup].then {
            switch place.access(frames[place.depth], &self, body) {
            case .found: return true
            case .missingLater: return false
            case .missingFirst: continue
            }
        }
        return false
    }

    private mutating func print(_ address: UnsafeRawPointer, _ leaf: TemplateProgram.Leaf, escaped: Bool) {
        switch leaf {
        case .text:
            let text = address.assumingMemoryBound(to: String.self).pointee
            if escaped { TemplateBytes.appendEscaped(text, to: &out) } else { TemplateBytes.appendRaw(text, to: &out) }
        case .int: out.append(contentsOf: String(address.load(as: Int.self)).utf8)
        case .bool: out.append(contentsOf: (address.load(as: Bool.self) ? "true" : "false").utf8)
        }
    }
}
