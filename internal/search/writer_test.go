package search_test

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/search"
)

// buildSmall builds a site of n English pages and one Azerbaijani, with
// the given chunk and bundle sizes, and returns its files.
func buildSmall(t *testing.T, n, chunkSize, bundleSize, maxPostings int) map[string][]byte {
	t.Helper()
	defer func(c, b, p int) { search.ChunkSize, search.BundleSize, search.MaxPostings = c, b, p }(search.ChunkSize, search.BundleSize, search.MaxPostings)
	search.ChunkSize, search.BundleSize, search.MaxPostings = chunkSize, bundleSize, maxPostings
	dir := writeSite(t)
	os.RemoveAll(filepath.Join(dir, "content"))
	write := func(name, text string) {
		p := filepath.Join(dir, "content", filepath.FromSlash(name))
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for i := range n {
		// Every page has "common", a word of its own and words shared
		// with a few others, and two headings.
		write(fmt.Sprintf("en/p%03d.md", i), fmt.Sprintf("---\ntitle: Page %d\n---\ncommon word%d group%d Ünïcode %s\n\n## Part one {#one}\n\nsection text%d\n\n## Part two {#two}\n\nend\n", i, i, i%7, strings.Repeat("x", i%5+1), i))
	}
	write("az/_index.md", "---\ntitle: Ana\n---\nİcma\n")
	m := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir}, m); err != nil {
		t.Fatal(err)
	}
	return m.Files()
}

func TestChunks(t *testing.T) {
	const chunkSize, bundleSize = 400, 900
	files := buildSmall(t, 60, chunkSize, bundleSize, 1000)
	ix := decode(t, files, "en")
	if len(ix.Chunks) < 5 || len(ix.Bundles) < 5 {
		t.Fatalf("%d chunks, %d bundles: the sizes were not applied", len(ix.Chunks), len(ix.Bundles))
	}
	var all []string
	for i, c := range ix.Chunks {
		if i == 0 && c.Key != "" || i > 0 && c.Key <= ix.Chunks[i-1].Key {
			t.Errorf("chunk %d: key %q after %q", i, c.Key, ix.Chunks[max(0, i-1)].Key)
		}
		// A chunk is cut after the term that brings it to the bound.
		if c.Size-c.Last > chunkSize {
			t.Errorf("chunk %s: %d bytes, bound %d", c.Name, c.Size, chunkSize)
		}
		for _, term := range c.Order {
			if term < c.Key || i+1 < len(ix.Chunks) && term >= ix.Chunks[i+1].Key {
				t.Errorf("term %q in chunk %d [%q, next)", term, i, c.Key)
			}
		}
		all = append(all, c.Order...)
	}
	if !sort.StringsAreSorted(all) {
		t.Errorf("terms not in order: %v", all)
	}
	// Every page of a term is found through the manifest.
	if got := len(ix.pages("common")); got != 60 {
		t.Errorf("common is on %d pages", got)
	}
	if got := ix.pages("word17"); fmt.Sprint(got) != "[Page 17]" {
		t.Errorf("word17 on %v", got)
	}
	if got := ix.pages("unicod"); len(got) != 60 {
		t.Errorf("Ünïcode, folded and stemmed: on %d pages", len(got))
	}
	// Sections: "text17" is in section 1 only, "end" in section 2.
	if list := ix.lookup("text17"); len(list) != 4 || list[3] != 1<<1 {
		t.Errorf("text17: %v", list)
	}
	if list := ix.lookup("end"); len(list) < 4 || list[3] != 1<<2 {
		t.Errorf("end: %v", list)
	}
	for _, d := range ix.Docs {
		if d.Title == "Page 17" && fmt.Sprint(d.Sections) != "[[one Part one section text17] [two Part two end]]" {
			t.Errorf("Page 17 sections: %q", d.Sections)
		}
	}
	for _, name := range ix.Bundles {
		if n := len(files[name]); n > bundleSize+400 {
			t.Errorf("%s: %d bytes, bound %d and a page", name, n, bundleSize)
		}
	}
	// The other language has its own files.
	if az := decode(t, files, "az"); fmt.Sprint(titles(az)) != "[Ana]" || len(az.Chunks) != 1 || fmt.Sprint(az.pages("icma")) != "[Ana]" {
		t.Errorf("az: %v, %d chunks", titles(az), len(az.Chunks))
	}
}

