package serve_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/sitetest"
)

// TestBrowserSeesSavesAndErrors is what an editor does: open a page, save
// the Markdown, see the change without reloading by hand; break the front
// matter, see the error over the page; fix it, see the error go.
func TestBrowserSeesSavesAndErrors(t *testing.T) {
	ctx := browsertest.New(t)
	r := start(t, sitetest.Write(t, testSite))
	if err := chromedp.Do(ctx, chromedp.Navigate(r.url+"/en/a/")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the page", `document.querySelector("h1") && document.querySelector("h1").textContent === "Page A"`)
	browsertest.WaitFor(ctx, t, "the event stream", `document.documentElement.getAttribute("data-site-serve") === "connected"`)

	page := filepath.Join(r.dir, "content/en/a.md")
	src, _ := os.ReadFile(page)
	os.WriteFile(page, append(src, "\nAn appended paragraph.\n"...), 0o644)
	browsertest.WaitFor(ctx, t, "the appended paragraph", `document.body.innerText.includes("An appended paragraph.")`)

	os.WriteFile(page, []byte("---\ntitle: [broken\n---\n"), 0o644)
	browsertest.WaitFor(ctx, t, "the error overlay", `(document.getElementById("site-serve-errors") || {}).textContent?.includes("content/en/a.md:2: invalid front matter")`)
	// The page under the overlay is still the last good build.
	browsertest.WaitFor(ctx, t, "the last good page", `document.body.innerText.includes("An appended paragraph.")`)

	os.WriteFile(page, []byte("---\ntitle: Page A\n---\nFixed.\n"), 0o644)
	browsertest.WaitFor(ctx, t, "the fixed page", `document.body.innerText.includes("Fixed.") && !document.getElementById("site-serve-errors")`)
}

// TestBrowserStylesheetSwapsWithoutReload: a CSS-only change restyles the
// page in place, and an edit to another page leaves this one alone.
func TestBrowserStylesheetSwapsWithoutReload(t *testing.T) {
	ctx := browsertest.New(t)
	r := start(t, sitetest.Write(t, testSite))
	if err := chromedp.Do(ctx, chromedp.Navigate(r.url+"/en/a/")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the event stream", `document.documentElement.getAttribute("data-site-serve") === "connected"`)
	// A reload would lose this mark.
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.notReloaded = true`)); err != nil {
		t.Fatal(err)
	}
	r.write("static/css/site.css", "body { color: rgb(0, 0, 128) }")
	browsertest.WaitFor(ctx, t, "the new style", `getComputedStyle(document.body).color === "rgb(0, 0, 128)"`)
	// The page counts the rebuilds it took in: once it has seen the one
	// for the other page, it must still be the same document (a sleep
	// here once stood in for that event).
	seen, err := chromedp.Run(ctx, chromedp.Evaluate[string](`document.documentElement.getAttribute("data-site-serve-seen") || "0"`))
	if err != nil {
		t.Fatal(err)
	}
	r.write("content/fr/a.md", "---\ntitle: Autre\n---\n")
	browsertest.WaitFor(ctx, t, "the rebuild event", `(document.documentElement.getAttribute("data-site-serve-seen") || "0") !== "`+seen+`"`)
	browsertest.WaitFor(ctx, t, "no reload", `window.notReloaded === true`)
}
