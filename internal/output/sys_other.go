//go:build !linux

package output

import (
	"errors"
	"os"
	"path/filepath"
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

// exchange is not available: Commit falls back to two renames.
func exchange(a, b string) error { return errors.ErrUnsupported }

// removeAll is os.RemoveAll where the Linux fast path does not apply.
func removeAll(name string) error { return os.RemoveAll(name) }
