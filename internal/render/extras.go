package render

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"sort"
	"sync/atomic"
	"time"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/output"
)

// Aliases writes a small redirecting page at each alias, with the layout
// alias (layouts/alias.html, or the built-in one).
func (r *Renderer) Aliases(w output.Writer, stats *Stats) error {
	var errs ferr.List
	for _, a := range r.Site.Aliases {
		var buf bytes.Buffer
		if err := r.Layouts.Execute(&buf, a.Page.Lang.Code, "alias", a.Page); err != nil {
			errs.Add(err)
			continue
		}
		errs.Add(w.WriteFile(a.OutPath, buf.Bytes()))
		atomic.AddInt64(&stats.Files, 1)
	}
	return errs.Err()
}

// Special is the data of pages that are not content: the 404 page and the
// language chooser at the root.
// They have no Markdown: Content, TOC, Headings and IDs are empty.
type Special struct {
	View
	Languages []*content.LangSite
}

// Chooser writes the language chooser at /, when the plan has one (every
// language has a prefix), with the layout root (layouts/root.html, or the
// built-in one).
func (r *Renderer) Chooser(w output.Writer, stats *Stats) error {
	cfg := r.Site.Config
	if o, ok := r.Site.Claimed("index.html"); !ok || o.Kind != content.OutChooser {
		return nil
	}
	def := r.Site.Lang(cfg.DefaultLanguage)
	data := Special{View: View{Page: def.Home.Moved("/", "root")}, Languages: r.Site.Langs}
	var buf bytes.Buffer
	if err := r.Layouts.Execute(&buf, cfg.DefaultLanguage, "root", data); err != nil {
		return err
	}
	atomic.AddInt64(&stats.Files, 1)
	return w.WriteFile("index.html", buf.Bytes())
}

// NotFound writes 404.html in the default language, with the layout 404
// (layouts/404.html, or the built-in one).
func (r *Renderer) NotFound(w output.Writer, stats *Stats) error {
	cfg := r.Site.Config
	def := r.Site.Lang(cfg.DefaultLanguage)
	p := def.Home.Moved("/404.html", "404")
	p.Children = nil
	data := Special{View: View{Page: p}, Languages: r.Site.Langs}
	var buf bytes.Buffer
	if err := r.Layouts.Execute(&buf, cfg.DefaultLanguage, "404", data); err != nil {
		return err
	}
	atomic.AddInt64(&stats.Files, 1)
	return w.WriteFile("404.html", buf.Bytes())
}

// The sitemap protocol's limits for one file: 50,000 URLs and 50 MiB
// uncompressed (sitemaps.org/protocol.html). Search engines ignore a file
// over them, so a site that exceeds them gets parts and an index.
const (
	sitemapURLs  = 50000
	sitemapBytes = 50 << 20
)

const (
	urlsetOpen  = `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">` + "\n"
	urlsetClose = "</urlset>\n"
)

