package build_test

import (
	"net/http"
	"net/http/httptest"
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
)

// manyLangs are 39 BCP 47 tags, right-to-left, CJK and Indic scripts
// among them, and nb beside no (the same name in CLDR).
var manyLangs = strings.Fields("en ar fa zh ja ko hi nb no az ru fr de es it pt pt-BR nl sv da fi pl cs sk uk tr el he hu ro bg sr hr id vi th bn ta zh-Hant")

// manyLangSite is a site in manyLangs with the repo's layouts, its about
// page translated into Arabic and Norwegian only, and no strings files
// but English.
func manyLangSite(t *testing.T) string {
	var b strings.Builder
	b.WriteString("-- site.yaml --\nbaseURL: https://wazc.org/\ntitle: Many\nlanguages:\n")
	for _, c := range manyLangs {
		b.WriteString("  - code: " + c + "\n")
		if c == "ar" || c == "fa" || c == "he" {
			b.WriteString("    direction: rtl\n")
		}
	}
	b.WriteString(`-- content/en/_index.md --
---
title: Home
---
-- content/en/about.md --
---
title: About the letter
---
Text.
-- content/en/actions/_index.md --
---
title: Actions
---
-- content/ar/about.md --
---
title: عن الرسالة
---
-- content/no/about.md --
---
title: Om brevet
---
`)
	dir := withRepoLayouts(t, b.String())
	return dir
}

// Regression: with 39 languages the repo's layouts put a wall of 39 links
// above the content, and on a 375 px phone the page's heading started
// several screens down; nb and no were both "Norsk bokmål". Now the
// switcher is a closed disclosure naming the current language, the <h1>
// is in the first screen, and the list opens from the keyboard, current
// language first, untranslated languages marked, every name different.
func TestRepoLayoutsManyLanguagesOnAPhone(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: manyLangSite(t)}, dest); err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(http.FileServer(http.Dir(dest)))
	defer srv.Close()
	ctx := browsertest.New(t)
	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 667, chromedp.EmulateScale(2), chromedp.EmulateMobile)); err != nil {
		t.Fatal(err)
	}
	eval := func(expr string) string {
		t.Helper()
		v, err := chromedp.Run(ctx, chromedp.Evaluate[string](expr))
		if err != nil {
			t.Fatalf("%s: %v", expr, err)
		}
		return v
	}
	for _, page := range []string{"en/about/index.html", "ar/about/index.html", "fa/index.html"} {
		if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+page)); err != nil {
			t.Fatal(err)
		}
		browsertest.WaitFor(ctx, t, "the stylesheet", `getComputedStyle(document.querySelector(".skip")).position === "absolute"`)
		if got := eval(`(() => { const b = document.querySelector("main h1").getBoundingClientRect().bottom; return b <= innerHeight ? "" : "the <h1> ends " + Math.round(b) + " px down, below the first screen (" + innerHeight + " px)" })()`); got != "" {
			t.Errorf("%s: %s", page, got)
		}
		if got := eval(`String(document.querySelector(".site-header details.langs-menu")?.open)`); got != "false" {
			t.Fatalf("%s: the header's language disclosure is %s, want closed", page, got)
		}
		if got := eval(`String(document.querySelector(".site-footer details.langs-menu")?.open)`); got != "false" {
			t.Errorf("%s: the footer's language disclosure is %s, want closed", page, got)
		}
	}
	// From the keyboard: focus on the summary, Enter opens it.
	if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/no/about/"),
		chromedp.Focus(chromedp.CSS(".site-header .langs-menu summary")),
		chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the list open", `document.querySelector(".site-header .langs-menu").open`)
	names := strings.Split(eval(`[...document.querySelectorAll(".site-header .langs-menu li a")].map(a => a.firstChild.textContent.trim()).join("|")`), "|")
	if len(names) != len(manyLangs) {
		t.Errorf("%d languages in the list, want %d", len(names), len(manyLangs))
	}
	seen := map[string]bool{}
	for _, n := range names {
		if seen[n] {
			t.Errorf("two languages are named %q: %q", n, names)
		}
		seen[n] = true
	}
	if summary := eval(`document.querySelector(".site-header .langs-menu summary").textContent`); !strings.Contains(summary, "Norsk bokmål (no)") {
		t.Errorf("summary %q does not name the current language", summary)
	}
	if first := eval(`document.querySelector(".site-header .langs-menu li a").outerHTML`); !strings.Contains(first, `aria-current="true"`) || !strings.Contains(first, `hreflang="no"`) {
		t.Errorf("first in the list is %s, want the current language", first)
	}
	if de := eval(`document.querySelector('.site-header .langs-menu a[hreflang="de"]').textContent`); !strings.Contains(de, "not translated") {
		t.Errorf("German, without the page, is %q: not marked untranslated", de)
	}
	if role := eval(`getComputedStyle(document.querySelector(".site-header .langs-menu li")).display`); role == "none" {
		t.Errorf("the open list is not shown")
	}
}

// A site with a handful of languages keeps the plain list of links.
func TestRepoLayoutsFewLanguagesKeepTheList(t *testing.T) {
	files := buildInto(t, withRepoLayouts(t, threeLangs))
	page := string(files["en/letter/index.html"])
	if strings.Contains(page, "langs-menu") || !langsNavRe.MatchString(page) {
		t.Errorf("three languages: want the plain list in nav.langs")
	}
}
