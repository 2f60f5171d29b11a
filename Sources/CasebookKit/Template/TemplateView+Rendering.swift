extension TemplateView {
    /// This view rendered by the set's program for `template` and this type.
    func rendered(by set: TemplateSet, template: String) -> [UInt8] {
        guard let program = set.programs[TemplateSet.Key(template: template, view: ObjectIdentifier(Self.self))] else {
            assertionFailure("no template '\(template)' compiled for \(Self.templateName)")
            return []
        }
        var out: [UInt8] = []
        out.reserveCapacity(16_384)
        withUnsafePointer(to: self) { program.render(UnsafeRawPointer($0), into: &out) }
        return out
    }
}
