package buildcache

// The last build's folders: checking the destination and claiming the
// spare (see Open and package output).

import (
	"github.com/wazc/site/internal/output"
)

// lastBuild is what Open finds, while the site loads, of the last build
// into the same folder: nil when its files cannot be reused. claimed is
// set when a build that renders every page writes into the spare.
type lastBuild struct {
	last    *Last
	claimed bool
	err     error
}

// Wait waits for what Open began to check of the last build, which may
// claim the spare for Build.Out: call it (or Restore) before giving up
// on the folder.
func (u *Use) Wait() { u.wait() }

func (u *Use) wait() lastBuild {
	u.state()
	u.waitOnce.Do(func() {
		if u.ready != nil {
			u.found = <-u.ready
		}
	})
	return u.found
}

// checkLast checks that the destination holds the files the state names
// as it left them, and reads the search index's entries. It claims the
// spare the last build kept when that holds what the state says, and the
// destination the files the spare lacks: the build then writes into it.
func (u *Use) checkLast(st *state) lastBuild {
	claimed := u.claim(st)
	if !claimed && !u.check(st.outputs, st.stamps, nil) {
		// Someone changed the published folder: render it all.
		return lastBuild{}
	}
	last := &Last{Static: st.static, Sitemaps: st.sitemaps, Assets: st.assets, Outputs: st.outputs, Stamps: st.stamps, Claimed: claimed}
	if u.build.Search {
		ix, err := u.restoreIndex(st)
		if err != nil {
			return lastBuild{err: err}
		}
		last.Index = ix
	}
	return lastBuild{last: last}
}

// check reports whether the destination holds the files names with
// stamps; only those where want is true, when want is not nil.
func (u *Use) check(names []string, stamps []output.Stamp, want []bool) bool {
	var ask []string
	var at []int
	for i, n := range names {
		if want == nil || want[i] {
			ask, at = append(ask, n), append(at, i)
		}
	}
	got, ok := output.Stamps(u.build.Dest, ask)
	for j, i := range at {
		if !ok[j] || got[j] != stamps[i] {
			return false
		}
	}
	return true
}

// claim claims the spare for u.build.Out when the spare holds what st
// says, and the destination the files the spare may not hold as they
// are there: those the last build wrote, and those the spare lacks.
func (u *Use) claim(st *state) bool {
	sp := st.spare
	if sp == nil || u.build.Out == nil {
		return false
	}
	inSpare := make(map[string]bool, len(sp.outputs))
	for _, n := range sp.outputs {
		inSpare[n] = true
	}
	fresh := make([]bool, len(st.outputs))
	var names []string
	for i, n := range st.outputs {
		if st.written[i] || !inSpare[n] {
			fresh[i], names = true, append(names, n)
		}
	}
	if !u.check(st.outputs, st.stamps, fresh) || !output.Check(output.SpareOf(u.build.Dest), sp.outputs, sp.stamps, sp.dirStamps) {
		return false
	}
	return u.build.Out.Claim(output.Spare{Names: sp.outputs, Stamps: sp.stamps, DirStamps: sp.dirStamps, Fresh: names}) == nil
}

// Replaced describes the folder the build replaces, as the last build
// left it (empty when unknown): what a spare kept of it should hold.
func (u *Use) Replaced() output.Spare {
	if st := u.state(); st != nil {
		return output.Spare{Names: st.outputs, Stamps: st.stamps, DirStamps: st.dirStamps}
	}
	return output.Spare{}
}
