package buildcache

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/par"
	"github.com/wazc/site/internal/search"
)

// Done is what a finished build leaves for the next one: its pages, and
// (given to Finish) the files of the folder it wrote.
type Done struct {
	Build
	Pages    []Page
	Static   []string
	Sitemaps []string
	Assets   []string
}

// Files are the files of the folder a build wrote, sorted (none when it
// did not write a folder), with their stamps there, the stamps of their
// folders (in the order of output.Dirs(Outputs)) and which of them the
// build wrote. Spared is set when the build keeps the folder it replaced
// as the spare (output.Dir.KeepOld): the last build's folder, as that
// build's state describes it.
//
// Refreshed is set instead when the spare was brought up to date after
// the build (output.Dir.Refresh): it holds the same files, by hard link,
// in folders whose stamps are SpareDirStamps.
type Files struct {
	Outputs           []string
	Stamps, DirStamps []output.Stamp
	Written           []bool
	Spared            bool
	Refreshed         bool
	SpareDirStamps    []output.Stamp
}

// Saving is the state of a build that succeeded, being saved: the state
// but for its output files is encoded, and the search entries written, while the build puts those files in
// place (output.Dir.Reuse).
type Saving struct {
	u     *Use
	st    *state
	index chan *search.Index
	once  sync.Once
	done  chan struct{}
	// The parts of the state Begin encodes.
	langs, body []byte
	err         error
}

// Begin starts saving the state of a build that has rendered its pages,
// but for its search index, which Indexed is given once it is written,
// and for its files, which Finish is given: the pages are encoded
// while the search index is written, then the index's entries while
// the files are put in place.
func (u *Use) Begin(site *content.Site, d Done) *Saving {
	s := &Saving{u: u, index: make(chan *search.Index, 1), done: make(chan struct{})}
	if u.dir == "" || u.failed.Load() || u.readOnly {
		close(s.done)
		return s
	}
	st := &state{readAt: d.ReadAt.UnixNano(), typo: *site.Config.Markup.Typographer, setup: d.Setup, dest: d.Dest, shape: u.Cache.Shape(), static: d.Static, sitemaps: d.Sitemaps, assets: d.Assets}
	s.st = st
	go func() {
		defer close(s.done)
		byID := make(map[string]*statePage, len(d.Pages))
		st.pages = make([]statePage, len(d.Pages))
		for i, p := range d.Pages {
			st.pages[i] = statePage{Page: p}
			byID[p.Lang+"\x00"+p.Rel] = &st.pages[i]
		}
		st.metas = make(map[[16]byte]content.Meta, len(site.Pages))
		for _, p := range site.Pages {
			m, fm, fmOK := p.Meta()
			if fmOK {
				st.metas[metaKey([]byte(fm), *site.Config.Markup.Typographer)] = m
			}
			sp := byID[pageID(p)]
			if sp == nil {
				continue
			}
			if fi := p.FileInfo(); fi != nil && p.Path != "" {
				sp.path, sp.stamp, sp.fm, sp.fmOK, sp.line = p.Path, output.StampOf(fi), fm, fmOK, p.BodyLine
			}
			sp.src, sp.body = p.Sum(), u.bodies[pageID(p)]
			if ids, anchors, ok := u.Cache.IDs(p); ok {
				sp.key, sp.ids, sp.anchors = u.keys[pageID(p)], ids, anchors
			}
		}
		size := 0
		if prev := u.state(); prev != nil {
			size = prev.size + prev.size/8
		}
		s.body = stateBody(st, size)
		// Then the search index, once the build has written it.
		ix := <-s.index
		writes, err := u.indexState(st, site, ix)
		errs := make([]error, len(writes))
		par.Each(len(writes), 0, func(i int) { errs[i] = writes[i]() })
		if err == nil {
			err = errors.Join(errs...)
		}
		s.langs = stateLangs(st)
		s.err = err
	}()
	return s
}

// Indexed gives the Saving the search index the build wrote (nil for
// none). Only the first call counts.
func (s *Saving) Indexed(ix *search.Index) {
	s.once.Do(func() { s.index <- ix })
}

// Finish completes the state with the build's output files, and puts it
// in place.
func (s *Saving) Finish(f Files) {
	s.Indexed(nil) // a build without search, or one that forgot: no index in the state
	<-s.done
	if s.st == nil {
		return
	}
	u, st, err := s.u, s.st, s.err
	st.tree = tree{outputs: f.Outputs, stamps: f.Stamps, dirStamps: f.DirStamps, written: f.Written}
	if f.Refreshed {
		st.tree.written = make([]bool, len(f.Outputs))
		st.spare = &tree{outputs: f.Outputs, stamps: f.Stamps, dirStamps: f.SpareDirStamps}
	} else if prev := u.state(); f.Spared && prev != nil {
		sp := prev.tree
		sp.written = nil
		st.spare = &sp
	}
	if err == nil {
		err = writeFile(u.dir, filepath.Join(u.dir, FileName), func(w io.Writer) error {
			return wrap(w, stateMagic, u.id, stateHead(st), s.langs, stateFiles(st), s.body)
		})
	}
	if err == nil {
		err = u.prune(st)
	}
	if err != nil {
		u.warn(fmt.Errorf("build cache not saved: %v; the next build will be cold", err))
	}
}

