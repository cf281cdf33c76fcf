//go:build linux

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/sitetest"
)

// Regression: building onto a file system that filled up panicked in the
// write path ("slice bounds out of range [-1:]") and left
// .public.building-* behind. On a real 256 KiB tmpfs, a build of 1 MiB
// now ends with one "path: no space left on device" line and exit status
// 1, the temporary folder removed and the previous public/ as it was.
// Mounting needs root: the test skips without it.
func TestBuildOntoAFullDisk(t *testing.T) {
	if os.Geteuid() != 0 {
		t.Skip("mounting a small tmpfs needs root")
	}
	disk := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", disk).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a tmpfs: %v: %s", err, out)
	}
	t.Cleanup(func() {
		if out, err := exec.Command("umount", disk).CombinedOutput(); err != nil {
			t.Errorf("umount %s: %v: %s", disk, err, out)
		}
	})
	src := sitetest.Write(t, `
-- site.yaml --
baseURL: https://wazc.org/
languages: [{code: en}]
-- layouts/page.html --
<h1>{{.Title}}</h1>{{.Content}}
-- content/en/_index.md --
---
title: Home
---
`)
	body := strings.Repeat("Words that fill the disk. ", 2000) // 52 KB a page
	for i := range 20 {
		sitetest.WriteFile(t, src, "content/en/p"+string(rune('a'+i))+".md", []byte("---\ntitle: P\n---\n"+body))
	}
	dest := filepath.Join(disk, "public")
	if err := os.MkdirAll(dest, 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dest, "index.html"), []byte("previous"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := runCLI(t, "build", "--source", src, "--dest", dest)
	if code != 1 {
		t.Fatalf("exit %d, want 1\nstdout: %s\nstderr: %s", code, stdout, stderr)
	}
	if n := strings.Count(stderr, ": no space left on device"); n != 1 || !strings.Contains(stderr, dest+"/") {
		t.Errorf("want one %s/…: no space left on device line, got %d:\n%s", dest, n, stderr)
	}
	entries, _ := os.ReadDir(disk)
	if len(entries) != 1 || entries[0].Name() != "public" {
		t.Errorf("on the disk after the build: %v, want public/ alone", entries)
	}
	if b, err := os.ReadFile(filepath.Join(dest, "index.html")); string(b) != "previous" {
		t.Errorf("previous public/index.html: %q, %v", b, err)
	}
}
