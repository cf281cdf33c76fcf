package main

import (
	"context"
	"fmt"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"sync"
	"time"

	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/serve/latency"
)

// Targets for write-to-visible in Chromium (issue 18).
const (
	repoMedianTarget   = 50 * time.Millisecond
	repoP95Target      = 80 * time.Millisecond
	corpusMedianTarget = 80 * time.Millisecond
)

// browserLatency measures, in headless Chromium, the time from writing a
// page's Markdown to the frame that shows the new text, over edits edits:
// site serve on a copy of the repo's site and on the corpus, and hugo
// server on the corpus's Hugo wrapper when Hugo is installed, all the same
// way (internal/serve/latency). It fails when site serve misses its
// targets.
func browserLatency(repo, dir, corpus, hugo string, edits int) error {
	browser, cancel, err := latency.Browser("")
	if err != nil {
		fmt.Printf("# skipping write-to-visible in Chromium: %v\n", err)
		return nil
	}
	defer cancel()
	site := filepath.Join(dir, "repo-site")
	if err := copySite(repo, site); err != nil {
		return err
	}
	fmt.Printf("\n## write to visible in Chromium, %d edits (median, p95)\n\n", edits)
	fmt.Println("| server, site | median | p95 | where the median edit's time goes |")
	fmt.Println("|---|---|---|---|")
	repoMed, repoP95, err := siteLatency(browser, site, "/en/about/", "content/en/about.md", edits)
	if err != nil {
		return err
	}
	corpusMed, corpusP95, err := siteLatency(browser, corpus, "/en/sec-01/page-0001/", "content/en/sec-01/page-0001.md", edits)
	if err != nil {
		return err
	}
	if hugo != "" {
		hugoMed, hugoP95, err := hugoLatency(browser, hugo, corpus+"-hugo", "/en/sec-01/page-0001/", "content/en/sec-01/page-0001.md", edits)
		if err != nil {
			fmt.Printf("# hugo server: %v\n", err)
		} else {
			fmt.Printf("| site / hugo, corpus | %.2f | %.2f | |\n", corpusMed.Seconds()/hugoMed.Seconds(), corpusP95.Seconds()/hugoP95.Seconds())
		}
	}
	var missed []string
	if repoMed > repoMedianTarget {
		missed = append(missed, fmt.Sprintf("repo site median %s > %s", ms(repoMed), ms(repoMedianTarget)))
	}
	if repoP95 > repoP95Target {
		missed = append(missed, fmt.Sprintf("repo site p95 %s > %s", ms(repoP95), ms(repoP95Target)))
	}
	if corpusMed > corpusMedianTarget {
		missed = append(missed, fmt.Sprintf("corpus median %s > %s", ms(corpusMed), ms(corpusMedianTarget)))
	}
	if len(missed) > 0 {
		return fmt.Errorf("write-to-visible targets missed (a loaded machine shows here too: run again): %v", missed)
	}
	fmt.Printf("\nTargets met: repo site median ≤ %s and p95 ≤ %s, corpus median ≤ %s.\n", ms(repoMedianTarget), ms(repoP95Target), ms(corpusMedianTarget))
	return nil
}

func ms(d time.Duration) string { return fmt.Sprintf("%.1f ms", float64(d.Microseconds())/1000) }

