package content

import (
	"io/fs"
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
}

type cacheEntry struct {
	size  int64
	mtime time.Time
	page  Page // as parsed, before Load links it into the site
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{entries: map[string]cacheEntry{}} }

// Forget drops a file, by its path from the site root ("content/en/a.md").
func (c *Cache) Forget(path string) {
	c.mu.Lock()
	delete(c.entries, path)
	c.mu.Unlock()
}

func (c *Cache) get(path string, fi fs.FileInfo) (*Page, bool) {
	if c == nil || fi == nil {
		return nil, false
	}
	c.mu.Lock()
	e, ok := c.entries[path]
	c.mu.Unlock()
	if !ok || e.size != fi.Size() || !e.mtime.Equal(fi.ModTime()) {
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

// Parsed counts the files parsed (not reused from the cache) by the last
// Load that used the cache.
func (s *Site) Parsed() int { return s.parsed }
