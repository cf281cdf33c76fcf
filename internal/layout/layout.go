// Package layout loads a site's html/template layouts and executes them for
// pages. It owns the contract between the builder and theme authors; the
// reference is docs/layouts.md.
//
// # Lookup
//
// layouts/baseof.html is the frame every page is rendered in; it calls
// {{block "main" .}}. The file that defines "main" for a page is, in order:
// layouts/<layout>.html when the page's front matter names a layout (an
// unknown layout is an error at that line), else layouts/<kind>.html
// (home.html, section.html), else layouts/page.html. layouts/404.html,
// layouts/root.html (the language chooser at /) and layouts/alias.html (an
// alias's redirect page) replace the built-in ones of builtin/. Every
// file in layouts/partials/ can be included in any layout with
// {{template "partials/NAME.html" .}}.
//
// # Functions
//
// Besides the standard ones: T "key" args… (the page language's UI string,
// see package i18n), date TIME (formatted in the page's language), absURL
// and relURL (a site path made absolute with the base URL, or made relative
// to the base URL's path), dict/list to pass several values to a partial,
// partialCached NAME DATA KEY… which renders a partial once per build and
// key and reuses it (for parts shared by many pages, such as menus), and
// asset NAME, the .URL and .Integrity of a stylesheet or script from
// static/, fingerprinted in builds:
//
//	{{with asset "css/site.css"}}<link rel="stylesheet" href="{{.URL}}"{{with .Integrity}} integrity="{{.}}"{{end}}>{{end}}
//
// A T with a key the default language lacks is reported at its template
// line when the layouts are loaded.
package layout

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"html/template"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"text/template/parse"
	"time"
	"unicode/utf8"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/i18n"
)

// Dir is the layouts folder, relative to the site root.
const Dir = "layouts"

// Set is the parsed layouts of a site, for every language. It is never
// executed nor changed after Load, so one Set serves every build of a
// dev-server session; each build executes it through its own Exec.
type Set struct {
	byLang  map[string]map[string]*template.Template // lang → main name → template
	bases   map[string]*template.Template            // lang → partials and baseof
	names   map[string]bool
	builtin map[string]bool // names taken from the built-in layouts
	base    string          // the base URL's path, for asset without an Exec's lookup
	source  bool            // see ReadsSource
}

// readsSource matches what a layout writes to read a page's source (its
// Markdown, or a digest of it): .Body, .Digest, .Sum.
var readsSource = regexp.MustCompile(`\.(Body|Digest|Sum)\b`)

// ReadsSource reports whether a layout may show something of a page's
// source besides its rendered Content: then what any page shows may
// change when another page's text does, and an edit re-renders every
// page (see build.Session's plan). The test is on the layouts' text, so
// it errs on the side of rendering too much.
func (s *Set) ReadsSource() bool { return s.source }

// The built-in layouts, used when a site's layouts/ lacks them: the
// redirect page of an alias, the 404 page and the language chooser at /.
// They are whole pages (they define no "main"); docs/layouts.md gives
// their data.
//
//go:embed builtin/*.html
var builtinFS embed.FS

var builtins = []string{"404.html", "alias.html", "root.html"}

// Asset is what the template function asset returns: the URL of a file
// from static/ (fingerprinted in builds) and its Subresource Integrity hash
// ("" in the dev server).
type Asset struct {
	URL       string
	Integrity string
}

