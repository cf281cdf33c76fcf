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
	"errors"
	"fmt"
	"math/rand"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime/debug"
	"strings"
	"syscall"
	"testing"
	"time"
	"unsafe"

	"golang.org/x/sys/unix"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
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

// Symbolic links are never followed, inside the site or out of it: a loop
// cannot make the walk go round, and a link out cannot publish a file from
// elsewhere. Each is a warning at its path.
func TestHostileSymlinks(t *testing.T) {
	outside := t.TempDir()
	sitetest.WriteFile(t, outside, "secret.md", []byte("---\ntitle: Secret\n---\nSECRET-TEXT\n"))
	sitetest.WriteFile(t, outside, "dir/page.md", []byte("---\ntitle: Elsewhere\n---\nELSEWHERE-TEXT\n"))
	sitetest.WriteFile(t, outside, "key.txt", []byte("SECRET-KEY\n"))
	dir := site(t, hostileHome+`
-- content/en/s/a.md --
---
title: A
---
-- static/style.css --
body {}
`)
	for link, target := range map[string]string{
		"content/en/loop":        ".",                                  // to its own folder
		"content/en/s/up":        "..",                                 // to its parent
		"content/en/ping":        "pong",                               // two links to each other
		"content/en/pong":        "ping",                               //
		"content/en/secret.md":   filepath.Join(outside, "secret.md"),  // a file outside the site
		"content/en/elsewhere":   filepath.Join(outside, "dir"),        // a folder outside the site
		"content/en/passwd.md":   "/etc/passwd",                        // a system file
		"content/en/dangling.md": filepath.Join(outside, "missing.md"), // nothing
		"static/key.txt":         filepath.Join(outside, "key.txt"),    // a static file outside the site
	} {
		if err := os.Symlink(target, filepath.Join(dir, filepath.FromSlash(link))); err != nil {
			t.Fatal(err)
		}
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	b.warned(
		"content/en/loop: symbolic link not followed",
		"content/en/s/up: symbolic link not followed",
		"content/en/ping: symbolic link not followed",
		"content/en/pong: symbolic link not followed",
		"content/en/secret.md: symbolic link not followed",
		"content/en/elsewhere: symbolic link not followed",
		"content/en/passwd.md: symbolic link not followed",
		"content/en/dangling.md: symbolic link not followed",
		"static/key.txt: symbolic link not followed",
	)
	for name, data := range b.files {
		for _, leak := range []string{"SECRET-TEXT", "ELSEWHERE-TEXT", "SECRET-KEY", "root:"} {
			if bytes.Contains(data, []byte(leak)) {
				t.Errorf("%s contains %q from outside the site", name, leak)
			}
		}
	}
	for _, name := range []string{"en/secret/index.html", "en/elsewhere/page/index.html", "en/passwd/index.html", "key.txt", "en/loop/b/index.html"} {
		b.absent(name)
	}
}

// A language folder that is a symbolic link is not followed either, and the
// warning says so: it said "ignored: pages live in content/<language>/",
// which is what the user had done.
func TestHostileSymlinkedLanguageFolderWarnsAsASymlink(t *testing.T) {
	outside := t.TempDir()
	sitetest.WriteFile(t, outside, "fr/a.md", []byte("---\ntitle: Ailleurs\n---\n"))
	dir := site(t, `
-- site.yaml --
baseURL: https://example.org/
languages:
  - code: en
  - code: fr
-- content/en/_index.md --
---
title: Home
---
`)
	if err := os.Symlink(filepath.Join(outside, "fr"), filepath.Join(dir, "content/fr")); err != nil {
		t.Fatal(err)
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	b.absent("fr/a/index.html")
	b.warned("content/fr: symbolic link not followed")
}

// Names with spaces, Windows-illegal characters or URL delimiters: each
// page either is refused with an error at its path, or builds with URLs
// that lead to it: its canonical link and its sitemap entry, followed,
// must reach the file that was written (a raw space is not a URL; a raw
// "?" or "#" cuts the path short).
func TestHostileFileNameCharactersGiveWorkingURLs(t *testing.T) {
	// Every one of these builds, at a percent-encoded URL (see also
	// TestFileNamesWithURLReservedCharactersArePages); only control
	// characters are refused.
	for _, name := range []string{
		"with space.md",
		"a:b.md",   // illegal on Windows, fine in a URL path
		"what?.md", // illegal on Windows; "?" starts a URL's query
		"a#b.md",   // "#" starts a URL's fragment
		"100%.md",  // "%" starts an escape
		"tab\there.md",
	} {
		t.Run(name, func(t *testing.T) {
			dir := site(t, hostileHome)
			sitetest.WriteFile(t, dir, "content/en/"+name, []byte("---\ntitle: Odd name\n---\nODD-BODY\n"))
			b := buildWithLimit(t, dir, 10*time.Second, nil)
			if b.err != nil {
				errs := ferr.Errors(b.err)
				if len(errs) != 1 || !strings.HasPrefix(errs[0].Error(), "content/en/"+name+": ") {
					t.Fatalf("want one error at content/en/%s, got:\n%v", name, b.err)
				}
				t.Logf("refused: %v", errs[0])
				return
			}
			stem := strings.TrimSuffix(name, ".md")
			out := "en/" + stem + "/index.html"
			page := b.file(out)
			if !strings.Contains(page, "ODD-BODY") {
				t.Fatalf("%s is not the page", out)
			}
			canon := regexp.MustCompile(`<link rel="canonical" href="([^"]*)">`).FindStringSubmatch(page)
			if canon == nil {
				t.Fatalf("no canonical link in %s", out)
			}
			checkPageURL(t, "canonical link of "+out, unescapeHTMLAttr(canon[1]), "/en/"+stem+"/")
			var loc string
			for _, m := range regexp.MustCompile(`<loc>([^<]*)</loc>`).FindAllStringSubmatch(b.file("sitemap.xml"), -1) {
				if strings.Contains(unescapeXMLText(m[1]), "/en/") && !strings.HasSuffix(m[1], "/en/") && !strings.HasSuffix(m[1], "/en/b/") {
					loc = unescapeXMLText(m[1])
				}
			}
			if loc == "" {
				t.Fatalf("no sitemap entry for the page:\n%s", b.file("sitemap.xml"))
			}
			checkPageURL(t, "sitemap <loc>", loc, "/en/"+stem+"/")
		})
	}
}

// checkPageURL asserts that u is a well-formed absolute URL (RFC 3986/3987:
// no raw space, quote, or stray "%") whose path, unescaped, is want, with
// nothing cut off into a query or a fragment.
func checkPageURL(t *testing.T, what, u, want string) {
	t.Helper()
	for _, r := range u {
		if r <= ' ' || r == 0x7f || strings.ContainsRune(`"<>\^`+"`{|}", r) {
			t.Errorf("%s %q has a raw %q: not a valid URL", what, u, r)
			return
		}
	}
	p, err := url.Parse(u)
	if err != nil {
		t.Errorf("%s %q: %v", what, u, err)
		return
	}
	if p.Path != want || p.RawQuery != "" || p.Fragment != "" || p.ForceQuery {
		t.Errorf("%s %q leads to path %q (query %q, fragment %q), not to the page at %q", what, u, p.Path, p.RawQuery, p.Fragment, want)
	}
}

func unescapeHTMLAttr(s string) string {
	return strings.NewReplacer("&amp;", "&", "&#43;", "+", "&#34;", `"`, "&#39;", "'").Replace(s)
}

func unescapeXMLText(s string) string {
	return strings.NewReplacer("&amp;", "&", "&lt;", "<", "&gt;", ">", "&#34;", `"`, "&#39;", "'", "&#x9;", "\t", "&#xA;", "\n", "&#xD;", "\r").Replace(s)
}

// "café.md" saved once in NFC (é) and once in NFD (e + combining acute) are
// two files on Linux that look the same and make the same URL: one clear
// URL clash, not also an error about a translationKey nobody wrote.
func TestHostileNFCAndNFDTwinsGiveOnlyAURLClash(t *testing.T) {
	dir := site(t, hostileHome)
	nfc, nfd := "caf\u00e9.md", "cafe\u0301.md"
	sitetest.WriteFile(t, dir, "content/en/"+nfc, []byte("---\ntitle: NFC\n---\n"))
	sitetest.WriteFile(t, dir, "content/en/"+nfd, []byte("---\ntitle: NFD\n---\n"))
	b := buildWithLimit(t, dir, 10*time.Second, nil)
	if b.err == nil {
		t.Fatal("two pages with one URL built")
	}
	errs := ferr.Errors(b.err)
	if len(errs) != 1 {
		t.Fatalf("want one error (the URL clash), got %d:\n%v", len(errs), b.err)
	}
	got := errs[0].Error()
	if !strings.HasPrefix(got, "content/en/"+nfc+": ") && !strings.HasPrefix(got, "content/en/"+nfd+": ") ||
		!strings.Contains(got, "en/café/index.html: the same URL as content/en/") {
		t.Errorf("unclear clash error: %s", got)
	}
}

// A name written in NFD alone is published at its NFC URL.
func TestHostileNFDNameAlone(t *testing.T) {
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/cafe\u0301.md", []byte("---\ntitle: Café\n---\n"))
	buildWithLimit(t, dir, 10*time.Second, nil).ok().contains("en/caf\u00e9/index.html", "<h1>Café</h1>")
}

func TestHostileFrontMatterShapes(t *testing.T) {
	b := buildSite(t, oneLang+`
-- content/en/empty.md --
-- content/en/blank.md --
   

-- content/en/only.md --
---
title: Front matter only
---
-- content/en/emptyfm.md --
---
---
-- content/en/open.md --
---
title: Never closed
description: the body follows but no --- ever comes

Text.
-- content/en/toml.md --
+++
title = "TOML"
+++
Text.
`)
	b.errors(
		"content/en/blank.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line",
		"content/en/empty.md:1: missing front matter: a page starts with a --- line, YAML with at least a title, and another --- line",
		"content/en/emptyfm.md:1: front matter: title is required",
		"content/en/open.md:1: front matter opened here is never closed with a --- line",
		"content/en/toml.md:1: TOML front matter (+++) is not supported: use YAML between --- lines",
	)
}

func TestHostileFrontMatterOnly(t *testing.T) {
	dir := site(t, oneLang)
	for name, src := range map[string]string{
		"lf.md":     "---\ntitle: LF\n---\n",
		"noeol.md":  "---\ntitle: No EOL\n---",
		"crlf.md":   "---\r\ntitle: CRLF\r\n---\r\n",
		"dots.md":   "---\ntitle: Dots\n...\n",
		"spaces.md": "---  \ntitle: Spaces\n---\t\n",
	} {
		sitetest.WriteFile(t, dir, "content/en/"+name, []byte(src))
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	for stem, title := range map[string]string{"lf": "LF", "noeol": "No EOL", "crlf": "CRLF", "dots": "Dots", "spaces": "Spaces"} {
		b.contains("en/"+stem+"/index.html", "<h1>"+title+"</h1>", `<div lang="en"></div>`)
	}
}

// An unterminated block stays an error at line 1 however much follows.
func TestHostileUnterminatedFrontMatterInHugeFile(t *testing.T) {
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/open.md", append([]byte("---\ntitle: Open\n"), bytes.Repeat([]byte("key: value\n"), 500000)...))
	buildWithLimit(t, dir, 30*time.Second, nil).errors("content/en/open.md:1: front matter opened here is never closed with a --- line")
}

// Binary files named .md: a PNG, random bytes with NULs and invalid UTF-8
// after a valid start, and NULs that are valid UTF-8.
func TestHostileBinaryFiles(t *testing.T) {
	rnd := rand.New(rand.NewSource(1))
	random := make([]byte, 64<<10)
	rnd.Read(random)
	random[0], random[1] = 0, 0xff // NUL, then an invalid byte at once
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/image.md", append([]byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), random...))
	sitetest.WriteFile(t, dir, "content/en/tail.md", append([]byte("---\ntitle: Tail\n---\nok\n"), random...))
	sitetest.WriteFile(t, dir, "content/en/nul.md", []byte("\x00\x00\x00\x00"))
	sitetest.WriteFile(t, dir, "content/en/nulfm.md", []byte("---\ntitle: a\x00b\n---\n"))
	buildWithLimit(t, dir, 10*time.Second, nil).errors(
		"content/en/image.md:1: invalid UTF-8: pages must be UTF-8 text",
		"content/en/nul.md:1: missing front matter",
		"content/en/nulfm.md:2: invalid front matter: control characters are not allowed",
		"content/en/tail.md:5: invalid UTF-8: pages must be UTF-8 text",
	)
}

// A NUL in the body is valid UTF-8: CommonMark replaces it with U+FFFD, and
// no NUL reaches the output.
func TestHostileNULInBody(t *testing.T) {
	dir := site(t, hostileHome)
	sitetest.WriteFile(t, dir, "content/en/nul.md", []byte("---\ntitle: NUL\n---\nbefore\x00after\n"))
	b := buildWithLimit(t, dir, 10*time.Second, nil).ok()
	page := b.file("en/nul/index.html")
	if strings.Contains(page, "\x00") || !strings.Contains(page, "before\ufffdafter") {
		t.Errorf("NUL in the body: %q", page)
	}
}

// Regression: the walk took every non-folder, non-link entry named *.md
// as a page and os.ReadFile opened it: a named pipe (left by a tool, or
// made on purpose) blocked the open forever, and with it the build, or the
// dev server's rebuild loop. The same held for a pipe in static/. It is
// now refused or skipped with a message at its path.
func TestHostileNamedPipeDoesNotHangTheBuild(t *testing.T) {
	for _, name := range []string{"content/en/pipe.md", "static/pipe.txt"} {
		t.Run(name, func(t *testing.T) {
			dir := site(t, hostileHome)
			fifo := filepath.Join(dir, filepath.FromSlash(name))
			os.MkdirAll(filepath.Dir(fifo), 0o755)
			if err := syscall.Mkfifo(fifo, 0o644); err != nil {
				t.Skipf("cannot make a named pipe: %v", err)
			}
			// On a timeout, open the pipe for writing and close it, so the
			// blocked reader sees end of file and its goroutine ends.
			unblock := func() {
				if f, err := os.OpenFile(fifo, os.O_WRONLY|syscall.O_NONBLOCK, 0); err == nil {
					f.Close()
				}
			}
			b := buildWithLimit(t, dir, 10*time.Second, unblock)
			for _, e := range append(ferr.Errors(b.err), warningErrors(b.warnings)...) {
				if strings.HasPrefix(e.Error(), name+": ") {
					t.Logf("reported: %v", e)
					return
				}
			}
			t.Errorf("named pipe %s not reported; errors: %v; warnings: %q", name, b.err, b.warnings)
		})
	}
}

func warningErrors(msgs []string) []error {
	var out []error
	for _, m := range msgs {
		out = append(out, errors.New(m))
	}
	return out
}

// A file nobody can read is an error at its path. chmod does not stop
// root, so as root the build runs in a child process (this test binary)
// as user nobody; the test skips if the system does not allow that.
func TestHostileUnreadableFile(t *testing.T) {
	const want = "content/en/secret.md: cannot read: permission denied"
	if os.Geteuid() != 0 {
		dir := site(t, hostileHome)
		p := sitetest.WriteFile(t, dir, "content/en/secret.md", []byte("---\ntitle: Secret\n---\n"))
		if err := os.Chmod(p, 0); err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { os.Chmod(p, 0o644) })
		buildWithLimit(t, dir, 10*time.Second, nil).errors(want)
		return
	}
	// As root: a folder everyone can enter, holding the site and a copy of
	// this binary, run as nobody.
	top, err := os.MkdirTemp("", "hostile-unreadable-")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { os.RemoveAll(top) })
	if err := os.Chmod(top, 0o755); err != nil {
		t.Fatal(err)
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skipf("cannot find the test binary: %v", err)
	}
	bin, _ := os.ReadFile(exe)
	if err := os.WriteFile(filepath.Join(top, "test.bin"), bin, 0o755); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(top, "site")
	for _, f := range []struct{ name, data string }{
		{"site.yaml", "baseURL: https://example.org/\nlanguages:\n  - code: en\n"},
		{"layouts/page.html", "{{.Title}}"},
		{"content/en/_index.md", "---\ntitle: Home\n---\n"},
		{"content/en/secret.md", "---\ntitle: Secret\n---\n"},
	} {
		sitetest.WriteFile(t, dir, f.name, []byte(f.data))
	}
	if err := os.Chmod(filepath.Join(dir, "content/en/secret.md"), 0); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(filepath.Join(top, "test.bin"), "-test.run=^TestHostileUnreadableFileChild$", "-test.v")
	cmd.Env = append(os.Environ(), "HOSTILE_UNREADABLE_SITE="+dir)
	cmd.Dir = top
	cmd.SysProcAttr = &syscall.SysProcAttr{Credential: &syscall.Credential{Uid: 65534, Gid: 65534}}
	out, err := cmd.CombinedOutput()
	if strings.Contains(string(out), "CHILD-SAW-THE-FILE") {
		t.Skipf("the child, as nobody, could still read the file (%s)", out)
	}
	if err != nil && !strings.Contains(string(out), "--- ") {
		t.Skipf("cannot run the build as user nobody: %v\n%s", err, out)
	}
	if err != nil || !strings.Contains(string(out), "CHILD-ERRORS: "+want+"\n") {
		t.Errorf("build as nobody: %v\n%s", err, out)
	}
}

// TestHostileUnreadableFileChild is TestHostileUnreadableFile's child.
func TestHostileUnreadableFileChild(t *testing.T) {
	dir := os.Getenv("HOSTILE_UNREADABLE_SITE")
	if dir == "" {
		t.Skip("run by TestHostileUnreadableFile")
	}
	if _, err := os.ReadFile(filepath.Join(dir, "content/en/secret.md")); err == nil {
		fmt.Println("CHILD-SAW-THE-FILE")
		return
	}
	b := buildWithLimit(t, dir, 10*time.Second, nil)
	fmt.Printf("CHILD-ERRORS: %v\n", b.err)
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
