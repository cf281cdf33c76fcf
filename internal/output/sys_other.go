//go:build !linux

package output

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"time"
)

// sysDir writes with package os where the Linux fast path does not apply.
type sysDir struct{ dir string }

func (s *sysDir) open(dir string) error { s.dir = dir; return nil }

func (s *sysDir) close() {}

func (s *sysDir) mkdir(name string) error {
	return os.Mkdir(filepath.Join(s.dir, filepath.FromSlash(name)), 0o755)
}

func (s *sysDir) writeFile(name string, data []byte) error {
	return os.WriteFile(filepath.Join(s.dir, filepath.FromSlash(name)), data, 0o644)
}

// link makes name in the build folder a hard link to name in the folder
// from.
func (s *sysDir) link(from, name string) error {
	return os.Link(filepath.Join(from, filepath.FromSlash(name)), filepath.Join(s.dir, filepath.FromSlash(name)))
}

// inode is not known here: stamps compare size and time.
func inode(fs.FileInfo) uint64 { return 0 }

// exchange is not available: Commit falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

// removeAll is os.RemoveAll where the Linux fast path does not apply.
func removeAll(name string) error { return os.RemoveAll(name) }

// fileClock is the time a file changed now is given.
func fileClock() int64 { return time.Now().UnixNano() }
