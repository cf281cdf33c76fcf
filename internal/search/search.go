// Package search writes a search index per language for the layouts'
// search box (layouts/partials/search.html, static/js/search.js). The
// index is cut into many small files so that a reader's first query
// downloads a few of them, whatever the size of the site.
//
// # Files
//
// A language's index is in <prefix>search/ ("en/search/"):
//
//	manifest.js   the one file whose name stays; it changes with the site
//	t<hash>.js    term chunks: terms with their postings, in term order
//	r<hash>.js    result bundles: titles, URLs, headings, excerpt texts
//
// <hash> is 8 hex digits of the SHA-256 of the file's data, so that a
// chunk or bundle whose content is the same keeps its name from build to
// build and hosts may cache it for ever. Every file is a script that
// stores its data in a global, which works in a copy of the site opened
// from a folder (file://), where fetch() does not:
//
//	(window.siteSearchFiles=window.siteSearchFiles||{})[KEY]=DATA;
//
// KEY is "manifest:<language code>" for the manifest and the file's name
// without ".js" for the others.
//
// # Terms
//
// A page's words (see Sections and split) become terms: folded (see
// Folder.Fold: lowercase, and by language without diacritics or ё),
// then stemmed with the language's Snowball algorithm when it has one
// (see Algorithm); Chinese, Japanese and Korean text gives character
// bigrams. search.js makes the same terms from a query.
//
// # Manifest
//
// Before the data, manifest.js holds the language's stemmer, as a script
// that sets window.siteSearchStem[code] (see StemScript). DATA is
//
//	{"lang": code, "fold": Mode, "stem": Snowball algorithm or "",
//	 "docs": number of pages,
//	 "chunks": [key0, name0, key1, name1, …],
//	 "bundles": [count0, name0, count1, name1, …]}
//
// Chunk i holds the terms t with key_i <= t < key_i+1 (key0 is ""), in
// the order of JavaScript's string comparison (UTF-16 code units); a key
// is the shortest prefix of the chunk's first term that sorts after the
// previous chunk's last term. Bundle i holds count_i pages, numbered on
// from the previous bundles' pages: pages are numbered from 0 in URL
// order.
//
// # Chunks
//
// DATA maps each term of the chunk to its postings, a flat array of
// numbers:
//
//	[flag, page, score, sections, page delta, score, sections, …]
//
// flag is 1 when the term is on more than MaxPostings pages and only the
// pages where it scores highest are listed (a query does not then require
// it), else 0. The first page number is absolute, the next ones are the
// difference from the one before. score is the page's score for the
// term times 10, rounded, at least 1: idf × (BM25's saturated frequency
// of the term in the text, headings included (k1 1.2, b 0.75), plus
// TitleWeight if the term is in the title, plus HeadingWeight if in a
// heading), with idf ln(1 + pages / pages with the term), which unlike
// BM25's stays above 0.69. sections has bit i set when the term is in section
// i of the page (see Sections; i < 31): its heading or its text.
//
// # Bundles
//
// DATA is an array with, for each page of the bundle in order:
//
//	[title, URL (with the base path), text of section 0,
//	 [id1, heading1, text1, id2, heading2, text2, …]]
//
// for sections 1, 2, … The texts are the starts of the sections' texts
// (see FirstText and SectionText), for excerpts.
package search

import (
	"encoding/binary"
	"errors"
	"hash/fnv"
	"io"
	"math"
	"path"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"

	"github.com/wazc/site/internal/par"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
)

// Sizes of the index's parts. A reader's first query loads the manifest,
// a chunk per word and a bundle per result shown: the bounds trade the
// bytes of that query against the number of files.
var (
	ChunkSize   = 24 << 10 // bytes of postings per chunk, about: a term's postings are not split
	BundleSize  = 24 << 10 // bytes of result data per bundle, about
	MaxChunks   = 1500     // chunks per language at most, about: past it, chunks grow
	MaxBundles  = 1500     // bundles per language at most, about: past it, bundles grow
	MaxPostings = 2500     // pages listed for a term at most (see the flag of Chunks)
	FirstText   = 200      // characters kept of a page's first section, for excerpts
	SectionText = 100      // characters kept of the other sections
)

