// Command bench measures the builder against Hugo on the same generated
// corpus, side by side in one run, and prints medians and ratios:
//
//	go run ./cmd/bench [--pages 1000,5000] [--runs 5] [--dir /dev/shm/site-bench]
//	go run ./cmd/bench search [--pages 1000,5000] [--runs 5]
//	go run ./cmd/bench --only warm|serve|deploy [--pages 1000,5000]
//
// For each size it generates a 4-language corpus with
// ../shared/bench/gen-corpus, gives it the repo's layouts/ and a site.yaml,
// and builds it with "site build" and, when Hugo is installed, with
// "hugo" on the same content wrapped by ../shared/bench/hugo-site. Each
// build runs in a child process whose wall time, CPU time and peak memory
// (from rusage) are recorded. On the first size it then measures the dev
// server: the time from a one-page edit to the reload event, how many pages
// that rebuild rendered, and the time from start to the first page served,
// beside hugo server's (via ../shared/bench/hugo-incr). With SITE_WEED set
// (a SeaweedFS weed binary), it times site deploy beside hugo deploy on one
// local store: first, no-op and one-page-edit deploys (see deploy.go).
//
// Put the corpus on tmpfs (the default, /dev/shm): on disk, creating many
// files soon after deleting many is slow and noisy.
package main

import (
	"bufio"
	"context"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
)

type sample struct {
	wall, cpu time.Duration
	rssKB     int64
}

func main() {
	pages := flag.String("pages", "1000", "pages per language, comma-separated sizes")
	runs := flag.Int("runs", 5, "builds per tool and size")
	dir := flag.String("dir", "/dev/shm/site-bench", "work `folder` for corpora and output")
	shared := flag.String("shared", "../shared/bench", "`folder` with gen-corpus, hugo-site and hugo-incr")
	edits := flag.Int("edits", 20, "one-page edits for the dev-server measurement (0 to skip)")
	flag.Parse()
	if flag.Arg(0) == "floor" { // the child process that measure runs
		if err := floor(flag.Arg(1), flag.Arg(2)); err != nil {
			fmt.Fprintln(os.Stderr, "bench floor:", err)
			os.Exit(1)
		}
		return
	}
	if flag.Arg(0) == "search" { // see search.go
		flag.CommandLine.Parse(flag.Args()[1:]) // flags after the word, too
		if err := searchBench(*pages, *runs, *dir, *shared); err != nil {
			fmt.Fprintln(os.Stderr, "bench search:", err)
			os.Exit(1)
		}
		return
	}
	if err := run(*pages, *runs, *dir, *shared, *edits); err != nil {
		fmt.Fprintln(os.Stderr, "bench:", err)
		os.Exit(1)
	}
}

