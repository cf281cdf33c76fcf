package content

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
)

// CleanURL checks a URL path given in front matter (url, aliases) and
// returns it with a leading slash, percent-escapes decoded. A path that
// could leave the output folder or that names another host is an error.
func CleanURL(u string) (string, error) {
	if strings.Contains(u, "://") || strings.HasPrefix(u, "//") {
		return "", errors.New("must be a path on this site, not a full address")
	}
	if strings.ContainsAny(u, "?#") {
		return "", errors.New("must be a path, without ? or #")
	}
	dec, err := url.PathUnescape(u)
	if err != nil {
		return "", fmt.Errorf("bad escape: %v", err)
	}
	if err := checkChars(dec); err != nil {
		return "", err
	}
	for _, seg := range strings.Split(dec, "/") {
		if seg == ".." || seg == "." {
			return "", errors.New(`must not contain "." or ".." segments`)
		}
	}
	trailing := strings.HasSuffix(dec, "/")
	c := path.Clean("/" + dec)
	if c == "/" {
		return "/", nil
	}
	if trailing || !strings.Contains(path.Base(c), ".") {
		c += "/"
	}
	return c, nil
}

// OutPath is the file a URL path is written to: "/a/b/" is a/b/index.html,
// "/a/b.html" is a/b.html.
func OutPath(u string) string {
	u = strings.TrimPrefix(u, "/")
	if u == "" || strings.HasSuffix(u, "/") {
		return u + "index.html"
	}
	return u
}

func checkSlug(s string) error {
	if strings.ContainsRune(s, '/') {
		return errors.New("must be one URL segment, without /")
	}
	if s == "." || s == ".." {
		return errors.New(`must not be "." or ".."`)
	}
	return checkChars(s)
}

func checkChars(s string) error {
	for _, r := range s {
		switch {
		case strings.ContainsRune(`:*?"<>|#%`, r):
			// Not allowed in Windows file names, or meaningful in a URL.
			return fmt.Errorf("must not contain %q", r)
		case r == '\\':
			return errors.New(`must not contain a backslash`)
		case r == 0:
			return errors.New("must not contain a NUL byte")
		case r < 0x20 || r == 0x7f:
			return errors.New("must not contain control characters")
		}
	}
	return nil
}

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

// checkFileName refuses control characters in a file name. Every other
// character makes a page: "%.md", "?.md" and "#.md" are published at
// /%25/, /%3F/ and /%23/ (see EscapePath), in folders named as the files.
// NUL and "/" cannot be in a name, and names that differ only in case or
// Unicode form are refused as one URL (see claimOutputs).
func checkFileName(rel string) error {
	for _, r := range rel {
		if r < 0x20 || r == 0x7f {
			return errors.New("contains a control character")
		}
	}
	return nil
}

// EscapePath percent-escapes each segment of a site path per RFC 3986, so
// that a name with spaces, in any script or with a character that means
// something in a URL ("%", "?", "#") makes a URL that leads back to it.
// Site paths (Page.URL) are kept unescaped; every URL written out goes
// through here.
func EscapePath(p string) string {
	for i := 0; i < len(p); i++ {
		if c := p[i]; !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
			return escapeSegments(p)
		}
	}
	return p // nothing to escape, as for most pages: no splitting and joining
}

func escapeSegments(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}
