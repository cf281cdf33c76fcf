package build_test

import (
	"bytes"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/sitetest"
)

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
