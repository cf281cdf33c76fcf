package output

import (
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"sort"
	"testing"
	"time"
)

// built is one build's folder as its records describe it.
type built struct {
	names             []string
	stamps, dirStamps []Stamp
}

// commit writes files (name to content; "" takes the file from the site
// being replaced) into d, records the folder's stamps and commits.
func commit(t *testing.T, d *Dir, files map[string]string) built {
	t.Helper()
	var names, reuse []string
	for name, data := range files {
		names = append(names, name)
		if data == "" {
			reuse = append(reuse, name)
			continue
		}
		if err := d.WriteFile(name, []byte(data)); err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(names)
	if err := d.Reuse(reuse); err != nil {
		t.Fatal(err)
	}
	if err := d.Keep(names); err != nil {
		t.Fatal(err)
	}
	b := built{names: names}
	var ok []bool
	b.stamps, ok = d.Stamps(names, nil)
	for i, good := range ok {
		if !good {
			t.Fatalf("no stamp for %s", names[i])
		}
	}
	var dirsOK bool
	if b.dirStamps, dirsOK = d.DirStamps(names); !dirsOK {
		t.Fatal("no stamps for the folders")
	}
	Settle(b.stamps, b.dirStamps)
	if err := d.Commit(); err != nil {
		t.Fatal(err)
	}
	return b
}

// tree is every file (with its content) and folder (with a trailing
// slash) under root.
func tree(t *testing.T, root string) map[string]string {
	t.Helper()
	m := map[string]string{}
	err := filepath.WalkDir(root, func(p string, e fs.DirEntry, err error) error {
		if err != nil || p == root {
			return err
		}
		rel, _ := filepath.Rel(root, p)
		rel = filepath.ToSlash(rel)
		if e.IsDir() {
			m[rel+"/"] = ""
			return nil
		}
		data, err := os.ReadFile(p)
		m[rel] = string(data)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func newDir(t *testing.T, dest string) *Dir {
	t.Helper()
	d, err := NewDir(dest)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// The site a warm build replaces is kept; the next build claims it and
// changes only what differs: what it writes, what the build before wrote
// (taken from the destination) and what is gone. The published site is
// never written through a link the two folders share.
func TestSpareIsClaimedAndBroughtUpToDate(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first := commit(t, newDir(t, dest), map[string]string{
		"index.html": "home 1", "en/a/index.html": "a1", "en/b/index.html": "b1", "fr/c/index.html": "c1",
	})
	if _, err := os.Lstat(SpareOf(dest)); err == nil {
		t.Fatal("a build that did not ask for it kept a spare")
	}

	d := newDir(t, dest)
	d.KeepOld()
	second := commit(t, d, map[string]string{
		"index.html": "", "en/a/index.html": "a2", "en/b/index.html": "", "fr/c/index.html": "",
	})
	if !d.Spared() {
		t.Fatal("the replaced site was not kept")
	}
	if !Check(SpareOf(dest), first.names, first.stamps, first.dirStamps) {
		t.Fatal("the spare is not the first build's folder as recorded")
	}

	d = newDir(t, dest)
	d.KeepOld()
	if err := d.Claim(Spare{Names: first.names, Stamps: first.stamps, DirStamps: first.dirStamps, Fresh: []string{"en/a/index.html"}}); err != nil {
		t.Fatal(err)
	}
	if !d.Claimed() {
		t.Fatal("Claimed is false after Claim")
	}
	if err := d.WriteFile("en/b/index.html", []byte("b3")); err != nil {
		t.Fatal(err)
	}
	if got, _ := os.ReadFile(filepath.Join(dest, "en/b/index.html")); string(got) != "b1" {
		t.Fatalf("writing the claimed spare changed the published site's file to %q", got)
	}
	third := commit(t, d, map[string]string{
		"index.html": "", "en/a/index.html": "", "en/b/index.html": "b3", "en/new/index.html": "n3",
	})
	want := map[string]string{
		"index.html": "home 1", "en/": "", "en/a/": "", "en/a/index.html": "a2", "en/b/": "", "en/b/index.html": "b3",
		"en/new/": "", "en/new/index.html": "n3",
	}
	if got := tree(t, dest); !reflect.DeepEqual(got, want) {
		t.Errorf("the third build's folder holds\n%v\nwant\n%v", got, want)
	}
	if !Check(dest, third.names, third.stamps, third.dirStamps) {
		t.Error("the third build's records do not describe its folder")
	}
	if !Check(SpareOf(dest), second.names, second.stamps, second.dirStamps) {
		t.Error("the new spare is not the second build's folder as recorded")
	}
	wantSpare := map[string]string{
		"index.html": "home 1", "en/": "", "en/a/": "", "en/a/index.html": "a2", "en/b/": "", "en/b/index.html": "b1",
		"fr/": "", "fr/c/": "", "fr/c/index.html": "c1",
	}
	if got := tree(t, SpareOf(dest)); !reflect.DeepEqual(got, wantSpare) {
		t.Errorf("the spare holds\n%v\nwant the second build's\n%v", got, wantSpare)
	}

	// A build that does not keep the old site removes the spare too.
	commit(t, newDir(t, dest), map[string]string{"index.html": "home 4"})
	if _, err := os.Lstat(SpareOf(dest)); err == nil {
		t.Error("a build without KeepOld left the spare")
	}
}

// Check refuses a spare that anything changed since it was recorded: a
// file's content, a file or folder added or removed anywhere.
func TestCheckSeesEveryChange(t *testing.T) {
	for name, change := range map[string]func(root string) error{
		"content": func(root string) error {
			return os.WriteFile(filepath.Join(root, "en/a/index.html"), []byte("changed"), 0o644)
		},
		"same size": func(root string) error {
			return os.WriteFile(filepath.Join(root, "en/a/index.html"), []byte("A1"), 0o644)
		},
		"file added": func(root string) error {
			return os.WriteFile(filepath.Join(root, "en/a/stray.txt"), nil, 0o644)
		},
		"file added at the top": func(root string) error {
			return os.WriteFile(filepath.Join(root, "CNAME"), nil, 0o644)
		},
		"folder added": func(root string) error { return os.Mkdir(filepath.Join(root, "en/empty"), 0o755) },
		"file removed": func(root string) error { return os.Remove(filepath.Join(root, "en/b/index.html")) },
		"folder removed": func(root string) error {
			return os.RemoveAll(filepath.Join(root, "en/b"))
		},
		"file made a folder": func(root string) error {
			p := filepath.Join(root, "index.html")
			return errorsJoin(os.Remove(p), os.Mkdir(p, 0o755))
		},
	} {
		t.Run(name, func(t *testing.T) {
			dest := filepath.Join(t.TempDir(), "public")
			b := commit(t, newDir(t, dest), map[string]string{"index.html": "home", "en/a/index.html": "a1", "en/b/index.html": "b1"})
			if !Check(dest, b.names, b.stamps, b.dirStamps) {
				t.Fatal("Check refused the folder as built")
			}
			if err := change(dest); err != nil {
				t.Fatal(err)
			}
			if Check(dest, b.names, b.stamps, b.dirStamps) {
				t.Error("Check did not see the change")
			}
		})
	}
}

func errorsJoin(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// A claimed spare's file where the new build needs a folder, and its
// folder where the new build writes a file, give way.
func TestClaimedSpareGivesWay(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	first := commit(t, newDir(t, dest), map[string]string{"en/x": "file x", "en/y/index.html": "y", "en/y/deep/index.html": "deep"})
	d := newDir(t, dest)
	d.KeepOld()
	commit(t, d, map[string]string{"en/x": "", "en/y/index.html": "", "en/y/deep/index.html": ""})

	d = newDir(t, dest)
	if err := d.Claim(Spare{Names: first.names, Stamps: first.stamps, DirStamps: first.dirStamps}); err != nil {
		t.Fatal(err)
	}
	commit(t, d, map[string]string{"en/x/index.html": "x is a folder", "en/y": "y is a file"})
	want := map[string]string{"en/": "", "en/x/": "", "en/x/index.html": "x is a folder", "en/y": "y is a file"}
	if got := tree(t, dest); !reflect.DeepEqual(got, want) {
		t.Errorf("the folder holds\n%v\nwant\n%v", got, want)
	}
}

// Dirs lists each folder once, after the folder holding it.
func TestDirs(t *testing.T) {
	got := Dirs([]string{"a-b/index.html", "a/b/c/index.html", "a/index.html", "index.html"})
	want := []string{".", "a-b", "a", "a/b", "a/b/c"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Dirs = %q, want %q", got, want)
	}
}

// After a build that wrote most files, Refresh makes the spare the new
// site by hard links, recorded so that the next build claims it with
// nothing to take from the destination; a replaced site that is not as
// recorded is not refreshed but removed, stray file and all.
func TestRefreshMakesTheSpareTheNewSite(t *testing.T) {
	for _, stray := range []bool{false, true} {
		dest := filepath.Join(t.TempDir(), "public")
		first := commit(t, newDir(t, dest), map[string]string{"index.html": "home 1", "en/a/index.html": "a1", "fr/gone/index.html": "gone"})
		if stray {
			os.WriteFile(filepath.Join(dest, "en", "CNAME"), []byte("stray"), 0o644)
		}
		d := newDir(t, dest)
		d.KeepOld()
		second := commit(t, d, map[string]string{"index.html": "home 2", "en/a/index.html": "a2", "en/b/index.html": "b2"})
		dirStamps, ok := d.Refresh(second.names, Spare{Names: first.names, Stamps: first.stamps, DirStamps: first.dirStamps})
		if stray {
			if ok {
				t.Error("a replaced site with a stray file was refreshed")
			}
			if _, err := os.Lstat(SpareOf(dest)); err == nil {
				t.Error("the spare with a stray file was left")
			}
			continue
		}
		if !ok {
			t.Fatal("Refresh failed")
		}
		if got, want := tree(t, SpareOf(dest)), tree(t, dest); !reflect.DeepEqual(got, want) {
			t.Errorf("the spare holds\n%v\nwant the new site's\n%v", got, want)
		}
		if !Check(SpareOf(dest), second.names, second.stamps, dirStamps) {
			t.Error("the refreshed spare is not as Refresh recorded it")
		}
	}
}

// Settle waits out the tick of the newest stamp, and not for a time
// ahead of the clock (a clock set back).
func TestSettle(t *testing.T) {
	now := time.Now().UnixNano()
	Settle([]Stamp{{Mtime: now}})
	if fileClock() <= now {
		t.Errorf("Settle returned before the file clock passed the newest stamp")
	}
	start := time.Now()
	Settle([]Stamp{{Mtime: now + int64(time.Hour)}})
	if d := time.Since(start); d > 100*time.Millisecond {
		t.Errorf("Settle waited %v for a stamp an hour ahead", d)
	}
}
