package search_test

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/search"
	"github.com/wazc/site/internal/sitetest"
)

// hit is one result link as the browser shows it.
type hit struct {
	Href  string   `json:"href"`
	Text  string   `json:"text"`
	Marks []string `json:"marks"`
}

type results struct {
	Open   bool   `json:"open"`
	Status string `json:"status"`
	Hits   []hit  `json:"hits"`
}

const readResults = `(() => {
	const panel = document.querySelector(".search-results");
	return {
		open: !panel.hidden,
		status: document.querySelector(".search [role=status]").textContent,
		hits: [...panel.querySelectorAll("a")].map(a => ({
			href: a.href,
			text: a.textContent,
			marks: [...a.querySelectorAll("mark")].map(m => m.textContent),
		})),
	};
})()`

// query types q into the search box of the open page and waits for the
// results (the status line says how many).
func query(ctx context.Context, t *testing.T, q string) results {
	t.Helper()
	if err := chromedp.Do(ctx,
		chromedp.Evaluate[chromedp.Void](`document.querySelector(".search [role=status]").textContent = ""; document.querySelector("#search-input").value = ""`),
		chromedp.SendKeys(chromedp.CSS("#search-input"), q),
	); err != nil {
		t.Fatalf("typing %q: %v", q, err)
	}
	browsertest.WaitFor(ctx, t, "results for "+q, fmt.Sprintf(`document.querySelector(".search-results").dataset.query === %q && document.querySelector(".search [role=status]").textContent !== ""`, q))
	res, err := chromedp.Run(ctx, chromedp.Evaluate[results](readResults))
	if err != nil {
		t.Fatal(err)
	}
	return res
}

func open(ctx context.Context, t *testing.T, url string) {
	t.Helper()
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		t.Fatalf("opening %s: %v", url, err)
	}
	// search.js shows the form once it has run.
	browsertest.WaitFor(ctx, t, "the search box", `!document.querySelector("form.search").hidden`)
}

// serveDocs builds the site in dir and serves it under /docs/, its
// baseURL's path, until the test ends.
func serveDocs(t *testing.T, dir string) *httptest.Server {
	t.Helper()
	pub := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: dir}, pub); err != nil {
		t.Fatal(err)
	}
	mux := http.NewServeMux()
	mux.Handle("/docs/", http.StripPrefix("/docs", http.FileServer(http.Dir(pub))))
	srv := httptest.NewServer(mux)
	t.Cleanup(srv.Close)
	return srv
}

// find returns the first hit whose link ends with suffix.
func find(res results, suffix string) *hit {
	for i, h := range res.Hits {
		if strings.HasSuffix(h.Href, suffix) {
			return &res.Hits[i]
		}
	}
	return nil
}

