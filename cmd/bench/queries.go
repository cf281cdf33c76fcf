package main

// The query set of the search benchmark (search.go), and its run in
// headless Chromium against both engines.

import (
	"bytes"
	"compress/gzip"
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/chromedp/cdproto/cdp"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"

	"github.com/wazc/site/internal/browsertest"
)

// query is one query of the set, with the page it is meant to find.
type query struct {
	lang, kind, q string
	targets       []string // the URL paths of the pages it should find
}

var (
	titleRe = regexp.MustCompile(`(?m)^title: "?(.*?)"?$`)
	wordRe  = regexp.MustCompile(`[\p{L}\p{M}]{6,}`)
)

// querySet makes the queries from the corpus: for pages picked at even
// steps in each language, the exact title, the page's rarest word, its
// first five letters, the word with a letter changed, and the page's two
// rarest words. A hit is, in the top three, the page for a title, a page
// with the word (or both words) for the others: the corpus's vocabulary is
// small, its rarest words are on many pages.
func querySet(content string, langs []string) ([]query, error) {
	var qs []query
	for _, lang := range langs {
		var files []string
		filepath.Walk(filepath.Join(content, lang), func(p string, info os.FileInfo, err error) error {
			if err == nil && strings.HasSuffix(p, ".md") && !strings.HasSuffix(p, "_index.md") {
				files = append(files, p)
			}
			return nil
		})
		sort.Strings(files)
		df := map[string]int{}
		on := map[string]map[int]bool{} // word → pages
		url := func(i int) string {
			rel, _ := filepath.Rel(content, files[i])
			return "/" + strings.TrimSuffix(filepath.ToSlash(rel), ".md") + "/"
		}
		words := make([][]string, len(files))
		for i, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				return nil, err
			}
			src = prose(src)
			seen := map[string]bool{}
			for _, w := range wordRe.FindAllString(strings.ToLower(string(src)), -1) {
				if !seen[w] {
					seen[w] = true
					df[w]++
					words[i] = append(words[i], w)
					if on[w] == nil {
						on[w] = map[int]bool{}
					}
					on[w][i] = true
				}
			}
		}
		for k := 0; k < 2; k++ {
			i := (k*len(files))/2 + len(files)/5
			raw, _ := os.ReadFile(files[i])
			ws := append([]string(nil), words[i]...)
			sort.SliceStable(ws, func(a, b int) bool { return df[ws[a]] < df[ws[b]] || df[ws[a]] == df[ws[b]] && ws[a] < ws[b] })
			if m := titleRe.FindSubmatch(raw); m != nil {
				qs = append(qs, query{lang, "exact title", string(m[1]), []string{url(i)}})
			}
			if len(ws) < 2 {
				continue
			}
			with := func(all ...string) []string {
				var out []string
				for p := range on[all[0]] {
					if len(all) == 1 || on[all[1]][p] {
						out = append(out, url(p))
					}
				}
				return out
			}
			rare := []rune(ws[0])
			typo := append([]rune(nil), rare...)
			mid := len(typo) / 2
			typo[mid], typo[mid+1] = typo[mid+1], typo[mid]
			if typo[mid] == typo[mid+1] {
				typo[mid] = 'x'
			}
			qs = append(qs,
				query{lang, "rare word", ws[0], with(ws[0])},
				query{lang, "partial word", string(rare[:5]), with(ws[0])},
				query{lang, "one typo", string(typo), with(ws[0])},
				query{lang, "two words", ws[0] + " " + ws[1], with(ws[0], ws[1])})
		}
	}
	return qs, nil
}

var (
	frontRe = regexp.MustCompile(`(?s)\A---\n.*?\n---\n`)
	linkRe  = regexp.MustCompile(`\]\([^)]*\)`)
)

// prose is the text of a page's Markdown that readers search: without
// front matter and link targets (code is searched too).
func prose(src []byte) []byte {
	src = frontRe.ReplaceAll(src, nil)
	return linkRe.ReplaceAll(src, []byte("]"))
}

// request is one file the browser asked for during a query.
type request struct {
	path       string
	start, end time.Time
	bytes      int // as gzip sends it, or as is when that is smaller
}

type recorder struct {
	mu   sync.Mutex
	log  []request
	root string
	gz   sync.Map // path → gzipped size
}