// Sitemap writes sitemap.xml, with every page's translations as
// xhtml:link alternates, and robots.txt pointing to it. A site over the
// protocol's limits gets sitemap-1.xml, sitemap-2.xml, … and sitemap.xml
// is then their index.
func (r *Renderer) Sitemap(w output.Writer, stats *Stats) error {
	pages := append([]*content.Page(nil), r.Site.Pages...)
	sort.Slice(pages, func(i, j int) bool { return pages[i].URL < pages[j].URL })
	// Written by hand rather than with encoding/xml, which took a third of
	// a dev-server rebuild on a large site.
	var b bytes.Buffer
	// Room for each page's <url> with its alternates (about 130 bytes
	// each), so that the buffer of a large site is not copied as it grows.
	b.Grow(len(pages) * (150 + 130*(len(r.Site.Langs)+1)))
	b.WriteString(xml.Header + urlsetOpen)
	// Where each <url> ends, and its page's date, to split into parts.
	type entry struct {
		end  int
		date time.Time
	}
	entries := make([]entry, 0, len(pages))
	for _, p := range pages {
		if p.Fallback {
			continue
		}
		b.WriteString("  <url>\n    <loc>")
		xml.EscapeText(&b, []byte(p.Permalink()))
		b.WriteString("</loc>\n")
		if !p.Date.IsZero() {
			b.WriteString("    <lastmod>" + p.Date.Format("2006-01-02") + "</lastmod>\n")
		}
		if alts := p.Alternates(); len(alts) > 2 {
			for _, a := range alts {
				b.WriteString(`    <xhtml:link rel="alternate" hreflang="`)
				xml.EscapeText(&b, []byte(a.HrefLang))
				b.WriteString(`" href="`)
				xml.EscapeText(&b, []byte(a.URL))
				b.WriteString(`"/>` + "\n")
			}
		}
		b.WriteString("  </url>\n")
		entries = append(entries, entry{b.Len(), p.Date})
	}
	maxURLs, maxBytes := sitemapURLs, sitemapBytes
	if r.sitemapLimits != [2]int{} {
		maxURLs, maxBytes = r.sitemapLimits[0], r.sitemapLimits[1]
	}
	head := len(xml.Header + urlsetOpen)
	r.sitemaps = []string{"sitemap.xml"}
	if len(entries) <= maxURLs && b.Len()+len(urlsetClose) <= maxBytes {
		b.WriteString(urlsetClose)
		if err := w.WriteFile("sitemap.xml", b.Bytes()); err != nil {
			return err
		}
	} else {
		// Parts of consecutive entries, each as large as the limits let
		// it be (an entry over the byte limit alone gets a part of its own).
		var index bytes.Buffer
		index.WriteString(xml.Header + `<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
		var errs ferr.List
		for first := 0; first < len(entries); {
			from := head
			if first > 0 {
				from = entries[first-1].end
			}
			last, newest := first, entries[first].date
			for last+1 < len(entries) && last+1-first < maxURLs &&
				head+entries[last+1].end-from+len(urlsetClose) <= maxBytes {
				last++
				if entries[last].date.After(newest) {
					newest = entries[last].date
				}
			}
			body := b.Bytes()[from:entries[last].end]
			part := make([]byte, 0, head+len(body)+len(urlsetClose))
			part = append(append(append(part, xml.Header+urlsetOpen...), body...), urlsetClose...)
			name := fmt.Sprintf("sitemap-%d.xml", len(r.sitemaps))
			if o, ok := r.Site.Claimed(name); ok {
				errs.Addf(o.By, 0, "%s: the same URL as part %d of the sitemap", o.Path, len(r.sitemaps))
			}
			errs.Add(w.WriteFile(name, part))
			r.sitemaps = append(r.sitemaps, name)
			index.WriteString("  <sitemap>\n    <loc>")
			xml.EscapeText(&index, []byte(r.Site.Config.AbsURL("/"+name)))
			index.WriteString("</loc>\n")
			if !newest.IsZero() {
				index.WriteString("    <lastmod>" + newest.Format("2006-01-02") + "</lastmod>\n")
			}
			index.WriteString("  </sitemap>\n")
			first = last + 1
		}
		index.WriteString("</sitemapindex>\n")
		errs.Add(w.WriteFile("sitemap.xml", index.Bytes()))
		atomic.AddInt64(&stats.Files, int64(len(r.sitemaps)-1))
		if err := errs.Err(); err != nil {
			return err
		}
	}
	robots := "User-agent: *\nAllow: /\n\nSitemap: " + r.Site.Config.AbsURL("/sitemap.xml") + "\n"
	atomic.AddInt64(&stats.Files, 2)
	return w.WriteFile("robots.txt", []byte(robots))
}

// SitemapFiles names the files the last call of Sitemap wrote: nil if it
// was not called.
func (r *Renderer) SitemapFiles() []string { return r.sitemaps }

// Feeds writes an Atom feed of each language's dated pages, newest first,
// for languages that have any.
func (r *Renderer) Feeds(w output.Writer, stats *Stats) error {
	var errs ferr.List
	for _, o := range r.Site.Outputs() {
		if o.Kind != content.OutFeed {
			continue
		}
		ls := o.Lang
		dated := ls.Dated()
		cfg := r.Site.Config
		var b bytes.Buffer
		b.WriteString(xml.Header)
		b.WriteString(`<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="`)
		xml.EscapeText(&b, []byte(ls.Lang.Code))
		b.WriteString("\">\n")
		elem := func(indent, name, text string) {
			b.WriteString(indent + "<" + name + ">")
			xml.EscapeText(&b, []byte(text))
			b.WriteString("</" + name + ">\n")
		}
		link := func(indent, rel, href string) {
			b.WriteString(indent + `<link rel="` + rel + `" href="`)
			xml.EscapeText(&b, []byte(href))
			b.WriteString("\"/>\n")
		}
		title := ls.Lang.Title
		if title == "" {
			title = ls.Home.Title
		}
		elem("  ", "title", title)
		if ls.Lang.Description != "" {
			elem("  ", "subtitle", ls.Lang.Description)
		}
		elem("  ", "id", ls.Home.Permalink())
		link("  ", "self", cfg.AbsURL("/"+ls.FeedPath()))
		link("  ", "alternate", ls.Home.Permalink())
		elem("  ", "updated", dated[0].Date.UTC().Format(time.RFC3339))
		b.WriteString("  <author>\n")
		elem("    ", "name", title)
		b.WriteString("  </author>\n")
		for _, p := range dated {
			b.WriteString("  <entry>\n")
			elem("    ", "title", p.Title)
			elem("    ", "id", p.Permalink())
			link("    ", "alternate", p.Permalink())
			elem("    ", "updated", p.Date.UTC().Format(time.RFC3339))
			if p.Description != "" {
				elem("    ", "summary", p.Description)
			}
			b.WriteString("  </entry>\n")
		}
		b.WriteString("</feed>\n")
		errs.Add(w.WriteFile(o.Path, b.Bytes()))
		atomic.AddInt64(&stats.Files, 1)
	}
	return errs.Err()
}
