package search

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// isInline reports the inline elements, which do not separate words:
// "<em>a</em>b" is "ab". Every other element does. (A switch, not a map:
// it runs for every tag.)
func isInline(a atom.Atom) bool {
	switch a {
	case atom.A, atom.Abbr, atom.B, atom.Bdi, atom.Bdo,
		atom.Cite, atom.Code, atom.Data, atom.Del, atom.Dfn,
		atom.Em, atom.I, atom.Ins, atom.Kbd, atom.Mark,
		atom.Q, atom.S, atom.Samp, atom.Small, atom.Span,
		atom.Strong, atom.Sub, atom.Sup, atom.Time, atom.U,
		atom.Var, atom.Wbr:
		return true
	}
	return false
}

// skipped reports an element whose text is not worth finding: scripts,
// styles, and the footnote marks and back links goldmark writes (a number,
// an arrow).
func skipped(z attrReader, a atom.Atom, hasAttr bool) bool {
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

// isHeading reports the elements that start a section, when they have
// an id.
func isHeading(a atom.Atom) bool {
	switch a {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

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
// Sections): one buffer for the page, reused from page to page. Most pages
// are read by scan; a page it does not understand is read again with
// html.Tokenizer, whose reading scan follows.
func sections(src, buf []byte, spans []span) ([]byte, []span) {
	n, m := len(buf), len(spans)
	w := walker{buf: buf, spans: spans}
	if w.scan(src) {
		return w.buf, w.spans
	}
	w = walker{buf: w.buf[:n], spans: w.spans[:m]}
	w.tokenize(src)
	return w.buf, w.spans
}

// walker makes the sections of a page from its tokens, whichever reads
// them.
type walker struct {
	buf   []byte
	spans []span
	start int  // of the current part in buf
	space bool // nothing written yet, or a space last

	skipName  atom.Atom // the element being skipped, and how deep in it
	skipDepth int
	inHeading atom.Atom // the heading being read
}

// attrReader gives a tag's attributes one by one, as html.Tokenizer's
// TagAttr does: keys lowercased, values unescaped.
type attrReader interface {
	TagAttr() (key, val []byte, more bool)
}

func (w *walker) begin() {
	w.spans = append(w.spans, span{})
	w.start = len(w.buf)
	w.space = true
}

func (w *walker) sep() {
	if !w.space {
		w.buf = append(w.buf, ' ')
		w.space = true
	}
}

// end returns where the current part started and ends, without its last
// space, and starts the next one.
func (w *walker) end() [2]int {
	e := len(w.buf)
	if e > w.start && w.buf[e-1] == ' ' {
		e--
	}
	r := [2]int{w.start, e}
	w.start = len(w.buf)
	w.space = true
	return r
}

// finish ends the last part, at the end of the page.
func (w *walker) finish() {
	last := &w.spans[len(w.spans)-1]
	if w.inHeading != 0 {
		last.heading = w.end()
	} else {
		last.text = w.end()
	}
}

// tag handles a start, end or self-closing tag: raw is the tag as written,
// attrs its attributes.
func (w *walker) tag(tt html.TokenType, raw []byte, attrs attrReader) {
	a, hasAttr := tagName(raw)
	if w.skipDepth > 0 {
		if a == w.skipName {
			switch tt {
			case html.StartTagToken:
				w.skipDepth++
			case html.EndTagToken:
				w.skipDepth--
			}
		}
		if w.skipDepth == 0 {
			w.sep()
		}
		return
	}
	if isHeading(a) && w.inHeading == 0 && tt == html.StartTagToken && hasAttr {
		id := ""
		for more := true; more; {
			var k, v []byte
			k, v, more = attrs.TagAttr()
			if string(k) == "id" {
				id = string(v)
			}
		}
		if id != "" {
			w.spans[len(w.spans)-1].text = w.end()
			w.spans = append(w.spans, span{id: id})
			w.inHeading = a
			return
		}
	}
	if a == w.inHeading && tt == html.EndTagToken {
		w.spans[len(w.spans)-1].heading = w.end()
		w.inHeading = 0
		return
	}
	if tt == html.StartTagToken && skipped(attrs, a, hasAttr) {
		w.skipName, w.skipDepth = a, 1
		w.sep()
		return
	}
	if !isInline(a) {
		w.sep()
	}
}

// tokenize reads src with html.Tokenizer, which reads any HTML as
// browsers do.
func (w *walker) tokenize(src []byte) {
	z := html.NewTokenizer(bytes.NewReader(src))
	w.begin()
	for {
		switch tt := z.Next(); tt {
		case html.ErrorToken:
			w.finish()
			return
		case html.TextToken:
			if w.skipDepth == 0 {
				w.buf = writeText(w.buf, z.Text(), &w.space)
			}
		case html.StartTagToken, html.EndTagToken, html.SelfClosingTagToken:
			w.tag(tt, z.Raw(), z)
		}
	}
}

// scan reads src as html.Tokenizer would, for the HTML
// goldmark writes: tags with quoted attribute values, comments, and text
// with character references ending in ";". It reports false at anything
// else (a "<" that starts no tag, an unquoted value, a doctype, an
// element whose text is raw such as <script>, a reference without its
// ";", text that is not UTF-8…), which the Tokenizer reads by rules scan
// does not have. It is
// some five times faster, and allocates nothing. FuzzSections checks the
// two agree.
func (w *walker) scan(src []byte) bool {
	w.begin()
	var at scanAttrs
	for i := 0; ; {
		j := bytes.IndexByte(src[i:], '<')
		if j < 0 {
			j = len(src)
		} else {
			j += i
		}
		if j > i && w.skipDepth == 0 && !w.text(src[i:j]) {
			return false
		}
		if j == len(src) {
			w.finish()
			return true
		}
		i = j
		if i+1 == len(src) {
			return false
		}
		switch c := src[i+1]; {
		case c == '!':
			// A comment: nothing, not even a word break.
			rest := src[i+2:]
			if !bytes.HasPrefix(rest, []byte("--")) {
				return false
			}
			rest = rest[2:]
			if len(rest) > 0 && rest[0] == '>' || bytes.HasPrefix(rest, []byte("->")) {
				return false // "<!-->", "<!--->"
			}
			e := bytes.Index(rest, []byte("-->"))
			if e < 0 || bytes.Contains(rest[:e+2], []byte("--!")) {
				return false
			}
			i = len(src) - len(rest) + e + 3
		case c == '/':
			k := i + 2
			if k == len(src) || !isLetter(src[k]) {
				return false
			}
			for k < len(src) && isNameByte(src[k]) {
				k++
			}
			for k < len(src) && isTagSpace(src[k]) {
				k++
			}
			if k == len(src) || src[k] != '>' {
				return false
			}
			w.tag(html.EndTagToken, src[i:k+1], nil)
			i = k + 1
		case isLetter(c):
			k, tt, ok := at.read(src, i)
			if !ok {
				return false
			}
			raw := src[i:k]
			a, _ := tagName(raw)
			if rawText[a] || isHeading(a) && at.rewritten("id") || (a == atom.A || a == atom.Sup) && at.rewritten("class") {
				return false
			}
			at.next = 0
			w.tag(tt, raw, &at)
			i = k
		default:
			return false
		}
	}
}

// rawText are the elements whose text html.Tokenizer does not read for
// tags (and in some, for character references).
var rawText = map[atom.Atom]bool{
	atom.Iframe: true, atom.Noembed: true, atom.Noframes: true, atom.Noscript: true,
	atom.Plaintext: true, atom.Script: true, atom.Style: true, atom.Textarea: true,
	atom.Title: true, atom.Xmp: true,
}

// scanAttrs is a start tag's attributes as scan read them, given back by
// TagAttr.
type scanAttrs struct {
	src  []byte
	list [][5]int // key start and end, value start and end, 1 if the value has "&" or "\r"
	next int
}

// rewritten reports whether an attribute named key has a value that the
// Tokenizer would rewrite (character references, "\r", NUL).
func (at *scanAttrs) rewritten(key string) bool {
	for _, a := range at.list {
		if a[4] == 1 && bytes.EqualFold(at.src[a[0]:a[1]], []byte(key)) {
			return true
		}
	}
	return false
}

// read reads the start tag at src[i], "<" and a letter: it returns where
// the tag ends, whether it is self-closing, and false when it is not as
// scan expects.
func (at *scanAttrs) read(src []byte, i int) (int, html.TokenType, bool) {
	at.src, at.list = src, at.list[:0]
	k := i + 1
	for k < len(src) && isNameByte(src[k]) {
		k++
	}
	for {
		s := k
		for k < len(src) && isTagSpace(src[k]) {
			k++
		}
		if k == len(src) {
			return 0, 0, false
		}
		switch c := src[k]; {
		case c == '>':
			return k + 1, html.StartTagToken, true
		case c == '/':
			if k+1 == len(src) || src[k+1] != '>' {
				return 0, 0, false
			}
			return k + 2, html.SelfClosingTagToken, true
		case k == s || !isLetter(c) && c != '_' && c != ':':
			return 0, 0, false
		}
		ks := k
		for k < len(src) && (isNameByte(src[k]) || src[k] == '_' || src[k] == ':' || src[k] == '.') {
			k++
		}
		ke, vs, ve, rw := k, k, k, 0
		if k < len(src) && src[k] == '=' {
			k++
			if k == len(src) || src[k] != '"' && src[k] != '\'' {
				return 0, 0, false
			}
			e := bytes.IndexByte(src[k+1:], src[k])
			if e < 0 {
				return 0, 0, false
			}
			vs, ve = k+1, k+1+e
			if bytes.ContainsAny(src[vs:ve], "&\r\x00") {
				rw = 1
			}
			k = ve + 1
		}
		if k == len(src) || !isTagSpace(src[k]) && src[k] != '>' && src[k] != '/' {
			return 0, 0, false
		}
		// The Tokenizer keeps the first of attributes with one name.
		dup := false
		for _, a := range at.list {
			dup = dup || bytes.EqualFold(src[a[0]:a[1]], src[ks:ke])
		}
		if !dup {
			at.list = append(at.list, [5]int{ks, ke, vs, ve, rw})
		}
	}
}

// TagAttr returns the next attribute, its key lowercased, as the
// Tokenizer's TagAttr does, and its value as written: scan read only
// those the Tokenizer leaves as written (see rewritten).
func (at *scanAttrs) TagAttr() (key, val []byte, more bool) {
	if at.next == len(at.list) {
		return nil, nil, false
	}
	a := at.list[at.next]
	at.next++
	key = at.src[a[0]:a[1]]
	for _, c := range key {
		if 'A' <= c && c <= 'Z' {
			key = bytes.ToLower(key)
			break
		}
	}
	return key, at.src[a[2]:a[3]], at.next < len(at.list)
}

// text appends a text between tags, its character references decoded.
func (w *walker) text(t []byte) bool {
	for {
		k := bytes.IndexByte(t, '&')
		if k < 0 {
			var ok bool
			w.buf, ok = appendText(w.buf, t, &w.space, true)
			return ok
		}
		var ok bool
		if w.buf, ok = appendText(w.buf, t[:k], &w.space, true); !ok {
			return false
		}
		t = t[k:]
		n := refLen(t)
		if n == 0 {
			return false
		}
		w.buf, _ = appendText(w.buf, unescapeRef(t[:n]), &w.space, true)
		t = t[n:]
	}
}

// refLen returns the length of the character reference at the start of t
// ("&amp;", "&#39;", "&#x2014;"), or 0 if it is not one of these forms:
// a name or number, then ";". Those decode alone as in any text.
func refLen(t []byte) int {
	i := 1
	digit := func(c byte) bool { return '0' <= c && c <= '9' }
	if i < len(t) && t[i] == '#' {
		i++
		if i < len(t) && (t[i] == 'x' || t[i] == 'X') {
			i++
			digit = func(c byte) bool { return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F' }
		}
	} else {
		digit = func(c byte) bool { return isNameByte(c) && c != '-' }
	}
	s := i
	for i < len(t) && digit(t[i]) {
		i++
	}
	if i == s || i == len(t) || t[i] != ';' {
		return 0
	}
	return i + 1
}

// refs are the character references goldmark writes (escapes and the
// typographer's), decoded.
var refs = func() map[string][]byte {
	m := map[string][]byte{}
	for _, r := range []string{"&amp;", "&lt;", "&gt;", "&quot;", "&#39;", "&apos;", "&nbsp;",
		"&lsquo;", "&rsquo;", "&ldquo;", "&rdquo;", "&laquo;", "&raquo;", "&ndash;", "&mdash;", "&hellip;"} {
		m[r] = []byte(html.UnescapeString(r))
	}
	return m
}()

// unescapeRef decodes one character reference, as refLen finds them.
func unescapeRef(r []byte) []byte {
	if s, ok := refs[string(r)]; ok {
		return s
	}
	return []byte(html.UnescapeString(string(r)))
}

func isLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

// isNameByte reports a character of a tag's name, as scan reads them.
func isNameByte(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || c == '-'
}

// isTagSpace reports white space between a tag's attributes.
func isTagSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f'
}

// writeText appends text to b with runs of white space as one space.
func writeText(b []byte, text []byte, space *bool) []byte {
	b, _ = appendText(b, text, space, false)
	return b
}

// appendText is writeText, and when strict it reports false at a
// character that is not well-formed: a lead byte without its
// continuation bytes. (Then writeText takes bytes after it, perhaps
// white space, as part of it, which scan cannot do as the Tokenizer
// does.)
func appendText(b []byte, text []byte, space *bool, strict bool) ([]byte, bool) {
	sp := *space
	for i := 0; i < len(text); {
		// Characters up to the next white space, copied at once, with
		// the single spaces between them: prose is copied in one go.
		j := i
	chars:
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				switch {
				case c == ' ':
					if sp {
						break chars
					}
					sp = true
				case '\t' <= c && c <= '\r':
					break chars
				default:
					sp = false
				}
				j++
				continue
			}
			if 0xc3 <= c && c < 0xe0 && j+1 < len(text) && text[j+1]&0xc0 == 0x80 {
				// Two bytes (Latin, Greek, Cyrillic…), not white space.
				sp = false
				j += 2
				continue
			}
			n := int(charLen[c])
			switch {
			case c < 0xc0:
			case strict && !wellFormed(text[j:], n):
				*space = sp
				return append(b, text[i:j]...), false
			case c == 0xc2 || 0xe1 <= c && c <= 0xe3:
				m := spaceAt(text[j:])
				if m > 0 {
					break chars
				}
				n = -m
			}
			sp = false
			j = min(j+n, len(text))
		}
		b = append(b, text[i:j]...)
		// White space.
		k := j
		for k < len(text) {
			n := spaceAt(text[k:])
			if n < 0 {
				break
			}
			k += n
		}
		if k > j && !sp {
			b = append(b, ' ')
			sp = true
		}
		i = k
	}
	*space = sp
	return b, true
}

// charLen is the length spaceAt gives a character by its first byte
// (0 for ASCII white space); for those it decodes, the most it can be.
var charLen = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c < utf8.RuneSelf && (c == ' ' || '\t' <= c && c <= '\r'):
			t[c] = 0
		case c < 0xc0:
			t[c] = 1
		case c < 0xe0:
			t[c] = 2
		case c < 0xf0:
			t[c] = 3
		default:
			t[c] = 4
		}
	}
	return t
}()

// wellFormed reports whether s starts with a lead byte and its n-1
// continuation bytes.
func wellFormed(s []byte, n int) bool {
	if len(s) < n {
		return false
	}
	for _, c := range s[1:n] {
		if c&0xc0 != 0x80 {
			return false
		}
	}
	return true
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

// cut returns s as a string, cut to at most max characters, at a word
// boundary when there is one in its last fifth, with "…" when it was cut.
// Only what is kept is copied: the index keeps the strings for the build.
func cut(s []byte, max int) string {
	n := 0
	end := len(s)
	for i := 0; i < len(s); n++ {
		if n == max {
			end = i
			break
		}
		_, size := utf8.DecodeRune(s[i:])
		i += size
	}
	if end == len(s) {
		return string(s)
	}
	if sp := bytes.LastIndexByte(s[:end], ' '); sp > end*4/5 {
		end = sp
	}
	kept := bytes.TrimRight(s[:end], " ,.;:")
	var b strings.Builder
	b.Grow(len(kept) + len("…"))
	b.Write(kept)
	b.WriteString("…")
	return b.String()
}
