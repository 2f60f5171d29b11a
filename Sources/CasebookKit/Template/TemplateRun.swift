/// One rendering of a program: the output bytes, and the addresses of the values being rendered.
struct TemplateRun {
    let instructions: [TemplateProgram.Instruction]
    var out: [UInt8]
    /// The page, then each entered value and list item.
    var frames: [UnsafeRawPointer] = []
    /// Each frame's index in its list and the list's count; (0, 0) for a frame that is no list item.
    var positions: [(index: Int, count: Int)] = []

    init(instructions: [TemplateProgram.Instruction], out: [UInt8]) {
        self.instructions = instructions
        self.out = out
        frames.reserveCapacity(8)
        positions.reserveCapacity(8)
    }

    mutating func run(_ range: Range<Int>) {
        var pc = range.lowerBound
        while pc < range.upperBound {
            switch instructions[pc] {
            case .text(let bytes):
                out.append(contentsOf: bytes)
                pc += 1
            case .print(let lookup, let kind, let escaped):
                _ = find(lookup) { run, value in run.print(value, kind, escaped: escaped) }
                pc += 1
            case .section(let lookup, let section, let inverted, let end):
                let body = pc + 1..<end
                var ran = false
                let found = find(lookup) { run, value in ran = run.enter(section, value, body: inverted ? nil : body) }
                if inverted, !(found && ran) { run(body) }
                pc = end
            case .position(let last, let depth, let inverted, let end):
                let (index, count) = positions[depth]
                if (last ? index == count - 1 : index == 0) != inverted { run(pc + 1..<end) }
                pc = end
            }
        }
    }

    /// Runs `body` for the section over the value at `address` (tests only, when nil); whether it is true or non-empty.
    private mutating func enter(_ section: TemplateProgram.Section, _ address: UnsafeRawPointer, body: Range<Int>?) -> Bool {
        switch section {
        case .bool:
            guard address.load(as: Bool.self) else { return false }
            if let body { run(body) }
        case .optional:
            guard let body else { return true }
            push(address, (0, 0))
            run(body)
            pop()
        case .list(let access):
            guard let body else { return access.count(address) > 0 }
            var any = false
            access.each(address) { item, index, count in
                any = true
                push(item, (index, count))
                run(body)
                pop()
            }
            return any
        case .emptyList(let access):
            guard access.count(address) == 0 else { return false }
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

    private mutating func push(_ frame: UnsafeRawPointer, _ position: (Int, Int)) {
        frames.append(frame)
        positions.append(position)
    }

    private mutating func pop() {
        frames.removeLast()
        positions.removeLast()
    }

    /// Calls `body` with the address of the looked-up value; false when it is missing.
    private mutating func find(_ lookup: TemplateProgram.Lookup, _ body: (inout TemplateRun, UnsafeRawPointer) -> Void) -> Bool {
        for place in lookup.places {
            let base = frames[place.depth]
            switch Self.walk(place.slots[...], from: base, &self, body) {
            case .found: return true
            case .missingFirst: continue
            case .missingLater: return false
            }
        }
        return false
    }

    private enum Walk { case found, missingFirst, missingLater }

    private static func walk(
        _ slots: ArraySlice<TemplateSlot>, from address: UnsafeRawPointer, _ run: inout TemplateRun,
        _ body: (inout TemplateRun, UnsafeRawPointer) -> Void
    ) -> Walk {
        guard let slot = slots.first else {
            body(&run, address)
            return .found
        }
        var inner = Walk.missingLater
        let present = slot.with(address) { inner = walk(slots.dropFirst(), from: $0, &run, body) }
        guard present else { return .missingFirst }
        return inner == .found ? .found : .missingLater
    }

    private mutating func print(_ address: UnsafeRawPointer, _ kind: TemplateValueKind, escaped: Bool) {
        switch kind {
        case .text, .html:
            let text = address.assumingMemoryBound(to: String.self).pointee
            if escaped { TemplateBytes.appendEscaped(text, to: &out) } else { out.append(contentsOf: text.utf8) }
        case .int: out.append(contentsOf: String(address.load(as: Int.self)).utf8)
        case .bool: out.append(contentsOf: (address.load(as: Bool.self) ? "true" : "false").utf8)
        default: break
        }
    }
}
