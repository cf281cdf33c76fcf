// Package frontmatter reads and edits the front matter of a page file: the
// YAML between its opening "---" line and the next "---" or "..." line. It
// is the one place that knows the format; the content stage decodes pages
// with it, and the editing commands (package translation, package newpage)
// change keys with it.
//
// # Files
//
// A page file starts with a line "---" (trailing spaces and tabs allowed),
// then YAML, then a closing "---" or "..." line, then the body. The first
// closing line ends the front matter: a "---" further down is the body's (a
// Markdown rule). A UTF-8 byte order mark before the first line is skipped
// and lines may end in LF or CRLF, so a file can be split and edited as an
// editor saved it. A file with neither an opening nor a closing line is an
// error, and so is TOML front matter ("+++"), with a message of its own.
//
// # Lines
//
// Every line this package reports is a line of the file, and front matter
// starts on line 2: errors are "path:line: message" (package ferr), Split
// returns the line the body starts at so that errors in the body can be
// placed too, and Line finds a key's line when a problem with its value is
// reported (lines are found when asked rather than kept for every page).
// A top-level key is on a line that starts with neither a space, a tab,
// "#" nor ":" and has a colon: the key is what comes before the first
// colon, spaces and quotes trimmed.
//
// # Decoding
//
// Decode reads front matter with goldmark-meta, as goldmark's extension is
// meant to be used: a goldmark parser with the meta extension reads the
// block, and meta.TryGet returns the values or the error. Only the
// front-matter block is given to the parser, so that the body is parsed
// once, by the render stage. On top of goldmark-meta, Decode
//   - reports errors at lines of the file (ferr.YAML: yaml.v2 reports some
//     syntax errors a line off);
//   - reports a key given twice at its second line, naming the first
//     (yaml.v2 keeps the last value silently, and a page would lose the
//     first);
//   - ends the block with a newline of its own, so that front matter whose
//     last line has none still decodes;
//   - reads empty front matter as no keys.
//
// goldmark-meta reads YAML 1.1, where "Yes" is true and "2024" a number.
// Literal returns a key's scalar as it is written, and Text a key's value
// as text, so that a stage that wants text (a title of Yes) or a boolean
// only when written true or false can have it (package content does both).
//
// # Editing
//
// Set gives a top-level key a value: it replaces the key's line, and the
// lines below it that continue its value, or adds a line before the
// closing line. Every other byte of the file stays as it was: comments,
// the order of the keys, the byte order mark and the line endings.
package frontmatter

import (
	"bytes"
	"errors"
	"fmt"
	"iter"
	"time"

	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/wazc/site/internal/ferr"
)

var bom = []byte("\ufeff")

// Split separates a file into its front matter (the lines between the
// opening and closing lines, without them) and its body, both slices of
// src. bodyLine is the line of the file the body starts at.
func Split(path string, src []byte) (fm, body []byte, bodyLine int, err error) {
	s, err := split(path, src)
	if err != nil {
		return nil, nil, 0, err
	}
	return src[s.fm:s.end], src[s.body:], s.bodyLine, nil
}

// span is where Split found the parts of a file: the front matter is
// src[fm:end], the closing line src[end:body], the body src[body:].
type span struct{ fm, end, body, bodyLine int }

func split(path string, src []byte) (span, error) {
	start := 0
	if bytes.HasPrefix(src, bom) {
		start = len(bom)
	}
	if bytes.HasPrefix(src[start:], []byte("+++")) {
		return span{}, ferr.New(path, 1, "TOML front matter (+++) is not supported: use YAML between --- lines")
	}
	first, _, found := bytes.Cut(src[start:], []byte{'\n'})
	if !fence(first, "---") {
		return span{}, ferr.New(path, 1, "missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line")
	}
	fm := len(src)
	if found {
		fm = start + len(first) + 1
	}
	line := 2
	for off := fm; off <= len(src); line++ {
		l, next := src[off:], len(src)+1
		if i := bytes.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], off+i+1
		}
		if fence(l, "---") || fence(l, "...") {
			return span{fm, off, min(next, len(src)), line + 1}, nil
		}
		off = next
	}
	return span{}, ferr.New(path, 1, "front matter opened here is never closed with a --- line")
}

// fence reports whether line is f, but for trailing spaces and tabs and a
// CR before the newline.
func fence(line []byte, f string) bool {
	line = bytes.TrimSuffix(line, []byte{'\r'})
	return string(bytes.TrimRight(line, " \t")) == f
}

// fmParser reads only the front-matter block, with goldmark-meta, so each
// page's body is parsed once, later, by the render stage.
var fmParser = goldmark.New(goldmark.WithExtensions(meta.New())).Parser()

// Decode reads front matter (as Split returns it) with goldmark-meta.
// Errors are at lines of the file at path.
func Decode(path string, fm []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(fm)) == 0 {
		return map[string]any{}, nil
	}
	var doc bytes.Buffer
	doc.Grow(len(fm) + 8)
	doc.WriteString("---\n")
	doc.Write(fm)
	if fm[len(fm)-1] != '\n' {
		doc.WriteByte('\n') // else the closing line would join the last
	}
	doc.WriteString("---\n")
	ctx := parser.NewContext()
	fmParser.Parse(text.NewReader(doc.Bytes()), parser.WithContext(ctx))
	m, err := meta.TryGet(ctx)
	if err != nil {
		err = ferr.YAML(path, 2, "invalid front matter: ", fm, err)
		for _, e := range ferr.Errors(err) {
			if fe := (*ferr.FileError)(nil); errors.As(e, &fe) && fe.Line == 0 {
				fe.Line = 2 // where the front matter starts
			}
		}
		return nil, err
	}
	if m == nil {
		return nil, ferr.New(path, 2, "invalid front matter: want key: value lines")
	}
	if err := duplicateKeys(path, fm); err != nil {
		return nil, err
	}
	return m, nil
}

