package serve_test

import (
	"bufio"
	"bytes"
	"context"
	"fmt"
	"io"
	"io/fs"
	"math/rand"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/sitetest"
)

// soakSite is a site in two languages whose layouts show what incremental
// rebuilds must keep right: the top sections on every page, breadcrumbs,
// section listings, previous/next, the language switcher, hreflang
// alternates, the table of contents and each translation's status.
const soakSite = `
-- site.yaml --
baseURL: https://example.org/
title: Soak
languages:
  - code: en
  - code: fr
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title>
<link rel="canonical" href="{{.Canonical}}">
{{range .Alternates}}<link rel="alternate" hreflang="{{.HrefLang}}" href="{{.URL}}">
{{end}}</head>
<body>
<nav class="top">{{range .Site.Sections}}<a href="{{.RelPermalink}}">{{.Title}}</a> {{end}}</nav>
<nav class="langs">{{range .LangLinks}}<a href="{{.URL}}">{{.Lang.Code}}{{if .Missing}} (missing){{end}}</a> {{end}}</nav>
<nav class="crumbs">{{range .Ancestors}}<a href="{{.RelPermalink}}">{{.Title}}</a> / {{end}}</nav>
{{block "main" .}}{{end}}
<!-- layout v0 -->
</body></html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1><p class="status">{{.Status}}</p>
<aside>{{.TOC}}</aside>
<article>{{.Content}}</article>
<p>{{with .Prev}}prev: <a href="{{.RelPermalink}}">{{.Title}}</a>{{end}} {{with .Next}}next: <a href="{{.RelPermalink}}">{{.Title}}</a>{{end}}</p>{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1><article>{{.Content}}</article>
<ul>{{range .Children}}<li><a href="{{.RelPermalink}}">{{.Title}}</a> ({{.Weight}})</li>{{end}}</ul>{{end}}
-- layouts/404.html --
{{define "main"}}<h1>Not here</h1>{{end}}
-- layouts/i18n/en.yaml --
x: x
-- layouts/i18n/fr.yaml --
x: x
-- content/en/_index.md --
---
title: Home
---
Welcome. [Self](/en/_index.md)
-- content/fr/_index.md --
---
title: Accueil
---
Bienvenue.
-- static/css/site.css --
body { color: black }
`

// soak is the state of a soak test: the site on disk, the server, and
// what has been served.
type soak struct {
	t       *testing.T
	r       *running
	rnd     *rand.Rand
	dir     string
	base    string
	client  *http.Client
	n       int               // counter for fresh names
	broken  map[string][]byte // page (slash path from dir) → its good source
	good    map[string][]byte // the last good fresh build
	seen    map[string]bool   // every file any good build had
	lastErr error             // of the server's last rebuild
	builds  int
	fails   int
}

