package build_test

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/translation"
)

// fourLangs is a site in English, Azerbaijani, Russian and Arabic (right to
// left). The letter is translated everywhere, under a translated slug in
// Azerbaijani; the about page only in English and Russian.
const fourLangs = `
-- site.yaml --
baseURL: https://example.org/
title: Letter
defaultLanguage: en
languages:
  - code: en
  - code: az
    title: Məktub
  - code: ru
  - code: ar
    direction: rtl
-- layouts/i18n/en.yaml --
fallbackNotice: Not yet translated
pages:
  one: "{0} page"
  other: "{0} pages"
greeting: Hello {0}
-- layouts/i18n/ru.yaml --
fallbackNotice: Ещё не переведено
pages:
  one: "{0} страница"
  few: "{0} страницы"
  many: "{0} страниц"
  other: "{0} страницы"
-- layouts/i18n/az.yaml --
fallbackNotice: Hələ tərcümə edilməyib
pages:
  other: "{0} səhifə"
greeting: Salam {0}
-- layouts/i18n/ar.yaml --
fallbackNotice: لم تترجم بعد
pages:
  other: "{0} صفحات"
greeting: مرحبا {0}
-- layouts/counts.html --
{{define "main"}}{{range list 1 2 5 11 21 22}}[{{T "pages" .}}]{{end}} {{T "greeting" "Ada"}}{{end}}
-- content/en/_index.md --
---
title: Home
---
-- content/en/letter.md --
---
title: Letter
translationKey: letter
---
See [about](about.md).
-- content/en/about.md --
---
title: About
---
See [counts](counts.md).
-- content/en/counts.md --
---
title: Counts
layout: counts
---
-- content/az/_index.md --
---
title: Ana səhifə
---
-- content/az/mektub.md --
---
title: Məktub
translationKey: letter
---
-- content/ru/_index.md --
---
title: Главная
---
-- content/ru/letter.md --
---
title: Письмо
translationKey: letter
---
-- content/ru/about.md --
---
title: О сайте
---
-- content/ru/counts.md --
---
title: Счёт
layout: counts
---
-- content/ar/_index.md --
---
title: الرئيسية
---
-- content/ar/letter.md --
---
title: الرسالة
translationKey: letter
---
`

func TestI18nLangAndDir(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.contains("en/letter/index.html", `<html lang="en" dir="ltr">`)
	b.contains("az/mektub/index.html", `<html lang="az" dir="ltr">`)
	b.contains("ar/letter/index.html", `<html lang="ar" dir="rtl">`)
}

var alternateRe = regexp.MustCompile(`<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">`)

// TestI18nHreflangSetsAreCompleteAndSymmetric checks every page: its set
// names itself, every translation and x-default, and each page it names
// names it back.
func TestI18nHreflangSetsAreCompleteAndSymmetric(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	sets := map[string]map[string]string{} // page URL → hreflang → URL
	for name, data := range b.files {
		if !strings.HasSuffix(name, "index.html") || name == "index.html" {
			continue
		}
		self := "https://example.org/" + strings.TrimSuffix(name, "index.html")
		set := map[string]string{}
		for _, m := range alternateRe.FindAllStringSubmatch(string(data), -1) {
			set[m[1]] = m[2]
		}
		sets[self] = set
		if set["x-default"] == "" {
			t.Errorf("%s: no x-default", name)
		}
		lang := strings.SplitN(name, "/", 2)[0]
		if set[lang] != self {
			t.Errorf("%s: hreflang %s is %q, want itself", name, lang, set[lang])
		}
	}
	for self, set := range sets {
		for lang, other := range set {
			if lang == "x-default" {
				continue
			}
			back := sets[other]
			if back == nil {
				t.Errorf("%s names %s, which does not exist", self, other)
				continue
			}
			for l, u := range set {
				if back[l] != u {
					t.Errorf("%s and %s disagree on hreflang %s: %q vs %q", self, other, l, u, back[l])
				}
			}
		}
	}
	want := map[string]string{
		"en": "https://example.org/en/letter/", "az": "https://example.org/az/mektub/",
		"ru": "https://example.org/ru/letter/", "ar": "https://example.org/ar/letter/",
		"x-default": "https://example.org/en/letter/",
	}
	for l, u := range want {
		if got := sets["https://example.org/az/mektub/"][l]; got != u {
			t.Errorf("az/mektub hreflang %s = %q, want %q", l, got, u)
		}
	}
	if got := sets["https://example.org/en/"]["x-default"]; got != "https://example.org/" {
		t.Errorf("home x-default = %q, want the language chooser at /", got)
	}
}

