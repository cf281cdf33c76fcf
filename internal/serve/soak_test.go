package serve_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/content"
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
