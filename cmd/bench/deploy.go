package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/wazc/site/internal/deploy/s3test"
)

// only skips the build and dev-server measurements:
//
//	SITE_WEED=$(../shared/tools/seaweedfs) go run ./cmd/bench --only deploy
var only = flag.String("only", "", "measure only this: deploy, serve (the dev server and write-to-visible in Chromium), or warm (cold and warm builds, beside Hugo)")

// benchDeploy times "site deploy" beside "hugo deploy" on one SeaweedFS
// store (SITE_WEED names its weed binary): a first deploy to an empty
// bucket, a second that finds nothing to do, and one after a one-page
// edit (rebuilt first, untimed), both publishing site's build of the
// corpus. Each run uses fresh buckets; the two
// tools alternate. It also times a first deploy with compress: gzip.
func benchDeploy(dir, corpus, bin, hugo string, runs int) error {
	weed := os.Getenv("SITE_WEED")
	if weed == "" {
		fmt.Println("\n# deploy: set SITE_WEED=$(../shared/tools/seaweedfs) to measure site deploy and hugo deploy")
		return nil
	}
	store, err := s3test.Launch(weed)
	if err != nil {
		return err
	}
	defer s3test.Stop()
	hdir := corpus + "-hugo"
	pub := filepath.Join(dir, "public-deploy")
	src := filepath.Join(dir, "deploy-src")
	if err := os.MkdirAll(src, 0o755); err != nil {
		return err
	}
	rebuild := func() error {
		if _, err := measure(corpus, bin, "build", "--source", corpus, "--dest", pub); err != nil {
			return err
		}
		return nil
	}
	page := filepath.Join("content", "en", "sec-01", "page-0001.md")
	orig, err := os.ReadFile(filepath.Join(corpus, page))
	if err != nil {
		return fmt.Errorf("deploy: the page to edit: %v", err)
	}
	defer os.WriteFile(filepath.Join(corpus, page), orig, 0o644)
	if err := rebuild(); err != nil {
		return err
	}
	// site deploy reads its targets from a site.yaml of its own; hugo
	// deploy from a second config file.
	setTargets := func(site, gz, hugoBucket string) error {
		cfg := fmt.Sprintf("deploy:\n  targets:\n    - name: local\n      url: %s\n    - name: gzip\n      url: %s\n      compress: gzip\n", store.URL(site), store.URL(gz))
		if err := os.WriteFile(filepath.Join(src, "site.yaml"), []byte(cfg), 0o644); err != nil {
			return err
		}
		// Both publish the same files: site's build.
		hcfg := fmt.Sprintf("publishDir: %s\ndeployment:\n  targets:\n    - name: local\n      URL: \"s3://%s?endpoint=%s&region=us-east-1&s3ForcePathStyle=true&disableSSL=true\"\n", pub, hugoBucket, store.Endpoint)
		return os.WriteFile(filepath.Join(hdir, "deploy-bench.yaml"), []byte(hcfg), 0o644)
	}
	siteDeploy := func(target string) (sample, error) {
		return measure(dir, bin, "deploy", "--source", src, "--dir", pub, "--target", target, "--max-deletes", "-1")
	}
	hugoDeploy := func() (sample, error) {
		return measure(hdir, hugo, "deploy", "--config", "hugo.yaml,deploy-bench.yaml", "--target", "local", "--maxDeletes", "-1")
	}
	var s [3][]sample // first, no-op, edit
	var h [3][]sample
	var gz []sample
	for r := 0; r < runs; r++ {
		var buckets [3]string
		for i := range buckets {
			if buckets[i], err = store.NewBucket(); err != nil {
				return err
			}
		}
		if err := setTargets(buckets[0], buckets[1], buckets[2]); err != nil {
			return err
		}
		for step := 0; step < 3; step++ {
			if step == 2 {
				edit := append(append([]byte{}, orig...), fmt.Sprintf("\nEdited in run %d.\n", r)...)
				os.WriteFile(filepath.Join(corpus, page), edit, 0o644)
				if err := rebuild(); err != nil {
					return err
				}
			}
			sm, err := siteDeploy("local")
			if err != nil {
				return err
			}
			s[step] = append(s[step], sm)
			if hugo != "" {
				hm, err := hugoDeploy()
				if err != nil {
					return err
				}
				h[step] = append(h[step], hm)
			}
		}
		sm, err := siteDeploy("gzip")
		if err != nil {
			return err
		}
		gz = append(gz, sm)
	}
	files, size := 0, int64(0)
	filepath.Walk(pub, func(_ string, fi os.FileInfo, err error) error {
		if err == nil && !fi.IsDir() {
			files++
			size += fi.Size()
		}
		return nil
	})
	fmt.Printf("\n## deploy of the same build (%d files, %.0f MB) to SeaweedFS on loopback, median of %d\n\n", files, float64(size)/1e6, runs)
	fmt.Println("| deploy | site (CPU) | hugo deploy (CPU) | site / hugo |")
	fmt.Println("|---|---|---|---|")
	for i, name := range []string{"first, to an empty bucket", "no-op", "one-page edit"} {
		ms := median(s[i])
		if hugo == "" {
			fmt.Printf("| %s | %s (%s) | | |\n", name, secs(ms.wall), secs(ms.cpu))
			continue
		}
		mh := median(h[i])
		fmt.Printf("| %s | %s (%s) | %s (%s) | %.2f |\n", name, secs(ms.wall), secs(ms.cpu), secs(mh.wall), secs(mh.cpu), ms.wall.Seconds()/mh.wall.Seconds())
	}
	mg := median(gz)
	fmt.Printf("| first, compress: gzip | %s (%s) | | |\n", secs(mg.wall), secs(mg.cpu))
	return nil
}

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

// runOnly measures one thing on the first size, after preparing it.
func runOnly(what, dir, shared, sizes string, runs, edits int) error {
	if what == "warm" {
		return warmOnly(dir, shared, sizes, runs) // warm.go
	}
	if what != "deploy" && what != "serve" {
		return fmt.Errorf("--only %q: want deploy, serve or warm", what)
	}
	n, err := strconv.Atoi(strings.Split(sizes, ",")[0])
	if err != nil {
		return fmt.Errorf("--pages: %v", err)
	}
	repo, _ := os.Getwd()
	bin, err := buildSite(dir)
	if err != nil {
		return err
	}
	corpus := filepath.Join(dir, fmt.Sprintf("corpus-%d", n))
	if err := prepare(repo, shared, corpus, n); err != nil {
		return err
	}
	hugo, _ := exec.LookPath("hugo")
	if what == "serve" {
		// The dev server's rebuilds, then write-to-visible in Chromium,
		// as the whole benchmark measures them (main.go).
		fmt.Printf("\n## dev server, %s\n", corpus)
		if err := devServer(corpus, bin, edits); err != nil {
			return err
		}
		if hugo != "" {
			hugoServer(shared, corpus+"-hugo", edits)
		}
		return browserLatency(repo, dir, corpus, hugo, edits)
	}
	return benchDeploy(dir, corpus, bin, hugo, runs)
}
