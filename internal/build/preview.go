package build

import (
	"time"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
)

// A Preview is an edit shown before its build: the last good build's files
// with one page's new output.
type Preview struct {
	// Files is the last good build's files, the page's output replaced.
	// It is never changed after Preview returns.
	Files map[string][]byte
	// Page is the output file that differs from the last build's.
	Page string
	// Duration is how long Preview took.
	Duration time.Duration
}

// Preview shows an edit sooner than Build can, for the dev server: when
// the only change is the text of one page, it renders that page alone
// against the last good build. Its front matter must be as it was, so
// that its URL, section, neighbours and translations, and what other pages
// show of it, are too; then its output is the one the next Build writes
// for it, and the conversion Preview made is in the session's cache for
// that Build. Build must still follow: it checks the whole site (links to
// the page's anchors) and renders what else the edit changes, such as the
// translations' notices and the search index.
//
// ok is false when a Preview could differ from the build, and Build alone
// is the answer: several files changed, or one that is not a page of the
// last build; its front matter changed; the last build failed or left
// work for the next; layouts read other pages' text; an edit of an
// original turns one of its translations stale or up to date (the page
// shows its translations' standing); or the page has problems.
func (s *Session) Preview(changed []string) (pv *Preview, ok bool) {
	start := time.Now()
	if len(changed) != 1 || s.last == nil || s.last.site == nil || s.setup == nil || s.pendingFull || s.pendingStatic {
		return nil, false
	}
	if s.setup.layouts.ReadsSource() {
		return nil, false
	}
	var old *content.Page
	for _, p := range s.last.site.Pages {
		if p.Path == changed[0] {
			old = p
			break
		}
	}
	if old == nil {
		return nil, false
	}
	p, ok := old.Edited(s.opts.Source)
	if !ok || p.Digest == old.Digest {
		return nil, false
	}
	if p.Lang.Default {
		for _, t := range p.Translations {
			if t.TranslationOf != "" && (t.TranslationOf == old.Digest) != (t.TranslationOf == p.Digest) {
				return nil, false
			}
		}
	}
	mem := output.NewMemory()
	w := s.filters(mem, s.setup.cfg)
	r := s.pageRenderer(s.setup, s.last.site, w)
	var stats render.Stats
	if err := r.Convert([]*content.Page{p}, w, &stats); err != nil {
		return nil, false
	}
	html, ok := mem.Files()[p.OutPath]
	if !ok {
		return nil, false
	}
	files := make(map[string][]byte, len(s.last.Files))
	for k, v := range s.last.Files {
		files[k] = v
	}
	files[p.OutPath] = html
	return &Preview{Files: files, Page: p.OutPath, Duration: time.Since(start)}, true
}
