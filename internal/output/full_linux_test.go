package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/ferr"
)

// Regression: write(2) returns -1 when it fails, and the write loop sliced
// the data by it: a full disk panicked ("slice bounds out of range
// [-1:]") and left the temporary folder behind. Now a full disk, a quota,
// a failing device or a write that makes no progress is one error naming
// the file, every later write fails with it, and Abort leaves the old site
// as it was.
func TestDirFullDiskIsOneErrorAndTheOldSiteStays(t *testing.T) {
	for _, tc := range []struct {
		name  string
		write func(fd int, p []byte) (int, error)
		want  string
	}{
		{"ENOSPC", func(int, []byte) (int, error) { return -1, unix.ENOSPC }, "no space left on device"},
		{"EDQUOT", func(int, []byte) (int, error) { return -1, unix.EDQUOT }, "disk quota exceeded"},
		{"EIO", func(int, []byte) (int, error) { return -1, unix.EIO }, "input/output error"},
		{"short then ENOSPC", shortThen(unix.ENOSPC), "no space left on device"},
		{"no progress", func(int, []byte) (int, error) { return 0, nil }, "short write"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			parent := t.TempDir()
			dest := filepath.Join(parent, "public")
			os.MkdirAll(filepath.Join(dest, "en"), 0o755)
			os.WriteFile(filepath.Join(dest, "en/index.html"), []byte("previous"), 0o644)
			d, err := NewDir(dest)
			if err != nil {
				t.Fatal(err)
			}
			// The first 20 files fit; then the disk is full.
			var written atomic.Int64
			sysWrite = func(fd int, p []byte) (int, error) {
				if written.Add(1) > 20 {
					return tc.write(fd, p)
				}
				return unix.Write(fd, p)
			}
			defer func() { sysWrite = unix.Write }()
			var mu sync.Mutex
			var errs ferr.List
			var wg sync.WaitGroup
			for w := range 4 {
				wg.Add(1)
				go func() {
					defer wg.Done()
					for i := range 50 {
						err := d.WriteFile(fmt.Sprintf("en/p%d-%d/index.html", w, i), make([]byte, 4096))
						mu.Lock()
						errs.Add(err)
						mu.Unlock()
					}
				}()
			}
			wg.Wait()
			got := ferr.Errors(errs.Err())
			if len(got) != 1 {
				t.Fatalf("want one error, got %d:\n%v", len(got), errs.Err())
			}
			var fe *ferr.FileError
			if !errors.As(got[0], &fe) || filepath.Dir(filepath.Dir(fe.Path)) != dest+"/en" || fe.Err.Error() != tc.want {
				t.Errorf("error %q: want %s/en/…/index.html: %s", got[0], dest, tc.want)
			}
			d.Abort()
			entries, _ := os.ReadDir(parent)
			if len(entries) != 1 || entries[0].Name() != "public" {
				t.Errorf("beside public/ after Abort: %v, want nothing", entries)
			}
			if b, err := os.ReadFile(filepath.Join(dest, "en/index.html")); string(b) != "previous" {
				t.Errorf("previous site: %q, %v", b, err)
			}
		})
	}
}

// shortThen writes half of what it is given, then fails with err.
func shortThen(err error) func(int, []byte) (int, error) {
	var half atomic.Bool
	return func(fd int, p []byte) (int, error) {
		if half.CompareAndSwap(false, true) {
			return unix.Write(fd, p[:len(p)/2])
		}
		return -1, err
	}
}
