package serve_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/sitetest"
)

// morphSite has what a morph must keep: a long page to scroll, a
// <details>, and a script that, like the search box, shows a hidden form
// and adds results as the reader types.
const morphSite = `
-- site.yaml --
languages:
  - code: en
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="en"><head><title>{{.Title}}</title><link rel="stylesheet" href="/css/site.css"></head>
<body><form class="box" hidden><input id="q" type="search"><ul class="results"></ul></form>
<details id="more"><summary>More</summary><p>Hidden text.</p></details>
{{block "main" .}}{{end}}
<script src="/js/box.js" defer></script></body></html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1><main>{{.Content}}</main>{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1><main>{{.Content}}</main>{{end}}
-- content/en/_index.md --
---
title: Home
---
-- content/en/a.md --
---
title: Page A
---
First paragraph.
-- content/en/b.md --
---
title: Page B
---
Page B's text.
-- static/css/site.css --
main { min-height: 3000px }
-- static/js/box.js --
var form = document.querySelector("form.box");
form.hidden = false;
form.querySelector("input").addEventListener("input", function (e) {
  var li = document.createElement("li");
  li.textContent = "result for " + e.target.value;
  form.querySelector(".results").replaceChildren(li);
});
`

func eval[T any](t *testing.T, ctx context.Context, expr string) T {
	t.Helper()
	v, err := chromedp.Run(ctx, chromedp.Evaluate[T](expr))
	if err != nil {
		t.Fatalf("%s: %v", expr, err)
	}
	return v
}

func open(t *testing.T, ctx context.Context, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the event stream", `document.documentElement.getAttribute("data-site-serve") === "connected"`)
}

// seen is how many rebuilds the page has taken in.
func seen(t *testing.T, ctx context.Context) string {
	return eval[string](t, ctx, `document.documentElement.getAttribute("data-site-serve-seen") || "0"`)
}

