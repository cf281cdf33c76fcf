// Package i18n holds the user-interface strings of a site's layouts: the
// words of navigation, notices and dates that are not content.
//
// Each language has one file, layouts/i18n/<code>.yaml, of keys and strings.
// A string may hold placeholders {0}, {1}… for the arguments a template
// passes. A string with plural forms is a mapping of CLDR categories (zero,
// one, two, few, many, other) to strings; the first argument is the count
// that picks the form, with the language's CLDR rules from
// golang.org/x/text/feature/plural. Two special keys format dates: months
// (the twelve month names as used in a date) and dateFormat (with {day},
// {month} and {year}).
//
// A key missing in a language falls back to the default language's string
// and is reported as a warning, one line per language however many keys it
// lacks, and one line more summing up when several languages lack some; a
// key missing in the default language too is an error.
package i18n

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"golang.org/x/text/feature/plural"
	"golang.org/x/text/language"
	"gopkg.in/yaml.v3"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
)

// Dir is where the strings files live, relative to the site root.
const Dir = "layouts/i18n"

type entry struct {
	text  string
	forms map[plural.Form]string
}

// Bundle is every language's strings.
type Bundle struct {
	def    string
	tags   map[string]language.Tag
	langs  map[string]map[string]entry
	months map[string][]string
}

var formNames = map[string]plural.Form{
	"zero": plural.Zero, "one": plural.One, "two": plural.Two,
	"few": plural.Few, "many": plural.Many, "other": plural.Other,
}

// Load reads root/layouts/i18n for the configured languages.
func Load(root string, cfg *config.Config) (*Bundle, []error, error) {
	b := &Bundle{def: cfg.DefaultLanguage, tags: map[string]language.Tag{}, langs: map[string]map[string]entry{}, months: map[string][]string{}}
	var errs ferr.List
	var warnings []error
	known, missingFile := map[string]bool{}, map[string]bool{}
	for _, l := range cfg.Languages {
		b.tags[l.Code] = l.Tag
		known[l.Code] = true
		rel := Dir + "/" + l.Code + ".yaml"
		data, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(rel)))
		if errors.Is(err, fs.ErrNotExist) {
			b.langs[l.Code] = map[string]entry{}
			missingFile[l.Code] = true
			continue
		}
		if err != nil {
			errs.Addf(rel, 0, "%v", err)
			continue
		}
		m, err := parse(rel, data)
		errs.Add(err)
		b.langs[l.Code] = m
	}
	if entries, err := os.ReadDir(filepath.Join(root, filepath.FromSlash(Dir))); err == nil {
		for _, e := range entries {
			code := strings.TrimSuffix(e.Name(), ".yaml")
			if strings.HasSuffix(e.Name(), ".yaml") && !known[code] {
				warnings = append(warnings, ferr.New(Dir+"/"+e.Name(), 0, "strings for language %q, which is not in %s", code, config.FileName))
			}
		}
	}
	warnings = append(warnings, b.fallbackWarnings(cfg, missingFile)...)
	for code, m := range b.langs {
		if e, ok := m["months"]; ok {
			b.months[code] = strings.Split(e.text, "\x00")
		}
	}
	return b, warnings, errs.Err()
}

// fallbackWarnings reports, in one line per language, the strings that
// fall back to the default language, and sums them up in one more line when
// several languages do. (A site of 39 languages without strings files once
// printed a line per string: 1,225 lines.)
func (b *Bundle) fallbackWarnings(cfg *config.Config, missingFile map[string]bool) []error {
	def := b.langs[b.def]
	var out []error
	langs, total := 0, 0
	for _, l := range cfg.Languages {
		if l.Code == b.def {
			continue
		}
		var missing []string
		for k := range def {
			if _, ok := b.langs[l.Code][k]; !ok {
				missing = append(missing, k)
			}
		}
		if len(missing) == 0 {
			continue
		}
		sort.Strings(missing)
		langs, total = langs+1, total+len(missing)
		file := Dir + "/" + l.Code + ".yaml"
		switch {
		case missingFile[l.Code]:
			out = append(out, ferr.New(file, 0, "no strings for language %q: all %d use the %s ones (copy %s/%s.yaml to %s and translate it)", l.Code, len(missing), b.def, Dir, b.def, file))
		case len(missing) == 1:
			out = append(out, ferr.New(file, 0, "string %q missing in language %q: using the %s one", missing[0], l.Code, b.def))
		default:
			names := fmt.Sprintf("%q", missing)
			if len(missing) > 3 {
				names = fmt.Sprintf("%q and %d more", missing[:3], len(missing)-3)
			}
			out = append(out, ferr.New(file, 0, "%d strings missing in language %q: using the %s ones for %s", len(missing), l.Code, b.def, names))
		}
	}
	if langs > 1 {
		out = append(out, ferr.New(Dir, 0, "%d languages use %d %s strings in place of their own", langs, total, b.def))
	}
	return out
}

