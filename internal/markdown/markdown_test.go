package markdown_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/markdown"
)

func TestSlug(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"Qayıdış hüququ", "qayıdış-hüququ"},
		{"Права человека", "права-человека"},
		{"Международный пакт о гражданских и политических правах", "международный-пакт-о-гражданских-и-политических-правах"},
		{"Hello, World! -- (test)", "hello-world-test"},
		{"  «Droits de l’homme» : 1948 ", "droits-de-lhomme-1948"},
		{"snake_case stays", "snake_case-stays"},
		{"_leading underscore", "leading-underscore"},
		{"1. Introduction", "1-introduction"},
		{"!!!", ""},
		{"", ""},
	} {
		if got := markdown.Slug(tc.in); got != tc.want {
			t.Errorf("Slug(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func convert(t *testing.T, src string, resolve markdown.Resolver) (markdown.Result, []*ferr.FileError) {
	t.Helper()
	res, err := markdown.New(markdown.Options{}).Convert(markdown.Input{
		Path: "content/en/a.md", Source: []byte(src), FirstLine: 5, Typographer: true, Resolve: resolve,
	})
	var fes []*ferr.FileError
	for _, e := range ferr.Errors(err) {
		var fe *ferr.FileError
		if !errors.As(e, &fe) {
			t.Fatalf("error %v (%T) is not a *ferr.FileError", e, e)
		}
		fes = append(fes, fe)
	}
	return res, fes
}

func TestHeadingIDs(t *testing.T) {
	res, errs := convert(t, "## Права человека\n\n## Qayıdış hüququ\n\n## Права человека\n\n## Custom {#own}\n", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	html := string(res.HTML)
	for _, want := range []string{`id="права-человека"`, `id="qayıdış-hüququ"`, `id="права-человека-1"`, `id="own"`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %s in\n%s", want, html)
		}
	}
	var ids []string
	for _, h := range res.Headings {
		ids = append(ids, h.ID)
	}
	if got := strings.Join(ids, " "); got != "права-человека qayıdış-hüququ права-человека-1 own" {
		t.Errorf("heading ids %q", got)
	}
}

func TestBlockAttributes(t *testing.T) {
	res, errs := convert(t, "Intro.\n\nBonjour tout le monde.\n\n{: #greeting .note .fr lang=fr}\n\nAfter.\n", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	html := string(res.HTML)
	want := `<p id="greeting" class="note fr" lang="fr">Bonjour tout le monde.</p>`
	if !strings.Contains(html, want) {
		t.Errorf("want %s in\n%s", want, html)
	}
	if strings.Contains(html, "{:") {
		t.Errorf("the attribute paragraph is still there:\n%s", html)
	}
	if !strings.Contains(html, "<p>Intro.</p>") || !strings.Contains(html, "<p>After.</p>") {
		t.Errorf("attributes leaked to other blocks:\n%s", html)
	}
	if !res.IDs["greeting"] {
		t.Errorf("IDs lacks greeting: %v", res.IDs)
	}
}

func TestBlockAttributesOnHeadingAndList(t *testing.T) {
	res, errs := convert(t, "## Title\n\n{: .big dir=rtl}\n\n- a\n- b\n\n{: #items}\n", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	html := string(res.HTML)
	for _, want := range []string{`<h2 id="title" class="big" dir="rtl">Title</h2>`, `<ul id="items">`} {
		if !strings.Contains(html, want) {
			t.Errorf("want %s in\n%s", want, html)
		}
	}
}

// Regression: "{: #id}" under a heading set the id on the tag only; the
// headings (for the table of contents and search) and the ids (for the
// anchor checker) kept the id made from the text.
func TestBlockAttributeIDMovesTheHeadingID(t *testing.T) {
	res, errs := convert(t, "## Legal action\n\n{: #legal}\n\n## Notes\n\n{: #notes}\n", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if !strings.Contains(res.HTML, `<h2 id="legal">Legal action</h2>`) {
		t.Errorf("HTML:\n%s", res.HTML)
	}
	if got := fmt.Sprint(res.Headings); got != "[{2 legal Legal action} {2 notes Notes}]" {
		t.Errorf("headings %s", got)
	}
	if res.IDs["legal-action"] || !res.IDs["legal"] || !res.IDs["notes"] {
		t.Errorf("ids %v: want legal and notes, not legal-action", res.IDs)
	}
}

func TestBlockAttributeErrors(t *testing.T) {
	for _, tc := range []struct {
		name, src string
		line, col int
		msg       string
	}{
		// The body starts on line 5: the attributes are on its line 3.
		{"disallowed", "Para.\n\n{: onclick=x}\n", 7, 1, `block attribute "onclick" is not allowed`},
		{"indented", "Para.\n\n  {: style=color:red}\n", 7, 3, `block attribute "style" is not allowed`},
		{"no block before", "{: #orphan}\n", 5, 1, "follow no block"},
		{"not key=value", "Para.\n\n{: bare}\n", 7, 1, `want #id, .class or key=value`},
		{"duplicate id", "One.\n\n{: #x}\n\nTwo.\n\n{: #x}\n", 11, 1, `id "x" is empty or used twice`},
	} {
		t.Run(tc.name, func(t *testing.T) {
			res, errs := convert(t, tc.src, nil)
			if len(errs) != 1 {
				t.Fatalf("want one error, got %v", errs)
			}
			e := errs[0]
			if e.Path != "content/en/a.md" || e.Line != tc.line || e.Col != tc.col || !strings.Contains(e.Error(), tc.msg) {
				t.Errorf("got %v (line %d, col %d), want content/en/a.md:%d:%d: …%s…", e, e.Line, e.Col, tc.line, tc.col, tc.msg)
			}
			if strings.Contains(string(res.HTML), "onclick") || strings.Contains(string(res.HTML), "style=") {
				t.Errorf("disallowed attribute rendered:\n%s", res.HTML)
			}
		})
	}
}

func TestLinkErrorPositions(t *testing.T) {
	src := "A paragraph that starts here\n" + // line 5
		"and goes on with [a link](bad.md) in its\n" + // line 6, "[" in column 18
		"third line, then [another](ok.md) and [a third](also-bad.md).\n" + // line 7
		"\n" +
		"Право на [возвращение](bad-ru.md).\n" + // line 9, "[" in column 10 (runes, not bytes)
		"\n" +
		"- item\n" +
		"  with [nested](bad-list.md)\n" // line 12, column 8
	type call struct {
		dest      string
		line, col int
	}
	var calls []call
	res, errs := convert(t, src, func(dest string, at func() (int, int)) (string, error) {
		line, col := at()
		calls = append(calls, call{dest, line, col})
		if strings.Contains(dest, "bad") {
			return "", errors.New("no such page")
		}
		return "/en/ok/", nil
	})
	wantCalls := []call{
		{"bad.md", 6, 18},
		{"ok.md", 7, 18},
		{"also-bad.md", 7, 39},
		{"bad-ru.md", 9, 10},
		{"bad-list.md", 12, 8},
	}
	if len(calls) != len(wantCalls) {
		t.Fatalf("resolver calls %v, want %v", calls, wantCalls)
	}
	for i := range calls {
		if calls[i] != wantCalls[i] {
			t.Errorf("resolver call %d: %v, want %v", i, calls[i], wantCalls[i])
		}
	}
	var got []string
	for _, e := range errs {
		got = append(got, e.Error())
	}
	want := []string{
		"content/en/a.md:6:18: no such page",
		"content/en/a.md:7:39: no such page",
		"content/en/a.md:9:10: no such page",
		"content/en/a.md:12:8: no such page",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if !strings.Contains(string(res.HTML), `<a href="/en/ok/">another</a>`) {
		t.Errorf("resolved link not rewritten:\n%s", res.HTML)
	}
}

// Link columns were once taken from the first plain text inside the link,
// which is not where the link starts when the text is bold, code or empty.
func TestLinkErrorPositionsWithMarkupInTheText(t *testing.T) {
	src := "ab [**bold**](bad1.md) [`code`](bad2.md)\n" + // line 5: columns 4 and 24
		"next [](bad3.md) [![img](i.png)](bad4.md)\n" // line 6: columns 6 and 18
	var got []string
	convert(t, src, func(dest string, at func() (int, int)) (string, error) {
		line, col := at()
		if strings.HasPrefix(dest, "bad") {
			got = append(got, fmt.Sprintf("%s %d:%d", dest, line, col))
		}
		return dest, nil
	})
	want := []string{"bad1.md 5:4", "bad2.md 5:24", "bad3.md 6:6", "bad4.md 6:18"}
	if strings.Join(got, ", ") != strings.Join(want, ", ") {
		t.Errorf("positions %v, want %v", got, want)
	}
}

func TestNoResolverLeavesLinks(t *testing.T) {
	res, errs := convert(t, "[x](../letter.md#documentation)\n", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	if !strings.Contains(string(res.HTML), `href="../letter.md#documentation"`) {
		t.Errorf("link changed:\n%s", res.HTML)
	}
}
