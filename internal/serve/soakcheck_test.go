package serve_test

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
)

func (s *soak) logMemory(when string) (uint64, int) {
	heap, gor := s.measure()
	size := 0
	for _, f := range s.good {
		size += len(f)
	}
	s.t.Logf("%s: heap in use %.1f MB, %d goroutines; %d files served (%d kB), %d pages",
		when, float64(heap)/(1<<20), gor, len(s.good), size>>10, len(s.pages("en"))+len(s.pages("fr")))
	return heap, gor
}

// snapshot reads every file of the site.
func (s *soak) snapshot() map[string][]byte {
	files := map[string][]byte{}
	filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.Type().IsRegular() && !content.Ignored(d.Name()) {
			rel, _ := filepath.Rel(s.dir, p)
			files[filepath.ToSlash(rel)] = s.read(filepath.ToSlash(rel))
		}
		return nil
	})
	return files
}

// restore puts the folder back as in a snapshot: files it lacks are
// removed, with folders left empty, and the others written back.
func (s *soak) restore(files map[string][]byte) {
	now := s.snapshot()
	for name := range now {
		if _, ok := files[name]; !ok {
			if err := os.Remove(s.abs(name)); err != nil {
				s.t.Fatal(err)
			}
		}
	}
	var dirs []string
	filepath.WalkDir(s.dir, func(p string, d fs.DirEntry, err error) error {
		if err == nil && d.IsDir() && p != s.dir {
			dirs = append(dirs, p)
		}
		return nil
	})
	for i := len(dirs) - 1; i >= 0; i-- {
		os.Remove(dirs[i]) // only empty ones go
	}
	for name, data := range files {
		if !bytes.Equal(now[name], data) {
			s.write(name, data)
		}
	}
	s.broken = map[string][]byte{}
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if w, ok := b[k]; !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// settle waits for the rebuild a change causes, then until the server has
// been quiet for a while (a change can reach the watcher in two bursts).
func (s *soak) settle(what string) {
	s.t.Helper()
	select {
	case err := <-s.r.rebuilt:
		s.lastErr = err
		s.builds++
	case <-time.After(10 * time.Second):
		s.t.Fatalf("no rebuild within 10 s after: %s", what)
	}
	for {
		select {
		case err := <-s.r.rebuilt:
			s.lastErr = err
			s.builds++
		case <-time.After(250 * time.Millisecond):
			if s.lastErr != nil {
				s.fails++
			}
			return
		}
	}
}

// verify compares everything the server serves with a fresh full build of
// the folder, or with the last good one when the site is broken.
func (s *soak) verify(what string) {
	s.t.Helper()
	mem := output.NewMemory()
	// The options the server builds with: its own address as the base
	// URL, and Dev (assets keep their names).
	_, err := build.Run(build.Options{Source: s.dir, BaseURL: s.base, Dev: true}, mem)
	switch {
	case err != nil && len(s.broken) == 0:
		s.t.Fatalf("after %s: the site does not build, and the test did not mean to break it:\n%v", what, err)
	case err == nil && len(s.broken) > 0:
		s.t.Fatalf("after %s: pages %v were broken on purpose, yet the site builds", what, s.broken)
	case (err == nil) != (s.lastErr == nil):
		s.t.Fatalf("after %s: a fresh build says %v, the server's last rebuild %v", what, err, s.lastErr)
	}
	want := s.good
	if err == nil {
		want = mem.Files()
		s.good = want
	}
	var bad []string
	for name, data := range want {
		s.seen[name] = true
		code, got := s.get("/" + name)
		if strings.HasSuffix(name, ".html") {
			data = injected(data)
		}
		if code != 200 || !bytes.Equal(got, data) {
			bad = append(bad, fmt.Sprintf("%s: %d, %d bytes, want 200, %d bytes%s", name, code, len(got), len(data), firstDiff(got, data)))
		}
	}
	for name := range s.seen {
		if _, ok := want[name]; ok {
			continue
		}
		if code, _ := s.get("/" + name); code != 404 {
			bad = append(bad, fmt.Sprintf("%s: %d, want 404 (no longer in the site)", name, code))
		}
	}
	if len(bad) > 0 {
		sort.Strings(bad)
		if len(bad) > 10 {
			bad = append(bad[:10], fmt.Sprintf("… and %d more", len(bad)-10))
		}
		broken := ""
		if err != nil {
			broken = " (the site is broken on purpose: the last good build should be served)"
		}
		s.t.Fatalf("after %s%s, %d files served wrong:\n%s", what, broken, len(bad), strings.Join(bad, "\n"))
	}
}

func firstDiff(a, b []byte) string {
	i := 0
	for i < len(a) && i < len(b) && a[i] == b[i] {
		i++
	}
	if i == len(a) && i == len(b) {
		return ""
	}
	from := max(0, i-60)
	return fmt.Sprintf("\n    served: %q\n    wanted: %q", a[from:min(len(a), i+60)], b[from:min(len(b), i+60)])
}

// injected is a page as the server sends it: with the reload script just
// after <head>, or else before its last </body> (or at its end), as
// serve.inject does.
func injected(page []byte) []byte {
	const tag = `<script src="/__site/reload.js" defer></script>`
	i := bytes.Index(page, []byte("<head>")) + len("<head>")
	if i < len("<head>") {
		i = bytes.LastIndex(page, []byte("</body>"))
	}
	if i < 0 {
		return append(append([]byte{}, page...), tag...)
	}
	return append(append(append([]byte{}, page[:i]...), tag...), page[i:]...)
}

func (s *soak) get(path string) (int, []byte) {
	s.t.Helper()
	resp, err := s.client.Get(s.r.url + path)
	if err != nil {
		s.t.Fatalf("GET %s: %v", path, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		s.t.Fatalf("GET %s: %v", path, err)
	}
	return resp.StatusCode, b
}

// openEvents opens the event stream as a page does and reads its first
// event.
func (s *soak) openEvents() io.Closer {
	s.t.Helper()
	resp, err := http.Get(s.r.url + "/__site/events")
	if err != nil {
		s.t.Fatal(err)
	}
	first := make(chan bool, 1)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if strings.HasPrefix(sc.Text(), "event: ") {
				select {
				case first <- true:
				default:
				}
			}
		}
	}()
	select {
	case <-first:
	case <-time.After(5 * time.Second):
		s.t.Fatal("no first event on the event stream")
	}
	return resp.Body
}

// measure returns the heap in use after a GC and the number of goroutines,
// once idle connections are closed and the count has settled.
func (s *soak) measure() (uint64, int) {
	s.client.Transport.(*http.Transport).CloseIdleConnections()
	n := runtime.NumGoroutine()
	for i := 0; i < 20; i++ {
		time.Sleep(50 * time.Millisecond)
		m := runtime.NumGoroutine()
		if m == n {
			break
		}
		n = m
	}
	runtime.GC()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	return ms.HeapInuse, runtime.NumGoroutine()
}
