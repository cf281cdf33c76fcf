package build_test

import (
	"bytes"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
)

const rebuildSite = `
-- site.yaml --
baseURL: https://example.org/
languages:
  - code: en
  - code: fr
-- layouts/i18n/en.yaml --
fallbackNotice: Not yet translated
hello: Hello
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}<ul>{{range .Children}}<li>{{.Title}}</li>{{end}}</ul>{{end}}
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
Text of A. [B](b.md)
-- content/en/s/b.md --
---
title: B
weight: 2
---
Text of B.
-- content/en/s/c.md --
---
title: C
weight: 3
---
-- content/en/other.md --
---
title: Other
---
-- content/fr/_index.md --
---
title: Accueil
---
-- content/fr/s/a.md --
---
title: A fr
---
`

// session starts a session on a test site and makes its first build.
type session struct {
	t   *testing.T
	dir string
	s   *build.Session
}

func newSession(t *testing.T, archive string) *session {
	dir := site(t, archive)
	s := &session{t: t, dir: dir, s: build.NewSession(build.Options{Source: dir, Dev: true})}
	if _, err := s.s.Build(nil); err != nil {
		t.Fatal(err)
	}
	return s
}

func (s *session) write(name, data string) {
	s.t.Helper()
	p := filepath.Join(s.dir, filepath.FromSlash(name))
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		s.t.Fatal(err)
	}
}

func (s *session) edit(name, old, new string) {
	s.t.Helper()
	p := filepath.Join(s.dir, filepath.FromSlash(name))
	b, err := os.ReadFile(p)
	if err != nil || !bytes.Contains(b, []byte(old)) {
		s.t.Fatalf("%s has no %q (%v)", name, old, err)
	}
	s.write(name, strings.Replace(string(b), old, new, 1))
}

// rebuild builds after changes and checks the result equals a full build of
// the same files. It returns the rendered pages.
func (s *session) rebuild(changed ...string) *build.Outcome {
	s.t.Helper()
	out, err := s.s.Build(changed)
	if err != nil {
		s.t.Fatalf("rebuild: %v", err)
	}
	mem := output.NewMemory()
	if _, err := build.Run(build.Options{Source: s.dir, Dev: true}, mem); err != nil {
		s.t.Fatalf("full build: %v", err)
	}
	full := mem.Files()
	if !reflect.DeepEqual(names(full), names(out.Files)) {
		s.t.Fatalf("rebuild has files %v, a full build %v", names(out.Files), names(full))
	}
	for n, b := range full {
		if !bytes.Equal(b, out.Files[n]) {
			s.t.Errorf("rebuild and full build differ in %s:\n%s\n---\n%s", n, out.Files[n], b)
		}
	}
	return out
}

