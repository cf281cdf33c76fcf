package build_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
)

const oneLang = `
-- site.yaml --
baseURL: https://example.org/
title: Test
languages:
  - code: en
`

func TestURLsFollowPathsSlugAndURL(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/_index.md --
---
title: Home
---
-- content/en/actions/_index.md --
---
title: Actions
---
-- content/en/actions/legal-action.md --
---
title: Legal action
---
-- content/en/actions/nested/deep.md --
---
title: Deep
---
-- content/en/renamed.md --
---
title: Renamed
slug: other-name
---
-- content/en/moved.md --
---
title: Moved
url: /somewhere/else/
---
-- content/en/file.md --
---
title: File
url: /feed.html
---
`).ok()
	b.contains("en/index.html", "<h1>Home</h1>")
	b.contains("en/actions/index.html", "<h1>Actions</h1>")
	b.contains("en/actions/legal-action/index.html", "<h1>Legal action</h1>", `<link rel="canonical" href="https://example.org/en/actions/legal-action/">`)
	b.contains("en/actions/nested/deep/index.html", "<h1>Deep</h1>")
	b.contains("en/actions/nested/index.html", "<h1>Nested</h1>") // implicit section, titled after its folder
	b.contains("en/other-name/index.html", "<h1>Renamed</h1>")
	b.absent("en/renamed/index.html")
	b.contains("somewhere/else/index.html", "<h1>Moved</h1>")
	b.contains("feed.html", "<h1>File</h1>")
}

func TestLinksToPagesAreRewritten(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/_index.md --
---
title: Home
---
[letter](letter.md) [anchor](letter.md#request) [section](actions/_index.md)
[from root](/en/actions/legal-action.md#top) [here](#local) [web](https://example.com/a.md)
[mail](mailto:a@example.org) ![img](/img/x.png)

## Local
-- content/en/letter.md --
---
title: Letter
---
## Request

Text.

{: #top}
-- content/en/actions/_index.md --
---
title: Actions
---
-- content/en/actions/legal-action.md --
---
title: Legal action
---
Back to [the letter](../letter.md#request).

## Top
`).ok()
	b.contains("en/index.html",
		`<a href="/en/letter/">letter</a>`,
		`<a href="/en/letter/#request">anchor</a>`,
		`<a href="/en/actions/">section</a>`,
		`<a href="/en/actions/legal-action/#top">from root</a>`,
		`<a href="#local">here</a>`,
		`<a href="https://example.com/a.md">web</a>`,
		`<a href="mailto:a@example.org">mail</a>`,
		`<img src="/img/x.png" alt="img">`)
	b.contains("en/letter/index.html", `<p id="top">Text.</p>`)
	b.contains("en/actions/legal-action/index.html", `<a href="/en/letter/#request">the letter</a>`)
}

func TestLinksRespectTheBaseURLPath(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
---
[b](b.md)
-- content/en/b.md --
---
title: B
---
`, baseURL("https://example.org/docs/")).ok()
	b.contains("en/a/index.html", `<a href="/docs/en/b/">b</a>`, `href="https://example.org/docs/en/a/"`)
}

func TestSectionsListChildrenByWeightThenTitleThenPath(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/s/_index.md --
---
title: S
---
-- content/en/s/c.md --
---
title: Charlie
weight: 2
---
-- content/en/s/a.md --
---
title: Alpha
---
-- content/en/s/b.md --
---
title: Bravo
weight: 1
---
-- content/en/s/z.md --
---
title: Alpha
---
-- content/en/s/sub/_index.md --
---
title: Émile
---
`).ok()
	b.contains("en/s/index.html", "<li>Bravo</li><li>Charlie</li><li>Alpha</li><li>Alpha</li><li>Émile</li>")
	b.contains("en/s/b/index.html", "next=Charlie")
	b.contains("en/s/c/index.html", "prev=Bravo", "next=Alpha")
}

func TestDraftsAreSkippedUnlessAsked(t *testing.T) {
	src := oneLang + `
-- content/en/draft.md --
---
title: Draft
draft: true
---
-- content/en/done.md --
---
title: Done
---
`
	b := buildSite(t, src).ok()
	b.absent("en/draft/index.html")
	b.contains("en/done/index.html", "Done")
	b.lacks("sitemap.xml", "/en/draft/")
	buildSite(t, src, drafts).ok().contains("en/draft/index.html", "Draft")
}

