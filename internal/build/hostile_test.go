package build_test

// Hostile input: files and folders an editor, a tool or an attacker could
// put in a site. Each must be built or refused with a clear error at its
// path (and line where there is one): never a crash, never a hang. Every
// build here runs in a goroutine with a generous time limit, so that a
// hang fails its test instead of stalling the whole run; a panic in the
// calling goroutine is caught and reported (a panic in one of the
// pipeline's own worker goroutines still takes the test binary down, which
// fails the run as loudly).

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/output"
	"github.com/wazc/site/internal/sitetest"
)

// withinLimit runs f in a goroutine and fails the test if f panics or has not
// returned after limit. On a timeout f's goroutine is left running (a
// build cannot be cancelled); unblock, when set, is called first to give
// it a chance to finish.
func withinLimit(t *testing.T, what string, limit time.Duration, unblock func(), f func()) {
	t.Helper()
	type result struct {
		panicked any
		stack    []byte
	}
	done := make(chan result, 1)
	go func() {
		var r result
		defer func() {
			if p := recover(); p != nil {
				r = result{p, debug.Stack()}
			}
			done <- r
		}()
		f()
	}()
	select {
	case r := <-done:
		if r.panicked != nil {
			t.Fatalf("%s panicked: %v\n%s", what, r.panicked, r.stack)
		}
	case <-time.After(limit):
		if unblock != nil {
			unblock()
		}
		t.Fatalf("%s did not finish within %s: it hangs (or is far slower than it should be)", what, limit)
	}
}

// buildWithLimit builds the site in dir into memory within limit.
func buildWithLimit(t *testing.T, dir string, limit time.Duration, unblock func()) *built {
	t.Helper()
	var b *built
	start := time.Now()
	withinLimit(t, "the build", limit, unblock, func() {
		mem := output.NewMemory()
		res, err := build.Run(build.Options{Source: dir}, mem)
		b = &built{t: t, files: mem.Files(), res: res, err: err}
		if res != nil {
			for _, w := range res.Warnings {
				b.warnings = append(b.warnings, w.Error())
			}
		}
	})
	t.Logf("built in %s", time.Since(start).Round(time.Millisecond))
	return b
}

const hostileHome = oneLang + `
-- content/en/_index.md --
---
title: Home
---
-- content/en/b.md --
---
title: B
---
## Details
`

// A 20 MB page of ordinary Markdown: headings, emphasis, a link with an
// anchor in every section, lists and tables. It must build well within the
// limit. (It took about 15 s on a 2-core machine, 60% of it in
// markdown's walker.position, which counted the newlines from the start of
// the body again for every link: quadratic, see
// TestHostileLongLineOfLinksIsNotQuadratic.)
func TestHostileHugeFile(t *testing.T) {
	dir := site(t, hostileHome)
	var src bytes.Buffer
	src.WriteString("---\ntitle: Huge\n---\n")
	last := 0
	for i := 0; src.Len() < 20<<20; i++ {
		fmt.Fprintf(&src, `## Part %d of the record

A paragraph with *emphasis*, **strong words**, `+"`code`"+`, "quotes" -- and dashes, and a
[link to another page](b.md#details) in the middle of ordinary prose that goes on for a
while, as the paragraphs of a long report do, line after line after line.

- first item of part %d
- second item, with more words in it

| column | value |
|--------|-------|
| part   | %d    |

`, i, i, i)
		last = i
	}
	sitetest.WriteFile(t, dir, "content/en/huge.md", src.Bytes())
	b := buildWithLimit(t, dir, 90*time.Second, nil).ok()
	page := b.file("en/huge/index.html")
	for _, want := range []string{
		`<h2 id="part-0-of-the-record">Part 0 of the record</h2>`,
		fmt.Sprintf(`<h2 id="part-%d-of-the-record">Part %d of the record</h2>`, last, last),
		fmt.Sprintf(`<td>%d</td>`, last),
		`<a href="/en/b/#details">link to another page</a>`,
	} {
		if !strings.Contains(page, want) {
			t.Errorf("en/huge/index.html (%d bytes) lacks %q", len(page), want)
		}
	}
}

// One paragraph on a single line of 5 MB, with inline markup all along.
func TestHostileFiveMegabyteLine(t *testing.T) {
	dir := site(t, hostileHome)
	var src bytes.Buffer
	src.WriteString("---\ntitle: Line\n---\n")
	n := 0
	for ; src.Len() < 5<<20; n++ {
		fmt.Fprintf(&src, "word%d *emph* **bold** `code` \"quoted\" -- ", n)
	}
	src.WriteString("end.\n")
	sitetest.WriteFile(t, dir, "content/en/line.md", src.Bytes())
	b := buildWithLimit(t, dir, 60*time.Second, nil).ok()
	page := b.file("en/line/index.html")
	if !strings.Contains(page, fmt.Sprintf("word%d <em>emph</em>", n-1)) || strings.Count(page, "<p>") != 1 {
		t.Errorf("en/line/index.html (%d bytes): want one paragraph ending with word%d", len(page), n-1)
	}
}

