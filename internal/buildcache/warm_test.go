package buildcache_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/buildcache"
	"github.com/wazc/site/internal/sitetest"
)

// warmSite is a small site with what a conversion depends on: links
// between pages and to their anchors, headings for tables of contents, a
// translation, a section, and the repository's own layouts and strings.
const warmSite = `
-- site.yaml --
baseURL: https://wazc.org/
title: Warm
defaultLanguage: en
languages:
  - code: en
    title: Warm
  - code: fr
    title: Chaud
markup:
  tocMin: 2
  tocMax: 3
search: true
-- content/en/_index.md --
---
title: Home
---
See [the guide](guide/_index.md) and [its first step](guide/one.md#install).
-- content/en/guide/_index.md --
---
title: Guide
---
The steps: [one](one.md), [two](two.md).
-- content/en/guide/one.md --
---
title: Step one
weight: 1
---
## Install

Get it. Then [step two](two.md#run).

## Check

"Quoted" -- and checked.
-- content/en/guide/two.md --
---
title: Step two
weight: 2
---
## Run

Run it; back to [one](one.md#check).

### Details

More.
-- content/fr/_index.md --
---
title: Accueil
---
Voir [le guide](guide/one.md).
-- content/fr/guide/one.md --
---
title: Étape un
---
## Installer

Le texte.
`