// Load parses root/layouts. Problems are returned as a ferr.List.
func Load(root string, cfg *config.Config, strs *i18n.Bundle) (*Set, error) {
	dir := filepath.Join(root, Dir)
	files := map[string]string{} // name → source
	var errs ferr.List
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			errs.Addf(Dir, 0, "%v", err)
			return nil
		}
		rel, _ := filepath.Rel(dir, p)
		rel = filepath.ToSlash(rel)
		if d.IsDir() {
			if rel == "i18n" {
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(rel, ".html") || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			errs.Addf(Dir+"/"+rel, 0, "%v", err)
			return nil
		}
		files[rel] = string(bytes.TrimPrefix(b, []byte("\ufeff")))
		return nil
	})
	if err != nil {
		errs.Add(err)
	}
	if _, ok := files["page.html"]; !ok {
		errs.Addf(Dir+"/page.html", 0, "missing: every site needs a page layout")
	}
	builtin := map[string]bool{}
	for _, name := range builtins {
		if _, ok := files[name]; !ok {
			b, _ := builtinFS.ReadFile("builtin/" + name)
			files[name] = string(b)
			builtin[strings.TrimSuffix(name, ".html")] = true
		}
	}
	if errs.Err() != nil {
		return nil, errs.Err()
	}
	var partials, mains []string
	for name := range files {
		switch {
		case strings.HasPrefix(name, "partials/"):
			partials = append(partials, name)
		case name != "baseof.html":
			mains = append(mains, name)
		}
	}
	sort.Strings(partials)
	sort.Strings(mains)
	s := &Set{byLang: map[string]map[string]*template.Template{}, bases: map[string]*template.Template{}, names: map[string]bool{}, builtin: builtin, base: cfg.BasePath()}
	for _, src := range files {
		s.source = s.source || readsSource.MatchString(src)
	}
	for i, lang := range cfg.Languages {
		s.byLang[lang.Code] = map[string]*template.Template{}
		funcs := Funcs(cfg, strs, lang.Code)
		// Placeholders for parsing: each Exec binds its own.
		funcs["partialCached"] = func(string, any, ...any) (template.HTML, error) {
			return "", errors.New("partialCached outside a build")
		}
		funcs["asset"] = func(string) (Asset, error) { return Asset{}, errors.New("asset outside a build") }
		base := template.New("").Funcs(funcs)
		s.bases[lang.Code] = base
		for _, name := range partials {
			if _, err := base.New(name).Parse(files[name]); err != nil {
				errs.Add(templateError(err))
			}
		}
		if src, ok := files["baseof.html"]; ok {
			if _, err := base.New("baseof.html").Parse(src); err != nil {
				errs.Add(templateError(err))
			}
		}
		if errs.Err() != nil {
			return nil, errs.Err()
		}
		inlineStrings(base, strs, lang.Code)
		for _, name := range mains {
			t, err := base.Clone()
			if err == nil {
				_, err = t.New(name).Parse(files[name])
			}
			if err != nil {
				errs.Add(templateError(err))
				continue
			}
			if i == 0 {
				errs.Add(checkKeys(t, strs, cfg.DefaultLanguage))
			}
			inlineStrings(t, strs, lang.Code)
			// A layout that defines "main" fills the frame; one that does
			// not is a whole page of its own. (baseof.html's own
			// {{block "main"}} also defines "main", so ask who parsed it.)
			entry := name
			if m := t.Lookup("main"); m != nil && m.Tree != nil && m.Tree.ParseName == name {
				entry = "baseof.html"
			}
			s.byLang[lang.Code][strings.TrimSuffix(name, ".html")] = t.Lookup(entry)
			s.names[strings.TrimSuffix(name, ".html")] = true
		}
		if i == 0 && errs.Err() != nil {
			return nil, errs.Err()
		}
	}
	return s, errs.Err()
}

// Has reports whether layouts/<name>.html exists (the built-in layouts
// do not count).
func (s *Set) Has(name string) bool { return s.names[name] && !s.builtin[name] }

// Pick chooses the layout for a page of the given kind with the given
// layout front-matter key.
func (s *Set) Pick(kind, layout string) (string, error) {
	if layout != "" {
		if !s.Has(layout) {
			return "", fmt.Errorf("unknown layout %q: there is no %s/%s.html", layout, Dir, layout)
		}
		return layout, nil
	}
	for _, n := range []string{kind, "section", "page"} {
		if kind == "page" && n == "section" {
			continue
		}
		if s.Has(n) {
			return n, nil
		}
	}
	return "page", nil
}

// templateError turns text/template's "template: NAME:LINE:COL: msg" into a
// FileError with the layout's path.
func templateError(err error) error {
	if fe := ferr.Template(Dir, err); fe != nil {
		fe.Err = errors.New(shorten(fe.Err.Error()))
		return fe
	}
	var fe *ferr.FileError
	if errors.As(err, &fe) {
		return err
	}
	return ferr.New(Dir, 0, "%s", strings.TrimPrefix(err.Error(), "template: "))
}

// shorten cuts messages that quote whole values (text/template prints the
// operands of a failed comparison, which can be a page with all its text).
func shorten(msg string) string {
	const max = 300
	if len(msg) <= max {
		return msg
	}
	cut := max
	for cut > 0 && !utf8.RuneStart(msg[cut]) {
		cut--
	}
	return msg[:cut] + "…"
}

