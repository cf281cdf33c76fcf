package buildcache_test

import (
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/buildcache"
)

// A link to an anchor that an edit removed is reported by a warm build as
// by a cold one, though the linking page's conversion is reused.
func TestWarmBuildReportsAnAnchorThatWentAway(t *testing.T) {
	b := newBuilder(t)
	b.same()
	b.edit("content/en/guide/two.md", "## Run", "## Start")
	_, _, warm := b.build(b.cache)
	_, _, cold := b.build("")
	if warm == nil || cold == nil || warm.Error() != cold.Error() {
		t.Fatalf("warm build: %v\ncold build: %v", warm, cold)
	}
	if !strings.Contains(warm.Error(), "content/en/guide/one.md:7:") || !strings.Contains(warm.Error(), "missing anchor #run") {
		t.Errorf("error %q does not name the link to #run", warm)
	}
}

// Each damaged cache file gives one warning, a correct (cold) build, and
// a good file again for the next build.
func TestDamagedCacheIsIgnoredWithOneWarning(t *testing.T) {
	for _, c := range []struct {
		name   string
		damage func(t *testing.T, file string)
		want   string
	}{
		{"truncated", func(t *testing.T, file string) { rewrite(t, file, func(b []byte) []byte { return b[:len(b)*2/3] }) }, "damaged or truncated"},
		{"flipped byte", func(t *testing.T, file string) {
			rewrite(t, file, func(b []byte) []byte { b[len(b)-len(b)/3] ^= 0x20; return b })
		}, "damaged or truncated"},
		{"flipped byte in the header", func(t *testing.T, file string) {
			rewrite(t, file, func(b []byte) []byte { b[30] ^= 1; return b })
		}, "another build of site"},
		{"empty", func(t *testing.T, file string) { rewrite(t, file, func([]byte) []byte { return nil }) }, "not a cache file"},
		{"another program's file", func(t *testing.T, file string) {
			rewrite(t, file, func([]byte) []byte { return []byte("{\"json\": true}\n") })
		}, "not a cache file"},
		// Written by a build of another version of site (below).
		{"another version's file", nil, "another build of site"},
	} {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t)
			file := filepath.Join(b.cache, buildcache.FileName)
			if c.name == "another version's file" {
				restore := buildcache.SetBuilder("site v0.0.0-other")
				b.warm()
				restore()
			} else {
				b.same()
				c.damage(t, file)
			}
			b.edit("content/en/guide/two.md", "More.", "More text.")
			res := b.same()
			if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), c.want) || !strings.Contains(res.Warnings[0].Error(), file) {
				t.Fatalf("warnings %q, want one about %s: %s", res.Warnings, file, c.want)
			}
			if res.Reused != 0 {
				t.Errorf("%d pages reused from a damaged cache", res.Reused)
			}
			res = b.same()
			if len(res.Warnings) != 0 || res.Reused != pages(res) {
				t.Errorf("the build after: warnings %q, %d of %d reused; want none and all", res.Warnings, res.Reused, pages(res))
			}
		})
	}
}

func rewrite(t *testing.T, file string, f func([]byte) []byte) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(file, f(data), 0o644); err != nil {
		t.Fatal(err)
	}
}

// A cache folder that cannot be written (a file is in its place) leaves
// the build as it would be without one, with a warning.
func TestUnwritableCacheFolderWarns(t *testing.T) {
	b := newBuilder(t)
	b.cache = filepath.Join(b.cache, "file")
	if err := os.WriteFile(b.cache, []byte("not a folder"), 0o644); err != nil {
		t.Fatal(err)
	}
	res := b.same()
	if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), b.cache) {
		t.Errorf("warnings %q, want one naming %s", res.Warnings, b.cache)
	}
}

