package sitecheck

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/net/html"

	"github.com/wazc/site/internal/config"
)

// The site's source and its built output, from this package's folder.
const (
	siteDir   = "../.."
	publicDir = "../../public"
)

// site is public/ read once for all the tests of the package.
type site struct {
	dir      string         // public/, absolute
	cfg      *config.Config // site.yaml
	base     *url.URL       // cfg.BaseURL; a placeholder host when it has none
	basePath string         // the base URL's path, ending in "/"
	pages    map[string]*page
	names    []string // the keys of pages, sorted
}

// page is what the checks need from one HTML file.
type page struct {
	rel        string // relative to public/, with slashes: "en/actions/index.html"
	path       string // the file's path in the site: "/en/actions/index.html"
	lang       string // <html lang>
	langLine   int
	ids        map[string]bool
	refs       []ref
	baseHref   string // <base href>, if any
	redirect   bool   // a <meta http-equiv="refresh"> page (an alias)
	canonical  string
	alternates []alternate
}

// ref is one URL in a page.
type ref struct {
	line  int
	where string // `<a href>`, for messages
	url   string
	// absolute: the URL must be absolute (canonical links, social
	// previews), when the site's baseURL has a host.
	absolute bool
}

// alternate is a <link rel="alternate" hreflang>.
type alternate struct {
	line     int
	hreflang string
	href     string
}

var (
	loadOnce   sync.Once
	loadedSite *site
	loadErr    error
)

// loadSite reads and parses every HTML file of public/.
func loadSite(t *testing.T) *site {
	t.Helper()
	loadOnce.Do(func() { loadedSite, loadErr = readSite() })
	if loadErr != nil {
		t.Fatal(loadErr)
	}
	return loadedSite
}

func readSite() (*site, error) {
	dir, err := filepath.Abs(publicDir)
	if err != nil {
		return nil, err
	}
	if fi, err := os.Stat(dir); err != nil || !fi.IsDir() {
		return nil, fmt.Errorf("no built site at %s: run `go run ./cmd/site build` first", dir)
	}
	cfg, err := config.Load(siteDir)
	if err != nil {
		return nil, fmt.Errorf("reading site.yaml: %v", err)
	}
	base, err := url.Parse(cfg.BaseURL)
	if err != nil {
		return nil, fmt.Errorf("site.yaml: baseURL: %v", err)
	}
	if base.Host == "" {
		// A site without a host ("/" or "/docs/") has no absolute
		// URLs of its own; resolve relative ones against a placeholder.
		base = &url.URL{Scheme: "https", Host: "site.invalid", Path: base.Path}
	}
	if base.Path == "" {
		base.Path = "/"
	}
	s := &site{dir: dir, cfg: cfg, base: base, basePath: base.Path, pages: map[string]*page{}}
	err = filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() || !isHTML(p) {
			return nil
		}
		rel, err := filepath.Rel(dir, p)
		if err != nil {
			return err
		}
		rel = filepath.ToSlash(rel)
		data, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		pg, err := parsePage(rel, data)
		if err != nil {
			return fmt.Errorf("public/%s: %v", rel, err)
		}
		s.pages[rel] = pg
		s.names = append(s.names, rel)
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(s.names) == 0 {
		return nil, fmt.Errorf("no HTML files in %s: run `go run ./cmd/site build` first", dir)
	}
	sort.Strings(s.names)
	return s, nil
}

func isHTML(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".html", ".htm":
		return true
	}
	return false
}

// urlAttrs are the attributes that hold a URL, by element.
var urlAttrs = map[string][]string{
	"a":          {"href"},
	"area":       {"href"},
	"link":       {"href"},
	"img":        {"src", "srcset"},
	"source":     {"src", "srcset"},
	"script":     {"src"},
	"iframe":     {"src"},
	"embed":      {"src"},
	"audio":      {"src"},
	"video":      {"src", "poster"},
	"track":      {"src"},
	"input":      {"src"},
	"object":     {"data"},
	"form":       {"action"},
	"q":          {"cite"},
	"blockquote": {"cite"},
	"ins":        {"cite"},
	"del":        {"cite"},
}

