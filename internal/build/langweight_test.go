package build_test

import "testing"

// languages[].weight was decoded and then ignored. The language menu and
// the root chooser now list languages by weight, as Hugo does, and
// without a defaultLanguage the lightest language is the default.
func TestLanguagesFollowTheirWeight(t *testing.T) {
	b := buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
title: Test
languages:
  - code: en
    weight: 3
  - code: fr
    weight: 1
  - code: ru
    weight: 2
-- layouts/i18n/fr.yaml --
fallbackNotice: Pas encore traduit
-- content/en/a.md --
---
title: A
---
-- content/fr/a.md --
---
title: A fr
---
-- content/ru/a.md --
---
title: A ru
---
`).ok()
	b.contains("en/a/index.html", `<nav class="langs"><a href="/fr/a/">fr</a>
<a href="/ru/a/">ru</a>
<a href="/en/a/">en</a>
</nav>`)
	b.contains("index.html", `<li dir="ltr"><a href="/fr/" hreflang="fr" lang="fr" data-default>Français</a><p lang="fr">Test</p></li>
<li dir="ltr"><a href="/ru/" hreflang="ru" lang="ru">Русский</a><p lang="ru">Test</p></li>
<li dir="ltr"><a href="/en/" hreflang="en" lang="en">English</a><p lang="en">Test</p></li>`)
}
