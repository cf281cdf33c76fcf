package search_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/search"
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
Bu səhifədə ılıq və işıq sözləri var.
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
	dir := t.TempDir()
	for _, sub := range []string{"layouts", "static"} {
		if err := os.CopyFS(filepath.Join(dir, sub), os.DirFS(filepath.Join("..", "..", sub))); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range txtar.Parse([]byte(testSite)).Files {
		p := filepath.Join(dir, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// index is a search-index.js file, decoded.
type index struct {
	Lang string `json:"lang"`
	Fold string `json:"fold"`
	Docs []struct {
		Title string  `json:"t"`
		URL   string  `json:"u"`
		Head  [][]any `json:"h"`
		Text  string  `json:"x"`
		FT    string  `json:"ft"`
		FW    string  `json:"fw"`
	} `json:"docs"`
}

func decode(t testing.TB, lang string, js []byte) index {
	t.Helper()
	prefix := fmt.Sprintf(`(window.siteSearchIndex=window.siteSearchIndex||{})["%s"]=`, lang)
	i := bytes.Index(js, []byte(prefix))
	if i < 0 || !bytes.HasSuffix(js, []byte(";\n")) {
		t.Fatalf("%s/search-index.js does not assign window.siteSearchIndex[%q]:\n%.300s", lang, lang, js)
	}
	var ix index
	if err := json.Unmarshal(bytes.TrimSuffix(js[i+len(prefix):], []byte(";\n")), &ix); err != nil {
		t.Fatalf("%s/search-index.js: %v", lang, err)
	}
	return ix
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
		js, ok := files[lang+"/search-index.js"]
		if !ok {
			t.Fatalf("no %s/search-index.js", lang)
		}
		ix := decode(t, lang, js)
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
	}
	az := decode(t, "az", files["az/search-index.js"])
	if az.Fold != search.FoldCase {
		t.Errorf("az fold mode %q", az.Fold)
	}
	for _, d := range az.Docs {
		if d.URL != "/docs/az/rights/" {
			continue
		}
		if d.FT != "qayıdış hüququ" {
			t.Errorf("az folded title %q", d.FT)
		}
		if want := "Qərbi Azərbaycandan qovulmuş insanların qayıdış hüququ. İnsan hüquqları İcma beynəlxalq təşkilatlardan kömək istəyir."; d.Text != want {
			t.Errorf("az text\n %q\nwant %q", d.Text, want)
		}
		if want := "qərbi azərbaycandan qovulmuş insanların qayıdış hüququ insan hüquqları icma beynəlxalq təşkilatlardan kömək istəyir"; d.FW != want {
			t.Errorf("az folded words\n %q\nwant %q", d.FW, want)
		}
		if fmt.Sprint(d.Head) != "[[2 insan-hüquqları İnsan hüquqları insan hüquqları]]" {
			t.Errorf("az headings %v", d.Head)
		}
	}
	fr := decode(t, "fr", files["fr/search-index.js"])
	if fr.Fold != search.FoldMarks || !strings.Contains(strings.Join(titles(fr), "|"), "L’été à Genève") {
		t.Errorf("fr index: fold %q, titles %v", fr.Fold, titles(fr))
	}
	for _, d := range fr.Docs {
		if d.URL == "/docs/fr/rights/" && (d.FT != "l ete a geneve" || !strings.Contains(d.FW, "comite a etudie la declaration")) {
			t.Errorf("fr folded: %q, %q", d.FT, d.FW)
		}
	}
	if ru := decode(t, "ru", files["ru/search-index.js"]); ru.Fold != search.FoldYo {
		t.Errorf("ru fold mode %q", ru.Fold)
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
		ix := search.New(site.Config)
		pages := append(site.Pages[:0:0], site.Pages...)
		rand.New(rand.NewSource(int64(run))).Shuffle(len(pages), func(i, j int) { pages[i], pages[j] = pages[j], pages[i] })
		var wg sync.WaitGroup
		for _, p := range pages {
			wg.Add(1)
			go func() {
				defer wg.Done()
				ix.Add(p, []byte("<p>"+p.Title+" <em>text</em> of "+p.Lang.Code+"</p>"))
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
	az := decode(t, "az", out.Files["az/search-index.js"])
	if got := strings.Join(titles(az), "|"); got != "Ana səhifə|Digər səhifə|Qayıdış hüququ" {
		t.Fatalf("az titles: %s", got)
	}

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
	if len(out.Rendered) > 3 {
		t.Logf("rendered again: %v", out.Rendered)
	}
	az = decode(t, "az", out.Files["az/search-index.js"])
	for _, d := range az.Docs {
		switch d.Title {
		case "Qayıdış hüququ":
			if !strings.Contains(d.Text, "dəstək gözləyir") || strings.Contains(d.FW, "kömək") {
				t.Errorf("edited page not updated: %q / %q", d.Text, d.FW)
			}
		case "Digər səhifə":
			if !strings.Contains(d.FW, "ılıq") {
				t.Errorf("a page not rendered again lost its text: %q", d.FW)
			}
		}
	}

	// A removed page leaves the index.
	if err := os.Remove(filepath.Join(dir, "content", "az", "other.md")); err != nil {
		t.Fatal(err)
	}
	out, err = s.Build([]string{"content/az/other.md"})
	if err != nil {
		t.Fatal(err)
	}
	az = decode(t, "az", out.Files["az/search-index.js"])
	if got := strings.Join(titles(az), "|"); got != "Ana səhifə|Qayıdış hüququ" {
		t.Errorf("after removing other.md, az titles: %s", got)
	}
	if bytes.Contains(out.Files["az/search-index.js"], []byte("ılıq")) {
		t.Errorf("the removed page's words are still in the index")
	}
	// Other languages are as they were.
	if ru := decode(t, "ru", out.Files["ru/search-index.js"]); len(ru.Docs) != 3 {
		t.Errorf("ru titles: %v", titles(ru))
	}
}

// TestStaticFiles: the vendored MiniSearch carries its licence and version.
func TestStaticFiles(t *testing.T) {
	root := filepath.Join("..", "..", "static", "js")
	min, err := os.ReadFile(filepath.Join(root, "vendor", "minisearch.min.js"))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(min, []byte("/*! MiniSearch 7.")) {
		t.Errorf("minisearch.min.js does not start with its version comment")
	}
	if _, err := fs.Stat(os.DirFS(root), "vendor/minisearch.LICENSE.txt"); err != nil {
		t.Error(err)
	}
}