func run(sizes string, runs int, dir, shared string, edits int) error {
	if *only != "" {
		return runOnly(*only, dir, shared, sizes, runs, edits)
	}
	repo, _ := os.Getwd()
	bin, err := buildSite(dir)
	if err != nil {
		return err
	}
	self := filepath.Join(dir, "bench")
	if out, err := exec.Command("go", "build", "-o", self, "./cmd/bench").CombinedOutput(); err != nil {
		return fmt.Errorf("go build: %v\n%s", err, out)
	}
	hugo, _ := exec.LookPath("hugo")
	if hugo == "" {
		fmt.Println("# hugo not found (apt-get install hugo): measuring site only")
	}
	var first string // the first corpus, for the dev server
	for i, s := range strings.Split(sizes, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			return fmt.Errorf("--pages: %v", err)
		}
		corpus := filepath.Join(dir, fmt.Sprintf("corpus-%d", n))
		if err := prepare(repo, shared, corpus, n); err != nil {
			return err
		}
		fmt.Printf("\n## 4 languages x %d pages (%s), median of %d\n\n", n, corpus, runs)
		var siteS, hugoS, floorS []sample
		for r := 0; r < runs; r++ {
			sm, err := measure(corpus, self, "floor", filepath.Join(corpus, "content"), filepath.Join(dir, "public-floor"))
			if err != nil {
				return err
			}
			floorS = append(floorS, sm)
			if siteS, hugoS, err = coldBuilds(corpus, bin, dir, hugo, siteS, hugoS); err != nil {
				return err
			}
		}
		fmt.Println("| cold build | wall | CPU | peak memory |")
		fmt.Println("|---|---|---|---|")
		ms := median(siteS)
		fmt.Printf("| site | %.2f s | %.2f s | %d MiB |\n", ms.wall.Seconds(), ms.cpu.Seconds(), ms.rssKB/1024)
		if hugo != "" {
			mh := median(hugoS)
			fmt.Printf("| hugo | %.2f s | %.2f s | %d MiB |\n", mh.wall.Seconds(), mh.cpu.Seconds(), mh.rssKB/1024)
			fmt.Printf("| site / hugo | %.2f | %.2f | %.2f |\n", ms.wall.Seconds()/mh.wall.Seconds(), ms.cpu.Seconds()/mh.cpu.Seconds(), float64(ms.rssKB)/float64(mh.rssKB))
		}
		mf := median(floorS)
		fmt.Printf("| goldmark alone (the floor) | %.2f s | %.2f s | %d MiB |\n", mf.wall.Seconds(), mf.cpu.Seconds(), mf.rssKB/1024)
		fmt.Printf("| site / floor | %.2f | %.2f | %.2f |\n", ms.wall.Seconds()/mf.wall.Seconds(), ms.cpu.Seconds()/mf.cpu.Seconds(), float64(ms.rssKB)/float64(mf.rssKB))
		if err := warmBuilds(corpus, bin, dir, runs, ms, hugoS); err != nil { // warm.go
			return err
		}
		if i == 0 {
			first = corpus
		}
	}
	if first != "" {
		if err := benchDeploy(dir, first, bin, hugo, runs); err != nil {
			return err
		}
	}
	// The dev server is measured last: it runs in this process, and on
	// Linux a child started afterwards reports this process's peak
	// memory as its own when that is higher (rusage counts the memory
	// before exec).
	if first != "" && edits > 0 {
		fmt.Printf("\n## dev server, %s\n", first)
		if err := devServer(first, bin, edits); err != nil {
			return err
		}
		if hugo != "" {
			hugoServer(shared, first+"-hugo", edits)
		}
		if err := browserLatency(repo, dir, first, hugo, edits); err != nil {
			return err
		}
	}
	return nil
}

// prepare makes the corpus and its two wrappers once.
func prepare(repo, shared, corpus string, n int) error {
	return prepareLangs(repo, shared, corpus, n, defaultLangs, true)
}

// defaultLangs are the corpus's languages, unless "bench search --langs"
// says otherwise.
const defaultLangs = "en,az,ru,fr"

// corpusDir is the folder of the corpus of n pages in each of langs
// (comma-separated).
func corpusDir(dir, langs string, n int) string {
	if langs == defaultLangs {
		return filepath.Join(dir, fmt.Sprintf("corpus-%d", n))
	}
	return filepath.Join(dir, fmt.Sprintf("corpus-%s-%d", strings.ReplaceAll(langs, ",", "-"), n))
}

