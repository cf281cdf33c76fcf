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
	"errors"
	"fmt"
	"html/template"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/par"
)

// Renderer renders a loaded site.
type Renderer struct {
	Site    *content.Site
	Layouts *layout.Exec // this build's executor of the site's layouts
	MD      *markdown.Converter
	Root    string // site root, for static/
	// Cache, when set, keeps conversions between renders: a page whose
	// source did not change and whose links resolve as before is not
	// converted again.
	Cache *Cache
	// Converted counts the pages Convert converted (not taken from Cache).
	Converted int64
	// Assets answers the layouts' asset function; nil keeps static files
	// under their own names.
	Assets *Assets
	// Index, when set, is given every page rendered, for a search index.
	Index Indexer

	sitemaps      []string // the files Sitemap wrote
	sitemapLimits [2]int   // URLs and bytes per sitemap file, for tests; zero for the protocol's
}

// Indexer builds a search index from the pages as they are rendered. It
// keeps what it was given across builds of a dev-server session, so that a
// rebuild gives it only the pages rendered again.
type Indexer interface {
	// Add records a page's converted Markdown. It is called from many
	// goroutines at once.
	Add(p *content.Page, html string)
	// Write writes the index files for the pages of site.
	Write(site *content.Site, w output.Writer) error
	// Outputs names the files Write writes for site.
	Outputs(site *content.Site) []string
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

// Convert turns every page's Markdown into HTML and checks the anchors of
// links between pages. With a writer, each page is rendered with its layout
// and written as soon as it is converted, so that a build holds one page's
// HTML per core rather than the whole site's; without one, conversions only
// go to the Cache, for Pages to render a chosen few.
//
// A layout sees its page as a View. Loaded pages are not changed.
func (r *Renderer) Convert(pages []*content.Page, w output.Writer, stats *Stats) error {
	if r.Cache != nil {
		r.Cache.lastShape, r.Cache.shape = r.Cache.shape, shape(r.Site)
	}
	checks := make([][]anchorCheck, len(pages))
	errs := make([]error, len(pages))
	ids := make([]map[string]bool, len(pages)) // for the anchor checks
	parallel(len(pages), func(i int) {
		p := pages[i]
		c, ch := r.cachedConvert(p)
		ids[i], checks[i], errs[i] = c.ids, ch, c.err
		if w == nil || c.err != nil {
			return
		}
		if c = r.fill(p, c); c.err != nil {
			errs[i] = c.err
			return
		}
		if errs[i] = r.page(p, c, w); errs[i] == nil {
			atomic.AddInt64(&stats.Files, 1)
		}
	})
	// Only the ids are kept past a page's rendering: a build holds one
	// page's HTML per core, not the site's.
	byPage := make(map[*content.Page]map[string]bool, len(pages))
	for i, p := range pages {
		byPage[p] = ids[i]
	}
	var all ferr.List
	for i := range pages {
		all.Add(errs[i])
		for _, c := range checks[i] {
			t, ok := byPage[c.target]
			if !ok {
				if cc := r.cached(c.target); cc != nil {
					t = cc.ids
				}
			}
			if t[c.fragment] {
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

// cachedConvert converts p, or takes its conversion from the cache when
// its source and every link it resolved are as they were.
func (r *Renderer) cachedConvert(p *content.Page) (*converted, []anchorCheck) {
	if r.Cache == nil {
		return r.convert(p)
	}
	key := cacheKey(p)
	r.Cache.mu.Lock()
	c := r.Cache.entries[key]
	r.Cache.mu.Unlock()
	sameShape := r.Cache.shape == r.Cache.lastShape && r.Cache.shape != 0
	if c != nil && c.digest == p.Digest && !sameShape {
		c = r.fill(p, c)
	}
	if c == nil || c.digest != p.Digest || !sameShape && !r.stillResolves(p, c.links) {
		c, _ = r.convert(p)
		keep := c
		if r.Cache.Sink != nil && c.err == nil {
			if load, ok := r.Cache.Sink(p, c.saved()); ok {
				keep = &converted{digest: c.digest, ids: c.ids, sorted: c.sorted, anchors: c.anchors, load: load}
			}
		}
		r.Cache.mu.Lock()
		r.Cache.entries[key] = keep
		r.Cache.mu.Unlock()
	}
	var checks []anchorCheck
	for _, a := range c.anchors {
		if t := r.Site.Lookup(a.lang, a.rel); t != nil {
			checks = append(checks, anchorCheck{from: p, line: a.line, col: a.col, target: t, fragment: a.fragment})
		}
	}
	return c, checks
}

func (r *Renderer) stillResolves(p *content.Page, links []resolved) bool {
	for _, l := range links {
		if res, _, _ := r.resolve(p, l.dest); res != l {
			return false
		}
	}
	return true
}

// resolve is one link's resolution, as recorded in the cache, with the
// page and fragment it leads to (nil for links that are not to a page).
func (r *Renderer) resolve(p *content.Page, dest string) (res resolved, target *content.Page, frag string) {
	t, frag, ok, err := r.Site.Resolve(p, dest)
	switch {
	case err != nil:
		return resolved{dest: dest, err: err.Error()}, nil, ""
	case !ok:
		return resolved{dest: dest, url: dest}, nil, ""
	}
	u := ""
	if t != p || frag == "" {
		u = t.RelPermalink()
	}
	if frag != "" {
		u += "#" + frag
	}
	return resolved{dest: dest, url: u}, t, frag
}

func (r *Renderer) convert(p *content.Page) (*converted, []anchorCheck) {
	atomic.AddInt64(&r.Converted, 1)
	c := &converted{digest: p.Digest}
	var checks []anchorCheck
	body, err := p.Source()
	if err != nil {
		c.err = ferr.New(p.Path, 0, "%v", err)
		return c, nil
	}
	in := markdown.Input{Path: p.Path, Source: body, FirstLine: p.BodyLine, Typographer: p.Typographer}
	in.Resolve = func(dest string, at func() (int, int)) (string, error) {
		res, t, frag := r.resolve(p, dest)
		c.links = append(c.links, res)
		if res.err != "" {
			return dest, errors.New(res.err)
		}
		if t != nil && frag != "" {
			line, col := at()
			checks = append(checks, anchorCheck{from: p, line: line, col: col, target: t, fragment: frag})
			c.anchors = append(c.anchors, anchorRef{line: line, col: col, lang: t.Lang.Code, rel: t.Rel, fragment: frag})
		}
		return res.url, nil
	}
	res, err := r.MD.Convert(in)
	c.content = template.HTML(res.HTML)
	c.headings = res.Headings
	c.ids = res.IDs
	c.toc = toc(res.Headings, r.Site.Config.Markup.TOCMin, r.Site.Config.Markup.TOCMax)
	c.err = err
	return c, checks
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

// Pages renders chosen pages again with their layouts and writes them,
// taking their Markdown from the Cache that Convert filled.
func (r *Renderer) Pages(pages []*content.Page, w output.Writer, stats *Stats) error {
	errs := make([]error, len(pages))
	parallel(len(pages), func(i int) {
		p := pages[i]
		c := r.cached(p)
		if c == nil {
			errs[i] = fmt.Errorf("%s: rendered before it was converted", p.OutPath)
			return
		}
		if c = r.fill(p, c); c.err != nil {
			errs[i] = c.err
			return
		}
		if errs[i] = r.page(p, c, w); errs[i] == nil {
			atomic.AddInt64(&stats.Files, 1)
		}
	})
	var all ferr.List
	for _, e := range errs {
		all.Add(e)
	}
	return all.Err()
}

// View is a page as its layout sees it: the loaded page, read-only, with
// its rendered Markdown. The pages reached from it (.Parent, .Pages,
// .Translations, …) are loaded pages without Content or TOC, so that what a
// page shows never depends on the order pages are rendered in.
type View struct {
	*content.Page
	Content  template.HTML
	TOC      template.HTML // nested list of the headings, empty if fewer than two
	Headings []markdown.Heading
	IDs      map[string]bool // every id in Content
}

var bufPool = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// page executes p's layout with its converted Markdown and writes it.
func (r *Renderer) page(p *content.Page, c *converted, w output.Writer) error {
	name, err := r.Layouts.Pick(p.Kind, p.Layout)
	if err != nil {
		return ferr.New(p.Path, p.Line("layout"), "%v", err)
	}
	buf := bufPool.Get().(*bytes.Buffer)
	buf.Reset()
	defer bufPool.Put(buf)
	if r.Index != nil {
		r.Index.Add(p, string(c.content))
	}
	if err := r.Layouts.Execute(buf, p.Lang.Code, name, &View{Page: p, Content: c.content, TOC: c.toc, Headings: c.headings, IDs: c.ids}); err != nil {
		return err
	}
	data := buf.Bytes()
	if output.Retains(w) {
		data = bytes.Clone(data)
	}
	return w.WriteFile(p.OutPath, data)
}

// Static copies static/ as it is.
func (r *Renderer) Static(w output.Writer, stats *Stats) error {
	files := r.Site.Static
	errs := make([]error, len(files))
	parallel(len(files), func(i int) {
		if a, ok := r.Assets.published(files[i]); ok {
			// Already through the filters: its hash is of these bytes.
			if errs[i] = output.Innermost(w).WriteFile(a.out, a.data); errs[i] == nil {
				atomic.AddInt64(&stats.Files, 1)
			}
			return
		}
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

// Outputs is the set of files a full render of the site writes: the
// plan Load made (content.Site.Outputs), with static files under their
// published names, the search index's files and, once Sitemap has run,
// the parts of a large sitemap (see SitemapFiles).
func (r *Renderer) Outputs() map[string]bool {
	plan := r.Site.Outputs()
	out := make(map[string]bool, len(plan)+len(r.sitemaps))
	for _, o := range plan {
		f := o.Path
		if o.Kind == content.OutStatic {
			if a, ok := r.Assets.published(f); ok {
				f = a.out
			}
		}
		out[f] = true
	}
	for _, f := range r.sitemaps {
		out[f] = true
	}
	if r.Index != nil {
		for _, f := range r.Index.Outputs(r.Site) {
			out[f] = true
		}
	}
	return out
}

// parallel calls f(0)…f(n-1) on all cores.
func parallel(n int, f func(int)) { par.Each(n, 0, f) }
