package serve_test

import (
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/sitetest"
)

// Regression (found by TestSoakServe): a change to static/, the layouts or
// site.yaml made while the site was broken was lost once it was fixed. The
// Session decided from the changes of each call alone whether to copy
// static/ again or render every page; a failed build forgot that, and the
// build that fixed the page then copied and rendered only what the fix
// touched. Failed builds now carry what they were told to the next.
func TestServeChangesMadeWhileBrokenShowAfterTheFix(t *testing.T) {
	site := testSite + `
-- layouts/404.html --
{{define "main"}}<h1>Not here</h1>{{end}}
`
	site = strings.Replace(site, "<body>", `<body><p class="site-title">{{.Lang.Title}}</p>`, 1)
	site = strings.Replace(site, "languages:\n", "title: Old title\nlanguages:\n", 1)
	for _, c := range []struct {
		name, file, data string
		path, want       string
	}{
		{"new static file", "static/new.txt", "a new file\n", "/new.txt", "a new file"},
		{"edited static file", "static/notes.txt", "edited notes\n", "/notes.txt", "edited notes"},
		{"edited layout", "layouts/baseof.html", "", "/en/a/", "layout edited while broken"},
		{"edited site.yaml", "site.yaml", "", "/en/a/", "New title"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := startWatching(t, sitetest.Write(t, site))
			r.write("content/fr/a.md", "---\ntitle: [broken\n---\n")
			if err := r.wait(); err == nil {
				t.Fatal("the broken page built")
			}
			data := c.data
			switch c.file {
			case "layouts/baseof.html":
				old, _ := os.ReadFile(filepath.Join(r.dir, c.file))
				data = strings.Replace(string(old), "</body>", "<p>layout edited while broken</p></body>", 1)
			case "site.yaml":
				old, _ := os.ReadFile(filepath.Join(r.dir, c.file))
				data = strings.Replace(string(old), "Old title", "New title", 1)
			}
			r.write(c.file, data)
			if err := r.wait(); err == nil {
				t.Fatal("the site built while a page is still broken")
			}
			r.write("content/fr/a.md", "---\ntitle: Page A fr\n---\n")
			if err := r.wait(); err != nil {
				t.Fatal(err)
			}
			if code, _, body := r.get(c.path); code != 200 || !strings.Contains(body, c.want) {
				t.Errorf("after the fix, GET %s = %d without %q:\n%s", c.path, code, c.want, body)
			}
		})
	}
}

// Regression (found by TestSoakServe, whose heap grew 30% over 150
// changes of a site of constant size): the Session's caches kept an entry
// for every page path ever built. render.Cache was keyed by language and
// path and never dropped pages that were gone; content.Cache forgot a file
// only when its own path was reported changed, so the files of a renamed
// or deleted folder stayed. Renaming a folder with one 40 kB page 300 times
// left 300 pages' conversions and sources in memory.
func TestSessionCachesForgetPagesThatAreGone(t *testing.T) {
	dir := sitetest.Write(t, testSite)
	big := "---\ntitle: Big\n---\n" + strings.Repeat("A paragraph of a long page, with *some* words in it, again and again.\n\n", 600)
	os.MkdirAll(filepath.Join(dir, "content/en/s0"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/en/s0/big.md"), []byte(big), 0o644)
	s := build.NewSession(build.Options{Source: dir, Dev: true}) // as the dev server
	if _, err := s.Build(nil); err != nil {
		t.Fatal(err)
	}
	live := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var before uint64
	const renames = 300
	for i := 1; i <= renames; i++ {
		from, to := fmt.Sprintf("content/en/s%d", i-1), fmt.Sprintf("content/en/s%d", i)
		if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
			t.Fatal(err)
		}
		// What the watcher reports for a renamed folder: both folders,
		// and the files found in the new one.
		if _, err := s.Build([]string{from, to, to + "/big.md"}); err != nil {
			t.Fatal(err)
		}
		if i == 50 {
			before = live()
		}
	}
	after := live()
	runtime.KeepAlive(s)
	t.Logf("live heap after 50 renames: %.1f MB, after %d: %.1f MB", float64(before)/(1<<20), renames, float64(after)/(1<<20))
	if float64(after) > float64(before)*1.1 && after-before > 1<<20 {
		t.Errorf("live heap grew from %.1f MB to %.1f MB over %d renames of one page: the caches keep pages that are gone",
			float64(before)/(1<<20), float64(after)/(1<<20), renames-50)
	}
}

// startWatching is start, then waits until the watcher reports changes:
// the server builds before it starts watching, so a change made right
// after the first build can be missed (see
// TestServeSeesChangesMadeBeforeItWatches). It saves static/css/site.css
// unchanged until a rebuild comes.
func startWatching(t *testing.T, dir string) *running {
	t.Helper()
	r := start(t, dir)
	css := filepath.Join(dir, "static/css/site.css")
	data, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 50; i++ {
		os.WriteFile(css, data, 0o644)
		select {
		case err := <-r.rebuilt:
			// Let a second burst of the same save come and go.
			time.Sleep(100 * time.Millisecond)
			for len(r.rebuilt) > 0 {
				err = <-r.rebuilt
			}
			if err != nil {
				t.Fatalf("the site does not build: %v", err)
			}
			return r
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatal("the watcher reported no change within 5 s")
	return nil
}

// Regression: Server.Run made the first build and only then started the
// watcher, so a file saved during the first build, or between it and
// Watch, was never picked up: the server served the old page until that
// file was saved again. The Rebuilt callback of the first build runs in
// that window, so the test saves a page from there.
func TestServeSeesChangesMadeBeforeItWatches(t *testing.T) {
	dir := sitetest.Write(t, testSite)
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	rebuilt := make(chan error, 100)
	first := true
	srv.Rebuilt = func(_ []string, _ *build.Outcome, err error) {
		if first {
			first = false
			os.WriteFile(filepath.Join(dir, "content/en/a.md"), []byte("---\ntitle: Page A\n---\nSaved during the first build.\n"), 0o644)
		}
		rebuilt <- err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	defer func() {
		cancel()
		<-done
	}()
	if err := <-rebuilt; err != nil {
		t.Fatal(err)
	}
	deadline := time.After(3 * time.Second)
	for {
		resp, err := http.Get(url + "/en/a/")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "Saved during the first build.") {
			return
		}
		select {
		case <-deadline:
			t.Fatalf("a page saved right after the first build is still not served 3 s later:\n%s", body)
		case <-rebuilt:
		case <-time.After(50 * time.Millisecond):
		}
	}
}
