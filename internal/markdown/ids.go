package markdown

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/yuin/goldmark/ast"
)

var ialRe = regexp.MustCompile(`^\{:\s*(.*?)\s*\}$`)

// ial applies a paragraph of block attributes to the block before it.
// It reports whether p was such a paragraph.
func (w *walker) ial(p *ast.Paragraph) bool {
	lines := p.Lines()
	if lines.Len() != 1 {
		return false
	}
	seg := lines.At(0)
	m := ialRe.FindSubmatch(bytes.TrimSpace(seg.Value(w.in.Source)))
	if m == nil {
		return false
	}
	prev := p.PreviousSibling()
	if prev == nil {
		w.errorAt(seg.Start, "block attributes %q follow no block", m[0])
		return true
	}
	for _, a := range splitAttrs(string(m[1])) {
		var key, val string
		switch {
		case strings.HasPrefix(a, "#"):
			key, val = "id", a[1:]
		case strings.HasPrefix(a, "."):
			key, val = "class", a[1:]
			if old, ok := prev.AttributeString("class"); ok {
				if b, ok := old.([]byte); ok {
					val = string(b) + " " + val
				}
			}
		default:
			k, v, ok := strings.Cut(a, "=")
			if !ok {
				w.errorAt(seg.Start, "block attribute %q: want #id, .class or key=value", a)
				continue
			}
			key, val = k, strings.Trim(v, `"'`)
		}
		switch key {
		case "id", "class", "lang", "dir":
		default:
			w.errorAt(seg.Start, "block attribute %q is not allowed: use id, class, lang or dir", key)
			continue
		}
		if key == "id" {
			// A heading's id given this way replaces the one made from its
			// text everywhere: it was once set on the tag only, and the
			// table of contents, the anchor checker and search kept the old.
			h, isHeading := prev.(*ast.Heading)
			var old string
			if isHeading {
				if b, ok := h.AttributeString("id"); ok {
					ob, _ := b.([]byte)
					old = string(ob)
				}
			}
			if val == "" || (w.ids.used[val] && val != old) {
				w.errorAt(seg.Start, "id %q is empty or used twice in this page", val)
				continue
			}
			if isHeading {
				delete(w.ids.used, old)
				for i := len(w.res.Headings) - 1; i >= 0; i-- {
					if w.headingNodes[i] == h {
						w.res.Headings[i].ID = val
						break
					}
				}
			}
			w.ids.Put([]byte(val))
		}
		prev.SetAttributeString(key, []byte(val))
	}
	return true
}

// splitAttrs splits on spaces outside quotes.
func splitAttrs(s string) []string {
	var out []string
	var cur strings.Builder
	quote := rune(0)
	for _, r := range s {
		switch {
		case quote != 0:
			if r == quote {
				quote = 0
			}
			cur.WriteRune(r)
		case r == '"' || r == '\'':
			quote = r
			cur.WriteRune(r)
		case unicode.IsSpace(r):
			if cur.Len() > 0 {
				out = append(out, cur.String())
				cur.Reset()
			}
		default:
			cur.WriteRune(r)
		}
	}
	if cur.Len() > 0 {
		out = append(out, cur.String())
	}
	return out
}

// ids makes heading ids that stay readable in any script.
type ids struct {
	used map[string]bool
	next map[string]int // the next number to try for a repeated base
}

func newIDs() *ids { return &ids{used: map[string]bool{}, next: map[string]int{}} }

// Slug makes an id from text: letters, marks and digits of any script are
// kept (lowered), apostrophes dropped, runs of anything else become one
// hyphen.
func Slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r):
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(unicode.ToLower(r))
		case r == '_' && b.Len() > 0:
			b.WriteRune(r)
		case r == '\'' || r == '’':
			// Apostrophes join a word ("letter's" → "letters"), as on GitHub.
		default:
			dash = true
		}
	}
	return b.String()
}

func (s *ids) Generate(value []byte, kind ast.NodeKind) []byte {
	base := Slug(string(value))
	if base == "" {
		base = "section"
	}
	id := base
	// Numbering goes on from where it stopped, so that n headings with the
	// same text take n steps, not n²/2.
	for i := s.next[base]; s.used[id]; i++ {
		if i == 0 {
			i = 1
		}
		id = base + "-" + strconv.Itoa(i)
		s.next[base] = i + 1
	}
	s.used[id] = true
	return []byte(id)
}

func (s *ids) Put(value []byte) { s.used[string(value)] = true }
