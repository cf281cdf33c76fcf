package output

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"syscall"
	"time"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/eintr"
)

// sysDir writes with the bare system calls, relative to an open handle on
// the build folder: os.WriteFile also sets the file non-blocking and offers
// it to the network poller, which doubles the calls per file (3 instead of
// 6), and system calls are most of what writing a site costs.
type sysDir struct{ fd int }

func (s *sysDir) open(dir string) (err error) {
	s.fd, err = unix.Open(dir, unix.O_RDONLY|unix.O_DIRECTORY|unix.O_CLOEXEC, 0)
	return err
}

func (s *sysDir) close() {
	if s.fd > 0 {
		unix.Close(s.fd)
		s.fd = -1
	}
}

func (s *sysDir) mkdir(name string) error {
	return eintr.Retry(func() error { return unix.Mkdirat(s.fd, name, 0o755) })
}

func (s *sysDir) writeFile(name string, data []byte) error {
	var fd int
	err := eintr.Retry(func() (err error) {
		fd, err = unix.Openat(s.fd, name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
		return err
	})
	if err != nil {
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = sysWrite(fd, data)
		if n > 0 {
			// A failed write returns -1: slicing by it once panicked
			// when the disk filled up.
			data = data[n:]
		}
		switch {
		case err == unix.EINTR:
			err = nil
		case err == nil && n <= 0:
			err = io.ErrShortWrite
		}
	}
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	if err != nil {
		return &os.PathError{Op: "write", Path: name, Err: err}
	}
	return nil
}

// link makes name in the build folder a hard link to name in the folder
// from.
func (s *sysDir) link(from, name string) error {
	return eintr.Retry(func() error {
		return unix.Linkat(unix.AT_FDCWD, filepath.Join(from, name), s.fd, name, 0)
	})
}

func inode(fi fs.FileInfo) uint64 {
	if st, ok := fi.Sys().(*syscall.Stat_t); ok {
		return st.Ino
	}
	return 0
}

// sysWrite is write(2); tests put a failing one in its place.
var sysWrite = unix.Write

// exchange swaps two folders in one step.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}

// removeAll removes a file, or a folder and everything in it, like
// os.RemoveAll but in fewer system calls on a built site. os.RemoveAll
// first tries each entry as a file, so it makes seven calls for a page's
// folder holding its index.html; this reads each folder's entry types with
// its names and makes four: open the page's folder, unlink index.html,
// close, remove the folder. Anything else in it falls back to the general
// walk. Folders are opened with O_NOFOLLOW and entries are removed relative
// to them, so a symbolic link swapped in meanwhile is removed, not followed.
func removeAll(name string) error {
	err := unix.Unlinkat(unix.AT_FDCWD, name, 0)
	switch err {
	case nil, unix.ENOENT:
		return nil
	case unix.EISDIR:
		return removeDirAt(unix.AT_FDCWD, name)
	}
	return os.RemoveAll(name)
}

// removeDirAt removes the folder name in the folder parent and everything
// in it.
func removeDirAt(parent int, name string) error {
	const flags = unix.O_RDONLY | unix.O_DIRECTORY | unix.O_NOFOLLOW | unix.O_CLOEXEC
	fd, err := unix.Openat(parent, name, flags, 0)
	if err != nil {
		if err == unix.ENOENT {
			return nil
		}
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	dir := os.NewFile(uintptr(fd), name)
	// All names first: removing entries while reading a folder can make
	// the reading skip some.
	entries, err := dir.ReadDir(-1)
	var errs []error
	if err != nil {
		errs = append(errs, err)
	}
	for _, e := range entries {
		n := e.Name()
		if !e.IsDir() {
			if err := unix.Unlinkat(fd, n, 0); err != nil && err != unix.ENOENT {
				errs = append(errs, &os.PathError{Op: "unlinkat", Path: name + "/" + n, Err: err})
			}
			continue
		}
		if sub, err := unix.Openat(fd, n, flags, 0); err == nil {
			unix.Unlinkat(sub, "index.html", 0)
			unix.Close(sub)
		}
		if err := unix.Unlinkat(fd, n, unix.AT_REMOVEDIR); err == nil || err == unix.ENOENT {
			continue
		}
		if err := removeDirAt(fd, n); err != nil {
			errs = append(errs, err)
		}
	}
	dir.Close()
	if err := unix.Unlinkat(parent, name, unix.AT_REMOVEDIR); err != nil && err != unix.ENOENT {
		errs = append(errs, &os.PathError{Op: "unlinkat", Path: name, Err: err})
	}
	return errors.Join(errs...)
}

// fileClock is the time the kernel gives a file it changes now: the
// coarse clock, which advances once a tick.
func fileClock() int64 {
	var ts unix.Timespec
	if unix.ClockGettime(unix.CLOCK_REALTIME_COARSE, &ts) != nil {
		return time.Now().UnixNano()
	}
	return ts.Nano()
}
