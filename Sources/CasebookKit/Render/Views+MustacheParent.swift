import Mustache

// Template variable lookup without reflection: swift-mustache asks each value for its children by name.

extension HomePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "heading": self.heading
        case "cases": self.cases
        case "casesHref": self.casesHref
        case "caseCount": self.caseCount
        case "defenderCount": self.defenderCount
        case "countryCount": self.countryCount
        default: nil
        }
    }
}

extension CaseListPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "heading": self.heading
        case "cases": self.cases
        case "pager": self.pager
        default: nil
        }
    }
}

extension PagerView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "position": self.position
        case "later": self.later
        case "previous": self.previous
        case "next": self.next
        case "links": self.links
        default: nil
        }
    }
}

extension PagerView.Link: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "number": self.number
        case "href": self.href
        case "current": self.current
        default: nil
        }
    }
}

extension CasePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "title": self.title
        case "summary": self.summary
        case "country": self.country
        case "place": self.place
        case "date": self.date
        case "updated": self.updated
        case "status": self.status
        case "replyDue": self.replyDue
        case "defenders": self.defenders
        case "organizations": self.organizations
        case "mandates": self.mandates
        case "violations": self.violations
        case "actions": self.actions
        case "authorities": self.authorities
        case "timeline": self.timeline
        case "documents": self.documents
        case "related": self.related
        case "bodyHTML": self.bodyHTML
        case "citeURL": self.citeURL
        case "letter": self.letter
        case "mailtoAll": self.mailtoAll
        case "language": self.language
        case "direction": self.direction
        default: nil
        }
    }
}

extension CasePage.AuthorityView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "role": self.role
        case "email": self.email
        case "mailto": self.mailto
        case "twitter": self.twitter
        default: nil
        }
    }
}

extension CasePage.TimelineItemView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "date": self.date
        case "event": self.event
        default: nil
        }
    }
}

extension CasePage.RelatedView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "reference": self.reference
        case "date": self.date
        case "note": self.note
        case "href": self.href
        default: nil
        }
    }
}

extension CitationView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "sourceTitle": self.sourceTitle
        case "date": self.date
        case "sentence": self.sentence
        case "text": self.text
        case "part": self.part
        default: nil
        }
    }
}

extension CountryPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "name": self.name
        case "code": self.code
        case "cases": self.cases
        case "feedHref": self.feedHref
        case "pager": self.pager
        default: nil
        }
    }
}

extension DefenderPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "name": self.name
        case "variants": self.variants
        case "country": self.country
        case "organizations": self.organizations
        case "focus": self.focus
        case "bodyHTML": self.bodyHTML
        case "cases": self.cases
        case "pager": self.pager
        default: nil
        }
    }
}

extension DocumentPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "title": self.title
        case "kind": self.kind
        case "issuer": self.issuer
        case "reference": self.reference
        case "date": self.date
        case "language": self.language
        case "languageName": self.languageName
        case "direction": self.direction
        case "caseLink": self.caseLink
        case "mandates": self.mandates
        case "organizations": self.organizations
        case "signatories": self.signatories
        case "sourceURL": self.sourceURL
        case "headings": self.headings
        case "siblings": self.siblings
        case "follows": self.follows
        case "followedBy": self.followedBy
        case "bodyHTML": self.bodyHTML
        case "citeURL": self.citeURL
        default: nil
        }
    }
}

extension DocumentPage.SignatoryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "role": self.role
        default: nil
        }
    }
}

extension DocumentPage.HeadingView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "text": self.text
        case "level": self.level
        default: nil
        }
    }
}

extension DocumentSummaryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "title": self.title
        case "kind": self.kind
        case "issuer": self.issuer
        case "reference": self.reference
        case "date": self.date
        default: nil
        }
    }
}

extension InstrumentPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "title": self.title
        case "shortNames": self.shortNames
        case "kind": self.kind
        case "symbol": self.symbol
        case "adoptedBy": self.adoptedBy
        case "adopted": self.adopted
        case "entryIntoForce": self.entryIntoForce
        case "url": self.url
        case "articles": self.articles
        case "generalCitations": self.generalCitations
        case "generalUnlistedCount": self.generalUnlistedCount
        case "citationCount": self.citationCount
        case "caseCount": self.caseCount
        case "bodyHTML": self.bodyHTML
        default: nil
        }
    }
}

extension InstrumentPage.ArticleView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "unlistedCount": self.unlistedCount
        case "number": self.number
        case "title": self.title
        case "unofficialTitle": self.unofficialTitle
        case "anchor": self.anchor
        case "citations": self.citations
        case "citationCount": self.citationCount
        default: nil
        }
    }
}

extension ListPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "heading": self.heading
        case "entries": self.entries
        default: nil
        }
    }
}

extension MandatePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "name": self.name
        case "shortName": self.shortName
        case "establishedByHTML": self.establishedByHTML
        case "website": self.website
        case "bodyHTML": self.bodyHTML
        case "documents": self.documents
        case "cases": self.cases
        case "showsCases": self.showsCases
        case "showsDocuments": self.showsDocuments
        case "pager": self.pager
        default: nil
        }
    }
}

extension PlainPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        default: nil
        }
    }
}

extension OrganizationPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": self.site
        case "page": self.page
        case "t": self.t
        case "name": self.name
        case "shortName": self.shortName
        case "country": self.country
        case "website": self.website
        case "members": self.members
        case "bodyHTML": self.bodyHTML
        case "cases": self.cases
        case "pager": self.pager
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "text": self.text
        default: nil
        }
    }
}

extension DateView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "iso": self.iso
        case "text": self.text
        case "year": self.year
        default: nil
        }
    }
}

extension LabelView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "key": self.key
        case "label": self.label
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "description": self.description
        case "language": self.language
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "title": self.title
        case "description": self.description
        case "language": self.language
        case "direction": self.direction
        case "root": self.root
        case "canonical": self.canonical
        case "path": self.path
        case "nav": self.nav
        case "homeHref": self.homeHref
        case "ogType": self.ogType
        case "structuredDataHTML": self.structuredDataHTML
        case "share": self.share
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "text": self.text
        case "current": self.current
        default: nil
        }
    }
}

extension CaseSummaryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "title": self.title
        case "summary": self.summary
        case "date": self.date
        case "country": self.country
        case "status": self.status
        case "defenders": self.defenders
        default: nil
        }
    }
}

extension CountryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "code": self.code
        case "href": self.href
        default: nil
        }
    }
}

extension PersonView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": self.name
        case "href": self.href
        default: nil
        }
    }
}

extension EntryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": self.href
        case "name": self.name
        case "detail": self.detail
        case "caseCount": self.caseCount
        case "citationCount": self.citationCount
        default: nil
        }
    }
}
