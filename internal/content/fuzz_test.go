package content_test

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/content"
)

// offsetIn returns where sub starts in src, or -1 when sub is not a
// sub-slice of src. A sub-slice made by slicing src (or a sub-slice of it)
// shares its backing array, so its capacity tells its offset.
func offsetIn(src, sub []byte) int {
	off := cap(src) - cap(sub)
	if off < 0 || off > len(src) || off+len(sub) > len(src) {
		return -1
	}
	if len(sub) > 0 && &src[off] != &sub[0] {
		return -1
	}
	return off
}

func FuzzSplit(f *testing.F) {
	for _, s := range []string{
		"",
		"---",
		"---\n",
		"---\n---",
		"---\n---\n",
		"---\ntitle: A\n---\nbody\n",
		"---  \t\ntitle: A\n---\t \nbody",
		"---\ntitle: A\n...\nbody\n",
		"---\ntitle: A\n",          // never closed
		"+++\ntitle = 'A'\n+++\n",  // TOML
		"title: A\n---\nbody\n",    // no opening line
		"---\n----\n---\n\n\nbody", // a longer rule is not a closing line
		"---\n\n\n---\n# Heading\n\ntext\n",
		"---\ntitle: \"Qayıdış\"\n---\nБудь здоров\n",
		"---\n---\n---\n",
		"\n---\n---\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, body, bodyLine, err := content.Split("a.md", src)
		fm2, body2, bodyLine2, err2 := content.Split("a.md", src)
		if (err == nil) != (err2 == nil) || !bytes.Equal(fm, fm2) || !bytes.Equal(body, body2) || bodyLine != bodyLine2 {
			t.Fatalf("two calls differ: (%q, %q, %d, %v) then (%q, %q, %d, %v)", fm, body, bodyLine, err, fm2, body2, bodyLine2, err2)
		}
		if err != nil {
			if fm != nil || body != nil || bodyLine != 0 {
				t.Fatalf("error %v with results (%q, %q, %d)", err, fm, body, bodyLine)
			}
			return
		}
		fmOff, bodyOff := offsetIn(src, fm), offsetIn(src, body)
		if fmOff < 0 || bodyOff < 0 {
			t.Fatalf("fm (offset %d) or body (offset %d) is not a sub-slice of src", fmOff, bodyOff)
		}
		if fmOff+len(fm) > bodyOff {
			t.Fatalf("fm [%d,%d) runs into body at %d", fmOff, fmOff+len(fm), bodyOff)
		}
		if bodyOff+len(body) != len(src) {
			t.Fatalf("body [%d,%d) does not run to the end of src (%d)", bodyOff, bodyOff+len(body), len(src))
		}
		if bodyLine < 2 {
			t.Fatalf("bodyLine %d < 2", bodyLine)
		}
		want := 1 + bytes.Count(src[:bodyOff], []byte{'\n'})
		if len(body) == 0 && !bytes.HasSuffix(src, []byte{'\n'}) {
			// The closing line is the file's last and has no newline: the
			// (empty) body is taken to start on the line after it.
			want++
		}
		if bodyLine != want {
			t.Fatalf("bodyLine %d, but the body starts after %d newlines (want %d)", bodyLine, want-1, want)
		}
		// The front matter is what lies between the opening and closing lines.
		if !bytes.HasPrefix(src, []byte("---")) {
			t.Fatalf("split a file that does not start with ---")
		}
		if nl := bytes.IndexByte(src, '\n'); nl < 0 || fmOff != nl+1 {
			t.Fatalf("fm starts at %d, not after the first line", fmOff)
		}
		closing := strings.TrimRight(string(src[fmOff+len(fm):bodyOff]), "\n")
		if c := strings.TrimRight(closing, " \t"); c != "---" && c != "..." {
			t.Fatalf("the line between fm and body is %q, not a closing line", closing)
		}
	})
}

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
