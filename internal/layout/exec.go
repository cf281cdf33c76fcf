package layout

import (
	"bytes"
	"fmt"
	"html/template"
	"io"
	"strconv"
	"strings"
	"sync"
)

// Exec executes a Set for one build. It owns that build's state: the
// results of partialCached, which a build renders once per key, and the
// answer of the asset function. Its templates are clones of the Set's,
// made the first time a build asks for them, bound to it.
type Exec struct {
	set    *Set
	assets func(name string) (Asset, error)
	cache  sync.Map // partialCached key → *cached

	mu     sync.Mutex
	byLang map[string]map[string]*template.Template
	bases  map[string]*template.Template
}

// Begin starts a build: assets answers the asset function (nil keeps
// static files under their own names).
func (s *Set) Begin(assets func(name string) (Asset, error)) *Exec {
	return &Exec{set: s, assets: assets, byLang: map[string]map[string]*template.Template{}, bases: map[string]*template.Template{}}
}

// bind clones t for e, with the functions that read e's state.
func (e *Exec) bind(t *template.Template, lang string) *template.Template {
	c, err := t.Clone()
	if err != nil {
		panic(err) // the Set's templates are never executed
	}
	return c.Funcs(template.FuncMap{
		"partialCached": func(name string, data any, key ...any) (template.HTML, error) {
			return e.partial(lang, name, data, key)
		},
		"asset": e.asset,
	})
}

// template returns e's copy of the layout name in language lang, or nil.
func (e *Exec) template(lang, name string) *template.Template {
	e.mu.Lock()
	defer e.mu.Unlock()
	m := e.byLang[lang]
	if m == nil {
		m = map[string]*template.Template{}
		e.byLang[lang] = m
	}
	t, ok := m[name]
	if !ok {
		if src := e.set.byLang[lang][name]; src != nil {
			t = e.bind(src, lang)
		}
		m[name] = t
	}
	return t
}

func (e *Exec) asset(name string) (Asset, error) {
	if e.assets == nil {
		return Asset{URL: strings.TrimSuffix(e.set.base, "/") + "/" + strings.TrimPrefix(name, "/")}, nil
	}
	return e.assets(name)
}

// partial runs a partial for partialCached once per build and key.
func (e *Exec) partial(lang, name string, data any, key []any) (template.HTML, error) {
	k := cacheKey(lang+"\x00"+name, key)
	v, ok := e.cache.Load(k)
	if !ok {
		// Pages render in parallel: the first to store the entry runs
		// the partial, the others wait for it, so it runs once per key.
		v, _ = e.cache.LoadOrStore(k, &cached{})
	}
	c := v.(*cached)
	c.once.Do(func() {
		e.mu.Lock()
		base := e.bases[lang]
		if base == nil && e.set.bases[lang] != nil {
			base = e.bind(e.set.bases[lang], lang)
			e.bases[lang] = base
		}
		e.mu.Unlock()
		var t *template.Template
		if base != nil {
			t = base.Lookup(name)
		}
		if t == nil {
			c.err = fmt.Errorf("partialCached: no template %q", name)
			return
		}
		var buf bytes.Buffer
		c.err = t.Execute(&buf, data)
		c.html = template.HTML(buf.String())
	})
	return c.html, c.err
}

// cached is one partialCached result.
type cached struct {
	once sync.Once
	html template.HTML
	err  error
}

// cacheKey joins a partial's name and keys into one string. Every page
// asks for it, so the common key types are written without fmt. Each key
// is marked with its kind and ends with a NUL, so that ("ab", "c") and
// ("a", "bc"), or true and "true", stay apart.
func cacheKey(name string, key []any) string {
	b := make([]byte, 0, 64)
	b = append(b, name...)
	for _, k := range key {
		switch k := k.(type) {
		case string:
			b = append(append(b, 's'), k...)
		case bool:
			b = strconv.AppendBool(append(b, 'b'), k)
		case int:
			b = strconv.AppendInt(append(b, 'i'), int64(k), 10)
		default:
			b = fmt.Appendf(b, "%T:%v", k, k)
		}
		b = append(b, 0)
	}
	return string(b)
}

// Has reports whether layouts/<name>.html exists.
func (e *Exec) Has(name string) bool { return e.set.Has(name) }

// Pick is the Set's Pick.
func (e *Exec) Pick(kind, layout string) (string, error) { return e.set.Pick(kind, layout) }

// Execute renders the layout name (without .html) for data in language lang.
func (e *Exec) Execute(w io.Writer, lang, name string, data any) error {
	t := e.template(lang, name)
	if t == nil {
		return fmt.Errorf("unknown layout %q: no %s/%s.html", name, Dir, name)
	}
	if err := t.Execute(w, data); err != nil {
		return templateError(err)
	}
	return nil
}
