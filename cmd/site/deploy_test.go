package main

import (
	"bytes"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"gopkg.in/yaml.v3"
)

// The deploy recipes in docs/examples are what a publisher copies: they
// must parse, build this repository's site the way they say, and publish
// public/.

func TestDeployGitHubPagesWorkflow(t *testing.T) {
	data, err := os.ReadFile("../../docs/examples/github-pages.yml")
	if err != nil {
		t.Fatal(err)
	}
	var wf struct {
		On   map[string]any `yaml:"on"`
		Jobs map[string]struct {
			Needs any `yaml:"needs"`
			Steps []struct {
				ID   string            `yaml:"id"`
				Uses string            `yaml:"uses"`
				Run  string            `yaml:"run"`
				With map[string]string `yaml:"with"`
			} `yaml:"steps"`
		} `yaml:"jobs"`
	}
	if err := yaml.Unmarshal(data, &wf); err != nil {
		t.Fatalf("workflow is not YAML: %v", err)
	}
	if _, ok := wf.On["push"]; !ok {
		t.Error("workflow does not run on push")
	}
	var built, uploaded, configured bool
	for _, s := range wf.Jobs["build"].Steps {
		built = built || strings.Contains(s.Run, "go run ./cmd/site build") && strings.Contains(s.Run, "steps.pages.outputs.base_url")
		uploaded = uploaded || strings.HasPrefix(s.Uses, "actions/upload-pages-artifact@") && s.With["path"] == "public"
		configured = configured || s.ID == "pages" && strings.HasPrefix(s.Uses, "actions/configure-pages@")
	}
	if !built || !uploaded || !configured {
		t.Errorf("build job: built %v, uploaded public/ %v, configure-pages step %v", built, uploaded, configured)
	}
	deploy := wf.Jobs["deploy"]
	if deploy.Needs != "build" || len(deploy.Steps) == 0 || !strings.HasPrefix(deploy.Steps[0].Uses, "actions/deploy-pages@") {
		t.Errorf("deploy job: %+v", deploy)
	}
}

func TestDeployNetlifyConfig(t *testing.T) {
	data, err := os.ReadFile("../../docs/examples/netlify.toml")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`command = "go run ./cmd/site build --minify --base-url $URL/"`,
		`publish = "public"`,
		`Cache-Control = "public, max-age=31536000, immutable"`,
	} {
		if !strings.Contains(string(data), want) {
			t.Errorf("netlify.toml lacks %s", want)
		}
	}
}

// TestDeployBuildWithPreviewBaseURL builds this repository's site the way
// the recipes do, for a site under a sub-path, and checks links, assets and
// the 404 page.
func TestDeployBuildWithPreviewBaseURL(t *testing.T) {
	dest := filepath.Join(t.TempDir(), "public")
	code, stdout, stderr := runCLI(t, "build", "--source", "../..", "--dest", dest, "--minify", "--base-url", "https://owner.github.io/repo/")
	if code != 0 {
		t.Fatalf("exit %d: %s %s", code, stdout, stderr)
	}
	page, err := os.ReadFile(filepath.Join(dest, "en/letter/index.html"))
	if err != nil {
		t.Fatal(err)
	}
	for _, re := range []string{
		`<link rel="canonical" href="https://owner\.github\.io/repo/en/letter/">`,
		`href="/repo/en/actions/"`,
	} {
		if !regexp.MustCompile(re).Match(page) {
			t.Errorf("en/letter/index.html does not match %s", re)
		}
	}
	if _, err := os.Stat(filepath.Join(dest, "404.html")); err != nil {
		t.Error("no 404.html for the host's not-found handling")
	}
	robots, _ := os.ReadFile(filepath.Join(dest, "robots.txt"))
	if !strings.Contains(string(robots), "Sitemap: https://owner.github.io/repo/sitemap.xml") {
		t.Errorf("robots.txt: %s", robots)
	}
}

func TestDeployNginxConfig(t *testing.T) {
	nginx, err := exec.LookPath("nginx")
	if err != nil {
		t.Skip("skipping: nginx is not installed (apt-get install nginx-light) to check docs/examples/nginx.conf")
	}
	conf := nginxConf(t, "127.0.0.1:18080", "/var/www/site")
	if out, err := exec.Command(nginx, "-t", "-c", conf, "-e", filepath.Join(filepath.Dir(conf), "error.log")).CombinedOutput(); err != nil {
		t.Errorf("nginx -t: %v\n%s", err, out)
	}
	t.Run("serves public", func(t *testing.T) { serveWithNginx(t, nginx) })
}

const mimeTypes = "/etc/nginx/mime.types"