// Field weights: what a term in the page's title or in one of its
// headings adds to the saturated frequency of BM25 (which is below
// k1 + 1 = 2.2), before the term's idf multiplies the sum. A title match
// outweighs any number of matches in the text.
const (
	TitleWeight   = 3
	HeadingWeight = 0.7
)

// Dir is the folder of a language's index files, after its URL prefix,
// and Manifest the one file of it with a fixed name.
const (
	Dir      = "search/"
	Manifest = "manifest.js"
)

// Immutable reports whether a published file is one of the index's chunks
// or bundles ("en/search/t3f2a9c1b.js"): named by a digest of their
// content, they never change, so hosts may cache them for ever. Only the
// manifest keeps its name.
func Immutable(name string) bool {
	dir, file := path.Split(name)
	if !strings.HasSuffix(dir, Dir) || len(file) != len("t01234567.js") || !strings.HasSuffix(file, ".js") || (file[0] != 't' && file[0] != 'r') {
		return false
	}
	for _, c := range file[1:9] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f') {
			return false
		}
	}
	return true
}

// Index collects pages for the search index. It implements
// render.Indexer: Add may be called from many goroutines, and what it was
// given stays across builds, so that a dev-server rebuild gives it only
// the pages rendered again.
type Index struct {
	mu      sync.Mutex
	entries map[string]*entry   // by language code + "\x00" + page Rel
	files   map[string][]string // by language code: what the last Write wrote
	sigs    map[string]uint64   // by language code: what the last Write wrote it from
	folds   sync.Map            // language code → *foldCache
}

// entry is what the index keeps of a page's HTML.
type entry struct {
	sum      uint64    // digest of the title and HTML it was made from
	sections []Section // texts cut (FirstText, SectionText)
	terms    []termStat
	length   float64 // words of the text and headings
}

// termStat is a term of a page: its weighted frequency, and the sections
// it is in (bit i for section i).
type termStat struct {
	term   string
	tf     float64 // in the text and headings
	mask   uint32
	fields uint8 // inTitle, inHeading
}

// Fields a term is in, besides the text.
const (
	inTitle = 1 << iota
	inHeading
)

// New returns an empty index.
func New() *Index {
	return &Index{entries: map[string]*entry{}, files: map[string][]string{}, sigs: map[string]uint64{}}
}