// On a read-only file system, and on a full one, the build succeeds, cold,
// with one warning. Mounting needs root; without it the read-only case
// uses a folder without write permission and the full case skips.
func TestReadOnlyAndFullCacheFolders(t *testing.T) {
	for _, c := range []struct {
		name, opts string
	}{{"read-only", "ro,size=1m"}, {"full", "size=64k"}} {
		t.Run(c.name, func(t *testing.T) {
			b := newBuilder(t)
			dir := t.TempDir()
			if os.Geteuid() == 0 {
				if out, err := exec.Command("mount", "-t", "tmpfs", "-o", c.opts, "tmpfs", dir).CombinedOutput(); err != nil {
					t.Skipf("cannot mount a tmpfs: %v: %s", err, out)
				}
				t.Cleanup(func() {
					if out, err := exec.Command("umount", dir).CombinedOutput(); err != nil {
						t.Errorf("umount %s: %v: %s", dir, err, out)
					}
				})
			} else if c.name == "read-only" {
				if err := os.Chmod(dir, 0o555); err != nil {
					t.Fatal(err)
				}
			} else {
				t.Skip("mounting a small tmpfs needs root")
			}
			if c.name == "full" {
				fill(t, filepath.Join(dir, "filler"))
			}
			b.cache = dir
			for i := 0; i < 2; i++ {
				res := b.same()
				if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), "build cache not saved") {
					t.Errorf("build %d: warnings %q, want one saying the cache was not saved", i+1, res.Warnings)
				}
				if res.Reused != 0 {
					t.Errorf("build %d: %d pages reused", i+1, res.Reused)
				}
			}
			left, _ := os.ReadDir(dir)
			if len(left) != 0 && (c.name != "full" || len(left) != 1) {
				t.Errorf("left in the cache folder: %v", left)
			}
		})
	}
}

// fill writes file until its file system is full.
func fill(t *testing.T, file string) {
	f, err := os.Create(file)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	block := make([]byte, 1024)
	for {
		if _, err := f.Write(block); err != nil {
			return
		}
	}
}

// Two builds at once on one cache folder both succeed with the right
// files, and leave a whole cache file that the next build reuses.
func TestTwoBuildsAtOnceShareACache(t *testing.T) {
	b := newBuilder(t)
	b.same()
	b.edit("content/en/guide/two.md", "More.", "More text.")
	type built struct {
		dest string
		err  error
	}
	done := make(chan built, 4)
	for i := 0; i < 4; i++ {
		dest := filepath.Join(t.TempDir(), "public")
		go func() {
			_, err := build.ToDir(build.Options{Source: b.src, CacheDir: b.cache}, dest)
			done <- built{dest, err}
		}()
	}
	cold, _, err := b.build("")
	if err != nil {
		t.Fatal(err)
	}
	for i := 0; i < 4; i++ {
		r := <-done
		if r.err != nil {
			t.Fatalf("build %d: %v", i, r.err)
		}
		compareDirs(t, r.dest, cold)
	}
	res := b.same()
	if len(res.Warnings) != 0 || res.Reused != pages(res) {
		t.Errorf("the build after: warnings %q, %d of %d reused; want none and all", res.Warnings, res.Reused, pages(res))
	}
	var left []string
	filepath.WalkDir(b.cache, func(path string, d fs.DirEntry, err error) error {
		if err == nil && strings.HasSuffix(path, ".tmp") {
			left = append(left, path)
		}
		return nil
	})
	if len(left) != 0 {
		t.Errorf("temporary files left in the cache folder: %v", left)
	}
}

// A damaged conversion, or damaged search entries, give one warning and
// the right files.
func TestDamagedConversionOrSearchEntries(t *testing.T) {
	for _, folder := range []string{buildcache.Conversions, buildcache.Search} {
		t.Run(folder, func(t *testing.T) {
			b := newBuilder(t)
			b.same()
			var files []string
			filepath.WalkDir(filepath.Join(b.cache, folder), func(path string, d fs.DirEntry, err error) error {
				if err == nil && !d.IsDir() {
					files = append(files, path)
				}
				return nil
			})
			if len(files) == 0 {
				t.Fatalf("nothing in %s", folder)
			}
			for _, f := range files {
				rewrite(t, f, func(b []byte) []byte { b[len(b)-1] ^= 1; return b })
			}
			// A layout edit renders every page: each conversion is read.
			b.edit("layouts/baseof.html", "<body", "<body data-x=\"1\"")
			if folder == buildcache.Search {
				// A text edit writes the language's index again.
				b.edit("layouts/baseof.html", "<body data-x=\"1\"", "<body")
				b.edit("content/en/guide/two.md", "More.", "More text.")
			}
			res := b.same()
			if len(res.Warnings) != 1 || !strings.Contains(res.Warnings[0].Error(), "damaged or truncated") {
				t.Errorf("warnings %q, want one about a damaged file", res.Warnings)
			}
		})
	}
}