func TestBrowserSearch(t *testing.T) {
	ctx := browsertest.New(t) // skips without Chromium
	dir := writeSite(t)
	srv := serveDocs(t, dir)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()

	// Without JavaScript there is no search box.
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: true})
		return err
	}), chromedp.Navigate(srv.URL+"/docs/az/")); err != nil {
		t.Fatal(err)
	}
	if hidden, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.querySelector("form.search").hidden && document.querySelector("form.search").offsetHeight === 0`)); err != nil || !hidden {
		t.Errorf("without JavaScript the search box shows (hidden %v, %v)", hidden, err)
	}
	if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
		return err
	})); err != nil {
		t.Fatal(err)
	}

	// Azerbaijani, in capitals: I is ı and İ is i.
	open(ctx, t, srv.URL+"/docs/az/")
	if loaded, _ := chromedp.Run(ctx, chromedp.Evaluate[bool](`Object.keys(window.siteSearchFiles || {}).length > 0 || performance.getEntriesByType("resource").some(e => e.name.includes("/search/"))`)); loaded {
		t.Errorf("the index was loaded before the search box got focus")
	}
	res := query(ctx, t, "QAYIDIŞ")
	h := find(res, "/docs/az/rights/")
	if !res.Open || h == nil || len(res.Hits) != 1 {
		t.Fatalf("QAYIDIŞ: want the one page /docs/az/rights/, got %+v", res)
	}
	if strings.Join(h.Marks, "|") != "Qayıdış|qayıdış" {
		t.Errorf("QAYIDIŞ: marks %q in %q", h.Marks, h.Text)
	}
	if res.Status != "1 nəticə" {
		t.Errorf("QAYIDIŞ: status %q", res.Status)
	}
	res = query(ctx, t, "İNSAN")
	if h := find(res, "/docs/az/rights/"); h == nil || len(h.Marks) == 0 || h.Marks[0] != "insanların" {
		t.Errorf("İNSAN: want /docs/az/rights/ with insanların marked, got %+v", res)
	}
	if h := find(res, "/docs/az/rights/#insan-h%C3%BCquqlar%C4%B1"); h == nil || strings.Join(h.Marks, "") != "İnsan" {
		t.Errorf("İNSAN: want a link to the heading İnsan hüquqları with İnsan marked, got %+v", res)
	}
	// Dotless and dotted i are different letters.
	// (Words of four letters or fewer are matched exactly, not fuzzily.)
	if res := query(ctx, t, "iban"); find(res, "/docs/az/other/") == nil {
		t.Errorf("iban: want /docs/az/other/ (IBAN), got %+v", res)
	}
	if res := query(ctx, t, "ILIQ"); find(res, "/docs/az/other/") == nil {
		t.Errorf("ILIQ: want /docs/az/other/ (ılıq), got %+v", res)
	}
	if res := query(ctx, t, "İLIQ"); len(res.Hits) != 0 || res.Status != "Heç nə tapılmadı" {
		t.Errorf("İLIQ: want no results, got %+v", res)
	}

	// Keyboard: ArrowDown to the first result, Enter opens it.
	query(ctx, t, "QAYIDIŞ")
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "focus on the first result", `document.activeElement === document.querySelector(".search-results a")`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the result's page", `location.pathname === "/docs/az/rights/" && document.readyState === "complete"`)

	// Escape closes the list; arrows move between results and back to
	// the box.
	open(ctx, t, srv.URL+"/docs/az/other/")
	query(ctx, t, "İNSAN")
	steps := chromedp.Do(ctx,
		chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.ArrowUp))
	if steps != nil {
		t.Fatal(steps)
	}
	browsertest.WaitFor(ctx, t, "focus back in the box", `document.activeElement.id === "search-input"`)
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.Escape)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the list to close", `document.querySelector(".search-results").hidden`)

	// French without accents finds accented words.
	open(ctx, t, srv.URL+"/docs/fr/")
	res = query(ctx, t, "ete geneve")
	if h := find(res, "/docs/fr/rights/"); h == nil || strings.Join(h.Marks, "|") != "été|Genève" {
		t.Errorf("ete geneve: want /docs/fr/rights/ with été and Genève marked, got %+v", res)
	}
	if res := query(ctx, t, "DECLARATION"); find(res, "/docs/fr/rights/") == nil || res.Status != "1 résultat" {
		t.Errorf("DECLARATION: want /docs/fr/rights/, got %+v", res)
	}

	// Russian: ё is е, and the count takes its plural form.
	open(ctx, t, srv.URL+"/docs/ru/")
	if res := query(ctx, t, "ЕЛКА"); find(res, "/docs/ru/rights/") == nil {
		t.Errorf("ЕЛКА: want /docs/ru/rights/ (Ёлка), got %+v", res)
	}
	if res := query(ctx, t, "письмо"); len(res.Hits) != 3 || res.Status != "3 результата" {
		t.Errorf("письмо: want 3 results, got %+v", res)
	}

	// English: fallback pages of other languages are not in their index;
	// the English page is.
	open(ctx, t, srv.URL+"/docs/en/")
	if res := query(ctx, t, "zebra"); find(res, "/docs/en/only-en/") == nil {
		t.Errorf("zebra: want /docs/en/only-en/, got %+v", res)
	}
	// Stemmed, a prefix, a typo: each finds the page, with the word of
	// the page marked. (A typo is looked for in the stem: one that
	// changes the suffix the stemmer sees, as in "internatonal", is not
	// found.)
	for q, mark := range map[string]string{"organisation": "organisations", "Internat": "International", "orgnaisations": "organisations"} {
		res := query(ctx, t, q)
		if h := find(res, "/docs/en/rights/#human-rights"); h == nil || !strings.Contains(strings.Join(h.Marks, " "), mark) {
			t.Errorf("%s: want the sub-result /docs/en/rights/#human-rights with %s marked, got %+v", q, mark, res)
		}
	}

	if axe := os.Getenv("AXE_JS"); axe != "" {
		src, err := os.ReadFile(axe)
		if err != nil {
			t.Fatal(err)
		}
		open(ctx, t, srv.URL+"/docs/az/")
		query(ctx, t, "İNSAN")
		runAxe(ctx, t, string(src))
	}
}

// runAxe checks the open page, with the results shown, in both color
// schemes (see internal/sitecheck for the site-wide checks).
func runAxe(ctx context.Context, t *testing.T, axeSource string) {
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axeSource)); err != nil {
		t.Fatalf("loading axe-core: %v", err)
	}
	for _, scheme := range []string{"light", "dark"} {
		if err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
				Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
			})
			return err
		})); err != nil {
			t.Fatal(err)
		}
		type violation struct {
			ID    string `json:"id"`
			Help  string `json:"help"`
			Nodes []struct {
				HTML string `json:"html"`
			} `json:"nodes"`
		}
		res, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
			Violations []violation `json:"violations"`
			Passes     []struct{}  `json:"passes"`
		}](`axe.run(document, {runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"], resultTypes: ["violations"]})`, chromedp.EvalAwaitPromise))
		if err != nil {
			t.Fatal(err)
		}
		if len(res.Passes) == 0 {
			t.Fatalf("axe-core ran no rule")
		}
		for _, v := range res.Violations {
			var nodes []string
			for _, n := range v.Nodes {
				nodes = append(nodes, n.HTML)
			}
			t.Errorf("axe, %s scheme, results open: %s: %s\n\t%s", scheme, v.ID, v.Help, strings.Join(nodes, "\n\t"))
		}
	}
}