// siteLatency runs site serve in this process, with its default options.
func siteLatency(browser context.Context, source, page, file string, edits int) (med, p95 time.Duration, err error) {
	srv := serve.New(serve.Options{Build: build.Options{Source: source}})
	ready := make(chan error, 1)
	var builds, late []time.Duration
	var mu sync.Mutex // previews is read while the server runs
	var previews []time.Duration
	srv.Previewed = func(pv *build.Preview) { mu.Lock(); previews = append(previews, pv.Duration); mu.Unlock() }
	srv.Rebuilt = func(_ []string, out *build.Outcome, err error) {
		if err == nil && out != nil {
			// the server's goroutine only
			builds = append(builds, out.Result.Duration-out.Late)
			late = append(late, out.Late)
		}
		select {
		case ready <- err:
		default:
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, 0, err
	}
	ctx, stop := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	shutdown := sync.OnceFunc(func() { stop(); <-done })
	defer shutdown()
	if err := <-ready; err != nil {
		return 0, 0, fmt.Errorf("%s: %v", source, err)
	}
	tab, closeTab := chromedp.NewContext(browser)
	defer closeTab()
	res, err := latency.Measure(tab, "http://"+ln.Addr().String()+page, `document.documentElement.getAttribute("data-site-serve") === "connected"`,
		filepath.Join(source, file), edits, 150*time.Millisecond)
	if err != nil {
		return 0, 0, fmt.Errorf("site serve, %s: %v", source, err)
	}
	med, p95 = latency.Stats(latency.Totals(res))
	mu.Lock()
	shownEarly := append([]time.Duration(nil), previews[:min(len(previews), edits)]...) // not the file put back
	mu.Unlock()
	shutdown() // builds is the server's until it stops
	rebuild, _ := latency.Stats(builds[1:])
	index, _ := latency.Stats(late[1:])
	shown := ""
	if len(shownEarly) > 0 {
		pv, _ := latency.Stats(shownEarly)
		shown = fmt.Sprintf("; %d of %d edits previewed (the page alone rendered, median %s), the rebuild after that %s", len(shownEarly), edits, ms(pv), ms(rebuild))
	} else {
		shown = fmt.Sprintf("; the rebuild itself %s", ms(rebuild))
	}
	fmt.Printf("| site serve, %s | %s | %s | %s%s, then the search index %s after the rebuild |\n", filepath.Base(source), ms(med), ms(p95), latency.Breakdown(res), shown, ms(index))
	fmt.Printf("# site serve, %s, every edit: %s\n", filepath.Base(source), latency.Format(latency.Totals(res)))
	return med, p95, nil
}

// hugoLatency runs hugo server on a Hugo site, as an editor would.
func hugoLatency(browser context.Context, hugo, hdir, page, file string, edits int) (med, p95 time.Duration, err error) {
	port := freePort()
	cmd := exec.Command(hugo, "server", "--bind", "127.0.0.1", "--port", fmt.Sprint(port), "--quiet")
	cmd.Dir = hdir
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	defer func() {
		cmd.Process.Signal(os.Interrupt)
		waited := make(chan error, 1)
		go func() { waited <- cmd.Wait() }()
		select {
		case <-waited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-waited
		}
	}()
	tab, closeTab := chromedp.NewContext(browser)
	defer closeTab()
	url := fmt.Sprintf("http://127.0.0.1:%d%s", port, page)
	// Hugo's first build of the corpus takes seconds: wait for the page.
	var res []latency.Edit
	deadline := time.Now().Add(3 * time.Minute)
	for {
		res, err = latency.Measure(tab, url, `document.readyState === "complete" && document.querySelector("main") !== null`,
			filepath.Join(hdir, file), edits, 700*time.Millisecond)
		if err == nil || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Second)
	}
	if err != nil {
		return 0, 0, err
	}
	med, p95 = latency.Stats(latency.Totals(res))
	fmt.Printf("| hugo server, %s | %s | %s | full reload after each rebuild |\n", filepath.Base(hdir), ms(med), ms(p95))
	return med, p95, nil
}

// copySite copies the repo's site to dst, so that edits leave the repo alone.
func copySite(repo, dst string) error {
	os.RemoveAll(dst)
	for _, name := range []string{"content", "layouts", "static"} {
		if err := os.CopyFS(filepath.Join(dst, name), os.DirFS(filepath.Join(repo, name))); err != nil {
			return err
		}
	}
	cfg, err := os.ReadFile(filepath.Join(repo, "site.yaml"))
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dst, "site.yaml"), cfg, 0o644)
}
