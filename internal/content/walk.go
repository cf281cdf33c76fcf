package content

import (
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/ferr"
	"golang.org/x/text/unicode/norm"
)

// Ignored reports whether a file name is an editor's temporary, swap or
// backup file, or hidden. The dev server's watcher uses the same rule.
func Ignored(name string) bool {
	switch {
	case strings.HasPrefix(name, "."),
		strings.HasSuffix(name, "~"),
		strings.HasSuffix(name, ".swp"), strings.HasSuffix(name, ".swx"),
		strings.HasSuffix(name, ".tmp"),
		strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		name == "4913",
		strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"):
		return true
	}
	return false
}

type file struct {
	lang *config.Language
	rel  string // slash path inside the language folder, NFC
	path string // slash path from the site root, for errors
	abs  string
	info fs.FileInfo
}

// listing walks content/, or reuses the cache's last walk when it still
// holds.
func (l *loader) listing() []file {
	c := l.opts.Cache
	if c != nil {
		c.mu.Lock()
		listed, files := c.listed, c.listing
		c.mu.Unlock()
		if listed {
			out := make([]file, len(files))
			for i, f := range files {
				out[i] = f
				out[i].info = nil
				out[i].lang = l.cfg.Language(f.lang.Code)
			}
			return out
		}
	}
	before := len(*l.errs)
	files := l.walk()
	if c != nil && len(*l.errs) == before && len(l.warnings) == 0 {
		c.mu.Lock()
		c.listing, c.listed = files, true
		c.mu.Unlock()
	}
	return files
}

func (l *loader) walk() []file {
	contentDir := filepath.Join(l.root, "content")
	entries, err := os.ReadDir(contentDir)
	if err != nil {
		if !errors.Is(err, fs.ErrNotExist) {
			l.errs.Addf("content", 0, "%v", err)
		}
		return nil
	}
	var files []file
	for _, e := range entries {
		name := e.Name()
		if Ignored(name) {
			continue
		}
		if e.Type()&fs.ModeSymlink != 0 {
			l.warnings = append(l.warnings, ferr.New("content/"+name, 0, "symbolic link not followed"))
			continue
		}
		if !e.IsDir() {
			l.warnings = append(l.warnings, ferr.New("content/"+name, 0, "ignored: pages live in content/<language>/"))
			continue
		}
		lang := l.cfg.Language(name)
		if lang == nil {
			l.errs.Addf("content/"+name, 0, "folder for language %q, which is not in %s (languages: %s)", name, config.FileName, l.codes())
			continue
		}
		base := filepath.Join(contentDir, name)
		err := filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
			rel, _ := filepath.Rel(base, p)
			rel = filepath.ToSlash(rel)
			shown := "content/" + name + "/" + rel
			if err != nil {
				l.errs.Addf(shown, 0, "%v", unwrapPathErr(err))
				return nil
			}
			if p == base {
				return nil
			}
			if Ignored(d.Name()) {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if d.Type()&fs.ModeSymlink != 0 {
				l.warnings = append(l.warnings, ferr.New(shown, 0, "symbolic link not followed"))
				return nil
			}
			if d.IsDir() {
				return nil
			}
			if !d.Type().IsRegular() {
				// A named pipe or device would block or never end.
				l.warnings = append(l.warnings, ferr.New(shown, 0, "ignored: not a regular file"))
				return nil
			}
			if !strings.HasSuffix(d.Name(), ".md") {
				l.warnings = append(l.warnings, ferr.New(shown, 0, "ignored: not a Markdown page (files to copy as they are go in static/)"))
				return nil
			}
			var info fs.FileInfo
			if l.opts.Cache != nil || l.opts.Unread != nil {
				info, _ = d.Info()
			}
			files = append(files, file{lang: lang, rel: norm.NFC.String(rel), path: shown, abs: p, info: info})
			return nil
		})
		if err != nil {
			l.errs.Addf("content/"+name, 0, "%v", err)
		}
	}
	return files
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

func (l *loader) codes() string {
	var c []string
	for _, lang := range l.cfg.Languages {
		c = append(c, lang.Code)
	}
	return strings.Join(c, ", ")
}

// static lists static/.
func (l *loader) static() []string {
	base := filepath.Join(l.root, "static")
	var out []string
	_ = filepath.WalkDir(base, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(base, p)
		rel = filepath.ToSlash(rel)
		if err != nil {
			if p != base || !errors.Is(err, fs.ErrNotExist) {
				l.errs.Addf("static/"+rel, 0, "%v", unwrapPathErr(err))
			}
			return nil
		}
		if p == base {
			return nil
		}
		if Ignored(d.Name()) {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type()&fs.ModeSymlink != 0 {
			l.warnings = append(l.warnings, ferr.New("static/"+rel, 0, "symbolic link not followed"))
			return nil
		}
		if !d.IsDir() {
			if !d.Type().IsRegular() {
				l.warnings = append(l.warnings, ferr.New("static/"+rel, 0, "ignored: not a regular file"))
				return nil
			}
			out = append(out, rel)
		}
		return nil
	})
	sort.Strings(out)
	return out
}