func TestHostileTenThousandFilesInOneFolder(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 10,000 files")
	}
	dir := site(t, hostileHome)
	const n = 10000
	for i := 0; i < n; i++ {
		sitetest.WriteFile(t, dir, fmt.Sprintf("content/en/many/p%05d.md", i), fmt.Appendf(nil, "---\ntitle: Page %05d\nweight: %d\n---\nText %d.\n", i, 1+i%7, i))
	}
	b := buildWithLimit(t, dir, 60*time.Second, nil).ok()
	section := b.file("en/many/index.html")
	if got := strings.Count(section, "<li>Page "); got != n {
		t.Errorf("section lists %d pages, want %d", got, n)
	}
	for _, i := range []int{0, 1, n / 2, n - 1} {
		b.contains(fmt.Sprintf("en/many/p%05d/index.html", i), fmt.Sprintf("<h1>Page %05d</h1>", i), fmt.Sprintf("Text %d.", i))
	}
	if got := len(b.files); got < n {
		t.Errorf("%d files written, want at least %d", got, n)
	}
}

func TestHostileFoldersNestedHundredDeep(t *testing.T) {
	dir := site(t, hostileHome)
	var segs []string
	for i := 0; i < 100; i++ {
		segs = append(segs, fmt.Sprintf("d%02d", i))
	}
	deep := strings.Join(segs, "/")
	sitetest.WriteFile(t, dir, "content/en/"+deep+"/leaf.md", []byte("---\ntitle: Leaf\n---\n[up one](../up.md) [home](/en/_index.md) [B](/en/b.md#details)\n"))
	sitetest.WriteFile(t, dir, "content/en/"+strings.Join(segs[:99], "/")+"/up.md", []byte("---\ntitle: Up\n---\n"))
	b := buildWithLimit(t, dir, 30*time.Second, nil).ok()
	b.contains("en/"+deep+"/leaf/index.html", "<h1>Leaf</h1>",
		`<a href="/en/`+strings.Join(segs[:99], "/")+`/up/">up one</a>`, `<a href="/en/">home</a>`, `<a href="/en/b/#details">B</a>`)
	// Each folder is an implicit section, titled after it.
	for i := 1; i <= 100; i++ {
		b.contains("en/"+strings.Join(segs[:i], "/")+"/index.html", fmt.Sprintf("<h1>D%02d</h1>", i-1))
	}
}

// A page deleted after content/ was listed and before it was read is an
// error at its path (the next build, or the dev server's rebuild that the
// deletion triggers, no longer lists it). There is no hook between listing
// and reading, so the test watches the folder with inotify: when the
// build has read the folder (it closes it), the test deletes the last
// page, which the build reads after the 2,000 others. Should the deletion
// still come after the read, the test tries again, then skips.
func TestHostileFileDeletedBetweenListingAndReading(t *testing.T) {
	for attempt := 1; attempt <= 3; attempt++ {
		dir := site(t, hostileHome)
		for i := 0; i < 2000; i++ {
			sitetest.WriteFile(t, dir, fmt.Sprintf("content/en/many/p%04d.md", i), fmt.Appendf(nil, "---\ntitle: P%d\n---\n", i))
		}
		victim := sitetest.WriteFile(t, dir, "content/en/many/zzz.md", []byte("---\ntitle: Victim\n---\n"))
		folder := filepath.Dir(victim)
		fd, err := unix.InotifyInit1(unix.IN_CLOEXEC)
		if err != nil {
			t.Skipf("no inotify: %v", err)
		}
		if _, err := unix.InotifyAddWatch(fd, folder, unix.IN_CLOSE_NOWRITE); err != nil {
			unix.Close(fd)
			t.Skipf("inotify: %v", err)
		}
		deleted := make(chan error, 1)
		go func() {
			defer unix.Close(fd)
			buf := make([]byte, 64<<10)
			for {
				n, err := unix.Read(fd, buf)
				if err != nil {
					deleted <- err
					return
				}
				for off := 0; off+unix.SizeofInotifyEvent <= n; {
					ev := (*unix.InotifyEvent)(unsafe.Pointer(&buf[off]))
					if ev.Mask&unix.IN_ISDIR != 0 && ev.Len == 0 {
						// The folder itself was closed: listed.
						deleted <- os.Remove(victim)
						return
					}
					off += unix.SizeofInotifyEvent + int(ev.Len)
				}
			}
		}()
		b := buildWithLimit(t, dir, 30*time.Second, nil)
		select {
		case err := <-deleted:
			if err != nil {
				t.Fatal(err)
			}
		case <-time.After(5 * time.Second):
			t.Fatal("the build never closed the folder")
		}
		if b.err == nil {
			if _, ok := b.files["en/many/zzz/index.html"]; ok {
				t.Logf("attempt %d: the page was read before it was deleted", attempt)
				continue
			}
			t.Fatal("the deleted page is neither built nor reported")
		}
		b.errors("content/en/many/zzz.md: cannot read: no such file or directory")
		return
	}
	t.Skip("could not delete the page between listing and reading in 3 attempts")
}

