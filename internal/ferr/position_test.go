package ferr

import (
	"errors"
	htmltemplate "html/template"
	"io"
	"testing"
	"text/template"

	"gopkg.in/yaml.v3"
)

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
		{"a: \"\x01\"\n", "a.md: control characters are not allowed"},
	} {
		var v any
		err := yaml.Unmarshal([]byte(tc.src), &v)
		if err == nil {
			t.Fatalf("%q parsed", tc.src)
		}
		if got := YAML("a.md", 2, "", []byte(tc.src), err); got == nil || got.Error() != tc.want {
			t.Errorf("%q: got %v, want %q", tc.src, got, tc.want)
		}
	}
	if err := YAML("a.md", 2, "", []byte("title: A\n"), nil); err != nil {
		t.Errorf("no error in, %v out", err)
	}
}

// A type error names its line, counted from the first line of the text
// given to the decoder; each of a list is an error of its own, in order,
// and one that names a line past the text is at its last line.
func TestYAMLUnmarshalErrors(t *testing.T) {
	src := "a: x\nb: y\n"
	var v struct{ A, B int }
	err := yaml.Unmarshal([]byte(src), &v)
	want := "site.yaml:3: want: cannot unmarshal !!str `x` into int\nsite.yaml:4: want: cannot unmarshal !!str `y` into int"
	if got := YAML("site.yaml", 3, "want: ", []byte(src), err); got == nil || got.Error() != want {
		t.Errorf("got %v, want %q", got, want)
	}
	// yaml.v2 writes its errors the same way; the value quoted in one may
	// hold a newline.
	v2 := errors.New("yaml: unmarshal errors:\n  line 1: cannot unmarshal !!str `a\n  b` into int\n  line 9: cannot unmarshal !!seq into string")
	want = "a.md:2: cannot unmarshal !!str `a\n  b` into int\na.md:3: cannot unmarshal !!seq into string"
	if got := YAML("a.md", 2, "", []byte("a: x\nb: y"), v2); got == nil || got.Error() != want {
		t.Errorf("got %v, want %q", got, want)
	}
	if got, want := YAML("a.md", 2, "", []byte(src), io.ErrUnexpectedEOF).Error(), "a.md: unexpected EOF"; got != want {
		t.Errorf("an error without a line: got %q, want %q", got, want)
	}
}

// Both template packages name the template, the line and (mostly) the
// column; the column is made 1-based, as editors count.
func TestTemplatePositions(t *testing.T) {
	//lint:ignore SA1001 the template is broken on purpose
	_, parseErr := template.New("page.html").Parse("a\n<h1>{{.Title}</h1>")
	execErr := template.Must(template.New("page.html").Parse("x\n  {{.No}}")).Execute(io.Discard, 1)
	htmlErr := htmltemplate.Must(htmltemplate.New("page.html").Parse("<p\n  a=\"{{if .}}\">{{end}}\"")).Execute(io.Discard, 1)
	htmlEnd := htmltemplate.Must(htmltemplate.New("page.html").Parse("<script>\n{{.}}")).Execute(io.Discard, 1)
	for _, tc := range []struct {
		err  error
		want string
	}{
		{parseErr, "layouts/page.html:2: bad character U+007D '}'"},
		{execErr, `layouts/page.html:2:5: executing "page.html" at <.No>: can't evaluate field No in type int`},
		{htmlErr, "layouts/page.html:2:11: {{if}} branches end in different contexts: " +
			"{stateText delimNone urlPartNone jsCtxRegexp [] attrNone elementNone <nil>}, {stateAttr delimDoubleQuote urlPartNone jsCtxRegexp [] attrNone elementNone <nil>}"},
	} {
		got := Template("layouts", tc.err)
		if got == nil || got.Error() != tc.want {
			t.Errorf("%v: got %v, want %q", tc.err, got, tc.want)
		}
	}
	// The template executed, which need not be the file at fault.
	for _, err := range []error{htmlEnd, errors.New(`template: no template "x" associated with template "y"`)} {
		if got := Template("layouts", err); got != nil {
			t.Errorf("a message without a line was placed: %v", got)
		}
	}
}