func parse(path string, data []byte) (map[string]entry, error) {
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, ferr.YAML(path, 1, "", data, err)
	}
	out := map[string]entry{}
	if len(root.Content) == 0 {
		return out, nil
	}
	doc := root.Content[0]
	if doc.Kind != yaml.MappingNode {
		return nil, ferr.New(path, doc.Line, "want key: string lines")
	}
	var errs ferr.List
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		switch {
		case k.Value == "months":
			var months []string
			if err := v.Decode(&months); err != nil || len(months) != 12 {
				errs.Addf(path, v.Line, "months: want a list of the 12 month names")
				continue
			}
			out[k.Value] = entry{text: strings.Join(months, "\x00")}
		case v.Kind == yaml.ScalarNode:
			out[k.Value] = entry{text: v.Value}
		case v.Kind == yaml.MappingNode:
			e := entry{forms: map[plural.Form]string{}}
			for j := 0; j+1 < len(v.Content); j += 2 {
				f, ok := formNames[v.Content[j].Value]
				if !ok {
					errs.Addf(path, v.Content[j].Line, "%s: %q is not a plural category (zero, one, two, few, many, other)", k.Value, v.Content[j].Value)
					continue
				}
				e.forms[f] = v.Content[j+1].Value
			}
			if _, ok := e.forms[plural.Other]; !ok {
				errs.Addf(path, v.Line, "%s: plural forms need at least \"other\"", k.Value)
			}
			out[k.Value] = e
		default:
			errs.Addf(path, v.Line, "%s: want a string or plural forms", k.Value)
		}
	}
	return out, errs.Err()
}

// Has reports whether key exists in the default language.
func (b *Bundle) Has(key string) bool {
	_, ok := b.langs[b.def][key]
	return ok
}

func (b *Bundle) lookup(lang, key string) (entry, bool) {
	if e, ok := b.langs[lang][key]; ok {
		return e, true
	}
	e, ok := b.langs[b.def][key]
	return e, ok
}

// T returns the string key in language lang with args filled in.
func (b *Bundle) T(lang, key string, args ...any) (string, error) {
	e, ok := b.lookup(lang, key)
	if !ok {
		return "", fmt.Errorf("unknown string %q: add it to %s/%s.yaml", key, Dir, b.def)
	}
	s := e.text
	if e.forms != nil {
		if len(args) == 0 {
			return "", fmt.Errorf("string %q has plural forms: pass the count", key)
		}
		n, err := toInt(args[0])
		if err != nil {
			return "", fmt.Errorf("string %q: count %v: %v", key, args[0], err)
		}
		s = b.form(lang, e, n)
	}
	if len(args) == 0 || !strings.Contains(s, "{") {
		return s, nil
	}
	pairs := make([]string, 0, 2*len(args))
	for i, a := range args {
		pairs = append(pairs, "{"+strconv.Itoa(i)+"}", fmt.Sprint(a))
	}
	return strings.NewReplacer(pairs...).Replace(s), nil
}

func (b *Bundle) form(lang string, e entry, n int) string {
	tag := b.tags[lang]
	if _, own := b.langs[lang]; !own {
		tag = b.tags[b.def]
	}
	abs := n
	if abs < 0 {
		abs = -abs
	}
	f := plural.Cardinal.MatchPlural(tag, abs, 0, 0, 0, 0)
	if s, ok := e.forms[f]; ok {
		return s
	}
	return e.forms[plural.Other]
}

func toInt(v any) (int, error) {
	switch n := v.(type) {
	case int:
		return n, nil
	case int64:
		return int(n), nil
	case float64:
		return int(n), nil
	case string:
		return strconv.Atoi(n)
	}
	return 0, fmt.Errorf("not a number")
}

// Date formats t in language lang: "14 August 2023", "14 avgust 2023".
func (b *Bundle) Date(lang string, t time.Time) string {
	months := b.months[lang]
	format := "{day} {month} {year}"
	if e, ok := b.lookup(lang, "dateFormat"); ok && e.text != "" {
		format = e.text
	}
	if months == nil {
		months = b.months[b.def]
	}
	if months == nil {
		return t.Format("2 January 2006")
	}
	return fillDate(format, strconv.Itoa(t.Day()), months[t.Month()-1], strconv.Itoa(t.Year()))
}

// fillDate replaces {day}, {month} and {year} in format, as a
// strings.Replacer would; building one for every dated page cost more
// than the rest of the date.
func fillDate(format, day, month, year string) string {
	var b strings.Builder
	b.Grow(len(format) + len(month) + 8)
	for {
		i := strings.IndexByte(format, '{')
		if i < 0 {
			b.WriteString(format)
			return b.String()
		}
		b.WriteString(format[:i])
		format = format[i:]
		switch {
		case strings.HasPrefix(format, "{day}"):
			b.WriteString(day)
			format = format[len("{day}"):]
		case strings.HasPrefix(format, "{month}"):
			b.WriteString(month)
			format = format[len("{month}"):]
		case strings.HasPrefix(format, "{year}"):
			b.WriteString(year)
			format = format[len("{year}"):]
		default:
			b.WriteByte('{')
			format = format[1:]
		}
	}
}
