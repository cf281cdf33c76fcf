package render

import (
	"html/template"
	"sort"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/markdown"
)

// Saved is one page's conversion as package buildcache keeps it between
// runs of site build: the HTML and everything the renderer needs besides
// (table of contents, headings, ids for anchor checks, the anchors it links
// to) and every link resolution it made, to check they still hold.
type Saved struct {
	Links    []SavedLink
	HTML     string
	TOC      string
	Headings []markdown.Heading
	IDs      []string // sorted
	Anchors  []SavedAnchor
}

// SavedLink is one link's resolution: its destination as written and the
// URL it became, or the error it gave.
type SavedLink struct{ Dest, URL, Err string }

// SavedAnchor is a link to Fragment of the page Lang/Rel, at Line:Col.
type SavedAnchor struct {
	Line, Col int
	Lang, Rel string
	Fragment  string
}

// Saved returns p's conversion in the cache, if it has one that converted
// without problems (those are converted again, to report them again) and
// is not a Lazy one that was never loaded.
func (c *Cache) Saved(p *content.Page) (Saved, bool) {
	c.mu.Lock()
	e := c.entries[cacheKey(p)]
	c.mu.Unlock()
	if e == nil || e.err != nil || e.digest != p.Digest || e.load != nil && !e.loaded {
		return Saved{}, false
	}
	return e.saved(), true
}

// saved is c as Saved.
func (e *converted) saved() Saved {
	s := Saved{HTML: string(e.content), TOC: string(e.toc), Headings: e.headings}
	for _, l := range e.links {
		s.Links = append(s.Links, SavedLink{Dest: l.dest, URL: l.url, Err: l.err})
	}
	for id := range e.ids {
		s.IDs = append(s.IDs, id)
	}
	sort.Strings(s.IDs)
	for _, a := range e.anchors {
		s.Anchors = append(s.Anchors, SavedAnchor{Line: a.line, Col: a.col, Lang: a.lang, Rel: a.rel, Fragment: a.fragment})
	}
	return s
}

// Restore puts a saved conversion of p in the cache. The caller vouches
// that it was made from p's source with this build's options and builder;
// Convert still checks that its links resolve as they did before using it.
func (c *Cache) Restore(p *content.Page, s Saved) {
	e := &converted{digest: p.Digest, content: template.HTML(s.HTML), toc: template.HTML(s.TOC), headings: s.Headings, ids: make(map[string]bool, len(s.IDs))}
	for _, l := range s.Links {
		e.links = append(e.links, resolved{dest: l.Dest, url: l.URL, err: l.Err})
	}
	for _, id := range s.IDs {
		e.ids[id] = true
	}
	for _, a := range s.Anchors {
		e.anchors = append(e.anchors, anchorRef{line: a.Line, col: a.Col, lang: a.Lang, rel: a.Rel, fragment: a.Fragment})
	}
	c.mu.Lock()
	c.entries[cacheKey(p)] = e
	c.mu.Unlock()
}

// Lazy puts p's conversion in the cache with only what Convert needs of a
// page whose source did not change: its digest (p's now, as the caller
// vouches, with this build's options and builder), the ids in its HTML
// (sorted, as IDs gave them, which IDs then returns as they are) and the
// anchors it links to. The rest is read with load the first time
// it is needed: to render the page, or to check its links one by one
// after pages came, went or moved. When load fails, the page is converted
// again.
func (c *Cache) Lazy(p *content.Page, ids []string, anchors []SavedAnchor, load func() (Saved, bool)) {
	e := &converted{digest: p.Digest, ids: make(map[string]bool, len(ids)), sorted: ids, load: load}
	for _, id := range ids {
		e.ids[id] = true
	}
	for _, a := range anchors {
		e.anchors = append(e.anchors, anchorRef{line: a.Line, col: a.Col, lang: a.Lang, rel: a.Rel, fragment: a.Fragment})
	}
	c.mu.Lock()
	c.entries[cacheKey(p)] = e
	c.mu.Unlock()
}

// Shape is the digest of what links resolved against in the last Convert
// (see shape); SetShape restores one saved with a cache's entries, so
// that the first Convert of a new run knows whether it may skip checking
// links one by one.
func (c *Cache) Shape() uint64 { c.mu.Lock(); defer c.mu.Unlock(); return c.shape }

// SetShape: see Shape.
func (c *Cache) SetShape(s uint64) { c.mu.Lock(); c.shape = s; c.mu.Unlock() }

// IDs returns the ids of p's conversion in the cache, sorted, and its
// anchors, for a cache that saves them beside the rest; ok is false where
// Saved would say so.
func (c *Cache) IDs(p *content.Page) (ids []string, anchors []SavedAnchor, ok bool) {
	c.mu.Lock()
	e := c.entries[cacheKey(p)]
	c.mu.Unlock()
	if e == nil || e.err != nil || e.digest != p.Digest {
		return nil, nil, false
	}
	ids = e.sorted
	if ids == nil {
		for id := range e.ids {
			ids = append(ids, id)
		}
		sort.Strings(ids)
	}
	for _, a := range e.anchors {
		anchors = append(anchors, SavedAnchor{Line: a.line, Col: a.col, Lang: a.lang, Rel: a.rel, Fragment: a.fragment})
	}
	return ids, anchors, true
}
