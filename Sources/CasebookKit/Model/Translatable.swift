/// The fields each kind of content lets a translation give, declared once: every other field a translation
/// inherits from its original. Texts a page shows in one run (titles, summaries, bodies, actions, events)
/// are required where the original has them; names (places, authorities, signatories) may stay as written.
extension CaseFile {
    static let translatableFields: [TranslatableField<CaseFile>] = [
        .text("title", \.title),
        .text("summary", \.summary),
        .optionalText("place", \.place),
        .texts("violations", \.violations),
        .texts("actions", \.actions),
        .records("timeline", \.timeline, match: .positionChecking("date", { $0.date.iso }), fields: [.text("event", \.event)], required: true),
        .records("authorities", \.authorities, fields: [.text("name", \.name), .optionalText("role", \.role)]),
        .records("related", \.related, fields: [.optionalText("note", \.note)]),
    ]
}

extension SourceDocument {
    static let translatableFields: [TranslatableField<SourceDocument>] = [
        .text("title", \.title),
        .text("issuer", \.issuer, required: false),
        .records("signatories", \.signatories, fields: [.text("name", \.name), .optionalText("role", \.role)]),
    ]
}

extension Defender {
    static let translatableFields: [TranslatableField<Defender>] = [
        // A protected defender's name is published in no language: only the public name may be translated.
        .text("name", \.name, required: false).guarded { $0.visibility == .public ? nil : .protectedNameTranslated(visibility: $0.visibility.rawValue) },
        .optionalText("pseudonym", \.pseudonym).writing(to: \.shownPseudonym),
        .optionalText("withheld_as", \.withheldAs, required: true),
        .texts("focus", \.focus),
    ]
}

extension Organization {
    static let translatableFields: [TranslatableField<Organization>] = [
        .text("name", \.name, required: false),
        .optionalText("short_name", \.shortName),
    ]
}

extension Mandate {
    static let translatableFields: [TranslatableField<Mandate>] = [
        .text("name", \.name),
        .optionalText("short_name", \.shortName),
        .optionalText("established_by", \.establishedBy),
    ]
}

extension Instrument {
    static let translatableFields: [TranslatableField<Instrument>] = [
        .text("title", \.title),
        .records("articles", \.articles, match: .key("number", { $0.number }), fields: [.optionalText("title", \.title)]),
    ]
}

extension TranslatableField {
    /// The same field, refused with `message` where `refusal` gives one for the original.
    func guarded(_ refusal: @escaping @Sendable (Model) -> DiagnosticMessage?) -> Self {
        let apply = self.apply
        return Self(key: key, shape: shape, required: required, has: has) { model, value in
            if let message = refusal(model), case .text(let text) = value { return [.error(message, at: text.location)] }
            return apply(&model, value)
        }
    }

    /// The same text field, its translation kept in `shown` rather than over the original (a pseudonym,
    /// whose original builds the profile's URL in every language).
    func writing(to shown: WritableKeyPath<Model, String?> & Sendable) -> Self {
        let has = self.has
        let key = self.key
        return Self(key: key, shape: shape, required: required, has: has) { model, value in
            guard case .text(let text) = value else { return [] }
            guard has(model) else { return [.error(.translationOfNothing(key), at: text.location)] }
            model[keyPath: shown] = text.value
            return []
        }
    }
}
