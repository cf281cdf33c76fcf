package build_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
)

// TestOfflineCopyWorksFromAFolder builds this repository's site with
// --relative-urls, opens it in Chromium from file:// as a reader with a USB
// stick would, and follows links across languages.
func TestOfflineCopyWorksFromAFolder(t *testing.T) {
	ctx := browsertest.New(t)
	dest := filepath.Join(t.TempDir(), "letter")
	if _, err := build.ToDir(build.Options{Source: "../..", RelativeURLs: true}, dest); err != nil {
		t.Fatal(err)
	}
	// Each step waits for the page to have loaded, not only for its
	// address: a click on a page still loading had failed now and then,
	// its node gone ("Could not find node with given id").
	at := func(want string) {
		t.Helper()
		browsertest.WaitFor(ctx, t, want, `location.href.endsWith(`+jsString(want)+`) && document.readyState === "complete"`)
	}
	// The chooser at the root sends the reader to a language's home.
	if err := chromedp.Do(ctx, chromedp.Navigate("file://"+dest+"/index.html")); err != nil {
		t.Fatal(err)
	}
	at("/en/index.html")
	// The stylesheet loads (fingerprinted, with its integrity hash).
	browsertest.WaitFor(ctx, t, "the stylesheet", `getComputedStyle(document.querySelector(".skip")).position === "absolute"`)
	// Into the letter, then to its Azerbaijani translation, then back home.
	steps := []struct{ click, land string }{
		{`nav.sections a[href$="letter/index.html"]`, "/en/letter/index.html"},
		{`nav.langs a[hreflang="az"]`, "/az/letter/index.html"},
		{`nav.breadcrumbs a`, "/az/index.html"},
		{`nav.langs a[hreflang="fr"]`, "/fr/index.html"},
	}
	for _, s := range steps {
		if err := chromedp.Do(ctx, chromedp.Click(chromedp.CSS(s.click))); err != nil {
			t.Fatalf("click %s: %v", s.click, err)
		}
		at(s.land)
		if loc, _ := chromedp.Run(ctx, chromedp.Location()); !strings.HasPrefix(loc, "file://") {
			t.Fatalf("left the folder: %s", loc)
		}
	}
	browsertest.WaitFor(ctx, t, "French text", `document.documentElement.lang === "fr"`)
}

func jsString(s string) string {
	return `"` + strings.NewReplacer(`\`, `\\`, `"`, `\"`).Replace(s) + `"`
}