// prepareLangs is prepare for a corpus in langs, with Hugo's wrapper of it
// when withHugo.
func prepareLangs(repo, shared, corpus string, n int, langs string, withHugo bool) error {
	if _, err := os.Stat(filepath.Join(corpus, "content")); err != nil {
		fmt.Printf("# generating %s\n", corpus)
		if out, err := exec.Command(filepath.Join(shared, "gen-corpus"), corpus, "--pages", fmt.Sprint(n), "--langs", langs).CombinedOutput(); err != nil {
			return fmt.Errorf("gen-corpus: %v\n%s", err, out)
		}
	}
	os.RemoveAll(filepath.Join(corpus, "layouts"))
	if out, err := exec.Command("cp", "-r", filepath.Join(repo, "layouts"), filepath.Join(corpus, "layouts")).CombinedOutput(); err != nil {
		return fmt.Errorf("copying layouts: %v\n%s", err, out)
	}
	os.RemoveAll(filepath.Join(corpus, "static"))
	exec.Command("cp", "-r", filepath.Join(repo, "static"), filepath.Join(corpus, "static")).Run()
	// The repo's own markup and search settings (search.go).
	if err := os.WriteFile(filepath.Join(corpus, "site.yaml"), []byte(realConfig(repo, langs, true)), 0o644); err != nil {
		return err
	}
	if !withHugo {
		return nil
	}
	hdir := corpus + "-hugo"
	if _, err := os.Stat(filepath.Join(hdir, "hugo.yaml")); err != nil {
		os.RemoveAll(hdir)
		if out, err := exec.Command("cp", "-r", filepath.Join(corpus, "content"), filepath.Join(hdir, "content")).CombinedOutput(); err != nil {
			os.MkdirAll(hdir, 0o755)
			if out2, err := exec.Command("cp", "-r", filepath.Join(corpus, "content"), hdir).CombinedOutput(); err != nil {
				return fmt.Errorf("copying content: %v\n%s%s", err, out, out2)
			}
		}
		if out, err := exec.Command(filepath.Join(shared, "hugo-site"), hdir).CombinedOutput(); err != nil {
			return fmt.Errorf("hugo-site: %v\n%s", err, out)
		}
	}
	return nil
}

// buildSite builds cmd/site into dir, made if need be, and returns the
// binary's path.
func buildSite(dir string) (string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return "", err
	}
	bin := filepath.Join(dir, "site")
	if out, err := exec.Command("go", "build", "-o", bin, "./cmd/site").CombinedOutput(); err != nil {
		return "", fmt.Errorf("go build: %v\n%s", err, out)
	}
	return bin, nil
}

// coldBuilds measures one cold site build and, when hugo is set, one Hugo
// build of the same corpus, appending them to siteS and hugoS.
func coldBuilds(corpus, bin, dir, hugo string, siteS, hugoS []sample) ([]sample, []sample, error) {
	sm, err := measure(corpus, bin, "build", "--no-cache", "--source", corpus, "--dest", filepath.Join(dir, "public-site"))
	if err != nil {
		return siteS, hugoS, err
	}
	siteS = append(siteS, sm)
	if hugo != "" {
		hdir := corpus + "-hugo"
		os.RemoveAll(filepath.Join(hdir, "public"))
		os.RemoveAll(filepath.Join(hdir, "resources"))
		sm, err := measure(hdir, hugo, "--quiet", "--destination", "public")
		if err != nil {
			return siteS, hugoS, err
		}
		hugoS = append(hugoS, sm)
	}
	return siteS, hugoS, nil
}

// measure runs a command and reads its rusage.
func measure(dir, bin string, args ...string) (sample, error) {
	cmd := exec.Command(bin, args...)
	cmd.Dir = dir
	start := time.Now()
	out, err := cmd.CombinedOutput()
	wall := time.Since(start)
	if err != nil {
		return sample{}, fmt.Errorf("%s %v: %v\n%s", bin, args, err, out)
	}
	// User plus system time, as on the state; peak memory from rusage.
	return sample{wall: wall, cpu: cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime(), rssKB: maxRSS(cmd.ProcessState)}, nil
}

func median(s []sample) sample {
	if len(s) == 0 {
		return sample{}
	}
	pick := func(less func(a, b sample) bool) sample {
		c := append([]sample(nil), s...)
		sort.Slice(c, func(i, j int) bool { return less(c[i], c[j]) })
		return c[len(c)/2]
	}
	return sample{
		wall:  pick(func(a, b sample) bool { return a.wall < b.wall }).wall,
		cpu:   pick(func(a, b sample) bool { return a.cpu < b.cpu }).cpu,
		rssKB: pick(func(a, b sample) bool { return a.rssKB < b.rssKB }).rssKB,
	}
}