// Abandon drops a Saving whose build failed after Begin: the state is
// not written (the search entries written are named by their content,
// and pruned by the next save).
func (s *Saving) Abandon() {
	s.Indexed(nil)
	<-s.done
}

// indexState puts the search index's languages in st, and returns the
// writes of the entries of each language the index wrote again: a
// language whose state is the last one's keeps its file. A file is named
// after the language and its signature.
func (u *Use) indexState(st *state, site *content.Site, ix *search.Index) ([]func() error, error) {
	if ix == nil {
		return nil, nil
	}
	st.langs = []stateLang{}
	old := map[string]stateLang{}
	if prev := u.state(); prev != nil {
		for _, l := range prev.langs {
			old[l.code] = l
		}
	}
	var writes []func() error
	for _, ls := range site.Langs {
		code := ls.Lang.Code
		sig, ok := ix.Sig(code)
		if !ok {
			return nil, fmt.Errorf("the search index of %s was not written", code)
		}
		if o, ok := old[code]; ok && o.Sig == sig {
			// Made from what the last one was: its state and file hold
			// (State would gather the same from every entry).
			if _, err := os.Stat(filepath.Join(u.dir, Search, o.pack)); err == nil {
				st.langs = append(st.langs, o)
				continue
			}
		}
		ls, _ := ix.State(code)
		c := sha256.Sum256([]byte(code))
		l := stateLang{code: code, LangState: ls, pack: fmt.Sprintf("%x-%016x", c[:4], ls.Sig)}
		size := 0
		if o, ok := old[code]; ok {
			size = o.size + o.size/8
		}
		writes = append(writes, func() error {
			data, ok := ix.AppendEntries(make([]byte, 0, size), code)
			if !ok {
				return fmt.Errorf("the search entries of %s were not all read", code)
			}
			return writeFile(u.dir, filepath.Join(u.dir, Search, l.pack), func(w io.Writer) error {
				return wrap(w, packMagic, u.id, data)
			})
		})
		st.langs = append(st.langs, l)
	}
	return writes, nil
}

// prune removes the search entries the state does not name, and the
// conversions it does not name once a tenth of them may be stale: listing
// a large site's conversions at every build would cost more than it
// saves. Another build sharing the folder may lose a conversion it named:
// it converts that page again.
func (u *Use) prune(st *state) error {
	keep := map[string]bool{}
	for _, l := range st.langs {
		keep[l.pack] = true
	}
	if entries, err := os.ReadDir(filepath.Join(u.dir, Search)); err == nil {
		for _, e := range entries {
			if !keep[e.Name()] && !strings.HasSuffix(e.Name(), ".tmp") {
				os.Remove(filepath.Join(u.dir, Search, e.Name()))
			}
		}
	}
	st.stale = u.written
	if prev := u.state(); prev != nil {
		st.stale += prev.stale
	}
	if st.stale*10 < len(st.pages) {
		return nil
	}
	st.stale = 0
	names := map[string]bool{}
	for _, p := range st.pages {
		if p.key != ([32]byte{}) {
			names[u.object(p.key)] = true
		}
	}
	root := filepath.Join(u.dir, Conversions)
	subs, _ := os.ReadDir(root)
	par.Each(len(subs), 0, func(i int) {
		sub := filepath.Join(root, subs[i].Name())
		files, _ := os.ReadDir(sub)
		for _, f := range files {
			if n := filepath.Join(sub, f.Name()); !names[n] && !strings.HasSuffix(n, ".tmp") {
				os.Remove(n)
			}
		}
	})
	// The state holds the count: write it again.
	return writeFile(u.dir, filepath.Join(u.dir, FileName), func(w io.Writer) error { return encodeState(w, st, u.id) })
}

// writeFile puts a file in place atomically: a temporary file in the same
// folder, renamed over the old one. The folders up to root are made
// when missing.
func writeFile(root, name string, data func(io.Writer) error) error {
	dir := filepath.Dir(name)
	f, err := os.CreateTemp(dir, filepath.Base(name)+".*.tmp")
	if errors.Is(err, fs.ErrNotExist) {
		if err = os.MkdirAll(dir, 0o755); err == nil {
			f, err = os.CreateTemp(dir, filepath.Base(name)+".*.tmp")
		}
	}
	if err != nil {
		removeEmpty(root, dir)
		return err
	}
	err = data(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), name)
	}
	if err != nil {
		os.Remove(f.Name())
		removeEmpty(root, dir)
	}
	return err
}

// removeEmpty removes dir and its parents up to root while they are
// empty: a full disk leaves no empty folders behind.
func removeEmpty(root, dir string) {
	for d := dir; len(d) > len(root) && os.Remove(d) == nil; d = filepath.Dir(d) {
	}
}
