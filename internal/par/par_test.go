package par

import (
	"sync/atomic"
	"testing"
)

func TestEachCallsEveryIndexOnce(t *testing.T) {
	for _, c := range []struct{ n, workers int }{{0, 0}, {1, 0}, {100, 0}, {100, 3}, {5, 50}} {
		calls := make([]atomic.Int32, c.n)
		var running, most atomic.Int32
		Each(c.n, c.workers, func(i int) {
			r := running.Add(1)
			for m := most.Load(); r > m && !most.CompareAndSwap(m, r); m = most.Load() {
			}
			calls[i].Add(1)
			running.Add(-1)
		})
		for i := range calls {
			if got := calls[i].Load(); got != 1 {
				t.Errorf("n=%d workers=%d: f(%d) called %d times", c.n, c.workers, i, got)
			}
		}
		if c.workers > 0 && int(most.Load()) > c.workers {
			t.Errorf("n=%d workers=%d: %d ran at once", c.n, c.workers, most.Load())
		}
	}
}