// devServer measures site serve: start-up to first page served (a child
// process), then edits in-process: write to reload event.
func devServer(corpus, bin string, edits int) error {
	port := freePort()
	start := time.Now()
	cmd := exec.Command(bin, "serve", "--source", corpus, "--port", fmt.Sprint(port))
	if err := cmd.Start(); err != nil {
		return err
	}
	url := fmt.Sprintf("http://127.0.0.1:%d/en/", port)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == 200 {
				break
			}
		}
		if time.Since(start) > 2*time.Minute {
			return fmt.Errorf("site serve did not serve %s", url)
		}
		time.Sleep(5 * time.Millisecond)
	}
	startup := time.Since(start)
	cmd.Process.Signal(os.Interrupt)
	cmd.Wait()

	srv := serve.New(serve.Options{Build: build.Options{Source: corpus}})
	rendered := make(chan int, 16)
	srv.Rebuilt = func(_ []string, out *build.Outcome, err error) {
		if out != nil && err == nil {
			rendered <- len(out.Rendered)
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return err
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	go srv.Run(ctx, ln)
	<-rendered
	resp, err := http.Get("http://" + ln.Addr().String() + "/__site/events")
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	events := make(chan time.Time, 16)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		for sc.Scan() {
			if sc.Text() == "event: reload" {
				events <- time.Now()
			}
		}
	}()
	page := filepath.Join(corpus, "content/en/sec-01/page-0001.md")
	orig, err := os.ReadFile(page)
	if err != nil {
		return err
	}
	defer os.WriteFile(page, orig, 0o644)
	var lat []time.Duration
	var count int
	for i := 0; i < edits; i++ {
		time.Sleep(150 * time.Millisecond)
		t0 := time.Now()
		os.WriteFile(page, append(orig, fmt.Sprintf("\nEdit number %d.\n", i)...), 0o644)
		select {
		case t1 := <-events:
			lat = append(lat, t1.Sub(t0))
			count = <-rendered
		case <-time.After(10 * time.Second):
			return fmt.Errorf("no reload event after edit %d", i)
		}
	}
	sort.Slice(lat, func(i, j int) bool { return lat[i] < lat[j] })
	p95 := lat[(len(lat)*95+99)/100-1]
	fmt.Printf("\n| dev server | site |\n|---|---|\n")
	fmt.Printf("| start to first page served | %d ms |\n", startup.Milliseconds())
	fmt.Printf("| one-page edit: write to reload event, median | %.1f ms |\n", float64(lat[len(lat)/2].Microseconds())/1000)
	fmt.Printf("| same, p95 | %.1f ms |\n", float64(p95.Microseconds())/1000)
	fmt.Printf("| pages rendered by that rebuild | %d |\n", count)
	fmt.Println("(the write-to-event time includes the watcher's quiet period: 3 ms for a save in place)")
	return nil
}

var readyRe = regexp.MustCompile(`server ready after (\d+) ms`)
var medianRe = regexp.MustCompile(`latency write->'Total in' line: median ([\d.]+) ms`)

func hugoServer(shared, hdir string, edits int) {
	out, err := exec.Command(filepath.Join(shared, "hugo-incr"), hdir, "--port", fmt.Sprint(freePort()), "--edits", fmt.Sprint(edits)).CombinedOutput()
	if err != nil {
		fmt.Printf("# hugo-incr failed: %v\n%s\n", err, out)
		return
	}
	fmt.Println("\n| hugo server (hugo-incr) | |\n|---|---|")
	if m := readyRe.FindSubmatch(out); m != nil {
		fmt.Printf("| start to server ready | %s ms |\n", m[1])
	}
	if m := medianRe.FindSubmatch(out); m != nil {
		fmt.Printf("| one-page edit: write to 'Total in' line, median | %s ms |\n", m[1])
	}
	for _, l := range strings.Split(string(out), "\n") {
		if strings.Contains(l, "median") {
			fmt.Println("#", strings.TrimSpace(l))
		}
	}
}

func freePort() int {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 18000
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port
}
