package search

import (
	"encoding/binary"
	"errors"
	"math"
	"sort"
	"strings"
)

// A build cache keeps what an Index learnt of each language between runs
// of site build, so that a build after a small edit neither parses the
// HTML of pages it did not render again nor rewrites the index of a
// language whose pages did not change.

// LangState is what the last Write left of one language: the signature
// of what it was made from, the chunk and bundle files it wrote with more
// of the digest that names each (FileSums, the same length as Files), and
// each page's digest (by Rel).
type LangState struct {
	Sig      uint64
	Files    []string
	FileSums []uint64
	Sums     map[string]uint64
}

// Sig returns the signature of lang's last Write, as State would; ok is
// false when the language was not written without errors.
func (ix *Index) Sig(lang string) (sig uint64, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	sig, ok = ix.sigs[lang]
	return sig, ok
}

// State returns lang's LangState after a Write; ok is false when the
// language was not written without errors.
func (ix *Index) State(lang string) (st LangState, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	sig, ok := ix.sigs[lang]
	if !ok {
		return st, false
	}
	st = LangState{Sig: sig, Files: append([]string(nil), ix.files[lang]...), FileSums: append([]uint64(nil), ix.sums[lang]...), Sums: map[string]uint64{}}
	for k, e := range ix.entries {
		if code, rel, _ := strings.Cut(k, "\x00"); code == lang {
			st.Sums[rel] = e.sum
		}
	}
	return st, true
}

// AppendEntries appends to b every entry of lang, encoded for Restore,
// in Rel order; ok is false if one was restored and never loaded (the
// cache's data then still holds). A b with room for the last encoding
// spares a large language's copies as it grows.
func (ix *Index) AppendEntries(b []byte, lang string) (data []byte, ok bool) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	var rels []string
	for k, e := range ix.entries {
		if code, rel, _ := strings.Cut(k, "\x00"); code == lang {
			if e.stub {
				return nil, false
			}
			rels = append(rels, rel)
		}
	}
	sort.Strings(rels)
	// The terms are numbered by the language's foldCache, for this
	// process only: the data holds a table of them, by first use.
	var terms []string
	table := map[int32]uint64{}
	if v, ok := ix.folds.Load(lang); ok {
		c := v.(*foldCache)
		c.mu.RLock()
		for _, rel := range rels {
			for _, t := range ix.entries[lang+"\x00"+rel].terms {
				if _, ok := table[t.id]; !ok {
					table[t.id] = uint64(len(terms))
					terms = append(terms, c.terms[t.id])
				}
			}
		}
		c.mu.RUnlock()
	}
	b = binary.AppendUvarint(b, uint64(len(terms)))
	for _, t := range terms {
		b = appendStr(b, t)
	}
	b = binary.AppendUvarint(b, uint64(len(rels)))
	for _, rel := range rels {
		e := ix.entries[lang+"\x00"+rel]
		b = appendStr(b, rel)
		b = binary.LittleEndian.AppendUint64(b, e.sum)
		b = binary.LittleEndian.AppendUint64(b, math.Float64bits(e.length))
		b = binary.AppendUvarint(b, uint64(len(e.sections)))
		for _, s := range e.sections {
			b = appendStr(appendStr(appendStr(b, s.ID), s.Heading), s.Text)
		}
		b = binary.AppendUvarint(b, uint64(len(e.terms)))
		for _, t := range e.terms {
			b = binary.AppendUvarint(b, table[t.id])
			b = binary.AppendUvarint(b, uint64(t.tf))
			b = binary.AppendUvarint(b, uint64(t.mask))
			b = append(b, t.fields)
		}
	}
	return b, true
}

// Restore gives a new Index what a Write of an earlier run left of lang:
// st, and data from Entries, decoded only if the language must be
// written again. The caller vouches that data is what Entries gave for
// st (a build cache checks its files' checksums).
func (ix *Index) Restore(lang string, st LangState, data func() []byte) {
	ix.mu.Lock()
	defer ix.mu.Unlock()
	ix.sigs[lang] = st.Sig
	ix.files[lang] = append([]string(nil), st.Files...)
	ix.sums[lang] = append([]uint64(nil), st.FileSums...)
	for rel, sum := range st.Sums {
		ix.entries[lang+"\x00"+rel] = &entry{sum: sum, stub: true}
	}
	ix.packs[lang] = data
}

