// Package newpage creates pages for editors: a new page from an archetype,
// or the translation of an existing page, prefilled so that the translator
// starts from the original's text and the page records which version of
// the original it translates (see package translation).
//
// An archetype is a text/template in layouts/archetypes/: <section>.md for
// pages of that top-level section, else default.md, else a built-in one.
// It gets .Title (from the file name), .Date (today, YYYY-MM-DD), .Lang and
// .Section.
package newpage

import (
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"
	"text/template"
	"time"

	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/frontmatter"
)

// ArchetypeDir holds the archetypes, relative to the site root.
const ArchetypeDir = "layouts/archetypes"

const builtin = `---
title: {{printf "%q" .Title}}
description: ""
date: {{.Date}}
draft: true
---

`

// Rel checks that p names a Markdown page under content/<lang>/ and returns
// it as a slash path from the site root, with the language and the path
// inside the language folder.
func Rel(root, p string) (rel, lang, inLang string, err error) {
	if abs, aerr := filepath.Abs(p); aerr == nil {
		if absRoot, rerr := filepath.Abs(root); rerr == nil {
			if r, err := filepath.Rel(absRoot, abs); err == nil && !strings.HasPrefix(r, "..") {
				p = r
			}
		}
	}
	rel = filepath.ToSlash(filepath.Clean(p))
	if !strings.HasPrefix(rel, "content/") {
		rel = "content/" + rel
	}
	parts := strings.SplitN(rel, "/", 3)
	if len(parts) < 3 || !strings.HasSuffix(rel, ".md") || strings.Contains(rel, "/../") {
		return "", "", "", fmt.Errorf("%s: want a page path such as content/en/section/page.md", p)
	}
	return rel, parts[1], parts[2], nil
}

// New creates the page at rel (from Rel) from its archetype and returns
// the file it wrote.
func New(root, rel, lang, inLang string, now time.Time) (string, error) {
	file := filepath.Join(root, filepath.FromSlash(rel))
	if _, err := os.Stat(file); err == nil {
		return "", fmt.Errorf("%s already exists", rel)
	}
	section := ""
	if i := strings.IndexByte(inLang, '/'); i > 0 {
		section = inLang[:i]
	}
	src := builtin
	for _, name := range []string{section + ".md", "default.md"} {
		if name == ".md" {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, ArchetypeDir, name))
		if err == nil {
			src = string(b)
			break
		}
		if !errors.Is(err, fs.ErrNotExist) {
			return "", err
		}
	}
	t, err := template.New("archetype").Parse(src)
	if err != nil {
		return "", fmt.Errorf("%s: %v", ArchetypeDir, err)
	}
	name := strings.TrimSuffix(path.Base(inLang), ".md")
	if name == "_index" {
		name = path.Base(path.Dir(inLang))
		if name == "." {
			name = lang
		}
	}
	var buf bytes.Buffer
	err = t.Execute(&buf, map[string]string{"Title": content.Humanize(name), "Date": now.Format("2006-01-02"), "Lang": lang, "Section": section})
	if err != nil {
		return "", err
	}
	return rel, write(file, buf.Bytes())
}

// Translate creates the translation into lang of the page orig (a loaded
// page): the same path under content/<lang>/, the original's file with
// translationOf set to the original's digest in its front matter
// (frontmatter.Set), and its text to translate.
func Translate(root string, orig *content.Page, lang string) (string, error) {
	if orig.Path == "" {
		return "", fmt.Errorf("no such page")
	}
	if orig.Lang.Code == lang {
		return "", fmt.Errorf("%s is already in %s", orig.Path, lang)
	}
	if t := orig.Translation(lang); t != nil && !t.Fallback {
		return "", fmt.Errorf("%s already has a translation into %s: %s", orig.Path, lang, t.Path)
	}
	rel := "content/" + lang + "/" + orig.Rel
	file := filepath.Join(root, filepath.FromSlash(rel))
	if _, err := os.Stat(file); err == nil {
		return "", fmt.Errorf("%s already exists", rel)
	}
	src, err := os.ReadFile(filepath.Join(root, filepath.FromSlash(orig.Path)))
	if err != nil {
		return "", err
	}
	out, err := frontmatter.Set(orig.Path, content.Normalize(src), "translationOf", strconv.Quote(orig.Digest))
	if err != nil {
		return "", err
	}
	return rel, write(file, out)
}

func write(file string, data []byte) error {
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(file, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	if _, err := f.Write(data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}
