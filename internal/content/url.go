package content

// The URL rule, in one place. A page's site path (Page.URL) is, in order:
//
//   - its front matter's url, cleaned (CleanURL), when it has one;
//   - else the language's prefix (config: "/<code>/", or "/" for the default
//     language with defaultLanguageInRoot), then the folders of its path
//     inside the language folder, then its file name without .md for a
//     regular page (an _index.md is its folder's URL), each segment as
//     written, with slug replacing the last segment.
//
// The page is written to OutPath(URL): "/a/b/" is a/b/index.html. Page.URL
// stays unescaped; every URL written out goes through EscapePath (RFC 3986
// percent-encoding per segment): Permalink (base URL in front),
// RelPermalink (the base URL's path in front). Aliases are site paths from
// the root, or relative to the language's home (aliasURL). Two outputs
// that differ only in case or Unicode form are one file (see plan).

import (
	"errors"
	"fmt"
	"net/url"
	"path"
	"strings"
)

// aliasURL is the site path of an alias of p: from the site root when it
// starts with a slash, else from the language's home.
func aliasURL(p *Page, alias string) (string, error) {
	u := alias
	if !strings.HasPrefix(u, "/") {
		u = p.Lang.Prefix + u
	}
	return CleanURL(u)
}

// setURL computes the page's URL and output file.
func (l *loader) setURL(p *Page) {
	if p.URLPath != "" {
		u, err := CleanURL(p.URLPath)
		if err != nil {
			l.errs.Addf(p.Path, p.Line("url"), "url %q: %v", p.URLPath, err)
			u = "/" + p.Lang.Code + "/" + strings.TrimSuffix(p.Rel, ".md") + "/"
		}
		p.URL = u
		p.OutPath = OutPath(u)
		return
	}
	if err := checkFileName(p.Rel); err != nil && p.Path != "" && !p.Fallback {
		l.errs.Addf(p.Path, 0, "the file name %v: rename the file, or give the page a slug", err)
	}
	dir := path.Dir(p.Rel)
	var segs []string
	if dir != "." {
		segs = strings.Split(dir, "/")
	}
	if p.Kind == KindPage {
		segs = append(segs, strings.TrimSuffix(path.Base(p.Rel), ".md"))
	}
	if p.Slug != "" {
		if err := checkSlug(p.Slug); err != nil {
			l.errs.Addf(p.Path, p.Line("slug"), "slug %q: %v", p.Slug, err)
		} else if len(segs) > 0 {
			segs[len(segs)-1] = p.Slug
		}
	}
	u := p.Lang.Prefix
	if len(segs) > 0 {
		u += strings.Join(segs, "/") + "/"
	}
	p.URL = u
	p.OutPath = OutPath(u)
}

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

// setPermalinks computes once what templates ask for many times per page.
func (s *Site) setPermalinks(p *Page) {
	p.permalink = s.Config.AbsURL(EscapePath(p.URL))
	p.relPermalink = s.RelURL(EscapePath(p.URL))
}

// Permalink is the page's absolute URL.
func (p *Page) Permalink() string {
	if p.permalink == "" {
		return p.Site.All.Config.AbsURL(EscapePath(p.URL))
	}
	return p.permalink
}

// RelPermalink is the page's URL path with the base URL's path in front.
func (p *Page) RelPermalink() string {
	if p.relPermalink == "" {
		return p.Site.All.RelURL(EscapePath(p.URL))
	}
	return p.relPermalink
}

// RelURL puts the base URL's path in front of a site path.
func (s *Site) RelURL(u string) string {
	base := s.Config.BasePath()
	if len(u) > 0 && u[0] == '/' {
		u = u[1:]
	}
	return base + u
}
