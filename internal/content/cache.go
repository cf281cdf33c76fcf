package content

import (
	"io/fs"
	"os"
	"path/filepath"
	"sync"
	"time"
)

// Cache keeps parsed pages between loads, so that a rebuild reads and parses
// only the files that changed. A file is reused when its size and
// modification time are the ones it had when it was parsed, and it was not
// named in Forget since. The dev server keeps one Cache for its life.
type Cache struct {
	mu      sync.Mutex
	entries map[string]cacheEntry // by path from the site root
	// listing is the last walk of content/, reused while the only changes
	// are edits of files it holds: then the folders need not be walked and
	// the files not stat'ed again.
	listing []file
	listed  bool
}

type cacheEntry struct {
	size  int64
	mtime time.Time
	page  Page // as parsed, before Load links it into the site
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{entries: map[string]cacheEntry{}} }

// Changed tells the cache that a path changed (a slash path from the site
// root, "content/en/a.md"): the file is parsed again at the next Load, and
// content/ is walked again unless the path is a file the last walk found
// and still a file.
func (c *Cache) Changed(path, root string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.entries, path)
	if !c.listed {
		return
	}
	known := false
	for _, f := range c.listing {
		if f.path == path {
			known = true
			break
		}
	}
	fi, err := os.Lstat(filepath.Join(root, filepath.FromSlash(path)))
	if !known || err != nil || !fi.Mode().IsRegular() {
		c.listed = false
	}
}

func (c *Cache) get(path string, fi fs.FileInfo) (*Page, bool) {
	if c == nil {
		return nil, false
	}
	c.mu.Lock()
	e, ok := c.entries[path]
	c.mu.Unlock()
	// Without file info (a reused listing), a file nobody reported changed
	// is taken as it was.
	if !ok || fi != nil && (e.size != fi.Size() || !e.mtime.Equal(fi.ModTime())) {
		return nil, false
	}
	p := e.page
	return &p, true
}

func (c *Cache) put(path string, fi fs.FileInfo, p *Page) {
	if c == nil || fi == nil {
		return
	}
	c.mu.Lock()
	c.entries[path] = cacheEntry{size: fi.Size(), mtime: fi.ModTime(), page: *p}
	c.mu.Unlock()
}

// Prune forgets the files that are no longer pages of site (removed, or in
// a folder that was renamed), so that a long dev-server session does not
// keep every version of the site it has seen.
func (c *Cache) Prune(site *Site) {
	if c == nil || site == nil {
		return
	}
	keep := make(map[string]bool, len(site.Pages))
	for _, p := range site.Pages {
		if p.Path != "" {
			keep[p.Path] = true
		}
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for path := range c.entries {
		if !keep[path] {
			delete(c.entries, path)
		}
	}
}
