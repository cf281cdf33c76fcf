package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

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
	dir := t.TempDir()
	server, _ := os.ReadFile("../../docs/examples/nginx.conf")
	conf := "pid " + dir + "/nginx.pid;\nerror_log " + dir + "/error.log;\nevents {}\nhttp {\naccess_log off;\n" +
		strings.ReplaceAll(string(server), "listen 80;", "listen 127.0.0.1:18080;") + "\n}\n"
	conf = strings.ReplaceAll(conf, "listen [::]:80;", "")
	os.WriteFile(filepath.Join(dir, "nginx.conf"), []byte(conf), 0o644)
	if out, err := exec.Command(nginx, "-t", "-c", filepath.Join(dir, "nginx.conf"), "-e", filepath.Join(dir, "error.log")).CombinedOutput(); err != nil {
		t.Errorf("nginx -t: %v\n%s", err, out)
	}
}
