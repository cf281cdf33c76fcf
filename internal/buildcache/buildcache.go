// Package buildcache keeps the Markdown conversions of site build between
// runs, in one file of a cache folder, so that a build after a small edit
// converts only the pages that changed.
//
// An entry is the conversion of one page (package render's Saved: HTML,
// table of contents, headings, ids, anchors and link resolutions), under a
// key made of everything it was made from: the page's language, path,
// Markdown body and the line it starts at, its typographer setting, the
// site's Markdown options (unsafe, tocMin, tocMax) and, for the whole
// file, the builder itself (see builder). An entry is used only when its
// key is the page's key now, and render checks that each link it resolved
// resolves the same way before it takes it.
//
// The file is written to a temporary name and renamed into place, so a
// reader sees a whole file or the previous one, and two builds sharing a
// folder cannot mix their writes: the last to finish wins. Its header holds
// a checksum of the rest; a file that is truncated, damaged or from another
// builder is ignored with one warning and the build is cold. A folder that
// cannot be written is a warning too: the build still succeeds. Only the
// entries of the site's current pages are written, so the file is as large
// as one build's conversions.
package buildcache

import (
	"crypto/sha256"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"sync"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/render"
)

// FileName is the cache file in the cache folder.
const FileName = "conversions"

// magic starts every cache file; the digit is the format's version.
const magic = "site-builder conversions 1\n"

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

// Use is one build's use of a cache folder.
type Use struct {
	// Cache holds the conversions that still apply to the site's pages,
	// for the renderer.
	Cache *render.Cache
	// Warnings are the problems met reading the cache (at most one).
	Warnings []error
	// Restored counts the pages whose conversion was taken from the file.
	Restored int

	dir   string
	keys  map[string][32]byte // each page's key, by lang\x00rel
	stale bool                // the file holds entries that were not restored
}

// Open reads the cache in dir for site, keeping the conversions whose key
// is the key of a page of site now. A missing file is a cold build without
// a warning; an unreadable or damaged one a cold build with one.
func Open(dir string, site *content.Site) *Use {
	u := &Use{Cache: render.NewCache(), dir: dir, keys: keys(site)}
	id, err := builder()
	if err != nil {
		u.Warnings = append(u.Warnings, fmt.Errorf("build cache disabled: %v", err))
		u.dir = ""
		return u
	}
	data, err := os.ReadFile(filepath.Join(dir, FileName))
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return u
	case err != nil:
		u.Warnings = append(u.Warnings, fmt.Errorf("build cache: %v; building without it", err))
		return u
	}
	entries, err := decode(data, id)
	if err != nil {
		u.Warnings = append(u.Warnings, fmt.Errorf("build cache %s: %v; building without it", filepath.Join(dir, FileName), err))
		u.stale = true
		return u
	}
	byKey := make(map[string]*content.Page, len(site.Pages))
	for _, p := range site.Pages {
		byKey[pageID(p)] = p
	}
	for _, e := range entries {
		p := byKey[e.page]
		if p == nil || u.keys[e.page] != e.key {
			u.stale = true
			continue
		}
		u.Cache.Restore(p, e.saved)
		u.Restored++
	}
	return u
}

// Save writes the conversions of site's pages to the cache folder, unless
// the file already holds exactly those (converted counts the pages
// converted by this build). It returns a warning, or nil.
func (u *Use) Save(site *content.Site, converted int) error {
	if u.dir == "" || converted == 0 && !u.stale {
		return nil
	}
	id, err := builder()
	if err != nil {
		return nil
	}
	var entries []entry
	for _, p := range site.Pages {
		s, ok := u.Cache.Saved(p)
		if !ok {
			continue
		}
		entries = append(entries, entry{page: pageID(p), key: u.keys[pageID(p)], saved: s})
	}
	err = write(u.dir, func(w io.Writer) error { return encode(w, entries, id) })
	if err != nil && len(u.Warnings) == 0 {
		// One warning a build: a folder that could not be read has
		// said so already.
		return fmt.Errorf("build cache not saved: %v; the next build will be cold", err)
	}
	return nil
}

// write puts data in dir/FileName atomically: a temporary file in the same
// folder, renamed over the old one.
func write(dir string, data func(io.Writer) error) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	f, err := os.CreateTemp(dir, FileName+".*.tmp")
	if err != nil {
		return err
	}
	err = data(f)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(f.Name(), filepath.Join(dir, FileName))
	}
	if err != nil {
		os.Remove(f.Name())
	}
	return err
}

func pageID(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// keys computes every page's key: a digest of all a conversion is made
// from but the links it resolves (checked one by one when it is used) and
// the builder (in the file's header).
func keys(site *content.Site) map[string][32]byte {
	m := site.Config.Markup
	opts := fmt.Sprintf("unsafe=%t tocMin=%d tocMax=%d", m.Unsafe, m.TOCMin, m.TOCMax)
	out := make([][32]byte, len(site.Pages))
	parallel(len(site.Pages), func(i int) {
		out[i] = pageKey(opts, site.Pages[i])
	})
	ks := make(map[string][32]byte, len(site.Pages))
	for i, p := range site.Pages {
		ks[pageID(p)] = out[i]
	}
	return ks
}

func pageKey(opts string, p *content.Page) [32]byte {
	h := sha256.New()
	var b []byte
	b = appendString(b, opts)
	b = appendString(b, p.Lang.Code)
	b = appendString(b, p.Rel)
	b = appendString(b, p.Path)
	b = binary.AppendUvarint(b, uint64(p.BodyLine))
	if p.Typographer {
		b = append(b, 1)
	} else {
		b = append(b, 0)
	}
	b = binary.AppendUvarint(b, uint64(len(p.Body)))
	h.Write(b)
	h.Write(p.Body)
	var k [32]byte
	h.Sum(k[:0])
	return k
}

func parallel(n int, f func(int)) {
	workers := runtime.GOMAXPROCS(0)
	var wg sync.WaitGroup
	for w := 0; w < workers; w++ {
		wg.Add(1)
		go func(w int) {
			defer wg.Done()
			for i := w; i < n; i += workers {
				f(i)
			}
		}(w)
	}
	wg.Wait()
}