func newSite(t *testing.T) string {
	t.Helper()
	dir := sitetest.Write(t, warmSite)
	sitetest.Repo(t, dir, "layouts", "static")
	// The repository's strings for the languages this site has not.
	for _, lang := range []string{"az", "ru"} {
		if err := os.Remove(filepath.Join(dir, "layouts", "i18n", lang+".yaml")); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// builder builds one site into fresh folders, warm (with a cache folder)
// and cold, as separate runs of site build would.
type builder struct {
	t     *testing.T
	src   string
	cache string
	dest  string // of the warm builds
	n     int
	clock int // files written, for their times (see write)
}

func newBuilder(t *testing.T) *builder {
	return &builder{t: t, src: newSite(t), cache: t.TempDir()}
}

// build builds into a new folder, except that warm builds go to the same
// one, as site build does: a warm build then takes the files it does not
// render again from the last one's.
func (b *builder) build(cacheDir string) (string, *build.Result, error) {
	b.t.Helper()
	b.n++
	if b.dest == "" {
		b.dest = filepath.Join(b.t.TempDir(), "public")
	}
	dest := b.dest
	if cacheDir == "" {
		dest = filepath.Join(b.t.TempDir(), fmt.Sprintf("public%d", b.n))
	}
	res, err := build.ToDir(build.Options{Source: b.src, CacheDir: cacheDir}, dest)
	return dest, res, err
}

func (b *builder) warm() (string, *build.Result) {
	b.t.Helper()
	dest, res, err := b.build(b.cache)
	if err != nil {
		b.t.Fatalf("warm build: %v", err)
	}
	return dest, res
}

// same builds warm, then cold, and wants the same files, byte for byte.
// It returns the warm build's result.
func (b *builder) same() *build.Result {
	b.t.Helper()
	warm, res := b.warm()
	cold, _, err := b.build("")
	if err != nil {
		b.t.Fatalf("cold build: %v", err)
	}
	compareDirs(b.t, warm, cold)
	return res
}

// write writes a file of the site unless it holds data already, and dates
// it a day back, a second later than the file written before: a warm
// build then takes the files it finds as it left them without reading
// them, as it would on a real site (files changed less than a second
// before a build are read again).
func (b *builder) write(name, data string) {
	p := filepath.Join(b.src, filepath.FromSlash(name))
	if old, err := os.ReadFile(p); err == nil && string(old) == data {
		return
	}
	sitetest.WriteFile(b.t, b.src, name, []byte(data))
	b.clock++
	when := time.Now().Add(-24*time.Hour + time.Duration(b.clock)*time.Second)
	if err := os.Chtimes(p, when, when); err != nil {
		b.t.Fatal(err)
	}
}

func (b *builder) edit(name, old, new string) {
	b.t.Helper()
	p := filepath.Join(b.src, filepath.FromSlash(name))
	data, err := os.ReadFile(p)
	if err != nil {
		b.t.Fatal(err)
	}
	if !bytes.Contains(data, []byte(old)) {
		b.t.Fatalf("%s has no %q", name, old)
	}
	b.write(name, strings.Replace(string(data), old, new, 1))
}

// compareDirs wants the folders a and b to hold the same files with the
// same bytes.
func compareDirs(t *testing.T, a, b string) {
	t.Helper()
	fa, fb := files(t, a), files(t, b)
	for name, data := range fa {
		other, ok := fb[name]
		switch {
		case !ok:
			t.Errorf("%s: only in the warm build", name)
		case !bytes.Equal(data, other):
			t.Errorf("%s differs:\nwarm: %.300s\ncold: %.300s", name, data, other)
		}
	}
	for name := range fb {
		if _, ok := fa[name]; !ok {
			t.Errorf("%s: only in the cold build", name)
		}
	}
}

func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	m := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if err != nil || d.IsDir() {
			// Folders too, with a slash: an empty one is a difference.
			m[filepath.ToSlash(rel)+"/"] = nil
			return err
		}
		data, err := os.ReadFile(p)
		m[filepath.ToSlash(rel)] = data
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func pages(res *build.Result) int { return len(res.Site.Pages) }

func TestFirstBuildIsColdAndTheNextReusesEveryPage(t *testing.T) {
	b := newBuilder(t)
	res := b.same()
	if !res.Cached || res.Reused != 0 {
		t.Fatalf("first build: cached %v, reused %d, want 0", res.Cached, res.Reused)
	}
	if _, err := os.Stat(filepath.Join(b.cache, buildcache.FileName)); err != nil {
		t.Fatalf("no cache file after a build: %v", err)
	}
	res = b.same()
	if res.Reused != pages(res) {
		t.Errorf("unchanged site: %d of %d pages reused, want all", res.Reused, pages(res))
	}
	if s := res.Summary(); !strings.HasSuffix(s, fmt.Sprintf("; %d of %d pages reused from the cache", pages(res), pages(res))) {
		t.Errorf("summary %q does not say what was reused", s)
	}
	if len(res.Warnings) != 0 {
		t.Errorf("warnings: %v", res.Warnings)
	}
}

// Each change is followed by a warm build that must equal a cold one;
// reused is how many pages the warm build must not have converted again,
// counted from all (-1: every page but one), or any when it may vary.
func TestWarmBuildEqualsColdAfterEachKindOfChange(t *testing.T) {
	const any = -100
	for _, c := range []struct {
		name   string
		change func(b *builder)
		reused int // from all: 0 is all, -1 all but one
	}{
		{"text edit", func(b *builder) { b.edit("content/en/guide/two.md", "More.", "More text.") }, -1},
		// A conversion depends on the body only: links become URLs, and
		// the layouts show titles.
		{"title of a linked page", func(b *builder) { b.edit("content/en/guide/one.md", "title: Step one", "title: Step 1") }, 0},
		{"heading of a linked anchor and the link", func(b *builder) {
			b.edit("content/en/guide/one.md", "## Check", "## Verify")
			b.edit("content/en/guide/two.md", "(one.md#check)", "(one.md#verify)")
		}, -2},
		{"front matter that moves the body", func(b *builder) { b.edit("content/en/guide/one.md", "weight: 1", "weight: 1\ndescription: The first") }, -1},
		{"typographer off", func(b *builder) { b.edit("content/en/guide/one.md", "weight: 1", "weight: 1\ntypographer: false") }, -1},
		{"URL of a linked page", func(b *builder) { b.edit("content/en/guide/two.md", "weight: 2", "weight: 2\nurl: /run/") }, any},
		{"new page", func(b *builder) {
			b.write("content/en/guide/three.md", "---\ntitle: Step three\nweight: 3\n---\nAfter [two](two.md#run).\n")
		}, -1},
		{"deleted page", func(b *builder) {
			b.edit("content/en/guide/_index.md", ", [two](two.md)", "")
			b.edit("content/en/guide/one.md", "Then [step two](two.md#run).", "Then run it.")
			os.Remove(filepath.Join(b.src, "content/en/guide/two.md"))
		}, any},
		{"renamed page", func(b *builder) {
			os.Rename(filepath.Join(b.src, "content/en/guide/two.md"), filepath.Join(b.src, "content/en/guide/second.md"))
			b.edit("content/en/guide/_index.md", "(two.md)", "(second.md)")
			b.edit("content/en/guide/one.md", "(two.md#run)", "(second.md#run)")
		}, any},
		{"layout edit", func(b *builder) { b.edit("layouts/baseof.html", "<body", "<body data-x=\"1\"") }, 0},
		{"site.yaml title", func(b *builder) { b.edit("site.yaml", "title: Chaud", "title: Très chaud") }, 0},
		{"site.yaml markup", func(b *builder) { b.edit("site.yaml", "tocMax: 3", "tocMax: 2") }, any},
		{"site.yaml base URL", func(b *builder) { b.edit("site.yaml", "baseURL: https://wazc.org/", "baseURL: https://wazc.org/docs/") }, any},
		{"strings", func(b *builder) {
			data, err := os.ReadFile(filepath.Join(b.src, "layouts/i18n/fr.yaml"))
			if err != nil {
				b.t.Fatal(err)
			}
			b.write("layouts/i18n/fr.yaml", string(data)+"\n# edited\nzzTestOnly: x\n")
		}, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t)
			b.same()
			c.change(b)
			res := b.same()
			want := pages(res) + c.reused
			if c.reused != any && res.Reused != want {
				t.Errorf("%d of %d pages reused, want %d", res.Reused, pages(res), want)
			}
			if len(res.Warnings) != 0 {
				t.Errorf("warnings: %v", res.Warnings)
			}
		})
	}
}

