package serve_test

import (
	"bufio"
	"bytes"
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
	"github.com/wazc/site/internal/sitetest"
)

// startWith is start with options: the tests of the host and origin rules
// run the server on a real listener and speak HTTP to it. The site is
// testSite unless opts has one; a Quiet of -1 is the server's default.
// Each good build's duration goes to r.builds.
func startWith(t *testing.T, opts serve.Options) *running {
	t.Helper()
	if opts.Build.Source == "" {
		opts.Build = build.Options{Source: sitetest.Write(t, testSite)}
	}
	switch opts.Quiet {
	case 0:
		opts.Quiet = 20 * time.Millisecond
	case -1:
		opts.Quiet = 0
	}
	srv := serve.New(opts)
	r := &running{t: t, dir: opts.Build.Source, rebuilt: make(chan error, 1000), builds: make(chan time.Duration, 1000)}
	srv.Rebuilt = func(_ []string, out *build.Outcome, err error) {
		if err == nil {
			select {
			case r.builds <- out.Result.Duration - out.Late: // to the reload event
			default:
			}
		}
		select {
		case r.rebuilt <- err:
		default:
		}
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	r.url = "http://" + ln.Addr().String()
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
	r.wait()
	return r
}

// request sends GET path with the given Host and headers and returns the
// status, the response headers and the start of the body.
func (r *running) request(path, host string, header map[string]string) (int, http.Header, string) {
	r.t.Helper()
	req, _ := http.NewRequest("GET", r.url+path, nil)
	req.Host = host
	for k, v := range header {
		req.Header.Set(k, v)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	resp, err := http.DefaultClient.Do(req.WithContext(ctx))
	if err != nil {
		r.t.Fatal(err)
	}
	defer resp.Body.Close()
	// Enough for a page or a 403's line; an event stream's first event.
	buf := make([]byte, 4096)
	n, _ := io.ReadAtLeast(resp.Body, buf, 1)
	return resp.StatusCode, resp.Header, string(buf[:n])
}

func TestServeAnswersOnlyItsOwnHostNames(t *testing.T) {
	r := startWith(t, serve.Options{AllowedHosts: []string{"docs.tunnel.example", ".box.test"}})
	port := r.url[strings.LastIndex(r.url, ":")+1:]
	for host, want := range map[string]int{
		"127.0.0.1:" + port: 200, "127.0.0.1": 200, "localhost:" + port: 200, "LOCALHOST": 200,
		"[::1]:" + port: 200, "[::1]": 200, "app.localhost:" + port: 200,
		"192.168.1.20:" + port:            200, // an address, not a name: no rebinding
		"docs.tunnel.example":             200, // --allowed-hosts
		"docs.tunnel.example:443":         200,
		"box.test":                        200, // .box.test: the name and those below it
		"a.b.box.test:" + port:            200,
		"evil.example.com":                403,
		"evil.example.com:" + port:        403,
		"localhost.evil.example":          403,
		"127.0.0.1.nip.io:" + port:        403, // a name that resolves to 127.0.0.1: the rebinding itself
		"tunnel.example":                  403,
		"notbox.test":                     403,
		"docs.tunnel.example.evil.test":   403,
		"[::1].evil.example:" + port:      403,
		"xn--localhost-.example:" + port:  403,
		"localhost:" + port + ".evil.com": 403,
	} {
		code, h, body := r.request("/en/a/", host, nil)
		if code != want {
			t.Errorf("Host %s: %d, want %d (%s)", host, code, want, body)
		}
		if code == 403 && (!strings.Contains(body, "--allowed-hosts") || strings.Contains(body, "Page A")) {
			t.Errorf("Host %s: refusal does not explain itself, or leaks the page: %s", host, body)
		}
		if h.Get("X-Content-Type-Options") != "nosniff" || h.Get("Cross-Origin-Resource-Policy") != "same-origin" {
			t.Errorf("Host %s: headers %v lack nosniff or CORP same-origin", host, h)
		}
	}
	// The event stream and the script are refused to foreign names too.
	for _, p := range []string{"/__site/events", "/__site/reload.js", "/css/site.css"} {
		if code, _, _ := r.request(p, "evil.example.com", nil); code != 403 {
			t.Errorf("GET %s with a foreign Host: %d, want 403", p, code)
		}
	}
}

func TestServeSiteEndpointsRefuseOtherOrigins(t *testing.T) {
	r := startWith(t, serve.Options{})
	host := strings.TrimPrefix(r.url, "http://")
	for _, c := range []struct {
		name   string
		header map[string]string
		want   int
	}{
		{"no browser headers (curl)", nil, 200},
		{"typed address", map[string]string{"Sec-Fetch-Site": "none"}, 200},
		{"own page", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": r.url}, 200},
		{"own page, Origin only", map[string]string{"Origin": r.url}, 200},
		{"cross-site page", map[string]string{"Sec-Fetch-Site": "cross-site"}, 403},
		{"another port of localhost", map[string]string{"Sec-Fetch-Site": "same-site", "Origin": "http://localhost:5173"}, 403},
		{"foreign Origin", map[string]string{"Origin": "http://evil.example.com"}, 403},
		{"foreign Origin that says same-origin", map[string]string{"Sec-Fetch-Site": "same-origin", "Origin": "http://evil.example.com"}, 403},
		{"sandboxed page", map[string]string{"Origin": "null"}, 403},
	} {
		for _, p := range []string{"/__site/events", "/__site/reload.js", "/__site/anything-mounted-later"} {
			want := c.want
			if p == "/__site/anything-mounted-later" && want == 200 {
				want = 404
			}
			code, h, body := r.request(p, host, c.header)
			if code != want {
				t.Errorf("%s: GET %s = %d, want %d (%s)", c.name, p, code, want, body)
			}
			for k := range h {
				if strings.HasPrefix(k, "Access-Control-") {
					t.Errorf("%s: GET %s sent the CORS header %s", c.name, p, k)
				}
			}
		}
	}
	// Pages are pages: a link from another site still opens them.
	if code, _, _ := r.request("/en/a/", host, map[string]string{"Sec-Fetch-Site": "cross-site"}); code != 200 {
		t.Errorf("a page followed from another site: %d, want 200", code)
	}
}

// A handler mounted under /__site/ (the translation dashboard) gets the
// same protection without doing anything.
func TestServeMountedHandlerIsGuarded(t *testing.T) {
	dir := sitetest.Write(t, testSite)
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}})
	srv.Handle("/__site/dash/", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { io.WriteString(w, "secret diff") }))
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	t.Cleanup(func() { cancel(); <-done })
	r := &running{t: t, url: "http://" + ln.Addr().String()}
	host := ln.Addr().String()
	if code, _, body := r.request("/__site/dash/x", host, map[string]string{"Sec-Fetch-Site": "same-origin"}); code != 200 || body != "secret diff" {
		t.Errorf("own page: %d %q", code, body)
	}
	if code, _, body := r.request("/__site/dash/x", host, map[string]string{"Origin": "http://evil.example.com"}); code != 403 || strings.Contains(body, "secret") {
		t.Errorf("foreign origin: %d %q", code, body)
	}
	if code, _, _ := r.request("/__site/dash/x", "evil.example.com", nil); code != 403 {
		t.Errorf("foreign host: %d", code)
	}
}

