package content

import (
	"bytes"
	"fmt"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/wazc/site/internal/ferr"
)

// Split separates a file into its front matter (the lines between the
// opening and closing "---", without them) and its body. bodyLine is the
// line the body starts at. The source must already have LF line endings.
func Split(path string, src []byte) (fm, body []byte, bodyLine int, err error) {
	if bytes.HasPrefix(src, []byte("+++")) {
		return nil, nil, 0, ferr.New(path, 1, "TOML front matter (+++) is not supported: use YAML between --- lines")
	}
	first, rest, _ := bytes.Cut(src, []byte{'\n'})
	if string(bytes.TrimRight(first, " \t")) != "---" {
		return nil, nil, 0, ferr.New(path, 1, "missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line")
	}
	line := 2
	for off := 0; off <= len(rest); line++ {
		end := bytes.IndexByte(rest[off:], '\n')
		var l []byte
		if end < 0 {
			l = rest[off:]
			end = len(rest) - off
		} else {
			l = rest[off : off+end]
		}
		if t := string(bytes.TrimRight(l, " \t")); t == "---" || t == "..." {
			next := off + end + 1
			if next > len(rest) {
				next = len(rest)
			}
			return rest[:off], rest[next:], line + 1, nil
		}
		off += end + 1
	}
	return nil, nil, 0, ferr.New(path, 1, "front matter opened here is never closed with a --- line")
}

// fmParser reads only the front-matter block, with goldmark-meta, so each
// page's body is parsed once, later, by the render stage.
var fmParser = goldmark.New(goldmark.WithExtensions(meta.New())).Parser()

// decode reads front matter with goldmark-meta. Lines in errors are lines
// of the file (the YAML starts on line 2).
func decode(path string, fm []byte) (map[string]any, error) {
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
		// yaml.v2 reports some syntax errors a line off; ferr.YAML places
		// them as site.yaml's and the strings files' errors are placed.
		if fe := ferr.YAML(path, 2, "invalid front matter: ", fm); fe != nil {
			if fe.Line == 0 {
				fe.Line = 2 // where the front matter starts
			}
			return nil, fe
		}
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		if rest, ok := strings.CutPrefix(msg, "unmarshal errors:\n  "); ok {
			msg = rest
		}
		if rest, ok := strings.CutPrefix(msg, "line "); ok {
			if n, tail, ok := strings.Cut(rest, ": "); ok {
				if l, aerr := strconv.Atoi(n); aerr == nil {
					last := bytes.Count(fm, []byte{'\n'}) + 1
					return nil, ferr.New(path, 1+min(max(l, 1), last), "invalid front matter: %s", tail)
				}
			}
		}
		return nil, ferr.New(path, 2, "invalid front matter: %s", msg)
	}
	if m == nil {
		return nil, ferr.New(path, 2, "invalid front matter: want key: value lines")
	}
	if err := duplicateKeys(path, fm); err != nil {
		return nil, err
	}
	return m, nil
}

// keyLines maps each top-level key to its line in the file (the first,
// if a key is given twice).
func keyLines(fm []byte) map[string]int {
	lines := make(map[string]int, 8)
	eachKey(fm, func(k string, n int) {
		if _, dup := lines[k]; !dup {
			lines[k] = n
		}
	})
	return lines
}

// eachKey calls f with each top-level key of front matter and its line in
// the file: a line that starts with neither a space, "#" nor ":" and has a
// colon holds the key before the colon, spaces and quotes trimmed. (Every
// page is scanned, so this is a loop rather than a regular expression.)
func eachKey(fm []byte, f func(key string, line int)) {
	for n := 2; len(fm) > 0; n++ {
		l := fm
		if i := bytes.IndexByte(fm, '\n'); i >= 0 {
			l, fm = fm[:i], fm[i+1:]
		} else {
			fm = nil
		}
		if len(l) == 0 || isYAMLSpace(l[0]) || l[0] == '#' || l[0] == ':' {
			continue
		}
		c := bytes.IndexByte(l, ':')
		if c < 0 {
			continue
		}
		f(strings.Trim(string(bytes.TrimRightFunc(l[:c], func(r rune) bool { return r < 0x80 && isYAMLSpace(byte(r)) })), `"'`), n)
	}
}

// duplicateKeys reports each top-level key given twice at its second line:
// yaml.v2 keeps the last value silently, so a page would lose the first.
func duplicateKeys(path string, fm []byte) error {
	var errs ferr.List
	lines := make(map[string]int, 8)
	eachKey(fm, func(k string, n int) {
		if prev, dup := lines[k]; dup {
			errs.Addf(path, n, "invalid front matter: key %q is already set at line %d", k, prev)
			return
		}
		lines[k] = n
	})
	return errs.Err()
}

func isYAMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' }

