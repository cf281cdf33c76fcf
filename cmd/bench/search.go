package main

// The search benchmark:
//
//	go run ./cmd/bench search [--pages 1000,5000] [--langs en,az,ru,fr] [--anchors hugo,pagefind]
//
// For each size it builds the corpus with the repo's config (search on),
// with search off, with search off and bare layouts (bareBuild), and
// Hugo's wrapper of it; installs Pagefind 1.6 from npm into a temporary
// folder and indexes the same built output with it; then serves that
// output and, in headless Chromium, runs a query set generated from the
// corpus against both engines, each query in a fresh page with the cache
// off, recording what the page requested: what the search box loads for
// the results it shows first (PAGE in static/js/search.js, five), and for
// Pagefind the data of as many. A hit is the page wanted in the top three.
// Last, it runs the query set made the same way from the repo's content on
// the repo's site.
//
// --langs makes the corpus in other languages ("--langs en --pages
// 100000" is the 1 × 100,000-page corpus), and --anchors leaves Hugo or
// Pagefind out ("--anchors pagefind", "--anchors none"): Hugo needs some
// 4 GB per 20,000 pages.

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// realConfig is the corpus's site.yaml: the repo's own markup and search
// settings, the corpus's languages.
func realConfig(repo, langs string, search bool) string {
	src, _ := os.ReadFile(filepath.Join(repo, "site.yaml"))
	var keep []string
	on := false
	for _, l := range strings.Split(string(src), "\n") {
		if l != "" && l[0] != ' ' && l[0] != '#' {
			on = strings.HasPrefix(l, "markup:")
		}
		if on {
			keep = append(keep, l)
		}
	}
	var codes []string
	for _, l := range strings.Split(langs, ",") {
		codes = append(codes, "{code: "+l+"}")
	}
	return "baseURL: https://example.org/\ntitle: Corpus\nlanguages: [" + strings.Join(codes, ", ") + "]\n" +
		strings.Join(keep, "\n") + fmt.Sprintf("\nsearch: %v\n", search)
}

var (
	searchLangs = flag.String("langs", defaultLangs, "search: the corpus's `languages`, comma-separated")
	anchors     = flag.String("anchors", "hugo,pagefind", "search: the tools measured beside the builder, comma-separated, or none")
)

func searchBench(sizes string, runs int, dir, shared string) error {
	repo, _ := os.Getwd()
	bin, err := buildSite(dir)
	if err != nil {
		return err
	}
	pagefind, hugo := "", ""
	if strings.Contains(*anchors, "pagefind") {
		if pagefind, err = installPagefind(dir); err != nil {
			return err
		}
	}
	if strings.Contains(*anchors, "hugo") {
		hugo, _ = exec.LookPath("hugo")
	}
	langs := strings.Split(*searchLangs, ",")
	for _, s := range strings.Split(sizes, ",") {
		var n int
		fmt.Sscan(strings.TrimSpace(s), &n)
		if n <= 0 {
			continue // "--pages 0": the repo's site only
		}
		corpus := corpusDir(dir, *searchLangs, n)
		if err := prepareLangs(repo, shared, corpus, n, *searchLangs, hugo != ""); err != nil {
			return err
		}
		cfg := filepath.Join(corpus, "site.yaml")
		pub := filepath.Join(dir, "public-search")
		fmt.Printf("\n## search, %d language(s) x %d pages, median of %d\n\n", len(langs), n, runs)
		var on, off, bare, hs, pf []sample
		for r := 0; r < runs; r++ {
			os.WriteFile(cfg, []byte(realConfig(repo, *searchLangs, false)), 0o644)
			sm, err := measure(corpus, bin, "build", "--no-cache", "--source", corpus, "--dest", filepath.Join(dir, "public-nosearch"))
			if err != nil {
				return err
			}
			off = append(off, sm)
			if sm, err = bareBuild(corpus, bin, filepath.Join(dir, "public-bare")); err != nil {
				return err
			}
			bare = append(bare, sm)
			os.WriteFile(cfg, []byte(realConfig(repo, *searchLangs, true)), 0o644)
			if sm, err = measure(corpus, bin, "build", "--no-cache", "--source", corpus, "--dest", pub); err != nil {
				return err
			}
			on = append(on, sm)
			if hugo != "" {
				hdir := corpus + "-hugo"
				os.RemoveAll(filepath.Join(hdir, "public"))
				os.RemoveAll(filepath.Join(hdir, "resources"))
				if sm, err = measure(hdir, hugo, "--quiet", "--destination", "public"); err != nil {
					return err
				}
				hs = append(hs, sm)
			}
		}
		// Pagefind indexes the output of the last build (its index goes
		// into pub/pagefind), up to three times.
		pfDone := pagefind != ""
		for r := 0; pfDone && r < min(runs, 3); r++ {
			os.RemoveAll(filepath.Join(pub, "pagefind"))
			sm, err := measure(pub, pagefind, "--site", pub)
			if err != nil {
				// As on 1 x 100,000 pages, where it runs out of memory:
				// the rest is measured without it.
				fmt.Printf("# Pagefind failed, left out: %.300s\n\n", err)
				pf, pfDone = nil, false
				os.RemoveAll(filepath.Join(pub, "pagefind"))
				break
			}
			pf = append(pf, sm)
		}
		if runs > 0 { // "--runs 0": the queries only, on the last run's output
			buildTable(on, off, bare, hs, pf)
		}
		ourFiles, ourBytes := countFiles(pub, func(rel string) bool { return strings.Contains(rel, "/search/") })
		pfFiles, pfBytes := countFiles(filepath.Join(pub, "pagefind"), func(string) bool { return true })
		fmt.Printf("\n| index files | files | bytes |\n|---|---|---|\n| site (%d languages) | %d | %.1f MB |\n| Pagefind | %d | %.1f MB |\n", len(langs), ourFiles, float64(ourBytes)/1e6, pfFiles, float64(pfBytes)/1e6)
		qs, err := querySet(filepath.Join(corpus, "content"), langs)
		if err != nil {
			return err
		}
		if err := compare(pub, qs, pfDone); err != nil {
			return err
		}
	}
	return repoQueries(repo, dir, bin, pagefind)
}

