package search_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/search"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
)

// TestRebuildRewritesOnlyTheEditedLanguage: a dev-server rebuild after an
// edit of one English page rewrites the English index alone, though the
// page's translations are rendered again too (their stale notice may
// change), and the files are those of a fresh build. Every language's index
// used to be made again on every rebuild: on 4 x 1,000 pages that was a
// third of a rebuild's time.
func TestRebuildRewritesOnlyTheEditedLanguage(t *testing.T) {
	dir := writeSite(t)
	s := build.NewSession(build.Options{Source: dir, Dev: true})
	if _, err := s.Build(nil); err != nil {
		t.Fatal(err)
	}
	page := filepath.Join(dir, "content/en/rights.md")
	src, err := os.ReadFile(page)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(page, append(src, []byte("\nA sentence about zanzibarite.\n")...), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := s.Build([]string{"content/en/rights.md"})
	if err != nil {
		t.Fatal(err)
	}
	if len(out.Rendered) < 2 {
		t.Fatalf("rendered %v: the translations of the edited page were not rendered again", out.Rendered)
	}
	fresh := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir, Dev: true}, fresh); err != nil {
		t.Fatal(err)
	}
	want := fresh.Files()
	for name, data := range want {
		if got, ok := out.Files[name]; !ok {
			t.Errorf("%s: in a fresh build, not in the rebuild", name)
		} else if !bytes.Equal(got, data) {
			t.Errorf("%s: differs from a fresh build", name)
		}
	}
	for name := range out.Files {
		if _, ok := want[name]; !ok {
			t.Errorf("%s: in the rebuild, not in a fresh build", name)
		}
	}
}

// TestWriteSkipsUnchangedLanguages: Write makes again only the languages
// whose pages were added with other text, or whose titles or URLs changed;
// a page added again with the same text changes nothing.
func TestWriteSkipsUnchangedLanguages(t *testing.T) {
	site, _, err := build.Load(build.Options{Source: writeSite(t)})
	if err != nil {
		t.Fatal(err)
	}
	md := markdown.New(markdown.Options{})
	html := map[*content.Page]string{}
	ix := search.New()
	for _, p := range site.Pages {
		res, _ := md.Convert(markdown.Input{Source: p.Body, Typographer: p.Typographer})
		html[p] = res.HTML
		ix.Add(p, html[p])
	}
	write := func() (langs []string) {
		// Write writes the languages at the same time.
		var mu sync.Mutex
		seen := map[string]bool{}
		err := ix.Write(site, writerFunc(func(name string, _ []byte) error {
			mu.Lock()
			defer mu.Unlock()
			if l, _, _ := strings.Cut(name, "/"); !seen[l] {
				seen[l] = true
				langs = append(langs, l)
			}
			return nil
		}))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(langs)
		return langs
	}
	if got := write(); len(got) != 4 {
		t.Fatalf("first Write wrote %v, want every language", got)
	}
	for _, p := range site.Pages {
		ix.Add(p, html[p]) // rendered again, unchanged
	}
	if got := write(); len(got) != 0 {
		t.Errorf("Write after no change wrote %v", got)
	}
	en := site.Lookup("en", "rights.md")
	ix.Add(en, html[en]+"<p>zanzibarite</p>")
	ix.Add(site.Lookup("az", "rights.md"), html[site.Lookup("az", "rights.md")])
	if got := fmt.Sprint(write()); got != "[en]" {
		t.Errorf("Write after an English edit wrote %s, want [en]", got)
	}
}
