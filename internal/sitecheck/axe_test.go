package sitecheck

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
)

// axePages are one page of each kind.
var axePages = []struct {
	path string
	what string
	// noScript: load the page with JavaScript off. The root chooser
	// sends a browser with JavaScript on to its language's home page at
	// once; with it off, it shows its list of languages.
	noScript bool
}{
	{path: "/", what: "root language chooser", noScript: true},
	{path: "/en/", what: "home"},
	{path: "/en/actions/", what: "section"},
	{path: "/en/conventions/iccpr/", what: "page"},
	{path: "/az/actions/legal-action/", what: "translated page"},
	{path: "/ru/letter/", what: "translated letter"},
	{path: "/en/letter/", what: "letter"},
	{path: "/404.html", what: "404"},
}

// axeTags are the rules that axe runs: WCAG 2.0, 2.1 and 2.2 at levels A
// and AA, and Deque's best practices.
const axeTags = `["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]`

type axeResults struct {
	Violations []axeRule `json:"violations"`
	Incomplete []axeRule `json:"incomplete"`
	Passes     []struct {
		ID string `json:"id"`
	} `json:"passes"`
	TestEngine struct {
		Version string `json:"version"`
	} `json:"testEngine"`
}

type axeRule struct {
	ID      string `json:"id"`
	Impact  string `json:"impact"`
	Help    string `json:"help"`
	HelpURL string `json:"helpUrl"`
	Nodes   []struct {
		Target         []any  `json:"target"` // selectors; arrays of them inside shadow DOM
		HTML           string `json:"html"`
		FailureSummary string `json:"failureSummary"`
	} `json:"nodes"`
}

// TestAxe: one page of each kind has no accessibility violation that axe
// finds, in the light and in the dark color scheme.
func TestAxe(t *testing.T) {
	axePath := os.Getenv("AXE_JS")
	if axePath == "" {
		t.Skip("skipping the axe-core checks: set AXE_JS to axe.min.js (npm install axe-core: node_modules/axe-core/axe.min.js)")
	}
	axeSource, err := os.ReadFile(axePath)
	if err != nil {
		t.Fatalf("AXE_JS is set but unusable: %v", err)
	}
	s := loadSite(t)
	ctx := browsertest.New(t) // skips without Chromium

	srv := httptest.NewServer(http.FileServer(http.Dir(s.dir)))
	t.Cleanup(srv.Close)

	for _, scheme := range []string{"light", "dark"} {
		for _, pg := range axePages {
			t.Run(scheme+pg.path, func(t *testing.T) {
				runAxe(ctx, t, srv.URL, pg.path, pg.noScript, scheme, string(axeSource))
			})
		}
	}
}

func runAxe(ctx context.Context, t *testing.T, server, path string, noScript bool, scheme, axeSource string) {
	// A limit for this page's steps, not for the browser (see chromedp.Run).
	ctx, cancel := context.WithTimeout(ctx, 90*time.Second)
	defer cancel()

	setup := chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{
			Features: []*emulation.MediaFeature{{Name: "prefers-color-scheme", Value: scheme}},
		}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: noScript})
		return err
	})
	if err := chromedp.Do(ctx, setup); err != nil {
		t.Fatalf("emulating the %s color scheme: %v", scheme, err)
	}
	resp, err := chromedp.Run(ctx, chromedp.NavigateResponse(server+path))
	if err != nil {
		t.Fatalf("opening %s: %v", path, err)
	}
	if resp.Status != http.StatusOK {
		t.Fatalf("opening %s: HTTP status %d", path, resp.Status)
	}
	// The page is the one asked for (no redirect), in the scheme asked for.
	state, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Path string `json:"path"`
		Dark bool   `json:"dark"`
	}](`({path: location.pathname, dark: matchMedia("(prefers-color-scheme: dark)").matches})`))
	if err != nil {
		t.Fatal(err)
	}
	if state.Path != path {
		t.Fatalf("opened %s but the browser is at %s", path, state.Path)
	}
	if state.Dark != (scheme == "dark") {
		t.Fatalf("emulating the %s color scheme did not take: prefers-color-scheme: dark matches is %v", scheme, state.Dark)
	}

	if noScript {
		// Back on for axe, which needs timers: the page's own scripts
		// do not run again.
		err := chromedp.Do(ctx, chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
			_, err := cdp.Call(ctx, t, emulation.SetScriptExecutionDisabled, emulation.SetScriptExecutionDisabledParams{Value: false})
			return err
		}))
		if err != nil {
			t.Fatal(err)
		}
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](axeSource)); err != nil {
		t.Fatalf("loading axe-core: %v", err)
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[axeResults](
		`axe.run(document, {runOnly: `+axeTags+`, resultTypes: ["violations"]})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	if len(res.Passes) == 0 {
		t.Fatalf("axe-core %s ran no rule on %s", res.TestEngine.Version, path)
	}
	var b strings.Builder
	for _, v := range res.Violations {
		fmt.Fprintf(&b, "\n%s (%s): %s\n\t%s", v.ID, v.Impact, v.Help, v.HelpURL)
		for _, n := range v.Nodes {
			fmt.Fprintf(&b, "\n\t- %v\n\t  %s", n.Target, n.HTML)
			if n.FailureSummary != "" {
				fmt.Fprintf(&b, "\n\t  %s", strings.ReplaceAll(n.FailureSummary, "\n", "\n\t  "))
			}
		}
	}
	if len(res.Violations) > 0 {
		t.Errorf("%s in the %s color scheme: %d axe-core %s violations:%s", path, scheme, len(res.Violations), res.TestEngine.Version, b.String())
	}
	if testing.Verbose() {
		for _, v := range res.Incomplete {
			t.Logf("%s: needs review by a person: %s (%s): %s, %d nodes", path, v.ID, v.Impact, v.Help, len(v.Nodes))
		}
	}
}