// TestSoakServe makes N random changes to a served site (edits, creates,
// deletes and renames of pages, sections and translations in two
// languages, static files and a layout; front matter broken, then fixed
// after a few more changes) with a fixed seed. After each change settles
// it compares every file the server serves with a fresh full build of the
// same folder (or, while a page is broken, with the last good one), and
// checks that the files the site no longer has are 404. At the end the
// server's heap in use and goroutines must be within 10% of what they
// were after 50 changes. Run it with SITE_SOAK=200 (SITE_SOAK_SEED=S
// picks another seed than 1).
func TestSoakServe(t *testing.T) {
	n, _ := strconv.Atoi(os.Getenv("SITE_SOAK"))
	if n <= 0 {
		t.Skip("a soak test: run with SITE_SOAK=N (number of changes, e.g. 200), optionally SITE_SOAK_SEED=S")
	}
	seed := int64(1)
	if s := os.Getenv("SITE_SOAK_SEED"); s != "" {
		seed, _ = strconv.ParseInt(s, 10, 64)
	}
	dir := sitetest.Write(t, soakSite)
	s := &soak{t: t, rnd: rand.New(rand.NewSource(seed)), dir: dir, broken: map[string][]byte{}, seen: map[string]bool{}}
	// A starting site: a few sections with pages, some translated.
	for i := 0; i < 4; i++ {
		sec := s.fresh("s")
		s.write("content/en/"+sec+"/_index.md", s.page("Section "+sec, 0, 1))
		for j := 0; j < 8; j++ {
			s.write("content/en/"+sec+"/"+s.fresh("p")+".md", s.page("", 0, 2))
		}
	}
	for j := 0; j < 4; j++ {
		s.write("content/en/"+s.fresh("p")+".md", s.page("", 0, 2))
	}
	for _, p := range s.pages("en") {
		if s.rnd.Intn(3) == 0 {
			s.translate(p)
		}
	}
	s.r = startWatching(t, dir)
	s.base = s.r.url + "/"
	tr := &http.Transport{MaxIdleConnsPerHost: 8}
	s.client = &http.Client{Transport: tr, Timeout: 10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	defer tr.CloseIdleConnections()
	// One page stays open all along, as in a browser.
	events := s.openEvents()
	defer events.Close()
	s.verify("first build")

	// Memory is compared between the first good build after 50 changes
	// and the end, when the folder is put back exactly as it was then (as
	// a checkout of an earlier commit would): the same site, so any growth
	// is what the server kept of the changes in between.
	var (
		heap0    uint64
		gor0     int
		at       int
		snapshot map[string][]byte
		goodThen map[string][]byte
	)
	survived := 0
	defer func() {
		t.Logf("edits survived: %d of %d (seed %d; %d rebuilds, %d failed as meant)", survived, n, seed, s.builds, s.fails)
	}()
	for i := 1; i <= n; i++ {
		what := s.change()
		s.settle(what)
		s.verify(fmt.Sprintf("change %d (%s)", i, what))
		// A page reloads: its event stream closes and another opens.
		s.openEvents().Close()
		survived = i
		if i%50 == 0 {
			s.logMemory(fmt.Sprintf("after %d changes", i))
		}
		if snapshot == nil && i >= 50 && len(s.broken) == 0 {
			at, snapshot, goodThen = i, s.snapshot(), s.good
			heap0, gor0 = s.logMemory(fmt.Sprintf("after %d changes (the reference)", i))
		}
	}
	if snapshot == nil {
		t.Logf("fewer than 50 good changes: memory not compared")
		return
	}
	s.restore(snapshot)
	s.settle("restore")
	s.verify(fmt.Sprintf("the folder was put back as it was after change %d", at))
	if !sameFiles(s.good, goodThen) {
		t.Errorf("the folder as it was after change %d does not build to the same files as then", at)
	}
	heap, gor := s.logMemory(fmt.Sprintf("after %d changes and the folder put back as after change %d", n, at))
	// 10%, with a floor for small numbers: 512 kB of heap (garbage of
	// the last rebuilds that a GC leaves in spans still in use, the test's
	// own list of every file ever served) and 3 goroutines (connections
	// closing, the watcher's timer).
	if float64(heap) > float64(heap0)*1.1 && heap-heap0 > 512<<10 {
		t.Errorf("heap in use grew from %.1f MB after change %d to %.1f MB for the same site after %d changes",
			float64(heap0)/(1<<20), at, float64(heap)/(1<<20), n)
	}
	if float64(gor) > float64(gor0)*1.1 && gor-gor0 > 3 {
		t.Errorf("goroutines grew from %d after change %d to %d for the same site after %d changes", gor0, at, gor, n)
	}
}

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

// fresh returns a name not used before.
func (s *soak) fresh(prefix string) string {
	s.n++
	return fmt.Sprintf("%s%03d", prefix, s.n)
}

// page makes a page's source: front matter, then a body of a random size
// with headings, a list and a link to the home.
func (s *soak) page(title string, weight, headings int) []byte {
	if title == "" {
		title = "Page " + s.fresh("t")
	}
	var b bytes.Buffer
	fmt.Fprintf(&b, "---\ntitle: %s\n", title)
	if weight == 0 && s.rnd.Intn(2) == 0 {
		weight = 1 + s.rnd.Intn(9)
	}
	if weight > 0 {
		fmt.Fprintf(&b, "weight: %d\n", weight)
	}
	b.WriteString("---\n")
	paras := 1 + s.rnd.Intn(12)
	for i := 0; i < paras; i++ {
		if i < headings {
			fmt.Fprintf(&b, "## Part %d\n\n", i)
		}
		fmt.Fprintf(&b, "Text %d of %s, *revision* %d, with a [link home](/%s/_index.md) and \"quotes\" -- dashes.\n",
			i, title, s.rnd.Intn(1000000), "en")
		b.WriteString(strings.Repeat("More words to give the page some weight. ", 5+s.rnd.Intn(40)))
		b.WriteString("\n\n- one\n- two\n\n")
	}
	return b.Bytes()
}

func (s *soak) abs(rel string) string { return filepath.Join(s.dir, filepath.FromSlash(rel)) }

// write writes a file atomically (a hidden temporary file renamed into
// place, as careful editors do), so the server never reads half a file.
func (s *soak) write(rel string, data []byte) {
	s.t.Helper()
	p := s.abs(rel)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		s.t.Fatal(err)
	}
	tmp := filepath.Join(filepath.Dir(p), "."+filepath.Base(p)+".tmp")
	if err := os.WriteFile(tmp, data, 0o644); err != nil {
		s.t.Fatal(err)
	}
	if err := os.Rename(tmp, p); err != nil {
		s.t.Fatal(err)
	}
}

