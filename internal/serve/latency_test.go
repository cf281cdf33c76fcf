package serve_test

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/serve/latency"
	"github.com/wazc/site/internal/sitetest"
)

// repoSite copies the repository's own site (site.yaml, content, layouts,
// static) to a temporary folder.
func repoSite(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	sitetest.Repo(t, dir, "site.yaml", "content", "layouts", "static")
	return dir
}

// TestBrowserSearchBoxSurvivesAnEdit is the case on the repo's
// site: with a query typed into the search box and its results open, an
// edit of the page shows the new text and keeps the query, the results,
// focus and the scroll position, with no navigation.
func TestBrowserSearchBoxSurvivesAnEdit(t *testing.T) {
	ctx := browsertest.New(t)
	r := start(t, repoSite(t))
	open(t, ctx, r.url+"/en/letter/")
	eval[bool](t, ctx, `window.scrollTo(0, 400), window.marker = "same document", true`)
	if err := chromedp.Do(ctx, chromedp.SendKeys(chromedp.CSS("#search-input"), "letter")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "search results", `!document.querySelector(".search-results").hidden && document.querySelectorAll(".search-results a").length > 0`)
	scroll := eval[float64](t, ctx, `window.scrollY`)
	results := eval[int](t, ctx, `document.querySelectorAll(".search-results a").length`)

	page := filepath.Join(r.dir, "content/en/letter.md")
	src, _ := os.ReadFile(page)
	os.WriteFile(page, append(src, "\n\nA paragraph added while searching.\n"...), 0o644)
	browsertest.WaitFor(ctx, t, "the new paragraph", `document.querySelector("main").textContent.includes("A paragraph added while searching.")`)
	for what, expr := range map[string]string{
		"no navigation":    `window.marker === "same document"`,
		"the query":        `document.querySelector("#search-input").value === "letter"`,
		"focus":            `document.activeElement === document.querySelector("#search-input")`,
		"the results":      `!document.querySelector(".search-results").hidden && document.querySelectorAll(".search-results a").length === ` + itoa(results),
		"the search box":   `!document.querySelector("form.search").hidden`,
		"scroll position":  `window.scrollY === ` + ftoa(scroll),
		"morphed in place": `document.documentElement.getAttribute("data-site-serve-last") === "morph"`,
	} {
		if !eval[bool](t, ctx, expr) {
			t.Errorf("after the edit, lost %s (%s)", what, expr)
		}
	}
}

// TestBrowserWriteToVisible measures, on the repo's site, the time from
// writing a page's Markdown to the frame in which Chromium shows the new
// text, over 20 edits. It reports the figures; cmd/bench asserts them.
func TestBrowserWriteToVisible(t *testing.T) {
	ctx := browsertest.New(t)
	// The server as "site serve" runs it: the default quiet period.
	r := startWith(t, serve.Options{Build: build.Options{Source: repoSite(t)}, Quiet: -1})
	edits, err := latency.Measure(ctx, r.url+"/en/about/", `document.documentElement.getAttribute("data-site-serve") === "connected"`,
		filepath.Join(r.dir, "content/en/about.md"), 20, 100*time.Millisecond)
	if err != nil {
		t.Fatal(err)
	}
	lat := latency.Totals(edits)
	med, p95 := latency.Stats(lat)
	var builds []time.Duration
	for len(r.builds) > 0 {
		builds = append(builds, <-r.builds)
	}
	rebuild, _ := latency.Stats(builds[1:]) // not the first, full build
	t.Logf("write to visible in Chromium, repo site, 20 edits: median %.1f ms, p95 %.1f ms (all: %s)",
		float64(med.Microseconds())/1000, float64(p95.Microseconds())/1000, latency.Format(lat))
	t.Logf("%s; the rebuild itself %.1f ms (median)", latency.Breakdown(edits), float64(rebuild.Microseconds())/1000)
	if len(lat) != 20 || strings.Contains(latency.Format(lat), "-") {
		t.Errorf("samples: %s", latency.Format(lat))
	}
}

func itoa(n int) string     { return strconv.Itoa(n) }
func ftoa(f float64) string { return strconv.FormatFloat(f, 'f', -1, 64) }
