package build_test

import "testing"

const twoLangs = `
-- site.yaml --
baseURL: https://example.org/
title: Test
languages:
  - code: en
  - code: fr
`

// Regression: front matter was read as YAML 1.1, so "title: Yes" was the
// boolean true and failed with two contradictory errors ("title is
// required" and "title must be a string, not true"); "title: 2024" and a
// description of "1.50" (read as the number 1.5) likewise. Text keys now
// keep the scalar as written, as site.yaml and the strings files do.
func TestFrontMatterTextKeysKeepScalarsAsWritten(t *testing.T) {
	b := buildSite(t, twoLangs+`
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1><p class="d">{{.Description}}</p><p class="p">{{.Params.flag}} {{.Params.word}}</p>
{{range .Translations}}<a class="tr" href="{{.RelPermalink}}">{{.Lang.Code}}</a>{{end}}{{end}}
-- content/en/yes.md --
---
title: Yes
description: 1.50
flag: true
word: no
---
-- content/en/year.md --
---
title: 2024
slug: 0x10
translationKey: 007
---
-- content/fr/annee.md --
---
title: 2024
translationKey: 007
---
`).ok()
	b.contains("en/yes/index.html", "<h1>Yes</h1>", `<p class="d">1.50</p>`, `<p class="p">true no</p>`)
	b.contains("en/0x10/index.html", "<h1>2024</h1>", `<a class="tr" href="/fr/annee/">fr</a>`)
}

// A title of the wrong kind is one error, not also "title is required".
func TestErrorFrontMatterTitleOfTheWrongKindIsOneError(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
weight: 1
title: [a, b]
---
`).errors(`content/en/a.md:3: front matter: title must be text, not a list`)
}

// Regression: an empty translationKey was read as the key "<nil>", which
// linked unrelated pages of two languages as translations of each other.
func TestErrorEmptyTranslationKey(t *testing.T) {
	buildSite(t, twoLangs+`
-- content/en/a.md --
---
title: A
translationKey:
---
-- content/fr/b.md --
---
title: B

translationKey: ""
---
`).errors(
		"content/en/a.md:3: front matter: translationKey is empty",
		"content/fr/b.md:4: front matter: translationKey is empty")
}

// A key given twice is an error at its second line.
func TestErrorFrontMatterKeyGivenTwice(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
title: B
---
`).errors(`content/en/a.md:3: invalid front matter: key "title" is already set at line 2`)
}
