package search

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/text/language"
)

func TestFold(t *testing.T) {
	for _, c := range []struct {
		lang, in, want string
	}{
		// Azerbaijani: dotted and dotless i are two letters, in both cases;
		// ə ğ ı ş ç ö ü are letters of their own and stay.
		{"az", "QAYIDIŞ", "qayıdış"},
		{"az", "İNSAN", "insan"},
		{"az", "IŞIQ İşıq", "ışıq işıq"},
		{"az", "ƏĞIŞÇÖÜ əğışçöü", "əğışçöü əğışçöü"},
		{"az", "Qərbi Azərbaycan İcması", "qərbi azərbaycan icması"},
		{"az", "I\u0307", "i"}, // I with a combining dot above is İ
		// Russian: ё is е; й and other letters stay.
		{"ru", "ЁЛКА ёлка", "елка елка"},
		{"ru", "Йод, ПРАВА ЧЕЛОВЕКА", "йод, права человека"},
		{"ru", "е\u0308ж", "еж"}, // ё written decomposed
		// French and English: no diacritics.
		{"fr", "Été À GENÈVE, Français", "ete a geneve, francais"},
		{"fr", "e\u0301te\u0301", "ete"}, // already decomposed
		{"fr", "Œuvre", "œuvre"},         // a ligature is a letter
		{"en", "Naïve CAFÉ", "naive cafe"},
		{"en", "İstanbul", "istanbul"}, // i + combining dot in English lowercasing, dot removed
		{"en", "STRASSE Straße", "strasse straße"},
		// Other languages: lowercase only.
		{"tr", "DİYARBAKIR", "diyarbakır"},
		{"de", "ÄRGER", "ärger"},
	} {
		if got := Fold(language.MustParse(c.lang), c.in); got != c.want {
			t.Errorf("Fold(%s, %q) = %q, want %q", c.lang, c.in, got, c.want)
		}
	}
}

func TestMode(t *testing.T) {
	for lang, want := range map[string]string{
		"en": FoldMarks, "en-GB": FoldMarks, "fr": FoldMarks, "fr-CA": FoldMarks,
		"ru": FoldYo, "az": FoldCase, "az-Latn": FoldCase, "tr": FoldCase, "de": FoldCase,
	} {
		if got := Mode(language.MustParse(lang)); got != want {
			t.Errorf("Mode(%s) = %q, want %q", lang, got, want)
		}
	}
}

func TestTerms(t *testing.T) {
	f := NewFolder(language.French)
	// Folded, then stemmed: étudiée and etudiee are one term.
	if got, want := strings.Join(f.Terms("L’Été, l’été — 2023-08-14 : « Genève » étudiée etudiee"), " "), "l ete l ete 2023 08 14 genev etudie etudie"; got != want {
		t.Errorf("fr Terms = %q, want %q", got, want)
	}
	en := NewFolder(language.English)
	if got, want := strings.Join(en.Terms("Declarations of RIGHTS, running"), " "), "declar of right run"; got != want {
		t.Errorf("en Terms = %q, want %q", got, want)
	}
	// Azerbaijani has no Snowball stemmer: folded only.
	az := NewFolder(language.Azerbaijani)
	if got, want := strings.Join(az.Terms("İnsan hüquqları: İNSAN, insanların!"), " "), "insan hüquqları insan insanların"; got != want {
		t.Errorf("az Terms = %q, want %q", got, want)
	}
	// Chinese, Japanese and Korean: bigrams, beside the other words.
	zh := NewFolder(language.Chinese)
	if got, want := strings.Join(zh.Terms("人权宣言 UN 法"), " "), "人权 权宣 宣言 un 法"; got != want {
		t.Errorf("zh Terms = %q, want %q", got, want)
	}
}

func TestSections(t *testing.T) {
	secs := Sections([]byte(`<p>Intro <em>text</em>.</p><h2 id="a">First <code>x</code></h2><p>One.</p><h3>No id</h3><p>Two.</p><h2 id="b-%C3%A9">Second</h2>`))
	got := fmt.Sprintf("%q", secs)
	want := `[{"" "" "Intro text."} {"a" "First x" "One. No id Two."} {"b-%C3%A9" "Second" ""}]`
	if got != want {
		t.Errorf("Sections:\n %s\nwant %s", got, want)
	}
}

func TestText(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{`<p>One <em>two</em> thr<strong>ee</strong>.</p><p>Four</p>`, "One two three. Four"},
		{`<h2 id="x">Title&nbsp;&amp; more</h2>` + "\n\n<ul>\n<li>a</li>\n<li>b &lt;c&gt;</li>\n</ul>", "Title & more a b <c>"},
		{`<p>Rights<sup id="fnref:1"><a href="#fn:1" class="footnote-ref" role="doc-noteref">1</a></sup> here.</p>` +
			`<div class="footnotes" role="doc-endnotes"><hr><ol><li id="fn:1"><p>A note.&#160;<a href="#fnref:1" class="footnote-backref" role="doc-backlink">&#x21a9;&#xfe0e;</a></p></li></ol></div>`,
			"Rights here. A note."},
		{`<table><tr><td>a</td><td>b</td></tr></table>x<br>y`, "a b x y"},
		{`<p>code: <code>x := &quot;y&quot;</code></p><script>var s = "<p>no</p>";</script><p>end</p>`, `code: x := "y" end`},
	} {
		if got := Text([]byte(c.in)); got != strings.TrimSpace(c.want) {
			t.Errorf("Text(%q)\n = %q\nwant %q", c.in, got, c.want)
		}
	}
}

func TestCut(t *testing.T) {
	if got := cut([]byte("short text"), 20); got != "short text" {
		t.Errorf("cut kept %q", got)
	}
	s := strings.Repeat("слово ", 50) // 300 characters, 600 bytes
	got := cut([]byte(s), 100)
	if n := utf8.RuneCountInString(got); n > 101 || n < 80 {
		t.Errorf("cut to 100: %d characters: %q", n, got)
	}
	if !strings.HasSuffix(got, "слово…") {
		t.Errorf("cut not at a word boundary, or without …: %q", got)
	}
	if got := cut([]byte(strings.Repeat("x", 300)), 100); got != strings.Repeat("x", 100)+"…" {
		t.Errorf("cut of one long word = %q", got)
	}
}

func TestAppendString(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote\back`, "tab\tnl\ncr\r\x00\x1f", "é ə ё 日本", "\u2028\u2029", "bad \xff utf8", "</script>"} {
		got := appendString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("appendString(%q) = %s: not JSON: %v", s, got, err)
			continue
		}
		if want := strings.ToValidUTF8(s, "\uFFFD"); back != want {
			t.Errorf("appendString(%q) = %s, decodes to %q", s, got, back)
		}
		if bytes.ContainsAny(got, "\u2028\u2029") {
			t.Errorf("appendString(%q) = %s: U+2028/2029 not escaped", s, got)
		}
	}
}
