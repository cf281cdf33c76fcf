package buildcache

import (
	"bufio"
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"io"
	"sort"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
	"github.com/wazc/site/internal/search"
)

// Every file starts with its magic (the digit is the format's version)
// and the builder's identity, and ends with the CRC-32C of what is
// between (see castagnoli). A conversion file is encode's; the state and search entries
// are wrapped by wrap.
const (
	magic      = "site-builder conversions 2\n"
	stateMagic = "site-builder state 2\n"
	packMagic  = "site-builder search entries 1\n"
)

// state is the state file: the last build that succeeded.
type state struct {
	setup    [32]byte
	dest     string
	shape    uint64
	stale    int   // conversions written since the last prune
	readAt   int64 // when the build began to read content/ (Unix ns)
	typo     bool  // the site's typographer setting
	static   []string
	sitemaps []string
	assets   []string
	tree           // the folder the build wrote
	spare    *tree // the folder it kept beside, when it did (output.Dir.KeepOld)
	pages    []statePage
	langs    []stateLang               // nil without search
	metas    map[[16]byte]content.Meta // by metaKey
	sources  map[[32]byte]bool         // the pages' src, made by decodeState
	byPath   map[string]*statePage     // the pages by path, made by decodeState
	size     int                       // the file's size, made by decodeState
}

// tree is a folder of built files as a build left it: its files, sorted,
// with their stamps, its folders' stamps (in the order of
// output.Dirs(outputs)) and which of the files the build wrote (of a
// spare, none is known).
type tree struct {
	outputs   []string
	stamps    []output.Stamp
	dirStamps []output.Stamp
	written   []bool
}

// statePage is a page of the state: as other pages see it, and its
// conversion's key (zero for none), ids and anchors.
type statePage struct {
	Page
	key     [32]byte
	src     [32]byte // the SHA-256 of its source
	body    [32]byte // and of its body
	path    string   // its file, from the site root ("" for none)
	stamp   output.Stamp
	fm      string // its front matter, when its Meta is in metas
	fmOK    bool
	line    int // BodyLine
	ids     []string
	anchors []render.SavedAnchor
}

// stateLang is a language of the search index, with the name of its
// entries' file in Search.
type stateLang struct {
	code string
	search.LangState
	pack string
	size int // the pack's size, once read
}

func encodeState(w io.Writer, st *state, id string) error {
	return wrap(w, stateMagic, id, stateHead(st), stateLangs(st), stateFiles(st), stateBody(st, 0))
}

// A state file holds, in this order: the head (what the build was made
// from), the search index's languages, the output files with their
// stamps, then the pages and front matter. What tells whether the
// destination is the last build's comes first, so that Open checks it
// while it decodes the rest; the files are encoded last of all, once
// they are in place, and the pages while they are put there.

// stateHead encodes what st's build was made from.
func stateHead(st *state) []byte {
	b := append([]byte(nil), st.setup[:]...)
	b = appendString(b, st.dest)
	b = appendUint(b, st.shape)
	b = appendUint(b, uint64(st.stale))
	b = appendUint(b, uint64(st.readAt))
	b = append(b, flag(st.typo))
	for _, list := range [][]string{st.static, st.sitemaps, st.assets} {
		b = appendStrings(b, list)
	}
	return b
}

// stateLangs encodes the search index's languages.
func stateLangs(st *state) []byte {
	var b []byte
	if st.langs == nil {
		b = append(b, 0)
	} else {
		b = append(b, 1)
		b = appendUint(b, uint64(len(st.langs)))
		for _, l := range st.langs {
			b = appendString(b, l.code)
			b = appendUint(b, l.Sig)
			b = appendStrings(b, l.Files)
			b = appendUint(b, uint64(len(l.FileSums)))
			for _, s := range l.FileSums {
				b = binary.LittleEndian.AppendUint64(b, s)
			}
			b = appendString(b, l.pack)
			b = appendUint(b, uint64(len(l.Sums)))
			for _, rel := range sortedKeys(l.Sums) {
				b = appendUint(appendString(b, rel), l.Sums[rel])
			}
		}
	}
	return b
}

// stateFiles encodes st's output files and their stamps, then its
// spare's.
func stateFiles(st *state) []byte {
	b := make([]byte, 0, 80*len(st.outputs))
	b = appendTree(b, &st.tree)
	if st.spare == nil {
		return append(b, 0)
	}
	return appendTree(append(b, 1), st.spare)
}

func appendTree(b []byte, t *tree) []byte {
	b = appendStrings(b, t.outputs)
	for _, list := range [][]output.Stamp{t.stamps, t.dirStamps} {
		b = appendUint(b, uint64(len(list)))
		for _, s := range list {
			b = appendUint(appendUint(appendUint(b, uint64(s.Size)), uint64(s.Mtime)), s.Ino)
		}
	}
	// The written files as the gaps between their indexes.
	var n, prev uint64
	for _, w := range t.written {
		if w {
			n++
		}
	}
	b = appendUint(b, n)
	for i, w := range t.written {
		if w {
			b = appendUint(b, uint64(i)-prev)
			prev = uint64(i)
		}
	}
	return b
}

