// Package sitetest lays out sites for tests: a whole tiny site is one
// txtar archive in the test (golang.org/x/tools/txtar), so what a test
// builds is visible where it is checked. Tests only: nothing else imports
// it.
//
//	dir := sitetest.Write(t, theme, `
//	-- site.yaml --
//	languages: [{code: en}]
//	-- content/en/a.md --
//	---
//	title: A
//	---
//	`)
//
// Archives are written in order, so a package's base theme can come first
// and a test replace any of its files. A test of the repository's own
// theme copies it in with Repo.
package sitetest

import (
	"os"
	"path/filepath"
	"testing"

	"golang.org/x/tools/txtar"
)

// Write writes the files of each archive into a new temporary folder, a
// later archive's file replacing an earlier one's, and returns the folder.
func Write(t testing.TB, archives ...string) string {
	t.Helper()
	dir := t.TempDir()
	for _, a := range archives {
		for _, f := range txtar.Parse([]byte(a)).Files {
			WriteFile(t, dir, f.Name, f.Data)
		}
	}
	return dir
}

// WriteFile writes one file of the site in dir, given its slash path from
// the site root, makes its folders, and returns its path.
func WriteFile(t testing.TB, dir, name string, data []byte) string {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

// Repo copies files and folders of this repository's own site ("layouts",
// "static", "content", "site.yaml": slash paths from the repository root)
// into dir, replacing what dir had there.
func Repo(t testing.TB, dir string, names ...string) {
	t.Helper()
	root := repoRoot(t)
	for _, name := range names {
		src := filepath.Join(root, filepath.FromSlash(name))
		dst := filepath.Join(dir, filepath.FromSlash(name))
		fi, err := os.Stat(src)
		if err != nil {
			t.Fatal(err)
		}
		if err := os.RemoveAll(dst); err != nil {
			t.Fatal(err)
		}
		if !fi.IsDir() {
			data, err := os.ReadFile(src)
			if err != nil {
				t.Fatal(err)
			}
			WriteFile(t, dir, name, data)
			continue
		}
		if err := os.CopyFS(dst, os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
	}
}

// repoRoot is the folder of go.mod above the test's working folder (its
// package's folder).
func repoRoot(t testing.TB) string {
	t.Helper()
	dir, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := os.Stat(filepath.Join(dir, "go.mod")); err == nil {
			return dir
		}
		up := filepath.Dir(dir)
		if up == dir {
			t.Fatal("sitetest: no go.mod above the working folder")
		}
		dir = up
	}
}
