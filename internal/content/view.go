package content

import (
	"crypto/sha256"
	"encoding/binary"
	"encoding/hex"
	"strings"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/translation/blocks"
)

// Canonical is the URL search engines should index for the page: its own, or
// for a fallback page the original's.
func (p *Page) Canonical() string {
	if p.Fallback {
		return p.Original.Permalink()
	}
	return p.Permalink()
}

// Alternate is one entry of a page's hreflang set.
type Alternate struct {
	HrefLang string
	URL      string // absolute
}

// Alternates is the page's hreflang set: itself and each translation that
// is not a fallback, in language order, then x-default. A fallback page has
// none: it is not the canonical version of anything.
func (p *Page) Alternates() []Alternate {
	if p.Fallback {
		return nil
	}
	var out []Alternate
	var def *Page
	for _, l := range p.Site.All.Langs {
		q := p
		if l.Lang != p.Lang {
			q = p.Translation(l.Lang.Code)
		}
		if q == nil || q.Fallback {
			continue
		}
		out = append(out, Alternate{HrefLang: l.Lang.Code, URL: q.Permalink()})
		if l.Lang.Default {
			def = q
		}
	}
	cfg := p.Site.All.Config
	switch {
	case p.Kind == KindHome && cfg.Default().Prefix != "/":
		out = append(out, Alternate{HrefLang: "x-default", URL: cfg.AbsURL("/")})
	case def != nil:
		out = append(out, Alternate{HrefLang: "x-default", URL: def.Permalink()})
	}
	return out
}

// LangLink is one entry of a language switcher.
type LangLink struct {
	Lang    *config.Language
	URL     string // site path, with the base path
	Current bool   // the page being rendered
	// Missing is true when the page has no translation in Lang: URL then
	// leads to that language's home. Fallback is true when it leads to a
	// fallback page.
	Missing  bool
	Fallback bool
}

// LangLinks is the language switcher: one entry per language of the site.
func (p *Page) LangLinks() []LangLink {
	var out []LangLink
	for _, l := range p.Site.All.Langs {
		if l.Lang == p.Lang {
			out = append(out, LangLink{Lang: l.Lang, URL: p.RelPermalink(), Current: true})
			continue
		}
		if p.Kind == "404" {
			// Not a page of any language: every home is the place to go.
			out = append(out, LangLink{Lang: l.Lang, URL: l.Home.RelPermalink()})
			continue
		}
		if q := p.Translation(l.Lang.Code); q != nil {
			out = append(out, LangLink{Lang: l.Lang, URL: q.RelPermalink(), Fallback: q.Fallback})
			continue
		}
		out = append(out, LangLink{Lang: l.Lang, URL: l.Home.RelPermalink(), Missing: true})
	}
	return out
}

// Digest is a short digest of the page's source, recorded by translations in
// translationOf so that a change of the original shows.
func Digest(src []byte) string {
	h := sha256.Sum256(src)
	return hex.EncodeToString(h[:6])
}

// Original returns the default language's version of the page: the page
// itself in the default language, nil where it has none.
func (p *Page) DefaultVersion() *Page {
	if p.Lang.Default {
		return p
	}
	for _, t := range p.Translations {
		if t.Lang.Default && !t.Fallback {
			return t
		}
	}
	return nil
}

// Status of a translation.
const (
	StatusOK       = "ok"
	StatusMissing  = "missing"
	StatusStale    = "stale"
	StatusUnmarked = "unmarked"
	StatusOriginal = "original"
)

// Status tells whether the page is up to date with its original: original
// (it is in the default language, or has no original), ok, stale (the
// original changed since translationOf was recorded), unmarked (no
// translationOf), or missing (a fallback page).
func (p *Page) Status() string {
	if p.Fallback {
		return StatusMissing
	}
	o := p.DefaultVersion()
	if o == p || o == nil || o.Path == "" {
		return StatusOriginal
	}
	if p.TranslationOf == "" {
		return StatusUnmarked
	}
	if p.TranslationOf != o.Digest {
		return StatusStale
	}
	return StatusOK
}

// IsStale is Status() == "stale", for templates.
func (p *Page) IsStale() bool { return p.Status() == StatusStale }

// ChangedBlocks tells the reader of a stale translation how much of the
// original changed: how many of its blocks differ from those the
// translation recorded in translationBlocks (see package translation),
// and of how many; nil where that is not known or nothing changed. Load
// counts them, while the original's Body is still there.
func (p *Page) ChangedBlocks() []int { return p.changedBlocks }

// countChanged sets ChangedBlocks for the stale translations that record
// their original's blocks.
func countChanged(s *Site) {
	for _, p := range s.Pages {
		rec, _ := p.Params["translationBlocks"].(string)
		p.changedBlocks = nil
		if strings.TrimSpace(rec) == "" || !p.IsStale() {
			continue
		}
		o := p.DefaultVersion()
		body, err := o.Source()
		if err != nil {
			continue
		}
		now := blocks.Digests(blocks.Page(o.Title, o.Description, body))
		hunks, _ := blocks.Align(strings.Fields(rec), now)
		n := 0
		for _, h := range hunks {
			n += h.Changed()
		}
		if n > 0 {
			p.changedBlocks = []int{n, len(now)}
		}
	}
}

// HTMLLang is the language tag for the page's text, which differs from the
// page's language on fallback pages.
func (p *Page) HTMLLang() string { return p.ContentLang().Code }

// TranslationGroup names the page's translation group: the page and its
// translations share it, and no other page has it. Layouts use it as a
// partialCached key for what every version of a page shows alike, such as
// the hreflang set.
func (p *Page) TranslationGroup() string { return p.key }

// Moved returns a copy of the page at another URL, of another kind and
// without translations: the base of the pages that are not content (the
// language chooser at /, 404.html).
func (p *Page) Moved(url, kind string) *Page {
	q := *p
	q.URL, q.OutPath, q.Kind, q.Translations = url, OutPath(url), kind, nil
	q.key = "moved:" + kind + ":" + url // a group of its own
	q.permalink = p.Site.All.Config.AbsURL(EscapePath(url))
	q.relPermalink = p.Site.All.RelURL(EscapePath(url))
	return &q
}

// Fingerprint is what other pages can show of a page (its front matter,
// URL and standing); when it is unchanged, only the page itself can look
// different after an edit. The dev server's incremental rebuild compares
// them.
type Fingerprint struct {
	frontMatter, url, title string
	fallback                bool
}

// Sum is a digest of f, to keep and compare across runs. It is made in
// one buffer on the stack (for the usual few hundred bytes): a rebuild
// takes the sums of every page of the site.
func (f Fingerprint) Sum() [16]byte {
	var buf [512]byte
	b := buf[:0]
	for _, s := range []string{f.frontMatter, f.url, f.title} {
		b = binary.LittleEndian.AppendUint64(b, uint64(len(s)))
		b = append(b, s...)
	}
	if f.fallback {
		b = append(b, 1)
	}
	full := sha256.Sum256(b)
	var sum [16]byte
	copy(sum[:], full[:])
	return sum
}

// Fingerprint returns the page's Fingerprint.
func (p *Page) Fingerprint() Fingerprint {
	return Fingerprint{p.frontMatter, p.URL, p.Title, p.Fallback}
}

// Top is the page's top-level section (a child of the home), the page
// itself at the top level, or nil for the home.
func (p *Page) Top() *Page {
	if p.Parent == nil {
		return nil
	}
	q := p
	for q.Parent != nil && q.Parent.Parent != nil {
		q = q.Parent
	}
	return q
}