func TestI18nSwitcherLeadsToTranslationsOrToTheLanguageHome(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.contains("en/about/index.html",
		`<a href="/en/about/">en</a>`,
		`<a href="/az/">az (missing)</a>`,
		`<a href="/ru/about/">ru</a>`,
		`<a href="/ar/">ar (missing)</a>`)
	b.contains("az/mektub/index.html", `<a href="/en/letter/">en</a>`, `<a href="/ar/letter/">ar</a>`)
}

func TestI18nMissingTranslationsOmittedByDefault(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.absent("az/about/index.html")
	b.absent("ar/about/index.html")
}

func TestI18nMissingTranslationsFallback(t *testing.T) {
	b := buildSite(t, strings.Replace(fourLangs, "defaultLanguage: en\n", "defaultLanguage: en\nmissingTranslations: fallback\n", 1)).ok()
	b.contains("az/about/index.html",
		`<html lang="az" dir="ltr">`,
		`<p class="notice">Hələ tərcümə edilməyib</p>`,
		`<div lang="en">`,
		`<link rel="canonical" href="https://example.org/en/about/">`)
	b.lacks("az/about/index.html", `hreflang`)
	b.contains("ar/about/index.html", `<html lang="ar" dir="rtl">`, `<p class="notice">لم تترجم بعد</p>`)
	b.contains("en/about/index.html", `<a href="/az/about/">az (fallback)</a>`)
	b.lacks("sitemap.xml", "<loc>https://example.org/az/about/</loc>")
	// The fallback's links lead within its own language.
	b.contains("az/about/index.html", `<a href="/az/counts/">counts</a>`)
}

func TestI18nPluralFormsAndArguments(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.contains("ru/counts/index.html", "[1 страница][2 страницы][5 страниц][11 страниц][21 страница][22 страницы] Hello Ada")
	b.contains("en/counts/index.html", "[1 page][2 pages][5 pages][11 pages][21 pages][22 pages] Hello Ada")
}

func TestI18nMissingStringFallsBackWithAWarning(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.warned(`layouts/i18n/ru.yaml: string "greeting" missing in language "ru": using the en one`)
}

// Regression: a site of many languages without strings files printed one
// warning per missing string and language (1,225 lines for 39 languages).
// Now each language gets one line saying how many strings fall back and
// which file to create, and one more line sums them up.
func TestI18nManyLanguagesWithoutStringsWarnOncePerLanguage(t *testing.T) {
	b := buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
title: Many
languages:
  - code: en
  - code: de
  - code: nb
  - code: "no"
  - code: ja
  - code: fa
-- layouts/i18n/en.yaml --
fallbackNotice: Not yet translated
home: Home
search: Search
contents: Contents
-- layouts/i18n/ja.yaml --
home: ホーム
-- content/en/_index.md --
---
title: Home
---
`).ok()
	want := []string{
		`layouts/i18n/de.yaml: no strings for language "de": all 4 use the en ones (copy layouts/i18n/en.yaml to layouts/i18n/de.yaml and translate it)`,
		`layouts/i18n/nb.yaml: no strings for language "nb": all 4 use the en ones (copy layouts/i18n/en.yaml to layouts/i18n/nb.yaml and translate it)`,
		`layouts/i18n/no.yaml: no strings for language "no": all 4 use the en ones (copy layouts/i18n/en.yaml to layouts/i18n/no.yaml and translate it)`,
		`layouts/i18n/ja.yaml: 3 strings missing in language "ja": using the en ones for ["contents" "fallbackNotice" "search"]`,
		`layouts/i18n/fa.yaml: no strings for language "fa": all 4 use the en ones (copy layouts/i18n/en.yaml to layouts/i18n/fa.yaml and translate it)`,
		`layouts/i18n: 5 languages use 19 en strings in place of their own`,
	}
	var got []string
	for _, w := range b.warnings {
		if strings.HasPrefix(w, "layouts/i18n") {
			got = append(got, w)
		}
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("strings warnings:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestI18nUnknownStringIsAnErrorAtTheTemplateLine(t *testing.T) {
	buildSite(t, fourLangs+`
-- layouts/page.html --
{{define "main"}}
<p>{{T "fallbackNotice"}}</p>
<p>{{T "nosuchkey"}}</p>
{{end}}
`).errors(`layouts/page.html:3:8: unknown string "nosuchkey": add it to layouts/i18n/en.yaml`)
}

func TestI18nSitemapListsAlternates(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.contains("sitemap.xml", `<loc>https://example.org/az/mektub/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/en/letter/"/>
    <xhtml:link rel="alternate" hreflang="az" href="https://example.org/az/mektub/"/>
    <xhtml:link rel="alternate" hreflang="ru" href="https://example.org/ru/letter/"/>
    <xhtml:link rel="alternate" hreflang="ar" href="https://example.org/ar/letter/"/>
    <xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/en/letter/"/>`)
}

