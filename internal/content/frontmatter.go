package content

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/yuin/goldmark"
	meta "github.com/yuin/goldmark-meta"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"

	"github.com/wazc/site/internal/ferr"
)

// fmParser reads only the front-matter block, so each page's body is parsed
// once, later, by the render stage.
var fmParser = goldmark.New(goldmark.WithExtensions(meta.Meta)).Parser()

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

var yamlLineRe = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// decode reads front matter with goldmark-meta. Lines in errors are lines of
// the file (the YAML starts on line 2).
func decode(path string, fm []byte) (map[string]any, error) {
	if len(bytes.TrimSpace(fm)) == 0 {
		return map[string]any{}, nil
	}
	var doc bytes.Buffer
	doc.Grow(len(fm) + 8)
	doc.WriteString("---\n")
	doc.Write(fm)
	doc.WriteString("---\n")
	ctx := parser.NewContext()
	fmParser.Parse(text.NewReader(doc.Bytes()), parser.WithContext(ctx))
	m, err := meta.TryGet(ctx)
	if err != nil {
		msg := err.Error()
		if sm := yamlLineRe.FindStringSubmatch(msg); sm != nil {
			n, _ := strconv.Atoi(sm[1])
			return nil, ferr.New(path, n+1, "invalid front matter: %s", sm[2])
		}
		return nil, ferr.New(path, 2, "invalid front matter: %s", strings.TrimPrefix(msg, "yaml: "))
	}
	if m == nil {
		return nil, ferr.New(path, 2, "invalid front matter: want key: value lines")
	}
	return m, nil
}

// keyLines maps each top-level key to its line in the file: a line that
// starts with neither a space, "#" nor ":" and has a colon holds the key
// before the colon, spaces and quotes trimmed. (Every page is scanned, so
// this is a loop rather than a regular expression.)
func keyLines(fm []byte) map[string]int {
	lines := make(map[string]int, 8)
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
		k := strings.Trim(string(bytes.TrimRightFunc(l[:c], func(r rune) bool { return r < 0x80 && isYAMLSpace(byte(r)) })), `"'`)
		if _, dup := lines[k]; !dup {
			lines[k] = n
		}
	}
	return lines
}

func isYAMLSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\f' || c == '\r' }

// apply sets the known keys on p and checks their types. Unknown keys go to
// Params.
func (p *Page) apply(m map[string]any, errs *ferr.List) {
	if p.Params == nil {
		p.Params = map[string]any{}
	}
	typeErr := func(key, want string, v any) {
		errs.Addf(p.Path, p.Line(key), "front matter: %s must be %s, not %s", key, want, describe(v))
	}
	str := func(key string, v any) string {
		switch s := v.(type) {
		case string:
			return s
		case nil:
			return ""
		}
		typeErr(key, "a string", v)
		return ""
	}
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	for _, k := range keys {
		v := m[k]
		switch k {
		case "title":
			p.Title = strings.TrimSpace(str(k, v))
		case "description":
			p.Description = str(k, v)
		case "slug":
			p.Slug = str(k, v)
		case "url":
			p.URLPath = str(k, v)
		case "translationKey":
			p.TranslationKey = fmt.Sprint(v)
		case "translationOf":
			// Older marks may be unquoted digits, which YAML reads as a number.
			if n, ok := v.(int); ok {
				v = fmt.Sprintf("%012d", n)
			}
			p.TranslationOf = str(k, v)
		case "layout":
			p.Layout = str(k, v)
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
			p.Params[k] = plain(v)
		}
	}
	if p.Title == "" {
		line := 1
		if _, ok := m["title"]; ok {
			line = p.Line("title")
		}
		errs.Addf(p.Path, line, "front matter: title is required")
	}
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
