// Package search writes a search index per language for the layouts'
// search box (layouts/partials/search.html, static/js/search.js).
//
// The index of a language is a JavaScript file, <prefix>search-index.js
// ("en/search-index.js"), that assigns its data to a global:
//
//	(window.siteSearchIndex=window.siteSearchIndex||{})["en"]={…};
//
// A script tag inserted by search.js loads it, which works in a copy of
// the site opened from a folder (file://), where fetch() does not. The
// browser builds a MiniSearch index from it.
//
// The data holds the language, how it folds text (see Mode), and for each
// page of the language in URL order, fallback pages left out:
//
//	{"t": title, "u": URL (with the base path),
//	 "h": [[level, id, text, folded words], …] (headings),
//	 "x": the start of its plain text (for snippets, see MaxText),
//	 "ft": the title's folded words, "fw": every distinct folded word of the text}
//
// Folded words are lowercased and, where the language allows it, without
// diacritics (see Folder.Fold); search.js folds queries the same way.
package search

import (
	"errors"
	"sort"
	"strconv"
	"sync"
	"unicode/utf8"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
)

// MaxText is how much of a page's plain text the index keeps for the
// snippets under results, in characters. Matching uses every word of the
// page; only the snippet is taken from the start of its text. Measured on
// 1,000 generated pages a language, the index is 2.2–3.8 MB a language
// with no text, 2.8–4.9 MB (0.7–0.8 MB gzipped) with 600 characters, and
// 7.5–14 MB with the whole text.
var MaxText = 600

// FileName is the index file of a language, after its URL prefix.
const FileName = "search-index.js"

// Index collects pages for the search index. It implements
// render.Indexer: Add may be called from many goroutines, and what it was
// given stays across builds, so that a dev-server rebuild gives it only
// the pages rendered again.
type Index struct {
	mu      sync.Mutex
	entries map[string]entry // by language code + "\x00" + page Rel
	folds   sync.Map         // language code → *foldCache
}

// entry is what the index keeps of a page's HTML.
type entry struct {
	text  string // plain text, cut at MaxText
	words string // the distinct folded words of the whole text, space-separated
}

// New returns an empty index for a site.
func New(cfg *config.Config) *Index { return &Index{entries: map[string]entry{}} }

func key(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// folder returns a Folder for a language, which shares the language's
// cache. Give it back with done.
func (ix *Index) folder(lang *config.Language) *Folder {
	v, ok := ix.folds.Load(lang.Code)
	if !ok {
		c := &foldCache{m: map[string]string{}}
		c.folders.New = func() any {
			f := NewFolder(lang.Tag)
			f.cache = c
			return f
		}
		v, _ = ix.folds.LoadOrStore(lang.Code, c)
	}
	return v.(*foldCache).folders.Get().(*Folder)
}

func (f *Folder) done() { f.cache.folders.Put(f) }

// Add records a page's converted Markdown. Fallback pages, whose text is
// in another language, are not indexed.
func (ix *Index) Add(p *content.Page, html []byte) {
	if p.Fallback {
		return
	}
	text := Text(html)
	f := ix.folder(p.Lang)
	e := entry{text: cut(text, MaxText), words: f.Words(text, true)}
	f.done()
	ix.mu.Lock()
	ix.entries[key(p)] = e
	ix.mu.Unlock()
}

// Outputs names the index files of site, one per language.
func (ix *Index) Outputs(site *content.Site) []string {
	out := make([]string, 0, len(site.Langs))
	for _, ls := range site.Langs {
		out = append(out, fileFor(ls))
	}
	return out
}

func fileFor(ls *content.LangSite) string { return content.OutPath(ls.Lang.Prefix + FileName) }

// Write writes the index of every language of site, the languages at the
// same time. Titles, URLs and headings are taken from site; the text from
// what Add was given. Pages that are no longer in site are forgotten.
func (ix *Index) Write(site *content.Site, w output.Writer) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	errs := make([]error, len(site.Langs))
	var wg sync.WaitGroup
	for i, ls := range site.Langs {
		wg.Add(1)
		go func() {
			defer wg.Done()
			errs[i] = w.WriteFile(fileFor(ls), ix.file(ls))
		}()
	}
	wg.Wait()
	seen := make(map[string]bool, len(site.Pages))
	for _, p := range site.Pages {
		seen[key(p)] = true
	}
	for k := range ix.entries {
		if !seen[k] {
			delete(ix.entries, k)
		}
	}
	return errors.Join(errs...)
}

// file is the index file of a language, written by hand rather than with
// encoding/json: it is the largest output of a build. ix.mu is held.
func (ix *Index) file(ls *content.LangSite) []byte {
	f := ix.folder(ls.Lang)
	defer f.done()
	pages := make([]*content.Page, 0, len(ls.Pages))
	size := 300
	for _, p := range ls.Pages {
		if p.Fallback {
			continue
		}
		pages = append(pages, p)
		e := ix.entries[key(p)]
		size += 64 + len(e.text) + len(e.words) + 2*len(p.Title) + len(p.URL)
		for _, h := range p.Headings {
			size += 16 + len(h.ID) + 2*len(h.Text)
		}
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].RelPermalink() < pages[j].RelPermalink() })
	code := ls.Lang.Code
	b := make([]byte, 0, size+size/8)
	b = append(b, "/* Search index of the "...)
	b = append(b, code...) // a BCP 47 tag: letters, digits and hyphens
	b = append(b, " pages, for js/search.js; written by internal/search. */\n(window.siteSearchIndex=window.siteSearchIndex||{})["...)
	b = appendString(b, code)
	b = append(b, `]={"lang":`...)
	b = appendString(b, code)
	b = append(b, `,"fold":`...)
	b = appendString(b, Mode(ls.Lang.Tag))
	b = append(b, `,"docs":[`...)
	for i, p := range pages {
		e := ix.entries[key(p)]
		if i > 0 {
			b = append(b, ',')
		}
		b = append(b, `{"t":`...)
		b = appendString(b, p.Title)
		b = append(b, `,"u":`...)
		b = appendString(b, p.RelPermalink())
		if len(p.Headings) > 0 {
			b = append(b, `,"h":[`...)
			for j, h := range p.Headings {
				if j > 0 {
					b = append(b, ',')
				}
				b = append(b, '[')
				b = strconv.AppendInt(b, int64(h.Level), 10)
				b = append(b, ',')
				b = appendString(b, h.ID)
				b = append(b, ',')
				b = appendString(b, h.Text)
				b = append(b, ',')
				b = appendString(b, f.Words(h.Text, false))
				b = append(b, ']')
			}
			b = append(b, ']')
		}
		if e.text != "" {
			b = append(b, `,"x":`...)
			b = appendString(b, e.text)
		}
		b = append(b, `,"ft":`...)
		b = appendString(b, f.Words(p.Title, false))
		if e.words != "" {
			b = append(b, `,"fw":`...)
			b = appendString(b, e.words)
		}
		b = append(b, '}')
	}
	return append(b, "]};\n"...)
}

const hex = "0123456789abcdef"

// appendString appends s as a JSON string, which is also a JavaScript
// string: U+2028 and U+2029 are escaped for older engines, invalid UTF-8
// becomes U+FFFD, other characters are written as they are.
func appendString(b []byte, s string) []byte {
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && n == 1 || r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			if r == utf8.RuneError {
				b = append(b, `\ufffd`...)
			} else {
				b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			}
			i += n
			start = i
			continue
		}
		i += n
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}
