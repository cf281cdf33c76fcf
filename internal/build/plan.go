package build

import (
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/par"
)

// job is what one build writes, as plan decides it.
type job struct {
	pages  []*content.Page // the pages to render: all of them in a full build
	full   bool            // every page, converted and rendered in one pass
	lists  bool            // the files that list pages: aliases, sitemap, feeds, 404, chooser
	static bool            // static/ copied
}

// plan decides what a build writes: everything for a full build; after
// edits, the pages whose output can differ (see dirty), and the lists only
// when a title, URL or other front matter changed or pages came or went.
func (s *Session) plan(out *Outcome, full, staticChanged bool) job {
	if !full && !sameList(out.site.Static, s.last.static) {
		// Layouts may list static files: a file added or removed is a
		// change of the whole site.
		full, staticChanged = true, true
	}
	if !full && s.setup != nil && s.setup.layouts.ReadsSource() {
		// Any page may show any other's text: there is no telling
		// what an edit changes.
		full = true
	}
	if full {
		return job{pages: out.site.Pages, full: true, lists: true, static: staticChanged}
	}
	pages, meta := s.dirty(out)
	return job{pages: pages, lists: meta, static: staticChanged}
}

// pageKey names a page across builds.
type pageKey struct{ lang, rel string }

func key(p *content.Page) pageKey { return pageKey{p.Lang.Code, p.Rel} }

// pageState is a page as other pages see it (its Fingerprint's sum), its
// source digest, and where it was: its section ("" for none), whether
// that is the top of its language, and its translations.
type pageState struct {
	fp           [16]byte
	digest       string
	parent       string
	top          bool
	translations []pageKey
}

func pageStates(site *content.Site) map[pageKey]pageState {
	// The digests on all cores, then the map.
	fps := make([][16]byte, len(site.Pages))
	par.Each(len(site.Pages), 0, func(i int) { fps[i] = site.Pages[i].Fingerprint().Sum() })
	m := make(map[pageKey]pageState, len(site.Pages))
	for i, p := range site.Pages {
		st := pageState{fp: fps[i], digest: p.Digest, top: p.Parent == nil || p.Parent.Kind == content.KindHome}
		if p.Parent != nil {
			st.parent = p.Parent.Rel
		}
		for _, t := range p.Translations {
			st.translations = append(st.translations, key(t))
		}
		m[key(p)] = st
	}
	return m
}

// dirty chooses the pages whose output can differ from the last build's:
// a page whose text changed; for a page whose title, URL, weight or other
// front matter changed, or that was added or removed, also its section
// (listing), its siblings (previous/next), the pages below it
// (breadcrumbs) and its translations (language switcher); for a change at
// the top of a language, that whole language (navigation). A changed
// original also re-renders its translations, whose stale notice may change,
// and a translation that became stale or up to date is a change of its
// standing, as one of its front matter.
// It also reports whether any page's front matter or URL changed, or pages
// came or went.
func (s *Session) dirty(out *Outcome) ([]*content.Page, bool) {
	prev := s.last
	site := out.site
	set := map[*content.Page]bool{}
	wholeLang := map[string]bool{}
	meta := false
	metaChanged := func(p *content.Page) {
		meta = true
		set[p] = true
		for _, t := range p.Translations {
			set[t] = true
		}
		if p.Parent == nil || p.Parent.Kind == content.KindHome {
			wholeLang[p.Lang.Code] = true
			return
		}
		set[p.Parent] = true
		for _, c := range p.Parent.Children {
			set[c] = true
		}
		var below func(q *content.Page)
		below = func(q *content.Page) {
			for _, c := range q.Children {
				set[c] = true
				below(c)
			}
		}
		below(p)
	}
	for _, p := range site.Pages {
		k := key(p)
		old, existed := prev.pages[k]
		now := out.pages[k]
		switch {
		case !existed || old.fp != now.fp:
			metaChanged(p)
		case old.digest != now.digest:
			set[p] = true
			if p.Lang.Default {
				for _, t := range p.Translations {
					set[t] = true
					if t.TranslationOf != "" && (t.TranslationOf == old.digest) != (t.TranslationOf == now.digest) {
						// Its status (up to date or stale) is what
						// other pages may show of it too.
						metaChanged(t)
					}
				}
			}
		}
	}
	// Removed pages: their neighbours in the new site are those of the same
	// section and translation group.
	for k := range prev.pages {
		if _, ok := out.pages[k]; ok {
			continue
		}
		meta = true
		lang := k.lang
		old := prev.pages[k]
		if old.top {
			wholeLang[lang] = true
		} else if parent := site.Lookup(lang, old.parent); parent != nil {
			set[parent] = true
			for _, c := range parent.Children {
				set[c] = true
			}
		}
		for _, t := range old.translations {
			if q := site.Lookup(t.lang, t.rel); q != nil {
				set[q] = true
			}
		}
	}
	var pages []*content.Page
	for _, p := range site.Pages {
		if set[p] || wholeLang[p.Lang.Code] {
			pages = append(pages, p)
		}
	}
	return pages, meta
}
