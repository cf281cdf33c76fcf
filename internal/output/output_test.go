package output

import (
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"testing"
)

// A build writes from many goroutines into folders it makes as it goes;
// Commit replaces the old site, which leaves no trace.
func TestDirConcurrentWritesReplaceOldSite(t *testing.T) {
	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	os.MkdirAll(filepath.Join(dest, "old/deep"), 0o755)
	os.WriteFile(filepath.Join(dest, "old/deep/index.html"), []byte("old"), 0o644)

	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	for w := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 50 {
				name := fmt.Sprintf("en/sec-%d/page-%d/index.html", i%5, i)
				if err := d.WriteFile(name, []byte(name)); err != nil {
					t.Error(err)
				}
				if w == 0 {
					d.WriteFile(fmt.Sprintf("fr/p%d.html", i), []byte("x"))
				}
			}
		}()
	}
	wg.Wait()
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dest, "en/sec-3/page-13/index.html"))
	if err != nil || string(got) != "en/sec-3/page-13/index.html" {
		t.Fatalf("page: %q, %v", got, err)
	}
	if _, err := os.Stat(filepath.Join(dest, "old")); !os.IsNotExist(err) {
		t.Errorf("old site still there: %v", err)
	}
	entries, _ := os.ReadDir(parent)
	if len(entries) != 1 {
		t.Errorf("beside public/: %v, want nothing", entries)
	}
}

func TestDirRefusesNamesOutside(t *testing.T) {
	d, err := NewDir(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	for _, name := range []string{"../x.html", "/etc/x", "a/../../x", "a\\b", ""} {
		if err := d.WriteFile(name, nil); err == nil {
			t.Errorf("WriteFile(%q) succeeded", name)
		}
	}
}

// Writing through a symbolic link the build folder holds is refused: the
// file is opened without following links.
func TestDirDoesNotFollowLinks(t *testing.T) {
	if runtime.GOOS != "linux" {
		t.Skip("O_NOFOLLOW is used by the Linux writer only")
	}
	outside := filepath.Join(t.TempDir(), "target")
	os.WriteFile(outside, []byte("keep"), 0o644)
	d, err := NewDir(filepath.Join(t.TempDir(), "public"))
	if err != nil {
		t.Fatal(err)
	}
	defer d.Abort()
	if err := os.Symlink(outside, filepath.Join(d.tmp, "link.html")); err != nil {
		t.Skip(err)
	}
	if err := d.WriteFile("link.html", []byte("changed")); err == nil {
		t.Error("wrote through a symbolic link")
	}
	if b, _ := os.ReadFile(outside); string(b) != "keep" {
		t.Errorf("target now %q", b)
	}
}

// Commit removes whatever the old site held: page folders, folders with
// more than an index.html, deep trees, and symbolic links, which are
// removed without being followed.
func TestCommitRemovesEveryKindOfOldSite(t *testing.T) {
	parent := t.TempDir()
	outside := t.TempDir()
	os.WriteFile(filepath.Join(outside, "index.html"), []byte("keep"), 0o644)
	dest := filepath.Join(parent, "public")
	files := []string{
		"index.html",
		"en/a/index.html",
		"en/b/index.html", "en/b/photo.jpg",
		"en/c/d/e/index.html", "en/c/d/e/f/index.html",
		"fr/index.html",
	}
	for _, f := range files {
		os.MkdirAll(filepath.Join(dest, filepath.Dir(f)), 0o755)
		os.WriteFile(filepath.Join(dest, f), []byte(f), 0o644)
	}
	os.MkdirAll(filepath.Join(dest, "en/empty"), 0o755)
	if err := os.Symlink(outside, filepath.Join(dest, "en/link")); err != nil {
		t.Skip(err)
	}
	os.Symlink(outside, filepath.Join(dest, "top-link"))

	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	d.WriteFile("index.html", []byte("new"))
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(dest)
	if len(entries) != 1 {
		t.Errorf("public/ holds %v, want only the new index.html", entries)
	}
	if entries, _ := os.ReadDir(parent); len(entries) != 1 {
		t.Errorf("beside public/: %v, want nothing", entries)
	}
	if b, err := os.ReadFile(filepath.Join(outside, "index.html")); string(b) != "keep" {
		t.Errorf("a linked folder outside the site lost its file: %q, %v", b, err)
	}
}
