package serve_test

import (
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"testing"
	"time"

	"github.com/wazc/site/internal/serve"
)

func watch(t *testing.T) (string, *serve.Watcher) {
	t.Helper()
	return watchQuiet(t, 30*time.Millisecond)
}

func watchQuiet(t *testing.T, quiet time.Duration) (string, *serve.Watcher) {
	t.Helper()
	dir := t.TempDir()
	for _, d := range []string{"content/en", "layouts", "static"} {
		os.MkdirAll(filepath.Join(dir, d), 0o755)
	}
	w, err := serve.Watch(dir, quiet)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { w.Close() })
	return dir, w
}

// next returns the next report, failing after a while.
func next(t *testing.T, w *serve.Watcher) []string {
	t.Helper()
	select {
	case c := <-w.Changes:
		return c
	case <-time.After(5 * time.Second):
		t.Fatal("no change reported within 5 s")
	}
	return nil
}

// none asserts that nothing was reported: it saves a marker page and
// waits for its report, which must name that page alone. (A fixed wait
// here once passed on a machine too slow to deliver the stray report in
// time.)
func none(t *testing.T, dir string, w *serve.Watcher) {
	t.Helper()
	marker := "content/en/zz-marker.md"
	write(t, filepath.Join(dir, marker), fmt.Sprint(time.Now().UnixNano()))
	if got := next(t, w); len(got) != 1 || got[0] != marker {
		t.Fatalf("report %v, want only the marker %s", got, marker)
	}
}

func write(t *testing.T, p, data string) {
	t.Helper()
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestWatchSaveByRename(t *testing.T) {
	dir, w := watch(t)
	page := filepath.Join(dir, "content/en/a.md")
	write(t, page, "one")
	next(t, w)
	// What many editors do: write a temporary file, rename it over.
	write(t, page+".tmp", "two")
	if err := os.Rename(page+".tmp", page); err != nil {
		t.Fatal(err)
	}
	if got := next(t, w); !reflect.DeepEqual(got, []string{"content/en/a.md"}) {
		t.Errorf("got %v", got)
	}
}

func TestWatchNewNestedFoldersAfterStart(t *testing.T) {
	dir, w := watch(t)
	write(t, filepath.Join(dir, "content/en/new/deeper/a.md"), "x")
	got := next(t, w)
	if !contains(got, "content/en/new/deeper/a.md") {
		t.Fatalf("new file in a new folder not reported: %v", got)
	}
	write(t, filepath.Join(dir, "content/en/new/deeper/b.md"), "y")
	if got := next(t, w); !contains(got, "content/en/new/deeper/b.md") {
		t.Errorf("later file in the new folder not reported: %v", got)
	}
	// A folder renamed into place, as a checkout does, with files already in it.
	other := filepath.Join(t.TempDir(), "moved")
	write(t, filepath.Join(other, "sub/c.md"), "z")
	if err := os.Rename(other, filepath.Join(dir, "content/en/moved")); err != nil {
		t.Skip("cannot rename across file systems here:", err)
	}
	if got := next(t, w); !contains(got, "content/en/moved/sub/c.md") && !contains(got, "content/en/moved") {
		t.Errorf("renamed-in folder not reported: %v", got)
	}
	write(t, filepath.Join(dir, "content/en/moved/sub/d.md"), "w")
	if got := next(t, w); !contains(got, "content/en/moved/sub/d.md") {
		t.Errorf("file in a renamed-in folder not watched: %v", got)
	}
}

func TestWatchBurstIsOneReport(t *testing.T) {
	// A longer quiet period than the server's: on a loaded machine a pause
	// in the test's own writing must not read as the end of the burst.
	dir, w := watchQuiet(t, 150*time.Millisecond)
	for i := 0; i < 200; i++ {
		write(t, filepath.Join(dir, fmt.Sprintf("content/en/p%03d.md", i)), "x")
	}
	got := next(t, w)
	if len(got) != 200 {
		t.Errorf("first report has %d files, want all 200", len(got))
	}
	none(t, dir, w)
}

func TestWatchIgnoresEditorFiles(t *testing.T) {
	dir, w := watch(t)
	for _, name := range []string{".a.md.swp", "a.md.swx", "a.md~", ".#a.md", "#a.md#", "4913", "a.md.tmp", "a.md___jb_tmp___", "a.md___jb_old___"} {
		write(t, filepath.Join(dir, "content/en", name), "x")
	}
	none(t, dir, w)
	write(t, filepath.Join(dir, "public/x.html"), "not watched")
	write(t, filepath.Join(dir, "README.md"), "not watched")
	none(t, dir, w)
	write(t, filepath.Join(dir, "site.yaml"), "watched")
	if got := next(t, w); !reflect.DeepEqual(got, []string{"site.yaml"}) {
		t.Errorf("got %v", got)
	}
}

func TestWatchFolderDeleted(t *testing.T) {
	dir, w := watch(t)
	write(t, filepath.Join(dir, "content/en/s/a.md"), "x")
	next(t, w)
	if err := os.RemoveAll(filepath.Join(dir, "content/en/s")); err != nil {
		t.Fatal(err)
	}
	if got := next(t, w); !contains(got, "content/en/s") && !contains(got, "content/en/s/a.md") {
		t.Errorf("deletion not reported: %v", got)
	}
	for _, d := range w.Dirs() {
		if d == "content/en/s" {
			t.Errorf("deleted folder still watched")
		}
	}
	// The folder can come back.
	write(t, filepath.Join(dir, "content/en/s/b.md"), "y")
	if got := next(t, w); !contains(got, "content/en/s/b.md") {
		t.Errorf("recreated folder not watched: %v", got)
	}
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
