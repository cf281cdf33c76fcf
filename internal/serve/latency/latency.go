// Package latency measures a dev server the way an editor feels it: the
// time from writing a Markdown file to the frame in which a real browser
// shows the new text. It drives Chromium through chromedp and knows
// nothing of the server, so "site serve" and "hugo server" are measured
// alike: whether the page morphs in place or reloads, a script that
// Chromium runs in every new document of the tab watches for the text and
// notes the time of the first animation frame that has it (the paint
// follows that frame). The test harness writes the file and reads that
// time; the server's own clock plays no part.
package latency

import (
	"context"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
)

// watcher runs in every document of the tab, from its start: it looks for
// the text named in sessionStorage (which survives a reload) and records
// when it is first on screen.
const watcher = `(() => {
	const look = () => {
		const want = sessionStorage.getItem("latency-want");
		if (!want || window.latencySeen || !document.body || !document.body.textContent.includes(want)) return;
		window.latencySeen = -1;
		requestAnimationFrame(() => { window.latencySeen = performance.timeOrigin + performance.now(); });
	};
	window.latencyWatch = (want) => { window.latencySeen = 0; sessionStorage.setItem("latency-want", want); look(); };
	new MutationObserver(look).observe(document, {subtree: true, childList: true, characterData: true});
})()`

// Browser starts a headless Chromium (at path, or found on the PATH) and
// returns a chromedp context for it.
func Browser(path string) (context.Context, context.CancelFunc, error) {
	if path == "" {
		for _, name := range []string{"chromium", "chromium-browser", "google-chrome"} {
			if p, err := exec.LookPath(name); err == nil {
				path = p
				break
			}
		}
	}
	if path == "" {
		return nil, nil, fmt.Errorf("no Chromium found (install Debian's chromium)")
	}
	dir, err := os.MkdirTemp("", "latency-chromium-")
	if err != nil {
		return nil, nil, err
	}
	opts := append(chromedp.DefaultExecAllocatorOptions[:],
		chromedp.ExecPath(path), chromedp.NoSandbox,
		chromedp.Flag("disable-gpu", true), chromedp.Flag("disable-background-networking", true),
		chromedp.UserDataDir(dir))
	actx, cancelAlloc := chromedp.NewExecAllocator(context.Background(), opts...)
	ctx, cancelCtx := chromedp.NewContext(actx)
	cancel := func() { cancelCtx(); cancelAlloc(); os.RemoveAll(dir) }
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank")); err != nil {
		cancel()
		return nil, nil, err
	}
	return ctx, cancel, nil
}

// Edit is one edit's write-to-visible time and, when the page is served
// by "site serve" and morphed (its reload.js keeps window.siteServeTiming),
// the moments its steps ended, from the write: the reload event's arrival,
// the new HTML fetched, the morph done. The rest to Total is the wait for
// the frame.
type Edit struct {
	Total, Event, Fetched, Morphed time.Duration
}

