package deploy_test

import (
	"bytes"
	"compress/gzip"
	"context"
	"errors"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/deploy"
	"github.com/wazc/site/internal/deploy/s3test"
)

func TestMain(m *testing.M) {
	code := m.Run()
	s3test.Stop()
	os.Exit(code)
}

// testSite is a small two-language site with a fingerprinted stylesheet,
// an image, a search index and a sitemap.
const testSite = `
-- site.yaml --
baseURL: https://example.org/
title: Deploy test
languages:
  - code: en
  - code: fr
search: true
-- layouts/baseof.html --
<!DOCTYPE html>
<html lang="{{.Lang.Code}}"><head><title>{{.Title}}</title>
{{with asset "css/site.css"}}<link rel="stylesheet" href="{{.URL}}">{{end}}</head>
<body>{{block "main" .}}{{end}}</body></html>
-- layouts/page.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}{{end}}
-- layouts/section.html --
{{define "main"}}<h1>{{.Title}}</h1>{{.Content}}{{end}}
-- static/css/site.css --
body { color: #222; max-width: 40em; margin: auto; }
-- static/logo.svg --
<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>
-- static/img/dot.png --
not really a PNG, but stored as one
-- content/en/_index.md --
---
title: Home
---
Welcome.
-- content/en/a.md --
---
title: Page A
---
The first page, with enough words to be worth compressing. The first page, with enough words to be worth compressing.
-- content/en/b.md --
---
title: Page B
---
The second page.
-- content/en/c.md --
---
title: Page C
---
The third page.
-- content/fr/_index.md --
---
title: Accueil
---
Bienvenue.
-- content/fr/a.md --
---
title: Page A
---
La première page.
`

