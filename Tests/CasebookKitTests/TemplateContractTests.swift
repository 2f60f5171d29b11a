import Foundation
import Testing
@testable import CasebookKit

/// Templates can name only the fields a view declares: every stored property of every page value must
/// be declared under its own name (the interface strings `t` aside, which templates read from strings.yml),
/// or a template could not show it.
@Suite("Template values")
struct TemplateContractTests {
    /// The shipped site, and a fixture whose lists run to several pages.
    static let roots = [TestSupport.repository, TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/paged")]

    @Test("every stored property of every page value is a declared template field", arguments: roots)
    func everyPropertyDeclared(root: URL) throws {
        let checked = try SiteBuilder(options: BuildOptions(root: root, templates: TestSupport.validTemplates())).check()
        let templates = try #require(TemplateSet.load(from: TestSupport.validTemplates(), displayPath: { $0.path }).0)
        let models = SiteRenderer(linked: checked.linked, templates: templates).models()
        var visited = 0
        for model in models { visit(model.values, path: model.template, visited: &visited) }
        #expect(visited > 1000)
    }

    private func visit(_ value: Any, path: String, visited: inout Int) {
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .struct:
            guard let view = value as? any TemplateView else {
                Issue.record("\(path): \(type(of: value)) is not a TemplateView")
                return
            }
            let declared = Set(type(of: view).templateSlots.map(\.name))
            for child in mirror.children {
                guard let label = child.label, label != "t" else { continue }
                visited += 1
                #expect(declared.contains(label), "\(path).\(label) of \(type(of: value)) is not declared")
                visit(child.value, path: "\(path).\(label)", visited: &visited)
            }
        case .collection:
            for (index, element) in mirror.children.enumerated() { visit(element.value, path: "\(path)[\(index)]", visited: &visited) }
        case .optional:
            if let wrapped = mirror.children.first { visit(wrapped.value, path: path, visited: &visited) }
        default: break
        }
    }
}
