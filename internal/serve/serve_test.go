package serve_test

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/sitetest"
)

const testSite = `
-- site.yaml --
languages:
  - code: en
  - code: fr
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title><link rel="stylesheet" href="/css/site.css"></head>
<body>{{block "main" .}}{{end}}</body></html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}{{end}}
-- layouts/404.html --
{{define "main"}}<h1>Not here</h1>{{end}}
-- content/en/_index.md --
---
title: Home
---
-- content/en/a.md --
---
title: Page A
---
First paragraph.
-- content/fr/a.md --
---
title: Page A fr
---
-- static/css/site.css --
body { color: black }
-- static/notes.txt --
plain
`

// running is a dev server on a free loopback port.
type running struct {
	t       testing.TB
	dir     string
	url     string
	rebuilt chan error
	builds  chan time.Duration // startWith's only
}

func start(t testing.TB, dir string) *running {
	t.Helper()
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	r := &running{t: t, dir: dir, rebuilt: make(chan error, 100)}
	srv.Rebuilt = func(_ []string, _ *build.Outcome, err error) { r.rebuilt <- err }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.url = "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("server stopped with %v", err)
		}
	})
	r.wait()
	return r
}

// wait waits for the next build and returns its error.
func (r *running) wait() error {
	r.t.Helper()
	select {
	case err := <-r.rebuilt:
		return err
	case <-time.After(10 * time.Second):
		r.t.Fatal("no rebuild within 10 s")
	}
	return nil
}

func (r *running) get(path string) (int, string, string) {
	r.t.Helper()
	resp, err := http.Get(r.url + path)
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, resp.Header.Get("Content-Type"), string(b)
}

