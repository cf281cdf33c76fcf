package s3test

import "syscall"

// The store dies with the test binary, even one killed by a timeout.
func procAttr() *syscall.SysProcAttr { return &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL} }