func TestI18nRootChoosesTheReadersLanguage(t *testing.T) {
	b := buildSite(t, fourLangs).ok()
	b.contains("index.html",
		`<link rel="alternate" hreflang="x-default" href="https://example.org/">`,
		`<link rel="alternate" hreflang="az" href="https://example.org/az/">`,
		`navigator.languages`,
		`<a href="/ru/" hreflang="ru" lang="ru">Русский</a>`,
		`<a href="/az/" hreflang="az" lang="az">Azərbaycan</a>`)
}

func TestI18nDefaultLanguageAtTheRoot(t *testing.T) {
	b := buildSite(t, strings.Replace(fourLangs, "defaultLanguage: en\n", "defaultLanguage: en\ndefaultLanguageInRoot: true\n", 1)).ok()
	b.contains("index.html", "<title>Home</title>")
	b.contains("letter/index.html", `<link rel="canonical" href="https://example.org/letter/">`)
	b.contains("az/mektub/index.html", `hreflang="en" href="https://example.org/letter/"`)
}

func TestI18nBadInput(t *testing.T) {
	buildSite(t, oneLang+`
-- content/de/a.md --
---
title: A
---
-- content/en/a.md --
---
title: A
translationKey: k
---
[x](/fr/a.md)
-- content/en/b.md --
---
title: B
translationKey: k
---
`).errors(
		`content/de: folder for language "de", which is not in site.yaml (languages: en)`,
		`content/en/a.md:5:1: link "/fr/a.md": unknown language "fr"`,
		`content/en/b.md:3: translationKey "k" is also used by content/en/a.md`)
	buildSite(t, `
-- site.yaml --
languages:
  - code: en
  - code: not a tag!
`).errors(`site.yaml:3: language "not a tag!" is not a valid BCP 47 tag`)
}

