package content

import (
	"fmt"
	"net/url"
	"path"
	"strings"
)

// Resolve finds the page a link in from points to. Links that are not to a
// .md file or an anchor (external URLs, images, mail) are not handled:
// handled is false and the link stays as written. A link to a page that does
// not exist, or into a language that is not configured, is an error.
func (s *Site) Resolve(from *Page, dest string) (target *Page, fragment string, handled bool, err error) {
	if dest == "" || strings.HasPrefix(dest, "//") {
		return nil, "", false, nil
	}
	if hasScheme(dest) {
		return nil, "", false, nil
	}
	p, fragment, _ := strings.Cut(dest, "#")
	p, _, _ = strings.Cut(p, "?")
	if p == "" {
		if fragment == "" {
			return nil, "", false, nil
		}
		return from, fragment, true, nil
	}
	if !strings.HasSuffix(p, ".md") {
		return nil, "", false, nil
	}
	if dec, derr := url.PathUnescape(p); derr == nil {
		p = dec
	}
	lang, rel := from.Lang.Code, ""
	if strings.HasPrefix(p, "/") {
		code, rest, _ := strings.Cut(strings.TrimPrefix(p, "/"), "/")
		if s.Config.Language(code) == nil {
			return nil, "", true, fmt.Errorf("link %q: unknown language %q (a link starting with / names the language folder first, as in /%s/page.md)", dest, code, s.Config.DefaultLanguage)
		}
		lang, rel = code, path.Clean(rest)
	} else {
		rel = path.Join(path.Dir(from.Rel), p)
	}
	if rel == ".." || strings.HasPrefix(rel, "../") {
		return nil, "", true, fmt.Errorf("link %q leads out of content/%s/", dest, lang)
	}
	t := s.byLangRel[lang][rel]
	if t == nil || (t.Path == "" && !strings.HasSuffix(rel, "_index.md")) {
		return nil, "", true, fmt.Errorf("link to missing page content/%s/%s", lang, rel)
	}
	return t, fragment, true, nil
}

// hasScheme reports whether a link starts with a URL scheme ("https:",
// "mailto:"), by RFC 3986's grammar, as url.Parse would find it: the check
// runs for every link of every page, and parsing each is the slow way.
func hasScheme(dest string) bool {
	for i := 0; i < len(dest); i++ {
		switch c := dest[i]; {
		case 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z':
		case '0' <= c && c <= '9' || c == '+' || c == '-' || c == '.':
			if i == 0 {
				return false
			}
		case c == ':':
			return i > 0
		default:
			return false
		}
	}
	return false
}
