package build_test

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/sitetest"
)

func TestHostileFrontMatterShapes(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/empty.md --
-- content/en/blank.md --
   

-- content/en/only.md --
---
title: Front matter only
---
-- content/en/emptyfm.md --
---
---
-- content/en/open.md --
---
title: Never closed
description: the body follows but no --- ever comes

Text.
-- content/en/toml.md --
+++
title = "TOML"
+++
Text.
`)
	b.errors(
		"content/en/blank.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line",
		"content/en/empty.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line",
		"content/en/emptyfm.md:1: front matter: title is required",
		"content/en/open.md:1: front matter opened here is never closed with a --- line",
		"content/en/toml.md:1: TOML front matter (+++) is not supported: use YAML between --- lines",
	)
}

func TestHostileFrontMatterOnly(t *testing.T) {
	dir := site(t, oneLang)
	for name, src := range map[string]string{
		"lf.md":     "---\ntitle: LF\n---\n",
		"noeol.md":  "---\ntitle: No EOL\n---",
		"crlf.md":   "---\r\ntitle: CRLF\r\n---\r\n",
		"dots.md":   "---\ntitle: Dots\n...\n",
		"spaces.md": "---  \ntitle: Spaces\n---\t\n",
	} {
		sitetest.WriteFile(t, dir, "content/en/"+name, []byte(src))
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	for stem, title := range map[string]string{"lf": "LF", "noeol": "No EOL", "crlf": "CRLF", "dots": "Dots", "spaces": "Spaces"} {
		b.contains("en/"+stem+"/index.html", "<h1>"+title+"</h1>", `<div lang="en"></div>`)
	}
}

// An unterminated block stays an error at line 1 however much follows.
func TestHostileUnterminatedFrontMatterInHugeFile(t *testing.T) {
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/open.md", append([]byte("---\ntitle: Open\n"), bytes.Repeat([]byte("key: value\n"), 500000)...))
	buildWithLimit(t, dir, 30*time.Second, nil).errors("content/en/open.md:1: front matter opened here is never closed with a --- line")
}

// Binary files named .md: a PNG, random bytes with NULs and invalid UTF-8
// after a valid start, and NULs that are valid UTF-8.
func TestHostileBinaryFiles(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 64<<10)
	rnd.Read(random)
	random[0], random[1] = 0, 0xff // NUL, then an invalid byte at once
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/image.md", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random...))
	sitetest.WriteFile(t, dir, "content/en/tail.md", append([]byte("---\ntitle: Tail\n---\nok\n"), random...))
	sitetest.WriteFile(t, dir, "content/en/nul.md", []byte("\x00\x00\x00\x00"))
	sitetest.WriteFile(t, dir, "content/en/nulfm.md", []byte("---\ntitle: a\x00b\n---\n"))
	buildWithLimit(t, dir, 10*time.Second, nil).errors(
		"content/en/image.md:1: invalid UTF-8: pages must be UTF-8 text",
		"content/en/nul.md:1: missing front matter",
		"content/en/nulfm.md:2: invalid front matter: control characters are not allowed",
		"content/en/tail.md:5: invalid UTF-8: pages must be UTF-8 text",
	)
}

// A NUL in the body is valid UTF-8: CommonMark replaces it with U+FFFD, and
// no NUL reaches the output.
func TestHostileNULInBody(t *testing.T) {
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/nul.md", []byte("---\ntitle: NUL\n---\nbefore\x00after\n"))
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	page := b.file("en/nul/index.html")
	if strings.Contains(page, "\x00") || !strings.Contains(page, "before\ufffdafter") {
		t.Errorf("NUL in the body: %q", page)
	}
}

// Regression: the walk took every non-folder, non-link entry named *.md
// as a page and os.ReadFile opened it: a named pipe (left by a tool, or
// made on purpose) blocked the open forever, and with it the build, or the
// dev server's rebuild loop. The same held for a pipe in static/. It is
// now refused or skipped with a message at its path.
func TestHostileNamedPipeDoesNotHangTheBuild(t *testing.T) {
	for _, name := range []string{"content/en/pipe.md", "static/pipe.txt"} {
		t.Run(name, func(t *testing.T) {
			dir := site(t, hostileHome)
			fifo := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(fifo), 0o755)
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Skipf("cannot make a named pipe: %v", err)
			}
			// On a timeout, open the pipe for writing and close it, so the
			// blocked reader sees end of file and its goroutine ends.
			unblock := func() {
				if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
					f.Close()
				}
			}
			b := buildWithLimit(t, dir, 10*time.Second, unblock)
			for _, e := range append(ferr.Errors(b.err), warningErrors(b.warnings)...) {
				if strings.HasPrefix(e.Error(), name+": ") {
					t.Logf("reported: %v", e)
					return
				}
			}
			t.Errorf("named pipe %s not reported; errors: %v; warnings: %q", name, b.err, b.warnings)
		})
	}
}

func warningErrors(msgs []string) []error {
	var out []error
	for _, m := range msgs {
		out = append(out, errors.New(m))
	}
	return out
}

// A file nobody can read is an error at its path. chmod does not stop
// root, so as root the build runs in a child process (this test binary)
// as user nobody; the test skips if the system does not allow that.
func TestHostileUnreadableFile(t *testing.T) {
	const want = "content/en/secret.md: cannot read: permission denied"
	if os.Geteuid() != 0 {
		dir := site(t, hostileHome)
		p := sitetest.WriteFile(t, dir, "content/en/secret.md", []byte("---\ntitle: Secret\n---\n"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o644) })
		buildWithLimit(t, dir, 10*time.Second, nil).errors(want)
		return
	}
	// As root: a folder everyone can enter, holding the site and a copy of
	// this binary, run as nobody.
	top, err := os.MkdirTemp("", "hostile-unreadable-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(top) })
	if err := os.Chmod(top, 0o755); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary: %v", err)
	}
	bin, _ := os.ReadFile(exe)
	if err := os.WriteFile(filepath.Join(top, "test.bin"), bin, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(top, "site")
	for _, f := range []struct{ name, data string }{
		{"site.yaml", "baseURL: https://example.org/\nlanguages:\n  - code: en\n"},
		{"layouts/page.html", "{{.Title}}"},
		{"content/en/_index.md", "---\ntitle: Home\n---\n"},
		{"content/en/secret.md", "---\ntitle: Secret\n---\n"},
	} {
		sitetest.WriteFile(t, dir, f.name, []byte(f.data))
	}
	if err := os.Chmod(filepath.Join(dir, "content/en/secret.md"), 0); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(top, "test.bin"), "-test.run=^TestHostileUnreadableFileChild$", "-test.v")
	cmd.Env = append(os.Environ(), "HOSTILE_UNREADABLE_SITE="+dir)
	cmd.Dir = top
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if strings.Contains(string(out), "CHILD-SAW-THE-FILE") {
		t.Skipf("the child, as nobody, could still read the file (%s)", out)
	}
	if err != nil && !strings.Contains(string(out), "--- ") {
		t.Skipf("cannot run the build as user nobody: %v\n%s", err, out)
	}
	if err != nil || !strings.Contains(string(out), "CHILD-ERRORS: "+want+"\n") {
		t.Errorf("build as nobody: %v\n%s", err, out)
	}
}

// TestHostileUnreadableFileChild is TestHostileUnreadableFile's child.
func TestHostileUnreadableFileChild(t *testing.T) {
	dir := os.Getenv("HOSTILE_UNREADABLE_SITE")
	if dir == "" {
		t.Skip("run by TestHostileUnreadableFile")
	}
	if _, err := os.ReadFile(filepath.Join(dir, "content/en/secret.md")); err == nil {
		fmt.Println("CHILD-SAW-THE-FILE")
		return
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil)
	fmt.Printf("CHILD-ERRORS: %v\n", b.err)
}
