package search_test

import (
	"os"
	"runtime"
	"sync"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/search"
)

// The benchmark indexes a corpus made by ../shared/bench/gen-corpus (see
// internal/build/bench_test.go), whether or not its site.yaml has search:
//
//	BENCH_CORPUS=/dev/shm/corpus go test -run X -bench Index ./internal/search
//
// It reports the time to index every page (Add, on all cores, as a build
// does) and to write the files, and the size of the files per page.
func BenchmarkIndex(b *testing.B) {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		b.Skip("set BENCH_CORPUS to a corpus prepared by go run ./cmd/bench (see README, Benchmarks)")
	}
	site, _, err := build.Load(build.Options{Source: dir})
	if err != nil {
		b.Fatal(err)
	}
	md := markdown.New(markdown.Options{Unsafe: site.Config.Markup.Unsafe})
	html := make([]string, len(site.Pages))
	for i, p := range site.Pages {
		res, _ := md.Convert(markdown.Input{Source: p.Body, Typographer: p.Typographer})
		html[i] = res.HTML
	}
	var size int
	b.ResetTimer()
	for b.Loop() {
		ix := search.New()
		addAll(ix, site.Pages, html)
		size = 0
		err := ix.Write(site, writerFunc(func(_ string, data []byte) error {
			size += len(data)
			return nil
		}))
		if err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(size)/float64(len(site.Pages)), "bytes/page")
}

func addAll(ix *search.Index, pages []*content.Page, html []string) {
	var wg sync.WaitGroup
	next := make(chan int)
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				ix.Add(pages[i], html[i])
			}
		}()
	}
	for i := range pages {
		next <- i
	}
	close(next)
	wg.Wait()
}

type writerFunc func(string, []byte) error

func (f writerFunc) WriteFile(name string, data []byte) error { return f(name, data) }