func TestServeWarnsWhenVisibleToTheNetwork(t *testing.T) {
	for bind, exposed := range map[string]bool{"127.0.0.1": false, "localhost": false, "::1": false, "127.0.0.2": false, "0.0.0.0": true, "::": true, "192.168.1.20": true} {
		warning, got := serve.New(serve.Options{Bind: bind, AllowedHosts: []string{"docs.tunnel.example"}}).Exposed()
		if got != exposed {
			t.Errorf("--bind %s: exposed = %v, want %v", bind, got, exposed)
		}
		if exposed && (!strings.Contains(warning, "drafts included") || !strings.Contains(warning, "docs.tunnel.example") || !strings.Contains(warning, "--bind "+bind)) {
			t.Errorf("--bind %s: warning %q does not say what is exposed and which hosts are allowed", bind, warning)
		}
	}
	// And the server prints it when it starts on every interface.
	var log syncBuffer
	srv := serve.New(serve.Options{Build: build.Options{Source: sitetest.Write(t, testSite)}, Bind: "0.0.0.0", Log: &log})
	built := make(chan bool, 10)
	srv.Rebuilt = func([]string, *build.Outcome, error) { built <- true }
	ln, err := srv.Listen()
	if err != nil {
		t.Skipf("cannot listen on 0.0.0.0 here: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	<-built
	// The warning is printed before serving starts: a page served means
	// it was printed.
	port := ln.Addr().(*net.TCPAddr).Port
	resp, err := http.Get("http://127.0.0.1:" + strconv.Itoa(port) + "/en/a/")
	if err == nil {
		resp.Body.Close()
	}
	cancel()
	<-done
	if !strings.Contains(log.String(), "warning: --bind 0.0.0.0 makes the site, drafts included, visible") {
		t.Errorf("no warning printed:\n%s", log.String())
	}
}

// syncBuffer is a bytes.Buffer safe to write from the server's goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// The overlay's editor links follow the --editor template, and a page
// opened on a broken build gets the errors at once.
func TestServeEditorLinkTemplate(t *testing.T) {
	r := startWith(t, serve.Options{Editor: "idea://open?file={path}&line={line}&column={col}"})
	r.write("content/en/a.md", "---\ntitle: [broken\n---\n")
	if err := r.wait(); err == nil {
		t.Fatal("broken page built")
	}
	_, _, body := r.request("/__site/events", strings.TrimPrefix(r.url, "http://"), nil)
	abs, _ := filepath.Abs(filepath.Join(r.dir, "content/en/a.md"))
	want := `"link":"idea://open?file=` + filepath.ToSlash(abs) + `\u0026line=2\u0026column=1"`
	if !strings.HasPrefix(body, "event: errors\n") || !strings.Contains(body, want) {
		t.Errorf("first event:\n%s\nwant a link %s", body, want)
	}
}

// The server says how each changed page takes a rebuild in: in place, or
// a full reload when its scripts changed; and which page a removed one
// sends readers to.
func TestServeSaysMorphOrReload(t *testing.T) {
	var log syncBuffer
	r := startWith(t, serve.Options{Log: &log})
	events := r.stream()
	r.write("content/en/a.md", "---\ntitle: Page A\n---\nNew text.\n")
	events.expect(t, `"pages":{"/en/a/":"morph"}`)
	r.write("layouts/page.html", `{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}<script>var x = 1;</script>{{end}}`)
	events.expect(t, `"/en/a/":"reload"`)
	os.Remove(filepath.Join(r.dir, "content/fr/a.md"))
	events.expect(t, `"gone":{"/fr/a/":"/fr/"}`)
	os.MkdirAll(filepath.Join(r.dir, "static/js"), 0o755)
	r.write("static/js/app.js", "var v = 2;")
	events.expect(t, `"scripts":["/js/app.js"]`)
	for _, want := range []string{"1 open page updated in place", "full reload of /en/, /en/a/, /fr/ and 1 more (their scripts changed)", "gone: /fr/a/ (open tabs link to /fr/)", "full reload of pages that load /js/app.js"} {
		if !strings.Contains(log.String(), want) {
			t.Errorf("log lacks %q:\n%s", want, log.String())
		}
	}
}

// stream is an open event stream.
type stream chan string

func (r *running) stream() stream {
	r.t.Helper()
	resp, err := http.Get(r.url + "/__site/events")
	if err != nil {
		r.t.Fatal(err)
	}
	r.t.Cleanup(func() { resp.Body.Close() })
	if ct := resp.Header.Get("Content-Type"); ct != "text/event-stream" {
		r.t.Fatalf("events content type %q", ct)
	}
	lines := make(stream, 100)
	go func() {
		sc := bufio.NewScanner(resp.Body)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			lines <- sc.Text()
		}
		close(lines)
	}()
	return lines
}

// expect reads lines until one contains want.
func (s stream) expect(t *testing.T, want string) {
	t.Helper()
	deadline := time.After(10 * time.Second)
	for {
		select {
		case l, ok := <-s:
			if !ok {
				t.Fatalf("stream ended before %q", want)
			}
			if strings.Contains(l, want) {
				return
			}
		case <-deadline:
			t.Fatalf("no %q within 10 s", want)
		}
	}
}