// repoQueries runs the query set made from the repo's own content on the
// repo's site, built as it is, beside Pagefind on the same output: the
// set is over the corpus and the site.
func repoQueries(repo, dir, bin, pagefind string) error {
	pub := filepath.Join(dir, "public-repo")
	fmt.Printf("\n## search, the repo's site\n\n")
	if _, err := measure(repo, bin, "build", "--no-cache", "--dest", pub); err != nil {
		return err
	}
	withPagefind := false
	if pagefind != "" {
		if _, err := measure(pub, pagefind, "--site", pub); err != nil {
			fmt.Printf("# Pagefind failed, left out: %.300s\n\n", err)
		} else {
			withPagefind = true
		}
	}
	qs, err := querySet(filepath.Join(repo, "content"), strings.Split(defaultLangs, ","))
	if err != nil {
		return err
	}
	return compare(pub, qs, withPagefind)
}

// bareLayouts are layouts that show a page's title and converted Markdown
// and nothing else (bareBuild).
var bareLayouts = map[string]string{
	"baseof.html": "<!DOCTYPE html>\n<html lang=\"{{.Lang.Code}}\"><title>{{.Title}}</title>{{block \"main\" .}}{{end}}</html>\n",
	"main":        "{{define \"main\"}}{{.Content}}{{end}}\n", // every other layout
}

// bareBuild builds the corpus, search off, with bareLayouts in place of
// the repo's: what a build costs before its layouts, the floor under any
// layouts (loading, goldmark, writing the files). The repo's layouts are
// back in corpus/layouts when it returns; were it stopped half way,
// prepare would copy them again.
func bareBuild(corpus, bin, dest string) (sm sample, err error) {
	layouts := filepath.Join(corpus, "layouts")
	repoLayouts := layouts + "-repo"
	os.RemoveAll(repoLayouts)
	if err := os.Rename(layouts, repoLayouts); err != nil {
		return sample{}, err
	}
	defer func() {
		// The next builds need the repo's layouts back: a failure here
		// is the benchmark's.
		if rerr := errors.Join(os.RemoveAll(layouts), os.Rename(repoLayouts, layouts)); rerr != nil && err == nil {
			err = fmt.Errorf("putting the repo's layouts back: %w", rerr)
		}
	}()
	names, err := filepath.Glob(filepath.Join(repoLayouts, "*.html"))
	if err != nil {
		return sample{}, err
	}
	// No layouts/i18n either: bare layouts use no strings.
	if err := os.MkdirAll(layouts, 0o755); err != nil {
		return sample{}, err
	}
	for _, name := range names {
		text, ok := bareLayouts[filepath.Base(name)]
		if !ok {
			text = bareLayouts["main"]
		}
		if err := os.WriteFile(filepath.Join(layouts, filepath.Base(name)), []byte(text), 0o644); err != nil {
			return sample{}, err
		}
	}
	return measure(corpus, bin, "build", "--no-cache", "--source", corpus, "--dest", dest)
}

