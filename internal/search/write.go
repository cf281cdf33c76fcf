package search

import (
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"io"
	"math"
	"slices"
	"sort"
	"strconv"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/par"
)

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
// same time, so w.WriteFile is called from many goroutines. Titles and
// URLs are taken from site; the rest from what Add was given. Pages that are no longer in site are forgotten.
func (ix *Index) Write(site *content.Site, w output.Writer) error {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	errs := make([]error, len(site.Langs))
	names := make([][]string, len(site.Langs))
	sums := make([][]uint64, len(site.Langs))
	sigs := make([]uint64, len(site.Langs))
	// Restored entries are decoded first, for the languages written
	// again: language reads ix.entries from many goroutines.
	decoded := make([]map[string]*entry, len(site.Langs))
	par.Each(len(site.Langs), len(site.Langs), func(i int) {
		ls := site.Langs[i]
		sigs[i] = ix.signature(ls)
		if old, ok := ix.sigs[ls.Lang.Code]; !ok || old != sigs[i] {
			decoded[i], errs[i] = ix.decode(ls.Lang.Code)
		}
	})
	for i, ls := range site.Langs {
		ix.fill(ls.Lang.Code, decoded[i])
	}
	par.Each(len(site.Langs), len(site.Langs), func(i int) {
		ls := site.Langs[i]
		if errs[i] != nil {
			return
		}
		if old, ok := ix.sigs[ls.Lang.Code]; ok && old == sigs[i] {
			// Nothing it is made from changed: w holds its files from
			// the last Write (a dev-server rebuild, a warm build).
			names[i], sums[i] = ix.files[ls.Lang.Code], ix.sums[ls.Lang.Code]
			return
		}
		files, err := ix.language(ls)
		if err != nil {
			errs[i] = err
			return
		}
		// A chunk or bundle the last Write wrote is in w as it is: its
		// name and sum digest its content. Most of a large language's
		// files stay when one page changes.
		had := make(map[string]uint64, len(ix.files[ls.Lang.Code]))
		for j, f := range ix.files[ls.Lang.Code] {
			if sums := ix.sums[ls.Lang.Code]; j < len(sums) {
				had[f] = sums[j]
			}
		}
		var lerrs []error
		for _, f := range files {
			if f.name != manifestFor(ls) {
				names[i] = append(names[i], f.name)
				sums[i] = append(sums[i], f.sum)
				if s, ok := had[f.name]; ok && s == f.sum {
					continue
				}
			}
			lerrs = append(lerrs, w.WriteFile(f.name, f.data))
		}
		errs[i] = errors.Join(lerrs...)
	})
	for i, ls := range site.Langs {
		ix.files[ls.Lang.Code], ix.sums[ls.Lang.Code] = names[i], sums[i]
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
		if e.stub {
			// Restore's data did not hold the page: never an index
			// made without it.
			return nil, fmt.Errorf("search: no index data for %s (the build cache's): build again with --no-cache", p.Path)
		}
		entries[i] = e
		total += e.length
	}
	avg := math.Max(1, total/math.Max(1, float64(len(pages))))

	// Postings, by term number: counted, then put in place in one array,
	// in page order, with their scores.
	var names []string // of the terms, by number
	if v, ok := ix.folds.Load(ls.Lang.Code); ok {
		c := v.(*foldCache)
		c.mu.RLock()
		names = c.terms
		c.mu.RUnlock()
	}
	at := make([]int32, len(names)+1) // where a term's postings start, then the next one goes
	for _, e := range entries {
		for _, t := range e.terms {
			at[t.id+1]++
		}
	}
	var terms []sortTerm
	idf := make([]float64, len(names))
	n := float64(len(pages))
	listed := 0 // postings written: MaxPostings at most per term
	for id := range names {
		df := at[id+1]
		if df == 0 {
			continue
		}
		listed += min(int(df), MaxPostings)
		terms = append(terms, sortTerm{names[id], int32(id), plainUTF8(names[id])})
		// Not BM25's idf, which is near 0 for a term on most pages: then
		// a title or heading match would not count either.
		idf[id] = math.Log(1 + n/float64(df))
	}
	for id := range names {
		at[id+1] += at[id]
	}
	postings := make([]posting, at[len(names)])
	const k1, b = 1.2, 0.75
	for i, e := range entries {
		l := e.length
		for _, t := range e.terms {
			tf := float64(t.tf)
			f := tf * (k1 + 1) / (tf + k1*(1-b+b*l/avg))
			if t.fields&inTitle != 0 {
				f += TitleWeight
			}
			if t.fields&inHeading != 0 {
				f += HeadingWeight
			}
			s := idf[t.id] * f
			postings[at[t.id]] = posting{doc: int32(i), score: int32(max(1, math.Round(s*10))), mask: t.mask}
			at[t.id]++
		}
	}
	// at[id] is now where the postings of id end, and at[id-1] where
	// they start.
	slices.SortFunc(terms, cmpTerms)
	postingsOf := func(id int32) []posting {
		s := int32(0)
		if id > 0 {
			s = at[id-1]
		}
		return postings[s:at[id]]
	}

	// Past a size, the files grow rather than multiply: hosts limit the
	// number of files of a site. (A posting takes about 9 bytes.)
	results := 0
	for i, e := range entries {
		results += len(pages[i].Title) + len(pages[i].RelPermalink()) + 20
		for _, sec := range e.sections {
			results += len(sec.ID) + len(sec.Heading) + len(sec.Text) + 9
		}
	}
	// Sized by the postings written, not all there are: on a large site
	// most are of common terms, past MaxPostings.
	chunkSize := max(ChunkSize, 9*listed/MaxChunks)
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
		name, data, sum := dataFile('t', append(buf, '}'))
		files = append(files, file{content.OutPath(dir + name + ".js"), data, sum})
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
	var counts []int32 // by score
	for _, st := range terms {
		t, ps := st.term, postingsOf(st.id)
		flag := byte('0')
		// Listed: the postings of scores above cut, and the first more of
		// score cut, in page order.
		cut, more := int32(0), 0
		if len(ps) > MaxPostings {
			// The MaxPostings pages of highest score, the first pages
			// among those of one score: counted by score, not sorted.
			top := int32(0)
			for _, p := range ps {
				top = max(top, p.score)
			}
			counts = append(counts[:0], make([]int32, top+1)...)
			for _, p := range ps {
				counts[p.score]++
			}
			n := 0
			for cut = top; n+int(counts[cut]) < MaxPostings; cut-- {
				n += int(counts[cut])
			}
			more = MaxPostings - n
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
			if p.score < cut {
				continue
			}
			if p.score == cut && flag == '1' {
				if more == 0 {
					continue
				}
				more--
			}
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
		name, data, sum := dataFile('r', append(buf, ']'))
		files = append(files, file{content.OutPath(dir + name + ".js"), data, sum})
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
	return append(files, file{name: manifestFor(ls), data: m}), nil
}
