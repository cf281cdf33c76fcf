package config

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/wazc/site/internal/ferr"
	"gopkg.in/yaml.v3"
)

// Where readers send corrections. Both settings are optional; layouts show
// a link only for what is set.
//
//	contact: https://github.com/owner/site/issues
//	editURL: https://github.com/owner/site/edit/main/{path}
//
// contact is one address for the whole site; editURL is a pattern for a link
// on every page, like Docusaurus' "Edit this page": {path} becomes the page's
// source file from the site root (content/en/letter.md) and {url} its
// absolute address. Both must be http://, https:// or mailto: addresses, so
// a typo cannot become a link relative to the page, and editURL must name at
// least one placeholder, or every page would get the same link: that is what
// contact is for.

// placeholder matches {name} in an editURL pattern.
var placeholder = regexp.MustCompile(`\{[^{}]*\}`)

// EditLink returns the editURL pattern with {path} and {url} filled in for a
// page whose source file is path (from the site root) and whose absolute
// address is permalink: "" when editURL is not set or the page has no source
// file (a folder without _index.md). A value in the pattern's path is
// escaped as a path, one after a "?" or "#" as a query value (spaces as
// %20, which mailto: needs too).
func (c *Config) EditLink(path, permalink string) string {
	if c.EditURL == "" || path == "" {
		return ""
	}
	return fill(c.EditURL, path, permalink)
}

func fill(pattern, path, permalink string) string {
	query := strings.IndexAny(pattern, "?#")
	var b strings.Builder
	last := 0
	for _, m := range placeholder.FindAllStringIndex(pattern, -1) {
		b.WriteString(pattern[last:m[0]])
		inQuery := query >= 0 && m[0] > query
		switch pattern[m[0]:m[1]] {
		case "{path}":
			if inQuery {
				b.WriteString(queryEscape(path))
			} else {
				b.WriteString(pathEscape(path))
			}
		case "{url}":
			if inQuery {
				b.WriteString(queryEscape(permalink))
			} else {
				b.WriteString(url.PathEscape(permalink))
			}
		}
		last = m[1]
	}
	b.WriteString(pattern[last:])
	return b.String()
}

// pathEscape escapes each segment of a slash-separated path.
func pathEscape(p string) string {
	segs := strings.Split(p, "/")
	for i, s := range segs {
		segs[i] = url.PathEscape(s)
	}
	return strings.Join(segs, "/")
}

func queryEscape(s string) string {
	return strings.ReplaceAll(url.QueryEscape(s), "+", "%20")
}

// checkFeedback checks contact and editURL; lines holds the line of each
// top-level key.
func (c *Config) checkFeedback(errs *ferr.List, lines map[string]int) {
	if c.Contact != "" && !linkable(c.Contact) {
		errs.Addf(c.Path, lines["contact"], "contact %q is not an http://, https:// or mailto: address", c.Contact)
	}
	if c.EditURL == "" {
		return
	}
	names := placeholder.FindAllString(c.EditURL, -1)
	for _, n := range names {
		if n != "{path}" && n != "{url}" {
			errs.Addf(c.Path, lines["editURL"], "editURL: unknown placeholder %s: use {path} or {url}", n)
			return
		}
	}
	switch {
	case len(names) == 0:
		errs.Addf(c.Path, lines["editURL"], "editURL %q has no {path} or {url}: for one address for the whole site, set contact", c.EditURL)
	case !linkable(fill(c.EditURL, "content/en/a.md", "https://example.org/en/a/")):
		errs.Addf(c.Path, lines["editURL"], "editURL %q is not an http://, https:// or mailto: address", c.EditURL)
	}
}

// linkable reports whether s is an absolute http(s) URL with a host or a
// mailto: address.
func linkable(s string) bool {
	u, err := url.Parse(s)
	if err != nil {
		return false
	}
	switch u.Scheme {
	case "http", "https":
		return u.Host != ""
	case "mailto":
		return u.Opaque != "" && strings.Contains(u.Opaque, "@")
	}
	return false
}

// keyLines maps each top-level key of a decoded site.yaml to its line.
func keyLines(root *yaml.Node) map[string]int {
	lines := map[string]int{}
	if len(root.Content) == 0 {
		return lines
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		lines[m.Content[i].Value] = m.Content[i].Line
	}
	return lines
}
