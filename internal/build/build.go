// Package build runs the pipeline: it reads the configuration, loads the
// content (package content), renders it (package render) and hands the
// files to a writer (package output).
//
// Run builds once into a writer; ToDir builds into a folder and puts it in
// place only when the whole build succeeded (site build); Check builds into
// nothing, for every check and no output (site check); Load reads the
// configuration and the content without rendering (site new, site i18n).
//
// The dev server (package serve) builds through a Session instead: each
// Session.Build is told which files changed and reuses what they cannot
// have affected, into memory. Run is a Session's first build without the
// caches, so both go through the same stages and give the same output; the
// tests compare them.
package build

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
)

// Options say what to build.
type Options struct {
	Source  string // the site root: site.yaml, content/, layouts/, static/
	BaseURL string // overrides site.yaml's baseURL when set
	Drafts  bool
	// Minify minifies HTML, CSS, JavaScript, JSON and SVG.
	Minify bool
	// RelativeURLs makes every link relative, with index.html written out,
	// for a copy of the site that works from a folder (file://).
	RelativeURLs bool
	// Dev is set by the dev server: stylesheets and scripts keep their
	// names (no fingerprint, no integrity hash) so they can be swapped in
	// place.
	Dev bool
	// LateIndex is set by the dev server too: a rebuild returns before it
	// writes the search index, which Outcome.Index then writes, so that
	// an edit shows before the index of its language is made again.
	LateIndex bool
	// CacheDir, when set, is a folder that keeps Markdown conversions
	// between builds (package buildcache): a build converts only the pages
	// whose source, options or links changed. Run and ToDir use it.
	CacheDir string
}

// Result describes a finished build.
type Result struct {
	Site     *content.Site
	Stats    render.Stats
	Warnings []error
	Duration time.Duration
	// Cached is set when the build used a CacheDir; Reused counts the
	// pages whose Markdown it took from there, of all the site's pages.
	Cached bool
	Reused int
	// Kept counts the files a warm build took from the folder it
	// replaced, unchanged, instead of writing them.
	Kept int
	// Spare is set when a warm build wrote into the folder the build
	// before it replaced (kept as the destination's spare), touching only
	// the files that changed since.
	Spare bool
}

// Summary is the one line printed after a build.
func (r *Result) Summary() string {
	var parts []string
	for _, l := range r.Site.Langs {
		parts = append(parts, fmt.Sprintf("%s %d", l.Lang.Code, r.Stats.Pages[l.Lang.Code]))
	}
	kept := ""
	if r.Kept > 0 {
		kept = fmt.Sprintf(" (%s kept from the last build)", thousands(r.Kept))
	}
	line := fmt.Sprintf("pages: %s; %d files written%s in %s", strings.Join(parts, ", "), r.Stats.Files, kept, r.Duration.Round(time.Millisecond))
	if r.Cached {
		line += fmt.Sprintf("; %s of %s pages reused from the cache", thousands(r.Reused), thousands(len(r.Site.Pages)))
	}
	return line
}

// thousands writes n with commas between groups of three digits: 4,000.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Run builds the site into w. On error nothing useful is in w; the error
// is a ferr.List of every problem found. It is a Session's first build,
// without the caches that only pay off when building again.
func Run(opts Options, w output.Writer) (*Result, error) {
	s := &Session{opts: opts}
	out, err := s.build(w, true, true)
	if out == nil {
		return nil, err
	}
	return out.Result, err
}

// ToDir builds into the folder dest, replacing it only if the whole build
// succeeds. A build to publish warns when its base URL is a placeholder
// (example.org, localhost): the dev server and check do not need one. A dest that is the source, contains it, or is the file-system
// root is refused before anything is touched.
func ToDir(opts Options, dest string) (*Result, error) {
	if err := checkDest(opts.Source, dest); err != nil {
		return nil, err
	}
	d, err := output.NewDir(dest)
	if err != nil {
		return nil, err
	}
	commit := func() error {
		if err := d.Commit(); err != nil {
			return fmt.Errorf("replacing %s: %w", dest, err)
		}
		return nil
	}
	s := &Session{opts: opts, commit: commit}
	out, err := s.build(d, true, true)
	if out == nil {
		d.Abort()
		return nil, err
	}
	res := out.Result
	if res.Site != nil {
		if w := res.Site.Config.PlaceholderWarning(); w != nil {
			res.Warnings = append(res.Warnings, w)
		}
	}
	if err == nil && !out.committed {
		err = commit()
	}
	if err != nil {
		d.Abort()
		return res, err
	}
	return res, nil
}

func checkDest(src, dest string) error {
	s, err1 := filepath.Abs(src)
	d, err2 := filepath.Abs(dest)
	if err := errors.Join(err1, err2); err != nil {
		return err
	}
	if real, err := filepath.EvalSymlinks(s); err == nil {
		s = real
	}
	if real, err := filepath.EvalSymlinks(d); err == nil {
		d = real
	}
	switch {
	case d == filepath.Dir(d):
		return fmt.Errorf("refusing to build into %s: the destination would replace the file system's root", dest)
	case d == s:
		return fmt.Errorf("refusing to build into %s: it is the site's source folder", dest)
	case strings.HasPrefix(s, d+string(filepath.Separator)):
		return fmt.Errorf("refusing to build into %s: it contains the site's source", dest)
	}
	for _, dir := range []string{"content", "layouts", "static"} {
		if d == filepath.Join(s, dir) || strings.HasPrefix(d, filepath.Join(s, dir)+string(filepath.Separator)) {
			return fmt.Errorf("refusing to build into %s: it is inside the site's %s/ folder", dest, dir)
		}
	}
	if fi, err := os.Stat(d); err == nil && !fi.IsDir() {
		return fmt.Errorf("refusing to build into %s: it is a file", dest)
	}
	return nil
}

// Load reads the configuration and the content without rendering, for
// commands that only look at pages (site i18n).
func Load(opts Options) (*content.Site, []error, error) {
	cfg, err := config.Load(opts.Source)
	if err != nil {
		return nil, nil, err
	}
	return content.Load(opts.Source, cfg, content.Options{Drafts: opts.Drafts})
}

// discard is a writer that keeps nothing.
type discard struct{}

func (discard) WriteFile(name string, _ []byte) error { return output.CheckName(name) }

// Check runs every check of a build, writing nothing.
func Check(opts Options) (*Result, error) { return Run(opts, discard{}) }
