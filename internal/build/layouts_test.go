package build_test

import (
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/sitetest"
)

// threeLangs has a page in every language, one that Azerbaijani lacks
// (a fallback page there) and one only in English, in a section.
const threeLangs = `
-- site.yaml --
baseURL: https://example.org/
title: Site
missingTranslations: fallback
languages: [{code: en}, {code: az}, {code: ru}]
-- content/en/_index.md --
---
title: Home
---
-- content/en/letter.md --
---
title: Letter
---
-- content/en/about.md --
---
title: About
---
-- content/en/docs/one.md --
---
title: One
---
-- content/az/_index.md --
---
title: Ana səhifə
---
-- content/az/letter.md --
---
title: Məktub
---
-- content/ru/_index.md --
---
title: Главная
---
-- content/ru/letter.md --
---
title: Письмо
---
-- content/ru/about.md --
---
title: О сайте
---
`

// withRepoLayouts writes the archive with the repo's own layouts/ and
// static/.
func withRepoLayouts(t *testing.T, archive string) string {
	t.Helper()
	dir := sitetest.Write(t, archive)
	sitetest.Repo(t, dir, "layouts", "static")
	return dir
}

var (
	langsNavRe  = regexp.MustCompile(`(?s)<nav class="langs"[^>]*>\s*(<ul>.*?</ul>)\s*</nav>`)
	footerNavRe = regexp.MustCompile(`(?s)<footer.*?<nav[^>]*>\s*(<ul>.*?</ul>)\s*</nav>`)
	currentRe   = regexp.MustCompile(`<a aria-current="true"[^>]* href="([^"]*)"`)
	crumbsRe    = regexp.MustCompile(`(?s)<nav class="breadcrumbs".*?</nav>`)
	hrefRe      = regexp.MustCompile(`href="([^"]*)"`)
)

// TestRepoLayoutsShowEachPageItsOwnLinks checks the parts of the
// repo's layouts that partialCached renders once for several pages or
// places (the hreflang set once per translation group, the language list
// once per page for the header and the footer, breadcrumbs once per
// section): every page still shows its own.
func TestRepoLayoutsShowEachPageItsOwnLinks(t *testing.T) {
	mem := output.NewMemory()
	res, err := build.Run(build.Options{Source: withRepoLayouts(t, threeLangs)}, mem)
	if err != nil {
		t.Fatal(err)
	}
	pages := map[string]*content.Page{}
	for _, p := range res.Site.Pages {
		pages[p.OutPath] = p
	}
	checked := 0
	for name, data := range mem.Files() {
		p := pages[name]
		if p == nil {
			continue
		}
		checked++
		doc := string(data)
		var want []string
		for _, a := range p.Alternates() {
			want = append(want, a.HrefLang+" "+a.URL)
		}
		var got []string
		for _, m := range alternateRe.FindAllStringSubmatch(doc, -1) {
			got = append(got, m[1]+" "+html.UnescapeString(m[2]))
		}
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Errorf("%s: hreflang set\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		header, footer := langsNavRe.FindStringSubmatch(doc), footerNavRe.FindStringSubmatch(doc)
		if header == nil || footer == nil {
			t.Errorf("%s: no language list in the header or the footer:\n%s", name, doc)
			continue
		}
		if header[1] != footer[1] {
			t.Errorf("%s: the footer's language list\n%s\ndiffers from the header's\n%s", name, footer[1], header[1])
		}
		cur := currentRe.FindAllStringSubmatch(header[1], -1)
		if len(cur) != 1 || cur[0][1] != p.RelPermalink() {
			t.Errorf("%s: language list marks %q as current, want only %s", name, cur, p.RelPermalink())
		}
		var trail []string
		for _, a := range append(p.Ancestors(), p) {
			trail = append(trail, a.RelPermalink())
		}
		if p.IsHome() {
			trail = nil
		}
		var crumbs []string
		for _, m := range hrefRe.FindAllStringSubmatch(crumbsRe.FindString(doc), -1) {
			crumbs = append(crumbs, m[1])
		}
		if strings.Join(crumbs, " ") != strings.Join(trail, " ") {
			t.Errorf("%s: breadcrumbs %q, want %q", name, crumbs, trail)
		}
		if missing := strings.Count(header[1], "<small>"); missing != 3-1-len(p.Translations) {
			t.Errorf("%s: %d languages marked not translated, want %d", name, missing, 3-1-len(p.Translations))
		}
	}
	if checked < 12 {
		t.Errorf("checked %d pages, want every page of the site", checked)
	}
	// A fallback page is in a translation group but has no hreflang set.
	if doc := string(mem.Files()["az/about/index.html"]); alternateRe.MatchString(doc) {
		t.Errorf("az/about, a fallback page, has hreflang links")
	}
}

// The 404 page is served at whatever address was not found: with the
// repo's layouts it says so in its title, asks not to be indexed, and
// names no canonical address, alternates or social preview of its own.
func TestRepoLayoutsNotFoundPage(t *testing.T) {
	doc := string(buildInto(t, withRepoLayouts(t, threeLangs))["404.html"])
	for _, want := range []string{
		`<html lang="en"`,
		`<title>Page not found · Site</title>`,
		`<meta name="robots" content="noindex">`,
		`<h1>Page not found</h1>`,
		`<link rel="stylesheet" href="/css/site.`,
		// Its own language leads to that language's home, not to itself.
		`<a aria-current="true" lang="en" hreflang="en" href="/en/">English</a>`,
	} {
		if !strings.Contains(doc, want) {
			t.Errorf("404.html lacks %s:\n%s", want, doc)
		}
	}
	for _, unwanted := range []string{`rel="canonical"`, `hreflang="x-default"`, `og:title`, `og:url`, `name="description"`} {
		if strings.Contains(doc, unwanted) {
			t.Errorf("404.html has %s", unwanted)
		}
	}
}

// A translation's notice links to the original with the original's
// hreflang, but the link's text is in the page's language: a lang
// attribute there would make screen readers read it as English.
func TestRepoLayoutsTranslationNoticeLink(t *testing.T) {
	doc := string(buildInto(t, withRepoLayouts(t, threeLangs))["az/letter/index.html"])
	link := regexp.MustCompile(`<p class="notice"[^>]*>[^<]*(<a [^>]*>)`).FindStringSubmatch(doc)
	if link == nil {
		t.Fatalf("az/letter has no translation notice:\n%s", doc)
	}
	if want := `<a href="/en/letter/" hreflang="en">`; link[1] != want {
		t.Errorf("notice link %s, want %s", link[1], want)
	}
}
