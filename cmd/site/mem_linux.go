package main

import (
	"os"
	"strconv"
	"strings"

	"golang.org/x/sys/unix"
)

// availableMemory is the machine's memory, or the container's memory
// limit (cgroup v2, then v1) when lower; 0 when unknown.
func availableMemory() int64 {
	var si unix.Sysinfo_t
	var n int64
	if unix.Sysinfo(&si) == nil {
		n = int64(si.Totalram) * int64(si.Unit)
	}
	for _, f := range []string{"/sys/fs/cgroup/memory.max", "/sys/fs/cgroup/memory/memory.limit_in_bytes"} {
		b, err := os.ReadFile(f)
		if err != nil {
			continue
		}
		// "max" (v2) or a huge number (v1) when there is no limit.
		if c, err := strconv.ParseInt(strings.TrimSpace(string(b)), 10, 64); err == nil && c > 0 && (n == 0 || c < n) {
			n = c
		}
	}
	return n
}
