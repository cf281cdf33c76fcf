// Package render is the middle stage of the pipeline: it turns the pages
// that package content loaded into files, handing each to an output.Writer.
// It converts every page's Markdown (resolving links to other pages and
// checking their anchors), executes the page's layout, and adds the files a
// site needs besides its pages: redirects for aliases, 404.html, the
// language chooser at /, sitemap.xml and robots.txt, and the static files.
//
// Pages are converted and rendered on all cores; each page's HTML goes to
// the writer as soon as it is made, so memory holds one page's output per
// core, not the site's.
package render

import (
	"bytes"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/output"
)

// Renderer renders a loaded site.
type Renderer struct {
	Site    *content.Site
	Layouts *layout.Set
	MD      *markdown.Converter
	Root    string // site root, for static/
}

// Stats counts what a render did.
type Stats struct {
	Files int64
	Pages map[string]int // per language code
}

// anchorCheck is a link to page#fragment, checked once every page is
// converted.
type anchorCheck struct {
	from      *content.Page
	line, col int
	target    *content.Page
	fragment  string
}

// Convert turns every page's Markdown into HTML. It must run before Pages.
func (r *Renderer) Convert(pages []*content.Page) error {
	checks := make([][]anchorCheck, len(pages))
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		checks[i], errs[i] = r.convert(pages[i])
	})
	var all ferr.List
	for i := range pages {
		all.Add(errs[i])
		for _, c := range checks[i] {
			if c.target.IDs[c.fragment] {
				continue
			}
			where := "this page"
			if c.target != c.from {
				where = c.target.Path
				if where == "" {
					where = c.target.URL
				}
			}
			all.Add(&ferr.FileError{Path: c.from.Path, Line: c.line, Col: c.col, Err: fmt.Errorf("link to missing anchor #%s in %s", c.fragment, where)})
		}
	}
	return all.Err()
}

func (r *Renderer) convert(p *content.Page) ([]anchorCheck, error) {
	var checks []anchorCheck
	in := markdown.Input{Path: p.Path, Source: p.Body, FirstLine: p.BodyLine, Typographer: p.Typographer}
	in.Resolve = func(dest string, line, col int) (string, error) {
		t, frag, ok, err := r.Site.Resolve(p, dest)
		if err != nil || !ok {
			return dest, err
		}
		if frag != "" {
			checks = append(checks, anchorCheck{from: p, line: line, col: col, target: t, fragment: frag})
		}
		u := ""
		if t != p || frag == "" {
			u = t.RelPermalink()
		}
		if frag != "" {
			u += "#" + frag
		}
		return u, nil
	}
	res, err := r.MD.Convert(in)
	p.Content = template.HTML(res.HTML)
	p.Headings = res.Headings
	p.IDs = res.IDs
	p.TOC = toc(res.Headings, r.Site.Config.Markup.TOCMin, r.Site.Config.Markup.TOCMax)
	return checks, err
}

// toc renders headings between min and max level as nested lists.
func toc(hs []markdown.Heading, min, max int) template.HTML {
	var sel []markdown.Heading
	for _, h := range hs {
		if h.Level >= min && h.Level <= max {
			sel = append(sel, h)
		}
	}
	if len(sel) < 2 {
		return ""
	}
	var b strings.Builder
	depth := 0
	level := min - 1
	for i, h := range sel {
		switch {
		case h.Level > level:
			for ; level < h.Level; level++ {
				b.WriteString("<ul>")
				if level+1 < h.Level {
					b.WriteString("<li>")
				}
				depth++
			}
		case h.Level < level:
			for ; level > h.Level; level-- {
				b.WriteString("</li></ul>")
				depth--
			}
			b.WriteString("</li>")
		default:
			if i > 0 {
				b.WriteString("</li>")
			}
		}
		fmt.Fprintf(&b, `<li><a href="#%s">%s</a>`, template.HTMLEscapeString(h.ID), template.HTMLEscapeString(h.Text))
	}
	for ; depth > 0; depth-- {
		b.WriteString("</li></ul>")
	}
	return template.HTML(b.String())
}

// Pages renders each page with its layout and writes it.
func (r *Renderer) Pages(pages []*content.Page, w output.Writer, stats *Stats) error {
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		errs[i] = r.page(pages[i], w)
		if errs[i] == nil {
			atomic.AddInt64(&stats.Files, 1)
		}
	})
	var all ferr.List
	for _, e := range errs {
		all.Add(e)
	}
	return all.Err()
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

func (r *Renderer) page(p *content.Page, w output.Writer) error {
	name, err := r.Layouts.Pick(p.Kind, p.Layout)
	if err != nil {
		return ferr.New(p.Path, p.Line("layout"), "%v", err)
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if err := r.Layouts.Execute(buf, p.Lang.Code, name, p); err != nil {
		return err
	}
	// The writer may keep the slice (Memory does), so hand it a copy.
	return w.WriteFile(p.OutPath, bytes.Clone(buf.Bytes()))
}

// Static copies static/ as it is.
func (r *Renderer) Static(w output.Writer, stats *Stats) error {
	files := r.Site.Static
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		b, err := os.ReadFile(filepath.Join(r.Root, "static", filepath.FromSlash(files[i])))
		if err == nil {
			err = w.WriteFile(files[i], b)
		}
		if err != nil {
			errs[i] = ferr.New("static/"+files[i], 0, "%v", err)
			return
		}
		atomic.AddInt64(&stats.Files, 1)
	})
	var all ferr.List
	for _, e := range errs {
		all.Add(e)
	}
	return all.Err()
}

// parallel calls f(0)…f(n-1) on all cores.
func parallel(n int, f func(int)) {
	workers := runtime.GOMAXPROCS(0)
	if workers > n {
		workers = n
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