// source writes the test site, changed by edits (a path to new content, or
// to "" to remove the file), into a fresh folder.
func source(t *testing.T, edits map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for _, f := range txtar.Parse([]byte(testSite)).Files {
		if err := os.MkdirAll(filepath.Join(dir, filepath.Dir(f.Name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, f.Name), f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range edits {
		p := filepath.Join(dir, name)
		if data == "" {
			os.Remove(p)
			continue
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// builtSite builds the test site with edits and returns its folder.
func builtSite(t *testing.T, edits map[string]string) string {
	t.Helper()
	dest := filepath.Join(t.TempDir(), "public")
	if _, err := build.ToDir(build.Options{Source: source(t, edits)}, dest); err != nil {
		t.Fatal(err)
	}
	return dest
}

// files reads a build folder: name to content.
func files(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// differing lists the files that are new or changed from a to b, and
// those of a that b lacks.
func differing(a, b map[string][]byte) (changed, removed []string) {
	for name, data := range b {
		if old, ok := a[name]; !ok || !bytes.Equal(old, data) {
			changed = append(changed, name)
		}
	}
	for name := range a {
		if _, ok := b[name]; !ok {
			removed = append(removed, name)
		}
	}
	slices.Sort(changed)
	slices.Sort(removed)
	return changed, removed
}

// target decodes a deploy target from site.yaml text, as a user writes it.
func target(t *testing.T, url, extra string) *config.Target {
	t.Helper()
	yaml := "deploy:\n  targets:\n    - name: local\n      url: " + url + "\n" + extra
	cfg, err := config.Parse("site.yaml", []byte(yaml))
	if err != nil {
		t.Fatal(err)
	}
	return cfg.Deploy.Targets[0]
}

type env struct {
	t      *testing.T
	store  *s3test.Store
	bucket string
	target *config.Target
}

func newEnv(t *testing.T, extra string) *env {
	st := s3test.Start(t)
	b := st.Bucket(t)
	return &env{t: t, store: st, bucket: b, target: target(t, st.URL(b), extra)}
}

func (e *env) deploy(dir string, opt ...func(*deploy.Options)) (*deploy.Result, error) {
	o := deploy.Options{Target: e.target, Dir: dir, MaxDeletes: 256, Attempts: 2}
	for _, f := range opt {
		f(&o)
	}
	return deploy.Run(context.Background(), o)
}

func (e *env) mustDeploy(dir string, opt ...func(*deploy.Options)) *deploy.Result {
	e.t.Helper()
	res, err := e.deploy(dir, opt...)
	if err != nil {
		e.t.Fatal(err)
	}
	return res
}

// bucketIs checks that the bucket holds exactly the build's files, byte
// for byte, beside the manifest.
func (e *env) bucketIs(dir string) {
	e.t.Helper()
	want := files(e.t, dir)
	got := map[string][]byte{}
	for k, o := range e.store.Objects(e.t, e.bucket) {
		if k == deploy.ManifestName {
			continue
		}
		got[k] = o.Body
		if o.Headers["Content-Encoding"] == "gzip" && bytes.HasPrefix(o.Body, []byte{0x1f, 0x8b}) {
			got[k] = gunzip(e.t, o.Body)
		}
	}
	changed, removed := differing(got, want)
	if len(changed)+len(removed) > 0 {
		e.t.Errorf("bucket differs from %s: missing or different %v, extra %v", dir, changed, removed)
	}
}

func gunzip(t *testing.T, data []byte) []byte {
	t.Helper()
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		t.Fatal(err)
	}
	out, err := io.ReadAll(zr)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestDeployFirstUploadsEveryFileSecondNone(t *testing.T) {
	e := newEnv(t, "")
	dir := builtSite(t, nil)
	res := e.mustDeploy(dir)
	local := files(t, dir)
	if res.Uploaded != len(local) || res.Deleted != 0 || res.Unchanged != 0 {
		t.Errorf("first deploy: %s; the build has %d files", res.Summary(), len(local))
	}
	e.bucketIs(dir)
	res = e.mustDeploy(dir)
	if res.Uploaded != 0 || res.Deleted != 0 || res.Unchanged != len(local) || res.Bytes != 0 {
		t.Errorf("second deploy: %s", res.Summary())
	}
}

func TestDeployOneEditUploadsOnlyChangedFiles(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	after := builtSite(t, map[string]string{"content/en/b.md": "---\ntitle: Page B\n---\nThe second page, edited.\n"})
	// The page and the search files holding its words change; the old
	// search chunks are gone.
	changed, removed := differing(files(t, before), files(t, after))
	if !slices.Contains(changed, "en/b/index.html") {
		t.Fatalf("the edit changed %v", changed)
	}
	res := e.mustDeploy(after)
	if !slices.Equal(sorted(res.Uploads), sorted(changed)) || res.Deleted != len(removed) {
		t.Errorf("uploaded %v, deleted %d; want the changed files %v", res.Uploads, res.Deleted, changed)
	}
	e.bucketIs(after)
}

func sorted(s []string) []string { return slices.Sorted(slices.Values(s)) }

func TestDeployRemovedPageIsDeleted(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	after := builtSite(t, map[string]string{"content/en/c.md": ""})
	_, removed := differing(files(t, before), files(t, after))
	if !slices.Contains(removed, "en/c/index.html") { // and its search chunks
		t.Fatalf("removing c.md removed %v", removed)
	}
	res := e.mustDeploy(after)
	if !slices.Equal(sorted(res.Deletes), sorted(removed)) || res.Deleted != len(removed) {
		t.Errorf("deleted %v (%d); want %v", res.Deletes, res.Deleted, removed)
	}
	e.bucketIs(after)
}

func TestDeployHeadersReadBack(t *testing.T) {
	e := newEnv(t, "      headers:\n        - glob: \"img/**\"\n          set: {Cache-Control: \"public, max-age=600\"}\n")
	dir := builtSite(t, nil)
	e.mustDeploy(dir)
	objs := e.store.Objects(t, e.bucket)
	var css, chunk string
	for k := range objs {
		if strings.HasPrefix(k, "css/site.") {
			css = k
		}
		if strings.HasPrefix(k, "en/search/t") {
			chunk = k
		}
	}
	for key, want := range map[string][2]string{
		"en/a/index.html":       {"text/html; charset=utf-8", "no-cache"},
		css:                     {"text/css; charset=utf-8", "public, max-age=31536000, immutable"},
		"sitemap.xml":           {"application/xml; charset=utf-8", "no-cache"},
		"logo.svg":              {"image/svg+xml", "no-cache"},
		"img/dot.png":           {"image/png", "public, max-age=600"},
		"en/search/manifest.js": {"text/javascript; charset=utf-8", "no-cache"},
		chunk:                   {"text/javascript; charset=utf-8", "public, max-age=31536000, immutable"},
	} {
		h := objs[key].Headers
		if h["Content-Type"] != want[0] || h["Cache-Control"] != want[1] {
			t.Errorf("%s: Content-Type %q, Cache-Control %q; want %q, %q", key, h["Content-Type"], h["Cache-Control"], want[0], want[1])
		}
	}

	// A new cache rule uploads the files it concerns again, and only them.
	e.target = target(t, e.store.URL(e.bucket), "      headers:\n        - glob: \"img/**\"\n          set: {Cache-Control: \"public, max-age=60\"}\n")
	res := e.mustDeploy(dir)
	if !slices.Equal(res.Uploads, []string{"img/dot.png"}) {
		t.Errorf("after a header change, uploaded %v; want [img/dot.png]", res.Uploads)
	}
	if h := e.store.Objects(t, e.bucket)["img/dot.png"].Headers; h["Cache-Control"] != "public, max-age=60" {
		t.Errorf("img/dot.png: Cache-Control %q after the change", h["Cache-Control"])
	}
}

func TestDeployCompressGzip(t *testing.T) {
	e := newEnv(t, "      compress: gzip\n")
	dir := builtSite(t, nil)
	first := e.mustDeploy(dir)
	objs := e.store.Objects(t, e.bucket)
	if objs["en/a/index.html"].Headers["Content-Encoding"] != "gzip" || objs["img/dot.png"].Headers["Content-Encoding"] != "" {
		t.Errorf("Content-Encoding: page %q, image %q; want gzip and none",
			objs["en/a/index.html"].Headers["Content-Encoding"], objs["img/dot.png"].Headers["Content-Encoding"])
	}
	e.bucketIs(dir)
	var total int64
	for _, data := range files(t, dir) {
		total += int64(len(data))
	}
	if first.Bytes >= total {
		t.Errorf("gzip sent %d bytes for %d of files", first.Bytes, total)
	}
	t.Logf("gzip: %d bytes sent for %d bytes of files", first.Bytes, total)
	// The same bytes every time: a listing finds nothing to do either.
	for _, verify := range []bool{false, true} {
		res := e.mustDeploy(dir, func(o *deploy.Options) { o.Verify = verify })
		if res.Uploaded != 0 {
			t.Errorf("verify %v: uploaded %v", verify, res.Uploads)
		}
	}
}

func TestDeployDryRunChangesNothing(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	stored := e.store.Objects(t, e.bucket)
	after := builtSite(t, map[string]string{"content/en/c.md": "", "content/en/a.md": "---\ntitle: Page A\n---\nEdited.\n"})
	var log bytes.Buffer
	res := e.mustDeploy(after, func(o *deploy.Options) { o.DryRun = true; o.Log = &log })
	changed, removed := differing(files(t, before), files(t, after))
	if !slices.Equal(sorted(res.Uploads), changed) || !slices.Equal(res.Deletes, removed) {
		t.Errorf("dry run plans uploads %v and deletes %v; want %v and %v", res.Uploads, res.Deletes, changed, removed)
	}
	if res.Uploaded != 0 || res.Deleted != 0 {
		t.Errorf("dry run: %s", res.Summary())
	}
	if !strings.Contains(log.String(), "upload en/a/index.html (changed,") || !strings.Contains(log.String(), "delete en/c/index.html") {
		t.Errorf("dry run printed:\n%s", log.String())
	}
	if got := e.store.Objects(t, e.bucket); !sameObjects(got, stored) {
		t.Error("the dry run changed the bucket")
	}
}

func sameObjects(a, b map[string]s3test.Object) bool {
	return maps.EqualFunc(a, b, func(x, y s3test.Object) bool { return bytes.Equal(x.Body, y.Body) && maps.Equal(x.Headers, y.Headers) })
}

func TestDeployMaxDeletesStopsBeforeAnyChange(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	stored := e.store.Objects(t, e.bucket)
	after := builtSite(t, map[string]string{"content/en/c.md": "", "content/en/b.md": "", "content/en/a.md": "---\ntitle: A\n---\nNew.\n"})
	_, removed := differing(files(t, before), files(t, after))
	_, err := e.deploy(after, func(o *deploy.Options) { o.MaxDeletes = 1 })
	if !errors.Is(err, deploy.ErrTooManyDeletes) || !strings.Contains(err.Error(), fmt.Sprintf("--max-deletes %d ", len(removed))) {
		t.Fatalf("got %v; want too many deletes, saying how to allow them", err)
	}
	if got := e.store.Objects(t, e.bucket); !sameObjects(got, stored) {
		t.Error("a deploy stopped by --max-deletes changed the bucket")
	}
	if res := e.mustDeploy(after, func(o *deploy.Options) { o.MaxDeletes = -1 }); res.Deleted != len(removed) {
		t.Errorf("with no limit: %s", res.Summary())
	}
	e.bucketIs(after)
}

func TestDeployWrongSecretFailsCleanly(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	stored := e.store.Objects(t, e.bucket)
	t.Setenv("AWS_SECRET_ACCESS_KEY", "wrong-"+s3test.Secret)
	_, err := e.deploy(builtSite(t, map[string]string{"content/en/c.md": ""}))
	if err == nil {
		t.Fatal("a wrong secret deployed")
	}
	msg := err.Error()
	if !strings.HasPrefix(msg, "deploy local: ") || !strings.Contains(msg, e.bucket) || !strings.Contains(msg, "check the credentials") {
		t.Errorf("error does not name the target and bucket or say what to check: %s", msg)
	}
	if strings.Contains(msg, s3test.Secret) || strings.Contains(msg, s3test.KeyID) || strings.Contains(msg, "Signature=") {
		t.Errorf("error carries credentials: %s", msg)
	}
	if got := e.store.Objects(t, e.bucket); !sameObjects(got, stored) {
		t.Error("a deploy with a wrong secret changed the bucket")
	}
}

func TestDeployVerifyCatchesHandChanges(t *testing.T) {
	e := newEnv(t, "")
	dir := builtSite(t, nil)
	e.mustDeploy(dir)
	e.store.Put(t, e.bucket, "en/a/index.html", []byte("changed by hand"))
	e.store.Delete(t, e.bucket, "en/b/index.html")
	e.store.Put(t, e.bucket, "stray.html", []byte("left by someone"))
	// The manifest does not know of hand changes...
	if res := e.mustDeploy(dir); res.Uploaded != 0 || res.Deleted != 0 {
		t.Errorf("without --verify: %s", res.Summary())
	}
	// ...a listing does.
	res := e.mustDeploy(dir, func(o *deploy.Options) { o.Verify = true })
	if !slices.Equal(sorted(res.Uploads), []string{"en/a/index.html", "en/b/index.html"}) || !slices.Equal(res.Deletes, []string{"stray.html"}) {
		t.Errorf("--verify uploaded %v and deleted %v", res.Uploads, res.Deletes)
	}
	e.bucketIs(dir)
}

func TestDeployWithoutManifestComparesListing(t *testing.T) {
	for _, c := range []struct {
		name     string
		manifest []byte // nil: none
	}{
		{"missing", nil},
		{"corrupt", []byte("{not gzip")},
	} {
		t.Run(c.name, func(t *testing.T) {
			e := newEnv(t, "")
			dir := builtSite(t, nil)
			e.mustDeploy(dir)
			if c.manifest == nil {
				e.store.Delete(t, e.bucket, deploy.ManifestName)
			} else {
				e.store.Put(t, e.bucket, deploy.ManifestName, c.manifest)
			}
			e.store.Put(t, e.bucket, "en/a/index.html", []byte("changed by hand"))
			var log bytes.Buffer
			res := e.mustDeploy(dir, func(o *deploy.Options) { o.Log = &log })
			if !slices.Equal(res.Uploads, []string{"en/a/index.html"}) {
				t.Errorf("uploaded %v; want only the object changed by hand", res.Uploads)
			}
			if !strings.Contains(log.String(), "comparing with a listing of the bucket") {
				t.Errorf("no note of the fallback: %q", log.String())
			}
			e.bucketIs(dir)
			// The manifest is back: the next deploy reads it.
			log.Reset()
			if res := e.mustDeploy(dir, func(o *deploy.Options) { o.Log = &log }); res.Uploaded != 0 || log.Len() != 0 {
				t.Errorf("after the fallback: %s, %q", res.Summary(), log.String())
			}
		})
	}
}

func TestDeployRefusesFolderThatIsNotABuild(t *testing.T) {
	e := newEnv(t, "")
	_, err := e.deploy(source(t, nil))
	if err == nil || !strings.Contains(err.Error(), "not a site build") {
		t.Errorf("deploying a site's source: %v", err)
	}
	if objs := e.store.Objects(t, e.bucket); len(objs) != 0 {
		t.Errorf("the bucket got %d objects", len(objs))
	}
}

func TestDeployUnreachableEndpoint(t *testing.T) {
	s3test.Start(t) // for the credentials in the environment
	tg := target(t, "s3://site?endpoint=http://127.0.0.1:1&region=us-east-1&use_path_style=true", "")
	_, err := deploy.Run(context.Background(), deploy.Options{Target: tg, Dir: builtSite(t, nil), Attempts: 1})
	if err == nil || !strings.HasPrefix(err.Error(), "deploy local: bucket site at http://127.0.0.1:1") || !strings.Contains(err.Error(), "cannot reach the store") {
		t.Errorf("got %v", err)
	}
}

func TestDeployConfirmDeclinedChangesNothing(t *testing.T) {
	e := newEnv(t, "")
	var asked string
	site := builtSite(t, nil)
	_, err := e.deploy(site, func(o *deploy.Options) { o.Confirm = func(s string) bool { asked = s; return false } })
	if err == nil || !strings.Contains(err.Error(), "cancelled: nothing was changed") {
		t.Errorf("declined: %v", err)
	}
	if !strings.HasPrefix(asked, fmt.Sprintf("deploy local (plan): %d to upload (", len(files(t, site)))) {
		t.Errorf("asked %q", asked)
	}
	if objs := e.store.Objects(t, e.bucket); len(objs) != 0 {
		t.Errorf("the bucket got %d objects", len(objs))
	}
}
