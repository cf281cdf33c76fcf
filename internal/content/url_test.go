package content

import (
	"bytes"
	"net/url"
	"regexp"
	"strings"
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

// keyLines finds the lines the old regular expression found.
func FuzzKeyLines(f *testing.F) {
	for _, s := range []string{"title: A\nweight: 2\n", "  nested: x\n# c: d\n:x\n\"q\": 1\nk :v\nk: dup\n", "a\tb : c\r\nx:y", ""} {
		f.Add([]byte(s))
	}
	re := regexp.MustCompile(`(?m)^([^\s#:][^:]*?)\s*:`)
	f.Fuzz(func(t *testing.T, fm []byte) {
		want := map[string]int{}
		for i, l := range bytes.Split(fm, []byte{'\n'}) {
			if m := re.FindSubmatch(l); m != nil {
				k := strings.Trim(string(m[1]), `"'`)
				if _, dup := want[k]; !dup {
					want[k] = i + 2
				}
			}
		}
		got := keyLines(fm)
		if len(got) != len(want) {
			t.Fatalf("keyLines(%q) = %v, want %v", fm, got, want)
		}
		for k, v := range want {
			if got[k] != v {
				t.Fatalf("keyLines(%q) = %v, want %v", fm, got, want)
			}
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
