package search_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/search"
	"github.com/wazc/site/internal/sitetest"
)

// testSite is a small site in four languages with search on, published
// under a base path. The English page only-en.md has no translations, so
// the other languages get fallback pages for it.
const testSite = `
-- site.yaml --
baseURL: https://example.org/docs/
title: Test
defaultLanguage: en
missingTranslations: fallback
search: true
languages:
  - code: en
  - code: az
  - code: ru
  - code: fr
-- content/en/_index.md --
---
title: Home
---
Welcome to the test site about the open letter.
-- content/en/rights.md --
---
title: Right of return
weight: 1
---
The community asks for the right of return.

## Human rights {#human-rights}

International organisations are asked to help.
-- content/en/only-en.md --
---
title: Only in English
weight: 3
---
This page has no translation: zebra.
-- content/az/_index.md --
---
title: Ana səhifə
---
Açıq məktub haqqında sınaq saytı.
-- content/az/rights.md --
---
title: Qayıdış hüququ
weight: 1
---
Qərbi Azərbaycandan qovulmuş insanların qayıdış hüququ.

## İnsan hüquqları

İcma beynəlxalq təşkilatlardan kömək istəyir.
-- content/az/other.md --
---
title: Digər səhifə
weight: 2
---
Bu səhifədə ılıq və işıq sözləri var. IBAN kodu yoxdur.
-- content/ru/_index.md --
---
title: Главная
---
Открытое письмо: тестовый сайт.
-- content/ru/rights.md --
---
title: Право на возвращение
weight: 1
---
Ёлка стоит у дома. Это письмо о праве на возвращение.

## Права человека

Община просит помощи.
-- content/ru/other.md --
---
title: Другая страница
weight: 2
---
Ещё одно письмо.
-- content/fr/_index.md --
---
title: Accueil
---
Le site d’essai de la lettre ouverte.
-- content/fr/rights.md --
---
title: L’été à Genève
weight: 1
---
Le comité a étudié la déclaration.

## Droits de l’homme

La communauté demande de l’aide.
-- content/fr/other.md --
---
title: Autre page
weight: 2
---
Rien à voir.
`

// writeSite lays testSite out in a fresh folder, with the repository's
// layouts and static files, and returns it.
func writeSite(t testing.TB) string {
	t.Helper()
	dir := sitetest.Write(t, testSite)
	sitetest.Repo(t, dir, "layouts", "static")
	return dir
}

// index is the index of one language, decoded from its files.
type index struct {
	Lang, Fold, Stem string
	Docs             []doc
	Chunks           []chunk
	Bundles          []string // file names, in order
	Files            int      // chunks, bundles and manifest
}

type doc struct {
	Title, URL, Text string
	Sections         [][3]string // id, heading, text
}

type chunk struct {
	Key, Name string
	Size      int                // bytes of data
	Last      int                // bytes of the last term and its postings
	Terms     map[string][]int64 // term → [flag, page, score, sections, …], pages absolute
	Order     []string           // the terms in file order
}

// data reads a script of the index: the key it stores its data under and
// the data.
func data(t testing.TB, name string, js []byte) (string, []byte) {
	t.Helper()
	const prefix = `(window.siteSearchFiles=window.siteSearchFiles||{})["`
	i := bytes.LastIndex(js, []byte(prefix))
	if i < 0 || !bytes.HasSuffix(js, []byte(";\n")) {
		t.Fatalf("%s does not store its data in window.siteSearchFiles:\n%.300s", name, js)
	}
	rest := js[i+len(prefix):]
	j := bytes.Index(rest, []byte(`"]=`))
	return string(rest[:j]), bytes.TrimSuffix(rest[j+3:], []byte(";\n"))
}

