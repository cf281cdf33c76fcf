package content

import (
	"fmt"
	"sort"
	"strings"
	"time"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/frontmatter"
)

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
	fm := []byte(p.frontMatter)
	text := func(key string, v any) string {
		s, ok := frontmatter.Text(fm, key, v)
		if !ok {
			typeErr(key, "text", v)
		}
		return s
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
				if w, _ := frontmatter.Text(fm, k, b); !strings.EqualFold(w, "true") && !strings.EqualFold(w, "false") {
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
