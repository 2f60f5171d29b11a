import Foundation
import Mustache
import Testing
@testable import CasebookKit

/// Templates read page values through `MustacheParent.child(named:)`, not reflection: every stored
/// property of every value must answer under its own name, or a template would silently print nothing.
@Suite("Template values")
struct TemplateContractTests {
    /// The shipped site, and a fixture whose lists run to several pages.
    static let roots = [TestSupport.repository, TestSupport.repository.appendingPathComponent("Tests/CasebookKitTests/Fixtures/sites/paged")]

    @Test("every stored property of every page value is reachable by name, with the same value", arguments: roots)
    func everyPropertyAnswers(root: URL) throws {
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
            guard let parent = value as? MustacheParent, !(value is [String: String]) else {
                Issue.record("\(path): \(type(of: value)) is not a MustacheParent")
                return
            }
            for child in mirror.children {
                guard let label = child.label else { continue }
                visited += 1
                let answered = parent.child(named: label)
                #expect(describe(answered) == describe(child.value), "\(path).\(label) of \(type(of: value))")
                visit(child.value, path: "\(path).\(label)", visited: &visited)
            }
        case .collection:
            for (index, element) in mirror.children.enumerated() { visit(element.value, path: "\(path)[\(index)]", visited: &visited) }
        case .optional:
            if let wrapped = mirror.children.first { visit(wrapped.value, path: path, visited: &visited) }
        default: break
        }
    }

    private func describe(_ value: Any?) -> String {
        guard let value else { return "nil" }
        let mirror = Mirror(reflecting: value)
        if mirror.displayStyle == .optional { return mirror.children.first.map { describe($0.value) } ?? "nil" }
        return String(describing: value)
    }
}