func (d *decoder) tree() tree {
	t := tree{outputs: d.strings()}
	if d.err == nil && len(t.outputs) > len(d.b)/3 {
		d.err = errDamaged
	}
	for _, list := range []*[]output.Stamp{&t.stamps, &t.dirStamps} {
		n := d.count(3)
		*list = make([]output.Stamp, 0, n)
		for range n {
			*list = append(*list, output.Stamp{Size: int64(d.uvarint()), Mtime: int64(d.uvarint()), Ino: d.uvarint()})
		}
	}
	if d.err == nil && len(t.stamps) != len(t.outputs) {
		d.err = errDamaged
	}
	t.written = make([]bool, len(t.outputs))
	var at uint64
	for range d.count(1) {
		at += d.uvarint()
		if at >= uint64(len(t.written)) {
			if d.err == nil {
				d.err = errDamaged
			}
			break
		}
		t.written[at] = true
	}
	return t
}

// stateBody encodes st's pages and front matter, in a buffer of size
// bytes to begin with: the last state's size spares a large site's build
// copying tens of megabytes as the buffer grows.
func stateBody(st *state, size int) []byte {
	b := make([]byte, 0, size)
	b = appendUint(b, uint64(len(st.pages)))
	for _, p := range st.pages {
		b = appendString(appendString(b, p.Lang), p.Rel)
		b = append(b, p.Fingerprint[:]...)
		b = appendString(appendString(b, p.Digest), p.Parent)
		if p.Top {
			b = append(b, 1)
		} else {
			b = append(b, 0)
		}
		b = appendUint(b, uint64(len(p.Translations)))
		for _, t := range p.Translations {
			b = appendString(appendString(b, t[0]), t[1])
		}
		b = append(append(append(b, p.key[:]...), p.src[:]...), p.body[:]...)
		b = appendString(b, p.path)
		b = appendUint(appendUint(appendUint(b, uint64(p.stamp.Size)), uint64(p.stamp.Mtime)), p.stamp.Ino)
		b = append(appendString(b, p.fm), flag(p.fmOK))
		b = appendUint(b, uint64(p.line))
		b = appendStrings(b, p.ids)
		b = appendUint(b, uint64(len(p.anchors)))
		for _, a := range p.anchors {
			b = appendUint(appendUint(b, uint64(a.Line)), uint64(a.Col))
			b = appendString(appendString(appendString(b, a.Lang), a.Rel), a.Fragment)
		}
	}
	keys := make([][16]byte, 0, len(st.metas))
	for k := range st.metas {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return bytes.Compare(keys[i][:], keys[j][:]) < 0 })
	b = appendUint(b, uint64(len(keys)))
	for _, k := range keys {
		m := st.metas[k]
		b = append(b, k[:]...)
		for _, s := range []string{m.Title, m.Description, m.Slug, m.URLPath, m.TranslationKey, m.TranslationOf, m.Layout} {
			b = appendString(b, s)
		}
		b = binary.AppendVarint(b, int64(m.Weight))
		b = append(b, flag(m.Draft), flag(m.Typographer))
		date, _ := m.Date.MarshalBinary()
		b = appendString(b, string(date))
		b = appendStrings(b, m.Aliases)
	}
	return b
}

