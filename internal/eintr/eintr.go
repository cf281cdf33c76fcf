//go:build unix

// Package eintr repeats system calls that a signal interrupted. It is a
// leaf: the stages that make bare system calls (content reads, output
// writes) share it without importing each other.
package eintr

import "golang.org/x/sys/unix"

// Retry calls f again for as long as it fails with EINTR, as package os
// does for its own calls, and returns its first other result.
func Retry(f func() error) error {
	for {
		if err := f(); err != unix.EINTR {
			return err
		}
	}
}
