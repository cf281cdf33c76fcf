// Package output is the last stage of the pipeline: it puts the built files
// somewhere. Dir writes a whole build into a fresh folder beside the
// destination and swaps it in only when the build succeeded, so the previous
// site stays intact when a build fails or is killed; Memory keeps the files
// in a map for the dev server.
package output

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"

	"golang.org/x/sys/unix"
)

// Writer receives the files of a build. Names are slash-separated paths
// relative to the site root ("en/letter/index.html"). WriteFile is called
// from many goroutines at once.
type Writer interface {
	WriteFile(name string, data []byte) error
}

// Retains reports whether w keeps the slices it is given (Memory does),
// so that callers must not reuse them; Dir writes them out at once.
func Retains(w Writer) bool {
	_, isDir := w.(*Dir)
	return !isDir
}

// CheckName reports a file name that is not a clean relative path inside the
// output folder. Every writer calls it, so nothing a page says can write
// elsewhere.
func CheckName(name string) error {
	if name == "" || !filepath.IsLocal(filepath.FromSlash(name)) || strings.ContainsAny(name, "\\\x00") || filepath.Clean(name) != filepath.FromSlash(name) {
		return fmt.Errorf("refusing to write %q: not a path inside the output folder", name)
	}
	return nil
}

// tempPrefix names the folders Dir builds in, beside the destination.
func tempPrefix(dest string) string { return "." + filepath.Base(dest) + ".building-" }

// Dir writes into a temporary folder and swaps it with the destination on
// Commit.
type Dir struct {
	dest, tmp string
	mu        sync.Mutex
	dirs      map[string]bool
}

// NewDir prepares a build of dest. Temporary folders left by builds that
// were killed are removed first.
func NewDir(dest string) (*Dir, error) {
	dest, err := filepath.Abs(dest)
	if err != nil {
		return nil, err
	}
	parent := filepath.Dir(dest)
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return nil, err
	}
	if old, _ := filepath.Glob(filepath.Join(parent, tempPrefix(dest)+"*")); len(old) > 0 {
		for _, o := range old {
			os.RemoveAll(o)
		}
	}
	tmp, err := os.MkdirTemp(parent, tempPrefix(dest))
	if err != nil {
		return nil, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return nil, err
	}
	return &Dir{dest: dest, tmp: tmp, dirs: map[string]bool{".": true}}, nil
}

// WriteFile writes one file of the new build.
func (d *Dir) WriteFile(name string, data []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	p := filepath.Join(d.tmp, filepath.FromSlash(name))
	dir := filepath.Dir(name)
	d.mu.Lock()
	known := d.dirs[dir]
	d.mu.Unlock()
	if !known {
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		d.mu.Lock()
		d.dirs[dir] = true
		d.mu.Unlock()
	}
	return os.WriteFile(p, data, 0o644)
}

// Commit replaces the destination with the new build: atomically with
// renameat2(RENAME_EXCHANGE) where the system has it, else with two renames.
func (d *Dir) Commit() error {
	if _, err := os.Lstat(d.dest); errors.Is(err, os.ErrNotExist) {
		return os.Rename(d.tmp, d.dest)
	}
	if err := unix.Renameat2(unix.AT_FDCWD, d.tmp, unix.AT_FDCWD, d.dest, unix.RENAME_EXCHANGE); err == nil {
		return os.RemoveAll(d.tmp) // now the old site
	}
	old := d.tmp + ".old"
	if err := os.Rename(d.dest, old); err != nil {
		return err
	}
	if err := os.Rename(d.tmp, d.dest); err != nil {
		os.Rename(old, d.dest)
		return err
	}
	return os.RemoveAll(old)
}

// Abort throws the new build away; the destination is untouched.
func (d *Dir) Abort() { os.RemoveAll(d.tmp) }

// Memory keeps a build's files in memory.
type Memory struct {
	mu    sync.Mutex
	files map[string][]byte
}

// NewMemory returns an empty Memory.
func NewMemory() *Memory { return &Memory{files: map[string][]byte{}} }

// NewMemoryFrom returns a Memory that starts with files (and takes the map).
func NewMemoryFrom(files map[string][]byte) *Memory { return &Memory{files: files} }

// Keep removes every file whose name is not in keep.
func (m *Memory) Keep(keep map[string]bool) {
	m.mu.Lock()
	defer m.mu.Unlock()
	for name := range m.files {
		if !keep[name] {
			delete(m.files, name)
		}
	}
}

// WriteFile stores a file.
func (m *Memory) WriteFile(name string, data []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	m.mu.Lock()
	m.files[name] = data
	m.mu.Unlock()
	return nil
}

// Files returns the stored files. The map must not be changed.
func (m *Memory) Files() map[string][]byte {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.files
}

// Names returns the stored names, sorted.
func (m *Memory) Names() []string {
	m.mu.Lock()
	defer m.mu.Unlock()
	out := make([]string, 0, len(m.files))
	for n := range m.files {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}
