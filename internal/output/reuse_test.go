package output

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// A warm build writes what changed and takes the rest from the site it
// replaces; the stamps it records are the files' as they end up in the
// destination, whether it wrote, linked or could not find them.
func TestReuseLinksTheRestAndStampsThem(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"en/a/index.html", "en/b/index.html", "fr/c/index.html"} {
		if err := first.WriteFile(name, []byte("old "+name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	names := []string{"en/a/index.html", "en/b/index.html", "fr/c/index.html"}
	before, _ := Stamps(dest, names)
	last := map[string]Stamp{}
	for i, name := range names {
		last[name] = before[i]
	}

	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("en/a/index.html", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if err := d.Reuse(names); err != nil {
		t.Fatal(err)
	}
	if err := d.Reuse([]string{"en/gone/index.html"}); err == nil || !strings.Contains(err.Error(), "public/en/gone/index.html: cannot reuse") {
		t.Errorf("a file the last build did not leave: %v", err)
	}
	stamps, ok := d.Stamps(names, last)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	for name, want := range map[string]string{"en/a/index.html": "new", "en/b/index.html": "old en/b/index.html", "fr/c/index.html": "old fr/c/index.html"} {
		if got, _ := os.ReadFile(filepath.Join(dest, name)); string(got) != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
	after, _ := Stamps(dest, names)
	for i, name := range names {
		if !ok[i] || stamps[i] != after[i] {
			t.Errorf("%s: recorded stamp %+v (%t), the destination's is %+v", name, stamps[i], ok[i], after[i])
		}
	}
	if stamps[0] == before[0] {
		t.Errorf("the written file kept the old file's stamp %+v", before[0])
	}
}

// A file written after Reuse linked it replaces the link: the old site's
// file, which the link shares, stays as it was until Commit.
func TestWriteAfterReuseLeavesTheOldSiteAlone(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := first.WriteFile("en/search/manifest.js", []byte("old")); err != nil {
		t.Fatal(err)
	}
	if err := first.Commit(); err != nil {
		t.Fatal(err)
	}
	last, _ := Stamps(dest, []string{"en/search/manifest.js"})

	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	if err := d.Reuse([]string{"en/search/manifest.js"}); err != nil {
		t.Fatal(err)
	}
	if err := d.WriteFile("en/search/manifest.js", []byte("new")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "en/search/manifest.js")); string(got) != "old" {
		t.Errorf("before Commit the published file reads %q, want the old site's %q", got, "old")
	}
	stamps, ok := d.Stamps([]string{"en/search/manifest.js"}, map[string]Stamp{"en/search/manifest.js": last[0]})
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "en/search/manifest.js")); string(got) != "new" {
		t.Errorf("after Commit the file reads %q, want %q", got, "new")
	}
	if after, _ := Stamps(dest, []string{"en/search/manifest.js"}); !ok[0] || stamps[0] != after[0] {
		t.Errorf("recorded stamp %+v (%t), the destination's is %+v: the old file's stamp was kept", stamps[0], ok[0], after[0])
	}
}