// TestBrowserEditMorphsInPlace: an edit of the open page updates it
// without a reload; what the reader and the page's script did stays.
func TestBrowserEditMorphsInPlace(t *testing.T) {
	ctx := browsertest.New(t)
	r := start(t, sitetest.Write(t, morphSite))
	open(t, ctx, r.url+"/en/a/")
	browsertest.WaitFor(ctx, t, "the script's form", `!document.querySelector("form.box").hidden`)
	if err := chromedp.Do(ctx,
		chromedp.Click(chromedp.CSS("#more summary")),
		chromedp.SendKeys(chromedp.CSS("#q"), "typed"),
	); err != nil {
		t.Fatal(err)
	}
	eval[bool](t, ctx, `window.scrollTo(0, 700), window.marker = "same document", true`)
	browsertest.WaitFor(ctx, t, "the typed result", `document.querySelector(".results").textContent === "result for typed"`)

	r.write("content/en/a.md", "---\ntitle: Page A, edited\n---\nFirst paragraph.\n\nA new paragraph.\n")
	browsertest.WaitFor(ctx, t, "the new paragraph", `document.querySelector("main").textContent.includes("A new paragraph.")`)
	for what, expr := range map[string]string{
		"no navigation":         `window.marker === "same document"`,
		"morphed":               `document.documentElement.getAttribute("data-site-serve-last") === "morph"`,
		"the new title":         `document.title === "Page A, edited" && document.querySelector("h1").textContent === "Page A, edited"`,
		"the typed value":       `document.querySelector("#q").value === "typed"`,
		"focus":                 `document.activeElement === document.querySelector("#q")`,
		"the scroll position":   `window.scrollY === 700`,
		"the open details":      `document.querySelector("#more").open`,
		"the script's form":     `!document.querySelector("form.box").hidden`,
		"the script's results":  `document.querySelector(".results").textContent === "result for typed"`,
		"one stylesheet":        `document.querySelectorAll('link[rel="stylesheet"]').length === 1`,
		"the page still styled": `getComputedStyle(document.querySelector("main")).minHeight === "3000px"`,
	} {
		if !eval[bool](t, ctx, expr) {
			t.Errorf("after the edit, lost %s (%s)", what, expr)
		}
	}

	// A layout edit morphs too.
	src, _ := os.ReadFile(filepath.Join(r.dir, "layouts/page.html"))
	r.write("layouts/page.html", strings.Replace(string(src), "<h1>", `<p class="kicker">From the layout</p><h1>`, 1))
	browsertest.WaitFor(ctx, t, "the layout's new line", `document.querySelector(".kicker") !== null`)
	if !eval[bool](t, ctx, `window.marker === "same document" && document.querySelector("#q").value === "typed"`) {
		t.Error("a layout edit reloaded the page or lost the typed value")
	}

	// A stylesheet added to <head> by the layout applies without a reload,
	// and the page is never unstyled meanwhile: a frame-by-frame watch
	// notes any frame without the old stylesheet's rule.
	eval[bool](t, ctx, `(function watch() {
		if (getComputedStyle(document.querySelector("main")).minHeight !== "3000px") window.unstyled = true;
		requestAnimationFrame(watch);
	})(), true`)
	r.write("static/css/extra.css", "h1 { color: rgb(1, 2, 3) }")
	base, _ := os.ReadFile(filepath.Join(r.dir, "layouts/baseof.html"))
	r.write("layouts/baseof.html", strings.Replace(string(base), "</head>", `<link rel="stylesheet" href="/css/extra.css"></head>`, 1))
	browsertest.WaitFor(ctx, t, "the new stylesheet applied", `getComputedStyle(document.querySelector("h1")).color === "rgb(1, 2, 3)"`)
	if !eval[bool](t, ctx, `window.marker === "same document" && getComputedStyle(document.querySelector("main")).minHeight === "3000px"`) {
		t.Error("a new stylesheet reloaded the page or dropped the old one")
	}
	if eval[bool](t, ctx, `window.unstyled === true`) {
		// Regression: swapping the stylesheets changed their href in
		// place, which dropped each sheet until its new copy loaded.
		t.Error("the page was unstyled for a frame while its stylesheets changed")
	}

	// A changed script cannot be morphed: the page reloads.
	r.write("static/js/box.js", "document.querySelector('form.box').hidden = false; window.boxV2 = true;")
	browsertest.WaitFor(ctx, t, "the reload with the new script", `window.boxV2 === true && window.marker === undefined`)
}

// TestBrowserOtherPagesAndTabs: of two tabs on two pages, the one whose
// page changed updates and the other is left alone; a page whose file is
// removed says so and links to the page above it.
func TestBrowserOtherPagesAndTabs(t *testing.T) {
	ctxA := browsertest.New(t)
	ctxB, cancel := chromedp.NewContext(ctxA)
	defer cancel()
	r := start(t, sitetest.Write(t, morphSite))
	open(t, ctxA, r.url+"/en/a/")
	open(t, ctxB, r.url+"/en/b/")
	eval[bool](t, ctxA, `window.marker = 1, true`)
	eval[bool](t, ctxB, `window.marker = 1, true`)
	before := seen(t, ctxB)
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nOnly A changed.\n")
	browsertest.WaitFor(ctxA, t, "A's new text", `document.body.textContent.includes("Only A changed.") && window.marker === 1`)
	browsertest.WaitFor(ctxB, t, "B's event", `document.documentElement.getAttribute("data-site-serve-seen") !== "`+before+`"`)
	if !eval[bool](t, ctxB, `window.marker === 1 && document.documentElement.getAttribute("data-site-serve-last") === "untouched"`) {
		t.Error("tab B, whose page did not change, was touched")
	}

	// A layout edit changes both pages: each tab morphs its own.
	src, _ := os.ReadFile(filepath.Join(r.dir, "layouts/page.html"))
	r.write("layouts/page.html", strings.Replace(string(src), "<h1>", `<p class="kicker">Both</p><h1>`, 1))
	for _, tab := range []context.Context{ctxA, ctxB} {
		browsertest.WaitFor(tab, t, "the layout's new line in each tab", `document.querySelector(".kicker") !== null && window.marker === 1`)
	}
	if a, b := eval[string](t, ctxA, `document.querySelector("h1").textContent`), eval[string](t, ctxB, `document.querySelector("h1").textContent`); a != "Page A" || b != "Page B" {
		t.Errorf("tabs show %q and %q, want each its own page", a, b)
	}

	if err := os.Remove(filepath.Join(r.dir, "content/en/b.md")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctxB, t, "the notice", `(document.getElementById("site-serve-gone") || {}).textContent?.includes("no longer part of the site")`)
	if href := eval[string](t, ctxB, `document.querySelector("#site-serve-gone a").getAttribute("href")`); href != "/en/" {
		t.Errorf("the notice links to %q, want the page above, /en/", href)
	}
	// The file back: the page is whole again, and the notice goes.
	r.write("content/en/b.md", "---\ntitle: Page B\n---\nBack again.\n")
	browsertest.WaitFor(ctxB, t, "the page back", `document.body.textContent.includes("Back again.") && !document.getElementById("site-serve-gone")`)
}