func (s *soak) read(rel string) []byte {
	s.t.Helper()
	b, err := os.ReadFile(s.abs(rel))
	if err != nil {
		s.t.Fatal(err)
	}
	return b
}

// pages lists the pages of a language (slash paths from the site root),
// sorted, except its home.
func (s *soak) pages(lang string) []string {
	var out []string
	filepath.WalkDir(s.abs("content/"+lang), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") && !content.Ignored(d.Name()) {
			rel, _ := filepath.Rel(s.dir, p)
			if rel = filepath.ToSlash(rel); rel != "content/"+lang+"/_index.md" {
				out = append(out, rel)
			}
		}
		return nil
	})
	sort.Strings(out)
	return out
}

// sections lists the top sections of a language (slash paths).
func (s *soak) sections(lang string) []string {
	entries, _ := os.ReadDir(s.abs("content/" + lang))
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, "content/"+lang+"/"+e.Name())
		}
	}
	return out
}

func (s *soak) pick(list []string) string {
	if len(list) == 0 {
		return ""
	}
	return list[s.rnd.Intn(len(list))]
}

// healthy are the pages that are not broken on purpose.
func (s *soak) healthy(lang string) []string {
	var out []string
	for _, p := range s.pages(lang) {
		if s.broken[p] == nil {
			out = append(out, p)
		}
	}
	return out
}

// translate writes the French version of an English page, marked as
// translated from its current source half of the time.
func (s *soak) translate(en string) {
	fr := "content/fr/" + strings.TrimPrefix(en, "content/en/")
	src := s.page("Traduction "+s.fresh("f"), 0, 1)
	if s.rnd.Intn(2) == 0 {
		digest := content.Digest(content.Normalize(s.read(en)))
		src = append([]byte("---\ntranslationOf: \""+digest+"\"\n"), bytes.TrimPrefix(src, []byte("---\n"))...)
	}
	s.write(fr, src)
}