func (r *running) write(name, data string) {
	r.t.Helper()
	if err := os.WriteFile(filepath.Join(r.dir, filepath.FromSlash(name)), []byte(data), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

func TestServeContentTypesAndReloadScript(t *testing.T) {
	r := start(t, sitetest.Write(t, testSite))
	for _, c := range []struct{ path, ctype, body string }{
		{"/en/a/", "text/html; charset=utf-8", `<head><script src="/__site/reload.js" defer></script><title>`},
		{"/css/site.css", "text/css; charset=utf-8", "color: black"},
		{"/notes.txt", "text/plain; charset=utf-8", "plain"},
		{"/sitemap.xml", "application/xml; charset=utf-8", "<urlset"},
		{"/__site/reload.js", "text/javascript; charset=utf-8", "EventSource"},
		{"/__site/reload.js", "text/javascript; charset=utf-8", "Idiomorph"},
	} {
		code, ctype, body := r.get(c.path)
		if code != 200 || ctype != c.ctype || !strings.Contains(body, c.body) {
			t.Errorf("GET %s = %d %q, body has %q: %v", c.path, code, ctype, c.body, strings.Contains(body, c.body))
		}
	}
	if _, _, body := r.get("/css/site.css"); strings.Contains(body, "reload.js") {
		t.Error("reload script injected into a stylesheet")
	}
	// The test layout has no canonical link: the sitemap shows that links
	// are made on the server's own address. (This check used to be
	// "no canonical link and no heading", true whatever was served.)
	if _, _, body := r.get("/en/a/"); !strings.Contains(body, "<h1>Page A</h1>") {
		t.Errorf("page body: %s", body)
	}
	if _, _, body := r.get("/sitemap.xml"); !strings.Contains(body, "<loc>"+r.url+"/en/a/</loc>") {
		t.Errorf("sitemap does not use the server's address %s:\n%s", r.url, body)
	}
}

func TestServeMissingPathsGetThe404Page(t *testing.T) {
	r := start(t, sitetest.Write(t, testSite))
	code, ctype, body := r.get("/en/nowhere/")
	if code != 404 || ctype != "text/html; charset=utf-8" || !strings.Contains(body, "<h1>Not here</h1>") {
		t.Errorf("GET /en/nowhere/ = %d %q %q", code, ctype, body)
	}
	resp, err := http.Get(r.url + "/en/a")
	if err != nil || resp.Request.URL.Path != "/en/a/" {
		t.Errorf("GET /en/a did not redirect to /en/a/: %v", err)
	}
}

func TestServeRefusesTraversal(t *testing.T) {
	r := start(t, sitetest.Write(t, testSite))
	for _, p := range []string{"/../site.yaml", "/%2e%2e/site.yaml", "/en/..%2f..%2fsite.yaml", "/..\\site.yaml", "/%00", "/content/en/a.md", "/site.yaml"} {
		conn, err := net.Dial("tcp", strings.TrimPrefix(r.url, "http://"))
		if err != nil {
			t.Fatal(err)
		}
		io.WriteString(conn, "GET "+p+" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
		resp, _ := io.ReadAll(conn)
		conn.Close()
		status := strings.SplitN(string(resp), "\r\n", 2)[0]
		if !strings.Contains(status, " 400 ") && !strings.Contains(status, " 404 ") {
			t.Errorf("GET %s: %s", p, status)
		}
		if strings.Contains(string(resp), "languages:") || strings.Contains(string(resp), "title: Page A") {
			t.Errorf("GET %s leaked a source file", p)
		}
	}
}

func TestServeEventsAfterRebuild(t *testing.T) {
	r := start(t, sitetest.Write(t, testSite))
	events := r.stream()
	expect := func(want string) { t.Helper(); events.expect(t, want) }
	expect("event: ok")
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nSecond version.\n")
	if err := r.wait(); err != nil {
		t.Fatal(err)
	}
	expect(`data: {"pages":{"/en/a/":"morph"},"gone":{},"scripts":[],"css":false}`)
	if _, _, body := r.get("/en/a/"); !strings.Contains(body, "Second version.") {
		t.Errorf("served page not rebuilt: %s", body)
	}
	r.write("static/css/site.css", "body { color: navy }")
	r.wait()
	expect(`data: {"pages":{},"gone":{},"scripts":[],"css":true}`)

	r.write("content/en/a.md", "---\ntitle: [broken\n---\n")
	if err := r.wait(); err == nil {
		t.Fatal("broken page built")
	}
	expect("event: errors")
	expect("content/en/a.md:2: invalid front matter")
	if code, _, body := r.get("/en/a/"); code != 200 || !strings.Contains(body, "Second version.") {
		t.Errorf("last good build not served during errors: %d", code)
	}
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nThird.\n")
	r.wait()
	expect("event: reload")
}

func TestServeFirstBuildBrokenShowsErrorsUntilFixed(t *testing.T) {
	dir := sitetest.Write(t, strings.Replace(testSite, "title: Page A\n", "title: [x\n", 1))
	r := start(t, dir)
	code, _, body := r.get("/en/a/")
	if code != 500 || !strings.Contains(body, "content/en/a.md:2: invalid front matter") || !strings.Contains(body, "reload.js") {
		t.Fatalf("GET during a broken first build = %d:\n%s", code, body)
	}
	r.write("content/en/a.md", "---\ntitle: Fixed\n---\n")
	if err := r.wait(); err != nil {
		t.Fatal(err)
	}
	if code, _, body := r.get("/en/a/"); code != 200 || !strings.Contains(body, "<h1>Fixed</h1>") {
		t.Errorf("after the fix: %d %s", code, body)
	}
}

func TestServePortInUse(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer ln.Close()
	port := ln.Addr().(*net.TCPAddr).Port
	_, err = serve.New(serve.Options{Port: port}).Listen()
	if err == nil || !strings.Contains(err.Error(), "already in use") || !strings.Contains(err.Error(), "--port") {
		t.Errorf("err = %v, want a port-in-use error suggesting --port", err)
	}
}

func TestFileName(t *testing.T) {
	for in, want := range map[string]string{
		"/": "index.html", "/en/": "en/index.html", "/css/a.css": "css/a.css",
		"/../x": "", "/a/../b": "", "/a\\b": "", "/a\x00": "", "/a//b": "", "x": "",
	} {
		got, ok := serve.FileName(in)
		if (want == "") == ok || got != want && ok {
			t.Errorf("FileName(%q) = %q, %v; want %q", in, got, ok, want)
		}
	}
}

// An edit of a page's text reaches the open pages once, from its preview
// (build.Preview): the build after it writes the same page and has nothing
// more to tell them.
func TestServeShowsATextEditOnce(t *testing.T) {
	r := start(t, sitetest.Write(t, testSite))
	events := r.stream()
	events.expect(t, "event: ok")
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nSecond version.\n")
	events.expect(t, `data: {"pages":{"/en/a/":"morph"},"gone":{},"scripts":[],"css":false}`)
	if err := r.wait(); err != nil {
		t.Fatal(err)
	}
	if _, _, body := r.get("/en/a/"); !strings.Contains(body, "Second version.") {
		t.Errorf("served page not rebuilt: %s", body)
	}
	// Events go out before Rebuilt is called: any from the build would
	// be on its way by now.
	timeout := time.After(200 * time.Millisecond)
	for {
		select {
		case line := <-events:
			if strings.HasPrefix(line, "data: ") {
				t.Errorf("a second event after the preview: %s", line)
			}
			continue
		case <-timeout:
		}
		break
	}
}

// A preview whose build then fails (the edit removed an anchor that
// another page links to) goes: the open pages morph back to the last good
// build and show the build's errors, and the last good build is served.
func TestServePreviewOfABrokenBuildGoes(t *testing.T) {
	r := start(t, sitetest.Write(t, strings.Replace(testSite, "First paragraph.", "## Part", 1)+`-- content/en/b.md --
---
title: Page B
---
See [the part](a.md#part).
`))
	events := r.stream()
	events.expect(t, "event: ok")
	r.write("content/en/a.md", "---\ntitle: Page A\n---\n## Whole\n")
	events.expect(t, `data: {"pages":{"/en/a/":"morph"},"gone":{},"scripts":[],"css":false}`) // the preview
	if err := r.wait(); err == nil {
		t.Fatal("the build with a broken anchor succeeded")
	}
	events.expect(t, `data: {"pages":{"/en/a/":"morph"},"gone":{},"scripts":[],"css":false}`) // back
	events.expect(t, "event: errors")
	events.expect(t, "link to missing anchor #part")
	if _, _, body := r.get("/en/a/"); !strings.Contains(body, ">Part<") || strings.Contains(body, "Whole") {
		t.Errorf("the last good build is not served: %s", body)
	}
}
