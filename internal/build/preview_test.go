package build_test

import (
	"bytes"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

const previewSite = `
-- site.yaml --
baseURL: https://example.org/
languages:
  - code: en
  - code: fr
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}{{with .Prev}}<a rel="prev">{{.Title}}</a>{{end}}{{range .Translations}}<a hreflang="{{.Lang.Code}}">{{.Title}} {{.Status}}</a>{{end}}{{end}}
-- content/en/_index.md --
---
title: Home
---
-- content/en/s/_index.md --
---
title: Section
---
-- content/en/s/a.md --
---
title: A
weight: 1
---
Text of A. [B](b.md) and [its part](b.md#part).
-- content/en/s/b.md --
---
title: B
weight: 2
---
Text of B.

## Part
-- content/fr/_index.md --
---
title: Accueil
---
-- content/fr/s/a.md --
---
title: A fr
---
Texte de A.
`

// The preview of a text edit is the page the build that follows writes,
// byte for byte, and the build finds the page's conversion made.
func TestPreviewIsThePageTheBuildWrites(t *testing.T) {
	s := newSession(t, previewSite)
	s.edit("content/en/s/b.md", "Text of B.", "New text of B, with [A](a.md).")
	pv, ok := s.s.Preview([]string{"content/en/s/b.md"})
	if !ok {
		t.Fatal("no preview of a text edit")
	}
	if pv.Page != "en/s/b/index.html" || !bytes.Contains(pv.Files[pv.Page], []byte("New text of B")) {
		t.Fatalf("preview of %s: %s", pv.Page, pv.Files[pv.Page])
	}
	out := s.rebuild("content/en/s/b.md")
	if len(pv.Files) != len(out.Files) {
		t.Errorf("preview has %d files, the build %d", len(pv.Files), len(out.Files))
	}
	for name, data := range out.Files {
		if strings.HasPrefix(name, "search/") {
			continue // written after the pages (LateIndex) or not at all
		}
		if !bytes.Equal(pv.Files[name], data) {
			t.Errorf("preview and build differ in %s:\n%s\n---\n%s", name, pv.Files[name], data)
		}
	}
	if out.Converted != 0 {
		t.Errorf("the build converted %d pages again after the preview", out.Converted)
	}
}

// Preview declines whatever it cannot show exactly as the build will, and
// the build alone answers.
func TestPreviewDeclinesWhatOnlyABuildCanTell(t *testing.T) {
	for _, tc := range []struct {
		name    string
		change  func(s *session)
		changed []string
	}{
		{"front matter changed", func(s *session) { s.edit("content/en/s/b.md", "title: B", "title: B2") }, []string{"content/en/s/b.md"}},
		{"two files changed", func(s *session) {
			s.edit("content/en/s/b.md", "Text of B.", "B again.")
			s.edit("content/en/s/a.md", "Text of A.", "A again.")
		}, []string{"content/en/s/a.md", "content/en/s/b.md"}},
		{"a new page", func(s *session) { s.write("content/en/s/c.md", "---\ntitle: C\n---\nC.\n") }, []string{"content/en/s/c.md"}},
		{"a layout", func(s *session) { s.edit("layouts/page.html", "<h1>", "<h1 class=t>") }, []string{"layouts/page.html"}},
		{"nothing changed", func(s *session) {}, []string{"content/en/s/b.md"}},
		{"a broken link", func(s *session) { s.edit("content/en/s/b.md", "Text of B.", "[gone](nowhere.md)") }, []string{"content/en/s/b.md"}},
		{"broken front matter", func(s *session) { s.edit("content/en/s/b.md", "title: B", "title: [B") }, []string{"content/en/s/b.md"}},
		{"a page deleted", func(s *session) { os.Remove(filepath.Join(s.dir, "content/en/s/b.md")) }, []string{"content/en/s/b.md"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := newSession(t, previewSite)
			tc.change(s)
			if pv, ok := s.s.Preview(tc.changed); ok {
				t.Errorf("previewed %s", pv.Page)
			}
		})
	}
}

// An edit of an original that turns a translation stale changes what the
// original shows of it (its status): only the build can show that.
func TestPreviewDeclinesAnEditThatTurnsATranslationStale(t *testing.T) {
	s := newSession(t, previewSite)
	out := s.rebuild()
	var digest string
	for _, p := range out.Result.Site.Pages {
		if p.Path == "content/en/s/a.md" {
			digest = p.Digest
		}
	}
	s.edit("content/fr/s/a.md", "title: A fr", "title: A fr\ntranslationOf: "+digest)
	s.rebuild("content/fr/s/a.md")
	s.edit("content/en/s/a.md", "Text of A.", "Text of A, changed.")
	if pv, ok := s.s.Preview([]string{"content/en/s/a.md"}); ok {
		t.Errorf("previewed %s, whose translation turned stale", pv.Page)
	}
	out = s.rebuild("content/en/s/a.md")
	if !bytes.Contains(out.Files["en/s/a/index.html"], []byte("A fr stale")) {
		t.Errorf("the build does not show the translation stale: %s", out.Files["en/s/a/index.html"])
	}
	// Once stale, a further edit changes no translation's standing.
	s.edit("content/en/s/a.md", "Text of A, changed.", "Text of A, changed twice.")
	if _, ok := s.s.Preview([]string{"content/en/s/a.md"}); !ok {
		t.Error("no preview of an edit that leaves the translation stale")
	}
}

// A preview's page with a link to an anchor another page lost is shown,
// but the build after it reports the link; a page whose own edit breaks
// a link to an anchor is not previewed.
func TestPreviewChecksTheAnchorsOfItsPage(t *testing.T) {
	s := newSession(t, previewSite)
	s.edit("content/en/s/a.md", "b.md#part", "b.md#nopart")
	if pv, ok := s.s.Preview([]string{"content/en/s/a.md"}); ok {
		t.Errorf("previewed %s, with a link to a missing anchor", pv.Page)
	}
	s.edit("content/en/s/a.md", "b.md#nopart", "b.md#part")
	s.rebuild("content/en/s/a.md")
	s.edit("content/en/s/b.md", "## Part", "## Whole")
	if _, ok := s.s.Preview([]string{"content/en/s/b.md"}); !ok {
		t.Fatal("no preview of an edit of the page a link points into")
	}
	if _, err := s.s.Build([]string{"content/en/s/b.md"}); err == nil || !strings.Contains(err.Error(), "content/en/s/a.md:5:26:") || !strings.Contains(err.Error(), "#part") {
		t.Errorf("build after the preview: %v, want the broken anchor in a.md", err)
	}
}

// Random edits of a site's pages, in two languages with translations up to
// date, stale and unmarked, links between pages and to their headings:
// each time Preview shows an edit, its page is the one the build after it
// writes. Some edits change front matter, which Preview declines.
func TestPreviewSoak(t *testing.T) {
	rnd := rand.New(rand.NewSource(7))
	var b strings.Builder
	b.WriteString(previewSite)
	b.WriteString("-- layouts/section.html --\n{{define \"main\"}}<h1>{{.Title}}</h1>{{.Content}}{{range .Pages}}<a>{{.Title}} {{.Status}}</a>{{end}}{{end}}\n")
	var pages []string
	for i := 0; i < 12; i++ {
		name := fmt.Sprintf("content/en/s/p%02d.md", i)
		fmt.Fprintf(&b, "-- %s --\n---\ntitle: P%d\nweight: %d\n---\nText %d. [B](b.md#part)\n\n## Heading %d\n", name, i, i+3, i, i)
		pages = append(pages, name)
		if i%2 == 0 {
			fmt.Fprintf(&b, "-- content/fr/s/p%02d.md --\n---\ntitle: P%d fr\n---\nTexte %d.\n", i, i, i)
			pages = append(pages, fmt.Sprintf("content/fr/s/p%02d.md", i))
		}
	}
	s := newSession(t, b.String())
	// Half of the translations record their original as they are now.
	out := s.rebuild()
	for _, p := range out.Result.Site.Pages {
		var n int
		if _, err := fmt.Sscanf(p.Path, "content/en/s/p%02d.md", &n); err == nil && n%4 == 0 {
			fr := fmt.Sprintf("content/fr/s/p%02d.md", n)
			s.edit(fr, "title: P", "translationOf: "+p.Digest+"\ntitle: P")
			s.rebuild(fr)
		}
	}
	previewed := 0
	for i := 0; i < 80; i++ {
		name := pages[rnd.Intn(len(pages))]
		src, err := os.ReadFile(filepath.Join(s.dir, name))
		if err != nil {
			t.Fatal(err)
		}
		text := string(src)
		switch rnd.Intn(6) {
		case 0: // front matter
			text = strings.Replace(text, "title: P", fmt.Sprintf("title: P%d-", i), 1)
		case 1: // a heading
			text += fmt.Sprintf("\n## Added %d\n", i)
		case 2: // a link to another page
			text += fmt.Sprintf("\nSee [another](p%02d.md).\n", rnd.Intn(12))
		default:
			text += fmt.Sprintf("\nParagraph %d.\n", i)
		}
		s.write(name, text)
		pv, ok := s.s.Preview([]string{name})
		out, err := s.s.Build([]string{name})
		if err != nil {
			// A link to a page the other language lacks: put it back.
			s.write(name, string(src))
			if _, err := s.s.Build([]string{name}); err != nil {
				t.Fatalf("edit %d of %s, put back: %v", i, name, err)
			}
			if ok {
				t.Logf("edit %d of %s previewed, then its build failed: %v", i, name, err)
			}
			continue
		}
		if !ok {
			continue
		}
		previewed++
		if !bytes.Equal(pv.Files[pv.Page], out.Files[pv.Page]) {
			t.Errorf("edit %d of %s: preview and build differ in %s:\n%s\n---\n%s", i, name, pv.Page, pv.Files[pv.Page], out.Files[pv.Page])
		}
	}
	if previewed < 30 {
		t.Errorf("only %d of 80 edits previewed", previewed)
	}
	t.Logf("%d of 80 edits previewed", previewed)
}
