package translation_test

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/sitetest"
	"github.com/wazc/site/internal/translation"
)

// twoLangs is a site with an English original and its French translation,
// both committed and the translation marked.
const twoLangs = `
-- site.yaml --
baseURL: https://example.org/
title: Test
defaultLanguage: en
languages:
  - code: en
  - code: fr
-- content/en/_index.md --
---
title: Home
---
-- content/en/guide.md --
---
title: Guide
description: How to use it.
---

## Start {#start .big}

The first paragraph, with *emphasis* and a [link](other.md).

The second paragraph says nothing much.

- one item
- two items[^n]

> A quotation
> on two lines.

| Name | Value |
|------|-------|
| a    | 1     |

` + "```" + `sh
site build --dest out
` + "```" + `

[^n]: A footnote with ` + "`code`" + `.
-- content/en/other.md --
---
title: Other
---
Other page.
-- content/fr/_index.md --
---
title: Accueil
---
-- content/fr/other.md --
---
title: Autre
---
Autre page.
-- content/fr/guide.md --
---
title: Guide (fr)
description: Comment s’en servir.
---

## Début {#start .big}

Le premier paragraphe, avec de l’*emphase* et un [lien](other.md).

Le deuxième paragraphe ne dit pas grand-chose.

- un élément
- deux éléments[^n]

> Une citation
> sur deux lignes.

| Nom | Valeur |
|------|-------|
| a    | 1     |

` + "```" + `sh
site build --dest out
` + "```" + `

[^n]: Une note avec ` + "`code`" + `.
`

// gitEnv fixes who commits and when, so that runs are alike.
var gitEnv = []string{
	"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.org", "GIT_AUTHOR_DATE=2026-01-02T03:04:05Z",
	"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.org", "GIT_COMMITTER_DATE=2026-01-02T03:04:05Z",
	"GIT_CONFIG_NOSYSTEM=1", "GIT_CONFIG_GLOBAL=/dev/null",
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), gitEnv...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %s: %v\n%s", strings.Join(args, " "), err, out)
	}
	return string(out)
}

// gitSite lays a txtar site out in a new git repository, marks its
// translations and commits it all.
func gitSite(t *testing.T, archive string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("skipping: no git installed (install Debian's git)")
	}
	dir := sitetest.Write(t, archive)
	git(t, dir, "init", "-q", "-b", "main")
	if _, err := translation.Mark(dir, load(t, dir), []string{filepath.Join(dir, "content/fr")}); err != nil {
		t.Fatal(err)
	}
	commit(t, dir, "the site")
	return dir
}

func commit(t *testing.T, dir, msg string) {
	t.Helper()
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", msg)
}

func load(t *testing.T, dir string) *content.Site {
	t.Helper()
	site, _, err := build.Load(build.Options{Source: dir})
	if site == nil {
		t.Fatal(err)
	}
	return site
}

// edit replaces old with new in a file of the site.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	p := filepath.Join(dir, file)
	src, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(src, []byte(old)) {
		t.Fatalf("%s has no %q", file, old)
	}
	os.WriteFile(p, bytes.Replace(src, []byte(old), []byte(new), 1), 0o644)
}

// status is the report's text line for a page, spaces squeezed.
func status(t *testing.T, dir, page string) string {
	t.Helper()
	var buf bytes.Buffer
	translation.StatusWith(load(t, dir), translation.NewHistory(dir)).WriteText(&buf)
	for _, l := range strings.Split(buf.String(), "\n") {
		if strings.HasPrefix(l, page+" ") {
			return strings.Join(strings.Fields(l), " ")
		}
	}
	t.Fatalf("no row for %s in\n%s", page, buf.String())
	return ""
}

// diff is "site i18n diff" of the site's translations, without colours.
func diff(t *testing.T, dir string, paths ...string) string {
	t.Helper()
	changes, _, err := translation.Stale(dir, load(t, dir), translation.NewHistory(dir), paths)
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	translation.WriteDiff(&buf, changes, false)
	return buf.String()
}

func mustContain(t *testing.T, what, got string, want ...string) {
	t.Helper()
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s lacks %q:\n%s", what, w, got)
		}
	}
}

func mustNotContain(t *testing.T, what, got string, unwanted ...string) {
	t.Helper()
	for _, w := range unwanted {
		if strings.Contains(got, w) {
			t.Errorf("%s has %q:\n%s", what, w, got)
		}
	}
}