// Measure opens url in the tab of ctx, waits until ready (a JavaScript
// expression) is true, then edits times: it writes file as its original
// text plus a paragraph unique to the edit, and waits for the page to show
// that paragraph. It returns each edit's write-to-visible time and restores
// the file. gap is the pause between edits.
func Measure(ctx context.Context, url, ready, file string, edits int, gap time.Duration) ([]Edit, error) {
	orig, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	defer os.WriteFile(file, orig, 0o644)
	yes := true
	if _, err := chromedp.Run(ctx, chromedp.Action[page.AddScriptToEvaluateOnNewDocumentResult](func(ctx context.Context, t *chromedp.Target) (page.AddScriptToEvaluateOnNewDocumentResult, error) {
		return cdp.Call(ctx, t, page.AddScriptToEvaluateOnNewDocument, page.AddScriptToEvaluateOnNewDocumentParams{Source: watcher, RunImmediately: &yes})
	})); err != nil {
		return nil, err
	}
	if err := chromedp.Do(ctx, chromedp.Navigate(url)); err != nil {
		return nil, err
	}
	if err := poll(ctx, ready, 30*time.Second); err != nil {
		return nil, fmt.Errorf("%s: %v", url, err)
	}
	stamp := time.Now().UnixNano()
	var out []Edit
	for i := 0; i < edits; i++ {
		time.Sleep(gap)
		want := fmt.Sprintf("Latency edit %d of run %d.", i, stamp)
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[bool](fmt.Sprintf("window.latencyWatch(%q), true", want))); err != nil {
			return nil, err
		}
		t0 := time.Now()
		if err := os.WriteFile(file, append(append([]byte{}, orig...), "\n\n"+want+"\n"...), 0o644); err != nil {
			return nil, err
		}
		seen, err := seenAt(ctx, 20*time.Second)
		if err != nil {
			return nil, fmt.Errorf("edit %d: %v", i, err)
		}
		since := func(ms float64) time.Duration {
			if ms == 0 {
				return 0
			}
			return time.Duration(ms*1e6) - time.Duration(t0.UnixNano())
		}
		e := Edit{Total: since(seen)}
		if st, err := chromedp.Run(ctx, chromedp.Evaluate[struct{ Event, Fetched, Morphed float64 }](`window.siteServeTiming || {}`)); err == nil && since(st.Event) > 0 {
			e.Event, e.Fetched, e.Morphed = since(st.Event), since(st.Fetched), since(st.Morphed)
		}
		out = append(out, e)
	}
	return out, nil
}

// seenAt polls for the time the watcher recorded, in ms since the epoch.
// A reloading page answers nothing for a moment: errors are retried.
func seenAt(ctx context.Context, limit time.Duration) (float64, error) {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if v, err := chromedp.Run(ctx, chromedp.Evaluate[float64](`window.latencySeen > 0 ? window.latencySeen : 0`)); err == nil && v > 0 {
			return v, nil
		}
		time.Sleep(2 * time.Millisecond)
	}
	return 0, fmt.Errorf("the new text was not on the page within %s", limit)
}

func poll(ctx context.Context, expr string, limit time.Duration) error {
	deadline := time.Now().Add(limit)
	for time.Now().Before(deadline) {
		if ok, err := chromedp.Run(ctx, chromedp.Evaluate[bool](expr)); err == nil && ok {
			return nil
		}
		time.Sleep(20 * time.Millisecond)
	}
	return fmt.Errorf("not ready within %s (%s)", limit, expr)
}

// Totals are the edits' write-to-visible times.
func Totals(edits []Edit) []time.Duration {
	out := make([]time.Duration, len(edits))
	for i, e := range edits {
		out[i] = e.Total
	}
	return out
}

// Breakdown is where the median edit's milliseconds went: the medians of
// write to event, event to HTML fetched, fetched to morphed, and morphed
// to the frame on screen.
func Breakdown(edits []Edit) string {
	var ev, fetch, morph, paint []time.Duration
	for _, e := range edits {
		if e.Event == 0 {
			continue
		}
		ev = append(ev, e.Event)
		fetch = append(fetch, e.Fetched-e.Event)
		morph = append(morph, e.Morphed-e.Fetched)
		paint = append(paint, e.Total-e.Morphed)
	}
	if len(ev) == 0 {
		return "no breakdown (the page reloads)"
	}
	m := func(s []time.Duration) float64 { med, _ := Stats(s); return float64(med.Microseconds()) / 1000 }
	return fmt.Sprintf("medians: write to reload event %.1f ms, fetch of the new HTML %.1f ms, morph %.1f ms, to the frame %.1f ms", m(ev), m(fetch), m(morph), m(paint))
}

// Stats are the median and 95th percentile of samples.
func Stats(samples []time.Duration) (median, p95 time.Duration) {
	if len(samples) == 0 {
		return 0, 0
	}
	s := append([]time.Duration(nil), samples...)
	sort.Slice(s, func(i, j int) bool { return s[i] < s[j] })
	return s[len(s)/2], s[(len(s)*95+99)/100-1]
}

// Format is samples in ms, for logs.
func Format(samples []time.Duration) string {
	var b strings.Builder
	for i, d := range samples {
		if i > 0 {
			b.WriteString(" ")
		}
		fmt.Fprintf(&b, "%.1f", float64(d.Microseconds())/1000)
	}
	return b.String()
}
