package build_test

import (
	"encoding/xml"
	"strings"
	"testing"
	"time"
)

// atom is the part of RFC 4287 the feed must satisfy.
type atom struct {
	XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
	Lang    string   `xml:"http://www.w3.org/XML/1998/namespace lang,attr"`
	Title   string   `xml:"title"`
	ID      string   `xml:"id"`
	Updated string   `xml:"updated"`
	Author  struct {
		Name string `xml:"name"`
	} `xml:"author"`
	Links []struct {
		Rel  string `xml:"rel,attr"`
		Href string `xml:"href,attr"`
	} `xml:"link"`
	Entries []struct {
		Title   string `xml:"title"`
		ID      string `xml:"id"`
		Updated string `xml:"updated"`
		Summary string `xml:"summary"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
	} `xml:"entry"`
}

func TestFeedsPerLanguageNewestFirst(t *testing.T) {
	b := buildSite(t, `
-- site.yaml --
baseURL: https://example.org/
languages:
  - code: en
    title: Letters & notes
  - code: fr
  - code: ru
-- content/en/old.md --
---
title: Old <one>
date: 2023-08-14
description: The first.
---
-- content/en/new.md --
---
title: New
date: 2024-01-02T10:00:00Z
---
-- content/en/undated.md --
---
title: Undated
---
-- content/fr/old.md --
---
title: Ancien
date: 2023-08-14
---
-- content/ru/a.md --
---
title: Без даты
---
`).ok()
	var f atom
	if err := xml.Unmarshal([]byte(b.file("en/atom.xml")), &f); err != nil {
		t.Fatalf("en/atom.xml does not parse: %v", err)
	}
	if f.Lang != "en" || f.Title != "Letters & notes" || f.ID != "https://example.org/en/" || f.Author.Name == "" {
		t.Errorf("feed head: %+v", f)
	}
	if _, err := time.Parse(time.RFC3339, f.Updated); err != nil || f.Updated != "2024-01-02T10:00:00Z" {
		t.Errorf("updated = %q", f.Updated)
	}
	var self bool
	for _, l := range f.Links {
		self = self || l.Rel == "self" && l.Href == "https://example.org/en/atom.xml"
	}
	if !self {
		t.Errorf("no self link: %+v", f.Links)
	}
	if len(f.Entries) != 2 || f.Entries[0].Title != "New" || f.Entries[1].Title != "Old <one>" {
		t.Fatalf("entries: %+v", f.Entries)
	}
	e := f.Entries[1]
	if e.ID != "https://example.org/en/old/" || e.Link.Href != e.ID || e.Updated != "2023-08-14T00:00:00Z" || e.Summary != "The first." {
		t.Errorf("entry: %+v", e)
	}
	if !strings.Contains(b.file("fr/atom.xml"), `xml:lang="fr"`) {
		t.Error("no French feed")
	}
	b.absent("ru/atom.xml") // nothing dated in Russian
}
