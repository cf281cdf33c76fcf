package build_test

import (
	"strings"
	"testing"
)

// feedbackPages is a site whose layout shows the site.yaml settings for
// reporting errors the way a theme would, with a page in a section and a
// folder without _index.md (no source file, so no page link).
const feedbackPages = `
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>
{{with .Site.All.Config.EditLink .Path .Permalink}}<a class="edit" href="{{.}}">edit</a>{{end}}
{{with .Site.All.Config.Contact}}<a class="contact" href="{{.}}">contact</a>{{end}}
{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1>
{{with .Site.All.Config.EditLink .Path .Permalink}}<a class="edit" href="{{.}}">edit</a>{{end}}
{{end}}
-- content/en/_index.md --
---
title: Home
---
-- content/en/actions/legal-action.md --
---
title: Legal action
---
`

func TestFeedbackLinksFollowThePagePath(t *testing.T) {
	b := buildSite(t, feedbackPages+`
-- site.yaml --
baseURL: https://example.org/docs/
contact: mailto:corrections@example.org
editURL: https://git.example.org/site/edit/main/{path}
`).ok()
	b.contains("en/actions/legal-action/index.html",
		`<a class="edit" href="https://git.example.org/site/edit/main/content/en/actions/legal-action.md">edit</a>`,
		`<a class="contact" href="mailto:corrections@example.org">contact</a>`)
	b.contains("en/index.html", `<a class="edit" href="https://git.example.org/site/edit/main/content/en/_index.md">`)
	// content/en/actions/ has no _index.md: there is no file to edit.
	b.lacks("en/actions/index.html", `class="edit"`)
}

// In a query, as in a pre-filled issue form or an e-mail's subject, the
// values are escaped as query values: a "&" in a name or the page's "?"
// must not end the parameter, and spaces are %20 (mail clients do not read
// "+" as a space).
func TestFeedbackLinkInAQueryIsEscapedAsAQuery(t *testing.T) {
	b := buildSite(t, feedbackPages+`
-- site.yaml --
baseURL: https://example.org/
editURL: mailto:corrections@example.org?subject=Error%20on%20{url}&body={path}
-- content/en/actions/q&a notes.md --
---
title: Q and A
---
`).ok()
	b.contains("en/actions/legal-action/index.html",
		`href="mailto:corrections@example.org?subject=Error%20on%20https%3A%2F%2Fexample.org%2Fen%2Factions%2Flegal-action%2F&amp;body=content%2Fen%2Factions%2Flegal-action.md"`)
	b.contains("en/actions/q&a notes/index.html", `&amp;body=content%2Fen%2Factions%2Fq%26a%20notes.md"`)
}

func TestFeedbackLinksAreLeftOutWhenNotSet(t *testing.T) {
	b := buildSite(t, feedbackPages+`
-- site.yaml --
baseURL: https://example.org/
`).ok()
	b.lacks("en/actions/legal-action/index.html", `class="edit"`, `class="contact"`)
	b.lacks("en/index.html", `class="edit"`)
}

// The repository's footer shows the page's link and the contact address
// when site.yaml sets them, on every page but the 404 page (a copy of the
// home, served at any address), and nothing when they are not set.
func TestRepoLayoutsFooterReportLinks(t *testing.T) {
	set := buildInto(t, withRepoLayouts(t, threeLangs+`
-- site.yaml --
baseURL: https://example.org/
title: Site
missingTranslations: fallback
languages: [{code: en}, {code: az}, {code: ru}]
contact: https://git.example.org/site/issues
editURL: https://git.example.org/site/edit/main/{path}
`))
	for page, want := range map[string]string{
		"en/letter/index.html": `<p class="report"><a href="https://git.example.org/site/edit/main/content/en/letter.md">Report an error on this page</a> · <a href="https://git.example.org/site/issues">Contact the site’s editors</a></p>`,
		"ru/about/index.html":  `<a href="https://git.example.org/site/edit/main/content/ru/about.md">Сообщить об ошибке на этой странице</a>`,
		// A fallback page shows the original's text, so that is the file
		// to correct.
		"az/about/index.html": `<a href="https://git.example.org/site/edit/main/content/en/about.md">`,
	} {
		if doc := string(set[page]); !strings.Contains(doc, want) {
			t.Errorf("%s lacks %s:\n%s", page, want, doc)
		}
	}
	if doc := string(set["404.html"]); strings.Contains(doc, "/edit/") || !strings.Contains(doc, `<a href="https://git.example.org/site/issues">`) {
		t.Errorf("404.html should have the contact address and no page link:\n%s", doc)
	}
	unset := buildInto(t, withRepoLayouts(t, threeLangs))
	for _, page := range []string{"en/letter/index.html", "404.html"} {
		if doc := string(unset[page]); strings.Contains(doc, `class="report"`) {
			t.Errorf("%s has report links without contact or editURL in site.yaml:\n%s", page, doc)
		}
	}
}

func TestErrorFeedbackSettings(t *testing.T) {
	buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
contact: github.com/owner/site/issues
editURL: /edit/{path}
`).errors(
		`site.yaml:2: contact "github.com/owner/site/issues" is not an http://, https:// or mailto: address`,
		`site.yaml:3: editURL "/edit/{path}" is not an http://, https:// or mailto: address`)
	buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
editURL: https://git.example.org/site/edit/main/{file}
`).errors("site.yaml:2: editURL: unknown placeholder {file}: use {path} or {url}")
	buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
editURL: https://git.example.org/site/issues
`).errors(`site.yaml:2: editURL "https://git.example.org/site/issues" has no {path} or {url}: for one address for the whole site, set contact`)
}
