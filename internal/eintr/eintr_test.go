//go:build unix

package eintr_test

import (
	"errors"
	"testing"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/eintr"
)

func TestRetryRepeatsOnlyInterruptedCalls(t *testing.T) {
	calls := 0
	err := eintr.Retry(func() error {
		calls++
		if calls < 3 {
			return unix.EINTR
		}
		return unix.ENOENT
	})
	if calls != 3 || !errors.Is(err, unix.ENOENT) {
		t.Errorf("%d calls, error %v; want 3 calls and ENOENT", calls, err)
	}
	calls = 0
	if err := eintr.Retry(func() error { calls++; return nil }); err != nil || calls != 1 {
		t.Errorf("a call that succeeds: %d calls, error %v; want 1 and nil", calls, err)
	}
}