func (rec *recorder) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	start := time.Now()
	http.FileServer(http.Dir(rec.root)).ServeHTTP(w, r)
	p := r.URL.Path
	if strings.HasSuffix(p, "/") {
		p += "index.html"
	}
	size, ok := rec.gz.Load(p)
	if !ok {
		data, _ := os.ReadFile(filepath.Join(rec.root, filepath.FromSlash(p)))
		var b bytes.Buffer
		z := gzip.NewWriter(&b)
		z.Write(data)
		z.Close()
		size = min(len(data), b.Len())
		rec.gz.Store(p, size)
	}
	rec.mu.Lock()
	rec.log = append(rec.log, request{p, start, time.Now(), size.(int)})
	rec.mu.Unlock()
}

func (rec *recorder) take() []request {
	rec.mu.Lock()
	defer rec.mu.Unlock()
	l := rec.log
	rec.log = nil
	return l
}

// rounds counts the sequential round trips of a query: the kinds of
// file it loaded, each of which an engine can only ask for once it has
// the one before. (Timing the requests does not tell: the browser queues
// more than six at once to one host.)
func rounds(log []request) int {
	kinds := []*regexp.Regexp{
		// site: manifest, then chunks, then bundles.
		regexp.MustCompile(`/search/manifest\.js$`), regexp.MustCompile(`/search/t[0-9a-f]+\.js$`), regexp.MustCompile(`/search/r[0-9a-f]+\.js$`),
		// Pagefind: its script, then its entry file (the worker beside
		// it), then the language's meta file and wasm, then index chunks,
		// then fragments.
		regexp.MustCompile(`/pagefind/pagefind\.js$`), regexp.MustCompile(`/pagefind-entry\.json$`), regexp.MustCompile(`\.pf_meta$`),
		regexp.MustCompile(`\.pf_index$`), regexp.MustCompile(`\.pf_fragment$`),
	}
	n := 0
	for _, k := range kinds {
		for _, r := range log {
			if k.MatchString(r.path) {
				n++
				break
			}
		}
	}
	return n
}

// verbose, from $BENCH_VERBOSE, adds the requests and the results of
// misses to the table.
var verbose = os.Getenv("BENCH_VERBOSE") != ""

type engineStats struct {
	hits           map[string]int
	total          map[string]int
	bytes, rounds  []int
	maxBytes, maxR int
}

// compare serves pub and runs every query with both engines.
// shown is the number of results the search box shows first (PAGE in
// static/js/search.js): a reader's first query loads their data.
const shown = 5

