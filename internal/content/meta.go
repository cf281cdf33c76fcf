package content

import (
	"time"
)

// Meta is a page's front matter as Load applies it, for a build cache
// that keeps it between runs: decoding YAML is most of what loading a
// large site costs once nothing else is done again. Front matter with
// keys of the site's own (Params) is not kept: it is decoded every time.
type Meta struct {
	Title, Description, Slug, URLPath string
	TranslationKey, TranslationOf     string
	Layout                            string
	Weight                            int
	Draft, Typographer                bool
	Date                              time.Time
	Aliases                           []string
}

// Meta returns what p's front matter set, with the front matter's text;
// ok is false when it has Params, or a date that would not read back the
// same from its binary form.
func (p *Page) Meta() (m Meta, frontMatter string, ok bool) {
	if len(p.Params) > 0 || p.Path == "" {
		return m, "", false
	}
	if b, err := p.Date.MarshalBinary(); err == nil {
		var t time.Time
		if t.UnmarshalBinary(b) != nil || t.String() != p.Date.String() {
			return m, "", false
		}
	}
	m = Meta{Title: p.Title, Description: p.Description, Slug: p.Slug, URLPath: p.URLPath,
		TranslationKey: p.TranslationKey, TranslationOf: p.TranslationOf, Layout: p.Layout,
		Weight: p.Weight, Draft: p.Draft, Typographer: p.Typographer, Date: p.Date, Aliases: p.Aliases}
	return m, p.frontMatter, true
}

func (p *Page) setMeta(m Meta) {
	p.Title, p.Description, p.Slug, p.URLPath = m.Title, m.Description, m.Slug, m.URLPath
	p.TranslationKey, p.TranslationOf, p.Layout = m.TranslationKey, m.TranslationOf, m.Layout
	p.Weight, p.Draft, p.Typographer, p.Date = m.Weight, m.Draft, m.Typographer, m.Date
	p.Aliases = append([]string(nil), m.Aliases...)
}