// duplicateKeys reports each top-level key given twice at its second line.
func duplicateKeys(path string, fm []byte) error {
	var errs ferr.List
	lines := make(map[string]int, 8)
	eachKey(fm, func(k []byte, n, _, _ int) bool {
		if prev, dup := lines[string(k)]; dup {
			errs.Addf(path, n, "invalid front matter: key %q is already set at line %d", k, prev)
		} else {
			lines[string(k)] = n
		}
		return true
	})
	return errs.Err()
}

// Line returns the line of the file that the top-level key is on (the
// first, if it is given twice), or 0 if fm has no such key.
func Line(fm []byte, key string) int {
	line := 0
	eachKey(fm, func(k []byte, n, _, _ int) bool {
		if string(k) == key {
			line = n
		}
		return line == 0
	})
	return line
}

// Keys yields each top-level key of fm with its line in the file, in the
// order they are written (a key given twice, twice).
func Keys(fm []byte) iter.Seq2[string, int] {
	return func(yield func(string, int) bool) {
		eachKey(fm, func(k []byte, n, _, _ int) bool { return yield(string(k), n) })
	}
}

// Literal returns the scalar of a top-level key as fm spells it: the rest
// of the key's line, without a comment and the spaces around it. It is ""
// if there is no such key or its value is not on its line (YAML allows a
// value on the lines below).
func Literal(fm []byte, key string) string {
	val := ""
	eachKey(fm, func(k []byte, _, start, end int) bool {
		if string(k) != key {
			return true
		}
		_, v, _ := bytes.Cut(fm[start:end], []byte{':'})
		if i := bytes.Index(v, []byte(" #")); i >= 0 {
			v = v[:i]
		}
		val = string(bytes.TrimSpace(v))
		return false
	})
	return val
}

// Text returns the value v that Decode gave the top-level key as text:
// a string as it is, nothing as "", and a scalar that YAML read as a
// boolean, a number or a date as fm spells it (Literal), so that a title
// of Yes is "Yes" and one of 2024 is "2024". It reports false for a list
// or a mapping.
func Text(fm []byte, key string, v any) (string, bool) {
	switch s := v.(type) {
	case string:
		return s, true
	case nil:
		return "", true
	case bool, int, int64, uint64, float64, time.Time:
		if l := Literal(fm, key); l != "" {
			return l, true
		}
		return fmt.Sprint(v), true
	}
	return "", false
}

// Set gives the top-level key of the file src the value, YAML as written
// on one line (quoted if it must be), and returns the new file. The key's
// line and the lines that continue its value (indented, or list items
// under a key with no value on its line) are replaced by one line; a key
// that is not there is added before the closing line. All else is kept
// byte for byte, and the new line ends as the opening line does.
func Set(path string, src []byte, key, value string) ([]byte, error) {
	s, err := split(path, src)
	if err != nil {
		return nil, err
	}
	nl := "\n"
	if s.fm >= 2 && src[s.fm-2] == '\r' {
		nl = "\r\n"
	}
	from, to := s.end, s.end
	fm := src[s.fm:s.end]
	eachKey(fm, func(k []byte, _, start, next int) bool {
		if string(k) != key {
			return true
		}
		from, to = s.fm+start, s.fm+continued(fm, start, next)
		return false
	})
	line := key + ": " + value + nl
	out := make([]byte, 0, len(src)-(to-from)+len(line))
	out = append(out, src[:from]...)
	out = append(out, line...)
	return append(out, src[to:]...), nil
}

// continued returns where the value of the key on the line fm[start:next]
// ends: after the last of the lines below that are indented (or, if the
// key's line has no value, that are list items), blank lines between them
// included.
func continued(fm []byte, start, next int) int {
	_, v, _ := bytes.Cut(fm[start:next], []byte{':'})
	if i := bytes.Index(v, []byte(" #")); i >= 0 {
		v = v[:i]
	}
	items := len(bytes.TrimSpace(v)) == 0
	end := next
	for off := next; off < len(fm); {
		l, after := fm[off:], len(fm)
		if i := bytes.IndexByte(l, '\n'); i >= 0 {
			l, after = l[:i], off+i+1
		}
		switch {
		case len(bytes.TrimSpace(l)) == 0:
		case l[0] == ' ' || l[0] == '\t' || items && l[0] == '-':
			end = after
		default:
			return end
		}
		off = after
	}
	return end
}

// eachKey calls f with each top-level key of fm, its line in the file and
// the offsets in fm of its line and of the line after it, until f returns
// false. (Every page is scanned, so this is a loop rather than a regular
// expression.)
func eachKey(fm []byte, f func(key []byte, line, start, next int) bool) {
	for n, off := 2, 0; off < len(fm); n++ {
		l, next := fm[off:], len(fm)
		if i := bytes.IndexByte(l, '\n'); i >= 0 {
			l, next = l[:i], off+i+1
		}
		if k, ok := keyOf(l); ok && !f(k, n, off, next) {
			return
		}
		off = next
	}
}

// keyOf returns the top-level key on a line, if it holds one.
func keyOf(l []byte) ([]byte, bool) {
	if len(l) == 0 || isYAMLSpace(l[0]) || l[0] == '#' || l[0] == ':' {
		return nil, false
	}
	c := bytes.IndexByte(l, ':')
	if c < 0 {
		return nil, false
	}
	return bytes.Trim(bytes.TrimRight(l[:c], " \t\f\r"), `"'`), true
}

func isYAMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' }
