package build

import (
	"strings"
	"time"

	"github.com/wazc/site/internal/buildcache"
	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/content"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/i18n"
	"github.com/wazc/site/internal/layout"
	"github.com/wazc/site/internal/markdown"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
	"github.com/wazc/site/internal/search"
)

// Session builds one site again and again into memory, for the dev server.
// Each Build reuses what the changes cannot have touched: files that did not
// change are not parsed again, pages whose source and links did not change
// are not converted again, and only pages whose output can differ are
// rendered again. The output is the same as a full build's; the tests
// compare them.
type Session struct {
	opts  Options
	pages *content.Cache
	conv  *render.Cache
	setup *setup
	last  *Outcome // the last good build
	index render.Indexer
	// What builds that failed were told, carried to the next: their
	// changes are not in the last good build.
	pendingFull, pendingStatic bool
	// again is set for a session that builds more than once: it keeps
	// caches and what each page was. Run builds once, without them.
	again bool
	// commit, when set (ToDir), puts a build that succeeded in place. It
	// runs while the build cache is saved: removing the old site's
	// thousands of files and encoding the cache's state overlap.
	commit func() error
}

type setup struct {
	cfg      *config.Config
	strs     *i18n.Bundle
	layouts  *layout.Set
	warnings []error
}

// Outcome is a finished build of a Session.
type Outcome struct {
	Result *Result
	// Files is the whole built site. It is never changed after Build
	// returns, so it can be served while the next build runs.
	Files map[string][]byte
	// Rendered lists the pages rendered by this build, by output file.
	Rendered []string
	// Changed lists the outputs that are new or differ from the previous
	// good build; Removed those it had and this one has not.
	Changed, Removed []string
	// Converted counts the pages whose Markdown was converted.
	Converted int
	// Index, when not nil, writes the search index this build left out
	// (Options.LateIndex) and returns the whole build, which becomes the
	// session's last one; its Changed and Removed are the index's files.
	// Call it before the next Build.
	Index func() (*Outcome, error)
	// Late is the part of Result.Duration that Index took.
	Late time.Duration

	pages  map[pageKey]pageState // what each page was, to compare with the next build
	site   *content.Site
	static []string // static/'s files
	// late writes the search index into the files of the build, as Index
	// does.
	late func(*output.Memory) error
	// committed is set when the Session's commit ran (see Session).
	committed bool
	sitemaps  []string // the sitemap's files
}

