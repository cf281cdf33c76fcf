package build_test

import (
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/sitetest"
)

// baseLayouts is a small theme that shows what the tests look at. Tests
// add to it or replace files with their own archive.
const baseLayouts = `
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="{{.Lang.Code}}" dir="{{.Lang.Direction}}">
<head><title>{{.Title}}</title>
<link rel="canonical" href="{{.Canonical}}">
{{range .Alternates}}<link rel="alternate" hreflang="{{.HrefLang}}" href="{{.URL}}">
{{end}}</head>
<body>
<nav class="langs">{{range .LangLinks}}<a href="{{.URL}}">{{.Lang.Code}}{{if .Missing}} (missing){{end}}{{if .Fallback}} (fallback){{end}}</a>
{{end}}</nav>
{{block "main" .}}{{end}}
</body>
</html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>
{{if .Fallback}}<p class="notice">{{T "fallbackNotice"}}</p>{{end}}
{{if .IsStale}}<p class="notice">stale</p>{{end}}
<div lang="{{.HTMLLang}}">{{.Content}}</div>
{{with .Prev}}prev={{.Title}}{{end}} {{with .Next}}next={{.Title}}{{end}}
{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1>
{{.Content}}
<ul>{{range .Children}}<li>{{.Title}}</li>{{end}}</ul>
{{end}}
-- layouts/i18n/en.yaml --
fallbackNotice: Not yet translated
`

// site writes baseLayouts and then a txtar archive into a fresh folder and
// returns it.
func site(t testing.TB, archive string) string {
	t.Helper()
	return sitetest.Write(t, baseLayouts, archive)
}

// built is the outcome of building a test site into memory.
type built struct {
	t        testing.TB
	files    map[string][]byte
	res      *build.Result
	err      error
	warnings []string
}

func buildSite(t testing.TB, archive string, opts ...func(*build.Options)) *built {
	t.Helper()
	o := build.Options{Source: site(t, archive)}
	for _, f := range opts {
		f(&o)
	}
	mem := output.NewMemory()
	res, err := build.Run(o, mem)
	b := &built{t: t, files: mem.Files(), res: res, err: err}
	if res != nil {
		for _, w := range res.Warnings {
			b.warnings = append(b.warnings, w.Error())
		}
	}
	return b
}

// ok fails the test if the build failed.
func (b *built) ok() *built {
	b.t.Helper()
	if b.err != nil {
		b.t.Fatalf("build failed:\n%v", b.err)
	}
	return b
}

// file returns an output file, failing if it does not exist.
func (b *built) file(name string) string {
	b.t.Helper()
	data, ok := b.files[name]
	if !ok {
		var names []string
		for n := range b.files {
			names = append(names, n)
		}
		b.t.Fatalf("no output file %s; have %v", name, names)
	}
	return string(data)
}

// contains asserts that an output file contains each of the lines.
func (b *built) contains(name string, want ...string) {
	b.t.Helper()
	got := b.file(name)
	for _, w := range want {
		if !strings.Contains(got, w) {
			b.t.Errorf("%s does not contain %q; it is:\n%s", name, w, got)
		}
	}
}

// lacks asserts that an output file contains none of the strings.
func (b *built) lacks(name string, unwanted ...string) {
	b.t.Helper()
	got := b.file(name)
	for _, w := range unwanted {
		if strings.Contains(got, w) {
			b.t.Errorf("%s contains %q; it is:\n%s", name, w, got)
		}
	}
}

// absent asserts that no output file has the name.
func (b *built) absent(name string) {
	b.t.Helper()
	if _, ok := b.files[name]; ok {
		b.t.Errorf("output %s exists; want none", name)
	}
}

// errors asserts that the build failed with exactly these errors, in
// order (each is matched as a prefix of an error line).
func (b *built) errors(want ...string) {
	b.t.Helper()
	if b.err == nil {
		b.t.Fatalf("build succeeded; want errors:\n%s", strings.Join(want, "\n"))
	}
	got := ferr.Errors(b.err)
	if len(got) != len(want) {
		b.t.Fatalf("got %d errors, want %d:\n%v", len(got), len(want), b.err)
	}
	for i, w := range want {
		if !strings.HasPrefix(got[i].Error(), w) {
			b.t.Errorf("error %d:\n got %s\nwant %s…", i, got[i], w)
		}
	}
}

// warned asserts that a warning starts with each prefix.
func (b *built) warned(want ...string) {
	b.t.Helper()
next:
	for _, w := range want {
		for _, g := range b.warnings {
			if strings.HasPrefix(g, w) {
				continue next
			}
		}
		b.t.Errorf("no warning %q; warnings: %q", w, b.warnings)
	}
}

func drafts(o *build.Options) { o.Drafts = true }

func baseURL(u string) func(*build.Options) {
	return func(o *build.Options) { o.BaseURL = u }
}

func buildInto(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	mem := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir}, mem); err != nil {
		t.Fatal(err)
	}
	return mem.Files()
}
