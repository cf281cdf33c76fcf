package build_test

import (
	"bytes"
	"fmt"
	"io/fs"
	"math/rand"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/sitetest"
)

// TestInterruptedBuildLeavesOldOrNewSite kills the real "site build" at
// random moments while it replaces a folder: the folder must then hold
// exactly the previous site or exactly the new one (byte for byte, no file
// more or less), never a mix or nothing; and once a build runs to its end,
// no temporary folder may be left beside the destination.
func TestInterruptedBuildLeavesOldOrNewSite(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary and a site of 3,000 pages many times")
	}
	bin := filepath.Join(t.TempDir(), "site")
	if out, err := exec.Command("go", "build", "-o", bin, "github.com/wazc/site/cmd/site").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	// Two sources, the same 3,000 pages in two versions: every page and
	// the static file differ between them. Their builds in memory are
	// what the folder may hold.
	const pages = 3000
	srcs := map[int]string{}
	versions := map[int]map[string][]byte{}
	for v := 1; v <= 2; v++ {
		src := site(t, `
-- site.yaml --
baseURL: https://example.org/
languages:
  - code: en
  - code: fr
-- layouts/i18n/fr.yaml --
fallbackNotice: Pas encore traduit
`)
		for i := 0; i < pages; i++ {
			lang := "en"
			if i%3 == 2 {
				lang = "fr"
			}
			name := fmt.Sprintf("content/%s/s%02d/p%04d.md", lang, i%30, i)
			body := fmt.Sprintf("---\ntitle: Page %d v%d\nweight: %d\n---\n## Version %d\n\nPage %d, version %d: *some* text with a [link](/en/_index.md) and more words.\n\n- a\n- b\n",
				i, v, i%5+1, v, i, v)
			sitetest.WriteFile(t, src, name, []byte(body))
		}
		sitetest.WriteFile(t, src, "content/en/_index.md", fmt.Appendf(nil, "---\ntitle: Home v%d\n---\n", v))
		sitetest.WriteFile(t, src, "static/version.txt", fmt.Appendf(nil, "%d\n", v))
		mem := output.NewMemory()
		if _, err := build.Run(build.Options{Source: src}, mem); err != nil {
			t.Fatal(err)
		}
		srcs[v], versions[v] = src, mem.Files()
	}
	t.Logf("each version has %d files", len(versions[1]))

	parent := t.TempDir()
	dest := filepath.Join(parent, "public")
	run := func(v int) *exec.Cmd {
		t.Helper()
		cmd := exec.Command(bin, "build", "--source", srcs[v], "--dest", dest)
		out := new(bytes.Buffer)
		cmd.Stdout, cmd.Stderr = out, out
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		return cmd
	}
	finish := func(cmd *exec.Cmd) {
		t.Helper()
		if err := cmd.Wait(); err != nil {
			t.Fatalf("site build: %v\n%s", err, cmd.Stdout)
		}
	}
	// state reports which version dest holds: 0 for none (no folder).
	state := func() int {
		t.Helper()
		got, err := destTree(dest)
		if os.IsNotExist(err) {
			return 0
		}
		if err != nil {
			t.Fatal(err)
		}
		for v, want := range versions {
			if sameFiles(got, want) {
				return v
			}
		}
		t.Fatalf("%s is neither version 1 nor version 2: %s", dest, describeMix(got, versions[1], versions[2]))
		return -1
	}

	// Normal builds, the second one timed to choose the delays (it also
	// removes the temporary folder a killed build left, as most of the
	// interrupted builds below will); the binary's output must be the
	// in-memory build's.
	finish(run(1))
	if got := state(); got != 1 {
		t.Fatalf("after a normal build dest holds version %d", got)
	}
	cmd := run(2)
	time.Sleep(300 * time.Millisecond)
	cmd.Process.Kill()
	cmd.Wait()
	if got := state(); got != 1 {
		t.Fatalf("after an interrupted build dest holds version %d", got)
	}
	start := time.Now()
	finish(run(2))
	took := time.Since(start)
	if got := state(); got != 2 {
		t.Fatalf("after a normal build dest holds version %d", got)
	}
	t.Logf("a full build by the binary takes %s", took.Round(time.Millisecond))

	seed := time.Now().UnixNano()
	rnd := rand.New(rand.NewSource(seed))
	t.Logf("seed %d", seed)
	type try struct {
		sig   syscall.Signal
		delay time.Duration
		first bool // dest removed first: a first build is interrupted
		swap  bool // the delay is chosen to land near the swap
	}
	frac := func(f float64) time.Duration { return time.Duration(f * float64(took)) }
	var tries []try
	for i := 0; i < 6; i++ { // over the whole build, start-up included
		tries = append(tries, try{sig: syscall.SIGKILL, delay: frac((float64(i) + rnd.Float64()) / 6)})
	}
	for i := 0; i < 6; i++ { // near the swap at the end
		tries = append(tries, try{sig: syscall.SIGKILL, swap: true})
	}
	for i := 0; i < 4; i++ {
		tries = append(tries, try{sig: syscall.SIGINT, delay: frac(0.2 + rnd.Float64())})
	}
	tries = append(tries, try{sig: syscall.SIGKILL, delay: frac(0.3 + 0.7*rnd.Float64()), first: true})
	// The swap happens between the longest delay that left the old site
	// and the shortest that gave the new one; the "swap" tries bisect
	// that interval, or look further while no try has given the new site
	// (build times vary, so this is only roughly the swap).
	lastOld, firstNew := frac(0.8), time.Duration(0)
	have := 2
	outcomes := map[string]int{}
	for i, tr := range tries {
		if tr.first {
			if err := os.RemoveAll(dest); err != nil {
				t.Fatal(err)
			}
			have = 0
		}
		next := 1
		if have == 1 {
			next = 2
		}
		if tr.swap {
			if firstNew == 0 {
				tr.delay = lastOld * 5 / 4
			} else {
				tr.delay = (lastOld + firstNew) / 2
			}
			tr.delay += time.Duration(rnd.Int63n(int64(20*time.Millisecond))) - 10*time.Millisecond
		}
		cmd := run(next)
		time.Sleep(tr.delay)
		cmd.Process.Signal(tr.sig)
		err := cmd.Wait()
		got := state()
		what := "old"
		if got == next {
			what = "new"
		}
		outcomes[what]++
		if what == "old" && tr.delay > lastOld {
			lastOld = tr.delay
		}
		if what == "new" && (firstNew == 0 || tr.delay < firstNew) {
			firstNew = tr.delay
		}
		t.Logf("try %2d: %-9s after %6s: %s site (v%d→v%d), exit: %v", i, tr.sig, tr.delay.Round(time.Millisecond), what, have, next, err)
		have = got
	}
	t.Logf("outcomes: %v", outcomes)

	// One more build, to its end, must clean up what the killed ones left.
	if left, _ := filepath.Glob(filepath.Join(parent, ".public.building-*")); len(left) > 0 {
		t.Logf("the interrupted builds left %d temporary folders", len(left))
	}
	next := 1
	if have == 1 {
		next = 2
	}
	cmd = run(next)
	finish(cmd)
	if got := state(); got != next {
		t.Fatalf("after a normal build dest holds version %d, want %d", got, next)
	}
	entries, err := os.ReadDir(parent)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if e.Name() != "public" {
			t.Errorf("left beside dest after a normal build: %s", e.Name())
		}
	}
}