// A build of an unchanged site into the folder of the last one writes
// nothing: every file is the last build's, by hard link.
func TestWarmBuildKeepsTheFilesItDoesNotRender(t *testing.T) {
	b := newBuilder(t)
	b.same()
	res := b.same()
	if res.Stats.Files != 0 || res.Kept == 0 {
		t.Errorf("unchanged site: %d files written, %d kept; want none written", res.Stats.Files, res.Kept)
	}
	if s := res.Summary(); !strings.Contains(s, fmt.Sprintf("0 files written (%d kept from the last build)", res.Kept)) {
		t.Errorf("summary %q does not say what was kept", s)
	}
	b.edit("content/en/guide/two.md", "More.", "More text.")
	res = b.same()
	if res.Stats.Files != 1 {
		t.Errorf("text edit of an untranslated page: %d files written, want 1", res.Stats.Files)
	}
	// An original's translation shows whether it is up to date.
	b.edit("content/en/guide/one.md", "Then [step", "Then, [step")
	if res = b.same(); res.Stats.Files != 2 {
		t.Errorf("text edit of a translated page: %d files written, want 2", res.Stats.Files)
	}
}

// A file of the published folder changed by hand (or by another program)
// is not taken for the last build's: the next build renders every page.
func TestChangedPublishedFolderIsRenderedAgain(t *testing.T) {
	for _, change := range []func(t *testing.T, dest string){
		func(t *testing.T, dest string) {
			sitetest.WriteFile(t, dest, "en/guide/one/index.html", []byte("edited by hand"))
		},
		func(t *testing.T, dest string) { os.Remove(filepath.Join(dest, "fr/index.html")) },
	} {
		b := newBuilder(t)
		b.same()
		change(t, b.dest)
		if res := b.same(); res.Kept != 0 {
			t.Errorf("%d files kept from a folder changed since", res.Kept)
		}
	}
}

// A layout that shows other pages' source makes every page depend on
// every page's text: a text edit renders them all.
func TestLayoutThatReadsOtherPagesSource(t *testing.T) {
	b := newBuilder(t)
	b.edit("layouts/baseof.html", "<body", `<body data-lengths="{{range .Site.Pages}}{{len .Body}} {{end}}"`)
	b.same()
	b.edit("content/en/guide/two.md", "More.", "More text.")
	if res := b.same(); res.Stats.Files < 4 {
		t.Errorf("%d files written, want every page", res.Stats.Files)
	}
}

// The dev server's first build takes its conversions from the cache the
// last site build left, and leaves that cache as it was.
func TestDevServerStartsFromTheCache(t *testing.T) {
	b := newBuilder(t)
	b.same()
	state := filepath.Join(b.cache, buildcache.FileName)
	before, err := os.ReadFile(state)
	if err != nil {
		t.Fatal(err)
	}
	s := build.NewSession(build.Options{Source: b.src, CacheDir: b.cache, Dev: true})
	out, err := s.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	if out.Converted != 0 {
		t.Errorf("first build converted %d pages, want none", out.Converted)
	}
	b.edit("content/en/guide/two.md", "More.", "More text.")
	if out, err = s.Build([]string{"content/en/guide/two.md"}); err != nil {
		t.Fatal(err)
	}
	if out.Converted != 1 {
		t.Errorf("after an edit: %d pages converted, want 1", out.Converted)
	}
	if !bytes.Contains(out.Files["en/guide/two/index.html"], []byte("More text.")) {
		t.Errorf("the edit is not in the page")
	}
	if after, _ := os.ReadFile(state); !bytes.Equal(before, after) {
		t.Errorf("the dev server changed the cache's state")
	}
}
