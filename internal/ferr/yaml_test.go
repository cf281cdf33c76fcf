package ferr

import "testing"

// yaml.v3 counts the parser's lines from 0 and the scanner's from 1, and
// takes line 0 for "none": an unclosed "[" was reported a line late on
// the first line and on its own line on the second. YAML errors now point
// at the line where the unclosed thing starts, or where the bad character is.
func TestYAMLErrorLines(t *testing.T) {
	for _, tc := range []struct{ src, want string }{
		{"title: [broken\n", "a.md:2: did not find expected ',' or ']'"},
		{"title: A\nweight: [1\n", "a.md:3: did not find expected ',' or ']'"},
		{"title: A\nweight: [1", "a.md:3: did not find expected ',' or ']'"},
		{"a: b\nc: d: e\n", "a.md:3: mapping values are not allowed in this context"},
		{"a: {b\nc: d\n", "a.md:2: did not find expected ',' or '}'"},
		{"title: A\n", ""},
	} {
		got := ""
		if e := YAML("a.md", 2, "", []byte(tc.src)); e != nil {
			got = e.Error()
		}
		if got != tc.want {
			t.Errorf("%q: got %q, want %q", tc.src, got, tc.want)
		}
	}
}
