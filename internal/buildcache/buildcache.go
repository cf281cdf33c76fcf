// Package buildcache keeps what site build can reuse between runs, in a
// cache folder, so that a build after a small edit converts, renders,
// indexes and writes only what the edit can have changed, and its output
// is the same, byte for byte, as a cold build's.
//
// # What it keeps
//
// The folder holds three kinds of file:
//
//	state              the last build: each page as other pages see it, the
//	                   output files and their stamps, the search index's state
//	conversions/xx/K   one page's Markdown conversion (package render's Saved),
//	                   K the hex of its key
//	search/D           one language's search entries, D a digest of them
//
// A conversion's key is made of everything it is made from but the links
// it resolves: the page's language, path, Markdown body and the line it
// starts at, its typographer setting and the site's Markdown options; the
// builder itself is in every file's header (see builder). The state keeps
// each page's key, the ids of its HTML and the anchors it links to, so that
// a warm build checks every link between pages without reading the
// conversions of pages it does not render; render checks each link one by
// one, from the conversion, when pages came, went or moved.
//
// # Output reuse
//
// The state also records the setup of the build (a digest of site.yaml,
// layouts/, static/ and the build's options) and the destination folder
// with each file's and folder's stamp (size, time, inode: see
// output.Stamp) and which files the build wrote; and the same of the
// spare, the folder the build replaced and kept beside the destination
// (see package output). When the setup is the same, the build is warm:
// package build renders only the pages whose output can differ
// (build.Session's plan). When the spare is as recorded, and the
// destination's files the last build wrote are too, the build writes
// into the spare (checkLast, claim): it needs to touch only what changed
// since the spare was published. Else, when every file of the
// destination is as recorded, the new folder takes every file it does not
// render from the old one by hard link. Otherwise the build renders every
// page, still with the conversions that hold, into the spare if it can.
//
// # Damage and sharing
//
// Every file is written to a temporary name and renamed into place, so a
// reader sees a whole file or none, and two builds sharing a folder cannot
// mix their writes: the last state to be written wins. Each file's header
// holds a checksum of the rest. A state that is truncated, damaged or from
// another builder is ignored with one warning and the build is cold; a
// conversion that cannot be read is made again, with one warning; a
// language's entries that cannot be read make the build render every page.
// A folder that cannot be written is a warning too: the build still
// succeeds. Files the state no longer names are removed (see prune), so
// the folder stays about the size of one build's conversions.
package buildcache

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/par"
	"github.com/wazc/site/internal/render"
	"github.com/wazc/site/internal/search"
)

// FileName is the state file in the cache folder; conversions and search
// entries are in the folders Conversions and Search beside it.
const (
	FileName    = "state"
	Conversions = "conversions"
	Search      = "search"
)