// change makes one random change and says what it was.
func (s *soak) change() string {
	count := len(s.pages("en")) + len(s.pages("fr"))
	// Keep the site near 60 pages, so that memory can be compared from
	// start to end: below 50 pages nothing is deleted, above 70 nothing is
	// created.
	few, many := count < 50, count > 70
	// A broken page is fixed after a few other changes, which the fixed
	// build must all show.
	if len(s.broken) > 0 && s.rnd.Intn(3) == 0 {
		for p, src := range s.broken {
			s.write(p, src)
			delete(s.broken, p)
			return "fix front matter of " + p
		}
	}
	for {
		switch k := s.rnd.Intn(1000); {
		case k < 180: // edit a page's text
			p := s.pick(s.healthy(s.lang()))
			if p == "" {
				continue
			}
			src := s.read(p)
			fm, _, _ := bytes.Cut(bytes.TrimPrefix(src, []byte("---\n")), []byte("\n---\n"))
			body := s.page("x", 0, s.rnd.Intn(4))
			_, body, _ = bytes.Cut(bytes.TrimPrefix(body, []byte("---\n")), []byte("\n---\n"))
			s.write(p, append(append(append([]byte("---\n"), fm...), "\n---\n"...), body...))
			return "edit text of " + p
		case k < 280: // change a page's title or weight
			p := s.pick(s.healthy(s.lang()))
			if p == "" {
				continue
			}
			src := string(s.read(p))
			lines := strings.Split(src, "\n")
			for i, l := range lines {
				if strings.HasPrefix(l, "title: ") && s.rnd.Intn(2) == 0 {
					lines[i] = "title: Retitled " + s.fresh("r")
				} else if strings.HasPrefix(l, "weight: ") {
					lines[i] = fmt.Sprintf("weight: %d", 1+s.rnd.Intn(9))
				}
			}
			s.write(p, []byte(strings.Join(lines, "\n")))
			return "edit front matter of " + p
		case k < 420: // new page
			if many {
				continue
			}
			dir := s.pick(append(s.sections("en"), "content/en"))
			p := dir + "/" + s.fresh("p") + ".md"
			s.write(p, s.page("", 0, 2))
			return "create " + p
		case k < 480: // translate
			var todo []string
			for _, p := range s.healthy("en") {
				if _, err := os.Stat(s.abs("content/fr/" + strings.TrimPrefix(p, "content/en/"))); err != nil {
					todo = append(todo, p)
				}
			}
			p := s.pick(todo)
			if p == "" || many {
				continue
			}
			s.translate(p)
			return "translate " + p
		case k < 620: // delete a page
			p := s.pick(s.pages(s.lang()))
			if p == "" || few {
				continue
			}
			if err := os.Remove(s.abs(p)); err != nil {
				s.t.Fatal(err)
			}
			delete(s.broken, p)
			return "delete " + p
		case k < 760: // rename a page, maybe into another section
			lang := s.lang()
			p := s.pick(s.pages(lang))
			if p == "" || strings.HasSuffix(p, "/_index.md") {
				continue
			}
			to := s.pick(append(s.sections(lang), "content/"+lang)) + "/" + s.fresh("p") + ".md"
			if err := os.Rename(s.abs(p), s.abs(to)); err != nil {
				s.t.Fatal(err)
			}
			if src := s.broken[p]; src != nil {
				delete(s.broken, p)
				s.broken[to] = src
			}
			return "rename " + p + " to " + to
		case k < 800: // new section, with or without _index.md
			if many || count > 65 {
				continue
			}
			sec := "content/en/" + s.fresh("s")
			if s.rnd.Intn(3) > 0 {
				s.write(sec+"/_index.md", s.page("Section "+filepath.Base(sec), 0, 1))
			}
			for j := 0; j < 1+s.rnd.Intn(4); j++ {
				s.write(sec+"/"+s.fresh("p")+".md", s.page("", 0, 1))
			}
			return "create section " + sec
		case k < 840: // delete a section
			sec := s.pick(s.sections(s.lang()))
			if sec == "" || few || count < 55 {
				continue
			}
			if err := os.RemoveAll(s.abs(sec)); err != nil {
				s.t.Fatal(err)
			}
			for p := range s.broken {
				if strings.HasPrefix(p, sec+"/") {
					delete(s.broken, p)
				}
			}
			return "delete section " + sec
		case k < 890: // rename a section
			lang := s.lang()
			sec := s.pick(s.sections(lang))
			if sec == "" {
				continue
			}
			to := "content/" + lang + "/" + s.fresh("s")
			if err := os.Rename(s.abs(sec), s.abs(to)); err != nil {
				s.t.Fatal(err)
			}
			for p, src := range s.broken {
				if strings.HasPrefix(p, sec+"/") {
					delete(s.broken, p)
					s.broken[to+strings.TrimPrefix(p, sec)] = src
				}
			}
			return "rename section " + sec + " to " + to
		case k < 940: // break a page's front matter, one at a time
			p := s.pick(s.healthy(s.lang()))
			if p == "" || len(s.broken) > 0 {
				continue
			}
			s.broken[p] = s.read(p)
			s.write(p, []byte("---\ntitle: [unclosed\nweight: 1\n---\nBroken.\n"))
			return "break front matter of " + p
		case k < 970: // static files
			files := s.staticFiles()
			switch f := s.pick(files); {
			case f != "" && s.rnd.Intn(3) == 0:
				os.Remove(s.abs(f))
				return "delete " + f
			case f != "" && s.rnd.Intn(2) == 0:
				s.write(f, []byte(fmt.Sprintf("edited %d\n", s.rnd.Int())))
				return "edit " + f
			default:
				f = "static/files/" + s.fresh("f") + ".txt"
				s.write(f, []byte(fmt.Sprintf("new %d\n", s.rnd.Int())))
				return "create " + f
			}
		default: // a layout
			src := s.read("layouts/baseof.html")
			s.write("layouts/baseof.html", bytes.Replace(src, []byte("<!-- layout v"), []byte(fmt.Sprintf("<!-- layout v%d", s.rnd.Intn(10))), 1))
			return "edit layouts/baseof.html"
			// No change of site.yaml: it resets the session's caches,
			// which would hide what they keep (memory is compared at the
			// end); TestServeChangesMadeWhileBrokenShowAfterTheFix edits
			// it.
		}
	}
}

