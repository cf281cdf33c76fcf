package render

// The conversion cache: what Convert keeps of each page between builds of
// one site (a dev-server session, or a build cache's restored entries),
// and how a restored entry is filled in when a page needs it.

import (
	"hash/fnv"
	"html/template"
	"io"
	"sync"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/markdown"
)

// Cache holds Markdown conversions between builds of one site.
type Cache struct {
	mu      sync.Mutex
	entries map[string]*converted
	// shape is a digest of every page's language, path and URL in the
	// build that filled the cache: while it is the same, links resolve as
	// they did and need not be checked one by one.
	shape, lastShape uint64
	// Sink, when set, is given each new conversion that had no problems.
	// When it keeps it somewhere (a build cache's folder) and returns a
	// way to read it back, the cache holds only a Lazy entry: a large
	// site's HTML is not held in memory for the whole build.
	Sink func(p *content.Page, s Saved) (load func() (Saved, bool), ok bool)
}

// NewCache returns an empty Cache.
func NewCache() *Cache { return &Cache{entries: map[string]*converted{}} }

// converted is one page's conversion and what it depended on.
type converted struct {
	digest   string
	links    []resolved // every link resolution, to check they still hold
	content  template.HTML
	toc      template.HTML
	headings []markdown.Heading
	ids      map[string]bool
	sorted   []string // ids in order, when restored (saving them again)
	anchors  []anchorRef
	err      error

	// A conversion restored by Lazy has only digest, ids and anchors
	// until fill calls load for the rest.
	load   func() (Saved, bool)
	once   sync.Once
	loaded bool
}

type resolved struct{ dest, url, err string }

// anchorRef is an anchor check that outlives the pages of one build.
type anchorRef struct {
	line, col int
	lang, rel string
	fragment  string
}

func cacheKey(p *content.Page) string { return p.Lang.Code + "\x00" + p.Rel }

// shape digests what links resolve against: every page's language, path,
// URL and whether it has a file.
func shape(site *content.Site) uint64 {
	h := fnv.New64a()
	for _, p := range site.Pages {
		io.WriteString(h, p.Lang.Code)
		h.Write([]byte{0})
		io.WriteString(h, p.Rel)
		h.Write([]byte{0})
		io.WriteString(h, p.URL)
		if p.Path == "" {
			h.Write([]byte{1})
		}
		h.Write([]byte{0})
	}
	io.WriteString(h, site.Config.BaseURL)
	return h.Sum64() | 1
}

// Prune forgets conversions of pages that are no longer in site.
func (c *Cache) Prune(site *content.Site) {
	if c == nil || site == nil {
		return
	}
	keep := make(map[string]bool, len(site.Pages))
	for _, p := range site.Pages {
		keep[cacheKey(p)] = true
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	for k := range c.entries {
		if !keep[k] {
			delete(c.entries, k)
		}
	}
}

// fill completes a conversion restored by Lazy. When its data cannot be
// loaded the page is converted again, and that conversion replaces it in
// the cache.
func (r *Renderer) fill(p *content.Page, c *converted) *converted {
	if c.load == nil {
		return c
	}
	c.once.Do(func() {
		s, ok := c.load()
		if !ok {
			return
		}
		c.content, c.toc, c.headings = template.HTML(s.HTML), template.HTML(s.TOC), s.Headings
		for _, l := range s.Links {
			c.links = append(c.links, resolved{dest: l.Dest, url: l.URL, err: l.Err})
		}
		c.loaded = true
	})
	if c.loaded {
		return c
	}
	fresh, _ := r.convert(p)
	r.Cache.mu.Lock()
	if r.Cache.entries[cacheKey(p)] == c {
		r.Cache.entries[cacheKey(p)] = fresh
	}
	r.Cache.mu.Unlock()
	return fresh
}

// cached is p's conversion in the Cache, or nil.
func (r *Renderer) cached(p *content.Page) *converted {
	if r.Cache == nil {
		return nil
	}
	r.Cache.mu.Lock()
	defer r.Cache.mu.Unlock()
	return r.Cache.entries[cacheKey(p)]
}