// DefaultDir is the cache folder of the site at source when none is
// named: site-builder/<digest of the site's absolute path> in the user's
// cache folder (os.UserCacheDir), so that each site has its own.
func DefaultDir(source string) (string, error) {
	abs, err := filepath.Abs(source)
	if err != nil {
		return "", err
	}
	base, err := os.UserCacheDir()
	if err != nil {
		return "", err
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(base, "site-builder", fmt.Sprintf("%x", sum[:8])), nil
}

// Build is what a build tells Open besides its site.
type Build struct {
	// Setup digests everything every page's output depends on besides
	// content/ (see Setup).
	Setup [32]byte
	// Dest is the absolute path of the folder the build replaces, or ""
	// when it does not write one (output reuse is then off).
	Dest string
	// Out, when set, is the folder the build writes, beside Dest: the
	// last build's spare is claimed for it when it can be (see
	// output.Dir.Claim).
	Out *output.Dir
	// Search is set when the site has a search index.
	Search bool
	// ReadAt is when the build began to read content/.
	ReadAt time.Time
}

// Page is what the state keeps of a page as other pages see it, for
// package build's plan: the sum of its content.Fingerprint, the digest
// of its source, its section ("" for none), whether that section is the
// top of its language, and its translations (language code, Rel).
type Page struct {
	Lang, Rel    string
	Fingerprint  [16]byte
	Digest       string
	Parent       string
	Top          bool
	Translations [][2]string
}

// Last is the last build into the same destination, when this build may
// reuse its files.
type Last struct {
	Pages    []Page
	Static   []string // static/'s files
	Sitemaps []string // the sitemap's files
	Assets   []string // the assets the layouts asked for (render.Assets.Asked)
	Outputs  []string // every file of the destination, sorted
	// Stamps are the stamps of Outputs, as checked in the destination
	// (when Claimed, only those of the files the spare lacked).
	Stamps []output.Stamp
	// Claimed is set when the build writes into the destination's spare.
	Claimed bool
	// Index is the search index as that build left it, or nil.
	Index *search.Index
}

// Use is one build's use of a cache folder.
type Use struct {
	// Cache holds the conversions that still apply to the site's pages,
	// for the renderer; new ones go to the folder as they are made.
	Cache *render.Cache
	// Warnings are the problems met reading or writing the cache, at
	// most one a build.
	Warnings []error
	// Restored counts the pages whose conversion the folder holds.
	Restored int
	// Last is set when the build may reuse the destination's files.
	Last *Last
	// Claimed is set when the build writes into the destination's spare
	// (Build.Out): the site it replaces can be the next build's spare.
	Claimed bool

	dir      string
	id       string
	build    Build
	readOnly bool
	decoded  chan struct{}  // closed once prev and ready are set
	ready    chan lastBuild // see checkLast
	waitOnce sync.Once
	found    lastBuild           // what ready gave
	keys     map[string][32]byte // each page's conversion key, by lang\x00rel
	bodies   map[string][32]byte // the SHA-256 of each page's body
	prev     *state
	mu       sync.Mutex
	warned   bool
	written  int // conversions written by this build
	// failed is set when a conversion could not be written: nothing more
	// is written, since the state would name what is missing. dir itself
	// stays as Open set it, since the renderer's goroutines read it.
	failed atomic.Bool
}

// Open reads the state in dir, before the build loads its site. A missing
// state is a cold build without a warning; an unreadable or damaged one a
// cold build with one.
func Open(dir string, b Build) *Use {
	u := &Use{Cache: render.NewCache(), dir: dir, build: b}
	id, err := builder()
	if err != nil {
		u.warn(fmt.Errorf("build cache disabled: %v", err))
		u.dir = ""
		return u
	}
	u.id = id
	u.Cache.Sink = u.sink
	// Read and decoded while the site is walked: what needs the state
	// waits for it (see state).
	u.decoded = make(chan struct{})
	go func() {
		defer close(u.decoded)
		u.prev, u.ready = u.read(b)
	}()
	return u
}

// read reads and decodes the state in u.dir, and starts checking the
// last build's folder as soon as the state's files are decoded.
func (u *Use) read(b Build) (*state, chan lastBuild) {
	file := filepath.Join(u.dir, FileName)
	data, err := os.ReadFile(file)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return nil, nil
	case err != nil:
		u.warn(fmt.Errorf("build cache: %v; building without it", err))
		return nil, nil
	}
	var ready chan lastBuild
	st, err := decodeState(data, u.id, func(st *state) {
		switch {
		case b.Dest != "" && st.dest == b.Dest && st.setup == b.Setup && b.Search == (st.langs != nil):
			// Checked while the rest decodes and the site loads.
			ready = make(chan lastBuild, 1)
			go func() { ready <- u.checkLast(st) }()
		case b.Dest != "" && st.dest == b.Dest:
			// Every page is rendered again, into the spare if it can
			// be: no folder to make, no old site to remove.
			ready = make(chan lastBuild, 1)
			go func() { ready <- lastBuild{claimed: u.claim(st)} }()
		}
	})
	if err != nil {
		u.warn(fmt.Errorf("build cache %s: %v; building without it", file, err))
		if ready != nil {
			// What it finds is not used, but it may claim the spare:
			// nothing is written before it is done.
			r := <-ready
			ready = make(chan lastBuild, 1)
			ready <- lastBuild{claimed: r.claimed || r.last != nil && r.last.Claimed}
		}
		return nil, ready
	}
	return st, ready
}

// state is the state Open read, once it is decoded (nil for none).
func (u *Use) state() *state {
	if u.decoded != nil {
		<-u.decoded
	}
	return u.prev
}

// ReadOnly makes u read the folder and never write to it: the dev
// server's first build starts from the cache of the last site build and
// leaves it to the next one.
func (u *Use) ReadOnly() {
	u.Cache.Sink = nil
	u.readOnly = true
}

// Known is content.Options.Known: the sources of the last build's pages.
func (u *Use) Known(sum [32]byte) bool {
	st := u.state()
	return st != nil && st.sources[sum]
}

// Unread is content.Options.Unread: a file whose size, time and inode
// are those the last build recorded, with the same setup, is that build's
// file. A file changed less than a second before that build read it is
// read again: its time may not tell a later change apart (as git's
// "racily clean" entries).
func (u *Use) Unread(path string, fi fs.FileInfo) (content.Parsed, bool) {
	st := u.state()
	if st == nil || st.setup != u.build.Setup {
		return content.Parsed{}, false
	}
	sp := st.byPath[path]
	if sp == nil || !sp.fmOK || output.StampOf(fi) != sp.stamp || sp.stamp.Mtime >= st.readAt-int64(time.Second) {
		return content.Parsed{}, false
	}
	m, ok := st.metas[metaKey([]byte(sp.fm), st.typo)]
	if !ok {
		return content.Parsed{}, false
	}
	return content.Parsed{Meta: m, FrontMatter: sp.fm, BodyLine: sp.line, Sum: sp.src}, true
}

