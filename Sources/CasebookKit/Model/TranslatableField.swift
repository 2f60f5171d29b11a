/// A field of one kind of content that a translation may give: how it is written and how it is laid over
/// the original. Each kind declares its fields once (`CaseFile.translatableFields`…); reading, checking and
/// applying translations all follow that table.
struct TranslatableField<Model>: Sendable {
    let key: String
    let shape: TranslatedShape
    /// Whether a translation must give the field when the original has it: the texts a page shows, which
    /// must all be in one language. Names (a place, an authority) may stay as the original writes them.
    let required: Bool
    /// Whether the original has the field.
    let has: @Sendable (Model) -> Bool
    /// Lays the translated value over the original, or says why it does not fit it.
    let apply: @Sendable (inout Model, TranslatedValue) -> [Diagnostic]
}

extension TranslatableField {
    /// A text the original always has.
    static func text(_ key: String, _ path: WritableKeyPath<Model, String> & Sendable, required: Bool = true) -> Self {
        Self(key: key, shape: .text, required: required, has: { _ in true }) { model, value in
            if case .text(let text) = value { model[keyPath: path] = text.value }
            return []
        }
    }

    /// A text the original may have; a translation of a text the original lacks is an error.
    static func optionalText(_ key: String, _ path: WritableKeyPath<Model, String?> & Sendable, required: Bool = false) -> Self {
        Self(key: key, shape: .text, required: required, has: { $0[keyPath: path] != nil }) { model, value in
            guard case .text(let text) = value else { return [] }
            guard model[keyPath: path] != nil else { return [.error(.translationOfNothing(key), at: text.location)] }
            model[keyPath: path] = text.value
            return []
        }
    }

    /// A list of texts, translated item for item.
    static func texts(_ key: String, _ path: WritableKeyPath<Model, [String]> & Sendable, required: Bool = true) -> Self {
        Self(key: key, shape: .texts, required: required, has: { !$0[keyPath: path].isEmpty }) { model, value in
            guard case .texts(let texts) = value else { return [] }
            let count = model[keyPath: path].count
            guard texts.count == count else {
                return [.error(.translatedCount(key: key, original: count, translated: texts.count), at: texts.first?.location ?? SourceLocation(path: ""))]
            }
            model[keyPath: path] = texts.map(\.value)
            return []
        }
    }

    /// A list of mappings, each translated field laid over the original's item that `match` finds.
    static func records<Record>(
        _ key: String, _ path: WritableKeyPath<Model, [Record]> & Sendable, match: RecordMatch<Record> = .position,
        fields: [RecordField<Record>], required: Bool = false
    ) -> Self {
        let shape = TranslatedShape.records(fields: fields.map(\.key) + [match.field].compactMap { $0 }, key: match.isByKey ? match.field : nil)
        return Self(key: key, shape: shape, required: required, has: { !$0[keyPath: path].isEmpty }) { model, value in
            guard case .records(let records) = value else { return [] }
            var items = model[keyPath: path]
            if !match.isByKey, records.count != items.count {
                let location = records.first?.location ?? SourceLocation(path: "")
                return [.error(.translatedCount(key: key, original: items.count, translated: records.count), at: location)]
            }
            var problems: [Diagnostic] = []
            for (position, record) in records.enumerated() {
                switch match.index(of: record, at: position, in: items) {
                case .success(let index):
                    for field in fields {
                        if let text = record.fields[field.key] { problems += field.apply(&items[index], text) }
                    }
                case .failure(let problem):
                    problems.append(.error(.translatedItemMismatch(key: key, field: problem.field, original: problem.original, written: problem.written), at: problem.location))
                }
            }
            model[keyPath: path] = items
            return problems
        }
    }
}

/// How a translated list's mappings find the original's items.
enum RecordMatch<Record>: Sendable {
    /// Item for item, in order.
    case position
    /// Item for item, each giving `field` with the original item's value (`date` of a timeline event).
    case positionChecking(String, @Sendable (Record) -> String)
    /// By `field`, whose value names the item (`number` of an article); items may be left out.
    case key(String, @Sendable (Record) -> String)

    var field: String? {
        switch self {
        case .position: nil
        case .positionChecking(let field, _), .key(let field, _): field
        }
    }

    var isByKey: Bool { if case .key = self { true } else { false } }

    /// Why a mapping matches no item: the field, the original's value (if any) and the value written.
    struct Mismatch: Error {
        var field: String, original: String?, written: String, location: SourceLocation
    }

    func index(of record: TranslatedRecord, at position: Int, in items: [Record]) -> Result<Int, Mismatch> {
        switch self {
        case .position: return .success(position)
        case .positionChecking(let field, let value):
            let written = record.fields[field]
            let original = value(items[position])
            guard written?.value == original else {
                return .failure(Mismatch(field: field, original: original, written: written?.value ?? "", location: written?.location ?? record.location))
            }
            return .success(position)
        case .key(let field, let value):
            let written = record.fields[field]
            guard let index = items.firstIndex(where: { value($0) == written?.value }) else {
                return .failure(Mismatch(field: field, original: nil, written: written?.value ?? "", location: written?.location ?? record.location))
            }
            return .success(index)
        }
    }
}

/// How a translatable field is written in front matter.
enum TranslatedShape: Sendable, Hashable {
    case text
    case texts
    /// A list of mappings with these fields, each matched to the original's item at the same place, or,
    /// with `key`, to the item whose `key` has the same value.
    case records(fields: [String], key: String?)
}

/// A field of a mapping in a translated list: an event's text, an authority's role.
struct RecordField<Record>: Sendable {
    let key: String
    let apply: @Sendable (inout Record, Located<String>) -> [Diagnostic]

    /// A text the original's item always has.
    static func text(_ key: String, _ path: WritableKeyPath<Record, String> & Sendable) -> Self {
        Self(key: key) { record, text in
            record[keyPath: path] = text.value
            return []
        }
    }

    /// A text the original's item may have.
    static func optionalText(_ key: String, _ path: WritableKeyPath<Record, String?> & Sendable) -> Self {
        Self(key: key) { record, text in
            guard record[keyPath: path] != nil else { return [.error(.translationOfNothing(key), at: text.location)] }
            record[keyPath: path] = text.value
            return []
        }
    }
}