// apply sets the known keys on p and checks their types. Unknown keys go to
// Params. Text keys take a scalar as it is written: "title: Yes" is the
// title "Yes" and "title: 2024" the title "2024", as in Hugo, not a
// boolean or a number that must then be refused.
func (p *Page) apply(m map[string]any, errs *ferr.List) {
	if p.Params == nil {
		p.Params = map[string]any{}
	}
	titled := false // a title of the wrong kind was reported: once is enough
	typeErr := func(key, want string, v any) {
		errs.Addf(p.Path, p.Line(key), "front matter: %s must be %s, not %s", key, want, describe(v))
		titled = titled || key == "title"
	}
	text := func(key string, v any) string {
		switch s := v.(type) {
		case string:
			return s
		case nil:
			return ""
		case bool, int, int64, uint64, float64, time.Time:
			return p.scalar(key, v)
		}
		typeErr(key, "text", v)
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys) // errors in a fixed order
	for _, k := range keys {
		v := m[k]
		switch k {
		case "title":
			p.Title = strings.TrimSpace(text(k, v))
		case "description":
			p.Description = text(k, v)
		case "slug":
			p.Slug = text(k, v)
		case "url":
			p.URLPath = text(k, v)
		case "translationKey":
			p.TranslationKey = strings.TrimSpace(text(k, v))
			if s, isStr := v.(string); p.TranslationKey == "" && (v == nil || isStr && strings.TrimSpace(s) == "") {
				// An empty key was once read as "<nil>" and linked
				// unrelated pages as translations.
				errs.Addf(p.Path, p.Line(k), "front matter: translationKey is empty: give the key its translations share, or remove the line")
			}
		case "translationOf":
			// Older marks may be unquoted digits: kept as written, leading
			// zeros and all.
			p.TranslationOf = text(k, v)
		case "layout":
			p.Layout = text(k, v)
		case "weight":
			n, ok := v.(int)
			if !ok {
				typeErr(k, "a whole number", v)
			}
			p.Weight = n
		case "draft", "typographer":
			b, ok := v.(bool)
			if !ok {
				typeErr(k, "true or false", v)
				continue
			}
			if k == "draft" {
				p.Draft = b
			} else {
				p.Typographer = b
			}
		case "date":
			switch d := v.(type) {
			case time.Time:
				p.Date = d
			case string:
				t, err := parseDate(d)
				if err != nil {
					errs.Addf(p.Path, p.Line(k), "front matter: date %q: want YYYY-MM-DD or RFC 3339", d)
				}
				p.Date = t
			default:
				typeErr(k, "a date (YYYY-MM-DD)", v)
			}
		case "aliases":
			list, ok := v.([]any)
			if !ok {
				if s, isStr := v.(string); isStr {
					list = []any{s}
				} else {
					typeErr(k, "a list of paths", v)
					continue
				}
			}
			for _, a := range list {
				if s, ok := a.(string); ok {
					p.Aliases = append(p.Aliases, s)
				} else {
					typeErr(k, "a list of paths", a)
				}
			}
		default:
			if b, ok := v.(bool); ok {
				// YAML 1.1's other booleans (yes, no, on, off) are text,
				// as in site.yaml and the strings files (YAML 1.2).
				if w := p.scalar(k, b); !strings.EqualFold(w, "true") && !strings.EqualFold(w, "false") {
					v = w
				}
			}
			p.Params[k] = plain(v)
		}
	}
	if p.Title == "" && !titled {
		line := 1
		if _, ok := m["title"]; ok {
			line = p.Line("title")
		}
		errs.Addf(p.Path, line, "front matter: title is required")
	}
}

// scalar returns a top-level key's scalar as the front matter spells it:
// the rest of the key's line, without a comment. YAML has turned "Yes" into
// true and "2024" into a number, but a text key wants the text. A scalar
// that is not on its key's line (YAML allows that) is spelled by Go.
func (p *Page) scalar(key string, v any) string {
	n := p.Line(key) - 2 // the front matter starts on line 2
	rest := p.frontMatter
	for ; n > 0 && rest != ""; n-- {
		_, rest, _ = strings.Cut(rest, "\n")
	}
	line, _, _ := strings.Cut(rest, "\n")
	_, val, ok := strings.Cut(line, ":")
	if i := strings.Index(val, " #"); i >= 0 {
		val = val[:i]
	}
	if val = strings.TrimSpace(val); !ok || val == "" {
		return fmt.Sprint(v)
	}
	return val
}

// plain turns yaml.v2's map[any]any into map[string]any so templates and
// JSON see ordinary maps.
func plain(v any) any {
	switch t := v.(type) {
	case map[any]any:
		m := make(map[string]any, len(t))
		for k, x := range t {
			m[fmt.Sprint(k)] = plain(x)
		}
		return m
	case []any:
		for i := range t {
			t[i] = plain(t[i])
		}
	}
	return v
}

func describe(v any) string {
	switch v.(type) {
	case string:
		return fmt.Sprintf("the text %q", v)
	case int, float64:
		return fmt.Sprintf("the number %v", v)
	case bool:
		return fmt.Sprintf("%v", v)
	case []any:
		return "a list"
	case map[any]any, map[string]any:
		return "a mapping"
	case nil:
		return "empty"
	}
	return fmt.Sprintf("%T", v)
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date")
}