// decodeState decodes a state file. It calls early, when not nil, with
// the state's head, languages and files, before it decodes the pages and
// front matter (which early must not read).
func decodeState(data []byte, id string, early func(*state)) (*state, error) {
	body, err := unwrap(data, stateMagic, id)
	if err != nil {
		return nil, err
	}
	d := decoder{b: body}
	st := &state{size: len(data)}
	copy(st.setup[:], d.bytes(32))
	st.dest = d.str()
	st.shape = d.uvarint()
	st.stale = d.int()
	st.readAt = int64(d.uvarint())
	st.typo = d.bytes(1)[0] == 1
	st.static, st.sitemaps, st.assets = d.strings(), d.strings(), d.strings()
	if d.bytes(1)[0] == 1 {
		st.langs = []stateLang{}
		for range d.count(4) {
			l := stateLang{code: d.str()}
			l.Sig = d.uvarint()
			l.Files = d.strings()
			for range d.count(8) {
				l.FileSums = append(l.FileSums, binary.LittleEndian.Uint64(d.bytes(8)))
			}
			l.pack = d.str()
			l.Sums = map[string]uint64{}
			for range d.count(2) {
				rel := d.str()
				l.Sums[rel] = d.uvarint()
			}
			st.langs = append(st.langs, l)
		}
	}
	st.tree = d.tree()
	if d.bytes(1)[0] == 1 {
		sp := d.tree()
		st.spare = &sp
	}
	if d.err == nil && early != nil {
		early(st)
	}
	n := d.count(130)
	st.pages = make([]statePage, 0, n)
	for i := 0; i < n && d.err == nil; i++ {
		var p statePage
		p.Lang, p.Rel = d.str(), d.str()
		copy(p.Fingerprint[:], d.bytes(16))
		p.Digest, p.Parent = d.str(), d.str()
		p.Top = d.bytes(1)[0] == 1
		for range d.count(2) {
			p.Translations = append(p.Translations, [2]string{d.str(), d.str()})
		}
		copy(p.key[:], d.bytes(32))
		copy(p.src[:], d.bytes(32))
		copy(p.body[:], d.bytes(32))
		p.path = d.str()
		p.stamp = output.Stamp{Size: int64(d.uvarint()), Mtime: int64(d.uvarint()), Ino: d.uvarint()}
		p.fm = d.str()
		p.fmOK = d.bytes(1)[0] == 1
		p.line = d.int()
		p.ids = d.strings()
		for range d.count(5) {
			p.anchors = append(p.anchors, render.SavedAnchor{Line: d.int(), Col: d.int(), Lang: d.str(), Rel: d.str(), Fragment: d.str()})
		}
		st.pages = append(st.pages, p)
	}
	st.sources = make(map[[32]byte]bool, len(st.pages))
	st.byPath = make(map[string]*statePage, len(st.pages))
	for i, p := range st.pages {
		if p.src != ([32]byte{}) {
			st.sources[p.src] = true
		}
		if p.path != "" {
			st.byPath[p.path] = &st.pages[i]
		}
	}
	n = d.count(27)
	st.metas = make(map[[16]byte]content.Meta, n)
	for i := 0; i < n && d.err == nil; i++ {
		var k [16]byte
		copy(k[:], d.bytes(16))
		var m content.Meta
		for _, s := range []*string{&m.Title, &m.Description, &m.Slug, &m.URLPath, &m.TranslationKey, &m.TranslationOf, &m.Layout} {
			*s = d.str()
		}
		m.Weight = int(d.varint())
		flags := d.bytes(2)
		m.Draft, m.Typographer = flags[0] == 1, flags[1] == 1
		if err := m.Date.UnmarshalBinary([]byte(d.str())); err != nil && d.err == nil {
			d.err = errDamaged
		}
		m.Aliases = d.strings()
		st.metas[k] = m
	}
	if d.err == nil && len(d.b) != 0 {
		d.err = errDamaged
	}
	if d.err != nil {
		return nil, d.err
	}
	return st, nil
}

// wrap writes magic, the builder's id, data (the parts one after the
// other) and data's checksum.
func wrap(w io.Writer, magic, id string, parts ...[]byte) error {
	bw := bufio.NewWriterSize(w, 1<<16)
	bw.WriteString(magic)
	bw.Write(appendString(nil, id))
	h := crc32.New(castagnoli)
	for _, data := range parts {
		bw.Write(data)
		h.Write(data)
	}
	bw.Write(h.Sum(nil))
	return bw.Flush()
}

// castagnoli is the checksum of cache files: CRC-32C, which finds every
// burst of damage up to 32 bits long and nearly all others, at memory
// speed (SSE 4.2, ARMv8). It guards against accidents (a torn or
// truncated file, a flipped bit), as in ext4 and LevelDB; a file of
// another builder is told by its header, and whoever can write the cache
// folder can as well write the site. SHA-256 took a tenth of a warm
// build of a large site, which reads 80 MB of state and search entries.
var castagnoli = crc32.MakeTable(crc32.Castagnoli)

// sumSize is the size of a file's checksum, at its end.
const sumSize = crc32.Size

// unwrap checks what wrap wrote and returns its data.
func unwrap(file []byte, magic, id string) ([]byte, error) {
	if !bytes.HasPrefix(file, []byte(magic)) {
		return nil, errors.New("not a cache file of this version of site")
	}
	d := decoder{b: file[len(magic):]}
	if got := d.str(); d.err != nil || got != id {
		if d.err != nil {
			return nil, errDamaged
		}
		return nil, errors.New("written by another build of site")
	}
	if len(d.b) < sumSize {
		return nil, errDamaged
	}
	body, sum := d.b[:len(d.b)-sumSize], d.b[len(d.b)-sumSize:]
	if crc32.Checksum(body, castagnoli) != binary.BigEndian.Uint32(sum) {
		return nil, errDamaged
	}
	return body, nil
}

func appendUint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func flag(b bool) byte {
	if b {
		return 1
	}
	return 0
}

func (d *decoder) varint() int64 {
	if d.err != nil {
		return 0
	}
	v, n := binary.Varint(d.b)
	if n <= 0 || v > 1<<31 || v < -(1<<31) {
		d.err = errDamaged
		return 0
	}
	d.b = d.b[n:]
	return v
}

func appendStrings(b []byte, list []string) []byte {
	b = appendUint(b, uint64(len(list)))
	for _, s := range list {
		b = appendString(b, s)
	}
	return b
}

func (d *decoder) strings() []string {
	var out []string
	for range d.count(1) {
		out = append(out, d.str())
	}
	return out
}

func sortedKeys(m map[string]uint64) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	sort.Strings(out)
	return out
}