func (s *soak) lang() string {
	if s.rnd.Intn(3) == 0 {
		return "fr"
	}
	return "en"
}

func (s *soak) staticFiles() []string {
	var out []string
	filepath.WalkDir(s.abs("static/files"), func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && !content.Ignored(d.Name()) {
			rel, _ := filepath.Rel(s.dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return nil
	})
	return out
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

// Regression (found by TestSoakServe): a change to static/, the layouts or
// site.yaml made while the site was broken was lost once it was fixed. The
// Session decided from the changes of each call alone whether to copy
// static/ again or render every page; a failed build forgot that, and the
// build that fixed the page then copied and rendered only what the fix
// touched. Failed builds now carry what they were told to the next.
func TestServeChangesMadeWhileBrokenShowAfterTheFix(t *testing.T) {
	site := testSite + `
-- layouts/404.html --
{{define "main"}}<h1>Not here</h1>{{end}}
`
	site = strings.Replace(site, "<body>", `<body><p class="site-title">{{.Lang.Title}}</p>`, 1)
	site = strings.Replace(site, "languages:\n", "title: Old title\nlanguages:\n", 1)
	for _, c := range []struct {
		name, file, data string
		path, want       string
	}{
		{"new static file", "static/new.txt", "a new file\n", "/new.txt", "a new file"},
		{"edited static file", "static/notes.txt", "edited notes\n", "/notes.txt", "edited notes"},
		{"edited layout", "layouts/baseof.html", "", "/en/a/", "layout edited while broken"},
		{"edited site.yaml", "site.yaml", "", "/en/a/", "New title"},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := startWatching(t, sitetest.Write(t, site))
			r.write("content/fr/a.md", "---\ntitle: [broken\n---\n")
			if err := r.wait(); err == nil {
				t.Fatal("the broken page built")
			}
			data := c.data
			switch c.file {
			case "layouts/baseof.html":
				old, _ := os.ReadFile(filepath.Join(r.dir, c.file))
				data = strings.Replace(string(old), "</body>", "<p>layout edited while broken</p></body>", 1)
			case "site.yaml":
				old, _ := os.ReadFile(filepath.Join(r.dir, c.file))
				data = strings.Replace(string(old), "Old title", "New title", 1)
			}
			r.write(c.file, data)
			if err := r.wait(); err == nil {
				t.Fatal("the site built while a page is still broken")
			}
			r.write("content/fr/a.md", "---\ntitle: Page A fr\n---\n")
			if err := r.wait(); err != nil {
				t.Fatal(err)
			}
			if code, _, body := r.get(c.path); code != 200 || !strings.Contains(body, c.want) {
				t.Errorf("after the fix, GET %s = %d without %q:\n%s", c.path, code, c.want, body)
			}
		})
	}
}

