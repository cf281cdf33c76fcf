// Package output is the last stage of the pipeline: it puts the built files
// somewhere. Dir writes a whole build into a folder beside the destination
// (a fresh one, or the spare a warm build claims: see spare.go) and swaps
// it in only when the build succeeded, so the previous site stays intact
// when a build fails or is killed; Memory keeps the files in a map for the
// dev server.
package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"

	"github.com/wazc/site/internal/par"

	"github.com/wazc/site/internal/ferr"
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
	shown     string // dest as the caller named it, for errors
	sys       sysDir // the system's way of writing into tmp
	// full is the first write that failed for want of space or because
	// the device failed: every later write fails with the same error,
	// so a full disk is one line, not one per file.
	full atomic.Pointer[ferr.FileError]

	mu      sync.Mutex
	dirs    map[string]bool // folders of tmp made so far, slash paths
	written map[string]bool // files written so far, for Reuse
	linked  map[string]bool // files Reuse linked, for Stamps

	// A claimed spare (see Claim): the files and folders it holds that
	// the build has not replaced or removed, with the stamps it was
	// claimed with; which of its files are out of date; the folders
	// whose entries changed since. keep and spared are KeepOld's.
	held     map[string]Stamp
	heldDirs map[string]Stamp
	fresh    map[string]bool
	dirty    map[string]bool
	keep     bool
	spared   bool
}

// NewDir prepares a build of dest. Temporary folders left by builds that
// were killed are removed first.
func NewDir(dest string) (*Dir, error) {
	shown := dest
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
		os.Remove(tmp)
		return nil, err
	}
	d := &Dir{dest: dest, tmp: tmp, shown: shown, dirs: map[string]bool{".": true}, written: map[string]bool{}, linked: map[string]bool{}, dirty: map[string]bool{}}
	if err := d.sys.open(tmp); err != nil {
		os.Remove(tmp)
		return nil, err
	}
	return d, nil
}

// WriteFile writes one file of the new build. Errors name the file in the
// destination ("public/en/index.html: no space left on device"). After a
// write fails because the file system is full (ENOSPC, EDQUOT, a short
// write) or the device failed (EIO), nothing more is written and every
// call returns that first error.
func (d *Dir) WriteFile(name string, data []byte) error {
	if err := CheckName(name); err != nil {
		return err
	}
	if full := d.full.Load(); full != nil {
		return full
	}
	d.mu.Lock()
	linked := d.linked[name]
	delete(d.linked, name)
	claimed := d.held != nil
	d.dirty[path.Dir(name)] = true
	d.mu.Unlock()
	var err error
	if linked {
		// Reuse linked it to the old site's file, which writing through
		// the link would change: the link goes first.
		err = os.Remove(filepath.Join(d.tmp, filepath.FromSlash(name)))
	} else if claimed {
		// So does a claimed spare's file, which may be a link to the
		// published site's.
		_, err = d.clear(name)
	}
	if err == nil {
		err = d.mkdirs(path.Dir(name))
	}
	if err == nil {
		err = d.sys.writeFile(name, data)
	}
	if err == nil {
		d.mu.Lock()
		d.written[name] = true
		d.mu.Unlock()
		return nil
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	fe := ferr.New(filepath.ToSlash(filepath.Join(d.shown, filepath.FromSlash(name))), 0, "%w", err)
	if deviceFull(err) {
		d.full.CompareAndSwap(nil, fe)
		return d.full.Load()
	}
	return fe
}

// deviceFull reports an error after which no write can succeed.
func deviceFull(err error) bool {
	return errors.Is(err, syscall.ENOSPC) || errors.Is(err, syscall.EDQUOT) || errors.Is(err, syscall.EIO) || errors.Is(err, io.ErrShortWrite)
}

// mkdirs makes dir and its parents inside tmp. It remembers what it made
// rather than asking the file system: a build writes thousands of files
// into a tree it made itself, and each question is a system call.
func (d *Dir) mkdirs(dir string) error {
	d.mu.Lock()
	known := d.dirs[dir]
	d.mu.Unlock()
	if known {
		return nil
	}
	if err := d.mkdirs(path.Dir(dir)); err != nil {
		return err
	}
	if d.Claimed() {
		// A file of the spare where the folder goes.
		if _, err := d.clear(dir); err != nil {
			return err
		}
	}
	// Another goroutine may make it at the same time: that is fine.
	if err := d.sys.mkdir(dir); err != nil && !errors.Is(err, fs.ErrExist) {
		return err
	}
	d.mu.Lock()
	d.dirs[dir] = true
	d.dirty[dir], d.dirty[path.Dir(dir)] = true, true
	d.mu.Unlock()
	return nil
}

// Commit replaces the destination with the new build: atomically where the
// system can exchange two folders (renameat2 on Linux), else with two
// renames. The old site is then removed, or kept as the spare after
// KeepOld; a spare this build did not claim is removed either way.
func (d *Dir) Commit() error {
	d.sys.close()
	spare := SpareOf(d.dest)
	if _, err := os.Lstat(d.dest); errors.Is(err, os.ErrNotExist) {
		if err := os.Rename(d.tmp, d.dest); err != nil {
			return err
		}
		return removeSpare(spare)
	}
	old := d.tmp // after the exchange
	if err := exchange(d.tmp, d.dest); err != nil {
		old = d.tmp + ".old"
		if err := os.Rename(d.dest, old); err != nil {
			return err
		}
		if err := os.Rename(d.tmp, d.dest); err != nil {
			os.Rename(old, d.dest)
			return err
		}
	}
	serr := removeSpare(spare)
	if d.keep && serr == nil && os.Rename(old, spare) == nil {
		d.spared = true
		return nil
	}
	return errors.Join(removeTree(old), serr)
}

// Abort throws the new build away; the destination is untouched.
func (d *Dir) Abort() {
	d.sys.close()
	removeTree(d.tmp)
}

// removeTree removes a folder and everything in it, its top-level entries
// in parallel: removing the last site's thousands of files is the one step
// of a build that nothing else overlaps.
func removeTree(dir string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return os.RemoveAll(dir)
	}
	errs := make([]error, len(entries))
	par.Each(len(entries), 0, func(i int) {
		errs[i] = removeAll(filepath.Join(dir, entries[i].Name()))
	})
	return errors.Join(errors.Join(errs...), os.RemoveAll(dir))
}

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