func TestAliasesRedirect(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/new.md --
---
title: New
aliases: [/old/path/, old-name, /legacy.html]
---
`).ok()
	for _, f := range []string{"old/path/index.html", "en/old-name/index.html", "legacy.html"} {
		b.contains(f, `<link rel="canonical" href="https://example.org/en/new/">`, `<meta http-equiv="refresh" content="0; url=/en/new/">`)
	}
}

func TestSitemapRobotsAnd404(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
date: 2023-08-14
---
-- content/en/b.md --
---
title: B
---
`).ok()
	b.contains("sitemap.xml",
		`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`,
		"<loc>https://example.org/en/a/</loc>\n    <lastmod>2023-08-14</lastmod>",
		"<loc>https://example.org/en/b/</loc>")
	b.contains("robots.txt", "Sitemap: https://example.org/sitemap.xml")
	b.contains("404.html", "<html lang=\"en\"")
}

func TestCRLFAndByteOrderMarkBuild(t *testing.T) {
	b := buildSite(t, oneLang+"-- content/en/a.md --\n\ufeff---\r\ntitle: CRLF\r\n---\r\nLine one\r\n\r\n## Two\r\n")
	b.ok().contains("en/a/index.html", "<h1>CRLF</h1>", "<p>Line one</p>", `<h2 id="two">Two</h2>`)
}

func TestHeadingIDsStayReadableInEveryScript(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: IDs
---
## Права человека
## Qayıdış hüququ
## Права человека
## Custom {#chosen}
## ???
`).ok()
	b.contains("en/a/index.html",
		`<h2 id="права-человека">`, `<h2 id="qayıdış-hüququ">`, `<h2 id="права-человека-1">`,
		`<h2 id="chosen">`, `<h2 id="section">`)
}

func TestMarkdownExtensions(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: Ext
---
| a | b |
|---|---|
| 1 | 2 |

~~gone~~ www.example.com

- [x] done

Term
: Definition

Note[^1] "quoted" -- dash

[^1]: Footnote.

<b>raw</b>
`).ok()
	b.contains("en/a/index.html", "<table>", "<del>gone</del>", `<a href="http://www.example.com">`,
		`<input checked="" disabled="" type="checkbox">`, "<dl>", `id="fn:1"`, "&ldquo;quoted&rdquo; &ndash; dash",
		"<!-- raw HTML omitted -->")
	b.lacks("en/a/index.html", "<b>raw</b>")
}

func TestRawHTMLWhenTheConfigAllowsIt(t *testing.T) {
	b := buildSite(t, oneLang+`markup:
  unsafe: true
-- content/en/a.md --
---
title: Raw
---
<b>raw</b>
`).ok()
	b.contains("en/a/index.html", "<b>raw</b>")
}

