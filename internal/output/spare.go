package output

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"time"

	"github.com/wazc/site/internal/par"
)

// A warm build of a large site changes a handful of its files, yet making
// a whole new folder costs a few system calls a file (a folder, a link,
// and removing the old site's link and folder after the swap), most of
// what such a build spends. So the site a build replaces is not removed
// but kept beside the destination as its spare (KeepOld), and the next
// build claims it (Claim) and brings it up to date: it writes what it
// renders, takes from the destination what the last build changed, and
// removes what is gone. The spare is then two builds behind the site it
// becomes, and only the files that differ are touched.
//
// The spare is used only as the caller's records describe it (Check):
// every file and folder with the stamp it had, so a file changed, added
// or removed since, in any folder, makes the build use a new folder
// instead. A folder's stamp changes when an entry is added to it or
// removed from it.

// SpareOf is the folder that keeps the site dest replaced, beside it
// (".public.spare" for "public").
func SpareOf(dest string) string {
	return filepath.Join(filepath.Dir(dest), "."+filepath.Base(dest)+".spare")
}

// Dirs returns the folders that hold the files names, "." (the top)
// first, each after the folder that holds it, in the order names first
// need them: the same names give the same list.
func Dirs(names []string) []string {
	seen := map[string]bool{".": true}
	dirs := []string{"."}
	var up []string
	for _, n := range names {
		for d := path.Dir(n); !seen[d]; d = path.Dir(d) {
			seen[d] = true
			up = append(up, d)
		}
		for i := len(up) - 1; i >= 0; i-- {
			dirs = append(dirs, up[i])
		}
		up = up[:0]
	}
	return dirs
}

// Check reports whether the folder root holds exactly the files names
// with stamps, in the folders Dirs(names) with dirStamps, on all cores.
func Check(root string, names []string, stamps []Stamp, dirStamps []Stamp) bool {
	dirs := Dirs(names)
	if len(stamps) != len(names) || len(dirStamps) != len(dirs) {
		return false
	}
	got, ok := Stamps(root, names)
	for i := range names {
		if !ok[i] || got[i] != stamps[i] {
			return false
		}
	}
	have, ok2 := dirStampsOf(root, dirs)
	return ok2 && slices.Equal(have, dirStamps)
}

// KeepOld makes Commit keep the site it replaces as the destination's
// spare, for the next build to Claim, instead of removing it.
func (d *Dir) KeepOld() { d.keep = true }

// Spare describes a spare folder, as a build's records left it: its
// files and folders with their stamps (as Check takes them), and Fresh,
// the files the destination holds that the spare may not hold as they
// are there (those the last build wrote).
type Spare struct {
	Names, Fresh      []string
	Stamps, DirStamps []Stamp
}

// Claim makes the destination's spare the folder this build writes into,
// in place of the empty one NewDir made. Call it before anything is
// written, once Check has vouched for sp. From then on WriteFile replaces
// a file rather than writing into it (the spare's files may be the
// destination's too, by hard link), Reuse leaves a file of the spare that
// is not Fresh as it is, and Keep removes what the build does not have.
func (d *Dir) Claim(sp Spare) error {
	d.sys.close()
	if err := os.Remove(d.tmp); err != nil {
		return errors.Join(err, d.sys.open(d.tmp))
	}
	if err := os.Rename(SpareOf(d.dest), d.tmp); err != nil {
		if merr := os.Mkdir(d.tmp, 0o755); merr != nil {
			return errors.Join(err, merr)
		}
		return errors.Join(err, d.sys.open(d.tmp))
	}
	if err := d.sys.open(d.tmp); err != nil {
		return err
	}
	d.mu.Lock()
	defer d.mu.Unlock()
	d.held = make(map[string]Stamp, len(sp.Names))
	for i, n := range sp.Names {
		d.held[n] = sp.Stamps[i]
	}
	d.heldDirs = map[string]Stamp{}
	for i, dir := range Dirs(sp.Names) {
		d.heldDirs[dir] = sp.DirStamps[i]
		d.dirs[dir] = true
	}
	d.fresh = make(map[string]bool, len(sp.Fresh))
	for _, n := range sp.Fresh {
		d.fresh[n] = true
	}
	return nil
}

