package markdown

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// lineEndSpace is the one difference the autolink extension makes to text
// without links: it keeps spaces and tabs at the end of a line, before a
// line break or a hard break ("a \nb", "a  \nb"), which CommonMark drops
// and browsers do not show.
var lineEndSpace = regexp.MustCompile(`[ \t]+(\n|<br>)`)

// sameWithoutAutolink converts src with and without the autolink extension
// and reports a difference; mayAutolink must have said no for src.
func sameWithoutAutolink(t *testing.T, c *Converter, name string, src []byte) {
	t.Helper()
	for typo := range 2 {
		var with, without bytes.Buffer
		if err := c.md[typo][1].Convert(src, &with); err != nil {
			t.Fatal(err)
		}
		if err := c.md[typo][0].Convert(src, &without); err != nil {
			t.Fatal(err)
		}
		if lineEndSpace.ReplaceAllString(with.String(), "$1") != lineEndSpace.ReplaceAllString(without.String(), "$1") {
			t.Fatalf("%s (typographer %v): output differs without the autolink extension:\n%s\n----\n%s", name, typo == 1, with.String(), without.String())
		}
	}
}

// FuzzAutolinkFastPath: a page in which mayAutolink finds nothing converts
// the same with and without the autolink extension, so skipping it is only
// faster.
func FuzzAutolinkFastPath(f *testing.F) {
	for _, s := range []string{
		"plain words, *emphasis*, _under_, ~strike~ and (brackets) here\n",
		"a  b\tc\n  indented (x) *y* _z_\n\n- item (one)\n- *two*\n",
		"http//not www not.www wwwx ftp mailto example.org\n",
		"<not-a-link> `code (x)` [link](page.md) ![i](i.png)\n",
		"\"Quotes\" -- dashes... and 'single' (paren \"q\")\n",
		"| a | (b) |\n|---|---|\n| *c* | _d_ |\n",
		"Term (x)\n: def *y*\n\nText[^1] (z)\n\n[^1]: note _n_\n",
		"***strong em*** __bold__ ~~del~~ ~one~\n",
		"line\\\nbreak  \nhard\n",
		"(*a*) (_b_) (~c~) ((d)) *(e)* _(f)_\n",
	} {
		f.Add([]byte(s))
	}
	c := New(Options{})
	f.Fuzz(func(t *testing.T, src []byte) {
		// Pages reach the converter with LF line endings (content.Normalize
		// turns CR and CRLF into LF), and goldmark treats a lone CR
		// differently with and without the extension.
		if mayAutolink(src) || bytes.IndexByte(src, '\r') >= 0 {
			return
		}
		sameWithoutAutolink(t, c, "input", src)
	})
}

// The same on real pages: this repository's content and, when
// BENCH_CORPUS names one, the benchmark corpus.
func TestAutolinkFastPathOnRealPages(t *testing.T) {
	roots := []string{"../../content"}
	if dir := os.Getenv("BENCH_CORPUS"); dir != "" {
		roots = append(roots, filepath.Join(dir, "content"))
	}
	c := New(Options{})
	checked := 0
	for _, root := range roots {
		filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !strings.HasSuffix(p, ".md") {
				return err
			}
			src, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if !mayAutolink(src) {
				sameWithoutAutolink(t, c, p, src)
				checked++
			}
			return nil
		})
	}
	if checked == 0 {
		t.Fatal("no page without a possible autolink: the test checked nothing")
	}
	t.Logf("%d pages convert the same without the autolink extension", checked)
}

func TestMayAutolink(t *testing.T) {
	for src, want := range map[string]bool{
		"see https://example.org": true, "see http://x": true, "ftp://x": true,
		"www.example.org": true, "a@b.org": true, "plain text (x) *y*": false,
		"http//x www ftp": false,
	} {
		if got := mayAutolink([]byte(src)); got != want {
			t.Errorf("mayAutolink(%q) = %v, want %v", src, got, want)
		}
	}
}