func key(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// folder returns a Folder for a language, which shares the language's
// cache. Give it back with done. Folders are kept in a list, not a
// sync.Pool, which empties at every garbage collection: a Folder's own
// copy of the cache and its buffers are worth keeping for the build.
func (ix *Index) folder(lang *config.Language) *Folder {
	v, ok := ix.folds.Load(lang.Code)
	if !ok {
		v, _ = ix.folds.LoadOrStore(lang.Code, &foldCache{m: map[string]string{}})
	}
	c := v.(*foldCache)
	c.mu.Lock()
	if n := len(c.free); n > 0 {
		f := c.free[n-1]
		c.free = c.free[:n-1]
		c.mu.Unlock()
		return f
	}
	c.mu.Unlock()
	f := NewFolder(lang.Tag)
	f.cache = c
	return f
}

func (f *Folder) done() {
	c := f.cache
	c.mu.Lock()
	c.free = append(c.free, f)
	c.mu.Unlock()
}

// Add records a page's converted Markdown. Fallback pages, whose text is
// in another language, are not indexed. The sections and their anchors
// are the headings with an id in html, as rendered.
func (ix *Index) Add(p *content.Page, html []byte) {
	if p.Fallback {
		return
	}
	h := fnv.New64a()
	io.WriteString(h, p.Title)
	h.Write([]byte{0})
	h.Write(html)
	sum := h.Sum64()
	ix.mu.Lock()
	old := ix.entries[key(p)]
	ix.mu.Unlock()
	if old != nil && old.sum == sum {
		// Rendered again, as a translation of an edited page is, with the
		// same text: nothing to index.
		return
	}
	f := ix.folder(p.Lang)
	sc := &f.scratch
	sc.buf, sc.spans = sections(html, sc.buf[:0], sc.spans[:0])
	clear(sc.at)
	clear(sc.byTerm)
	e := &entry{sum: sum, sections: make([]Section, len(sc.spans))}
	// sc.at maps the words of the page as written to their terms' place in
	// e.terms: most words recur in a page, and many words share a term.
	count := func(s []byte, field uint8, sec int) {
		eachWord(s, func(w []byte) {
			i, ok := sc.at[string(w)]
			if !ok {
				t := f.termOf(w)
				if i, ok = sc.byTerm[t]; !ok {
					i = len(e.terms)
					sc.byTerm[t] = i
					e.terms = append(e.terms, termStat{term: t})
				}
				sc.at[string(w)] = i
			}
			e.terms[i].fields |= field
			if field == inTitle {
				return
			}
			e.terms[i].tf++
			if sec < 31 {
				e.terms[i].mask |= 1 << sec
			}
			e.length++
		})
	}
	count([]byte(p.Title), inTitle, -1)
	for i, sp := range sc.spans {
		heading, text := sc.buf[sp.heading[0]:sp.heading[1]], sc.buf[sp.text[0]:sp.text[1]]
		count(heading, inHeading, i)
		count(text, 0, i)
		max := SectionText
		if i == 0 {
			max = FirstText
		}
		e.sections[i] = Section{ID: sp.id, Heading: string(heading), Text: cut(string(text[:min(len(text), 4*max+4)]), max)}
	}
	e.terms = slices.Clip(e.terms)
	f.done()
	ix.mu.Lock()
	ix.entries[key(p)] = e
	ix.mu.Unlock()
}

// Outputs names the index files of site that the last Write wrote, and
// the manifests.
func (ix *Index) Outputs(site *content.Site) []string {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var out []string
	for _, ls := range site.Langs {
		out = append(out, manifestFor(ls))
		out = append(out, ix.files[ls.Lang.Code]...)
	}
	return out
}

func manifestFor(ls *content.LangSite) string {
	return content.OutPath(ls.Lang.Prefix + Dir + Manifest)
}

// Write writes the index of every language of site, the languages at the
// same time. Titles and URLs are taken from site; the rest from what Add
// was given. Pages that are no longer in site are forgotten.
func (ix *Index) Write(site *content.Site, w output.Writer) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	errs := make([]error, len(site.Langs))
	names := make([][]string, len(site.Langs))
	sigs := make([]uint64, len(site.Langs))
	par.Each(len(site.Langs), len(site.Langs), func(i int) {
		ls := site.Langs[i]
		sigs[i] = ix.signature(ls)
		if old, ok := ix.sigs[ls.Lang.Code]; ok && old == sigs[i] {
			// Nothing it is made from changed: w holds its files from
			// the last Write (a dev-server rebuild).
			names[i] = ix.files[ls.Lang.Code]
			return
		}
		files, err := ix.language(ls)
		if err != nil {
			errs[i] = err
			return
		}
		var lerrs []error
		for _, f := range files {
			if f.name != manifestFor(ls) {
				names[i] = append(names[i], f.name)
			}
			lerrs = append(lerrs, w.WriteFile(f.name, f.data))
		}
		errs[i] = errors.Join(lerrs...)
	})
	for i, ls := range site.Langs {
		ix.files[ls.Lang.Code] = names[i]
		if errs[i] == nil {
			ix.sigs[ls.Lang.Code] = sigs[i]
		} else {
			delete(ix.sigs, ls.Lang.Code)
		}
	}
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

// signature digests everything language reads for ls: the pages, in
// order, with their titles, URLs and entries. ix.mu is held.
func (ix *Index) signature(ls *content.LangSite) uint64 {
	h := fnv.New64a()
	var b [8]byte
	for _, p := range ls.Pages {
		if p.Fallback {
			continue
		}
		io.WriteString(h, p.Rel)
		h.Write([]byte{0})
		io.WriteString(h, p.Title)
		h.Write([]byte{0})
		io.WriteString(h, p.RelPermalink())
		h.Write([]byte{0})
		if e := ix.entries[key(p)]; e != nil {
			binary.LittleEndian.PutUint64(b[:], e.sum)
			h.Write(b[:])
		}
	}
	return h.Sum64()
}

// language makes the files of one language's index. ix.mu is held.
func (ix *Index) language(ls *content.LangSite) ([]file, error) {
	var pages []*content.Page
	for _, p := range ls.Pages {
		if !p.Fallback {
			pages = append(pages, p)
		}
	}
	sort.SliceStable(pages, func(i, j int) bool { return pages[i].RelPermalink() < pages[j].RelPermalink() })
	entries := make([]*entry, len(pages))
	var total float64
	for i, p := range pages {
		e := ix.entries[key(p)]
		if e == nil {
			e = &entry{}
		}
		entries[i] = e
		total += e.length
	}
	avg := math.Max(1, total/math.Max(1, float64(len(pages))))

	// Postings, by term, in page order.
	byTerm := map[string][]posting{}
	tfs := map[string][]termStat{}
	for i, e := range entries {
		for _, t := range e.terms {
			byTerm[t.term] = append(byTerm[t.term], posting{doc: int32(i), mask: t.mask})
			tfs[t.term] = append(tfs[t.term], t)
		}
	}
	terms := make([]string, 0, len(byTerm))
	for t := range byTerm {
		terms = append(terms, t)
	}
	sort.Slice(terms, func(i, j int) bool { return lessUTF16(terms[i], terms[j]) })
	const k1, b = 1.2, 0.75
	n := float64(len(pages))
	for _, t := range terms {
		ps, tf := byTerm[t], tfs[t]
		df := float64(len(ps))
		// Not BM25's idf, which is near 0 for a term on most pages: then
		// a title or heading match would not count either.
		idf := math.Log(1 + n/df)
		for i := range ps {
			l := entries[ps[i].doc].length
			f := tf[i].tf * (k1 + 1) / (tf[i].tf + k1*(1-b+b*l/avg))
			if tf[i].fields&inTitle != 0 {
				f += TitleWeight
			}
			if tf[i].fields&inHeading != 0 {
				f += HeadingWeight
			}
			s := idf * f
			ps[i].score = int32(max(1, math.Round(s*10)))
		}
	}

	// Past a size, the files grow rather than multiply: hosts limit the
	// number of files of a site. (A posting takes about 9 bytes.)
	postings, results := 0, 0
	for i, e := range entries {
		postings += len(e.terms)
		results += len(pages[i].Title) + len(pages[i].RelPermalink()) + 20
		for _, sec := range e.sections {
			results += len(sec.ID) + len(sec.Heading) + len(sec.Text) + 9
		}
	}
	chunkSize := max(ChunkSize, 9*postings/MaxChunks)
	bundleSize := max(BundleSize, results/MaxBundles)

	dir := ls.Lang.Prefix + Dir
	var files []file
	var chunks []byte // the manifest's list
	var buf []byte
	var first, last string // of the chunk in buf
	var prevLast string
	flush := func() {
		if len(buf) == 0 {
			return
		}
		name, data := dataFile('t', append(buf, '}'))
		files = append(files, file{content.OutPath(dir + name + ".js"), data})
		if len(chunks) > 0 {
			chunks = append(chunks, ',')
		}
		k := ""
		if prevLast != "" {
			k = separator(prevLast, first)
		}
		chunks = appendString(chunks, k)
		chunks = append(chunks, ',')
		chunks = appendString(chunks, name)
		prevLast = last
		buf = buf[:0]
	}
	for _, t := range terms {
		ps := byTerm[t]
		flag := byte('0')
		if len(ps) > MaxPostings {
			ps = append([]posting(nil), ps...)
			sort.SliceStable(ps, func(i, j int) bool { return ps[i].score > ps[j].score })
			ps = ps[:MaxPostings]
			sort.Slice(ps, func(i, j int) bool { return ps[i].doc < ps[j].doc })
			flag = '1'
		}
		if len(buf) == 0 {
			buf = append(buf, '{')
			first = t
		} else {
			buf = append(buf, ',')
		}
		last = t
		buf = appendString(buf, t)
		buf = append(buf, ':', '[', flag)
		prev := int32(0)
		for _, p := range ps {
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(p.doc-prev), 10)
			buf = append(buf, ',')
			buf = strconv.AppendInt(buf, int64(p.score), 10)
			buf = append(buf, ',')
			buf = strconv.AppendUint(buf, uint64(p.mask), 10)
			prev = p.doc
		}
		buf = append(buf, ']')
		if len(buf) >= chunkSize {
			flush()
		}
	}
	flush()

	var bundles []byte
	buf = buf[:0]
	inBundle := 0
	flushBundle := func() {
		if inBundle == 0 {
			return
		}
		name, data := dataFile('r', append(buf, ']'))
		files = append(files, file{content.OutPath(dir + name + ".js"), data})
		if len(bundles) > 0 {
			bundles = append(bundles, ',')
		}
		bundles = strconv.AppendInt(bundles, int64(inBundle), 10)
		bundles = append(bundles, ',')
		bundles = appendString(bundles, name)
		buf, inBundle = buf[:0], 0
	}
	for i, p := range pages {
		if inBundle == 0 {
			buf = append(buf, '[')
		} else {
			buf = append(buf, ',')
		}
		inBundle++
		buf = append(buf, '[')
		buf = appendString(buf, p.Title)
		buf = append(buf, ',')
		buf = appendString(buf, p.RelPermalink())
		buf = append(buf, ',')
		secs := entries[i].sections
		text := ""
		if len(secs) > 0 {
			text = secs[0].Text
		}
		buf = appendString(buf, text)
		buf = append(buf, ",["...)
		for j, s := range secs[min(1, len(secs)):] {
			if j > 0 {
				buf = append(buf, ',')
			}
			buf = appendString(buf, s.ID)
			buf = append(buf, ',')
			buf = appendString(buf, s.Heading)
			buf = append(buf, ',')
			buf = appendString(buf, s.Text)
		}
		buf = append(buf, "]]"...)
		if len(buf) >= bundleSize {
			flushBundle()
		}
	}
	flushBundle()

	code := ls.Lang.Code
	algo := Algorithm(ls.Lang.Tag)
	stem, err := StemScript(algo, code)
	if err != nil {
		return nil, err
	}
	m := append([]byte("/* Search index of the "+code+" pages, for js/search.js; written by internal/search. */\n"), stem...)
	m = append(m, "(window.siteSearchFiles=window.siteSearchFiles||{})["...)
	m = appendString(m, "manifest:"+code)
	m = append(m, `]={"lang":`...)
	m = appendString(m, code)
	m = append(m, `,"fold":`...)
	m = appendString(m, Mode(ls.Lang.Tag))
	m = append(m, `,"stem":`...)
	m = appendString(m, algo)
	m = append(m, `,"docs":`...)
	m = strconv.AppendInt(m, int64(len(pages)), 10)
	m = append(m, `,"chunks":[`...)
	m = append(m, chunks...)
	m = append(m, `],"bundles":[`...)
	m = append(m, bundles...)
	m = append(m, "]};\n"...)
	return append(files, file{manifestFor(ls), m}), nil
}
