package frontmatter_test

import (
	"fmt"
	"testing"

	"github.com/wazc/site/internal/frontmatter"
)

func TestSplit(t *testing.T) {
	for _, c := range []struct {
		name, src, fm, body string
		line                int
		err                 string
	}{
		{name: "plain", src: "---\ntitle: A\n---\nbody\n", fm: "title: A\n", body: "body\n", line: 4},
		{name: "byte order mark", src: "\ufeff---\ntitle: A\n---\nbody\n", fm: "title: A\n", body: "body\n", line: 4},
		{name: "CRLF", src: "---\r\ntitle: A\r\n---\r\nbody\r\n", fm: "title: A\r\n", body: "body\r\n", line: 4},
		{name: "spaces after the fences", src: "--- \t\ntitle: A\n---  \nbody", fm: "title: A\n", body: "body", line: 4},
		{name: "dots close", src: "---\ntitle: A\n...\nbody", fm: "title: A\n", body: "body", line: 4},
		{name: "empty front matter", src: "---\n---\nbody\n", fm: "", body: "body\n", line: 3},
		{name: "blank front matter", src: "---\n\n\n---\n# H\n", fm: "\n\n", body: "# H\n", line: 5},
		{name: "no body", src: "---\ntitle: A\n---", fm: "title: A\n", body: "", line: 4},
		{name: "--- in the body is the body's", src: "---\na: 1\n---\ntext\n---\nmore\n", fm: "a: 1\n", body: "text\n---\nmore\n", line: 4},
		{name: "a longer rule does not close", src: "---\n----\n---\nbody", fm: "----\n", body: "body", line: 4},
		{name: "no closing line", src: "---\ntitle: A\n", err: "a.md:1: front matter opened here is never closed with a --- line"},
		{name: "only an opening line", src: "---", err: "a.md:1: front matter opened here is never closed with a --- line"},
		{name: "no front matter", src: "# Title\n", err: "a.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line"},
		{name: "a blank line first", src: "\n---\n---\n", err: "a.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line"},
		{name: "TOML", src: "+++\ntitle = 'A'\n+++\n", err: "a.md:1: TOML front matter (+++) is not supported: use YAML between --- lines"},
	} {
		fm, body, line, err := frontmatter.Split("a.md", []byte(c.src))
		if fmt.Sprint(err) != fmt.Sprint(c.err) && (err != nil || c.err != "") {
			t.Errorf("%s: error %v, want %q", c.name, err, c.err)
			continue
		}
		if string(fm) != c.fm || string(body) != c.body || line != c.line {
			t.Errorf("%s: got (%q, %q, %d), want (%q, %q, %d)", c.name, fm, body, line, c.fm, c.body, c.line)
		}
	}
}

func TestDecode(t *testing.T) {
	for _, c := range []struct{ name, fm, want string }{
		{"keys", "title: A\nweight: 2\ndraft: true\n", "map[draft:true title:A weight:2]"},
		// YAML 1.1: Literal gives the text a stage that wants it.
		{"yes is true", "title: Yes\n", "map[title:true]"},
		{"no newline at the end", "title: A", "map[title:A]"},
		{"empty", "", "map[]"},
		{"blank", "\n\n", "map[]"},
		{"a comment only", "# nothing\n", "map[]"},
		{"null", "~\n", "a.md:2: invalid front matter: want key: value lines"},
		// yaml.v2 keeps the last value silently.
		{"a key twice", "title: A\nweight: 1\ntitle: B\n", `a.md:4: invalid front matter: key "title" is already set at line 2`},
		{"a syntax error", "title: A\nweight: [1\n", "a.md:3: invalid front matter: did not find expected ',' or ']'"},
		{"a control character", "title: \"\x01\"\n", "a.md:2: invalid front matter: control characters are not allowed"},
		{"a list", "- a\n", "a.md:2: invalid front matter: cannot unmarshal !!str `a` into yaml.MapItem"},
		// yaml.v2 lists its unmarshal errors in one message, which was
		// reported as one error at the first line.
		{"two bad keys", "[a]: 1\n{b}: 2\n", "a.md:2: invalid front matter: cannot unmarshal !!seq into string\na.md:3: invalid front matter: cannot unmarshal !!map into string"},
	} {
		m, err := frontmatter.Decode("a.md", []byte(c.fm))
		got := fmt.Sprint(m)
		if err != nil {
			got = err.Error()
		}
		if got != c.want {
			t.Errorf("%s: Decode(%q) = %s, want %s", c.name, c.fm, got, c.want)
		}
	}
}

