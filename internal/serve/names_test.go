package serve_test

import (
	"context"
	"html"
	"io"
	"net"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/serve"
)

// Pages whose file names hold URL-reserved characters ("%.md", "?.md",
// "#.md") are served at their percent-encoded URLs, with and without the
// trailing slash. Regression: the redirect that adds the slash put the
// decoded path in Location, so "/en/%3F" went to "/en/" with the query
// "/".
func TestServeFileNamesWithURLReservedCharacters(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"site.yaml":            "languages: [{code: en}]\n",
		"layouts/page.html":    "<h1>{{.Title}}</h1>",
		"layouts/section.html": "<h1>{{.Title}}</h1>",
		"content/en/_index.md": "---\ntitle: Home\n---\n",
	}
	names := []string{"%", "?", "#", "&", "+", "[[", "a b"}
	for _, n := range names {
		files["content/en/"+n+".md"] = "---\ntitle: \"page " + n + "\"\n---\n"
	}
	for name, data := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	srv := serve.New(serve.Options{Build: build.Options{Source: dir}, Quiet: 20 * time.Millisecond})
	built := make(chan error, 10)
	srv.Rebuilt = func(_ []string, _ *build.Outcome, err error) { built <- err }
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- srv.Run(ctx, ln) }()
	defer func() { cancel(); <-done }()
	select {
	case err := <-built:
		if err != nil {
			t.Fatal(err)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("no build within 10 s")
	}
	for _, n := range names {
		for _, suffix := range []string{"/", ""} {
			u := "http://" + ln.Addr().String() + "/en/" + url.PathEscape(n) + suffix
			resp, err := http.Get(u)
			if err != nil {
				t.Fatal(err)
			}
			body, _ := io.ReadAll(resp.Body)
			resp.Body.Close()
			if resp.StatusCode != 200 || !strings.Contains(html.UnescapeString(string(body)), "<h1>page "+n+"</h1>") {
				t.Errorf("GET %s: %d, final URL %s, body %.80q", u, resp.StatusCode, resp.Request.URL, body)
			}
		}
	}
}
