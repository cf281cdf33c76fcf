package search_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
)

// TestBrowserSearchRequests: opening a page loads nothing of the index;
// the first query loads the manifest, then term chunks, then result
// bundles of its language, nothing else.
func TestBrowserSearchRequests(t *testing.T) {
	ctx := browsertest.New(t)
	dir := writeSite(t)
	pub := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: dir}, pub); err != nil {
		t.Fatal(err)
	}
	var mu sync.Mutex
	var log []string
	files := http.StripPrefix("/docs", http.FileServer(http.Dir(pub)))
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		mu.Lock()
		log = append(log, r.URL.Path)
		mu.Unlock()
		w.Header().Set("Cache-Control", "no-store")
		files.ServeHTTP(w, r)
	}))
	t.Cleanup(srv.Close)
	take := func() []string {
		mu.Lock()
		defer mu.Unlock()
		l := log
		log = nil
		return l
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()

	open(ctx, t, srv.URL+"/docs/en/")
	browsertest.WaitFor(ctx, t, "the page loaded", `document.readyState === "complete"`)
	time.Sleep(200 * time.Millisecond)
	for _, p := range take() {
		if strings.Contains(p, "/search/") {
			t.Errorf("opening the page loaded %s", p)
		}
	}

	res := query(ctx, t, "human rights")
	if h := find(res, "/docs/en/rights/#human-rights"); h == nil || strings.Join(h.Marks, " ") != "Human rights" {
		t.Errorf("human rights: want the sub-result /docs/en/rights/#human-rights with both words marked, got %+v", res)
	}
	kinds := []*regexp.Regexp{
		regexp.MustCompile(`^/docs/en/search/manifest\.js$`),
		regexp.MustCompile(`^/docs/en/search/t[0-9a-f]{8}\.js$`),
		regexp.MustCompile(`^/docs/en/search/r[0-9a-f]{8}\.js$`),
	}
	seen := make([]int, len(kinds))
	last := 0 // a request of a kind comes after those of the kinds before
	size := int64(0)
	for _, p := range take() {
		if info, err := os.Stat(filepath.Join(pub, strings.TrimPrefix(p, "/docs/"))); err == nil {
			size += info.Size()
		}
		k := -1
		for i, re := range kinds {
			if re.MatchString(p) {
				k = i
			}
		}
		switch {
		case k < 0:
			t.Errorf("the query loaded %s", p)
		case k < last:
			t.Errorf("%s loaded after a file of a later round", p)
		default:
			seen[k]++
			last = k
		}
	}
	if seen[0] != 1 || seen[1] == 0 || seen[2] == 0 {
		t.Errorf("the query loaded %d manifests, %d chunks, %d bundles", seen[0], seen[1], seen[2])
	}
	// The budget of a first query is 100 KB gzipped with the engine: on
	// this small site, less than that before compression.
	engine, _ := filepath.Glob(filepath.Join(pub, "js", "search.*.js"))
	if info, err := os.Stat(engine[0]); err == nil {
		size += info.Size()
	}
	if size > 100<<10 {
		t.Errorf("the first query loaded %d bytes with the engine", size)
	}
	t.Logf("first query: %d bytes uncompressed, engine included", size)
	// The next query loads only what it lacks.
	query(ctx, t, "human")
	for _, p := range take() {
		if strings.HasSuffix(p, "/manifest.js") {
			t.Errorf("a second query loaded the manifest again")
		}
	}
}