func names(m map[string][]byte) []string {
	var out []string
	for n := range m {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

func same(t *testing.T, what string, got []string, want ...string) {
	t.Helper()
	sort.Strings(got)
	sort.Strings(want)
	if !reflect.DeepEqual(got, want) && !(len(got) == 0 && len(want) == 0) {
		t.Errorf("%s = %q, want %q", what, got, want)
	}
}

func TestRebuildTextEditRendersOnlyThatPage(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.edit("content/en/s/b.md", "Text of B.", "New text of B.")
	out := s.rebuild("content/en/s/b.md")
	same(t, "rendered", out.Rendered, "en/s/b/index.html")
	same(t, "changed", out.Changed, "en/s/b/index.html")
	if out.Converted != 1 {
		t.Errorf("converted %d pages, want 1", out.Converted)
	}
}

func TestRebuildTitleEditRendersItsSectionSiblingsAndTranslations(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.edit("content/en/s/a.md", "title: A", "title: A renamed")
	out := s.rebuild("content/en/s/a.md")
	same(t, "rendered", out.Rendered,
		"en/s/a/index.html", "en/s/index.html", "en/s/b/index.html", "en/s/c/index.html", "fr/s/a/index.html")
	same(t, "changed", out.Changed, "en/s/a/index.html", "en/s/index.html", "en/s/b/index.html")
}

func TestRebuildNewPage(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.write("content/en/s/d.md", "---\ntitle: D\nweight: 4\n---\n")
	out := s.rebuild("content/en/s/d.md")
	same(t, "rendered", out.Rendered,
		"en/s/a/index.html", "en/s/index.html", "en/s/b/index.html", "en/s/c/index.html", "en/s/d/index.html")
	same(t, "changed", out.Changed, "en/s/c/index.html", "en/s/d/index.html", "en/s/index.html", "sitemap.xml")
}

func TestRebuildDeletedPageDisappearsAndLinksToItBreak(t *testing.T) {
	s := newSession(t, rebuildSite)
	os.Remove(filepath.Join(s.dir, "content/en/s/c.md"))
	out := s.rebuild("content/en/s/c.md")
	same(t, "removed", out.Removed, "en/s/c/index.html")
	same(t, "rendered", out.Rendered, "en/s/a/index.html", "en/s/index.html", "en/s/b/index.html")

	os.Remove(filepath.Join(s.dir, "content/en/s/b.md"))
	if _, err := s.s.Build([]string{"content/en/s/b.md"}); err == nil || !strings.Contains(err.Error(), "content/en/s/a.md:5:12: link to missing page content/en/s/b.md") {
		t.Errorf("deleting a linked page: err = %v", err)
	}
}

func TestRebuildLayoutEditRendersEverything(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.edit("layouts/section.html", "<h1>", "<h1 class=x>")
	out := s.rebuild("layouts/section.html")
	if len(out.Rendered) != 9 {
		t.Errorf("rendered %d pages, want all 9: %v", len(out.Rendered), out.Rendered)
	}
	if out.Converted != 0 {
		t.Errorf("a layout edit converted %d pages' Markdown again", out.Converted)
	}
	same(t, "changed", out.Changed, "en/index.html", "en/s/index.html", "fr/index.html", "fr/s/index.html")
}

func TestRebuildUIStringEditRendersEverything(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.edit("layouts/i18n/en.yaml", "Not yet translated", "Not translated yet")
	out := s.rebuild("layouts/i18n/en.yaml")
	if len(out.Rendered) != 9 {
		t.Errorf("rendered %d pages, want all 9", len(out.Rendered))
	}
}

func TestRebuildFailureKeepsTheLastGoodBuild(t *testing.T) {
	s := newSession(t, rebuildSite)
	s.write("content/en/s/a.md", "---\ntitle: [broken\n---\n")
	if _, err := s.s.Build([]string{"content/en/s/a.md"}); err == nil {
		t.Fatal("broken front matter built")
	}
	s.write("content/en/s/a.md", "---\ntitle: A fixed\nweight: 1\n---\n")
	out := s.rebuild("content/en/s/a.md")
	if !strings.Contains(string(out.Files["en/s/a/index.html"]), "A fixed") {
		t.Error("fixed page not rebuilt")
	}
}

func TestRebuildStaticAndConfig(t *testing.T) {
	s := newSession(t, rebuildSite+"-- static/css/site.css --\nbody{}\n")
	s.write("static/css/site.css", "body{color:red}")
	out := s.rebuild("static/css/site.css")
	same(t, "changed", out.Changed, "css/site.css")
	if len(out.Rendered) != 0 {
		t.Errorf("a stylesheet edit rendered %v", out.Rendered)
	}
	s.write("static/new.txt", "new")
	out = s.rebuild("static/new.txt")
	if len(out.Rendered) != 9 {
		t.Errorf("a new static file rendered %d pages, want all 9 (layouts may list static files)", len(out.Rendered))
	}
	s.edit("site.yaml", "https://example.org/", "https://example.net/")
	out = s.rebuild("site.yaml")
	if len(out.Rendered) != 9 {
		t.Errorf("config edit rendered %d pages, want 9", len(out.Rendered))
	}
}

// The dev server shows an edit before it writes the search index again
// (Options.LateIndex): the first outcome holds the last build's index,
// Index the new one, and together they are a full build.
func TestRebuildLeavesTheSearchIndexForLater(t *testing.T) {
	dir := site(t, strings.Replace(rebuildSite, "  - code: fr\n", "  - code: fr\nsearch: true\n", 1))
	s := build.NewSession(build.Options{Source: dir, Dev: true, LateIndex: true})
	first, err := s.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	if first.Index != nil {
		t.Fatal("the first build left its search index for later: the server would start without one")
	}
	sess := &session{t: t, dir: dir, s: s}
	sess.edit("content/en/s/b.md", "Text of B.", "Text of B, with zebrafinch.")
	out, err := s.Build([]string{"content/en/s/b.md"})
	if err != nil {
		t.Fatal(err)
	}
	if out.Index == nil {
		t.Fatal("a text edit wrote its search index at once")
	}
	same(t, "changed before the index", out.Changed, "en/s/b/index.html")
	for name, data := range out.Files {
		if strings.HasPrefix(name, "en/search/") && !bytes.Equal(data, first.Files[name]) {
			t.Errorf("%s changed before Index", name)
		}
	}
	done, err := out.Index()
	if err != nil {
		t.Fatal(err)
	}
	if len(done.Changed) == 0 || done.Late <= 0 {
		t.Fatalf("Index changed %v in %v, want the index of en", done.Changed, done.Late)
	}
	for _, name := range append(done.Changed, done.Removed...) {
		if !strings.HasPrefix(name, "en/search/") {
			t.Errorf("Index changed %s, not a file of the index of en", name)
		}
	}
	mem := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir, Dev: true}, mem); err != nil {
		t.Fatal(err)
	}
	full := mem.Files()
	if !reflect.DeepEqual(names(full), names(done.Files)) {
		t.Fatalf("after Index the files are %v, a full build's %v", names(done.Files), names(full))
	}
	for n, b := range full {
		if !bytes.Equal(b, done.Files[n]) {
			t.Errorf("after Index, %s differs from a full build's", n)
		}
	}
	if _, err := out.Index(); err == nil {
		t.Error("a second call of Index was taken")
	}
}