// Claimed reports whether the build writes into the destination's spare.
func (d *Dir) Claimed() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.held != nil
}

// clear removes what the claimed spare holds at name before something
// else takes its place there: a file, or a folder and all it holds. It
// reports whether there was something.
func (d *Dir) clear(name string) (bool, error) {
	d.mu.Lock()
	_, file := d.held[name]
	_, dir := d.heldDirs[name]
	delete(d.held, name)
	if dir {
		prefix := name + "/"
		for n := range d.held {
			if strings.HasPrefix(n, prefix) {
				delete(d.held, n)
			}
		}
		for n := range d.heldDirs {
			if n == name || strings.HasPrefix(n, prefix) {
				delete(d.heldDirs, n)
				delete(d.dirs, n)
			}
		}
	}
	if file || dir {
		d.dirty[path.Dir(name)] = true
	}
	d.mu.Unlock()
	switch {
	case file:
		return true, os.Remove(filepath.Join(d.tmp, filepath.FromSlash(name)))
	case dir:
		return true, os.RemoveAll(filepath.Join(d.tmp, filepath.FromSlash(name)))
	}
	return false, nil
}

// Keep removes from a claimed spare the files not in names, the build's
// files, and the folders that then hold none of them.
func (d *Dir) Keep(names []string) error {
	if !d.Claimed() {
		return nil
	}
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	var errs []error
	for _, n := range d.heldBut(false, want) {
		if _, err := d.clear(n); err != nil {
			errs = append(errs, err)
		}
	}
	need := map[string]bool{}
	for _, dir := range Dirs(names) {
		need[dir] = true
	}
	empty := d.heldBut(true, need)
	// Deepest first: a folder sorts before what it holds.
	sort.Sort(sort.Reverse(sort.StringSlice(empty)))
	for _, dir := range empty {
		if _, err := d.clear(dir); err != nil {
			errs = append(errs, err)
		}
	}
	return errors.Join(errs...)
}

// heldBut returns the spare's files, or its folders when dirs, that are
// not in want.
func (d *Dir) heldBut(dirs bool, want map[string]bool) []string {
	d.mu.Lock()
	defer d.mu.Unlock()
	held := d.held
	if dirs {
		held = d.heldDirs
	}
	var out []string
	for n := range held {
		if !want[n] {
			out = append(out, n)
		}
	}
	return out
}

// DirStamps returns the stamps of the folders Dirs(names) of the new
// build: those of a claimed spare whose entries did not change keep the
// stamps it was claimed with, the others are asked for.
func (d *Dir) DirStamps(names []string) ([]Stamp, bool) {
	dirs := Dirs(names)
	stamps := make([]Stamp, len(dirs))
	var ask []string
	var at []int
	d.mu.Lock()
	for i, dir := range dirs {
		if st, ok := d.heldDirs[dir]; ok && !d.dirty[dir] {
			stamps[i] = st
		} else {
			ask, at = append(ask, dir), append(at, i)
		}
	}
	d.mu.Unlock()
	asked, ok := dirStampsOf(d.tmp, ask)
	if !ok {
		return nil, false
	}
	for j, i := range at {
		stamps[i] = asked[j]
	}
	return stamps, true
}

// Spared reports whether Commit kept the replaced site as the spare.
func (d *Dir) Spared() bool { return d.spared }

// removeSpare removes a spare no build will claim: it describes a site
// older than the one just replaced.
func removeSpare(spare string) error {
	if _, err := os.Lstat(spare); errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	return removeTree(spare)
}

