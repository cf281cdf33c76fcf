package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

func TestI18nCommandLine(t *testing.T) {
	for _, tc := range []struct {
		args []string
		code int
		out  string // in stdout when the code is 0, stderr otherwise
	}{
		{[]string{"i18n", "help"}, 0, "site i18n diff"},
		{[]string{"i18n", "diff", "--color", "pink"}, 2, "want auto, always or never"},
		{[]string{"i18n", "export", "--lang", "fr", "--format", "csv"}, 2, "want po or xliff"},
		{[]string{"i18n", "import"}, 2, "name one file"},
		{[]string{"i18n", "mark", "--minor"}, 2, "the edited original"},
	} {
		code, stdout, stderr := runCLI(t, tc.args...)
		out := stdout
		if tc.code != 0 {
			out = stderr
		}
		if code != tc.code || !strings.Contains(out, tc.out) {
			t.Errorf("site %s: exit %d, output %q; want %d and %q", strings.Join(tc.args, " "), code, out, tc.code, tc.out)
		}
	}
}

// TestI18nFromStaleToImport is a translator's session: status, diff,
// export, import, status.
func TestI18nFromStaleToImport(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("skipping: no git installed")
	}
	dir := writeSite(t, map[string]string{
		"site.yaml":            "baseURL: https://example.org/\ntitle: T\ndefaultLanguage: en\nlanguages:\n  - code: en\n  - code: fr\n",
		"content/en/_index.md": "---\ntitle: Home\n---\nOne.\n\nTwo.\n",
		"content/fr/_index.md": "---\ntitle: Accueil\n---\nUn.\n\nDeux.\n",
	})
	git := func(args ...string) {
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=T", "-c", "user.email=t@example.org"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	git("init", "-q")
	if code, _, stderr := runCLI(t, "i18n", "mark", "--source", dir, filepath.Join(dir, "content/fr")); code != 0 {
		t.Fatal(stderr)
	}
	git("add", "-A")
	git("commit", "-qm", "site")
	os.WriteFile(filepath.Join(dir, "content/en/_index.md"), []byte("---\ntitle: Home\n---\nOne.\n\nTwo and a half.\n"), 0o644)

	_, stdout, _ := runCLI(t, "i18n", "--source", dir)
	if !strings.Contains(stdout, "stale (1 of 3 blocks changed)") {
		t.Errorf("site i18n:\n%s", stdout)
	}
	_, stdout, _ = runCLI(t, "i18n", "diff", "--source", dir)
	for _, want := range []string{"old: Two.", "new: Two {+and a half+}.", "Deux."} {
		if !strings.Contains(stdout, want) {
			t.Errorf("site i18n diff lacks %q:\n%s", want, stdout)
		}
	}
	po := filepath.Join(dir, "fr.po")
	if code, _, stderr := runCLI(t, "i18n", "export", "--source", dir, "--lang", "fr", "--out", po); code != 0 {
		t.Fatal(stderr)
	}
	src, _ := os.ReadFile(po)
	filled := strings.Replace(strings.Replace(string(src), "#, fuzzy\n", "", 1), `msgstr "Deux."`, `msgstr "Deux et demi."`, 1)
	os.WriteFile(po, []byte(filled), 0o644)
	if code, stdout, stderr := runCLI(t, "i18n", "import", "--source", dir, po); code != 0 || !strings.Contains(stdout, "wrote content/fr/_index.md") {
		t.Fatalf("import: %d\n%s%s", code, stdout, stderr)
	}
	_, stdout, _ = runCLI(t, "i18n", "--source", dir)
	if !strings.Contains(stdout, "total ok") || strings.Contains(stdout, "stale") {
		t.Errorf("after import:\n%s", stdout)
	}
}
