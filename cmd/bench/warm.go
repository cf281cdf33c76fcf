package main

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
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
	var edit, lay []sample
	for r := 0; r < runs; r++ {
		if err := appendTo(page, fmt.Sprintf("\nA warm edit, %d.\n", r)); err != nil {
			return err
		}
		sm, err := measure(corpus, bin, args...)
		if err != nil {
			return err
		}
		edit = append(edit, sm)
		if err := appendTo(layout, fmt.Sprintf("{{/* a warm edit, %d */}}\n", r)); err != nil {
			return err
		}
		if sm, err = measure(corpus, bin, args...); err != nil {
			return err
		}
		lay = append(lay, sm)
	}
	fmt.Println()
	fmt.Println("| warm build (--cache-dir) | wall | CPU | peak memory | wall / cold | CPU / cold | wall / hugo cold |")
	fmt.Println("|---|---|---|---|---|---|---|")
	for _, row := range []struct {
		name string
		s    []sample
	}{{"one-page edit", edit}, {"layout edit", lay}} {
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