func TestLineAndLiteral(t *testing.T) {
	fm := []byte("title: Yes # really\n\"quoted\" : 2024\nlist:\n  - a\n# c: no\n  nested: no\ntitle: again\nempty:\n")
	for _, c := range []struct {
		key, literal string
		line         int
	}{
		{"title", "Yes", 2}, // the first, if given twice
		{"quoted", "2024", 3},
		{"list", "", 4},
		{"empty", "", 9},
		{"c", "", 0},
		{"nested", "", 0},
		{"missing", "", 0},
	} {
		if got := frontmatter.Line(fm, c.key); got != c.line {
			t.Errorf("Line(%q) = %d, want %d", c.key, got, c.line)
		}
		if got := frontmatter.Literal(fm, c.key); got != c.literal {
			t.Errorf("Literal(%q) = %q, want %q", c.key, got, c.literal)
		}
	}
}

func TestSet(t *testing.T) {
	for _, c := range []struct{ name, in, want string }{
		{"adds before the closing line", "---\ntitle: A\n---\nbody\n", "---\ntitle: A\nk: \"v\"\n---\nbody\n"},
		{"replaces in place", "---\ntitle: A\nk: old\nz: 1\n---\n", "---\ntitle: A\nk: \"v\"\nz: 1\n---\n"},
		{"keeps comments and order", "---\n# top\nz: 1 # last\nk: old # was\n# between\na: 2\n---\n# body\n", "---\n# top\nz: 1 # last\nk: \"v\"\n# between\na: 2\n---\n# body\n"},
		{"CRLF", "---\r\ntitle: A\r\n---\r\n", "---\r\ntitle: A\r\nk: \"v\"\r\n---\r\n"},
		{"byte order mark", "\ufeff---\nk: 1\n---\n", "\ufeff---\nk: \"v\"\n---\n"},
		{"empty front matter", "---\n---\nbody", "---\nk: \"v\"\n---\nbody"},
		{"the first of two", "---\nk: 1\nk: 2\n---\n", "---\nk: \"v\"\nk: 2\n---\n"},
		{"a quoted key", "---\n'k' : 1\n---\n", "---\nk: \"v\"\n---\n"},
		{"not a key in the body", "---\na: 1\n---\nk: body\n", "---\na: 1\nk: \"v\"\n---\nk: body\n"},
		// A value on the lines below was left behind, and the file no
		// longer decoded.
		{"a folded value", "---\nk: >-\n  long\n\n  text\n\nz: 1\n---\n", "---\nk: \"v\"\n\nz: 1\n---\n"},
		{"a list below", "---\nk:\n- a\n- b\n# c\nz: 1\n---\n", "---\nk: \"v\"\n# c\nz: 1\n---\n"},
		{"a list after a value is not its", "---\nk: 1\n- a\n---\n", "---\nk: \"v\"\n- a\n---\n"},
	} {
		got, err := frontmatter.Set("a.md", []byte(c.in), "k", `"v"`)
		if err != nil || string(got) != c.want {
			t.Errorf("%s: Set(%q) = %q, %v; want %q", c.name, c.in, got, err, c.want)
		}
	}
	for _, in := range []string{"no front matter", "---\nk: 1\n"} {
		if got, err := frontmatter.Set("a.md", []byte(in), "k", "v"); err == nil {
			t.Errorf("Set(%q) = %q, want an error", in, got)
		}
	}
}
