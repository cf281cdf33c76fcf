package search

import (
	"fmt"
	"testing"

	"github.com/wazc/site/internal/markdown"
)

// goldmarkPages are Markdown texts with each construct the converter
// writes, for the tests of scan.
var goldmarkPages = []string{
	"# Title {#title}\n\nIntro with *em*, **strong**, `code <x> & y`, ~~del~~ and a [link](https://example.org/?a=1&b=2 \"T&itle\").\n\n" +
		"## Rights of \"people\" -- and 'others'... {#rights}\n\nText with &copy; &#169; &#xA9; &amp; AT&T, a < b > c, ё and é, \u00a0nbsp\u2003em.\n\n" +
		"### Права человека\n\n> A quotation\n> over lines.\n\n{: lang=\"en\"}\n\n- one\n- [x] done\n- [ ] open\n\n1. first\n2. second\n\n" +
		"| a | b |\n|---|:-:|\n| 1 | 2 |\n\nTerm\n: Definition\n\n```go\nfunc f() { return \"<p>\" }\n```\n\n    indented code\n\n" +
		"A note[^1] and another[^long].\n\n[^1]: The note.\n[^long]: A longer note with `code`.\n\n---\n\n![an image](img.png) <https://example.org> www.example.org\n\n" +
		"Hard  \nbreak and \\* escapes \\<\n\n<div class=\"raw\">raw <b>HTML</b></div>\n\n<span>inline</span> <!-- a comment --> after\n\n<script>var s = \"<p>no</p>\";</script>\n",
	"Before\n\n## A heading with <em>raw</em> {#raw}\n\n<details><summary>More</summary>\n\nInside.\n\n</details>\n\n<br/> <img src=x alt='y'> <input disabled>\n",
}

func goldmarkHTML(t testing.TB) [][]byte {
	var out [][]byte
	for _, unsafe := range []bool{false, true} {
		md := markdown.New(markdown.Options{Unsafe: unsafe})
		for _, typo := range []bool{false, true} {
			for _, p := range goldmarkPages {
				res, err := md.Convert(markdown.Input{Source: []byte(p), Typographer: typo})
				if err != nil {
					t.Fatal(err)
				}
				out = append(out, []byte(res.HTML))
			}
		}
	}
	return out
}

// read returns what a walker made of src, with scan or with the
// Tokenizer, and whether scan read it.
func read(src []byte, fast bool) (string, bool) {
	var w walker
	if fast {
		if !w.scan(src) {
			return "", false
		}
	} else {
		w.tokenize(src)
	}
	return fmt.Sprintf("%q %v", w.buf, w.spans), true
}

func TestScanReadsGoldmark(t *testing.T) {
	safe := 0
	for i, src := range goldmarkHTML(t) {
		want, _ := read(src, false)
		got, ok := read(src, true)
		if !ok {
			// Raw HTML as written may need the Tokenizer; what goldmark
			// writes without it must not.
			if i < 2*len(goldmarkPages) {
				t.Errorf("scan gave up on goldmark's own HTML:\n%s", src)
			}
			continue
		}
		if i < 2*len(goldmarkPages) {
			safe++
		}
		if got != want {
			t.Errorf("scan of\n%s\n = %s\nwant %s", src, got, want)
		}
	}
	if safe == 0 {
		t.Error("scan read none of the pages")
	}
}

func FuzzScan(f *testing.F) {
	for _, src := range goldmarkHTML(f) {
		f.Add(src)
	}
	for _, s := range []string{
		`<h2 id="a" ID="b">x</h2>`, `<H2 Id='q'>x</H2 >`, `<h2 id="a&amp;b">x</h2>`, `<h2 id=a>x</h2>`,
		`<a class="footnote-ref" href="#x">1</a>b`, `<sup class='x footnote-ref'><sup>2</sup></sup>c`,
		`a<!-->b`, `a<!--->b`, `a<!---->b`, `a<!-- x --!>b`, `a<!-- x --!-->b`, `a<!-- x`, `<!DOCTYPE html>a`,
		`a < b`, `a<`, `a</>b`, `a</ p>b`, `<br/>x<br />y<br/ >`, `<p>x</p/>`, `<a href="x"/>y`, `<a href="x"id="y">`,
		"&amp &ampx; &#; &#x; &#12 &#x41; &#65; &notit; &notin; &#0; &#128; &#xD800;", "a\r\nb\rc\x00d",
		"a\xf0\r\n\n x", "\xf0&amp;\n\nx", "é\xe2\x80\x83x\xe2\x80", "\xc2\xa0\xc2 x\xe3\x80\x80y", "\xff\xfe a \x80b",
		`<script>a</script>b`, `<Title>a</title>`, `<textarea><p></textarea>`, `<svg><title>t</title></svg>z`,
		`<p a b="c" d='e'>f</p>`, `<p a = "b">c</p>`, "<p\na=\"b\"\t/>", `<em>a</em>b`, `<h2 id="x"><h3 id="y">z</h3></h2>w`,
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		got, ok := read(src, true)
		if !ok {
			return
		}
		if want, _ := read(src, false); got != want {
			t.Errorf("scan of %q\n = %s\nwant %s", src, got, want)
		}
	})
}
