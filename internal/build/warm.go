package build

import (
	"fmt"
	"os"
	"sort"
	"time"

	"github.com/wazc/site/internal/buildcache"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/render"
)

// tracing is set by SITE_TRACE=1: each build prints when each of its
// steps starts, for whoever measures where a build's time goes.
var tracing = os.Getenv("SITE_TRACE") != ""

func phase(start time.Time, step string) {
	if tracing {
		fmt.Fprintf(os.Stderr, "site: %-8s at %v\n", step, time.Since(start).Round(time.Microsecond))
	}
}

// optionsText is the build's options that change its output, for the
// build cache's setup digest.
func (s *Session) optionsText() string {
	o := s.opts
	return fmt.Sprintf("baseURL=%q drafts=%t minify=%t relative=%t dev=%t", o.BaseURL, o.Drafts, o.Minify, o.RelativeURLs, o.Dev)
}

// restored is the last build as a build cache kept it, for plan.
func restored(last *buildcache.Last) *Outcome {
	o := &Outcome{pages: make(map[pageKey]pageState, len(last.Pages)), static: last.Static, sitemaps: last.Sitemaps}
	for _, p := range last.Pages {
		st := pageState{fp: p.Fingerprint, digest: p.Digest, parent: p.Parent, top: p.Top}
		for _, t := range p.Translations {
			st.translations = append(st.translations, pageKey{t[0], t[1]})
		}
		o.pages[pageKey{p.Lang, p.Rel}] = st
	}
	return o
}

// cachePages is pages for a build cache, in a stable order.
func cachePages(pages map[pageKey]pageState) []buildcache.Page {
	out := make([]buildcache.Page, 0, len(pages))
	for k, st := range pages {
		p := buildcache.Page{Lang: k.lang, Rel: k.rel, Fingerprint: st.fp, Digest: st.digest, Parent: st.parent, Top: st.top}
		for _, t := range st.translations {
			p.Translations = append(p.Translations, [2]string{t.lang, t.rel})
		}
		out = append(out, p)
	}
	sort.Slice(out, func(i, j int) bool {
		if out[i].Lang != out[j].Lang {
			return out[i].Lang < out[j].Lang
		}
		return out[i].Rel < out[j].Rel
	})
	return out
}

// reuse is the last build's files being put in place (output.Dir.Reuse)
// while the search index is written.
type reuse struct {
	dir  *output.Dir
	r    *render.Renderer
	maps []string
	done chan error
}

// startReuse puts in place, in the background, the files of the build
// that the search index cannot write: all but the index's own.
func startReuse(dir *output.Dir, r *render.Renderer, sitemaps []string) *reuse {
	u := &reuse{dir: dir, r: r, maps: sitemaps, done: make(chan error, 1)}
	index := map[string]bool{} // left for later
	if r.Index != nil {
		for _, f := range r.Index.Outputs(r.Site) {
			index[f] = true
		}
	}
	names := outputs(r, sitemaps, index)
	go func() { u.done <- dir.Reuse(names) }()
	return u
}

// finish waits for the background reuse, then, unless the build failed
// (err), puts in place the index files it did not write again. It returns
// every file of the build, sorted.
func (u *reuse) finish(err error) ([]string, error) {
	if rerr := <-u.done; err == nil {
		err = rerr
	}
	if err != nil {
		return nil, err
	}
	names := outputs(u.r, u.maps, nil)
	if u.r.Index != nil {
		rest := u.r.Index.Outputs(u.r.Site)
		sort.Strings(rest)
		if err := u.dir.Reuse(rest); err != nil {
			return nil, err
		}
	}
	// A claimed spare loses what the build does not have.
	return names, u.dir.Keep(names)
}

// outputs lists the build's files, sorted, but those in skip.
func outputs(r *render.Renderer, sitemaps []string, skip map[string]bool) []string {
	keep := r.Outputs()
	for _, f := range sitemaps {
		keep[f] = true
	}
	names := make([]string, 0, len(keep))
	for f := range keep {
		if !skip[f] {
			names = append(names, f)
		}
	}
	sort.Strings(names)
	return names
}

// refreshes reports whether a build that wrote the files written (of all
// its files) should bring the spare up to date itself: when it wrote
// most of them.
func refreshes(written []bool) bool {
	n := 0
	for _, w := range written {
		if w {
			n++
		}
	}
	return n > len(written)/2
}

// folderFiles describes the folder dir holds once its files names are in
// place, for the build cache: their stamps (those taken from the last
// build, warm, are known), their folders' stamps and which the build
// wrote. Nothing may change the folder unseen from then on (see
// output.Settle).
func folderFiles(dir *output.Dir, names []string, warm *buildcache.Last, spared bool) buildcache.Files {
	var last map[string]output.Stamp
	if warm != nil {
		last = make(map[string]output.Stamp, len(warm.Outputs))
		for i, f := range warm.Outputs {
			last[f] = warm.Stamps[i]
		}
	}
	f := buildcache.Files{Outputs: names, Spared: spared, Written: make([]bool, len(names))}
	f.Stamps, _ = dir.Stamps(names, last)
	f.DirStamps, _ = dir.DirStamps(names)
	for i, n := range names {
		f.Written[i] = dir.Written(n)
	}
	output.Settle(f.Stamps, f.DirStamps)
	return f
}
