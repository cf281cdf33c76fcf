package markdown_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/markdown"
)

// fuzzResolve stands in for the site's resolver: links to .md files become
// "/x/", links containing "bad" are errors, others stay as written.
func fuzzResolve(t *testing.T) markdown.Resolver {
	return func(dest string, at func() (int, int)) (string, error) {
		line, col := at()
		if line != 0 && (line < 5 || col < 1) {
			t.Errorf("resolver called for %q at %d:%d, before the body (line 5, column 1)", dest, line, col)
		}
		switch {
		case strings.Contains(dest, "bad"):
			return "", errors.New("bad link")
		case strings.HasSuffix(dest, ".md"):
			return "/x/", nil
		}
		return dest, nil
	}
}

func FuzzConvert(f *testing.F) {
	for _, s := range []string{
		"",
		"plain text\n",
		"# Title\n\n## Права человека\n\n## Qayıdış hüququ {#back}\n",
		"See [the letter](../letter.md#documentation) and [bad](bad.md).\n",
		"line one\nline two with [a link](bad.md) here\nand [ok](ok.md)\n",
		"[**bold**](bad.md) [`code`](bad.md) [](bad.md) [![img](i.png)](bad.md)\n",
		"[ref][r]\n\n[r]: bad.md \"title\"\n",
		"<https://example.org/bad> and https://example.org/bad\n",
		"Para.\n\n{: #id .cls lang=fr dir=rtl}\n",
		"{: #orphan}\n",
		"Para.\n\n{: onclick=x}\n",
		"Para.\n\n{: #dup}\n\nOther.\n\n{: #dup}\n",
		"Para.\n\n{: novalue .a .b}\n",
		"Text[^1].\n\n[^1]: A note with [a link](bad.md).\n",
		"Term\n: Definition with [link](x.md)\n",
		"| a | b |\n|---|---|\n| [x](bad.md) | \"quoted\" -- dash... |\n",
		"- [ ] task\n- [x] done [l](bad.md)\n",
		"> quote\n> with [l](bad.md)\n",
		"```\n[not a link](bad.md)\n```\n",
		"<div>raw [l](bad.md)</div>\n",
		"[a\nb](bad.md)\n",
		"\xff\xfe[x](bad.md)\n",
	} {
		f.Add([]byte(s))
	}
	c := markdown.New(markdown.Options{})
	f.Fuzz(func(t *testing.T, src []byte) {
		convert := func() (markdown.Result, error) {
			return c.Convert(markdown.Input{
				Path:        "a.md",
				Source:      bytes.Clone(src),
				FirstLine:   5,
				Typographer: true,
				Resolve:     fuzzResolve(t),
			})
		}
		res, err := convert()
		for _, e := range ferr.Errors(err) {
			var fe *ferr.FileError
			if !errors.As(e, &fe) {
				t.Fatalf("error %v (%T) is not a *ferr.FileError", e, e)
			}
			if fe.Path != "a.md" {
				t.Errorf("error %v: path %q, want a.md", fe, fe.Path)
			}
			if fe.Line > 0 && (fe.Line < 5 || fe.Col < 1) {
				t.Errorf("error %v: at %d:%d, before the body (line 5, column 1)", fe, fe.Line, fe.Col)
			}
			if maxLine := 5 + bytes.Count(src, []byte{'\n'}); fe.Line > maxLine {
				t.Errorf("error %v: line %d past the end (%d)", fe, fe.Line, maxLine)
			}
		}
		res2, err2 := convert()
		if res.HTML != res2.HTML {
			t.Fatalf("two conversions differ:\n%s\n----\n%s", res.HTML, res2.HTML)
		}
		if errString(err) != errString(err2) {
			t.Fatalf("two conversions report different errors:\n%v\n----\n%v", err, err2)
		}
	})
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}
