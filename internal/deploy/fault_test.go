package deploy_test

import (
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/wazc/site/internal/deploy"
)

// faulty is a reverse proxy in front of the store that fails the requests
// a test chooses, to see what a deploy does when the store does.
type faulty struct {
	mu      sync.Mutex
	puts    int                                   // uploads of site files passed on
	fail    func(r *http.Request, key string) int // a status to answer instead, 0 to pass, -1 to drop the connection
	tried   map[string]int
	refused []string
}

func (e *env) proxy(f *faulty) string {
	up, _ := url.Parse(e.store.Endpoint)
	rp := &httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(up)
		r.Out.Host = r.In.Host // the host the request was signed for
	}}
	f.tried = map[string]int{}
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		key := strings.TrimPrefix(r.URL.Path, "/"+e.bucket+"/")
		f.mu.Lock()
		code := f.fail(r, key)
		f.tried[key]++
		if code == 0 && r.Method == http.MethodPut && key != deploy.ManifestName {
			f.puts++
		}
		if code != 0 {
			f.refused = append(f.refused, key)
		}
		f.mu.Unlock()
		switch {
		case code < 0:
			conn, _, _ := w.(http.Hijacker).Hijack()
			conn.Close()
		case code > 0:
			w.Header().Set("Content-Type", "application/xml")
			w.WriteHeader(code)
			errCode := map[int]string{403: "AccessDenied", 503: "SlowDown"}[code]
			w.Write([]byte(`<?xml version="1.0" encoding="UTF-8"?><Error><Code>` + errCode + `</Code><Message>refused by the test</Message></Error>`))
		default:
			rp.ServeHTTP(w, r)
		}
	}))
	e.t.Cleanup(srv.Close)
	return strings.Replace(e.store.URL(e.bucket), e.store.Endpoint, srv.URL, 1)
}

// An asset refused with a permission error: the deploy stops before the
// pages that use it, deletes nothing, and the next deploy completes it.
func TestDeployRefusedObjectDeletesNothing(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	stored := e.store.Objects(t, e.bucket)
	after := builtSite(t, map[string]string{
		"static/css/site.css": "body { color: #000; }\n",
		"content/en/c.md":     "",
	})
	direct := e.target
	e.target = target(t, e.proxy(&faulty{fail: func(r *http.Request, key string) int {
		if r.Method == http.MethodPut && strings.HasPrefix(key, "css/site.") {
			return 403
		}
		return 0
	}}), "")
	_, err := e.deploy(after)
	if err == nil {
		t.Fatal("a refused upload succeeded")
	}
	msg := err.Error()
	if !strings.Contains(msg, "deploy local: css/site.") || !strings.Contains(msg, "AccessDenied") || !strings.Contains(msg, "nothing deleted") {
		t.Errorf("error does not name the target, object and cause: %s", msg)
	}
	// Readers still get the old pages with their old stylesheet.
	now := e.store.Objects(t, e.bucket)
	for key, o := range stored {
		if strings.HasSuffix(key, ".html") && string(now[key].Body) != string(o.Body) {
			t.Errorf("%s was replaced though its new stylesheet was refused", key)
		}
	}
	if _, ok := now["en/c/index.html"]; !ok {
		t.Error("a page was deleted though an upload failed")
	}
	e.target = direct
	e.mustDeploy(after)
	e.bucketIs(after)
}

// A store that stops answering half-way, then a deploy of the site as it
// was: the bucket ends as that site, though the interrupted deploy had
// replaced files the manifest still knew as unchanged.
func TestDeployStoreStoppedHalfWayThenCompleted(t *testing.T) {
	e := newEnv(t, "")
	before := builtSite(t, nil)
	e.mustDeploy(before)
	edit := map[string]string{"static/css/site.css": "body { color: #000; }\n"}
	for _, p := range []string{"a", "b", "c"} {
		edit["content/en/"+p+".md"] = "---\ntitle: " + p + "\n---\nEdited.\n"
	}
	after := builtSite(t, edit)
	direct := e.target
	f := &faulty{}
	f.fail = func(r *http.Request, key string) int {
		if f.puts >= 3 {
			return -1
		}
		return 0
	}
	e.target = target(t, e.proxy(f), "")
	res, err := e.deploy(after, func(o *deploy.Options) { o.Workers = 1 })
	if err == nil {
		t.Fatal("the deploy succeeded against a stopped store")
	}
	if res.Uploaded != 3 || res.Deleted != 0 {
		t.Errorf("%s; want 3 uploaded before the store stopped", res.Summary())
	}
	t.Log(err)
	e.target = direct
	e.mustDeploy(before)
	e.bucketIs(before)
	e.mustDeploy(after)
	e.bucketIs(after)
}

// Throttling is retried.
func TestDeployRetriesThrottling(t *testing.T) {
	e := newEnv(t, "")
	dir := builtSite(t, nil)
	f := &faulty{}
	f.fail = func(r *http.Request, key string) int {
		if r.Method == http.MethodPut && f.tried[key] == 0 {
			return 503
		}
		return 0
	}
	e.target = target(t, e.proxy(f), "")
	res := e.mustDeploy(dir, func(o *deploy.Options) { o.Attempts = 3 })
	if res.Uploaded != len(files(t, dir)) || len(f.refused) < res.Uploaded {
		t.Errorf("%s, %d requests refused", res.Summary(), len(f.refused))
	}
	e.bucketIs(dir)
	if !slices.Contains(f.refused, "en/a/index.html") {
		t.Errorf("refused %v", f.refused)
	}
}
