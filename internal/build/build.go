// Package build runs the whole pipeline once: it reads the configuration,
// loads the content (package content), renders it (package render) and
// hands the files to a writer (package output). The command line's build
// and the dev server both go through Run; only the writer differs.
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
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/i18n"
	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
)

// Options say what to build.
type Options struct {
	Source  string // the site root: site.yaml, content/, layouts/, static/
	BaseURL string // overrides site.yaml's baseURL when set
	Drafts  bool
}

// Result describes a finished build.
type Result struct {
	Site     *content.Site
	Stats    render.Stats
	Warnings []error
	Duration time.Duration
}

// Summary is the one line printed after a build.
func (r *Result) Summary() string {
	var parts []string
	for _, l := range r.Site.Langs {
		parts = append(parts, fmt.Sprintf("%s %d", l.Lang.Code, r.Stats.Pages[l.Lang.Code]))
	}
	return fmt.Sprintf("pages: %s; %d files written in %s", strings.Join(parts, ", "), r.Stats.Files, r.Duration.Round(time.Millisecond))
}

// Run builds the site into w. On error nothing useful is in w; the error
// is a ferr.List of every problem found.
func Run(opts Options, w output.Writer) (*Result, error) {
	start := time.Now()
	cfg, err := config.Load(opts.Source)
	if err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		cfg.BaseURL = strings.TrimSuffix(opts.BaseURL, "/") + "/"
	}
	var errs ferr.List
	res := &Result{}
	strs, warns, err := i18n.Load(opts.Source, cfg)
	errs.Add(err)
	res.Warnings = append(res.Warnings, warns...)
	var layouts *layout.Set
	if strs != nil {
		layouts, err = layout.Load(opts.Source, cfg, strs)
		errs.Add(err)
	}
	site, warns, err := content.Load(opts.Source, cfg, content.Options{Drafts: opts.Drafts})
	errs.Add(err)
	res.Warnings = append(res.Warnings, warns...)
	res.Site = site
	r := &render.Renderer{Site: site, Layouts: layouts, MD: markdown.New(markdown.Options{Unsafe: cfg.Markup.Unsafe}), Root: opts.Source}
	// Markdown is converted even when loading found problems, so that one
	// run reports broken links too.
	errs.Add(r.Convert(site.Pages))
	if errs.Err() != nil || layouts == nil {
		return res, errs.Err()
	}
	res.Stats.Pages = map[string]int{}
	for _, p := range site.Pages {
		res.Stats.Pages[p.Lang.Code]++
	}
	errs.Add(r.Pages(site.Pages, w, &res.Stats))
	errs.Add(r.Aliases(w, &res.Stats))
	errs.Add(r.NotFound(w, &res.Stats))
	errs.Add(r.Chooser(w, &res.Stats))
	errs.Add(r.Sitemap(w, &res.Stats))
	errs.Add(r.Static(w, &res.Stats))
	res.Duration = time.Since(start)
	return res, errs.Err()
}

// ToDir builds into the folder dest, replacing it only if the whole build
// succeeds. A dest that is the source, contains it, or is the file-system
// root is refused before anything is touched.
func ToDir(opts Options, dest string) (*Result, error) {
	if err := checkDest(opts.Source, dest); err != nil {
		return nil, err
	}
	d, err := output.NewDir(dest)
	if err != nil {
		return nil, err
	}
	res, err := Run(opts, d)
	if err != nil {
		d.Abort()
		return res, err
	}
	if err := d.Commit(); err != nil {
		d.Abort()
		return res, fmt.Errorf("replacing %s: %w", dest, err)
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
