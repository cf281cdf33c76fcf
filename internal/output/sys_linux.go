package output

import (
	"os"

	"golang.org/x/sys/unix"
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
	return retry(func() error { return unix.Mkdirat(s.fd, name, 0o755) })
}

func (s *sysDir) writeFile(name string, data []byte) error {
	var fd int
	err := retry(func() (err error) {
		fd, err = unix.Openat(s.fd, name, unix.O_WRONLY|unix.O_CREAT|unix.O_TRUNC|unix.O_NOFOLLOW|unix.O_CLOEXEC, 0o644)
		return err
	})
	if err != nil {
		return &os.PathError{Op: "open", Path: name, Err: err}
	}
	for len(data) > 0 && err == nil {
		var n int
		n, err = unix.Write(fd, data)
		if err == unix.EINTR {
			err = nil
		}
		data = data[n:]
	}
	if cerr := unix.Close(fd); err == nil {
		err = cerr
	}
	if err != nil {
		return &os.PathError{Op: "write", Path: name, Err: err}
	}
	return nil
}

// retry repeats a call interrupted by a signal, as package os does.
func retry(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}

// exchange swaps two folders in one step.
func exchange(a, b string) error {
	return unix.Renameat2(unix.AT_FDCWD, a, unix.AT_FDCWD, b, unix.RENAME_EXCHANGE)
}
