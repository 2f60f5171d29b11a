/// The template reference, `docs/templates.md`: every view's fields, written from the declarations the
/// compiler checks templates against, so that it cannot say anything the engine does not do.
public enum TemplateReference {
    /// The reference as Markdown.
    public static func markdown() -> String {
        var out = """
            # Template reference

            Generated from the views' field declarations (`templateFields`) by `TemplateReference`; the test
            `TemplateReferenceTests` fails when this file is out of date (regenerate with `CASEBOOK_UPDATE_EXPECTED=1`).

            Templates are Mustache files in `templates/`, compiled by Casebook's own engine when they load: every
            name is checked against the view the template renders, and a name no view declares is an error at
            its line and column. A name not found in the innermost value is looked up in the values around it,
            out to the page. `{{t.key}}` is the string `key` of `templates/strings.yml`.

            Tags: `{{name}}` (escaped), `{{{nameHTML}}}` and `{{& nameHTML}}` (raw, for HTML fields only),
            `{{#name}}…{{/name}}` over a list (once per item), an optional (when present, as the innermost value)
            or a yes/no value, `{{^name}}…{{/name}}` (when empty, missing or no), `{{.}}` (the innermost value),
            `{{.name}}` (in the innermost value only), `{{> partial}}`, `{{< parent}}{{$block}}…{{/block}}{{/parent}}`,
            `{{! comment}}`, `{{=<% %>=}}`. Functions in sections: `empty(list)`, `empty(text)`, `equalzero(number)`,
            and inside a list's items `first()` and `last()`.

            ## Pages


            """
        out += "| template | view |\n| --- | --- |\n"
        for (template, view) in TemplateSet.pageViews { out += "| `\(template).mustache` | \(view.templateName) |\n" }
        var seen: Set<String> = []
        var queue = TemplateSet.pageViews.map(\.view)
        var sections: [(String, [TemplateSlot])] = []
        while !queue.isEmpty {
            let view = queue.removeFirst()
            guard seen.insert(view.templateName).inserted else { continue }
            let slots = view.templateSlots
            sections.append((view.templateName, slots))
            for slot in slots { if case .view(let inner) = slot.kind.innermost { queue.append(inner) } }
        }
        out += "\n## Views\n"
        for (name, slots) in sections {
            out += "\n### \(name)\n\n| field | kind |\n| --- | --- |\n"
            for slot in slots { out += "| `\(slot.name)` | \(slot.kind.description) |\n" }
        }
        return out
    }
}
