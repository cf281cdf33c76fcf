package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// runCLI runs the command line with args and returns its exit code and
// output.
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

// writeSite creates a site in a temporary folder from a map of slash paths
// to contents.
func writeSite(t *testing.T, files map[string]string) string {
	t.Helper()
	root := t.TempDir()
	for name, text := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

func TestExitCodes(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string // in stdout when the code is 0, stderr otherwise
	}{
		{[]string{"version"}, 0, "site "},
		{[]string{"help"}, 0, "Usage:"},
		{[]string{"--help"}, 0, "Usage:"},
		{[]string{"help", "build"}, 0, "Usage: site build"},
		{[]string{"build", "-h"}, 0, "Usage: site build"},
		{[]string{"i18n", "-h"}, 0, "Usage: site i18n"},
		{[]string{}, 2, "Usage:"},
		{[]string{"frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"help", "frobnicate"}, 2, `unknown command "frobnicate"`},
		{[]string{"build", "--no-such-flag"}, 2, "no-such-flag"},
		{[]string{"i18n", "--format", "xml"}, 2, "want text or json"},
		{[]string{"build", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"version", "extra"}, 2, `unexpected argument "extra"`},
		{[]string{"i18n", "mark"}, 2, "name the translations to mark"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			code, stdout, stderr := runCLI(t, tc.args...)
			if code != tc.code {
				t.Fatalf("exit %d, want %d\nstdout: %s\nstderr: %s", code, tc.code, stdout, stderr)
			}
			where := stdout
			if code != 0 {
				where = stderr
			}
			if !strings.Contains(where, tc.out) {
				t.Errorf("want %q in output, got\nstdout: %s\nstderr: %s", tc.out, stdout, stderr)
			}
		})
	}
}

// Help goes to stdout once; a bad flag's message and the usage go to
// stderr once.
func TestUsagePrintedOnce(t *testing.T) {
	code, stdout, stderr := runCLI(t, "build", "-h")
	if code != 0 || strings.Count(stdout, "Usage: site build") != 1 || stderr != "" {
		t.Errorf("build -h: exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	code, stdout, stderr = runCLI(t, "build", "--no-such-flag")
	if code != 2 || strings.Count(stderr, "Usage: site build") != 1 || strings.Count(stderr, "no-such-flag") != 1 || stdout != "" {
		t.Errorf("build --no-such-flag: exit %d\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
}

const oneLangSite = "languages: [{code: en}]\n"

func TestBuildReportsBrokenFrontMatter(t *testing.T) {
	src := writeSite(t, map[string]string{
		"site.yaml":         oneLangSite,
		"layouts/page.html": "{{.Title}}",
		"content/en/a.md":   "---\ntitle: A\nweight: [1\n---\nBody.\n",
	})
	dest := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCLI(t, "build", "--source", src, "--dest", dest)
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if !regexp.MustCompile(`(?m)^content/en/a\.md:\d+: \S`).MatchString(stderr) {
		t.Errorf("no path:line: message line for content/en/a.md in stderr:\n%s", stderr)
	}
	if !strings.Contains(stderr, "nothing was written") {
		t.Errorf("stderr does not say nothing was written:\n%s", stderr)
	}
	if _, err := os.Stat(dest); err == nil {
		t.Errorf("a failed build created %s", dest)
	}
}

func TestBuildUnclosedFrontMatterLine(t *testing.T) {
	src := writeSite(t, map[string]string{
		"site.yaml":         oneLangSite,
		"layouts/page.html": "{{.Title}}",
		"content/en/a.md":   "---\ntitle: A\nBody.\n",
	})
	code, _, stderr := runCLI(t, "build", "--source", src, "--dest", filepath.Join(t.TempDir(), "out"))
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstderr: %s", code, stderr)
	}
	if !strings.Contains(stderr, "content/en/a.md:1: front matter opened here is never closed") {
		t.Errorf("stderr:\n%s", stderr)
	}
}

func TestBuildGoodSite(t *testing.T) {
	src := writeSite(t, map[string]string{
		"site.yaml":            oneLangSite,
		"layouts/page.html":    "<h1>{{.Title}}</h1>",
		"content/en/_index.md": "---\ntitle: Home\n---\nHello.\n",
	})
	dest := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCLI(t, "build", "--source", src, "--dest", dest)
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if !strings.HasPrefix(stdout, "pages: en 1;") || strings.Count(stdout, "\n") != 1 {
		t.Errorf("stdout is not one summary line starting with %q:\n%s", "pages: en 1;", stdout)
	}
	if stderr != "" {
		t.Errorf("stderr: %s", stderr)
	}
	b, err := os.ReadFile(filepath.Join(dest, "en", "index.html"))
	if err != nil {
		t.Fatal(err)
	}
	if string(b) != "<h1>Home</h1>" {
		t.Errorf("en/index.html = %q", b)
	}
}

// twoLangSite has a page in English only.
func twoLangSite(t *testing.T) string {
	return writeSite(t, map[string]string{
		"site.yaml":            "languages: [{code: en}, {code: fr}]\n",
		"layouts/page.html":    "{{.Title}}",
		"content/en/_index.md": "---\ntitle: Home\n---\n",
		"content/fr/_index.md": "---\ntitle: Accueil\n---\n",
		"content/en/a.md":      "---\ntitle: A\n---\nOnly in English.\n",
	})
}

func TestI18nJSON(t *testing.T) {
	src := twoLangSite(t)
	code, stdout, stderr := runCLI(t, "i18n", "--source", src, "--format", "json")
	if code != 0 {
		t.Fatalf("exit %d, want 0\nstderr: %s", code, stderr)
	}
	var rep struct {
		Languages []string `json:"languages"`
		Pages     []struct {
			Page   string            `json:"page"`
			Status map[string]string `json:"status"`
		} `json:"pages"`
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("stdout is not JSON: %v\n%s", err, stdout)
	}
	if strings.Join(rep.Languages, ",") != "en,fr" {
		t.Errorf("languages %v", rep.Languages)
	}
	found := false
	for _, p := range rep.Pages {
		if p.Page == "a.md" {
			found = true
			if p.Status["fr"] != "missing" {
				t.Errorf("a.md in fr is %q, want missing", p.Status["fr"])
			}
		}
	}
	if !found {
		t.Errorf("no a.md in %s", stdout)
	}
}

func TestI18nStrict(t *testing.T) {
	src := twoLangSite(t)
	if code, _, stderr := runCLI(t, "i18n", "--source", src); code != 0 {
		t.Errorf("without --strict: exit %d, want 0\nstderr: %s", code, stderr)
	}
	code, stdout, stderr := runCLI(t, "i18n", "--source", src, "--strict")
	if code != 1 {
		t.Fatalf("with --strict: exit %d, want 1\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if !strings.Contains(stdout, "a.md") {
		t.Errorf("the report does not list a.md:\n%s", stdout)
	}
	if !strings.Contains(stderr, "missing or stale") {
		t.Errorf("stderr: %s", stderr)
	}
}

func TestI18nStrictPassesWhenComplete(t *testing.T) {
	src := writeSite(t, map[string]string{
		"site.yaml":            "languages: [{code: en}, {code: fr}]\n",
		"layouts/page.html":    "{{.Title}}",
		"content/en/_index.md": "---\ntitle: Home\n---\n",
		"content/fr/_index.md": "---\ntitle: Accueil\n---\n",
	})
	if code, stdout, stderr := runCLI(t, "i18n", "--source", src, "--strict"); code != 0 {
		t.Errorf("exit %d, want 0\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
}
