package build_test

import "testing"

func TestErrorInvalidYAML(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
weight: [1
---
`).errors("content/en/a.md:3: invalid front matter:")
}

func TestErrorMissingTitle(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
description: no title
---
-- content/en/b.md --
---
title: ""
---
`).errors(
		"content/en/a.md:1: front matter: title is required",
		"content/en/b.md:2: front matter: title is required")
}

func TestErrorWrongTypeForKnownKey(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
weight: heavy
draft: perhaps
aliases: 3
date: yesterday
---
`).errors(
		`content/en/a.md:3: front matter: weight must be a whole number, not the text "heavy"`,
		`content/en/a.md:4: front matter: draft must be true or false, not the text "perhaps"`,
		`content/en/a.md:5: front matter: aliases must be a list of paths, not the number 3`,
		`content/en/a.md:6: front matter: date "yesterday": want YYYY-MM-DD or RFC 3339`)
}

func TestErrorFrontMatterShape(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/none.md --
Just text.
-- content/en/open.md --
---
title: Never closed
-- content/en/toml.md --
+++
title = "TOML"
+++
`).errors(
		"content/en/none.md:1: missing front matter",
		"content/en/open.md:1: front matter opened here is never closed",
		"content/en/toml.md:1: TOML front matter (+++) is not supported")
}

func TestErrorTwoPagesClaimOneURL(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
---
-- content/en/b.md --
---
title: B
slug: a
---
-- content/en/c.md --
---
title: C
aliases: [/en/a/]
---
`).errors(
		"content/en/b.md:3: en/a/index.html: the same URL as content/en/a.md",
		"content/en/c.md:3: en/a/index.html: the same URL as content/en/a.md")
}

func TestErrorURLsThatDifferOnlyInCase(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/About.md --
---
title: A
---
-- content/en/about.md --
---
title: B
---
`).errors("content/en/about.md: en/about/index.html: a URL that differs only in case (en/About/index.html)")
}

func TestErrorLinkToMissingPageOrAnchor(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
---
Intro.

See [gone](gone.md) and
[the anchor](b.md#nowhere), [here](#nope) and [fine](b.md#there).
-- content/en/b.md --
---
title: B
---
## There
`).errors(
		"content/en/a.md:6:5: link to missing page content/en/gone.md",
		"content/en/a.md:7:1: link to missing anchor #nowhere in content/en/b.md",
		"content/en/a.md:7:29: link to missing anchor #nope in this page")
}

func TestErrorTemplateParse(t *testing.T) {
	buildSite(t, oneLang+`
-- layouts/page.html --
{{define "main"}}
<h1>{{.Title}</h1>
{{end}}
-- content/en/a.md --
---
title: A
---
`).errors(`layouts/page.html:2: bad character U+007D '}'`)
}

func TestErrorTemplateExecution(t *testing.T) {
	buildSite(t, oneLang+`
-- layouts/page.html --
{{define "main"}}
<h1>{{.Title}}</h1>
<p>{{.NoSuchField}}</p>
{{end}}
-- content/en/a.md --
---
title: A
---
`).errors(`layouts/page.html:3:6: executing "main" at <.NoSuchField>: can't evaluate field NoSuchField`)
}

func TestErrorUnknownLayout(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
layout: fancy
---
`).errors(`content/en/a.md:3: unknown layout "fancy": there is no layouts/fancy.html`)
}

func TestErrorPathsThatWouldLeaveTheOutput(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/a.md --
---
title: A
slug: ../../etc
---
-- content/en/b.md --
---
title: B
url: /../../outside/
---
-- content/en/c.md --
---
title: C
aliases: ['..\..\evil', "/ok/%2e%2e/%2e%2e/x", "https://elsewhere.example/"]
---
-- content/en/d.md --
---
title: D
url: "/nul\0byte/"
---
`).errors(
		`content/en/a.md:3: slug "../../etc": must be one URL segment, without /`,
		`content/en/b.md:3: url "/../../outside/": must not contain "." or ".." segments`,
		`content/en/c.md:3: alias "..\\..\\evil": must not contain a backslash`,
		`content/en/c.md:3: alias "/ok/%2e%2e/%2e%2e/x": must not contain "." or ".." segments`,
		`content/en/c.md:3: alias "https://elsewhere.example/": must be a path on this site`,
		`content/en/d.md:3: url "/nul\x00byte/": must not contain a NUL byte`)
}

func TestErrorInvalidUTF8(t *testing.T) {
	buildSite(t, oneLang+"-- content/en/a.md --\n---\ntitle: A\n---\nok\nbad \xff\n").
		errors("content/en/a.md:5: invalid UTF-8")
}

func TestErrorsAreCollectedAndSorted(t *testing.T) {
	buildSite(t, oneLang+`
-- content/en/b.md --
---
title: B
---
[x](missing.md)
-- content/en/a.md --
---
weight: x
---
`).errors(
		"content/en/a.md:1: front matter: title is required",
		"content/en/a.md:2: front matter: weight must be a whole number",
		"content/en/b.md:4:1: link to missing page content/en/missing.md")
}

func TestErrorUnknownConfigKey(t *testing.T) {
	buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
titel: typo
languages:
  - code: en
    nmae: English
`).errors(
		"site.yaml:2: unknown key titel in Config",
		"site.yaml:5: unknown key nmae in Language")
}