// destTree reads every file below dir, by slash path.
func destTree(dir string) (map[string][]byte, error) {
	if _, err := os.Lstat(dir); err != nil {
		return nil, err
	}
	files := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		data, err := os.ReadFile(p)
		files[filepath.ToSlash(rel)] = data
		return err
	})
	return files, err
}

func sameFiles(a, b map[string][]byte) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		w, ok := b[k]
		if !ok || !bytes.Equal(v, w) {
			return false
		}
	}
	return true
}

// describeMix says how a tree differs from two versions.
func describeMix(got, v1, v2 map[string][]byte) string {
	var same1, same2, neither, missing int
	var examples []string
	for k, v := range got {
		switch {
		case v1[k] != nil && bytes.Equal(v, v1[k]):
			same1++
		case v2[k] != nil && bytes.Equal(v, v2[k]):
			same2++
		default:
			neither++
			examples = append(examples, k)
		}
	}
	for k := range v1 {
		if _, ok := got[k]; !ok {
			missing++
		}
	}
	sort.Strings(examples)
	if len(examples) > 5 {
		examples = examples[:5]
	}
	return fmt.Sprintf("%d files: %d as in version 1, %d as in version 2, %d in neither (%s); %d of version 1's files missing",
		len(got), same1, same2, neither, strings.Join(examples, ", "), missing)
}
