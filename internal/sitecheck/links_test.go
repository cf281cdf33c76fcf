package sitecheck

import (
	"fmt"
	"strings"
	"testing"

	"github.com/wazc/site/internal/config"
)

// TestLinks: every URL of every page that points into the site leads to a
// file of public/, and every #fragment to an id in the page it points to.
func TestLinks(t *testing.T) {
	s := loadSite(t)
	absolute := s.base.Host != "site.invalid"
	var problems []string
	checked := 0
	for _, name := range s.names {
		p := s.pages[name]
		for _, r := range p.refs {
			tg := s.resolve(p, r.url)
			if tg.external {
				continue
			}
			checked++
			msg := s.linkProblem(p, tg)
			if msg == "" && absolute && r.absolute && !strings.Contains(r.url, "://") {
				msg = "must be an absolute URL, under " + s.cfg.BaseURL
			}
			if msg != "" {
				problems = append(problems, fmt.Sprintf("public/%s:%d: %s %q: %s", p.rel, r.line, r.where, r.url, msg))
			}
		}
	}
	if checked == 0 {
		t.Fatal("found no internal link at all: is the parser broken?")
	}
	report(t, "broken internal links", problems)
	t.Logf("checked %d internal URLs in %d HTML files", checked, len(s.names))
}

// linkProblem says why a resolved URL leads nowhere, or "".
func (s *site) linkProblem(from *page, tg target) string {
	if tg.problem != "" {
		return tg.problem
	}
	if tg.fragment == "" || strings.EqualFold(tg.fragment, "top") {
		return "" // "#" and "#top" go to the top of the page
	}
	dest, ok := s.pages[tg.file]
	if !ok {
		return "" // not an HTML page: ids are not ours to check
	}
	if !dest.ids[tg.fragment] {
		if dest == from {
			return fmt.Sprintf("no id %q in this page", tg.fragment)
		}
		return fmt.Sprintf("no id %q in public/%s", tg.fragment, tg.file)
	}
	return ""
}

// langOf is the language whose folder holds a page, or nil for the pages
// outside them (the root chooser, 404.html).
func (s *site) langOf(p *page) *config.Language {
	var root *config.Language
	for _, l := range s.cfg.Languages {
		if l.Prefix == "/" {
			root = l
			continue
		}
		if strings.HasPrefix(p.path, l.Prefix) {
			return l
		}
	}
	if root != nil && p.path != "/404.html" {
		return root
	}
	return nil
}

// TestLanguages: every page of a language folder says its language and
// links to itself and to its translations in every language of site.yaml,
// plus x-default, with absolute URLs to pages in those languages that link
// back.
func TestLanguages(t *testing.T) {
	s := loadSite(t)
	want := []string{}
	for _, l := range s.cfg.Languages {
		want = append(want, l.Code)
	}
	want = append(want, "x-default")
	absolute := s.base.Host != "site.invalid"

	var problems []string
	bad := func(p *page, line int, format string, args ...any) {
		at := fmt.Sprintf("public/%s:%d: ", p.rel, line)
		if line == 0 {
			at = "public/" + p.rel + ": "
		}
		problems = append(problems, at+fmt.Sprintf(format, args...))
	}
	// alts maps hreflang to the alternate, for each page.
	altsOf := func(p *page) map[string]alternate {
		m := map[string]alternate{}
		for _, a := range p.alternates {
			m[strings.ToLower(a.hreflang)] = a
		}
		return m
	}
	pages := 0
	for _, name := range s.names {
		p := s.pages[name]
		l := s.langOf(p)
		if l == nil || p.redirect {
			continue
		}
		pages++
		if !strings.EqualFold(p.lang, l.Code) {
			bad(p, p.langLine, "<html lang=%q> in the folder of language %q", p.lang, l.Code)
		}
		alts := map[string]alternate{}
		for _, a := range p.alternates {
			key := strings.ToLower(a.hreflang)
			if prev, dup := alts[key]; dup {
				bad(p, a.line, "hreflang %q given twice (also on line %d)", a.hreflang, prev.line)
			}
			alts[key] = a
			if !has(want, key) {
				bad(p, a.line, "hreflang %q is not a language of site.yaml (%s)", a.hreflang, strings.Join(want, ", "))
			}
		}
		for _, code := range want {
			a, ok := alts[strings.ToLower(code)]
			if !ok {
				bad(p, 0, `no <link rel="alternate" hreflang=%q>`, code)
				continue
			}
			if absolute && !strings.HasPrefix(a.href, "http://") && !strings.HasPrefix(a.href, "https://") {
				bad(p, a.line, "hreflang %q: href %q is not an absolute URL", code, a.href)
			}
			tg := s.resolve(p, a.href)
			if tg.external {
				bad(p, a.line, "hreflang %q: %q is not a page of this site (%s)", code, a.href, s.cfg.BaseURL)
				continue
			}
			if msg := s.linkProblem(p, tg); msg != "" {
				bad(p, a.line, "hreflang %q: %q: %s", code, a.href, msg)
				continue
			}
			dest := s.pages[tg.file]
			if dest == nil {
				bad(p, a.line, "hreflang %q: %q is not an HTML page", code, a.href)
				continue
			}
			switch {
			case code == l.Code:
				if dest != p {
					bad(p, a.line, "hreflang %q (its own language) points to public/%s, not to itself", code, dest.rel)
				}
				if p.canonical != "" && p.canonical != a.href {
					bad(p, a.line, "hreflang %q is %q but the canonical URL is %q", code, a.href, p.canonical)
				}
			case code == "x-default":
				continue
			default:
				if !strings.EqualFold(dest.lang, code) {
					bad(p, a.line, "hreflang %q points to public/%s, whose language is %q", code, dest.rel, dest.lang)
				}
				// The translation links back here.
				back, ok := altsOf(dest)[strings.ToLower(l.Code)]
				if !ok {
					bad(p, a.line, "hreflang %q: public/%s has no hreflang %q back to this page", code, dest.rel, l.Code)
				} else if bt := s.resolve(dest, back.href); bt.file != p.rel {
					bad(p, a.line, "hreflang %q: public/%s gives hreflang %q as %q, not this page", code, dest.rel, l.Code, back.href)
				}
			}
		}
	}
	if pages == 0 {
		t.Fatal("found no page in a language folder")
	}
	report(t, "language problems", problems)
	t.Logf("checked the languages of %d pages", pages)
}
