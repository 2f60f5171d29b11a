/// A template compiled for one view type: a flat list of steps, each section's body the steps up to
/// its end. Names were resolved when templates loaded; rendering only follows addresses.
struct TemplateProgram: Sendable {
    /// How a value is found, as compiled: in the value `depth` levels up from the page (0), then through
    /// `slots`. When the first field is a missing optional, the next place is tried, as Mustache climbs.
    struct Lookup: Sendable {
        var places: [(depth: Int, slots: [TemplateSlot])]
    }

    /// What a section tests or repeats over.
    enum Section: Sendable {
        /// A yes/no field.
        case bool
        /// An optional: entered (its value becomes the innermost) when present.
        case optional
        /// A list: the body once per item, each item the innermost value.
        case list
        /// `empty(list)`.
        case emptyList
        /// `empty(text)`.
        case emptyText
        /// `equalzero(number)`.
        case zero
    }

    /// A printable value's kind.
    enum Leaf: Sendable { case text, int, bool }

    /// An instruction as the compiler writes it.
    enum Instruction: Sendable {
        case text([UInt8])
        /// Prints a text, number or yes/no value, escaped or not.
        case print(Lookup, Leaf, escaped: Bool)
        /// A section whose body runs from the next instruction to `end`.
        case section(Lookup, Section, inverted: Bool, end: Int)
        /// `first()` or `last()` of the list whose item is at `depth`.
        case position(last: Bool, depth: Int, inverted: Bool, end: Int)
        /// Inside an indented partial, where a body starts and ends, and where each of its pieces does:
        /// a piece that renders something at the start of a line gets the indentation before it.
        case bodyStart, bodyEnd, pieceStart
        case pieceEnd(indentation: [UInt8])
    }

    /// An instruction as it runs: plain numbers into the tables below, so that stepping copies no reference.
    enum Step: Sendable {
        case text(start: Int, end: Int)
        case print(Int, Leaf, escaped: Bool)
        case section(Int, Section, inverted: Bool, end: Int)
        case position(last: Bool, depth: Int, inverted: Bool, end: Int)
        case bodyStart, bodyEnd, pieceStart
        case pieceEnd(start: Int, end: Int)
    }

    /// A lookup with its fields composed into one accessor.
    struct Place: Sendable {
        var depth: Int
        var access: TemplateSlot.Access
    }

    /// A lookup as it runs: where to look first, where next, and the list access of a list's lookup.
    struct Resolved: Sendable {
        var first: Place
        var then: [Place]
        var list: TemplateSlot.ListAccess?
    }

    var instructions: [Instruction] = []
    private(set) var steps: [Step] = []
    private(set) var bytes: [UInt8] = []
    private(set) var lookups: [Resolved] = []

    /// Turns the compiled instructions into steps and tables.
    mutating func assemble() {
        for instruction in instructions {
            switch instruction {
            case .text(let text):
                steps.append(.text(start: bytes.count, end: bytes.count + text.count))
                bytes += text
            case .pieceEnd(let indentation):
                steps.append(.pieceEnd(start: bytes.count, end: bytes.count + indentation.count))
                bytes += indentation
            case .bodyStart: steps.append(.bodyStart)
            case .bodyEnd: steps.append(.bodyEnd)
            case .pieceStart: steps.append(.pieceStart)
            case .print(let lookup, let leaf, let escaped): steps.append(.print(resolve(lookup), leaf, escaped: escaped))
            case .section(let lookup, let section, let inverted, let end): steps.append(.section(resolve(lookup), section, inverted: inverted, end: end))
            case .position(let last, let depth, let inverted, let end): steps.append(.position(last: last, depth: depth, inverted: inverted, end: end))
            }
        }
    }

    private mutating func resolve(_ lookup: Lookup) -> Int {
        let places = lookup.places.map { Place(depth: $0.depth, access: TemplateSlot.compose($0.slots[...])) }
        lookups.append(Resolved(first: places[0], then: Array(places.dropFirst()), list: lookup.places[0].slots.last?.list))
        return lookups.count - 1
    }

    /// Renders the view at `root` (of the type this program was compiled for) onto `out`.
    func render(_ root: UnsafeRawPointer, into out: inout [UInt8]) {
        bytes.withUnsafeBufferPointer { text in
            var run = TemplateRun(steps: steps, text: text, lookups: lookups, out: out)
            out = []
            run.frames.append(root)
            run.positions.append((0, 0))
            run.run(0..<steps.count)
            out = run.out
        }
    }
}
