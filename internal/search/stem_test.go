package search_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
	xlanguage "golang.org/x/text/language"

	"github.com/wazc/site/internal/browsertest"
	"github.com/wazc/site/internal/search"
	"github.com/wazc/site/internal/search/snowball"
)

var amongRe = regexp.MustCompile(`\["((?:[^"\\]|\\.)*)", *-?\d`)

// wordList makes the words to stem for an algorithm: each suffix its
// rules know (the strings of its among tables) after each of the five
// longest, and those strings alone; for the site's languages, also every
// word of the site's content in that language.
func wordList(t *testing.T, algorithm string) []string {
	t.Helper()
	src, err := os.ReadFile(filepath.Join("snowball", "js", algorithm+".js"))
	if err != nil {
		t.Fatal(err)
	}
	var among []string
	for _, m := range amongRe.FindAllSubmatch(src, -1) {
		var s string
		if err := json.Unmarshal([]byte(`"`+string(m[1])+`"`), &s); err == nil && s != "" {
			among = append(among, s)
		}
	}
	stems := append([]string(nil), among...)
	sort.SliceStable(stems, func(i, j int) bool { return len([]rune(stems[i])) > len([]rune(stems[j])) })
	stems = stems[:min(5, len(stems))]
	words := map[string]bool{}
	for _, a := range among {
		words[a] = true
		for _, s := range stems {
			words[s+a] = true
		}
	}
	site := map[string]string{"english": "en", "french": "fr", "russian": "ru"}
	if lang := site[algorithm]; lang != "" {
		filepath.Walk(filepath.Join("..", "..", "content", lang), func(p string, info os.FileInfo, err error) error {
			if err == nil && strings.HasSuffix(p, ".md") {
				b, _ := os.ReadFile(p)
				for _, w := range regexp.MustCompile(`[\p{L}\p{M}]+`).FindAllString(strings.ToLower(string(b)), -1) {
					words[w] = true
				}
			}
			return nil
		})
	}
	out := make([]string, 0, len(words))
	for w := range words {
		out = append(out, w)
	}
	sort.Strings(out)
	return out
}

// TestStemAgreement: every Snowball algorithm gives the same stems in Go
// (the build) and in JavaScript (queries, in Chromium).
func TestStemAgreement(t *testing.T) {
	ctx := browsertest.New(t)
	ctx, cancel := context.WithTimeout(ctx, 2*time.Minute)
	defer cancel()
	algorithms := map[string]bool{}
	for _, a := range snowball.Algorithms {
		algorithms[a] = true
	}
	if len(algorithms) < 30 {
		t.Errorf("only %d algorithms", len(algorithms))
	}
	for a := range algorithms {
		script, err := search.StemScript(a, a)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := chromedp.Run(ctx, chromedp.Evaluate[chromedp.Void](string(script))); err != nil {
			t.Fatalf("%s: loading the JavaScript stemmer: %v", a, err)
		}
		words := wordList(t, a)
		list, _ := json.Marshal(words)
		js, err := chromedp.Run(ctx, chromedp.Evaluate[[]string](`(`+string(list)+`).map(w => window.siteSearchStem[`+string(mustJSON(a))+`](w))`))
		if err != nil {
			t.Fatalf("%s: %v", a, err)
		}
		st := search.NewStemmer(a)
		bad := 0
		for i, w := range words {
			if g := st.Stem(w); g != js[i] {
				bad++
				if bad <= 5 {
					t.Errorf("%s: %q stems to %q in Go, %q in JavaScript", a, w, g, js[i])
				}
			}
		}
		if bad > 0 {
			t.Errorf("%s: %d of %d words disagree", a, bad, len(words))
		}
		t.Logf("%s: %d words agree", a, len(words))
	}
}

func mustJSON(v any) []byte {
	b, _ := json.Marshal(v)
	return b
}

// TestStemmers: the stemmer of a language is its Snowball algorithm's;
// Azerbaijani has none.
func TestStemmers(t *testing.T) {
	for _, c := range []struct{ lang, algorithm, word, stem string }{
		{"en", "english", "connections", "connect"},
		{"fr", "french", "continuellement", "continuel"},
		{"ru", "russian", "правами", "прав"},
		{"tr", "turkish", "kitaplar", "kitap"},
		{"de", "german", "häuser", "haus"},
		{"az", "", "", ""},
	} {
		a := search.Algorithm(language(c.lang))
		if a != c.algorithm {
			t.Errorf("%s: algorithm %q, want %q", c.lang, a, c.algorithm)
			continue
		}
		if a == "" {
			if search.NewStemmer(a) != nil {
				t.Errorf("%s: a stemmer without an algorithm", c.lang)
			}
			continue
		}
		if got := search.NewStemmer(a).Stem(c.word); got != c.stem {
			t.Errorf("%s: %q stems to %q, want %q", c.lang, c.word, got, c.stem)
		}
	}
}

func language(code string) xlanguage.Tag { return xlanguage.MustParse(code) }