var errPack = errors.New("search: damaged entries")

// fill replaces lang's restored entries by those decode made of their
// data. ix.mu is held.
func (ix *Index) fill(lang string, decoded map[string]*entry) {
	if decoded == nil {
		return
	}
	delete(ix.packs, lang)
	for rel, e := range decoded {
		// A page rendered again in this build has its new entry already.
		if old := ix.entries[lang+"\x00"+rel]; old != nil && old.stub && old.sum == e.sum {
			ix.entries[lang+"\x00"+rel] = e
		}
	}
}

// decode decodes lang's restored entries, if it has any. ix.mu is held;
// it only reads ix.
func (ix *Index) decode(lang string) (map[string]*entry, error) {
	data := ix.packs[lang]
	if data == nil {
		return nil, nil
	}
	out := map[string]*entry{}
	d := data()
	nterms, d, ok := uvarint(d)
	if !ok || nterms > uint64(len(d)) {
		return nil, errPack
	}
	v, _ := ix.folds.LoadOrStore(lang, newFoldCache())
	c := v.(*foldCache)
	ids := make([]int32, nterms)
	c.mu.Lock()
	for i := range ids {
		var t string
		if t, d, ok = str(d); !ok {
			c.mu.Unlock()
			return nil, errPack
		}
		id, known := c.ids[t]
		if !known {
			id = int32(len(c.terms))
			c.terms = append(c.terms, t)
			c.ids[t] = id
		}
		ids[i] = id
	}
	c.mu.Unlock()
	n, d, ok := uvarint(d)
	for i := uint64(0); ok && i < n; i++ {
		var rel string
		e := &entry{}
		rel, d, ok = str(d)
		if !ok || len(d) < 16 {
			return nil, errPack
		}
		e.sum = binary.LittleEndian.Uint64(d)
		e.length = math.Float64frombits(binary.LittleEndian.Uint64(d[8:]))
		d = d[16:]
		var ns, nt uint64
		if ns, d, ok = uvarint(d); !ok || ns > uint64(len(d)) {
			return nil, errPack
		}
		e.sections = make([]Section, ns)
		for j := range e.sections {
			s := &e.sections[j]
			s.ID, d, _ = str(d)
			s.Heading, d, _ = str(d)
			if s.Text, d, ok = str(d); !ok {
				return nil, errPack
			}
		}
		if nt, d, ok = uvarint(d); !ok || nt > uint64(len(d)) {
			return nil, errPack
		}
		e.terms = make([]termStat, nt)
		for j := range e.terms {
			t := &e.terms[j]
			var ti, tf, mask uint64
			if ti, d, ok = uvarint(d); !ok || ti >= nterms {
				return nil, errPack
			}
			if tf, d, ok = uvarint(d); !ok {
				return nil, errPack
			}
			if mask, d, ok = uvarint(d); !ok || len(d) < 1 {
				return nil, errPack
			}
			t.id, t.tf, t.mask, t.fields, d = ids[ti], uint32(tf), uint32(mask), d[0], d[1:]
		}
		out[rel] = e
	}
	if !ok {
		return nil, errPack
	}
	return out, nil
}

func appendStr(b []byte, s string) []byte {
	b = binary.AppendUvarint(b, uint64(len(s)))
	return append(b, s...)
}

func uvarint(b []byte) (uint64, []byte, bool) {
	v, n := binary.Uvarint(b)
	if n <= 0 {
		return 0, b, false
	}
	return v, b[n:], true
}

func str(b []byte) (string, []byte, bool) {
	n, b, ok := uvarint(b)
	if !ok || n > uint64(len(b)) {
		return "", b, false
	}
	return string(b[:n]), b[n:], true
}
