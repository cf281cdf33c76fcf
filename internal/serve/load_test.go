package serve_test

import (
	"context"
	"fmt"
	"io"
	"math/rand"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/sitetest"
)

const loadPages = 10

var roundRe = regexp.MustCompile(`round-(\d+)-`)

// TestLoadServe has 100 loopback clients request random pages for
// SITE_LOAD seconds while every page of the site (10 pages and a static
// file) is rewritten with a new round number every 200 ms. Every response
// must be a 200 whose body belongs to one build: all the round numbers in
// it are the same; and for each client and path the round never goes
// back. No request may fail. It reports the requests served and the
// latency.
func TestLoadServe(t *testing.T) {
	secs, _ := strconv.Atoi(os.Getenv("SITE_LOAD"))
	if secs <= 0 {
		t.Skip("a load test: run with SITE_LOAD=seconds, e.g. SITE_LOAD=20")
	}
	if secs > 600 {
		secs = 600
	}
	dir := sitetest.Write(t, `
-- site.yaml --
languages:
  - code: en
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title></head>
<body><nav>{{range .Site.Home.Children}}<a href="{{.RelPermalink}}">{{.Title}}</a> {{end}}</nav>
{{block "main" .}}{{end}}</body></html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}{{end}}
`)
	// writeRound writes every file of round n, each atomically (a hidden
	// temporary file renamed over it), so a build never reads half a file.
	writeRound := func(n int) {
		put := func(name, data string) {
			p := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(p), 0o755)
			tmp := filepath.Join(filepath.Dir(p), "."+filepath.Base(p)+".tmp")
			if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
				t.Error(err)
			}
			if err := os.Rename(tmp, p); err != nil {
				t.Error(err)
			}
		}
		put("content/en/_index.md", fmt.Sprintf("---\ntitle: Home\n---\nThe home, round-%d-begin.\n\nEnd of round-%d-end.\n", n, n))
		for i := 0; i < loadPages; i++ {
			put(fmt.Sprintf("content/en/p%d.md", i), fmt.Sprintf("---\ntitle: Page %d\nweight: %d\n---\n## Page %d\n\nThis is round-%d-begin of page %d.\n\n%s\n\nEnd of round-%d-end.\n",
				i, i+1, i, n, i, strings.Repeat("Some text to make the page a little longer. ", 20), n))
		}
		put("static/version.txt", fmt.Sprintf("round-%d-static\n", n))
	}
	writeRound(1)
	paths := []string{"/en/", "/version.txt"}
	for i := 0; i < loadPages; i++ {
		paths = append(paths, fmt.Sprintf("/en/p%d/", i))
	}

	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	var rebuilds, rebuildErrs atomic.Int64
	var firstErr atomic.Value
	first := make(chan struct{})
	var once sync.Once
	srv.Rebuilt = func(_ []string, _ *build.Outcome, err error) {
		rebuilds.Add(1)
		if err != nil {
			rebuildErrs.Add(1)
			firstErr.CompareAndSwap(nil, err.Error())
		}
		once.Do(func() { close(first) })
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	base := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	defer func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("server: %v", err)
		}
	}()
	select {
	case <-first:
	case <-time.After(10 * time.Second):
		t.Fatal("no first build within 10 s")
	}
	// The watcher starts only after the first build (see
	// TestServeSeesChangesMadeBeforeItWatches); a lost round 2 would not
	// matter, as each round rewrites every file.
	time.Sleep(200 * time.Millisecond)

	deadline := time.Now().Add(time.Duration(secs) * time.Second)
	var round atomic.Int64
	round.Store(1)
	writerDone := make(chan struct{})
	go func() {
		defer close(writerDone)
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for n := 2; n <= secs*5+10 && time.Now().Before(deadline); n++ {
			<-tick.C
			writeRound(n)
			round.Store(int64(n))
		}
	}()

	const clients = 100
	tr := &http.Transport{MaxIdleConnsPerHost: clients, DisableCompression: true}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 10 * time.Second}
	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []string
		failed    int
		maxSeen   int
	)
	fail := func(format string, args ...any) {
		mu.Lock()
		defer mu.Unlock()
		failed++
		if len(failures) < 10 {
			failures = append(failures, fmt.Sprintf(format, args...))
		}
	}
	var wg sync.WaitGroup
	for c := 0; c < clients; c++ {
		wg.Add(1)
		go func(c int) {
			defer wg.Done()
			rnd := rand.New(rand.NewSource(int64(c)))
			last := map[string]int{}
			var lat []time.Duration
			top := 0
			for i := 0; i < 1_000_000 && time.Now().Before(deadline); i++ {
				p := paths[rnd.Intn(len(paths))]
				start := time.Now()
				resp, err := client.Get(base + p)
				if err != nil {
					fail("client %d: GET %s: %v", c, p, err)
					continue
				}
				body, err := io.ReadAll(resp.Body)
				resp.Body.Close()
				lat = append(lat, time.Since(start))
				if err != nil || resp.StatusCode != 200 {
					fail("client %d: GET %s: %d %v", c, p, resp.StatusCode, err)
					continue
				}
				rounds := map[int]bool{}
				for _, m := range roundRe.FindAllSubmatch(body, -1) {
					n, _ := strconv.Atoi(string(m[1]))
					rounds[n] = true
				}
				if len(rounds) != 1 {
					fail("client %d: GET %s: round numbers %v in one body, want exactly one:\n%.300s", c, p, keys(rounds), body)
					continue
				}
				n := keys(rounds)[0]
				if n < last[p] {
					fail("client %d: GET %s: round %d after round %d", c, p, n, last[p])
				}
				last[p] = n
				top = max(top, n)
			}
			mu.Lock()
			latencies = append(latencies, lat...)
			maxSeen = max(maxSeen, top)
			mu.Unlock()
		}(c)
	}
	wg.Wait()
	<-writerDone

	// The server must have kept up: once the last round is built, every
	// path shows it.
	final := int(round.Load())
	settled := time.Now().Add(10 * time.Second)
	for _, p := range paths {
		for {
			resp, err := client.Get(base + p)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if strings.Contains(string(body), fmt.Sprintf("round-%d-", final)) {
				break
			}
			if time.Now().After(settled) {
				t.Fatalf("GET %s does not show the last round %d 10 s after it was written:\n%s", p, final, body)
			}
			time.Sleep(50 * time.Millisecond)
		}
	}

	sort.Slice(latencies, func(i, j int) bool { return latencies[i] < latencies[j] })
	pct := func(q float64) time.Duration {
		if len(latencies) == 0 {
			return 0
		}
		return latencies[int(q*float64(len(latencies)-1))]
	}
	t.Logf("%d s, %d clients: %d requests (%.0f/s), %d failed; latency p50 %s, p99 %s, max %s; %d rounds written, highest seen %d; %d rebuilds, %d failed",
		secs, clients, len(latencies), float64(len(latencies))/float64(secs), failed,
		pct(0.50), pct(0.99), pct(1), final, maxSeen, rebuilds.Load(), rebuildErrs.Load())
	if failed > 0 {
		t.Errorf("%d requests failed; the first ones:\n%s", failed, strings.Join(failures, "\n"))
	}
	if n := rebuildErrs.Load(); n > 0 {
		t.Errorf("%d rebuilds failed, the first with: %v", n, firstErr.Load())
	}
	if len(latencies) == 0 {
		t.Error("no request was made")
	}
}

func keys(m map[int]bool) []int {
	var out []int
	for k := range m {
		out = append(out, k)
	}
	sort.Ints(out)
	return out
}