func TestTypographerCanBeTurnedOffPerPage(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: Exact
typographer: false
---
Armenia's and Armenia’s -- "as typed"
`).ok()
	b.contains("en/a/index.html", "Armenia's and Armenia’s -- &quot;as typed&quot;")
}

func TestOtherFrontMatterKeysAreParams(t *testing.T) {
	b := buildSite(t, oneLang+`
-- layouts/note.html --
{{define "main"}}<p>{{.Params.note}} {{index .Params.extra "k"}}</p>{{end}}
-- content/en/a.md --
---
title: Params
layout: note
note: Hello
extra:
  k: v
---
`).ok()
	b.contains("en/a/index.html", "<p>Hello v</p>")
}

func TestDeterministicOutput(t *testing.T) {
	src := oneLang + `
-- content/en/a.md --
---
title: A
---
[b](b.md)
-- content/en/b.md --
---
title: B
aliases: [/x/]
---
`
	dir := site(t, src)
	out := t.TempDir()
	var first map[string][]byte
	for i := 0; i < 2; i++ {
		dest := filepath.Join(out, "public")
		if _, err := build.ToDir(build.Options{Source: dir}, dest); err != nil {
			t.Fatal(err)
		}
		files := readTree(t, dest)
		if first == nil {
			first = files
			continue
		}
		if len(files) != len(first) {
			t.Fatalf("second build wrote %d files, first %d", len(files), len(first))
		}
		for name, data := range first {
			if !bytes.Equal(files[name], data) {
				t.Errorf("%s differs between two builds", name)
			}
		}
	}
}

func TestFailedBuildLeavesPublicUntouched(t *testing.T) {
	dir := site(t, oneLang+`
-- content/en/a.md --
---
title: A
---
-- static/keep.txt --
old
`)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: dir}, dest); err != nil {
		t.Fatal(err)
	}
	before := readTree(t, dest)
	os.WriteFile(filepath.Join(dir, "content/en/a.md"), []byte("---\ntitle: [broken\n---\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "static/keep.txt"), []byte("new"), 0o644)
	if _, err := build.ToDir(build.Options{Source: dir}, dest); err == nil {
		t.Fatal("broken build succeeded")
	}
	after := readTree(t, dest)
	if len(after) != len(before) {
		t.Fatalf("public/ has %d files after a failed build, %d before", len(after), len(before))
	}
	for name, data := range before {
		if !bytes.Equal(after[name], data) {
			t.Errorf("%s changed in a failed build", name)
		}
	}
	if left, _ := filepath.Glob(filepath.Join(filepath.Dir(dest), ".public.building-*")); len(left) > 0 {
		t.Errorf("temporary folders left behind: %v", left)
	}
}

func TestFilesNoLongerProducedDisappear(t *testing.T) {
	dir := site(t, oneLang+`
-- content/en/a.md --
---
title: A
---
-- content/en/b.md --
---
title: B
---
`)
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: dir}, dest); err != nil {
		t.Fatal(err)
	}
	os.Remove(filepath.Join(dir, "content/en/b.md"))
	if _, err := build.ToDir(build.Options{Source: dir}, dest); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Join(dest, "en/b/index.html")); !os.IsNotExist(err) {
		t.Errorf("en/b/index.html still exists after its page was removed")
	}
}

func TestDestinationThatWouldDestroyTheSourceIsRefused(t *testing.T) {
	dir := site(t, oneLang+`
-- content/en/a.md --
---
title: A
---
`)
	for _, dest := range []string{dir, filepath.Dir(dir), "/", filepath.Join(dir, "content")} {
		if _, err := build.ToDir(build.Options{Source: dir}, dest); err == nil || !strings.Contains(err.Error(), "refusing") {
			t.Errorf("dest %s: err = %v, want a refusal", dest, err)
		}
	}
	if _, err := os.Stat(filepath.Join(dir, "content/en/a.md")); err != nil {
		t.Fatalf("source damaged: %v", err)
	}
}

func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	filepath.Walk(dir, func(p string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			files[filepath.ToSlash(rel)], _ = os.ReadFile(p)
		}
		return nil
	})
	return files
}

// baseof.html's own {{block "main"}} defines "main", which once made every
// layout look like it filled the frame: one that does not is a page of its
// own.
func TestLayoutWithoutMainIsAWholePage(t *testing.T) {
	b := buildSite(t, oneLang+`
-- layouts/standalone.html --
<!DOCTYPE html><title>{{.Title}}</title><p>standalone</p>
-- content/en/a.md --
---
title: A
layout: standalone
---
`).ok()
	b.contains("en/a/index.html", "<p>standalone</p>")
	b.lacks("en/a/index.html", `<nav class="langs">`)
}

func TestURLsRefuseCharactersThatChangeTheirMeaning(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
url: /a%3Fb/
---
`).errors(`content/en/a.md:3: url "/a%3Fb/": must not contain '?'`)
}

// The typographer's curly quotes are HTML entities in the tree, which once
// reached the table of contents escaped twice ("letter&amp;rsquo;s").
func TestTOCShowsTypographicQuotesOnce(t *testing.T) {
	b := buildSite(t, oneLang+`
-- layouts/page.html --
{{define "main"}}{{.TOC}}{{end}}
-- content/en/a.md --
---
title: A
---
## The letter's claims
## Other
`).ok()
	b.contains("en/a/index.html", `<a href="#the-letters-claims">The letter’s claims</a>`)
}

// Pages render in parallel; still, a partialCached key is rendered once
// and every page shows what the first page to ask for it rendered.
func TestPartialCachedRendersOncePerKey(t *testing.T) {
	archive := oneLang + `
-- layouts/partials/stamp.html --
{{- /* slow enough that parallel pages ask at the same time */ -}}
{{range 20000}}{{end}}[{{.}}]
-- layouts/page.html --
{{define "main"}}{{partialCached "partials/stamp.html" .Title "same"}}{{end}}
`
	for i := range 24 {
		archive += fmt.Sprintf("-- content/en/p%02d.md --\n---\ntitle: P%02d\n---\n", i, i)
	}
	b := buildSite(t, archive).ok()
	stamps := map[string]bool{}
	for i := range 24 {
		page := b.file(fmt.Sprintf("en/p%02d/index.html", i))
		stamps[regexp.MustCompile(`\[P\d\d\]`).FindString(page)] = true
	}
	if len(stamps) != 1 {
		t.Errorf("partialCached rendered more than once: pages show %v", stamps)
	}
}