// Settle returns once a change to a file or folder would give it a time
// later than any of stamps: the file system's clock advances by ticks
// (a few milliseconds), so a file changed in the tick in which it was
// stamped could keep its stamp. The stamps a build records of its folder
// then tell every later change. It waits at most a few ticks.
func Settle(stamps ...[]Stamp) {
	// A time ahead of the clock (it was set back) is left out: waiting
	// for it would not help.
	var newest int64
	ahead := fileClock() + int64(50*time.Millisecond)
	for _, list := range stamps {
		for _, s := range list {
			if s.Mtime <= ahead {
				newest = max(newest, s.Mtime)
			}
		}
	}
	for deadline := time.Now().Add(time.Second); fileClock() <= newest && time.Now().Before(deadline); {
		time.Sleep(time.Millisecond)
	}
}

// Refresh makes the spare Commit kept hold the files names of the new
// site, by hard link, after a build that wrote most of them: the next
// build, which would otherwise take each from the destination, then
// finds them in place. last describes the site the build replaced, now
// the spare, as recorded: a spare that is not (Check) is removed, as
// what else it holds would stay. Refresh returns the stamps of the
// spare's folders (Dirs(names)); its files' are the destination's. When
// it fails, the spare is removed, and ok is false.
func (d *Dir) Refresh(names []string, last Spare) (dirStamps []Stamp, ok bool) {
	if !d.spared {
		return nil, false
	}
	spare := SpareOf(d.dest)
	if !Check(spare, last.Names, last.Stamps, last.DirStamps) {
		removeTree(spare)
		d.spared = false
		return nil, false
	}
	old := last.Names
	want := make(map[string]bool, len(names))
	for _, n := range names {
		want[n] = true
	}
	had := map[string]bool{}
	for _, dir := range Dirs(old) {
		had[dir] = true
	}
	err := func() error {
		for _, n := range old {
			if !want[n] {
				if err := os.Remove(filepath.Join(spare, filepath.FromSlash(n))); err != nil && !errors.Is(err, fs.ErrNotExist) {
					return err
				}
			}
		}
		need := Dirs(names)
		needed := make(map[string]bool, len(need))
		for _, dir := range need {
			needed[dir] = true
		}
		var gone []string
		for dir := range had {
			if !needed[dir] {
				gone = append(gone, dir)
			}
		}
		sort.Sort(sort.Reverse(sort.StringSlice(gone))) // deepest first
		for _, dir := range gone {
			if err := os.RemoveAll(filepath.Join(spare, filepath.FromSlash(dir))); err != nil {
				return err
			}
		}
		for _, dir := range need { // each after the folder holding it
			if !had[dir] {
				if err := os.Mkdir(filepath.Join(spare, filepath.FromSlash(dir)), 0o755); err != nil && !errors.Is(err, fs.ErrExist) {
					return err
				}
			}
		}
		errs := make([]error, len(names))
		par.Each(len(names), 0, func(i int) {
			p := filepath.Join(spare, filepath.FromSlash(names[i]))
			if err := os.Remove(p); err != nil && !errors.Is(err, fs.ErrNotExist) {
				if err = os.RemoveAll(p); err != nil {
					errs[i] = err
					return
				}
			}
			errs[i] = os.Link(filepath.Join(d.dest, filepath.FromSlash(names[i])), p)
		})
		return errors.Join(errs...)
	}()
	if err == nil {
		var known bool
		dirStamps, known = dirStampsOf(spare, Dirs(names))
		if known {
			Settle(dirStamps)
			return dirStamps, true
		}
	}
	removeTree(spare)
	d.spared = false
	return nil, false
}

// dirStampsOf returns the stamps of the folders dirs of root.
func dirStampsOf(root string, dirs []string) ([]Stamp, bool) {
	stamps := make([]Stamp, len(dirs))
	bad := make([]bool, len(dirs))
	par.Each(len(dirs), 0, func(i int) {
		fi, err := os.Lstat(filepath.Join(root, filepath.FromSlash(dirs[i])))
		if err != nil || !fi.IsDir() {
			bad[i] = true
			return
		}
		stamps[i] = StampOf(fi)
	})
	for _, b := range bad {
		if b {
			return nil, false
		}
	}
	return stamps, true
}
