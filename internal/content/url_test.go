package content

import (
	"net/url"
	"testing"
)

// hasScheme must agree with url.Parse wherever url.Parse succeeds: it
// decides which links are left alone as external.
func FuzzHasScheme(f *testing.F) {
	for _, s := range []string{
		"https://example.org/", "mailto:a@b.c", "../letter.md", "letter.md#x",
		"/en/letter.md", "c:/x.md", "1http:x", "a+b-c.d:x", ":x", "#frag",
		"?q=1", "x/y:z.md", "", "HTTP://X", "tel:+1", "a b:c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		u, err := url.Parse(s)
		if err != nil {
			return
		}
		if got, want := hasScheme(s), u.Scheme != ""; got != want {
			t.Errorf("hasScheme(%q) = %v, url.Parse scheme %q", s, got, u.Scheme)
		}
	})
}

// EscapePath's shortcut for paths with nothing to escape agrees with
// escaping each segment.
func FuzzEscapePath(f *testing.F) {
	for _, p := range []string{"/en/letter/", "/az/məktub/", "/a b/c?d#e/", "/x%y/~z_/", ""} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		if got, want := EscapePath(p), escapeSegments(p); got != want {
			t.Errorf("EscapePath(%q) = %q, want %q", p, got, want)
		}
	})
}
