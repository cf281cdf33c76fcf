// Package par runs a loop's iterations on several goroutines: the one
// worker pool of the pipeline's stages (reading pages, rendering them,
// writing the search index, removing an old output folder).
package par

import (
	"runtime"
	"sync"
	"sync/atomic"
)

// Each calls f(0), …, f(n-1), each once, on at most workers goroutines
// (all cores when workers is 0 or less), and returns when all have
// returned. Iterations are handed out in order as workers free up, so
// that one slow iteration does not hold back a share of the others.
func Each(n, workers int, f func(i int)) {
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers > n {
		workers = n
	}
	var next atomic.Int64
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				i := int(next.Add(1) - 1)
				if i >= n {
					return
				}
				f(i)
			}
		}()
	}
	wg.Wait()
}
