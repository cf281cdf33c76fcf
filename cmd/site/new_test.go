package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func TestCheckPrintsPositionsForEditorsAndWritesNothing(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"site.yaml":         "languages: [{code: en}]\n",
		"layouts/page.html": "{{.Content}}",
		"content/en/a.md":   "---\ntitle: A\n---\nSee [b](b.md).\n",
		"content/en/c.md":   "---\nweight: x\n---\n",
	})
	code, _, stderr := runCLI(t, "check", "--source", dir)
	if code != 1 {
		t.Fatalf("exit %d, want 1", code)
	}
	want := []string{
		"content/en/a.md:4:5: link to missing page content/en/b.md",
		"content/en/c.md:1:1: front matter: title is required",
		`content/en/c.md:2:1: front matter: weight must be a whole number, not the text "x"`,
	}
	if got := strings.TrimSpace(stderr); got != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if _, err := os.Stat(filepath.Join(dir, "public")); !os.IsNotExist(err) {
		t.Errorf("check wrote public/")
	}
	os.WriteFile(filepath.Join(dir, "content/en/c.md"), []byte("---\ntitle: C\n---\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "content/en/b.md"), []byte("---\ntitle: B\n---\n"), 0o644)
	if code, stdout, stderr := runCLI(t, "check", "--source", dir); code != 0 || !strings.HasPrefix(stdout, "ok: 4 pages checked") {
		t.Errorf("good site: exit %d, %q %q", code, stdout, stderr)
	}
}

func TestNewPageFromArchetype(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"site.yaml":                     "languages: [{code: en}]\n",
		"layouts/page.html":             "{{.Content}}",
		"layouts/archetypes/actions.md": "---\ntitle: {{.Title}}\nweight: 100\n---\nWhat the letter asks ({{.Lang}}).\n",
	})
	code, stdout, stderr := runCLI(t, "new", "--source", dir, "content/en/actions/legal-action.md")
	if code != 0 || stdout != "created content/en/actions/legal-action.md\n" {
		t.Fatalf("exit %d %q %q", code, stdout, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/en/actions/legal-action.md"))
	if string(got) != "---\ntitle: Legal action\nweight: 100\n---\nWhat the letter asks (en).\n" {
		t.Errorf("page from the section's archetype:\n%s", got)
	}
	runCLI(t, "new", "--source", dir, "en/notes.md")
	got, _ = os.ReadFile(filepath.Join(dir, "content/en/notes.md"))
	if !regexp.MustCompile(`^---\ntitle: "Notes"\ndescription: ""\ndate: \d{4}-\d\d-\d\d\ndraft: true\n---\n`).Match(got) {
		t.Errorf("page from the built-in archetype:\n%s", got)
	}
	if code, _, stderr := runCLI(t, "new", "--source", dir, "content/en/notes.md"); code != 1 || !strings.Contains(stderr, "already exists") {
		t.Errorf("overwriting: exit %d %q", code, stderr)
	}
	if code, _, _ := runCLI(t, "new", "--source", dir, "notes.txt"); code != 2 {
		t.Errorf("a path that is not a page: exit %d, want 2", code)
	}
}

func TestNewTranslationStartsFromTheOriginal(t *testing.T) {
	dir := writeSite(t, map[string]string{
		"site.yaml":         "languages: [{code: en}, {code: fr}]\n",
		"layouts/page.html": "{{.Content}}",
		"content/en/a.md":   "---\ntitle: The letter\nweight: 2\n---\nText to translate.\n",
	})
	code, stdout, stderr := runCLI(t, "new", "--source", dir, "--translate", "fr", "content/en/a.md")
	if code != 0 || stdout != "created content/fr/a.md\n" {
		t.Fatalf("exit %d %q %q", code, stdout, stderr)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "content/fr/a.md"))
	if !regexp.MustCompile(`^---\ntitle: The letter\nweight: 2\ntranslationOf: "[0-9a-f]{12}"\n---\nText to translate.\n$`).Match(got) {
		t.Errorf("translation:\n%s", got)
	}
	// Marked as made from the current original: ok in the status table.
	code, stdout, _ = runCLI(t, "i18n", "--source", dir)
	if code != 0 || !regexp.MustCompile(`a\.md +original +ok`).MatchString(stdout) {
		t.Errorf("status after new --translate:\n%s", stdout)
	}
	if code, _, stderr := runCLI(t, "new", "--source", dir, "--translate", "fr", "content/en/a.md"); code != 1 || !strings.Contains(stderr, "already has a translation") {
		t.Errorf("second translation: exit %d %q", code, stderr)
	}
	if code, _, stderr := runCLI(t, "new", "--source", dir, "--translate", "de", "content/en/a.md"); code != 1 || !strings.Contains(stderr, `"de" is not a language`) {
		t.Errorf("unknown language: exit %d %q", code, stderr)
	}
}
