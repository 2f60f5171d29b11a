import Mustache

// Template variable lookup without reflection: swift-mustache asks each value for its children by name.

extension HomePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "heading": leaf(self.heading)
        case "cases": leaf(self.cases)
        case "casesHref": leaf(self.casesHref)
        case "caseCount": leaf(self.caseCount)
        case "defenderCount": leaf(self.defenderCount)
        case "countryCount": leaf(self.countryCount)
        default: nil
        }
    }
}

extension CaseListPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "heading": leaf(self.heading)
        case "cases": leaf(self.cases)
        case "pager": leaf(self.pager)
        default: nil
        }
    }
}

extension PagerView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "position": leaf(self.position)
        case "later": leaf(self.later)
        case "latest": leaf(self.latest)
        case "previous": leaf(self.previous)
        case "next": leaf(self.next)
        case "links": leaf(self.links)
        default: nil
        }
    }
}

extension PagerView.Link: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "number": leaf(self.number)
        case "href": leaf(self.href)
        case "current": leaf(self.current)
        default: nil
        }
    }
}

extension CasePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "title": leaf(self.title)
        case "summary": leaf(self.summary)
        case "country": leaf(self.country)
        case "place": leaf(self.place)
        case "date": leaf(self.date)
        case "updated": leaf(self.updated)
        case "status": leaf(self.status)
        case "replyDue": leaf(self.replyDue)
        case "defenders": leaf(self.defenders)
        case "organizations": leaf(self.organizations)
        case "mandates": leaf(self.mandates)
        case "violations": leaf(self.violations)
        case "actions": leaf(self.actions)
        case "authorities": leaf(self.authorities)
        case "timeline": leaf(self.timeline)
        case "documents": leaf(self.documents)
        case "related": leaf(self.related)
        case "bodyHTML": leaf(self.bodyHTML)
        case "citeURL": leaf(self.citeURL)
        case "letter": leaf(self.letter)
        case "mailtoAll": leaf(self.mailtoAll)
        case "language": leaf(self.language)
        case "direction": leaf(self.direction)
        default: nil
        }
    }
}

extension CasePage.AuthorityView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": leaf(self.name)
        case "role": leaf(self.role)
        case "email": leaf(self.email)
        case "mailto": leaf(self.mailto)
        case "twitter": leaf(self.twitter)
        default: nil
        }
    }
}

extension CasePage.TimelineItemView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "date": leaf(self.date)
        case "event": leaf(self.event)
        default: nil
        }
    }
}

extension CasePage.RelatedView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "reference": leaf(self.reference)
        case "date": leaf(self.date)
        case "note": leaf(self.note)
        case "href": leaf(self.href)
        default: nil
        }
    }
}

extension CitationView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "sourceTitle": leaf(self.sourceTitle)
        case "date": leaf(self.date)
        case "sentence": leaf(self.sentence)
        case "text": leaf(self.text)
        case "part": leaf(self.part)
        default: nil
        }
    }
}

extension CountryPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "name": leaf(self.name)
        case "code": leaf(self.code)
        case "cases": leaf(self.cases)
        case "feedHref": leaf(self.feedHref)
        case "pager": leaf(self.pager)
        default: nil
        }
    }
}

extension DefenderPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "name": leaf(self.name)
        case "variants": leaf(self.variants)
        case "country": leaf(self.country)
        case "organizations": leaf(self.organizations)
        case "focus": leaf(self.focus)
        case "bodyHTML": leaf(self.bodyHTML)
        case "cases": leaf(self.cases)
        case "pager": leaf(self.pager)
        default: nil
        }
    }
}

extension DocumentPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "title": leaf(self.title)
        case "kind": leaf(self.kind)
        case "issuer": leaf(self.issuer)
        case "reference": leaf(self.reference)
        case "date": leaf(self.date)
        case "language": leaf(self.language)
        case "languageName": leaf(self.languageName)
        case "direction": leaf(self.direction)
        case "caseLink": leaf(self.caseLink)
        case "mandates": leaf(self.mandates)
        case "organizations": leaf(self.organizations)
        case "signatories": leaf(self.signatories)
        case "sourceURL": leaf(self.sourceURL)
        case "headings": leaf(self.headings)
        case "siblings": leaf(self.siblings)
        case "follows": leaf(self.follows)
        case "followedBy": leaf(self.followedBy)
        case "bodyHTML": leaf(self.bodyHTML)
        case "citeURL": leaf(self.citeURL)
        default: nil
        }
    }
}

extension DocumentPage.SignatoryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": leaf(self.name)
        case "role": leaf(self.role)
        default: nil
        }
    }
}

extension DocumentPage.HeadingView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "text": leaf(self.text)
        case "level": leaf(self.level)
        default: nil
        }
    }
}

