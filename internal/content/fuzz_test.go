package content_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/content"
)

func FuzzCleanURL(f *testing.F) {
	for _, s := range []string{
		"",
		"/",
		"/en/letter/",
		"en/letter",
		"/feed.html",
		"/a/b/../c/",
		"/a/./b",
		"..",
		"/%2e%2e/etc/passwd",
		"%2e%2e%2fx",
		"/a%2Fb/",
		"/a%00b",
		"/a%5Cb",
		`\..\x`,
		"c:/windows",
		"C:%5Cx",
		"//host/x",
		"http://example.org/",
		"/a?b=c",
		"/a#frag",
		"/%zz",
		"/qayıdış/",
		"/права-человека/",
		"////a////",
		"/a..b/",
		"/a%20b/",
		"/a%3A%2F%2Fb/",
		// Once made CleanURL unstable: decoded to characters it refuses.
		":", "/%25/", "/%3F/", "/%23x/", "/c:/x",
	} {
		f.Add(s)
	}
	root := f.TempDir()
	f.Fuzz(func(t *testing.T, u string) {
		got, err := content.CleanURL(u)
		got2, err2 := content.CleanURL(u)
		if got != got2 || (err == nil) != (err2 == nil) {
			t.Fatalf("CleanURL(%q): two calls differ: %q, %v then %q, %v", u, got, err, got2, err2)
		}
		if err != nil {
			return
		}
		if !strings.HasPrefix(got, "/") {
			t.Fatalf("CleanURL(%q) = %q: no leading slash", u, got)
		}
		for _, seg := range strings.Split(got, "/") {
			if seg == ".." || seg == "." {
				t.Fatalf("CleanURL(%q) = %q: has a %q segment", u, got, seg)
			}
		}
		if strings.ContainsAny(got, "\\\x00") {
			t.Fatalf("CleanURL(%q) = %q: has a backslash or NUL", u, got)
		}
		out := content.OutPath(got)
		if !filepath.IsLocal(out) {
			t.Fatalf("CleanURL(%q) = %q: OutPath %q is not local", u, got, out)
		}
		joined := filepath.Join(root, out)
		if rel, rerr := filepath.Rel(root, joined); rerr != nil || !filepath.IsLocal(rel) {
			t.Fatalf("CleanURL(%q) = %q: %s leaves %s", u, got, joined, root)
		}
		again, err := content.CleanURL(got)
		if err != nil || again != got {
			t.Fatalf("CleanURL(%q) = %q, but CleanURL(%q) = %q, %v", u, got, got, again, err)
		}
	})
}