func compare(pub string, qs []query, withPagefind bool) error {
	path := browsertest.Path()
	if path == "" {
		fmt.Println("\n# no Chromium: queries not run")
		return nil
	}
	rec := &recorder{root: pub}
	srv := httptest.NewServer(rec)
	defer srv.Close()
	opts := append(chromedp.DefaultExecAllocatorOptions[:], chromedp.ExecPath(path), chromedp.NoSandbox, chromedp.Flag("disable-gpu", true))
	actx, cancelA := chromedp.NewExecAllocator(context.Background(), opts...)
	defer cancelA()
	ctx, cancel := chromedp.NewContext(actx)
	defer cancel()
	if err := chromedp.Do(ctx, chromedp.Navigate("about:blank"), chromedp.Func(func(ctx context.Context, t *chromedp.Target) error {
		if _, err := cdp.Call(ctx, t, network.Enable, network.EnableParams{}); err != nil {
			return err
		}
		_, err := cdp.Call(ctx, t, network.SetCacheDisabled, network.SetCacheDisabledParams{CacheDisabled: true})
		return err
	})); err != nil {
		return err
	}
	engine, _ := filepath.Glob(filepath.Join(pub, "js", "search.*.js"))
	engineBytes := 0
	if len(engine) > 0 {
		rel, _ := filepath.Rel(pub, engine[0])
		r := httptest.NewRecorder()
		rec.ServeHTTP(r, httptest.NewRequest("GET", "/"+filepath.ToSlash(rel), nil))
		engineBytes = rec.take()[0].bytes
	}
	scripts := map[string]string{
		// What the search box shows first: the results' data is loaded
		// for as many.
		"site": `window.siteSearch(%q, ` + fmt.Sprint(shown) + `).then(r => r.map(x => x.url))`,
		"Pagefind": `(async () => { const pf = await import("/pagefind/pagefind.js"); const r = await pf.search(%q);
			const d = await Promise.all(r.results.slice(0, ` + fmt.Sprint(shown) + `).map(x => x.data())); return d.map(x => x.url); })()`,
	}
	engines := []string{"site"}
	if withPagefind {
		engines = append(engines, "Pagefind")
	}
	stats := map[string]*engineStats{}
	fmt.Printf("\n| query | language | kind | site top 3 | Pagefind top 3 |\n|---|---|---|---|---|\n")
	for _, q := range qs {
		line := fmt.Sprintf("| %s | %s | %s |", q.q, q.lang, q.kind)
		for _, name := range engines {
			st := stats[name]
			if st == nil {
				st = &engineStats{hits: map[string]int{}, total: map[string]int{}}
				stats[name] = st
			}
			if err := chromedp.Do(ctx, chromedp.Navigate(srv.URL+"/"+q.lang+"/")); err != nil {
				return err
			}
			time.Sleep(300 * time.Millisecond) // deferred scripts
			rec.take()
			tctx, cancel := context.WithTimeout(ctx, 30*time.Second)
			urls, err := chromedp.Run(tctx, chromedp.Evaluate[[]string](fmt.Sprintf(scripts[name], q.q), chromedp.EvalAwaitPromise))
			cancel()
			log := rec.take()
			if err != nil {
				line += fmt.Sprintf(" error: %v |", err)
				continue
			}
			b := 0
			for _, r := range log {
				b += r.bytes
			}
			if name == "site" {
				b += engineBytes // loaded with the page, deferred
			}
			st.bytes = append(st.bytes, b)
			st.rounds = append(st.rounds, rounds(log))
			st.maxBytes, st.maxR = max(st.maxBytes, b), max(st.maxR, rounds(log))
			hit := false
			for _, u := range urls[:min(3, len(urls))] {
				for _, t := range q.targets {
					if strings.HasSuffix(strings.TrimSuffix(u, "index.html"), t) {
						hit = true
					}
				}
			}
			st.total[q.kind]++
			mark := "miss"
			if hit {
				st.hits[q.kind]++
				mark = "hit"
			}
			if !hit && verbose {
				mark += fmt.Sprintf(" %v want %.3v", urls, q.targets)
			}
			if verbose {
				var ps []string
				for _, r := range log {
					ps = append(ps, fmt.Sprintf("%s@%d-%d", r.path, r.start.Sub(log[0].start).Milliseconds(), r.end.Sub(log[0].start).Milliseconds()))
				}
				mark += " " + strings.Join(ps, " ")
			}
			line += fmt.Sprintf(" %s (%.1f KB, %d trips) |", mark, float64(b)/1024, rounds(log))
		}
		fmt.Println(line)
	}
	fmt.Printf("\n| first query | site | Pagefind |\n|---|---|---|\n")
	med := func(v []int) int {
		if len(v) == 0 {
			return 0
		}
		c := append([]int(nil), v...)
		sort.Ints(c)
		return c[len(c)/2]
	}
	s, p := stats["site"], stats["Pagefind"]
	if p == nil {
		p = &engineStats{} // --anchors without pagefind
	}
	fmt.Printf("| gzipped bytes, median (site: with the engine) | %.1f KB | %.1f KB |\n", float64(med(s.bytes))/1024, float64(med(p.bytes))/1024)
	fmt.Printf("| gzipped bytes, most | %.1f KB | %.1f KB |\n", float64(s.maxBytes)/1024, float64(p.maxBytes)/1024)
	fmt.Printf("| sequential round trips, median / most | %d / %d | %d / %d |\n", med(s.rounds), s.maxR, med(p.rounds), p.maxR)
	var kinds []string
	for k := range s.total {
		kinds = append(kinds, k)
	}
	sort.Strings(kinds)
	sh, ph, n := 0, 0, 0
	for _, k := range kinds {
		fmt.Printf("| top-3 hits, %s | %d / %d | %d / %d |\n", k, s.hits[k], s.total[k], p.hits[k], p.total[k])
		sh, ph, n = sh+s.hits[k], ph+p.hits[k], n+s.total[k]
	}
	fmt.Printf("| top-3 hit rate, all %d queries | %.0f%% | %.0f%% |\n", n, 100*float64(sh)/float64(max(1, n)), 100*float64(ph)/float64(max(1, n)))
	return nil
}