// parsePage tokenizes a page, keeping line numbers for the messages.
func parsePage(rel string, data []byte) (*page, error) {
	p := &page{rel: rel, path: "/" + rel, ids: map[string]bool{}}
	z := html.NewTokenizer(bytes.NewReader(data))
	line := 1
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			if errors.Is(z.Err(), io.EOF) {
				return p, nil
			}
			return nil, z.Err()
		}
		at := line
		line += bytes.Count(z.Raw(), []byte("\n"))
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		tok := z.Token()
		attr := map[string]string{}
		for _, a := range tok.Attr {
			if a.Namespace == "" {
				if _, dup := attr[a.Key]; !dup {
					attr[a.Key] = a.Val
				}
			}
		}
		if id, ok := attr["id"]; ok {
			p.ids[id] = true
		}
		if name, ok := attr["name"]; ok && tok.Data == "a" {
			p.ids[name] = true
		}
		switch tok.Data {
		case "html":
			p.lang, p.langLine = attr["lang"], at
		case "base":
			if h, ok := attr["href"]; ok && p.baseHref == "" {
				p.baseHref = h
			}
			continue
		case "meta":
			p.meta(at, attr)
		case "link":
			rels := strings.Fields(strings.ToLower(attr["rel"]))
			if has(rels, "alternate") && attr["hreflang"] != "" {
				p.alternates = append(p.alternates, alternate{line: at, hreflang: attr["hreflang"], href: attr["href"]})
			}
			if has(rels, "canonical") {
				p.canonical = attr["href"]
			}
		}
		for _, name := range urlAttrs[tok.Data] {
			v, ok := attr[name]
			if !ok {
				continue
			}
			where := "<" + tok.Data + " " + name + ">"
			absolute := false
			if tok.Data == "link" {
				rels := strings.Fields(strings.ToLower(attr["rel"]))
				if has(rels, "canonical") {
					where, absolute = `<link rel="canonical">`, true
				} else if has(rels, "alternate") && attr["hreflang"] != "" {
					where, absolute = `<link rel="alternate" hreflang="`+attr["hreflang"]+`">`, true
				}
			}
			if name == "srcset" {
				for _, u := range srcset(v) {
					p.refs = append(p.refs, ref{line: at, where: where, url: u})
				}
				continue
			}
			p.refs = append(p.refs, ref{line: at, where: where, url: v, absolute: absolute})
		}
	}
}

// meta keeps the URLs of a refresh and of social previews.
func (p *page) meta(line int, attr map[string]string) {
	content := attr["content"]
	if strings.EqualFold(attr["http-equiv"], "refresh") {
		p.redirect = true
		// "0; url=/en/", "0;URL='/en/'"
		if i := strings.Index(strings.ToLower(content), "url="); i >= 0 {
			u := strings.Trim(strings.TrimSpace(content[i+4:]), `'"`)
			p.refs = append(p.refs, ref{line: line, where: `<meta http-equiv="refresh">`, url: u})
		}
		return
	}
	switch attr["property"] + attr["name"] {
	case "og:url", "og:image", "twitter:image":
		p.refs = append(p.refs, ref{line: line, where: `<meta ` + attr["property"] + attr["name"] + `>`, url: content, absolute: true})
	}
}

// srcset splits a srcset attribute into its URLs.
func srcset(v string) []string {
	var urls []string
	for _, c := range strings.Split(v, ",") {
		if f := strings.Fields(c); len(f) > 0 {
			urls = append(urls, f[0])
		}
	}
	return urls
}

func has(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// target is where a URL in a page leads.
type target struct {
	external bool   // outside the site, or not http(s): not checked
	file     string // the file in public/, with slashes: "en/index.html"
	fragment string // decoded, without "#"
	problem  string // why it leads nowhere, or ""
}

// resolve finds the file that a URL found in a page leads to.
func (s *site) resolve(from *page, raw string) target {
	raw = strings.Trim(raw, " \t\n\f\r")
	if raw == "" {
		return target{problem: "empty URL"}
	}
	u, err := url.Parse(raw)
	if err != nil {
		return target{problem: fmt.Sprintf("malformed URL: %v", err)}
	}
	if u.Scheme != "" || u.Host != "" {
		if u.Scheme != "" && u.Scheme != "http" && u.Scheme != "https" {
			return target{external: true} // mailto:, tel:, data:…
		}
		if !strings.EqualFold(u.Host, s.base.Host) {
			return target{external: true}
		}
		if u.Scheme != "" && u.Scheme != s.base.Scheme {
			return target{problem: fmt.Sprintf("uses %s: but the site's baseURL is %s", u.Scheme, s.cfg.BaseURL)}
		}
	}
	// The page's own URL, under the base URL ("/docs/" + "en/index.html").
	pageURL := s.base.ResolveReference(&url.URL{Path: strings.TrimPrefix(from.path, "/")})
	if from.baseHref != "" {
		b, err := url.Parse(from.baseHref)
		if err != nil {
			return target{problem: fmt.Sprintf("the page's <base href> is malformed: %v", err)}
		}
		pageURL = pageURL.ResolveReference(b)
	}
	abs := pageURL.ResolveReference(u)
	if !strings.HasPrefix(abs.Path, s.basePath) {
		return target{problem: fmt.Sprintf("%s is outside the site, which is at %s", abs.Path, s.basePath)}
	}
	sitePath := "/" + strings.TrimPrefix(abs.Path, s.basePath)
	file := strings.TrimPrefix(sitePath, "/")
	if file == "" || strings.HasSuffix(file, "/") {
		file += "index.html"
	}
	t := target{file: file, fragment: abs.Fragment}
	fi, err := os.Stat(filepath.Join(s.dir, filepath.FromSlash(file)))
	switch {
	case err != nil:
		t.problem = "no file public/" + file
	case fi.IsDir():
		t.problem = "public/" + file + " is a folder: end the URL with a slash"
	}
	return t
}

// report fails the test with each problem on its own line, sorted.
func report(t *testing.T, what string, problems []string) {
	t.Helper()
	if len(problems) == 0 {
		return
	}
	sort.Strings(problems)
	t.Errorf("%d %s:\n%s", len(problems), what, strings.Join(problems, "\n"))
}
