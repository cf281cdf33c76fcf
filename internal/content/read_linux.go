package content

import (
	"os"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/eintr"
)

// readFile reads a whole file with the bare system calls: os.ReadFile also
// sets the file non-blocking, offers it to the network poller and reads
// once more to see the end, twice the calls per page, and on a site of
// thousands of pages those calls are most of the loading time.
func readFile(name string) ([]byte, error) {
	var fd int
	err := eintr.Retry(func() (err error) {
		fd, err = unix.Open(name, unix.O_RDONLY|unix.O_CLOEXEC, 0)
		return err
	})
	if err != nil {
		return nil, &os.PathError{Op: "open", Path: name, Err: err}
	}
	defer unix.Close(fd)
	var st unix.Stat_t
	if err := unix.Fstat(fd, &st); err != nil {
		return nil, &os.PathError{Op: "stat", Path: name, Err: err}
	}
	// Room for one byte more than fstat says, so that a file that grew
	// since is read to its end rather than cut.
	buf := make([]byte, 0, st.Size+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := unix.Read(fd, buf[len(buf):cap(buf)])
		switch {
		case err == unix.EINTR:
			continue
		case err != nil:
			return nil, &os.PathError{Op: "read", Path: name, Err: err}
		case n == 0:
			return buf, nil
		}
		buf = buf[:len(buf)+n]
		if int64(len(buf)) == st.Size {
			return buf, nil // all of it, in the common case in one read
		}
	}
}