// checkKeys reports T calls whose constant key the default language lacks.
func checkKeys(t *template.Template, strs *i18n.Bundle, def string) error {
	var errs ferr.List
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		tree := tt.Tree
		walk(tree.Root, func(c *parse.CommandNode) {
			if len(c.Args) < 2 {
				return
			}
			id, ok := c.Args[0].(*parse.IdentifierNode)
			if !ok || id.Ident != "T" {
				return
			}
			key, ok := c.Args[1].(*parse.StringNode)
			if !ok || strs.Has(key.Text) {
				return
			}
			loc, _ := tree.ErrorContext(key)
			errs.Add(templateError(fmt.Errorf("template: %s: unknown string %q: add it to %s/%s.yaml", loc, key.Text, i18n.Dir, def)))
		})
	}
	return errs.Err()
}

// inlineStrings replaces each {{T "key"}} without arguments by the
// language's string, once when the layouts load: the templates of a
// language are parsed for it alone, and a constant costs nothing to
// execute where a call through reflection costs more than the escaping
// that follows it. Calls with arguments (plurals) are left as they are, and
// so are unknown keys, which checkKeys reports.
func inlineStrings(t *template.Template, strs *i18n.Bundle, lang string) {
	for _, tt := range t.Templates() {
		if tt.Tree == nil || tt.Tree.Root == nil {
			continue
		}
		walk(tt.Tree.Root, func(c *parse.CommandNode) {
			if len(c.Args) != 2 {
				return
			}
			id, ok := c.Args[0].(*parse.IdentifierNode)
			key, ok2 := c.Args[1].(*parse.StringNode)
			if !ok || !ok2 || id.Ident != "T" {
				return
			}
			text, err := strs.T(lang, key.Text)
			if err != nil {
				return
			}
			key.Text, key.Quoted = text, strconv.Quote(text)
			c.Args = c.Args[1:]
		})
	}
}

func walk(n parse.Node, f func(*parse.CommandNode)) {
	switch n := n.(type) {
	case *parse.ListNode:
		if n == nil {
			return
		}
		for _, c := range n.Nodes {
			walk(c, f)
		}
	case *parse.ActionNode:
		walk(n.Pipe, f)
	case *parse.PipeNode:
		if n == nil {
			return
		}
		for _, c := range n.Cmds {
			walk(c, f)
		}
	case *parse.CommandNode:
		f(n)
		for _, a := range n.Args {
			walk(a, f)
		}
	case *parse.IfNode:
		walkBranch(&n.BranchNode, f)
	case *parse.RangeNode:
		walkBranch(&n.BranchNode, f)
	case *parse.WithNode:
		walkBranch(&n.BranchNode, f)
	case *parse.TemplateNode:
		walk(n.Pipe, f)
	}
}

func walkBranch(b *parse.BranchNode, f func(*parse.CommandNode)) {
	walk(b.Pipe, f)
	walk(b.List, f)
	if b.ElseList != nil {
		walk(b.ElseList, f)
	}
}

// Funcs returns the template functions for one language (partialCached is
// added by Load, which has the partials).
func Funcs(cfg *config.Config, strs *i18n.Bundle, lang string) template.FuncMap {
	basePath := cfg.BasePath()
	return template.FuncMap{
		"T": func(key string, args ...any) (string, error) {
			return strs.T(lang, key, args...)
		},
		"date": func(t time.Time) string {
			if t.IsZero() {
				return ""
			}
			return strs.Date(lang, t)
		},
		"absURL": func(p string) string { return cfg.AbsURL(p) },
		"relURL": func(p string) string {
			return strings.TrimSuffix(basePath, "/") + "/" + strings.TrimPrefix(p, "/")
		},
		"dict": func(kv ...any) (map[string]any, error) {
			if len(kv)%2 != 0 {
				return nil, errors.New("dict wants key value pairs")
			}
			m := map[string]any{}
			for i := 0; i < len(kv); i += 2 {
				k, ok := kv[i].(string)
				if !ok {
					return nil, fmt.Errorf("dict key %v is not a string", kv[i])
				}
				m[k] = kv[i+1]
			}
			return m, nil
		},
		"list": func(v ...any) []any { return v },
	}
}