func decode(t testing.TB, files map[string][]byte, lang string) index {
	t.Helper()
	dir := lang + "/search/"
	name := dir + "manifest.js"
	k, raw := data(t, name, files[name])
	if k != "manifest:"+lang {
		t.Fatalf("%s stores its data as %q", name, k)
	}
	var m struct {
		Lang, Fold, Stem string
		Docs             int
		Chunks           []string
		Bundles          []any
	}
	if err := json.Unmarshal(raw, &m); err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	ix := index{Lang: m.Lang, Fold: m.Fold, Stem: m.Stem, Files: 1}
	for i := 0; i < len(m.Chunks); i += 2 {
		c := chunk{Key: m.Chunks[i], Name: m.Chunks[i+1], Terms: map[string][]int64{}}
		file := dir + c.Name + ".js"
		k, raw := data(t, file, files[file])
		if k != c.Name {
			t.Errorf("%s stores its data as %q", file, k)
		}
		c.Size = len(raw)
		dec := json.NewDecoder(bytes.NewReader(raw))
		dec.UseNumber()
		var terms map[string][]int64
		if err := json.Unmarshal(raw, &terms); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		dec.Token() // the opening {
		for dec.More() {
			tok, _ := dec.Token()
			c.Order = append(c.Order, tok.(string))
			var skip json.RawMessage
			dec.Decode(&skip)
		}
		for term, list := range terms {
			page := int64(0)
			for j := 1; j < len(list); j += 3 {
				page += list[j]
				list[j] = page
			}
			c.Terms[term] = list
		}
		if len(c.Order) > 0 {
			c.Last = len(raw) - bytes.LastIndex(raw, []byte(`"`+c.Order[len(c.Order)-1]+`":`))
		}
		ix.Chunks = append(ix.Chunks, c)
		ix.Files++
	}
	for i := 0; i < len(m.Bundles); i += 2 {
		n, file := int(m.Bundles[i].(float64)), dir+m.Bundles[i+1].(string)+".js"
		_, raw := data(t, file, files[file])
		var pages [][]any
		if err := json.Unmarshal(raw, &pages); err != nil {
			t.Fatalf("%s: %v", file, err)
		}
		if len(pages) != n {
			t.Errorf("%s has %d pages, the manifest says %d", file, len(pages), n)
		}
		for _, p := range pages {
			d := doc{Title: p[0].(string), URL: p[1].(string), Text: p[2].(string)}
			secs := p[3].([]any)
			for j := 0; j+2 < len(secs); j += 3 {
				d.Sections = append(d.Sections, [3]string{secs[j].(string), secs[j+1].(string), secs[j+2].(string)})
			}
			ix.Docs = append(ix.Docs, d)
		}
		ix.Bundles = append(ix.Bundles, file)
		ix.Files++
	}
	if len(ix.Docs) != m.Docs {
		t.Errorf("%s: %d pages in the bundles, %d in the manifest", name, len(ix.Docs), m.Docs)
	}
	return ix
}

// lookup returns the postings of a term, found as search.js finds it:
// in the last chunk whose key is not after it.
func (ix index) lookup(term string) []int64 {
	at := 0
	for i, c := range ix.Chunks {
		if c.Key <= term {
			at = i
		}
	}
	if len(ix.Chunks) == 0 {
		return nil
	}
	return ix.Chunks[at].Terms[term]
}

// pages returns the titles of the pages a term is on.
func (ix index) pages(term string) []string {
	var out []string
	list := ix.lookup(term)
	for j := 1; j < len(list); j += 3 {
		out = append(out, ix.Docs[list[j]].Title)
	}
	sort.Strings(out)
	return out
}

func titles(ix index) []string {
	var out []string
	for _, d := range ix.Docs {
		out = append(out, d.Title)
	}
	return out
}