// TestBrowserSearchFromFolder: a copy built with --relative-urls, opened
// from its folder over file://, loads its index and links to its pages.
func TestBrowserSearchFromFolder(t *testing.T) {
	ctx := browsertest.New(t)
	dir := writeSite(t)
	pub := filepath.Join(t.TempDir(), "copy")
	if _, err := build.ToDir(build.Options{Source: dir, RelativeURLs: true}, pub); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	page := "file://" + filepath.ToSlash(filepath.Join(pub, "az", "other", "index.html"))
	open(ctx, t, page)
	res := query(ctx, t, "QAYIDIŞ")
	want := "file://" + filepath.ToSlash(filepath.Join(pub, "az", "rights", "index.html"))
	if h := find(res, "/az/rights/index.html"); h == nil || h.Href != want {
		t.Fatalf("QAYIDIŞ from %s: want a link to %s, got %+v", page, want, res)
	}
	if h := find(res, "/az/rights/index.html#insan-h%C3%BCquqlar%C4%B1"); h != nil {
		t.Errorf("a heading link for a query that is not in the heading: %+v", h)
	}
	if err := chromedp.Do(ctx, chromedp.KeyEvent(kb.ArrowDown), chromedp.KeyEvent(kb.Enter)); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the result's page", fmt.Sprintf(`location.href === %q`, want))
}