extension DocumentSummaryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "title": leaf(self.title)
        case "kind": leaf(self.kind)
        case "issuer": leaf(self.issuer)
        case "reference": leaf(self.reference)
        case "date": leaf(self.date)
        default: nil
        }
    }
}

extension InstrumentPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "title": leaf(self.title)
        case "shortNames": leaf(self.shortNames)
        case "kind": leaf(self.kind)
        case "symbol": leaf(self.symbol)
        case "adoptedBy": leaf(self.adoptedBy)
        case "adopted": leaf(self.adopted)
        case "entryIntoForce": leaf(self.entryIntoForce)
        case "url": leaf(self.url)
        case "articles": leaf(self.articles)
        case "generalCitations": leaf(self.generalCitations)
        case "generalUnlistedCount": leaf(self.generalUnlistedCount)
        case "citationCount": leaf(self.citationCount)
        case "caseCount": leaf(self.caseCount)
        case "bodyHTML": leaf(self.bodyHTML)
        default: nil
        }
    }
}

extension InstrumentPage.ArticleView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "unlistedCount": leaf(self.unlistedCount)
        case "number": leaf(self.number)
        case "title": leaf(self.title)
        case "unofficialTitle": leaf(self.unofficialTitle)
        case "anchor": leaf(self.anchor)
        case "citations": leaf(self.citations)
        case "citationCount": leaf(self.citationCount)
        default: nil
        }
    }
}

extension ListPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "heading": leaf(self.heading)
        case "entries": leaf(self.entries)
        default: nil
        }
    }
}

extension MandatePage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "name": leaf(self.name)
        case "shortName": leaf(self.shortName)
        case "establishedByHTML": leaf(self.establishedByHTML)
        case "website": leaf(self.website)
        case "bodyHTML": leaf(self.bodyHTML)
        case "documents": leaf(self.documents)
        case "cases": leaf(self.cases)
        case "showsCases": leaf(self.showsCases)
        case "showsDocuments": leaf(self.showsDocuments)
        case "pager": leaf(self.pager)
        default: nil
        }
    }
}

extension PlainPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        default: nil
        }
    }
}

extension OrganizationPage: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "site": leaf(self.site)
        case "page": leaf(self.page)
        case "t": leaf(self.t)
        case "name": leaf(self.name)
        case "shortName": leaf(self.shortName)
        case "country": leaf(self.country)
        case "website": leaf(self.website)
        case "members": leaf(self.members)
        case "bodyHTML": leaf(self.bodyHTML)
        case "cases": leaf(self.cases)
        case "pager": leaf(self.pager)
        default: nil
        }
    }
}

extension LinkView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "text": leaf(self.text)
        default: nil
        }
    }
}

extension DateView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "iso": leaf(self.iso)
        case "text": leaf(self.text)
        case "year": leaf(self.year)
        default: nil
        }
    }
}

extension LabelView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "key": leaf(self.key)
        case "label": leaf(self.label)
        default: nil
        }
    }
}

extension SiteView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "title": leaf(self.title)
        case "description": leaf(self.description)
        case "language": leaf(self.language)
        default: nil
        }
    }
}

extension PageView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "title": leaf(self.title)
        case "description": leaf(self.description)
        case "language": leaf(self.language)
        case "direction": leaf(self.direction)
        case "root": leaf(self.root)
        case "canonical": leaf(self.canonical)
        case "path": leaf(self.path)
        case "nav": leaf(self.nav)
        case "homeHref": leaf(self.homeHref)
        case "ogType": leaf(self.ogType)
        case "structuredDataHTML": leaf(self.structuredDataHTML)
        case "share": leaf(self.share)
        default: nil
        }
    }
}

extension NavItem: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "text": leaf(self.text)
        case "current": leaf(self.current)
        default: nil
        }
    }
}

extension CaseSummaryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "title": leaf(self.title)
        case "summary": leaf(self.summary)
        case "date": leaf(self.date)
        case "country": leaf(self.country)
        case "status": leaf(self.status)
        case "defenders": leaf(self.defenders)
        default: nil
        }
    }
}

extension CountryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": leaf(self.name)
        case "code": leaf(self.code)
        case "href": leaf(self.href)
        default: nil
        }
    }
}

extension PersonView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "name": leaf(self.name)
        case "href": leaf(self.href)
        default: nil
        }
    }
}

extension EntryView: MustacheParent {
    public func child(named key: String) -> Any? {
        switch key {
        case "href": leaf(self.href)
        case "name": leaf(self.name)
        case "detail": leaf(self.detail)
        case "caseCount": leaf(self.caseCount)
        case "citationCount": leaf(self.citationCount)
        default: nil
        }
    }
}