func TestIndexFiles(t *testing.T) {
	dir := writeSite(t)
	m := output.NewMemory()
	if _, err := build.Run(build.Options{Source: dir}, m); err != nil {
		t.Fatal(err)
	}
	files := m.Files()
	for _, lang := range []string{"en", "az", "ru", "fr"} {
		ix := decode(t, files, lang)
		if ix.Lang != lang {
			t.Errorf("%s: lang %q", lang, ix.Lang)
		}
		got := strings.Join(titles(ix), " | ")
		// Fallback pages are not indexed: only English has "Only in English".
		if strings.Contains(got, "Only in English") != (lang == "en") {
			t.Errorf("%s index: %s", lang, got)
		}
		for i, d := range ix.Docs {
			if !strings.HasPrefix(d.URL, "/docs/"+lang+"/") {
				t.Errorf("%s: URL %q without the base path and language", lang, d.URL)
			}
			if i > 0 && ix.Docs[i-1].URL >= d.URL {
				t.Errorf("%s: not in URL order: %s before %s", lang, ix.Docs[i-1].URL, d.URL)
			}
		}
		// Every file of the language's folder is in the manifest.
		n := 0
		for name := range files {
			if strings.HasPrefix(name, lang+"/search/") {
				n++
			}
		}
		if n != ix.Files {
			t.Errorf("%s/search/ has %d files, the manifest names %d", lang, n, ix.Files)
		}
	}
	az := decode(t, files, "az")
	if az.Fold != search.FoldCase || az.Stem != "" {
		t.Errorf("az: fold mode %q, stemmer %q", az.Fold, az.Stem)
	}
	for _, d := range az.Docs {
		if d.URL != "/docs/az/rights/" {
			continue
		}
		if want := "Qərbi Azərbaycandan qovulmuş insanların qayıdış hüququ."; d.Text != want {
			t.Errorf("az text\n %q\nwant %q", d.Text, want)
		}
		if fmt.Sprint(d.Sections) != "[[insan-hüquqları İnsan hüquqları İcma beynəlxalq təşkilatlardan kömək istəyir.]]" {
			t.Errorf("az sections %q", d.Sections)
		}
	}
	// Azerbaijani is folded, not stemmed: ı and i stay apart.
	if got := az.pages("qayıdış"); fmt.Sprint(got) != "[Qayıdış hüququ]" {
		t.Errorf("az qayıdış: %v", got)
	}
	if got := az.pages("ılıq"); fmt.Sprint(got) != "[Digər səhifə]" || az.lookup("iliq") != nil {
		t.Errorf("az ılıq: %v; iliq: %v", got, az.lookup("iliq"))
	}
	// But a capital I is found both ways: IBAN is a word from another
	// language, which a reader types with i.
	if got, also := az.pages("iban"), az.pages("ıban"); fmt.Sprint(got) != "[Digər səhifə]" || fmt.Sprint(also) != "[Digər səhifə]" {
		t.Errorf("az IBAN: as iban %v, as ıban %v; want the page both ways", got, also)
	}
	// The section bits: "insan" is in section 0 (insanların is another
	// word) and in the heading of section 1; "icma" only in section 1.
	if list := az.lookup("insan"); len(list) != 4 || list[3] != 2 {
		t.Errorf("az insan: postings %v, want one page with sections 0b10", list)
	}
	fr := decode(t, files, "fr")
	if fr.Fold != search.FoldMarks || fr.Stem != "french" || !strings.Contains(strings.Join(titles(fr), "|"), "L’été à Genève") {
		t.Errorf("fr index: fold %q, stemmer %q, titles %v", fr.Fold, fr.Stem, titles(fr))
	}
	// French: folded, then stemmed.
	if got := fr.pages("declar"); fmt.Sprint(got) != "[L’été à Genève]" {
		t.Errorf("fr declar (déclaration): %v", got)
	}
	if ru := decode(t, files, "ru"); ru.Fold != search.FoldYo || ru.Stem != "russian" || fmt.Sprint(ru.pages("елк")) != "[Право на возвращение]" {
		t.Errorf("ru: fold mode %q, stemmer %q, елк (Ёлка) on %v", ru.Fold, ru.Stem, ru.pages("елк"))
	}
}

