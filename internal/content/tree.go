package content

import (
	"path"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/wazc/site/internal/config"
	"golang.org/x/text/collate"
)

// assemble gives pages their URLs, sections and translations.
func (l *loader) assemble(pages []*Page) *Site {
	// Maps are made at their final size: the dev server assembles the
	// site again after every edit, and growing them took a third of that.
	s := &Site{Config: l.cfg, byLangRel: map[string]map[string]*Page{}, byURL: make(map[string]*Page, len(pages)*5/4)}
	for _, lang := range l.cfg.Languages {
		s.byLangRel[lang.Code] = make(map[string]*Page, len(pages)/len(l.cfg.Languages)+1)
	}
	for _, p := range pages {
		s.byLangRel[p.Lang.Code][p.Rel] = p
	}
	l.group(s, pages)
	if l.cfg.MissingTranslations == config.Fallback {
		pages = append(pages, l.fallbacks(s, pages)...)
	}
	pages = append(pages, l.implicitSections(s, pages)...)
	for _, p := range pages {
		l.setURL(p)
	}
	for _, lang := range l.cfg.Languages {
		ls := &LangSite{Lang: lang, All: s}
		s.Langs = append(s.Langs, ls)
	}
	for _, p := range pages {
		p.Site = s.Lang(p.Lang.Code)
		if p.Kind == KindHome {
			p.Site.Home = p
		}
	}
	for _, p := range pages {
		if p.Kind == KindHome {
			continue
		}
		parent := s.byLangRel[p.Lang.Code][sectionOf(p.Rel)]
		p.Parent = parent
		parent.Children = append(parent.Children, p)
	}
	for _, ls := range s.Langs {
		c := collate.New(ls.Lang.Tag)
		for _, p := range pages {
			if p.Lang == ls.Lang {
				ls.Pages = append(ls.Pages, p)
				sortPages(c, p.Children)
				list := p.Pages()
				for i, q := range list {
					if i > 0 {
						q.Prev = list[i-1]
					}
					if i+1 < len(list) {
						q.Next = list[i+1]
					}
				}
			}
		}
		sort.Slice(ls.Pages, func(i, j int) bool { return ls.Pages[i].URL < ls.Pages[j].URL })
		s.Pages = append(s.Pages, ls.Pages...)
	}
	for _, p := range s.Pages {
		s.byURL[p.URL] = p
		s.setPermalinks(p)
	}
	l.linkTranslations(s)
	countChanged(s)
	return s
}

// sectionOf is the _index.md of the section that holds rel.
func sectionOf(rel string) string {
	dir := path.Dir(rel)
	if path.Base(rel) == "_index.md" {
		dir = path.Dir(dir)
	}
	if dir == "." {
		return "_index.md"
	}
	return dir + "/_index.md"
}

func sortPages(c *collate.Collator, ps []*Page) {
	sort.SliceStable(ps, func(i, j int) bool {
		a, b := ps[i], ps[j]
		if a.Weight != b.Weight {
			if a.Weight == 0 || b.Weight == 0 {
				return b.Weight == 0
			}
			return a.Weight < b.Weight
		}
		if r := c.CompareString(a.Title, b.Title); r != 0 {
			return r < 0
		}
		return a.Rel < b.Rel
	})
}

// implicitSections makes a page for every folder and home that holds pages
// but has no _index.md.
func (l *loader) implicitSections(s *Site, pages []*Page) []*Page {
	var out []*Page
	for _, p := range pages {
		for rel := p.Rel; rel != "_index.md"; {
			rel = sectionOf(rel)
			if s.byLangRel[p.Lang.Code][rel] != nil {
				break
			}
			q := &Page{Rel: rel, Lang: p.Lang, Kind: KindSection, Params: map[string]any{}, Typographer: true}
			if rel == "_index.md" {
				q.Kind = KindHome
				q.Title = p.Lang.Title
				if q.Title == "" {
					q.Title = p.Lang.Name
				}
			} else {
				q.Title = Humanize(path.Base(path.Dir(rel)))
			}
			q.key = "path:" + rel
			s.byLangRel[p.Lang.Code][rel] = q
			out = append(out, q)
		}
	}
	// A language with no pages at all still gets a home, so that language
	// switchers have somewhere to go.
	for _, lang := range l.cfg.Languages {
		if s.byLangRel[lang.Code]["_index.md"] == nil {
			q := &Page{Rel: "_index.md", Lang: lang, Kind: KindHome, Title: lang.Title, Params: map[string]any{}, key: "path:_index.md"}
			if q.Title == "" {
				q.Title = lang.Name
			}
			s.byLangRel[lang.Code]["_index.md"] = q
			out = append(out, q)
		}
	}
	return out
}

// Humanize makes a title from a file or folder name: "legal-action" is
// "Legal action".
func Humanize(name string) string {
	name = strings.NewReplacer("-", " ", "_", " ").Replace(name)
	r, n := utf8.DecodeRuneInString(name)
	return strings.ToUpper(string(r)) + name[n:]
}
