package build_test

import (
	"strings"
	"testing"
)

// Regression: "{: #id}" under a heading changed the tag's id only: the
// table of contents linked to the id made from the text, and a link to
// that old id passed the anchor check.
func TestHeadingIDFromBlockAttributeIsUsedEverywhere(t *testing.T) {
	const pages = oneLang + `search: true
-- layouts/page.html --
{{define "main"}}<nav class="toc">{{.TOC}}</nav>{{.Content}}{{end}}
-- content/en/a.md --
---
title: A
---
## Legal action

{: #legal}

Text.

## Notes

Text.
`
	b := buildSite(t, pages+`
-- content/en/b.md --
---
title: B
---
[legal](a.md#legal)
`).ok()
	b.contains("en/a/index.html", `<a href="#legal">Legal action</a>`, `<h2 id="legal">Legal action</h2>`)
	b.lacks("en/a/index.html", `#legal-action`)
	// Search's sub-results link to the headings by the ids render gives.
	var index strings.Builder
	for name, data := range b.files {
		if strings.HasPrefix(name, "en/") && strings.Contains(name, "search") {
			index.Write(data)
		}
	}
	if !strings.Contains(index.String(), `legal`) || strings.Contains(index.String(), `legal-action`) {
		t.Errorf("the search index does not link to the heading as #legal:\n%.400s", index.String())
	}
	buildSite(t, pages+`
-- content/en/b.md --
---
title: B
---
[legal](a.md#legal-action)
`).errors(`content/en/b.md:4:1: link to missing anchor #legal-action in content/en/a.md`)
}