func sameList(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

// NewSession starts a session. Nothing is built until Build.
func NewSession(opts Options) *Session {
	return &Session{opts: opts, pages: content.NewCache(), conv: render.NewCache(), again: true}
}

// Build builds the site, given the files changed since the last call
// (slash paths from the site root, such as "content/en/a.md"; nil on the
// first call). On error the previous good build stays the last one.
func (s *Session) Build(changed []string) (*Outcome, error) {
	if s.last != nil && s.last.Index != nil {
		// A search index left out and never asked for: it is written
		// now, else a build that renders nothing would never write it.
		s.last.Index()
	}
	full := s.last == nil || s.pendingFull
	staticChanged := full || s.pendingStatic
	for _, c := range changed {
		switch {
		case c == config.FileName:
			// The configuration decides languages, URLs and Markdown
			// options: nothing can be reused.
			s.setup, s.pages, s.conv = nil, content.NewCache(), render.NewCache()
			full = true
		case strings.HasPrefix(c, layout.Dir+"/"):
			s.setup = nil
			full = true
		case strings.HasPrefix(c, "static/"):
			staticChanged = true
			// Fingerprinted names and integrity hashes are in every page.
			full = full || !s.opts.Dev
		default:
			s.pages.Changed(c, s.opts.Source)
		}
	}
	base := map[string][]byte{}
	if s.last != nil {
		for k, v := range s.last.Files {
			base[k] = v
		}
	}
	mem := output.NewMemoryFrom(base)
	out, err := s.build(mem, full, staticChanged)
	if err != nil {
		s.pendingFull, s.pendingStatic = full, staticChanged
		return out, err
	}
	s.pendingFull, s.pendingStatic = false, false
	s.pages.Prune(out.site)
	s.conv.Prune(out.site)
	out.Files = mem.Files()
	var last map[string][]byte
	if s.last != nil {
		last = s.last.Files
	}
	out.Changed, out.Removed = diff(last, out.Files)
	s.last = out
	if out.late != nil {
		out.Index = func() (*Outcome, error) { return s.lateIndex(out) }
	}
	return out, nil
}

// loadSetup reads what every page depends on: configuration, UI strings
// and layouts.
func loadSetup(opts Options) (*setup, error) {
	cfg, err := config.Load(opts.Source)
	if err != nil {
		return nil, err
	}
	if opts.BaseURL != "" {
		cfg.SetBaseURL(opts.BaseURL)
	}
	var errs ferr.List
	st := &setup{cfg: cfg}
	var warns []error
	st.strs, warns, err = i18n.Load(opts.Source, cfg)
	errs.Add(err)
	st.warnings = warns
	if st.strs != nil {
		st.layouts, err = layout.Load(opts.Source, cfg, st.strs)
		errs.Add(err)
	}
	return st, errs.Err()
}

// build runs the pipeline into w, in one line: setup (configuration,
// strings, layouts), load, plan (what the changes affect), render and
// write. With full false, w must hold the last build's files, and only
// what can differ from them is written.
func (s *Session) build(w output.Writer, full, staticChanged bool) (*Outcome, error) {
	start := time.Now()
	st, out, err := s.prepare()
	if st == nil {
		return out, err
	}
	var errs ferr.List
	res := &Result{Warnings: append([]error(nil), st.warnings...)}
	out = &Outcome{Result: res}
	var disk *buildcache.Use
	var setup buildcache.Build
	dir, _ := output.Innermost(w).(*output.Dir)
	copts := content.Options{Drafts: s.opts.Drafts, Cache: s.pages}
	if s.opts.CacheDir != "" && (!s.again || s.last == nil) {
		// A build of its own (Run): what the cache folder holds of the
		// last run replaces decoding, converting and, when the folder
		// it replaces is the last build's, every file it need not
		// render again. A dev server's first build reads it too, to
		// start sooner on a large site, but leaves it as it is: the
		// next site build is the one it was kept for.
		setup = buildcache.Build{Search: st.cfg.Search}
		var serr error
		setup.Setup, serr = buildcache.Setup(s.opts.Source, s.optionsText())
		if serr == nil && dir != nil {
			setup.Dest, setup.Out = dir.Dest(), dir
		}
		phase(start, "open")
		setup.ReadAt = time.Now()
		disk = buildcache.Open(s.opts.CacheDir, setup)
		copts.Meta, copts.Known = disk.Meta, disk.Known
		if !s.again && !st.layouts.ReadsSource() {
			// Files the last build read as they are now are not read
			// again: only the pages rendered again need their text.
			copts.Unread = disk.Unread
		}
		if s.again {
			disk.ReadOnly()
		}
	}
	phase(start, "load")
	site, warns, err := content.Load(s.opts.Source, st.cfg, copts)
	errs.Add(err)
	res.Warnings = append(res.Warnings, warns...)
	res.Site, out.site, out.static = site, site, site.Static
	res.Stats.Pages = map[string]int{}
	for _, p := range site.Pages {
		res.Stats.Pages[p.Lang.Code]++
	}
	w = s.filters(w, st.cfg)
	var states chan map[pageKey]pageState
	if s.again || disk != nil {
		// The next build compares with them. Made while the cache is
		// restored, which reads the site too and waits for the check of
		// the last build's files.
		states = make(chan map[pageKey]pageState, 1)
		go func() { states <- pageStates(site) }()
	}
	var warm *buildcache.Last
	if disk != nil && errs.Err() == nil {
		phase(start, "restore")
		disk.Restore(site)
		if disk.Last != nil && setup.Dest != "" {
			warm = disk.Last
			s.last, s.index = restored(warm), warm.Index
			full, staticChanged = false, false
		}
		if warm != nil || disk.Claimed {
			// The folder it replaces is the next build's to claim.
			dir.KeepOld()
		}
	}
	if states != nil {
		out.pages = <-states
	}
	phase(start, "renderer")
	r := s.renderer(st, site, w, full)
	if disk != nil {
		r.Cache = disk.Cache
		if s.again {
			s.conv = disk.Cache // the session's from now on
		}
	}
	if warm != nil {
		// The pages it does not render asked the last build for these.
		for _, a := range warm.Assets {
			r.Assets.Get(a)
		}
	}
	if errs.Err() != nil {
		if disk != nil {
			disk.Wait() // it may be claiming the spare, which Abort removes
		}
		// Markdown is converted even when loading found problems, so that
		// one run reports broken links too.
		errs.Add(r.Convert(site.Pages, nil, nil))
		out.Converted = int(r.Converted)
		return out, errs.Err()
	}
	phase(start, "plan")
	j := s.plan(out, full, staticChanged)
	phase(start, "write")
	err = s.write(r, j, w, &res.Stats)
	out.Converted = int(r.Converted)
	// A build that did not rewrite the sitemap keeps the last one's parts.
	out.sitemaps = r.SitemapFiles()
	if out.sitemaps == nil && s.last != nil {
		out.sitemaps = s.last.sitemaps
	}
	var saving *buildcache.Saving
	if disk != nil && err == nil {
		// Saved while the search index is written and the files are put
		// in place: encoding beside the index (one core a language) and
		// the hard links (system time).
		phase(start, "save")
		saving = disk.Begin(site, buildcache.Done{Build: setup, Pages: cachePages(out.pages), Static: site.Static, Sitemaps: out.sitemaps, Assets: r.Assets.Asked()})
	}
	// A warm build puts the last build's files in place while the search
	// index is written: system time beside one core a language. The
	// index's own files wait, as the index may write any of them again.
	var reused *reuse
	if dir != nil && disk != nil && warm != nil && err == nil {
		reused = startReuse(dir, r, out.sitemaps)
	}
	if r.Index != nil && len(j.pages) > 0 && err == nil {
		index := func(w output.Writer) error {
			var errs ferr.List
			errs.Add(r.Index.Write(r.Site, w))
			return errs.Err()
		}
		if s.opts.LateIndex && s.again && s.last != nil && disk == nil {
			// The files keep the last index until Index.
			out.late = func(m *output.Memory) error {
				err := index(m)
				keep := r.Outputs()
				for _, f := range out.sitemaps {
					keep[f] = true
				}
				m.Keep(keep)
				return err
			}
		} else {
			phase(start, "index")
			err = index(w)
		}
	}
	if saving != nil && st.cfg.Search {
		saving.Indexed(s.index.(*search.Index))
	}
	var names []string
	if reused != nil {
		phase(start, "reuse")
		names, err = reused.finish(err)
		res.Kept = len(names) - int(res.Stats.Files)
	} else if dir != nil && disk != nil && err == nil {
		names = outputs(r, out.sitemaps, nil)
		err = dir.Keep(names) // of a claimed spare
	}
	if saving != nil && err != nil {
		saving.Abandon()
	} else if saving != nil {
		res.Cached, res.Reused = true, len(site.Pages)-out.Converted
		files := buildcache.Files{Spared: warm != nil || disk.Claimed}
		if setup.Dest != "" {
			files = folderFiles(dir, names, warm, files.Spared)
			res.Spare = disk.Claimed
		}
		phase(start, "finish")
		committed := make(chan error, 1)
		if s.commit != nil && files.Spared && refreshes(files.Written) {
			// The spare is brought up to date now, by hard links, not by
			// the next build: a build that wrote most files may take
			// longer, a one-page edit after it should not.
			err := s.commit()
			committed <- err
			if err == nil {
				files.SpareDirStamps, files.Refreshed = dir.Refresh(names, disk.Replaced())
			}
			files.Spared = files.Refreshed
		} else if s.commit != nil {
			go func() { committed <- s.commit() }()
		}
		saving.Finish(files)
		if s.commit != nil {
			phase(start, "swap")
			err = <-committed
			s.commit = nil
			out.committed = true
		}
	}
	if disk != nil && !s.again {
		// Reading it, lazily while rendering, or saving it: at most one.
		// The dev server only reads it, to start sooner: a cache of
		// another build of site (after an update) is not worth a word.
		res.Warnings = append(res.Warnings, disk.Warnings...)
	}
	for _, p := range j.pages {
		out.Rendered = append(out.Rendered, p.OutPath)
	}
	if m, ok := output.Innermost(w).(*output.Memory); ok {
		keep := r.Outputs()
		for _, f := range out.sitemaps {
			keep[f] = true
		}
		m.Keep(keep)
	}
	res.Duration = time.Since(start)
	return out, err
}

// prepare loads the setup once per session, again after a change of
// site.yaml, layouts or strings. When it fails, the content is loaded
// anyway, to report its problems too, and the outcome is returned with a
// nil setup.
func (s *Session) prepare() (*setup, *Outcome, error) {
	if s.setup != nil {
		return s.setup, nil, nil
	}
	st, err := loadSetup(s.opts)
	if st == nil {
		return nil, nil, err
	}
	if err == nil {
		s.setup = st
		return st, nil, nil
	}
	var errs ferr.List
	errs.Add(err)
	site, _, cerr := content.Load(s.opts.Source, st.cfg, content.Options{Drafts: s.opts.Drafts})
	errs.Add(cerr)
	return nil, &Outcome{Result: &Result{Site: site, Warnings: st.warnings}}, errs.Err()
}

// filters wraps w in the output filters the options ask for.
func (s *Session) filters(w output.Writer, cfg *config.Config) output.Writer {
	if s.opts.Minify {
		w = output.Minify(w)
	}
	if s.opts.RelativeURLs {
		w = output.Relative(w, cfg.BasePath())
	}
	return w
}

// renderer makes this build's renderer: its layouts' executor, assets and
// the search index (kept across a session's builds, made anew by a full
// one).
func (s *Session) renderer(st *setup, site *content.Site, w output.Writer, full bool) *render.Renderer {
	r := s.pageRenderer(st, site, w)
	if st.cfg.Search {
		if s.index == nil || full {
			s.index = search.New()
		}
		r.Index = s.index
	}
	return r
}

// pageRenderer is a renderer of site's pages into w, without a search
// index.
func (s *Session) pageRenderer(st *setup, site *content.Site, w output.Writer) *render.Renderer {
	r := &render.Renderer{Site: site, MD: markdown.New(markdown.Options{Unsafe: st.cfg.Markup.Unsafe}), Root: s.opts.Source, Cache: s.conv}
	r.Assets = render.NewAssets(s.opts.Source, st.cfg.BasePath(), !s.opts.Dev, !s.opts.Dev && !s.opts.RelativeURLs, w)
	r.Layouts = st.layouts.Begin(r.Assets.Get)
	return r
}

// write renders and writes what j says.
func (s *Session) write(r *render.Renderer, j job, w output.Writer, stats *render.Stats) error {
	var errs ferr.List
	// The sitemap, feeds and alias pages read only what loading set
	// (titles, URLs, dates, translations).
	lists := func() error {
		var errs ferr.List
		errs.Add(r.Aliases(w, stats))
		errs.Add(r.Sitemap(w, stats))
		errs.Add(r.Feeds(w, stats))
		return errs.Err()
	}
	if j.full {
		// Every page: converted and rendered in one go, while the lists
		// are written beside.
		done := make(chan error, 1)
		go func() { done <- lists() }()
		errs.Add(r.Convert(j.pages, w, stats))
		errs.Add(<-done)
	} else {
		// Every page is converted (most from the cache), so that a broken
		// link anywhere is reported; the chosen ones are rendered.
		if err := r.Convert(r.Site.Pages, nil, nil); err != nil {
			return err
		}
		errs.Add(r.Pages(j.pages, w, stats))
	}
	if j.lists {
		if !j.full {
			errs.Add(lists())
		}
		errs.Add(r.NotFound(w, stats))
		errs.Add(r.Chooser(w, stats))
	}
	if j.static {
		errs.Add(r.Static(w, stats))
	}
	return errs.Err()
}
