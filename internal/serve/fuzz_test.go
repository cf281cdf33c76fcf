package serve_test

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/serve"
)

// FuzzFileName checks the dev server's mapping of request paths to files
// of the build: it never panics, gives the same answer for the same path,
// and every name it accepts stays inside the site: a local path with no
// ".." element (a name such as "a..b" is an ordinary file name), no
// backslash and no NUL, and a name the build's writers accept.
func FuzzFileName(f *testing.F) {
	for _, p := range []string{
		"/", "/en/", "/en/a/", "/css/site.css", "/en/a", "/index.html", "/sitemap.xml",
		"", "x", "en/", "//", "/a//b", "/../x", "/..", "/a/..", "/a/../b", "/./a", "/a/./b", "/.",
		"/a\\b", "/..\\x", "/a\x00", "/\x00", "/%2e%2e/x", "/.../", "/a..b", "/..a", "/C:/x", "/c:\\x",
		"/\u2215..\u2215x", "/é/", "/a b/", "/a/.hidden", "/\xff\xfe", "/" + strings.Repeat("a/", 100),
	} {
		f.Add(p)
	}
	f.Fuzz(func(t *testing.T, p string) {
		name, ok := serve.FileName(p)
		again, ok2 := serve.FileName(p)
		if name != again || ok != ok2 {
			t.Fatalf("FileName(%q) = %q, %v, then %q, %v", p, name, ok, again, ok2)
		}
		if !ok {
			if name != "" {
				t.Errorf("FileName(%q) refused the path but returned %q", p, name)
			}
			return
		}
		if !filepath.IsLocal(filepath.FromSlash(name)) {
			t.Errorf("FileName(%q) = %q: not a local path", p, name)
		}
		for _, seg := range strings.Split(name, "/") {
			if seg == ".." {
				t.Errorf("FileName(%q) = %q: has a .. element", p, name)
			}
		}
		if strings.ContainsAny(name, "\\\x00") {
			t.Errorf("FileName(%q) = %q: has a backslash or NUL", p, name)
		}
		if err := output.CheckName(name); err != nil {
			t.Errorf("FileName(%q) = %q, which no build can write: %v", p, name, err)
		}
	})
}

// Regression (found by FuzzFileName): a path starting with "//" passed the
// checks, and trimming one slash left an absolute name: "//" mapped to
// "/index.html" and "//etc/passwd" to "/etc/passwd". The map lookup then
// found nothing, so no file leaked, but the name was outside the site,
// which FileName promises never to return (the "//" check ran only after
// the leading slash was trimmed).
func TestFileNameRefusesPathsStartingWithTwoSlashes(t *testing.T) {
	for _, p := range []string{"//", "//a", "//etc/passwd", "//en/"} {
		if name, ok := serve.FileName(p); ok {
			t.Errorf("FileName(%q) = %q, accepted", p, name)
		}
	}
}
