package blocks

import (
	"strings"
	"testing"
)

const page = "## Start {#start .big}\n\nA paragraph *with*\na [link](x.md).\n\n> Quoted\n> twice.\n\n- one\n- two\n  - nested\n\n| A | B |\n|---|---|\n| 1 | 2 |\n\nTerm\n: Definition.\n\nNote[^1].\n\n[^1]: The note.\n\n```go\nx := 1\n```\n"

func TestBodyFindsEveryLeafBlockInOrder(t *testing.T) {
	var got []string
	for _, b := range Body([]byte(page)) {
		got = append(got, b.ID+" "+b.Kind+" "+b.Text)
	}
	want := []string{
		"1 heading Start",
		"2 paragraph A paragraph *with*\na [link](x.md).",
		"3 quote Quoted\ntwice.",
		"4 item one", "5 item two", "6 item nested",
		"7 row A | B", "8 row 1 | 2",
		"9 term Term", "10 definition Definition.",
		"11 paragraph Note[^1].",
		"12 footnote The note.",
		"13 code x := 1",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestDigestIgnoresWrappingNotWords(t *testing.T) {
	a := Digest(Paragraph, "one two\nthree")
	if b := Digest(Paragraph, "one  two three "); a != b {
		t.Errorf("re-wrapping changed the digest: %s, %s", a, b)
	}
	if b := Digest(Paragraph, "one two three."); a == b {
		t.Error("a changed character kept the digest")
	}
	if b := Digest(Heading, "one two three"); a == b {
		t.Error("a paragraph and a heading with the same text share a digest")
	}
}

func TestReplaceKeepsEverythingButTheTexts(t *testing.T) {
	src := []byte(page)
	bs := Body(src)
	same := map[string]string{}
	for _, b := range bs {
		if b.Translatable() {
			same[b.ID] = b.Text
		}
	}
	if got := string(Replace(src, bs, same)); got != page {
		t.Errorf("replacing each text by itself changed the page:\n%s", got)
	}
	got := string(Replace(src, bs, map[string]string{"1": "Début", "3": "Cité\nsur trois\nlignes.", "5": "deux\nlignes"}))
	for _, want := range []string{"## Début {#start .big}\n", "> Cité\n> sur trois\n> lignes.\n", "- deux\n  lignes\n  - nested\n"} {
		if !strings.Contains(got, want) {
			t.Errorf("replaced page lacks %q:\n%s", want, got)
		}
	}
}

func TestWordsMarksChangedWordsOnly(t *testing.T) {
	old, new := Words("It dates the last wave to 1987.", "It dates the final wave to the years 1987.")
	show := func(ps []Part) string {
		var b strings.Builder
		for _, p := range ps {
			switch {
			case p.Del:
				b.WriteString("[-" + p.Text + "-]")
			case p.Ins:
				b.WriteString("{+" + p.Text + "+}")
			default:
				b.WriteString(p.Text)
			}
		}
		return b.String()
	}
	if got, want := show(old), "It dates the [-last-] wave to 1987."; got != want {
		t.Errorf("old: %q, want %q", got, want)
	}
	if got, want := show(new), "It dates the {+final+} wave to {+the years+} 1987."; got != want {
		t.Errorf("new: %q, want %q", got, want)
	}
}