// Meta is content.Options.Meta: the front matter the state holds, by a
// digest of its text and the typographer setting.
func (u *Use) Meta(frontMatter []byte, typographer bool) (content.Meta, bool) {
	st := u.state()
	if st == nil {
		return content.Meta{}, false
	}
	m, ok := st.metas[metaKey(frontMatter, typographer)]
	return m, ok
}

func metaKey(frontMatter []byte, typographer bool) [16]byte {
	h := sha256.New()
	if typographer {
		h.Write([]byte{1})
	} else {
		h.Write([]byte{0})
	}
	h.Write(frontMatter)
	var k [16]byte
	copy(k[:], h.Sum(nil))
	return k
}

// Restore puts in Cache the conversions the state names that still
// apply to site's pages, and sets Last when the build may reuse the
// destination's files.
func (u *Use) Restore(site *content.Site) {
	if u.dir == "" {
		return
	}
	st := u.state()
	u.keys, u.bodies = keys(site, st)
	if st == nil {
		return
	}
	byID := make(map[string]*content.Page, len(site.Pages))
	for _, p := range site.Pages {
		byID[pageID(p)] = p
	}
	for i := range st.pages {
		sp := &st.pages[i]
		p := byID[sp.Lang+"\x00"+sp.Rel]
		if p == nil || sp.key == ([32]byte{}) || u.keys[pageID(p)] != sp.key {
			continue
		}
		u.Cache.Lazy(p, sp.ids, sp.anchors, u.loader(p, sp.key))
		u.Restored++
	}
	u.Cache.SetShape(st.shape)
	r := u.wait()
	u.Claimed = r.claimed || r.last != nil && r.last.Claimed
	if r.err != nil {
		u.warn(r.err)
		return
	}
	if r.last == nil {
		return
	}
	for _, sp := range st.pages {
		r.last.Pages = append(r.last.Pages, sp.Page)
	}
	u.Last = r.last
}

// restoreIndex gives a new search index the state's languages, their
// entries read and checked now and decoded only if the language is
// written again.
func (u *Use) restoreIndex(st *state) (*search.Index, error) {
	ix := search.New()
	packs := make([][]byte, len(st.langs))
	errs := make([]error, len(st.langs))
	par.Each(len(st.langs), len(st.langs), func(i int) {
		file := filepath.Join(u.dir, Search, st.langs[i].pack)
		data, err := os.ReadFile(file)
		if err == nil {
			data, err = unwrap(data, packMagic, u.id)
		}
		if err != nil {
			errs[i] = fmt.Errorf("build cache %s: %v; rendering every page", file, err)
		}
		packs[i] = data
		st.langs[i].size = len(data)
	})
	for i, l := range st.langs {
		if errs[i] != nil {
			return nil, errs[i]
		}
		data := packs[i]
		ix.Restore(l.code, l.LangState, func() []byte { return data })
	}
	return ix, nil
}

// loader reads p's conversion from the folder, once it is needed.
func (u *Use) loader(p *content.Page, key [32]byte) func() (render.Saved, bool) {
	return func() (render.Saved, bool) {
		file := u.object(key)
		data, err := os.ReadFile(file)
		var entries []entry
		if err == nil {
			entries, err = decode(data, u.id)
		}
		if err == nil && (len(entries) != 1 || entries[0].page != pageID(p) || entries[0].key != key) {
			err = errors.New("holds another page")
		}
		if err != nil {
			u.warn(fmt.Errorf("build cache %s: %v; converting %s again", file, err, p.Path))
			return render.Saved{}, false
		}
		return entries[0].saved, true
	}
}

func (u *Use) object(key [32]byte) string {
	h := hex.EncodeToString(key[:])
	return filepath.Join(u.dir, Conversions, h[:2], h[2:])
}

// sink writes a new conversion to the folder as soon as it is made, and
// the renderer keeps only a Lazy entry of it.
func (u *Use) sink(p *content.Page, s render.Saved) (func() (render.Saved, bool), bool) {
	key, ok := u.keys[pageID(p)]
	if u.dir == "" || u.failed.Load() || !ok {
		return nil, false
	}
	err := writeFile(u.dir, u.object(key), func(w io.Writer) error {
		return encode(w, []entry{{page: pageID(p), key: key, saved: s}}, u.id)
	})
	if err != nil {
		u.warn(fmt.Errorf("build cache not saved: %v; the next build will be cold", err))
		u.failed.Store(true)
		return nil, false
	}
	u.mu.Lock()
	u.written++
	u.mu.Unlock()
	return u.loader(p, key), true
}

func (u *Use) warn(err error) {
	u.mu.Lock()
	defer u.mu.Unlock()
	if !u.warned {
		u.warned = true
		u.Warnings = append(u.Warnings, err)
	}
}