// Regression: markdown's walker.position computed each link's column by
// scanning back to the start of its line and counting the runes there, and
// its line by counting newlines from the start of the body: one pass over
// the line (and the file) per link. A long line full of links was then
// quadratic: 1 MB of this line took 14 s, 2 MB 60 s, 4 MB 4 min 24 s, where
// the same line without links took 0.6 s for 2 MB. Four times the line
// must take about four times as long, not sixteen. (These two tests come last:
// when they time out, their build goes on in the background, slowing what
// runs next.)
func TestHostileLongLineOfLinksIsNotQuadratic(t *testing.T) {
	page := func(size int) ([]byte, int) {
		var src bytes.Buffer
		src.WriteString("---\ntitle: Links\n---\n")
		n := 0
		for ; src.Len() < size; n++ {
			fmt.Fprintf(&src, "word *emph* [link](b.md) %d ", n)
		}
		return src.Bytes(), n
	}
	dirs := map[int]string{}
	for _, size := range []int{1 << 18, 1 << 20} { // 0.25 and 1 MB
		src, n := page(size)
		dirs[size] = site(t, hostileHome)
		sitetest.WriteFile(t, dirs[size], "content/en/links.md", src)
		b := buildWithLimit(t, dirs[size], time.Minute, nil).ok()
		if got := strings.Count(b.file("en/links/index.html"), `<a href="/en/b/">link</a>`); got != n {
			t.Errorf("%d links rendered, want %d", got, n)
		}
	}
	checkLinearGrowth(t, "a line of links", func(bigger bool) {
		size := 1 << 18
		if bigger {
			size = 1 << 20
		}
		buildWithLimit(t, dirs[size], time.Minute, nil)
	})
}

// Regression: markdown's ids.Generate made a repeated heading's id by
// trying base-1, base-2, … from 1 every time, so n headings with the same
// text cost n²/2 map lookups and Sprintfs: 1 MB of "## Notes" sections
// (40,000 headings) took 3 min 56 s. Four times the headings must take
// about four times as long, not sixteen.
func TestHostileRepeatedHeadingIDsAreNotQuadratic(t *testing.T) {
	dirs := map[int]string{}
	for _, n := range []int{4000, 16000} {
		var src bytes.Buffer
		src.WriteString("---\ntitle: Notes\n---\n")
		for i := 0; i < n; i++ {
			fmt.Fprintf(&src, "## Notes\n\nNote %d.\n\n", i)
		}
		dirs[n] = site(t, hostileHome)
		sitetest.WriteFile(t, dirs[n], "content/en/notes.md", src.Bytes())
		b := buildWithLimit(t, dirs[n], time.Minute, nil).ok()
		b.contains("en/notes/index.html", `<h2 id="notes">Notes</h2>`, fmt.Sprintf(`<h2 id="notes-%d">Notes</h2>`, n-1))
	}
	checkLinearGrowth(t, "repeated headings", func(bigger bool) {
		n := 4000
		if bigger {
			n = 16000
		}
		buildWithLimit(t, dirs[n], time.Minute, nil)
	})
}

// checkLinearGrowth times run on an input and on one four times its size,
// the fastest of three runs each (interleaved, so a busy machine slows
// both), and fails when the bigger input takes more than 8 times as long:
// linear work takes 4 times, quadratic 16. (With twice the input, 2 against
// 4, a loaded machine's garbage collection once pushed a linear build to
// 3.05.) It measures growth, not the machine: a slow machine does not fail
// it and a fast one does not hide a quadratic step.
func checkLinearGrowth(t *testing.T, what string, run func(bigger bool)) {
	t.Helper()
	best := [2]time.Duration{time.Hour, time.Hour}
	for range 3 {
		for i, bigger := range []bool{false, true} {
			start := time.Now()
			run(bigger)
			if d := time.Since(start); d < best[i] {
				best[i] = d
			}
		}
	}
	ratio := float64(best[1]) / float64(best[0])
	t.Logf("%s: %s for n, %s for 4n: %.2f×", what, best[0].Round(time.Millisecond), best[1].Round(time.Millisecond), ratio)
	if ratio > 8 {
		t.Errorf("%s: four times the input took %.1f× the time (%s, then %s): linear work takes 4×, quadratic 16×", what, ratio, best[0].Round(time.Millisecond), best[1].Round(time.Millisecond))
	}
}
