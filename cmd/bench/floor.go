package main

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"

	"github.com/wazc/site/internal/frontmatter"
	"github.com/yuin/goldmark"
)

// floor is the "goldmark alone" baseline, run in a child process
// so that its rusage is measured like the builds: read every .md under
// src, strip the front matter, convert with a default goldmark, write the
// HTML under dest, on all cores. Nothing a site needs (templates, links,
// translations, lists) is done, so no builder can go below it.
func floor(src, dest string) error {
	var files []string
	err := filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return err
	})
	if err != nil {
		return err
	}
	os.RemoveAll(dest)
	jobs := make(chan string)
	errs := make(chan error, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for range runtime.GOMAXPROCS(0) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			md := goldmark.New()
			var buf bytes.Buffer
			for p := range jobs {
				in, err := os.ReadFile(p)
				if err != nil {
					errs <- err
					continue
				}
				buf.Reset()
				body := in
				if _, b, _, err := frontmatter.Split(p, in); err == nil {
					body = b
				}
				if err := md.Convert(body, &buf); err != nil {
					errs <- err
					continue
				}
				rel, _ := filepath.Rel(src, p)
				out := filepath.Join(dest, strings.TrimSuffix(rel, ".md")+".html")
				os.MkdirAll(filepath.Dir(out), 0o755)
				if err := os.WriteFile(out, buf.Bytes(), 0o644); err != nil {
					errs <- err
				}
			}
		}()
	}
	for _, p := range files {
		jobs <- p
	}
	close(jobs)
	wg.Wait()
	close(errs)
	return <-errs
}
