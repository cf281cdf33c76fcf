package content

import (
	"bytes"
	"errors"
	"testing"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/frontmatter"
)

// Any front matter decodes or is refused without a panic, and every
// problem is reported at a line of the front matter (it starts on line 2).
func FuzzDecode(f *testing.F) {
	for _, s := range []string{
		"title: Yes\n", "title: 2024\nslug: 0x10\n", "translationKey:\n", "title: [a, b]\n",
		"title: [broken\n", "title: A\nweight: [1\n", "a: &x 1\nb: *x\n", "title: A\ntitle: B\n",
		"date: 2024-01-02\naliases: [1, /x/]\n", "- a\n", "? a\n: b\n", "title: !!binary aGk=\n",
	} {
		f.Add([]byte(s))
	}
	cfg, err := config.Parse("site.yaml", []byte("languages: [{code: en}]\n"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, fm []byte) {
		// YAML also breaks lines at CR, NEL, LS and PS (pages reach decode
		// with LF endings only, but may hold the others).
		last := 2 + bytes.Count(fm, []byte{'\n'}) + bytes.Count(fm, []byte{'\r'}) +
			bytes.Count(fm, []byte("\u0085")) + bytes.Count(fm, []byte("\u2028")) + bytes.Count(fm, []byte("\u2029"))
		check := func(err error) {
			for _, e := range ferr.Errors(err) {
				var fe *ferr.FileError
				if !errors.As(e, &fe) || fe.Line < 1 || fe.Line > last {
					t.Fatalf("front matter %q: error %q is not at one of its lines (1-%d)", fm, e, last)
				}
			}
		}
		kv, err := frontmatter.Decode("a.md", fm)
		check(err)
		if err != nil {
			return
		}
		p := &Page{Path: "a.md", Lang: cfg.Languages[0], frontMatter: string(fm)}
		var errs ferr.List
		p.apply(kv, &errs)
		check(errs.Err())
	})
}
