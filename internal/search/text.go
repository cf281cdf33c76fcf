package search

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// inline elements do not separate words: "<em>a</em>b" is "ab". Every
// other element does.
var inline = map[atom.Atom]bool{
	atom.A: true, atom.Abbr: true, atom.B: true, atom.Bdi: true, atom.Bdo: true,
	atom.Cite: true, atom.Code: true, atom.Data: true, atom.Del: true, atom.Dfn: true,
	atom.Em: true, atom.I: true, atom.Ins: true, atom.Kbd: true, atom.Mark: true,
	atom.Q: true, atom.S: true, atom.Samp: true, atom.Small: true, atom.Span: true,
	atom.Strong: true, atom.Sub: true, atom.Sup: true, atom.Time: true, atom.U: true,
	atom.Var: true, atom.Wbr: true,
}

// skipped reports an element whose text is not worth finding: scripts,
// styles, and the footnote marks and back links goldmark writes (a number,
// an arrow).
func skipped(z *html.Tokenizer, a atom.Atom, hasAttr bool) bool {
	switch a {
	case atom.Script, atom.Style, atom.Template, atom.Svg, atom.Math:
		return true
	case atom.A, atom.Sup:
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if string(k) == "class" && (bytes.Contains(v, []byte("footnote-ref")) || bytes.Contains(v, []byte("footnote-backref"))) {
				return true
			}
		}
	}
	return false
}

// Text returns the text of an HTML fragment: tags removed, entities
// decoded, white space collapsed to single spaces.
func Text(src []byte) string {
	var parts []string
	for _, sec := range Sections(src) {
		for _, part := range []string{sec.Heading, sec.Text} {
			if part != "" {
				parts = append(parts, part)
			}
		}
	}
	return strings.Join(parts, " ")
}

// Section is the part of a page from one heading to the next.
type Section struct {
	ID      string // the heading's id attribute, the anchor of links to it
	Heading string // its text
	Text    string // the text after it, up to the next heading
}

// headings are the elements that start a section, when they have an id.
var headings = map[atom.Atom]bool{atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true, atom.H5: true, atom.H6: true}

// Sections returns the text of an HTML fragment, cut at the headings
// that have an id: the first section, before any such heading, has no ID
// and no Heading (and may be empty). Text is as Text gives it. The ids
// are those of the HTML, as rendered: links to them land on the heading.
func Sections(src []byte) []Section {
	z := html.NewTokenizer(bytes.NewReader(src))
	var b strings.Builder
	b.Grow(len(src) * 3 / 4)
	secs := []Section{{}}
	space := true // nothing written yet, or a space last
	sep := func() {
		if !space {
			b.WriteByte(' ')
			space = true
		}
	}
	flush := func() string {
		s := strings.TrimSuffix(b.String(), " ")
		b.Reset()
		space = true
		return s
	}
	var skipName atom.Atom // the element being skipped, and how deep in it
	skipDepth := 0
	var inHeading atom.Atom // the heading being read
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			last := &secs[len(secs)-1]
			if inHeading != 0 {
				last.Heading = flush()
			} else {
				last.Text = flush()
			}
			return secs
		case html.TextToken:
			if skipDepth == 0 {
				writeText(&b, z.Text(), &space)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			if skipDepth > 0 {
				if a == skipName {
					switch tt {
					case html.StartTagToken:
						skipDepth++
					case html.EndTagToken:
						skipDepth--
					}
				}
				if skipDepth == 0 {
					sep()
				}
				continue
			}
			if headings[a] && inHeading == 0 && tt == html.StartTagToken && hasAttr {
				id := ""
				for more := true; more; {
					var k, v []byte
					k, v, more = z.TagAttr()
					if string(k) == "id" {
						id = string(v)
					}
				}
				if id != "" {
					secs[len(secs)-1].Text = flush()
					secs = append(secs, Section{ID: id})
					inHeading = a
					continue
				}
			}
			if a == inHeading && tt == html.EndTagToken {
				secs[len(secs)-1].Heading = flush()
				inHeading = 0
				continue
			}
			if tt == html.StartTagToken && skipped(z, a, hasAttr) {
				skipName, skipDepth = a, 1
				sep()
				continue
			}
			if !inline[a] {
				sep()
			}
		}
	}
}

// writeText appends text to b with runs of white space as one space.
func writeText(b *strings.Builder, text []byte, space *bool) {
	for len(text) > 0 {
		// Characters up to the next white space, copied at once.
		i := 0
		for i < len(text) {
			n := spaceAt(text[i:])
			if n > 0 {
				break
			}
			i -= n
		}
		if i > 0 {
			b.Write(text[:i])
			*space = false
			text = text[i:]
		}
		// White space.
		i = 0
		for i < len(text) {
			n := spaceAt(text[i:])
			if n < 0 {
				break
			}
			i += n
		}
		if i > 0 {
			if !*space {
				b.WriteByte(' ')
				*space = true
			}
			text = text[i:]
		}
	}
}

// spaceAt returns the length of the character at the start of text (not
// empty), positive if it is white space (unicode.IsSpace), negative if
// not. Only the lead bytes of white space are decoded.
func spaceAt(text []byte) int {
	c := text[0]
	switch {
	case c < utf8.RuneSelf:
		if c == ' ' || '\t' <= c && c <= '\r' {
			return 1
		}
		return -1
	case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3: // U+0085, U+00A0, U+1680, U+2000…, U+3000
		r, n := utf8.DecodeRune(text)
		if unicode.IsSpace(r) {
			return n
		}
		return -n
	case c >= 0xf0:
		return -min(4, len(text))
	case c >= 0xe0:
		return -min(3, len(text))
	case c >= 0xc0:
		return -min(2, len(text))
	}
	return -1
}

// cut returns s cut to at most max characters, at a word boundary when
// there is one in its last fifth, with "…" when it was cut.
func cut(s string, max int) string {
	n := 0
	end := len(s)
	for i := range s {
		if n == max {
			end = i
			break
		}
		n++
	}
	if end == len(s) {
		return s
	}
	if sp := strings.LastIndexByte(s[:end], ' '); sp > end*4/5 {
		end = sp
	}
	return strings.TrimRight(s[:end], " ,.;:") + "…"
}