// buildTable prints the build times of one size: search on and off, with
// bare layouts, Hugo and Pagefind when measured.
func buildTable(on, off, bare, hs, pf []sample) {
	mOn, mOff, mBare, mPf := median(on), median(off), median(bare), median(pf)
	row := func(name string, m sample) {
		fmt.Printf("| %s | %.2f s | %.2f s | %d MiB |\n", name, m.wall.Seconds(), m.cpu.Seconds(), m.rssKB/1024)
	}
	fmt.Println("| cold build | wall | CPU | peak memory |\n|---|---|---|---|")
	row("site, repo config (search on)", mOn)
	row("site, search off", mOff)
	row("site, search off, bare layouts (title and content only)", mBare)
	idx := sample{wall: mOn.wall - mOff.wall, cpu: mOn.cpu - mOff.cpu}
	fmt.Printf("| indexing (difference) | %.2f s | %.2f s | |\n", idx.wall.Seconds(), idx.cpu.Seconds())
	if len(pf) > 0 {
		row(fmt.Sprintf("Pagefind 1.6 on the same output (median of %d)", len(pf)), mPf)
	}
	if len(hs) > 0 {
		mh := median(hs)
		row("hugo", mh)
		fmt.Printf("\n| ratio | wall | CPU |\n|---|---|---|\n")
		fmt.Printf("| site with search / hugo | %.2f | %.2f |\n", mOn.wall.Seconds()/mh.wall.Seconds(), mOn.cpu.Seconds()/mh.cpu.Seconds())
		fmt.Printf("| site without search / hugo | %.2f | %.2f |\n", mOff.wall.Seconds()/mh.wall.Seconds(), mOff.cpu.Seconds()/mh.cpu.Seconds())
		fmt.Printf("| site, bare layouts, without search / hugo | %.2f | %.2f |\n", mBare.wall.Seconds()/mh.wall.Seconds(), mBare.cpu.Seconds()/mh.cpu.Seconds())
	} else {
		fmt.Printf("\n| ratio | wall | CPU |\n|---|---|---|\n")
	}
	fmt.Printf("| search on / search off (indexing share) | %.2f | %.2f |\n", mOn.wall.Seconds()/mOff.wall.Seconds(), mOn.cpu.Seconds()/mOff.cpu.Seconds())
	if len(pf) > 0 {
		fmt.Printf("| Pagefind / our indexing | %.1f | %.1f |\n", mPf.wall.Seconds()/idx.wall.Seconds(), mPf.cpu.Seconds()/idx.cpu.Seconds())
	}
}

// installPagefind installs npm's pagefind 1.6 into dir/pagefind-npm (once)
// and returns its command.
func installPagefind(dir string) (string, error) {
	npm := filepath.Join(dir, "pagefind-npm")
	bin := filepath.Join(npm, "node_modules", ".bin", "pagefind")
	if _, err := os.Stat(bin); err == nil {
		return bin, nil
	}
	os.MkdirAll(npm, 0o755)
	cmd := exec.Command("npm", "install", "--no-audit", "--no-fund", "--prefix", npm, "pagefind@1.6")
	if out, err := cmd.CombinedOutput(); err != nil {
		return "", fmt.Errorf("npm install pagefind: %v\n%s", err, out)
	}
	return bin, nil
}

func countFiles(root string, want func(string) bool) (n int, size int64) {
	filepath.Walk(root, func(p string, info os.FileInfo, err error) error {
		if err == nil && !info.IsDir() && want(filepath.ToSlash(p)) {
			n++
			size += info.Size()
		}
		return nil
	})
	return n, size
}