// TestCommonTerms: a term on more than MaxPostings pages lists the pages
// where it scores highest, flagged.
func TestCommonTerms(t *testing.T) {
	files := buildSmall(t, 30, 1<<20, 1<<20, 10)
	ix := decode(t, files, "en")
	if list := ix.lookup("common"); len(list) != 1+3*10 || list[0] != 1 {
		t.Errorf("common: %d numbers, flag %v", len(list), list[:1])
	}
	if list := ix.lookup("group3"); len(list) != 1+3*4 || list[0] != 0 {
		t.Errorf("group3 (on 4 pages): %v", list)
	}
}

// TestNames: a page's edit changes the name of the files it is in and
// the manifest, not the others.
func TestNames(t *testing.T) {
	a := buildSmall(t, 60, 400, 900, 1000)
	b := buildSmall(t, 60, 400, 900, 1000)
	if fmt.Sprint(names(a)) != fmt.Sprint(names(b)) {
		t.Fatalf("two builds of one site gave different files")
	}
	for _, name := range names(a) {
		if !strings.HasSuffix(name, "/manifest.js") && !strings.Contains(filepath.Base(name), search.Hash(a[name])) {
			t.Errorf("%s: the name is not its content's hash (%s)", name, search.Hash(a[name]))
		}
	}
}

func names(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if strings.Contains(name, "/search/") {
			out = append(out, name)
		}
	}
	sort.Strings(out)
	return out
}

// TestEmptyAndOnePage: a language without pages has a manifest with no
// chunk or bundle; one page gives one of each.
func TestEmptyAndOnePage(t *testing.T) {
	dir := writeSite(t)
	os.RemoveAll(filepath.Join(dir, "content"))
	os.MkdirAll(filepath.Join(dir, "content", "en"), 0o755)
	os.WriteFile(filepath.Join(dir, "content", "en", "_index.md"), []byte("---\ntitle: Only\n---\nOne page.\n"), 0o644)
	m := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir}, m); err != nil {
		t.Fatal(err)
	}
	files := m.Files()
	en := decode(t, files, "en")
	if len(en.Chunks) != 1 || len(en.Bundles) != 1 || fmt.Sprint(en.pages("page")) != "[Only]" {
		t.Errorf("one page: %d chunks, %d bundles, page on %v", len(en.Chunks), len(en.Bundles), en.pages("page"))
	}
	for _, lang := range []string{"az", "ru", "fr"} {
		ix := decode(t, files, lang)
		if len(ix.Docs) != 0 || len(ix.Chunks) != 0 || ix.Files != 1 || len(filesUnder(files, lang+"/search/")) != 1 {
			t.Errorf("%s without pages: %+v", lang, ix)
		}
	}
}

// TestMaxFiles: past MaxChunks and MaxBundles, the files grow instead.
func TestMaxFiles(t *testing.T) {
	defer func(c, b int) { search.MaxChunks, search.MaxBundles = c, b }(search.MaxChunks, search.MaxBundles)
	search.MaxChunks, search.MaxBundles = 3, 2
	ix := decode(t, buildSmall(t, 60, 400, 900, 1000), "en")
	if len(ix.Chunks) > 4 || len(ix.Bundles) > 3 {
		t.Errorf("%d chunks, %d bundles: want about 3 and 2", len(ix.Chunks), len(ix.Bundles))
	}
	if len(ix.pages("common")) != 60 {
		t.Errorf("%d pages, common on %d", len(ix.Docs), len(ix.pages("common")))
	}
}

// TestMaxChunksCountsListedPostings: the chunks of a large site are sized
// by the postings written, MaxPostings at most per term. They were sized
// by all postings, so that on 100,000 pages, where most are of common
// terms and left out, 65 chunks of 180 KB held 10 MB.
func TestMaxChunksCountsListedPostings(t *testing.T) {
	defer func(c int) { search.MaxChunks = c }(search.MaxChunks)
	search.MaxChunks = 6
	ix := decode(t, buildSmall(t, 60, 400, 900, 1), "en")
	// The 60 pages' 200 terms, one posting each, fill more than six
	// chunks of 400 bytes: all 800 postings would make chunks of 1200.
	if len(ix.Chunks) < 6 {
		t.Errorf("%d chunks: want 6 or more", len(ix.Chunks))
	}
}
