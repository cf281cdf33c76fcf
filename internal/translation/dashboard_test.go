package translation_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/translation"
)

// The dashboard relies on the dev server's guard of /__site/ for hosts
// and origins, so it is asked through the server.
func TestDashboardAnswersOnlyItsOwnOrigin(t *testing.T) {
	dir := gitSite(t, twoLangs)
	h := serve.New(serve.Options{Build: build.Options{Source: dir}})
	for _, c := range []struct {
		name    string
		host    string
		headers map[string]string
		code    int
	}{
		{"typed in", "127.0.0.1:1313", nil, 200},
		{"localhost", "localhost:1313", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost:1313"}, 200},
		{"another site's fetch", "127.0.0.1:1313", map[string]string{"Sec-Fetch-Site": "cross-site", "Origin": "https://evil.example"}, 403},
		{"another origin", "127.0.0.1:1313", map[string]string{"Origin": "http://127.0.0.1:8080"}, 403},
		{"a DNS name pointed at 127.0.0.1", "evil.example:1313", nil, 403},
	} {
		req := httptest.NewRequest("GET", translation.DashboardPath+"/", nil)
		req.Host = c.host
		for k, v := range c.headers {
			req.Header.Set(k, v)
		}
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != c.code {
			t.Errorf("%s: %d, want %d", c.name, rec.Code, c.code)
		}
		if c.code == 200 {
			if got := rec.Header().Get("X-Frame-Options"); got != "DENY" {
				t.Errorf("%s: X-Frame-Options %q", c.name, got)
			}
			mustContain(t, c.name, rec.Body.String(), `<th scope="row">guide.md</th>`, `<a href="/fr/guide/" hreflang="fr">view`)
		}
	}
	req := httptest.NewRequest("POST", translation.DashboardPath+"/", nil)
	req.Host = "127.0.0.1:1313"
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST: %d", rec.Code)
	}
}

// startServe runs the dev server on the site and returns its address.
func startServe(t *testing.T, dir string) string {
	t.Helper()
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	built := make(chan struct{}, 100)
	srv.Rebuilt = func([]string, *build.Outcome, error) { built <- struct{}{} }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		<-done
	})
	select {
	case <-built:
	case <-time.After(20 * time.Second):
		t.Fatal("no first build within 20 s")
	}
	return "http://" + ln.Addr().String()
}

// TestDashboardInChromium is what a translator does: open the dashboard,
// see every page ok; the original is edited and saved; the dashboard
// shows, without a reload, the page stale with its changed paragraph old
// and new beside the translation's, and it fits a phone's screen.
func TestDashboardInChromium(t *testing.T) {
	ctx := browsertest.New(t)
	dir := gitSite(t, twoLangs)
	base := startServe(t, dir)
	resp, err := http.Get(base + "/__site/i18n")
	if err != nil {
		t.Fatal(err)
	}
	body, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(body), "Every page in every language") {
		t.Fatalf("GET /__site/i18n through the dev server: %d\n%s", resp.StatusCode, body)
	}

	if err := chromedp.Do(ctx, chromedp.EmulateViewport(375, 740, chromedp.EmulateMobile), chromedp.Navigate(base+"/__site/i18n/")); err != nil {
		t.Fatal(err)
	}
	browsertest.WaitFor(ctx, t, "the table", `document.querySelector("td[data-lang=fr] .st") !== null && document.querySelector("td[data-lang=fr] .st").textContent === "ok"`)
	browsertest.WaitFor(ctx, t, "the event stream", `document.documentElement.getAttribute("data-live") === "connected"`)
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`window.notReloaded = true`)); err != nil {
		t.Fatal(err)
	}

	edit(t, dir, "content/en/guide.md", "says nothing much.", "says very little.")
	browsertest.WaitFor(ctx, t, "the stale status", `document.body.innerText.includes("stale (1 of 12 blocks changed)")`)
	browsertest.WaitFor(ctx, t, "the changed words", `(document.querySelector(".edit del") || {}).textContent === "nothing much" && document.querySelector(".edit ins").textContent === "very little"`)
	browsertest.WaitFor(ctx, t, "the translation's block", `document.querySelector(".edit section[lang=fr] p").textContent === "Le deuxième paragraphe ne dit pas grand-chose."`)
	browsertest.WaitFor(ctx, t, "no reload", `window.notReloaded === true && document.getElementById("live").textContent !== ""`)

	// On a phone: nothing wider than the screen, the three texts one
	// under the other.
	fits, err := chromedp.Run(ctx, chromedp.Evaluate[bool](`document.documentElement.scrollWidth <= window.innerWidth && getComputedStyle(document.querySelector(".edit")).gridTemplateColumns.split(" ").length === 1`))
	if err != nil || !fits {
		t.Errorf("the dashboard does not fit a 375 px screen (%v)", err)
	}
	axeCheck(t, ctx)
}

// axeCheck runs axe-core, when AXE_JS names it, on the open page.
func axeCheck(t *testing.T, ctx context.Context) {
	t.Helper()
	path := os.Getenv("AXE_JS")
	if path == "" {
		t.Log("not checked with axe-core: set AXE_JS to axe.min.js (.ci/run does)")
		return
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(src))); err != nil {
		t.Fatalf("loading axe-core: %v", err)
	}
	type rule struct {
		ID    string `json:"id"`
		Help  string `json:"help"`
		Nodes []struct {
			HTML string `json:"html"`
		} `json:"nodes"`
	}
	res, err := chromedp.Run(ctx, chromedp.Evaluate[struct {
		Violations []rule `json:"violations"`
	}](`axe.run(document, {runOnly: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"], resultTypes: ["violations"]})`, chromedp.EvalAwaitPromise))
	if err != nil {
		t.Fatalf("running axe-core: %v", err)
	}
	for _, v := range res.Violations {
		var nodes []string
		for _, n := range v.Nodes {
			nodes = append(nodes, n.HTML)
		}
		t.Errorf("axe-core: %s: %s\n\t%s", v.ID, v.Help, strings.Join(nodes, "\n\t"))
	}
}