// nginxConf writes an nginx.conf whose http block includes mime.types
// (where installed), as a publisher's does, and the recipe's server block,
// listening on addr and serving root; it returns the file's path. nginx
// runs in the foreground, in one process.
func nginxConf(t *testing.T, addr, root string) string {
	t.Helper()
	server, err := os.ReadFile("../../docs/examples/nginx.conf")
	if err != nil {
		t.Fatal(err)
	}
	block := strings.NewReplacer("listen 80;", "listen "+addr+";", "listen [::]:80;", "", "/var/www/site", root).Replace(string(server))
	include := ""
	if _, err := os.Stat(mimeTypes); err == nil {
		include = "include " + mimeTypes + ";\n"
	}
	dir := t.TempDir()
	conf := "pid " + dir + "/nginx.pid;\nerror_log " + dir + "/error.log;\ndaemon off;\nmaster_process off;\nevents {}\n" +
		"http {\naccess_log off;\n" + include + block + "\n}\n"
	path := filepath.Join(dir, "nginx.conf")
	if err := os.WriteFile(path, []byte(conf), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// serveWithNginx runs nginx with the recipe on this repository's public/
// and checks what readers' browsers get: types, redirects, the 404 page
// and cache headers.
func serveWithNginx(t *testing.T, nginx string) {
	if os.Geteuid() != 0 {
		t.Skip("skipping: nginx needs root for its default temporary folders")
	}
	if _, err := os.Stat(mimeTypes); err != nil {
		t.Skipf("skipping: no %s to include, as a publisher's nginx.conf does", mimeTypes)
	}
	public, err := filepath.Abs("../../public")
	if err != nil {
		t.Fatal(err)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close()
	conf := nginxConf(t, addr, public)
	cmd := exec.Command(nginx, "-c", conf, "-e", filepath.Join(filepath.Dir(conf), "error.log"))
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })

	client := &http.Client{
		Timeout:       5 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	get := func(path string) (*http.Response, string) {
		t.Helper()
		resp, err := client.Get("http://" + addr + path)
		if err != nil {
			t.Fatalf("GET %s: %v", path, err)
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		return resp, string(body)
	}
	for deadline := time.Now().Add(10 * time.Second); ; time.Sleep(50 * time.Millisecond) {
		if resp, err := client.Get("http://" + addr + "/"); err == nil {
			resp.Body.Close()
			break
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(filepath.Join(filepath.Dir(conf), "error.log"))
			t.Fatalf("nginx did not start: %s\n%s", out.String(), log)
		}
	}

	first := func(pattern string) string {
		t.Helper()
		m, _ := filepath.Glob(filepath.Join(public, filepath.FromSlash(pattern)))
		if len(m) == 0 {
			t.Fatalf("public/ has no %s", pattern)
		}
		rel, _ := filepath.Rel(public, m[0])
		return "/" + filepath.ToSlash(rel)
	}
	for _, c := range []struct {
		path, status, typ, cache, body string
	}{
		{"/en/letter/", "200", "text/html; charset=utf-8", "no-cache", "<h1"},
		{"/en/letter", "301", "", "", ""},
		{first("css/site.*.css"), "200", "text/css; charset=utf-8", "public, max-age=31536000, immutable", ""},
		{first("js/search.*.js"), "200", "application/javascript; charset=utf-8", "public, max-age=31536000, immutable", ""},
		{first("en/search/manifest.js"), "200", "application/javascript; charset=utf-8", "no-cache", ""},
		{"/sitemap.xml", "200", "text/xml; charset=utf-8", "no-cache", "<urlset"},
		{"/robots.txt", "200", "text/plain; charset=utf-8", "no-cache", "Sitemap:"},
		{"/site.webmanifest", "200", "application/manifest+json", "no-cache", ""},
		{"/favicon.svg", "200", "image/svg+xml; charset=utf-8", "", ""},
		{"/no/such/page/", "404", "text/html; charset=utf-8", "", "Page not found"},
	} {
		resp, body := get(c.path)
		if got := strconv.Itoa(resp.StatusCode); got != c.status {
			t.Errorf("GET %s: status %s, want %s", c.path, got, c.status)
			continue
		}
		if got := resp.Header.Get("X-Content-Type-Options"); got != "nosniff" {
			t.Errorf("GET %s: X-Content-Type-Options %q, want nosniff", c.path, got)
		}
		if c.status == "301" {
			if loc := resp.Header.Get("Location"); !strings.HasSuffix(loc, c.path+"/") {
				t.Errorf("GET %s: redirects to %q, want %s/", c.path, loc, c.path)
			}
			continue
		}
		if got := resp.Header.Get("Content-Type"); got != c.typ {
			t.Errorf("GET %s: Content-Type %q, want %q", c.path, got, c.typ)
		}
		if got := resp.Header.Get("Cache-Control"); got != c.cache {
			t.Errorf("GET %s: Cache-Control %q, want %q", c.path, got, c.cache)
		}
		if !strings.Contains(body, c.body) {
			t.Errorf("GET %s: body lacks %q", c.path, c.body)
		}
	}
}
