package build

import (
	"bytes"
	"errors"
	"sort"
	"time"

	"github.com/wazc/site/internal/output"
)

// lateIndex writes the search index that first, the last build, left
// out, into a copy of its files.
func (s *Session) lateIndex(first *Outcome) (*Outcome, error) {
	if s.last != first {
		return nil, errors.New("build: Outcome.Index called after another Build")
	}
	start := time.Now()
	base := make(map[string][]byte, len(first.Files))
	for k, v := range first.Files {
		base[k] = v
	}
	mem := output.NewMemoryFrom(base)
	if err := first.late(mem); err != nil {
		// The next build writes it again, with everything else.
		s.pendingFull = true
		return first, err
	}
	out := *first
	out.Index, out.late, out.Changed, out.Removed = nil, nil, nil, nil
	out.Files = mem.Files()
	out.Changed, out.Removed = diff(first.Files, out.Files)
	res := *first.Result
	out.Late = time.Since(start)
	res.Duration += out.Late
	out.Result = &res
	s.last = &out
	return &out, nil
}

// diff lists the files of now that are new or differ from last, and
// those of last that now has not, sorted.
func diff(last, now map[string][]byte) (changed, removed []string) {
	for name, data := range now {
		if old, had := last[name]; !had || !bytes.Equal(old, data) {
			changed = append(changed, name)
		}
	}
	for name := range last {
		if _, ok := now[name]; !ok {
			removed = append(removed, name)
		}
	}
	sort.Strings(changed)
	sort.Strings(removed)
	return changed, removed
}
