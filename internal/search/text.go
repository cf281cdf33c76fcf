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

// tagName returns the element of a tag, from its raw bytes ("<h2 id=…>",
// "</p>"), and whether it may have attributes: the same as the
// Tokenizer's TagName, which copies the name.
func tagName(raw []byte) (atom.Atom, bool) {
	i := 1
	if i < len(raw) && raw[i] == '/' {
		i++
	}
	var name [16]byte
	n := 0
	for ; i < len(raw); i++ {
		c := raw[i]
		if c == ' ' || c == '/' || c == '>' || c == '\t' || c == '\n' || c == '\r' || c == '\f' {
			break
		}
		if n == len(name) {
			return 0, true // no element of interest has a longer name
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		name[n] = c
		n++
	}
	return atom.Lookup(name[:n]), i < len(raw) && raw[i] != '>'
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
	buf, spans := sections(src, nil, nil)
	out := make([]Section, len(spans))
	for i, sp := range spans {
		out[i] = Section{ID: sp.id, Heading: string(buf[sp.heading[0]:sp.heading[1]]), Text: string(buf[sp.text[0]:sp.text[1]])}
	}
	return out
}

// span is a section of the text in a buffer: its id, and where its
// heading and text are.
type span struct {
	id            string
	heading, text [2]int
}

// sections appends the text of src to buf, and the sections to spans (see
// Sections): one buffer for the page, reused from page to page.
func sections(src, buf []byte, spans []span) ([]byte, []span) {
	z := html.NewTokenizer(bytes.NewReader(src))
	spans = append(spans, span{})
	start := len(buf)
	space := true // nothing written yet, or a space last
	sep := func() {
		if !space {
			buf = append(buf, ' ')
			space = true
		}
	}
	// end returns where the current part started and ends, without its
	// last space, and starts the next one.
	end := func() [2]int {
		e := len(buf)
		if e > start && buf[e-1] == ' ' {
			e--
		}
		r := [2]int{start, e}
		start = len(buf)
		space = true
		return r
	}
	var skipName atom.Atom // the element being skipped, and how deep in it
	skipDepth := 0
	var inHeading atom.Atom // the heading being read
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			last := &spans[len(spans)-1]
			if inHeading != 0 {
				last.heading = end()
			} else {
				last.text = end()
			}
			return buf, spans
		case html.TextToken:
			if skipDepth == 0 {
				buf = writeText(buf, z.Text(), &space)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			a, hasAttr := tagName(z.Raw())
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
					spans[len(spans)-1].text = end()
					spans = append(spans, span{id: id})
					inHeading = a
					continue
				}
			}
			if a == inHeading && tt == html.EndTagToken {
				spans[len(spans)-1].heading = end()
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
func writeText(b []byte, text []byte, space *bool) []byte {
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
			b = append(b, text[:i]...)
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
				b = append(b, ' ')
				*space = true
			}
			text = text[i:]
		}
	}
	return b
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