// TestI18nStatusFollowsTheOriginal walks a translator's day: an unmarked
// translation is marked ok, goes stale when the original changes, shows a
// notice to readers, and is ok again once marked.
func TestI18nStatusFollowsTheOriginal(t *testing.T) {
	dir := site(t, fourLangs)
	status := func() string {
		t.Helper()
		s, _, err := build.Load(build.Options{Source: dir})
		if err != nil {
			t.Fatal(err)
		}
		var buf bytes.Buffer
		translation.Status(s).WriteText(&buf)
		return buf.String()
	}
	row := func(table, page string) string {
		for _, l := range strings.Split(table, "\n") {
			if strings.HasPrefix(l, page+" ") {
				return strings.Join(strings.Fields(l), " ")
			}
		}
		return ""
	}
	mark := func(paths ...string) {
		t.Helper()
		s, _, _ := build.Load(build.Options{Source: dir})
		if _, err := translation.Mark(dir, s, paths); err != nil {
			t.Fatal(err)
		}
	}
	if got, want := row(status(), "letter.md"), "letter.md original unmarked unmarked unmarked"; got != want {
		t.Fatalf("before marking: %q, want %q", got, want)
	}
	if got, want := row(status(), "about.md"), "about.md original missing unmarked missing"; got != want {
		t.Fatalf("about: %q, want %q", got, want)
	}
	mark(filepath.Join(dir, "content/az/mektub.md"), filepath.Join(dir, "content/ru"))
	if got, want := row(status(), "letter.md"), "letter.md original ok ok unmarked"; got != want {
		t.Fatalf("after marking: %q, want %q", got, want)
	}
	en := filepath.Join(dir, "content/en/letter.md")
	src, _ := os.ReadFile(en)
	os.WriteFile(en, append(src, "A new paragraph.\n"...), 0o644)
	// Marks record the original's blocks, so the status tells how many
	// changed: the appended line joined the page's one paragraph.
	if got, want := row(status(), "letter.md"), "letter.md original stale (1 of 2 blocks changed) stale (1 of 2 blocks changed) unmarked"; got != want {
		t.Fatalf("after editing the original: %q, want %q", got, want)
	}
	mem := buildInto(t, dir)
	if !strings.Contains(string(mem["az/mektub/index.html"]), `<p class="notice">stale</p>`) {
		t.Errorf("a stale translation shows no notice")
	}
	mark(filepath.Join(dir, "content/az/mektub.md"))
	if got, want := row(status(), "letter.md"), "letter.md original ok stale (1 of 2 blocks changed) unmarked"; got != want {
		t.Fatalf("after marking again: %q, want %q", got, want)
	}
	totals := regexp.MustCompile(`(?m)^total stale +0 +0 +(\d+) +0`).FindStringSubmatch(status())
	if totals == nil {
		t.Errorf("no per-language total of stale pages in:\n%s", status())
	}
	s, _, _ := build.Load(build.Options{Source: dir})
	if n := translation.Status(s).Problems(); n == 0 {
		t.Errorf("Problems() = 0 with missing and stale pages")
	}
	// Marking keeps the rest of the file as it was.
	got, _ := os.ReadFile(filepath.Join(dir, "content/az/mektub.md"))
	lines := strings.Split(string(got), "\n")
	sort.Strings(lines)
	if !strings.Contains(string(got), "title: Məktub\ntranslationKey: letter\ntranslationOf: ") {
		t.Errorf("marked file is:\n%s", got)
	}
}

// A digest of digits only, written unquoted by an early "site i18n mark",
// reads as a YAML number; it must still count as the digest.
func TestI18nTranslationOfDigitsOnlyIsNotATypeError(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
translationOf: 374033440953
---
`).ok()
	b.contains("en/a/index.html", "<h1>A</h1>")
}

// Constant strings are put in the layouts when they load: each language
// gets its own, escaped for where it stands, in partials too, and a
// language without the string gets the default language's.
func TestI18nConstantStringsInEveryContext(t *testing.T) {
	b := buildSite(t, fourLangs+`
-- layouts/i18n/en.yaml --
fallbackNotice: Not yet translated
pages:
  one: "{0} page"
  other: "{0} pages"
greeting: Hello {0}
quote: Say "hi" & <wave>
-- layouts/i18n/az.yaml --
fallbackNotice: Hələ tərcümə edilməyib
pages:
  other: "{0} səhifə"
quote: Salam de
-- layouts/partials/q.html --
<i title="{{T "quote"}}">{{T "quote"}}</i>
-- layouts/counts.html --
{{define "main"}}<b>{{T "quote"}}</b>{{template "partials/q.html" .}}{{partialCached "partials/q.html" . .Lang.Code}}{{end}}
`).ok()
	b.contains("en/counts/index.html", `<b>Say &#34;hi&#34; &amp; &lt;wave&gt;</b><i title="Say &#34;hi&#34; &amp; &lt;wave&gt;">`)
	b.contains("ru/counts/index.html", `<b>Say &#34;hi&#34; &amp; &lt;wave&gt;</b>`)
	b.warned(`layouts/i18n/ru.yaml: 2 strings missing in language "ru": using the en ones for ["greeting" "quote"]`)
}
