package sitetest_test

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/wazc/site/internal/sitetest"
)

func TestWriteLaysArchivesOutInOrder(t *testing.T) {
	dir := sitetest.Write(t, `
-- layouts/page.html --
base
-- layouts/section.html --
base section
`, `
-- layouts/page.html --
mine
-- content/en/deep/a.md --
---
title: A
---
`)
	for name, want := range map[string]string{
		"layouts/page.html":    "mine\n",
		"layouts/section.html": "base section\n",
		"content/en/deep/a.md": "---\ntitle: A\n---\n",
	} {
		got, err := os.ReadFile(filepath.Join(dir, name))
		if err != nil || string(got) != want {
			t.Errorf("%s: %q, %v; want %q", name, got, err, want)
		}
	}
}

func TestRepoCopiesTheRepositorysFiles(t *testing.T) {
	dir := sitetest.Write(t, "-- layouts/stale.html --\nold\n")
	sitetest.Repo(t, dir, "layouts", "site.yaml")
	if _, err := os.Stat(filepath.Join(dir, "layouts", "stale.html")); !os.IsNotExist(err) {
		t.Errorf("layouts/stale.html survived the copy of the repository's layouts: %v", err)
	}
	for _, name := range []string{"site.yaml", "layouts/baseof.html"} {
		want, err := os.ReadFile(filepath.Join("..", "..", name))
		if err != nil {
			t.Fatal(err)
		}
		if got, err := os.ReadFile(filepath.Join(dir, name)); err != nil || string(got) != string(want) {
			t.Errorf("%s differs from the repository's: %v", name, err)
		}
	}
}
