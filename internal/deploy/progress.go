package deploy

import (
	"fmt"
	"io"
	"strings"
	"sync"
	"time"
)

// progress draws a one-line bar of files and bytes uploaded on a terminal.
type progress struct {
	w            io.Writer
	files, bytes int64
	mu           sync.Mutex
	doneFiles    int64
	doneBytes    int64
	stop         chan struct{}
	wg           sync.WaitGroup
}

func newProgress(w io.Writer, files int, bytes int64) *progress {
	p := &progress{w: w, files: int64(files), bytes: bytes, stop: make(chan struct{})}
	if w == nil || files == 0 {
		return p
	}
	p.wg.Add(1)
	go func() {
		defer p.wg.Done()
		tick := time.NewTicker(200 * time.Millisecond)
		defer tick.Stop()
		for {
			select {
			case <-p.stop:
				fmt.Fprint(p.w, "\r\033[K")
				return
			case <-tick.C:
				p.draw()
			}
		}
	}()
	return p
}

func (p *progress) add(n int64) {
	p.mu.Lock()
	p.doneFiles++
	p.doneBytes += n
	p.mu.Unlock()
}

func (p *progress) draw() {
	p.mu.Lock()
	f, b := p.doneFiles, p.doneBytes
	p.mu.Unlock()
	const width = 30
	n := int(width * f / max(p.files, 1))
	fmt.Fprintf(p.w, "\r[%s%s] %s/%s files, %s/%s", strings.Repeat("=", n), strings.Repeat(" ", width-n),
		count(int(f)), count(int(p.files)), bytesize(b), bytesize(p.bytes))
}

func (p *progress) done() {
	if p.w == nil || p.files == 0 {
		return
	}
	close(p.stop)
	p.wg.Wait()
}
