package output

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/par"
)

// Stamp identifies one state of a file: its size, modification time and,
// where the system has them, its inode. A file of the destination whose
// stamp is the one recorded after the build that wrote it is that build's
// file: site build does not write into a published folder, only swaps a
// new one in.
type Stamp struct {
	Size, Mtime int64
	Ino         uint64
}

// StampOf is the stamp of a file the system described as fi.
func StampOf(fi fs.FileInfo) Stamp {
	return Stamp{Size: fi.Size(), Mtime: fi.ModTime().UnixNano(), Ino: inode(fi)}
}

// Stamps returns the stamps of files names of the folder dir, on all
// cores; ok is false for a name that is not a regular file there.
func Stamps(dir string, names []string) (stamps []Stamp, ok []bool) {
	stamps, ok = make([]Stamp, len(names)), make([]bool, len(names))
	par.Each(len(names), 0, func(i int) {
		fi, err := os.Lstat(filepath.Join(dir, filepath.FromSlash(names[i])))
		if err == nil && fi.Mode().IsRegular() {
			stamps[i], ok[i] = StampOf(fi), true
		}
	})
	return stamps, ok
}

// Stamps returns the stamps of files names of the new build (see the
// package function Stamps). Renaming the folder into place keeps them.
// A file Reuse linked is the destination's file, so its stamp is the one
// last gives it, when it has one (checked when the build began): a warm
// build of a large site need not ask the system about the thousands of
// files it did not write.
func (d *Dir) Stamps(names []string, last map[string]Stamp) ([]Stamp, []bool) {
	stamps, ok := make([]Stamp, len(names)), make([]bool, len(names))
	var ask []int
	d.mu.Lock()
	for i, name := range names {
		if st, known := last[name]; known && d.linked[name] {
			stamps[i], ok[i] = st, true
		} else if st, kept := d.held[name]; kept && !d.written[name] {
			stamps[i], ok[i] = st, true
		} else {
			ask = append(ask, i)
		}
	}
	d.mu.Unlock()
	par.Each(len(ask), 0, func(j int) {
		i := ask[j]
		fi, err := os.Lstat(filepath.Join(d.tmp, filepath.FromSlash(names[i])))
		if err == nil && fi.Mode().IsRegular() {
			stamps[i], ok[i] = StampOf(fi), true
		}
	})
	return stamps, ok
}

// Dest is the folder Commit replaces, as an absolute path.
func (d *Dir) Dest() string { return d.dest }

// Written reports whether this build wrote name.
func (d *Dir) Written(name string) bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.written[name]
}

// Reuse puts the destination's files names into the new build, as they
// are, for those this build did not write: a warm build renders only what
// changed and takes the rest from the site it replaces. Each file is a
// hard link where the file system allows one (nothing is copied, and the
// old site keeps its own link until Commit removes it), else a copy.
// Call it once the build has written everything: the names it wrote are
// skipped, so the old site's files are never written through a link.
func (d *Dir) Reuse(names []string) error {
	errs := make([]error, len(names))
	par.Each(len(names), 0, func(i int) {
		name := names[i]
		if err := CheckName(name); err != nil {
			errs[i] = err
			return
		}
		if d.Written(name) {
			return
		}
		d.mu.Lock()
		_, held := d.held[name]
		keep := held && !d.fresh[name]
		claimed := d.held != nil
		if !keep {
			d.dirty[path.Dir(name)] = true
		}
		d.mu.Unlock()
		if keep {
			return // the spare's file is the last build's
		}
		var err error
		if claimed {
			_, err = d.clear(name)
		}
		if err == nil {
			err = d.mkdirs(path.Dir(name))
		}
		if err == nil {
			err = d.sys.link(d.dest, name)
			if err == nil {
				d.mu.Lock()
				d.linked[name] = true
				d.mu.Unlock()
			}
		}
		if err != nil {
			err = d.copyIn(name)
		}
		if err != nil {
			var pe *fs.PathError
			if errors.As(err, &pe) {
				err = pe.Err
			}
			errs[i] = ferr.New(filepath.ToSlash(filepath.Join(d.shown, filepath.FromSlash(name))), 0, "cannot reuse the last build's file: %w", err)
		}
	})
	var all ferr.List
	for _, e := range errs {
		all.Add(e)
	}
	return all.Err()
}

// copyIn copies the destination's file name into the new build, where a
// hard link was refused.
func (d *Dir) copyIn(name string) error {
	src, err := os.Open(filepath.Join(d.dest, filepath.FromSlash(name)))
	if err != nil {
		return err
	}
	defer src.Close()
	dst, err := os.OpenFile(filepath.Join(d.tmp, filepath.FromSlash(name)), os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	if cerr := dst.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("copying: %w", err)
	}
	return nil
}
