//go:build !linux

package content

import "os"

func readFile(name string) ([]byte, error) { return os.ReadFile(name) }
