package sitecheck

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// sourceLetter is the document the site publishes, beside the repository
// as in the project's workspace and CI.
const sourceLetter = "../../../shared/source/letter.txt"

// TestLetterIsReproducedExactly compares the English letter page's text,
// paragraph by paragraph, with the source document from "The forced
// expulsion…" to "…human rights and dignity.", typos included.
func TestLetterIsReproducedExactly(t *testing.T) {
	src, err := os.ReadFile(sourceLetter)
	if err != nil {
		t.Skipf("skipping: the source document is not at %s", sourceLetter)
	}
	text := string(src)
	start := strings.Index(text, "The forced expulsion of the Azerbaijani population from Armenia gave rise")
	end := strings.Index(text, "human rights and dignity.")
	if start < 0 || end < 0 {
		t.Fatal("the source document does not hold the letter")
	}
	var want []string
	for _, p := range strings.Split(text[start:end+len("human rights and dignity.")], "\n") {
		if p = strings.TrimSpace(p); p != "" {
			want = append(want, p)
		}
	}
	page, err := os.ReadFile(filepath.Join(publicDir, "en/letter/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatal(err)
	}
	letter := find(doc, func(n *html.Node) bool { return n.Type == html.ElementNode && hasClass(n, "letter") })
	if letter == nil {
		t.Fatal(`en/letter/index.html has no element with class "letter"`)
	}
	var got []string
	for n := letter.FirstChild; n != nil; n = n.NextSibling {
		if n.Type == html.ElementNode && n.Data == "p" {
			got = append(got, strings.TrimSpace(textOf(n)))
		}
	}
	if len(got) != len(want) {
		t.Fatalf("the page has %d paragraphs of the letter, the source %d", len(got), len(want))
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("paragraph %d differs:\n page: %q\nsource: %q", i+1, got[i], want[i])
		}
	}
}

func find(n *html.Node, ok func(*html.Node) bool) *html.Node {
	if ok(n) {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := find(c, ok); f != nil {
			return f
		}
	}
	return nil
}

func hasClass(n *html.Node, class string) bool {
	for _, a := range n.Attr {
		if a.Key == "class" {
			for _, c := range strings.Fields(a.Val) {
				if c == class {
					return true
				}
			}
		}
	}
	return false
}

func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return b.String()
}
