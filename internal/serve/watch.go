package serve

import (
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/fsnotify/fsnotify"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
)

// watched are the parts of a site the watcher follows, below its root.
var watched = []string{"content", "layouts", "static"}

// Watcher reports changed files of a site. fsnotify watches single
// folders, so the watcher adds every folder of the site at start and every
// folder created later (by mkdir, a rename or a checkout), and forgets
// removed ones. Editors' temporary, swap and backup files are ignored
// (content.Ignored). A burst of events becomes one report once the files
// have been quiet for a moment: the quiet period given to Watch once a
// file or folder was created, removed or renamed (an editor's atomic save
// writes a temporary file and renames it over the page; a checkout touches
// many files), and at most writeQuiet while the burst has only writes to
// existing files (a save in place truncates and writes within a fraction
// of a millisecond). The wait is part of what an edit costs before the
// browser shows it, so it is kept as short as the save allows.
type Watcher struct {
	// Changes receives the changed paths of each burst, as slash paths
	// from the site root, sorted.
	Changes chan []string
	Errors  chan error

	root  string
	quiet time.Duration
	fsw   *fsnotify.Watcher
	mu    sync.Mutex
	dirs  map[string]bool
	done  chan struct{}
}

// Watch starts watching the site at root.
func Watch(root string, quiet time.Duration) (*Watcher, error) {
	fsw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	abs, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	w := &Watcher{
		Changes: make(chan []string, 1), Errors: make(chan error, 1),
		root: abs, quiet: quiet, fsw: fsw, dirs: map[string]bool{}, done: make(chan struct{}),
	}
	// The root itself, for site.yaml and for content/, layouts/ or static/
	// created later.
	if err := fsw.Add(abs); err != nil {
		fsw.Close()
		return nil, err
	}
	for _, d := range watched {
		w.addTree(filepath.Join(abs, d), nil)
	}
	go w.loop()
	return w, nil
}

// Close stops watching.
func (w *Watcher) Close() error {
	close(w.done)
	return w.fsw.Close()
}

// Dirs lists the watched folders, relative to the root.
func (w *Watcher) Dirs() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	var out []string
	for d := range w.dirs {
		rel, _ := filepath.Rel(w.root, d)
		out = append(out, filepath.ToSlash(rel))
	}
	sort.Strings(out)
	return out
}

// addTree watches dir and the folders below it. Files found are reported
// through found: a folder that appears with files in it (a rename, a
// checkout) brings them before its watch exists.
func (w *Watcher) addTree(dir string, found func(string)) {
	filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return nil
		}
		if p != dir && content.Ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			if err := w.fsw.Add(p); err == nil {
				w.mu.Lock()
				w.dirs[p] = true
				w.mu.Unlock()
			}
			return nil
		}
		if found != nil {
			found(p)
		}
		return nil
	})
}

// forget drops the watches of a removed folder and those below it.
func (w *Watcher) forget(dir string) {
	w.mu.Lock()
	defer w.mu.Unlock()
	for d := range w.dirs {
		if d == dir || strings.HasPrefix(d, dir+string(filepath.Separator)) {
			delete(w.dirs, d)
			w.fsw.Remove(d) // already gone with the folder, usually
		}
	}
}

// relevant reports whether a path is part of the site, and its report name.
func (w *Watcher) relevant(p string) (string, bool) {
	rel, err := filepath.Rel(w.root, p)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "", false
	}
	rel = filepath.ToSlash(rel)
	if rel == config.FileName {
		return rel, true
	}
	top, _, _ := strings.Cut(rel, "/")
	ok := false
	for _, d := range watched {
		ok = ok || top == d
	}
	if !ok {
		return "", false
	}
	for _, seg := range strings.Split(rel, "/") {
		if content.Ignored(seg) {
			return "", false
		}
	}
	return rel, true
}

// writeQuiet is the quiet period of a burst of writes alone.
const writeQuiet = 3 * time.Millisecond

func (w *Watcher) loop() {
	pending := map[string]bool{}
	var timer *time.Timer
	var fire <-chan time.Time
	structural := false // the burst created, removed or renamed something
	add := func(p string) {
		if rel, ok := w.relevant(p); ok {
			pending[rel] = true
			quiet := w.quiet
			if !structural {
				quiet = min(quiet, writeQuiet)
			}
			if timer == nil {
				timer = time.NewTimer(quiet)
			} else {
				timer.Reset(quiet)
			}
			fire = timer.C
		}
	}
	for {
		select {
		case <-w.done:
			return
		case ev, ok := <-w.fsw.Events:
			if !ok {
				return
			}
			if ev.Has(fsnotify.Create) {
				if fi, err := os.Lstat(ev.Name); err == nil && fi.IsDir() {
					if _, ok := w.relevant(ev.Name); ok || w.isTop(ev.Name) {
						w.addTree(ev.Name, add)
					}
				}
			}
			if ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				w.forget(ev.Name)
			}
			if ev.Has(fsnotify.Create) || ev.Has(fsnotify.Remove) || ev.Has(fsnotify.Rename) {
				if _, ok := w.relevant(ev.Name); ok {
					structural = true
				}
			}
			add(ev.Name)
		case err, ok := <-w.fsw.Errors:
			if !ok {
				return
			}
			select {
			case w.Errors <- err:
			default:
			}
		case <-fire:
			fire = nil
			structural = false
			if len(pending) == 0 {
				continue
			}
			list := make([]string, 0, len(pending))
			for p := range pending {
				list = append(list, p)
			}
			sort.Strings(list)
			pending = map[string]bool{}
			select {
			case w.Changes <- list:
			case <-w.done:
				return
			}
		}
	}
}

// isTop reports whether p is one of the watched folders at the root.
func (w *Watcher) isTop(p string) bool {
	for _, d := range watched {
		if p == filepath.Join(w.root, d) {
			return true
		}
	}
	return false
}
