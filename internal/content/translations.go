package content

import "sort"

// langKey is a translation key in one language.
type langKey struct{ lang, key string }

// group sets each page's translation key and reports two pages of one
// language that claim the same one.
func (l *loader) group(s *Site, pages []*Page) {
	seen := make(map[langKey]*Page, len(pages))
	for _, p := range pages {
		p.key = "path:" + p.Rel
		if p.TranslationKey != "" {
			p.key = "key:" + p.TranslationKey
		}
		k := langKey{p.Lang.Code, p.key}
		if q, dup := seen[k]; dup {
			if p.TranslationKey == "" {
				// Two files whose names differ only in Unicode form (NFC
				// and NFD): the URL clash reports them.
				continue
			}
			a, b := q, p
			if b.Path < a.Path {
				a, b = b, a
			}
			l.errs.Addf(b.Path, b.Line("translationKey"), "translationKey %q is also used by %s: one language can have only one page per key", b.TranslationKey, a.Path)
			continue
		}
		seen[k] = p
	}
}

// fallbacks makes stand-ins for the default language's pages that another
// language lacks.
func (l *loader) fallbacks(s *Site, pages []*Page) []*Page {
	have := make(map[langKey]bool, len(pages))
	for _, p := range pages {
		have[langKey{p.Lang.Code, p.key}] = true
	}
	def := l.cfg.Default()
	var out []*Page
	for _, p := range pages {
		if p.Lang != def {
			continue
		}
		for _, lang := range l.cfg.Languages {
			if lang == def || have[langKey{lang.Code, p.key}] || s.byLangRel[lang.Code][p.Rel] != nil {
				continue
			}
			f := *p
			f.Lang, f.Fallback, f.Original = lang, true, p
			f.URLPath, f.Aliases, f.Children = "", nil, nil
			s.byLangRel[lang.Code][f.Rel] = &f
			out = append(out, &f)
		}
	}
	return out
}

func (l *loader) linkTranslations(s *Site) {
	groups := make(map[string][]*Page, len(s.Pages)/len(l.cfg.Languages)+1)
	var keys []string
	for _, p := range s.Pages {
		if _, ok := groups[p.key]; !ok {
			keys = append(keys, p.key)
		}
		groups[p.key] = append(groups[p.key], p)
	}
	order := map[string]int{}
	for i, lang := range l.cfg.Languages {
		order[lang.Code] = i
	}
	for _, k := range keys {
		g := groups[k]
		sort.SliceStable(g, func(i, j int) bool { return order[g[i].Lang.Code] < order[g[j].Lang.Code] })
		for _, p := range g {
			for _, q := range g {
				if q != p && q.Lang != p.Lang {
					p.Translations = append(p.Translations, q)
				}
			}
		}
	}
}
