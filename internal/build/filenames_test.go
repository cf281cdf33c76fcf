package build_test

import (
	"encoding/xml"
	"net/url"
	"path"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
)

// reservedNames are file names from a documentation set about shell
// commands: each is a page of its own. Hugo 0.111 publishes them all at
// /common//, losing eleven of them.
var reservedNames = []string{"%", "[[", "((", "!", ",", "~", "?", "#", "&", "+", "$", "a:b", "100%", "with space", "%41"}

// reservedSite has every reserved name as an English page and a French
// translation, dated (so each is in its language's feed), in the section
// common/, whose page lists them.
func reservedSite() string {
	var b strings.Builder
	b.WriteString(`
-- site.yaml --
baseURL: https://example.org/docs/
title: Names
search: true
languages:
  - code: en
  - code: fr
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1><ul>{{range .Children}}<li><a class="child" href="{{.RelPermalink}}">{{.Title}}</a></li>{{end}}</ul>{{end}}
-- content/en/common/_index.md --
---
title: Common
---
-- content/fr/common/_index.md --
---
title: Commun
---
`)
	for _, lang := range []string{"en", "fr"} {
		for _, n := range reservedNames {
			b.WriteString("-- content/" + lang + "/common/" + n + ".md --\n---\ntitle: \"" + lang + " " + n + "\"\ndate: 2024-01-02\n---\nBODY " + lang + " " + n + "\n")
		}
	}
	// Links to the pages from Markdown, escaped as a URL would be.
	b.WriteString("-- content/en/links.md --\n---\ntitle: Links\n---\n")
	for _, n := range reservedNames {
		b.WriteString("[" + n + "](common/" + url.PathEscape(n) + ".md)\n")
	}
	return b.String()
}

// Regression: "%", "?" and "#" in a file name were refused ("would cut its
// URL short"). Each reserved name is now a page at its own URL, percent-
// encoded per RFC 3986, written to a folder named as the file, and every
// place that links to it (canonical, hreflang, sitemap, feed, section,
// Markdown links) leads back to that folder.
func TestFileNamesWithURLReservedCharactersArePages(t *testing.T) {
	b := buildSite(t, reservedSite()).ok()
	for _, lang := range []string{"en", "fr"} {
		section := b.file(lang + "/common/index.html")
		children := map[string]bool{}
		for _, m := range regexp.MustCompile(`<a class="child" href="([^"]*)">`).FindAllStringSubmatch(section, -1) {
			children[unescapeHTMLAttr(m[1])] = true
		}
		if len(children) != len(reservedNames) {
			t.Errorf("%s section lists %d distinct URLs, want %d: %v", lang, len(children), len(reservedNames), children)
		}
		for _, n := range reservedNames {
			want := "/docs/" + lang + "/common/" + n + "/"
			out := lang + "/common/" + n + "/index.html"
			b.contains(out, "BODY "+lang+" "+n)
			page := b.file(out)
			canon := regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`).FindStringSubmatch(page)
			checkPageURL(t, "canonical of "+out, unescapeHTMLAttr(canon[1]), want)
			hreflang := regexp.MustCompile(`hreflang="(en|fr)" href="([^"]*)"`).FindAllStringSubmatch(page, -1)
			if len(hreflang) != 2 {
				t.Errorf("%s: hreflang links %q", out, hreflang)
			}
			for _, h := range hreflang {
				checkPageURL(t, "hreflang "+h[1]+" of "+out, unescapeHTMLAttr(h[2]), "/docs/"+h[1]+"/common/"+n+"/")
			}
			found := false
			for c := range children {
				if u, err := url.Parse(c); err == nil && u.Path == want {
					found = true
					checkPageURL(t, "section link", "https://example.org"+c, want)
				}
			}
			if !found {
				t.Errorf("%s section does not link to %s", lang, want)
			}
		}
		var feed atom
		if err := xml.Unmarshal([]byte(b.file(lang+"/atom.xml")), &feed); err != nil {
			t.Fatal(err)
		}
		inFeed := map[string]bool{}
		for _, e := range feed.Entries {
			u, err := url.Parse(e.Link.Href)
			if err != nil {
				t.Errorf("feed link %q: %v", e.Link.Href, err)
				continue
			}
			checkPageURL(t, "feed link", e.Link.Href, u.Path)
			inFeed[u.Path] = true
		}
		for _, n := range reservedNames {
			if !inFeed["/docs/"+lang+"/common/"+n+"/"] {
				t.Errorf("%s feed has no entry for %q", lang, n)
			}
		}
	}
	var set struct {
		URLs []struct {
			Loc string `xml:"loc"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal([]byte(b.file("sitemap.xml")), &set); err != nil {
		t.Fatal(err)
	}
	inSitemap := map[string]bool{}
	for _, u := range set.URLs {
		p, err := url.Parse(u.Loc)
		if err != nil {
			t.Errorf("sitemap <loc> %q: %v", u.Loc, err)
			continue
		}
		checkPageURL(t, "sitemap <loc>", u.Loc, p.Path)
		inSitemap[p.Path] = true
	}
	// The search index gets the same escaped URLs (whatever its files
	// are named).
	var index strings.Builder
	for name, data := range b.files {
		if strings.Contains(name, "search") && strings.HasPrefix(name, "en/") {
			index.Write(data)
		}
	}
	for _, n := range []string{"%", "?", "#", "[[", "with space"} {
		if u := "/docs/en/common/" + url.PathEscape(n) + "/"; !strings.Contains(index.String(), u) {
			t.Errorf("the search index has no URL %s", u)
		}
	}
	links := b.file("en/links/index.html")
	for _, n := range reservedNames {
		if !inSitemap["/docs/en/common/"+n+"/"] {
			t.Errorf("sitemap has no entry for %q", n)
		}
		href := `href="/docs/en/common/` + url.PathEscape(n) + `/"`
		if !strings.Contains(links, href) && !strings.Contains(unescapeHTMLAttr(links), href) {
			t.Errorf("en/links/ has no link %s", href)
		}
	}
}

// The --relative-urls copy: every link of the section page, followed from
// the file's folder, reaches the file written for the page.
func TestFileNamesWithURLReservedCharactersInARelativeCopy(t *testing.T) {
	b := buildSite(t, reservedSite(), func(o *build.Options) { o.RelativeURLs = true }).ok()
	section := b.file("en/common/index.html")
	base, _ := url.Parse("file:///site/en/common/index.html")
	n := 0
	for _, m := range regexp.MustCompile(`<a class="child" href="([^"]*)">`).FindAllStringSubmatch(section, -1) {
		ref, err := url.Parse(unescapeHTMLAttr(m[1]))
		if err != nil || ref.Scheme != "" || ref.RawQuery != "" || ref.Fragment != "" {
			t.Errorf("relative link %q: %v (scheme %q)", m[1], err, ref.Scheme)
			continue
		}
		target := strings.TrimPrefix(base.ResolveReference(ref).Path, "/site/")
		if _, ok := b.files[target]; !ok || path.Base(target) != "index.html" {
			t.Errorf("relative link %q leads to %q, which was not written", m[1], target)
		}
		n++
	}
	if n != len(reservedNames) {
		t.Errorf("%d links, want %d", n, len(reservedNames))
	}
}

// Names that cannot be two files on every file system stay errors: two
// names that differ only in case would be one folder on macOS or Windows.
func TestErrorFileNamesThatDifferOnlyInCase(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/common/%a.md --
---
title: a
---
-- content/en/common/%A.md --
---
title: A
---
`).errors(`content/en/common/%a.md: en/common/%a/index.html: a URL that differs only in case (en/common/%A/index.html)`)
}