// Regression (found by TestSoakServe, whose heap grew 30% over 150
// changes of a site of constant size): the Session's caches kept an entry
// for every page path ever built. render.Cache was keyed by language and
// path and never dropped pages that were gone; content.Cache forgot a file
// only when its own path was reported changed, so the files of a renamed
// or deleted folder stayed. Renaming a folder with one 40 kB page 300 times
// left 300 pages' conversions and sources in memory.
func TestSessionCachesForgetPagesThatAreGone(t *testing.T) {
	dir := sitetest.Write(t, testSite)
	big := "---\ntitle: Big\n---\n" + strings.Repeat("A paragraph of a long page, with *some* words in it, again and again.\n\n", 600)
	os.MkdirAll(filepath.Join(dir, "content/en/s0"), 0o755)
	os.WriteFile(filepath.Join(dir, "content/en/s0/big.md"), []byte(big), 0o644)
	s := build.NewSession(build.Options{Source: dir, Dev: true}) // as the dev server
	if _, err := s.Build(nil); err != nil {
		t.Fatal(err)
	}
	live := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var before uint64
	const renames = 300
	for i := 1; i <= renames; i++ {
		from, to := fmt.Sprintf("content/en/s%d", i-1), fmt.Sprintf("content/en/s%d", i)
		if err := os.Rename(filepath.Join(dir, from), filepath.Join(dir, to)); err != nil {
			t.Fatal(err)
		}
		// What the watcher reports for a renamed folder: both folders,
		// and the files found in the new one.
		if _, err := s.Build([]string{from, to, to + "/big.md"}); err != nil {
			t.Fatal(err)
		}
		if i == 50 {
			before = live()
		}
	}
	after := live()
	runtime.KeepAlive(s)
	t.Logf("live heap after 50 renames: %.1f MB, after %d: %.1f MB", float64(before)/(1<<20), renames, float64(after)/(1<<20))
	if float64(after) > float64(before)*1.1 && after-before > 1<<20 {
		t.Errorf("live heap grew from %.1f MB to %.1f MB over %d renames of one page: the caches keep pages that are gone",
			float64(before)/(1<<20), float64(after)/(1<<20), renames-50)
	}
}

// startWatching is start, then waits until the watcher reports changes:
// the server builds before it starts watching, so a change made right
// after the first build can be missed (see
// TestServeSeesChangesMadeBeforeItWatches). It saves static/css/site.css
// unchanged until a rebuild comes.
func startWatching(t *testing.T, dir string) *running {
	t.Helper()
	r := start(t, dir)
	css := filepath.Join(dir, "static/css/site.css")
	data, err := os.ReadFile(css)
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 50; i++ {
		os.WriteFile(css, data, 0o644)
		select {
		case err := <-r.rebuilt:
			// Let a second burst of the same save come and go.
			time.Sleep(100 * time.Millisecond)
			for len(r.rebuilt) > 0 {
				err = <-r.rebuilt
			}
			if err != nil {
				t.Fatalf("the site does not build: %v", err)
			}
			return r
		case <-time.After(100 * time.Millisecond):
		}
	}
	t.Fatal("the watcher reported no change within 5 s")
	return nil
}

// Regression: Server.Run made the first build and only then started the
// watcher, so a file saved during the first build, or between it and
// Watch, was never picked up: the server served the old page until that
// file was saved again. The Rebuilt callback of the first build runs in
// that window, so the test saves a page from there.
func TestServeSeesChangesMadeBeforeItWatches(t *testing.T) {
	dir := sitetest.Write(t, testSite)
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	rebuilt := make(chan error, 100)
	first := true
	srv.Rebuilt = func(_ []string, _ *build.Outcome, err error) {
		if first {
			first = false
			os.WriteFile(filepath.Join(dir, "content/en/a.md"), []byte("---\ntitle: Page A\n---\nSaved during the first build.\n"), 0o644)
		}
		rebuilt <- err
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	url := "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- srv.Run(ctx, ln) }()
	defer func() {
		cancel()
		<-done
	}()
	if err := <-rebuilt; err != nil {
		t.Fatal(err)
	}
	deadline := time.After(3 * time.Second)
	for {
		resp, err := http.Get(url + "/en/a/")
		if err != nil {
			t.Fatal(err)
		}
		body, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if strings.Contains(string(body), "Saved during the first build.") {
			return
		}
		select {
		case <-deadline:
			t.Fatalf("a page saved right after the first build is still not served 3 s later:\n%s", body)
		case <-rebuilt:
		case <-time.After(50 * time.Millisecond):
		}
	}
}