// TestDeterministic: the same site gives the same index, whatever order the
// pages are added in (they are added from many goroutines).
func TestDeterministic(t *testing.T) {
	dir := writeSite(t)
	site, _, err := build.Load(build.Options{Source: dir})
	if err != nil {
		t.Fatal(err)
	}
	var first map[string][]byte
	for run := 0; run < 5; run++ {
		ix := search.New()
		pages := append(site.Pages[:0:0], site.Pages...)
		rand.New(rand.NewSource(int64(run))).Shuffle(len(pages), func(i, j int) { pages[i], pages[j] = pages[j], pages[i] })
		var wg sync.WaitGroup
		for _, p := range pages {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ix.Add(p, "<p>"+p.Title+" <em>text</em> of "+p.Lang.Code+"</p><h2 id=\"h\">Heading</h2><p>more</p>")
			}()
		}
		wg.Wait()
		m := output.NewMemory()
		if err := ix.Write(site, m); err != nil {
			t.Fatal(err)
		}
		files := m.Files()
		outputs := ix.Outputs(site)
		sort.Strings(outputs)
		if got, want := strings.Join(m.Names(), " "), strings.Join(outputs, " "); got != want {
			t.Errorf("Write wrote %s; Outputs says %s", got, want)
		}
		if first == nil {
			first = files
			continue
		}
		for name, b := range files {
			if !bytes.Equal(b, first[name]) {
				t.Fatalf("run %d: %s differs:\n%s\n%s", run, name, b, first[name])
			}
		}
	}
}

// TestSession: across the builds of a dev-server session, the index keeps
// the pages that were not rendered again, takes the new text of those that
// were, and drops the pages that are gone.
func TestSession(t *testing.T) {
	dir := writeSite(t)
	s := build.NewSession(build.Options{Source: dir, Dev: true})
	out, err := s.Build(nil)
	if err != nil {
		t.Fatal(err)
	}
	az := decode(t, out.Files, "az")
	if got := strings.Join(titles(az), "|"); got != "Ana səhifə|Digər səhifə|Qayıdış hüququ" {
		t.Fatalf("az titles: %s", got)
	}
	ruBefore := out.Files["ru/search/manifest.js"]

	// A text edit re-renders that page only.
	p := filepath.Join(dir, "content", "az", "rights.md")
	src, _ := os.ReadFile(p)
	if err := os.WriteFile(p, bytes.Replace(src, []byte("kömək istəyir"), []byte("dəstək gözləyir"), 1), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err = s.Build([]string{"content/az/rights.md"})
	if err != nil {
		t.Fatal(err)
	}
	if fmt.Sprint(out.Rendered) != "[az/rights/index.html]" {
		t.Errorf("a text edit rendered again %v, want only az/rights/index.html", out.Rendered)
	}
	az = decode(t, out.Files, "az")
	if az.lookup("kömək") != nil || fmt.Sprint(az.pages("dəstək")) != "[Qayıdış hüququ]" {
		t.Errorf("edited page not updated: kömək %v, dəstək %v", az.lookup("kömək"), az.pages("dəstək"))
	}
	if fmt.Sprint(az.pages("ılıq")) != "[Digər səhifə]" {
		t.Errorf("a page not rendered again lost its words: ılıq %v", az.pages("ılıq"))
	}

	// A removed page leaves the index, and its files are gone.
	if err := os.Remove(filepath.Join(dir, "content", "az", "other.md")); err != nil {
		t.Fatal(err)
	}
	out, err = s.Build([]string{"content/az/other.md"})
	if err != nil {
		t.Fatal(err)
	}
	az = decode(t, out.Files, "az")
	if got := strings.Join(titles(az), "|"); got != "Ana səhifə|Qayıdış hüququ" {
		t.Errorf("after removing other.md, az titles: %s", got)
	}
	for name, b := range out.Files {
		if strings.HasPrefix(name, "az/search/") && bytes.Contains(b, []byte("ılıq")) {
			t.Errorf("the removed page's words are still in %s", name)
		}
	}
	if n := len(filesUnder(out.Files, "az/search/")); n != az.Files {
		t.Errorf("az/search/ has %d files, the manifest names %d: old ones were kept", n, az.Files)
	}
	// Other languages are as they were.
	if !bytes.Equal(out.Files["ru/search/manifest.js"], ruBefore) {
		t.Errorf("the ru manifest changed")
	}
}

func filesUnder(files map[string][]byte, dir string) []string {
	var out []string
	for name := range files {
		if strings.HasPrefix(name, dir) {
			out = append(out, name)
		}
	}
	return out
}
