import Foundation
import Testing
@testable import CasebookKit

/// `docs/templates.md` is generated from the views' declarations; it must be what they say now.
@Suite("Template reference")
struct TemplateReferenceTests {
    @Test("docs/templates.md is the reference generated from the declarations")
    func referenceIsCurrent() throws {
        let file = TestSupport.repository.appendingPathComponent("docs/templates.md")
        let generated = TemplateReference.markdown()
        if ProcessInfo.processInfo.environment["CASEBOOK_UPDATE_EXPECTED"] == "1" {
            try TestSupport.write(generated, to: "docs/templates.md", in: TestSupport.repository)
        }
        let committed = try String(contentsOf: file, encoding: .utf8)
        #expect(committed == generated, "docs/templates.md is out of date: run the tests with CASEBOOK_UPDATE_EXPECTED=1")
    }

    @Test("every page view and every view it reaches is listed with its fields")
    func listsViews() {
        let reference = TemplateReference.markdown()
        for name in ["CasePage", "CasePage.AuthorityView", "PagerView.Link", "DateView", "PageView"] {
            #expect(reference.contains("\n### \(name)\n"), "\(name)")
        }
        #expect(reference.contains("| `structuredDataHTML` | optional HTML |"))
    }
}
