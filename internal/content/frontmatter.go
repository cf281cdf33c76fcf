package content

import (
	"bytes"
	"fmt"
	"strings"
	"time"

	"gopkg.in/yaml.v3"

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

// decode reads front matter with yaml.v3, the YAML site.yaml and the
// strings files are read with (YAML 1.2: only true and false are booleans).
// It returns the top-level mapping's key and value nodes in order. Lines in
// errors are lines of the file (the YAML starts on line 2).
func decode(path string, fm []byte) ([]*yaml.Node, error) {
	if len(bytes.TrimSpace(fm)) == 0 {
		return nil, nil
	}
	var root yaml.Node
	if err := yaml.Unmarshal(fm, &root); err != nil {
		fe := ferr.YAML(path, 2, "invalid front matter: ", fm)
		if fe == nil {
			return nil, ferr.New(path, 2, "invalid front matter: %v", err)
		}
		if fe.Line == 0 {
			fe.Line = 2 // where the front matter starts
		}
		return nil, fe
	}
	if len(root.Content) == 0 {
		return nil, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, ferr.New(path, doc.Line+1, "invalid front matter: want key: value lines")
	}
	var errs ferr.List
	seen := make(map[string]int, len(doc.Content)/2)
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k := doc.Content[i]
		if prev, dup := seen[k.Value]; dup {
			errs.Addf(path, k.Line+1, "invalid front matter: key %q is already set at line %d", k.Value, prev)
			continue
		}
		seen[k.Value] = k.Line + 1
	}
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return doc.Content, nil
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
// Params. Text keys take a scalar as it is written: "title: Yes" is the
// title "Yes" and "title: 2024" the title "2024", as in Hugo, not a
// boolean or a number that must then be refused.
func (p *Page) apply(kv []*yaml.Node, errs *ferr.List) {
	if p.Params == nil {
		p.Params = map[string]any{}
	}
	typeErr := func(key, want string, v *yaml.Node) {
		errs.Addf(p.Path, p.Line(key), "front matter: %s must be %s, not %s", key, want, describe(v))
	}
	text := func(key string, v *yaml.Node) string {
		switch {
		case v.Kind == yaml.AliasNode && v.Alias != nil:
			v = v.Alias
		}
		if v.Kind != yaml.ScalarNode {
			typeErr(key, "text", v)
			return ""
		}
		if v.Tag == "!!null" {
			return ""
		}
		return v.Value
	}
	titled := false
	for i := 0; i+1 < len(kv); i += 2 {
		k, v := kv[i].Value, kv[i+1]
		switch k {
		case "title":
			p.Title = strings.TrimSpace(text(k, v))
			// A title of the wrong kind was already reported: once is enough.
			titled = v.Kind != yaml.ScalarNode
		case "description":
			p.Description = text(k, v)
		case "slug":
			p.Slug = text(k, v)
		case "url":
			p.URLPath = text(k, v)
		case "translationKey":
			p.TranslationKey = strings.TrimSpace(text(k, v))
			if p.TranslationKey == "" && v.Kind == yaml.ScalarNode {
				// An empty key was once read as "<nil>" and linked
				// unrelated pages as translations.
				errs.Addf(p.Path, p.Line(k), "front matter: translationKey is empty: give the key its translations share, or remove the line")
			}
		case "translationOf":
			p.TranslationOf = text(k, v)
		case "layout":
			p.Layout = text(k, v)
		case "weight":
			var n int
			if v.Kind != yaml.ScalarNode || v.Tag != "!!int" || v.Decode(&n) != nil {
				typeErr(k, "a whole number", v)
			}
			p.Weight = n
		case "draft", "typographer":
			var b bool
			if v.Kind != yaml.ScalarNode || v.Tag != "!!bool" || v.Decode(&b) != nil {
				typeErr(k, "true or false", v)
				continue
			}
			if k == "draft" {
				p.Draft = b
			} else {
				p.Typographer = b
			}
		case "date":
			if v.Kind != yaml.ScalarNode || v.Tag == "!!null" {
				typeErr(k, "a date (YYYY-MM-DD)", v)
				continue
			}
			t, err := parseDate(v.Value)
			if err != nil {
				errs.Addf(p.Path, p.Line(k), "front matter: date %q: want YYYY-MM-DD or RFC 3339", v.Value)
			}
			p.Date = t
		case "aliases":
			switch {
			case v.Kind == yaml.ScalarNode && v.Tag == "!!str":
				p.Aliases = append(p.Aliases, v.Value)
			case v.Kind == yaml.SequenceNode:
				for _, a := range v.Content {
					if a.Kind == yaml.ScalarNode && a.Tag != "!!null" {
						p.Aliases = append(p.Aliases, a.Value)
					} else {
						typeErr(k, "a list of paths", a)
					}
				}
			default:
				typeErr(k, "a list of paths", v)
			}
		default:
			var x any
			if err := v.Decode(&x); err != nil {
				errs.Addf(p.Path, p.Line(k), "front matter: %s: %v", k, err)
				continue
			}
			p.Params[k] = plain(x)
		}
	}
	if p.Title == "" && !titled {
		line := 1
		for i := 0; i+1 < len(kv); i += 2 {
			if kv[i].Value == "title" {
				line = p.Line("title")
			}
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

func describe(v *yaml.Node) string {
	switch v.Kind {
	case yaml.SequenceNode:
		return "a list"
	case yaml.MappingNode:
		return "a mapping"
	case yaml.ScalarNode:
		switch v.Tag {
		case "!!int", "!!float":
			return "the number " + v.Value
		case "!!bool":
			return v.Value
		case "!!null":
			return "empty"
		}
		return fmt.Sprintf("the text %q", v.Value)
	}
	return "an alias"
}

func parseDate(s string) (time.Time, error) {
	for _, layout := range []string{"2006-01-02", time.RFC3339, "2006-01-02T15:04:05", "2006-01-02 15:04:05"} {
		if t, err := time.Parse(layout, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("bad date")
}
