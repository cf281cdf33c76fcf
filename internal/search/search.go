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
	"bytes"
	"crypto/sha256"
	"encoding/binary"
	"io"
	"path"
	"slices"
	"strings"
	"sync"
	"unsafe"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
)

// Sizes of the index's parts. A reader's first query loads the manifest,
// a chunk per word and a bundle per result shown (five): the bounds trade
// the bytes of that query against the number of files. Bundles are small
// because five of them load at once; on a large site their names make
// most of the manifest, which is why MaxBundles stops them at a few
// thousand (on 100,000 pages: about 65 KB of bundles and 30 KB of
// manifest, gzipped, for a first query; cmd/bench search measures it).
var (
	ChunkSize   = 24 << 10 // bytes of postings per chunk, about: a term's postings are not split
	BundleSize  = 8 << 10  // bytes of result data per bundle, about
	MaxChunks   = 1500     // chunks per language at most, about: past it, chunks grow
	MaxBundles  = 4000     // bundles per language at most, about: past it, bundles grow
	MaxPostings = 1500     // pages listed for a term at most (see the flag of Chunks)
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
	entries map[string]*entry        // by language code + "\x00" + page Rel
	files   map[string][]string      // by language code: what the last Write wrote
	sums    map[string][]uint64      // and the rest of their digests (file.sum)
	sigs    map[string]uint64        // by language code: what the last Write wrote it from
	folds   sync.Map                 // language code → *foldCache
	packs   map[string]func() []byte // by language code: restored entries not yet decoded (see Restore)
}

// entry is what the index keeps of a page's HTML.
type entry struct {
	sum      uint64    // digest of the title and HTML it was made from
	sections []Section // texts cut (FirstText, SectionText)
	terms    []termStat
	length   float64 // words of the text and headings
	stub     bool    // restored with only its sum (see Restore)
}

// termStat is a term of a page (its number in the language's foldCache):
// its frequency, and the sections it is in (bit i for section i).
type termStat struct {
	id     int32
	tf     uint32 // in the text and headings
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
	return &Index{entries: map[string]*entry{}, files: map[string][]string{}, sums: map[string][]uint64{}, sigs: map[string]uint64{}, packs: map[string]func() []byte{}}
}

func key(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// folder returns a Folder for a language, which shares the language's
// cache. Give it back with done. Folders are kept in a list, not a
// sync.Pool, which empties at every garbage collection: a Folder's own
// copy of the cache and its buffers are worth keeping for the build.
func (ix *Index) folder(lang *config.Language) *Folder {
	v, ok := ix.folds.Load(lang.Code)
	if !ok {
		v, _ = ix.folds.LoadOrStore(lang.Code, newFoldCache())
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
func (ix *Index) Add(p *content.Page, html string) {
	if p.Fallback {
		return
	}
	// The page is read in place, never written: a copy of each page's
	// HTML ([]byte(html)) had cost some 6 % of a cold build's CPU.
	src := unsafe.Slice(unsafe.StringData(html), len(html))
	// The digest is kept between runs of site build (see Restore): not
	// maphash, whose seed is the process's.
	h := sha256.New()
	io.WriteString(h, p.Title)
	h.Write([]byte{0})
	h.Write(src)
	var d [sha256.Size]byte
	sum := binary.LittleEndian.Uint64(h.Sum(d[:0]))
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
	sc.buf, sc.spans = sections(src, sc.buf[:0], sc.spans[:0])
	terms := sc.terms[:0]
	e := &entry{sum: sum, sections: make([]Section, len(sc.spans))}
	// Words become term numbers through the Folder's cache (most words
	// recur from page to page); sc.slot has the place of a number in
	// terms. A word of the text or a heading adds one to the length.
	add := func(id int32, field uint8, sec int, long bool) {
		if int(id) >= len(sc.slot) {
			sc.slot = append(sc.slot, make([]int32, int(id)+1-len(sc.slot)+len(sc.slot)/2)...)
		}
		i := sc.slot[id] - 1
		if i < 0 {
			terms = append(terms, termStat{id: id})
			i = int32(len(terms) - 1)
			sc.slot[id] = i + 1
		}
		t := &terms[i]
		t.fields |= field
		if field == inTitle {
			return
		}
		t.tf++
		if sec < 31 {
			t.mask |= 1 << sec
		}
		if long {
			e.length++
		}
	}
	var variant []byte
	count := func(s []byte, field uint8, sec int) {
		eachWord(s, func(w []byte) {
			id, ok := f.local[string(w)]
			if !ok {
				id = f.termOf(w)
			}
			add(id, field, sec, true)
			if f.dotless && bytes.IndexByte(w, 'I') >= 0 {
				// In Azerbaijani and Turkish a capital I is ı, but a
				// reader types i for the I of a name or a word from
				// another language (IBAN, IndexLoader): both terms
				// count, as one word.
				variant = append(variant[:0], w...)
				for i, c := range variant {
					if c == 'I' {
						variant[i] = 'i'
					}
				}
				add(f.termOf(variant), field, sec, false)
			}
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
		e.sections[i] = Section{ID: sp.id, Heading: string(heading), Text: cut(text, max)}
	}
	for _, t := range terms {
		sc.slot[t.id] = 0
	}
	e.terms = slices.Clone(terms)
	sc.terms = terms
	f.done()
	ix.mu.Lock()
	ix.entries[key(p)] = e
	ix.mu.Unlock()
}
