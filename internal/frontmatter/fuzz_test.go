package frontmatter_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/frontmatter"
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
		"\ufeff---\ntitle: A\n---\nbody\n",
		"---\r\ntitle: A\r\n---\r\nbody\r\n",
		"---\r\ntitle: A\r\n---\r",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, body, bodyLine, err := frontmatter.Split("a.md", src)
		fm2, body2, bodyLine2, err2 := frontmatter.Split("a.md", src)
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
		// The front matter is what lies between the opening and closing
		// lines, after a byte order mark.
		if !bytes.HasPrefix(bytes.TrimPrefix(src, []byte("\ufeff")), []byte("---")) {
			t.Fatalf("split a file that does not start with ---")
		}
		if nl := bytes.IndexByte(src, '\n'); nl < 0 || fmOff != nl+1 {
			t.Fatalf("fm starts at %d, not after the first line", fmOff)
		}
		closing := strings.TrimSuffix(string(src[fmOff+len(fm):bodyOff]), "\n")
		if c := strings.TrimRight(strings.TrimSuffix(closing, "\r"), " \t"); c != "---" && c != "..." {
			t.Fatalf("the line between fm and body is %q, not a closing line", closing)
		}
	})
}

// Keys finds the keys and lines the old regular expression found.
func FuzzKeys(f *testing.F) {
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
		got := map[string]int{}
		for k, n := range frontmatter.Keys(fm) {
			if _, dup := got[k]; !dup {
				got[k] = n
			}
		}
		if len(got) != len(want) {
			t.Fatalf("Keys(%q) = %v, want %v", fm, got, want)
		}
		for k, v := range want {
			if got[k] != v || frontmatter.Line(fm, k) != v {
				t.Fatalf("Keys(%q) = %v, Line(%q) = %d, want %v", fm, got, k, frontmatter.Line(fm, k), want)
			}
		}
	})
}

// Set keeps every byte outside the key's lines: the file splits again,
// with the same body, and the key has the value.
func FuzzSet(f *testing.F) {
	for _, s := range []string{
		"---\ntitle: A\n---\nbody\n",
		"---\n---\n",
		"---\nk: [a,\n  b]\nx: 1\n---\n",
		"---\nk:\n- a\n\n- b\n# c\n---\n",
		"\ufeff---\r\nk: 1\r\n---\r\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fm, body, _, err := frontmatter.Split("a.md", src)
		out, serr := frontmatter.Set("a.md", src, "k", `"v"`)
		if (err == nil) != (serr == nil) {
			t.Fatalf("Split: %v, but Set: %v", err, serr)
		}
		if err != nil {
			return
		}
		fm2, body2, _, err := frontmatter.Split("a.md", out)
		if err != nil || !bytes.Equal(body, body2) {
			t.Fatalf("Set(%q) = %q: splits to body %q, %v; want body %q", src, out, body2, err, body)
		}
		if got := frontmatter.Literal(fm2, "k"); got != `"v"` {
			t.Fatalf("Set(%q) = %q: k is %q", src, out, got)
		}
		if line := frontmatter.Line(fm, "k"); line == 0 && !bytes.HasPrefix(out, src[:len(src)-len(body)-len(closing(src, fm, body))]) {
			t.Fatalf("Set(%q) = %q: a new key changed the lines before it", src, out)
		}
	})
}

// closing returns the closing line of a split file.
func closing(src, fm, body []byte) []byte {
	end := offsetIn(src, fm) + len(fm)
	return src[end : len(src)-len(body)]
}