// TestBrowserTypoAtTheMiddle: a typo at the word's middle letter finds
// the word across a chunk boundary. search.js looked in the chunk of the
// word's first half, the typo included, and in that of its first three
// letters: with a boundary between them and the word, "sitemalpoader"
// found nothing. It looks now where the terms that start with the half
// before the typo are, three chunks at most. (One term a chunk puts a
// boundary everywhere.)
func TestBrowserTypoAtTheMiddle(t *testing.T) {
	ctx := browsertest.New(t)
	defer func(c int) { search.ChunkSize = c }(search.ChunkSize)
	search.ChunkSize = 1
	dir := writeSite(t)
	// qayda sorts between qay and qayıdış: the chunk keys are then
	// "qay" and "qayı".
	if err := os.WriteFile(filepath.Join(dir, "content", "az", "rules.md"), []byte("---\ntitle: Qaydalar\n---\nBir qayda.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	srv := serveDocs(t, dir)
	ctx, cancel := context.WithTimeout(ctx, time.Minute)
	defer cancel()
	open(ctx, t, srv.URL+"/docs/az/other/")
	// qayıdış with its 4th and 5th letters swapped: the half before the
	// typo is "qay", the half with it "qayd", in qayda's chunk.
	if res := query(ctx, t, "qaydıış"); find(res, "/docs/az/rights/") == nil {
		t.Errorf("qaydıış: want /docs/az/rights/ (qayıdış), got %+v", res)
	}
}

// rtlSite is a site in English and Arabic, written right to left, with
// the repo's layouts (and no Arabic strings: the layouts' are English).
const rtlSite = `
-- site.yaml --
baseURL: https://example.org/docs/
title: Test
search: true
languages:
  - code: en
  - code: ar
    direction: rtl
-- content/en/_index.md --
---
title: Home
---
The open letter.
-- content/ar/_index.md --
---
title: الرئيسية
---
الرسالة المفتوحة.
-- content/ar/rights.md --
---
title: حق العودة
---
تطلب الرسالة من المنظمات الدولية المساعدة.

## حقوق الإنسان {#huquq}

تذكر الرسالة المنظمات الدولية مرة أخرى.
`

// TestBrowserSearchRightToLeft: on an Arabic page the results panel opens
// inside the screen, on a phone and on a desktop, and reads from the
// right: titles start at the right edge, sub-results are indented from it.
// Regression: sub-results were not indented on either side, in any
// language: the header's padding for result links outranked theirs.
func TestBrowserSearchRightToLeft(t *testing.T) {
	ctx := browsertest.New(t)
	dir := sitetest.Write(t, rtlSite)
	sitetest.Repo(t, dir, "layouts", "static")
	srv := serveDocs(t, dir)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	type layout struct {
		Dir          string  `json:"dir"`
		Left         float64 `json:"left"`
		Right        float64 `json:"right"`
		Width        float64 `json:"width"`
		TitleFromEnd float64 `json:"titleFromEnd"` // px between the first link's right edge and its title text's
		TitleToStart float64 `json:"titleToStart"` // and between their left edges
		SubRight     float64 `json:"subRight"`     // a sub-result's padding on each side
		SubLeft      float64 `json:"subLeft"`
	}
	const measure = `(() => {
		const panel = document.querySelector(".search-results"), r = panel.getBoundingClientRect();
		const a = panel.querySelector("a"), ar = a.getBoundingClientRect();
		// The title's text, not its box, which is a block as wide as the link.
		const text = document.createRange();
		text.selectNodeContents(a.querySelector(".search-title"));
		const tr = text.getBoundingClientRect();
		const sub = getComputedStyle(panel.querySelector("ul ul a"));
		return {dir: getComputedStyle(panel).direction, left: r.left, right: r.right, width: document.documentElement.clientWidth,
			titleFromEnd: ar.right - tr.right, titleToStart: tr.left - ar.left,
			subRight: parseFloat(sub.paddingRight), subLeft: parseFloat(sub.paddingLeft)};
	})()`
	for _, vp := range []struct {
		name          string
		width, height int64
	}{{"phone", 375, 667}, {"desktop", 1280, 800}} {
		if err := chromedp.Do(ctx, chromedp.EmulateViewport(vp.width, vp.height)); err != nil {
			t.Fatal(err)
		}
		open(ctx, t, srv.URL+"/docs/ar/")
		// The stemmer takes the article and the ending off: الدولي finds
		// الدولية, in the text and under the heading.
		res := query(ctx, t, "الدولي")
		if h := find(res, "/docs/ar/rights/#huquq"); h == nil || strings.Join(h.Marks, "") != "الدولية" {
			t.Fatalf("%s: الدولي: want the sub-result /docs/ar/rights/#huquq with الدولية marked, got %+v", vp.name, res)
		}
		l, err := chromedp.Run(ctx, chromedp.Evaluate[layout](measure))
		if err != nil {
			t.Fatal(err)
		}
		if l.Dir != "rtl" {
			t.Errorf("%s: the results are laid out %s", vp.name, l.Dir)
		}
		if l.Left < 0 || l.Right > l.Width {
			t.Errorf("%s: the results panel spans %.0f to %.0f px, outside the %.0f px of the screen", vp.name, l.Left, l.Right, l.Width)
		}
		if l.TitleFromEnd > 12 || l.TitleToStart < l.TitleFromEnd {
			t.Errorf("%s: the first title is %.0f px from the link's right edge and %.0f px from its left: it does not start at the right", vp.name, l.TitleFromEnd, l.TitleToStart)
		}
		if l.SubRight <= l.SubLeft {
			t.Errorf("%s: a sub-result is indented %.0f px on the right and %.0f px on the left: want the right", vp.name, l.SubRight, l.SubLeft)
		}
	}
}
