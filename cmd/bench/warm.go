package main

import (
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

// warmBuilds measures site build with its build cache (--cache-dir), in
// the same run as the cold builds it is compared with: after a one-page
// text edit (the page converted again, every other conversion reused) and
// after a layout edit (every page rendered again; conversions reused too,
// as they do not depend on layouts). The cache is filled by one build
// first; the edited files are put back afterwards.
func warmBuilds(corpus, bin, dir string, runs int, cold sample, hugoS []sample) error {
	cache := filepath.Join(dir, "cache-warm")
	os.RemoveAll(cache)
	dest := filepath.Join(dir, "public-warm")
	args := []string{"build", "--source", corpus, "--dest", dest, "--cache-dir", cache}
	if _, err := measure(corpus, bin, args...); err != nil {
		return err
	}
	page, err := firstPage(filepath.Join(corpus, "content"))
	if err != nil {
		return err
	}
	layout := filepath.Join(corpus, "layouts", "page.html")
	for _, f := range []string{page, layout} {
		old, err := os.ReadFile(f)
		if err != nil {
			return err
		}
		defer os.WriteFile(f, old, 0o644)
	}
	appendTo := func(f, s string) error {
		file, err := os.OpenFile(f, os.O_APPEND|os.O_WRONLY, 0)
		if err != nil {
			return err
		}
		_, err = file.WriteString(s)
		if cerr := file.Close(); err == nil {
			err = cerr
		}
		return err
	}
	// Each run: a layout edit (every page rendered), then two one-page
	// edits: the first after a full build, the second after a warm one,
	// which finds the folder that build replaced kept as its spare.
	var first, edit, lay []sample
	for r := 0; r < runs; r++ {
		if err := appendTo(layout, fmt.Sprintf("{{/* a warm edit, %d */}}\n", r)); err != nil {
			return err
		}
		sm, err := measure(corpus, bin, args...)
		if err != nil {
			return err
		}
		lay = append(lay, sm)
		for i, to := range []*[]sample{&first, &edit} {
			if err := appendTo(page, fmt.Sprintf("\nA warm edit, %d.%d.\n", r, i)); err != nil {
				return err
			}
			if sm, err = measure(corpus, bin, args...); err != nil {
				return err
			}
			*to = append(*to, sm)
		}
	}
	// Correct first: the last warm build against a cold one.
	check := filepath.Join(dir, "public-check")
	if _, err := measure(corpus, bin, "build", "--no-cache", "--source", corpus, "--dest", check); err != nil {
		return err
	}
	same := "byte-identical to a cold build"
	if out, err := exec.Command("diff", "-r", "-q", dest, check).CombinedOutput(); err != nil {
		same = fmt.Sprintf("DIFFERS from a cold build:\n%s", out)
	}
	fmt.Printf("\nThe last warm build's output is %s.\n", same)
	fmt.Println()
	fmt.Println("| warm build (--cache-dir) | wall | CPU | peak memory | wall / cold | CPU / cold | wall / hugo cold |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, row := range []struct {
		name string
		s    []sample
	}{{"one-page edit", edit}, {"one-page edit after a full build", first}, {"layout edit", lay}} {
		m := median(row.s)
		vsHugo := "-"
		if len(hugoS) > 0 {
			vsHugo = fmt.Sprintf("%.2f", m.wall.Seconds()/median(hugoS).wall.Seconds())
		}
		fmt.Printf("| %s | %.2f s | %.2f s | %d MiB | %.2f | %.2f | %s |\n", row.name, m.wall.Seconds(), m.cpu.Seconds(), m.rssKB/1024,
			m.wall.Seconds()/cold.wall.Seconds(), m.cpu.Seconds()/cold.cpu.Seconds(), vsHugo)
	}
	return nil
}

// warmOnly measures cold builds, site's and Hugo's, then warm ones, on
// each size (go run ./cmd/bench --only warm --pages 1000,5000).
func warmOnly(dir, shared, sizes string, runs int) error {
	repo, _ := os.Getwd()
	bin, err := buildSite(dir)
	if err != nil {
		return err
	}
	hugo, _ := exec.LookPath("hugo")
	for _, sz := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(sz))
		if err != nil {
			return fmt.Errorf("--pages: %v", err)
		}
		corpus := filepath.Join(dir, fmt.Sprintf("corpus-%d", n))
		if err := prepare(repo, shared, corpus, n); err != nil {
			return err
		}
		fmt.Printf("\n## 4 languages x %d pages (%s), median of %d\n\n", n, corpus, runs)
		var siteS, hugoS []sample
		for r := 0; r < runs; r++ {
			if siteS, hugoS, err = coldBuilds(corpus, bin, dir, hugo, siteS, hugoS); err != nil {
				return err
			}
		}
		ms := median(siteS)
		fmt.Println("| cold build | wall | CPU | peak memory |")
		fmt.Println("|---|---|---|---|")
		fmt.Printf("| site | %.2f s | %.2f s | %d MiB |\n", ms.wall.Seconds(), ms.cpu.Seconds(), ms.rssKB/1024)
		if hugo != "" {
			mh := median(hugoS)
			fmt.Printf("| hugo | %.2f s | %.2f s | %d MiB |\n", mh.wall.Seconds(), mh.cpu.Seconds(), mh.rssKB/1024)
		}
		if err := warmBuilds(corpus, bin, dir, runs, ms, hugoS); err != nil {
			return err
		}
	}
	return nil
}

// firstPage is the first page (not a section's _index.md) under content.
func firstPage(content string) (string, error) {
	var found string
	err := filepath.WalkDir(content, func(p string, d fs.DirEntry, err error) error {
		if err != nil || found != "" {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") && d.Name() != "_index.md" {
			found = p
			return filepath.SkipAll
		}
		return nil
	})
	if found == "" && err == nil {
		err = fmt.Errorf("no page in %s", content)
	}
	return found, err
}
