package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/wazc/site/internal/deploy/s3test"
	"github.com/wazc/site/internal/sitetest"
)

// site deploy, run as a publisher runs it, against a real S3-compatible
// store (SeaweedFS, see internal/deploy/s3test).
func TestDeployCommandToStore(t *testing.T) {
	store := s3test.Start(t)
	bucket := store.Bucket(t)
	src := sitetest.Write(t, `
-- site.yaml --
baseURL: https://example.org/
title: T
deploy:
  targets:
    - name: local
      url: `+store.URL(bucket)+`
    - name: other
      url: s3://no-such-bucket-here?endpoint=`+store.Endpoint+`&region=us-east-1&use_path_style=true
-- layouts/baseof.html --
<!DOCTYPE html><html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title></head><body>{{block "main" .}}{{end}}</body></html>
-- layouts/page.html --
{{define "main"}}{{.Content}}{{end}}
-- layouts/section.html --
{{define "main"}}{{.Content}}{{end}}
-- content/en/_index.md --
---
title: Home
---
Home.
-- content/en/a.md --
---
title: A
---
A.
-- content/en/b.md --
---
title: B
---
B.
`)
	pub := filepath.Join(t.TempDir(), "public")
	if code, _, errOut := runCLI(t, "build", "--source", src, "--dest", pub); code != 0 {
		t.Fatal(errOut)
	}
	var printed strings.Builder
	deploy := func(args ...string) (int, string, string) {
		t.Helper()
		code, out, errOut := runCLI(t, append([]string{"deploy", "--source", src, "--dir", pub}, args...)...)
		printed.WriteString(out + errOut)
		return code, out, errOut
	}
	summary := regexp.MustCompile(`(?m)^deploy local: (\d+) uploaded \(\d+(\.\d)? (B|kB|MB)\), (\d+) deleted, ([\d,]+) unchanged in \d+\.\d s$`)

	code, out, errOut := deploy()
	m := summary.FindStringSubmatch(out)
	if code != 0 || m == nil || m[1] == "0" || m[4] != "0" || m[5] != "0" {
		t.Fatalf("first deploy: exit %d\n%s%s", code, out, errOut)
	}
	uploaded := m[1]
	code, out, _ = deploy()
	if m := summary.FindStringSubmatch(out); code != 0 || m == nil || m[1] != "0" || m[5] != uploaded {
		t.Errorf("second deploy: exit %d\n%s", code, out)
	}

	os.Remove(filepath.Join(src, "content/en/b.md"))
	if code, _, errOut := runCLI(t, "build", "--source", src, "--dest", pub); code != 0 {
		t.Fatal(errOut)
	}
	code, out, _ = deploy("--dry-run")
	if code != 0 || !strings.Contains(out, "delete en/b/index.html\n") || !strings.Contains(out, "deploy local (dry run): ") {
		t.Errorf("--dry-run: exit %d\n%s", code, out)
	}
	code, _, errOut = deploy("--max-deletes", "0")
	if code != 1 || !strings.Contains(errOut, "more than --max-deletes 0; nothing was changed: run again with --max-deletes 1") {
		t.Errorf("--max-deletes 0: exit %d\n%s", code, errOut)
	}

	for _, c := range []struct {
		name string
		args []string
		env  string // a wrong secret
		want string
	}{
		{"wrong secret", nil, "not-" + s3test.Secret, "deploy local: bucket " + bucket},
		{"missing bucket", []string{"--target", "other"}, "", "NoSuchBucket"},
		{"unknown target", []string{"--target", "prod"}, "", `no deploy target "prod" in site.yaml (targets: local, other)`},
		{"not a build", []string{"--dir", src}, "", "is not a site build"},
	} {
		t.Run(c.name, func(t *testing.T) {
			if c.env != "" {
				t.Setenv("AWS_SECRET_ACCESS_KEY", c.env)
			}
			code, out, errOut := deploy(c.args...)
			if code != 1 || !strings.Contains(errOut, c.want) || strings.Contains(errOut, "goroutine") || out != "" {
				t.Errorf("exit %d, stdout %q, stderr %q; want exit 1 and %q", code, out, errOut, c.want)
			}
		})
	}
	code, out, _ = deploy()
	if m := summary.FindStringSubmatch(out); code != 0 || m == nil || m[4] != "1" {
		t.Errorf("deploy after the failures: exit %d\n%s", code, out)
	}

	// Issue 21: nothing printed carries credentials or request signatures.
	for _, secret := range []string{s3test.Secret, s3test.KeyID, "Signature=", "X-Amz-Signature", "Credential="} {
		if strings.Contains(printed.String(), secret) {
			t.Errorf("the output carries %q:\n%s", secret, printed.String())
		}
	}
}
