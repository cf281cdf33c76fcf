package build_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/i18n"
	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/render"
)

// The benchmarks build a corpus made by ../shared/bench/gen-corpus and
// prepared by cmd/bench (content/, the repo's layouts/ and static/, a
// site.yaml), which leaves it in /dev/shm/site-bench:
//
//	go run ./cmd/bench --pages 1000 --runs 1 --edits 0
//	BENCH_CORPUS=/dev/shm/site-bench/corpus-1000 go test -run X -bench . ./internal/build
func corpus(b *testing.B) string {
	dir := os.Getenv("BENCH_CORPUS")
	if dir == "" {
		b.Skip("set BENCH_CORPUS to a corpus prepared by go run ./cmd/bench (see README, Benchmarks)")
	}
	return dir
}

// discard is a writer that keeps nothing, to time the build without I/O.
type discard struct{}

func (discard) WriteFile(string, []byte) error { return nil }

func BenchmarkFullBuildToMemory(b *testing.B) {
	dir := corpus(b)
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := build.Run(build.Options{Source: dir}, discard{}); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkFullBuildToDisk(b *testing.B) {
	dir := corpus(b)
	dest := filepath.Join(b.TempDir(), "public")
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		if _, err := build.ToDir(build.Options{Source: dir}, dest); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	dir := corpus(b)
	for i := 0; i < b.N; i++ {
		if _, _, err := build.Load(build.Options{Source: dir}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRebuildOnePageEdit times the dev server's rebuild after a text
// edit of one page, up to the reload event (the search index, written
// after it, is reported apart), and how many pages it rendered.
func BenchmarkRebuildOnePageEdit(b *testing.B) {
	dir := corpus(b)
	page := filepath.Join(dir, "content/en/sec-01/page-0001.md")
	orig, err := os.ReadFile(page)
	if err != nil {
		b.Fatal(err)
	}
	defer os.WriteFile(page, orig, 0o644)
	s := build.NewSession(build.Options{Source: dir, Dev: true, LateIndex: true})
	if _, err := s.Build(nil); err != nil {
		b.Fatal(err)
	}
	rendered := 0
	var index time.Duration
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		os.WriteFile(page, append(orig, []byte("\nEdit "+time.Now().String()+"\n")...), 0o644)
		out, err := s.Build([]string{"content/en/sec-01/page-0001.md"})
		if err != nil {
			b.Fatal(err)
		}
		rendered = len(out.Rendered)
		if out.Index != nil {
			b.StopTimer()
			t := time.Now()
			if _, err := out.Index(); err != nil {
				b.Fatal(err)
			}
			index += time.Since(t)
			b.StartTimer()
		}
	}
	b.ReportMetric(float64(rendered), "pages-rendered")
	b.ReportMetric(float64(index.Milliseconds())/float64(b.N), "index-ms/op")
}

// stages loads a corpus the way a build does, for the stage benchmarks.
func stages(b *testing.B) (*render.Renderer, *layout.Set) {
	dir := corpus(b)
	cfg, err := config.Load(dir)
	if err != nil {
		b.Fatal(err)
	}
	strs, _, err := i18n.Load(dir, cfg)
	if err != nil {
		b.Fatal(err)
	}
	layouts, err := layout.Load(dir, cfg, strs)
	if err != nil {
		b.Fatal(err)
	}
	site, _, err := content.Load(dir, cfg, content.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return &render.Renderer{Site: site, Layouts: layouts.Begin(nil), MD: markdown.New(markdown.Options{}), Root: dir, Cache: render.NewCache()}, layouts
}

// BenchmarkMarkdown converts every page (links resolved, anchors checked),
// without layouts or output.
func BenchmarkMarkdown(b *testing.B) {
	r, _ := stages(b)
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Cache = render.NewCache()
		if err := r.Convert(r.Site.Pages, nil, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkTemplates executes every page's layout, the Markdown already
// converted.
func BenchmarkTemplates(b *testing.B) {
	r, layouts := stages(b)
	if err := r.Convert(r.Site.Pages, nil, nil); err != nil {
		b.Fatal(err)
	}
	var stats render.Stats
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		r.Layouts = layouts.Begin(nil) // as each build does
		if err := r.Pages(r.Site.Pages, discard{}, &stats); err != nil {
			b.Fatal(err)
		}
	}
}