// TestBrowserOverlayShowsEveryErrorWithItsCode: broken front matter in two
// pages shows both errors over the page, each with its code frame and a
// link to the editor; Escape hides the overlay, the next failing build
// shows it again, and a good build clears it.
func TestBrowserOverlayShowsEveryErrorWithItsCode(t *testing.T) {
	ctx := browsertest.New(t)
	r := start(t, sitetest.Write(t, morphSite))
	open(t, ctx, r.url+"/en/a/")
	eval[bool](t, ctx, `window.marker = 1, true`)
	r.write("content/en/b.md", "---\ntitle: Page B\ndate: [never\n---\n")
	r.write("content/en/a.md", "---\ntitle: [broken\n---\nText.\n")
	browsertest.WaitFor(ctx, t, "both errors", `document.querySelectorAll("#site-serve-errors .site-serve-error").length === 2`)
	box := `document.getElementById("site-serve-errors")`
	if role := eval[string](t, ctx, box+`.getAttribute("role")`); role != "alert" {
		t.Errorf("overlay role %q, want alert", role)
	}
	first := `document.querySelector("#site-serve-errors .site-serve-error")`
	if text := eval[string](t, ctx, first+`.textContent`); !strings.Contains(text, "content/en/a.md:2: ") || !strings.Contains(text, "invalid front matter") {
		t.Errorf("first error reads %q", text)
	}
	frame := eval[string](t, ctx, first+`.querySelector("pre").textContent`)
	if !strings.Contains(frame, "> 2 | title: [broken") || !strings.Contains(frame, "  1 | ---") || !strings.Contains(frame, "  4 | Text.") {
		t.Errorf("code frame:\n%s", frame)
	}
	abs, _ := filepath.Abs(filepath.Join(r.dir, "content/en/a.md"))
	if link := eval[string](t, ctx, first+`.querySelector("a").getAttribute("href")`); link != "vscode://file"+filepath.ToSlash(abs)+":2:1" {
		t.Errorf("editor link %q", link)
	}
	if text := eval[string](t, ctx, box+`.textContent`); !strings.Contains(text, "content/en/b.md:3") {
		t.Errorf("the second page's error is missing: %s", text)
	}

	if err := chromedp.Do(ctx, chromedp.KeyEvent("\x1b")); err != nil { // Escape
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "Escape to hide the overlay", box+`.hidden`)
	r.write("content/en/a.md", "---\ntitle: [still broken\n---\nText.\n")
	browsertest.WaitFor(ctx, t, "the overlay back on the next failing build", `!`+box+`.hidden && `+box+`.textContent.includes("still broken")`)

	r.write("content/en/b.md", "---\ntitle: Page B\n---\n")
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nFixed.\n")
	browsertest.WaitFor(ctx, t, "the fixed page without overlay", `document.body.textContent.includes("Fixed.") && !document.getElementById("site-serve-errors") && window.marker === 1`)
}
