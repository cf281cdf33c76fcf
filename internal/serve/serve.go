// Package serve is the dev server: the same build as "site build", written
// to memory, served over HTTP, and run again whenever a file of the site
// changes. Open pages learn of each rebuild over Server-Sent Events and
// reload (or swap their stylesheet); a failed rebuild leaves the last good
// site up and shows its errors over every open page.
//
// The server binds 127.0.0.1 unless told otherwise and serves only the
// files of the build: request paths are looked up in a map, never on disk.
package serve

import (
	"bytes"
	"context"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"html/template"
	"io"
	"net"
	"net/http"
	"path"
	"sort"
	"strings"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/output"
)

//go:embed reload.js
var reloadJS []byte

const (
	eventsPath = "/__site/events"
	scriptPath = "/__site/reload.js"
	scriptTag  = `<script src="/__site/reload.js" defer></script>`
)

// Options configure a Server.
type Options struct {
	Build build.Options
	Bind  string // address to listen on; 127.0.0.1 by default
	Port  int
	Log   io.Writer
	// Quiet is how long the watcher waits for a burst of changes to end.
	Quiet time.Duration
}

// snapshot is one build as served. It is replaced whole, never changed, so
// a request sees one build from start to end.
type snapshot struct {
	files  map[string][]byte
	errors []string // of the latest build; the files are the last good ones
}

// Server serves a site and rebuilds it.
type Server struct {
	opts    Options
	session *build.Session
	current atomic.Pointer[snapshot]
	hub     *hub
	// Rebuilt, when set, is called after each rebuild with its outcome;
	// tests and benchmarks use it.
	Rebuilt func(changed []string, out *build.Outcome, err error)
}

// New prepares a server; Start builds and listens.
func New(opts Options) *Server {
	if opts.Bind == "" {
		opts.Bind = "127.0.0.1"
	}
	if opts.Log == nil {
		opts.Log = io.Discard
	}
	if opts.Quiet == 0 {
		opts.Quiet = 15 * time.Millisecond
	}
	s := &Server{opts: opts, hub: newHub()}
	s.current.Store(&snapshot{files: map[string][]byte{}})
	return s
}

// Listen opens the listening socket. A port in use is a clear error.
func (s *Server) Listen() (net.Listener, error) {
	addr := net.JoinHostPort(s.opts.Bind, fmt.Sprint(s.opts.Port))
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("port %d is already in use on %s: choose another with --port %d", s.opts.Port, s.opts.Bind, s.opts.Port+1)
		}
		return nil, err
	}
	return ln, nil
}

// Run builds the site, serves it on ln and rebuilds on changes until ctx
// ends. The base URL becomes the server's own address, so that links and
// canonical URLs stay on it.
func (s *Server) Run(ctx context.Context, ln net.Listener) error {
	addr := "http://" + ln.Addr().String() + "/"
	s.opts.Build.BaseURL = addr
	s.opts.Build.Dev = true
	s.session = build.NewSession(s.opts.Build)
	// Watch first: a file saved during the first build is then reported.
	w, err := Watch(s.opts.Build.Source, s.opts.Quiet)
	if err != nil {
		return err
	}
	defer w.Close()
	s.rebuild(nil)
	srv := &http.Server{Handler: s, ReadHeaderTimeout: 10 * time.Second}
	fmt.Fprintf(s.opts.Log, "Serving %s at %s (Ctrl-C to stop)\n", s.opts.Build.Source, addr)
	errc := make(chan error, 1)
	go func() { errc <- srv.Serve(ln) }()
	for {
		select {
		case changes := <-w.Changes:
			s.rebuild(changes)
		case err := <-w.Errors:
			fmt.Fprintf(s.opts.Log, "watcher: %v\n", err)
		case err := <-errc:
			s.hub.close()
			return err
		case <-ctx.Done():
			s.hub.close() // ends the event streams, which Shutdown would wait for
			sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
			defer cancel()
			return srv.Shutdown(sctx)
		}
	}
}

// rebuild builds after changes and publishes the result.
func (s *Server) rebuild(changes []string) {
	out, err := s.session.Build(changes)
	if s.Rebuilt != nil {
		defer s.Rebuilt(changes, out, err)
	}
	prev := s.current.Load()
	if err != nil {
		msgs := messages(err)
		s.current.Store(&snapshot{files: prev.files, errors: msgs})
		fmt.Fprintf(s.opts.Log, "Build failed (serving the last good build):\n%s\n", strings.Join(msgs, "\n"))
		data, _ := json.Marshal(msgs)
		s.hub.send(event{name: "errors", data: string(data)})
		return
	}
	s.current.Store(&snapshot{files: out.Files})
	for _, w := range out.Result.Warnings {
		if changes == nil {
			fmt.Fprintf(s.opts.Log, "warning: %v\n", w)
		}
	}
	if changes == nil {
		fmt.Fprintln(s.opts.Log, out.Result.Summary())
	} else {
		fmt.Fprintf(s.opts.Log, "Rebuilt in %s: %d pages rendered, %d files changed\n",
			out.Result.Duration.Round(time.Millisecond), len(out.Rendered), len(out.Changed)+len(out.Removed))
	}
	s.hub.send(reloadEvent(out))
}

func messages(err error) []string {
	var out []string
	for _, e := range ferr.Errors(err) {
		out = append(out, e.Error())
	}
	return out
}

// reloadEvent tells pages which of them changed: an HTML page changed if
// its file did; a stylesheet change alone asks for a stylesheet swap.
func reloadEvent(out *build.Outcome) event {
	msg := struct {
		Pages []string `json:"pages"`
		CSS   bool     `json:"css"`
	}{Pages: []string{}}
	for _, name := range append(append([]string{}, out.Changed...), out.Removed...) {
		switch path.Ext(name) {
		case ".html":
			msg.Pages = append(msg.Pages, "/"+strings.TrimSuffix(name, "index.html"))
		case ".css":
			msg.CSS = true
		}
	}
	sort.Strings(msg.Pages)
	data, _ := json.Marshal(msg)
	return event{name: "reload", data: string(data)}
}

// ServeHTTP serves the current build, the reload script and the event
// stream.
func (s *Server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	switch r.URL.Path {
	case eventsPath:
		s.events(w, r)
		return
	case scriptPath:
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.Write(reloadJS)
		return
	}
	snap := s.current.Load()
	name, ok := FileName(r.URL.Path)
	if !ok {
		http.Error(w, "bad path", http.StatusBadRequest)
		return
	}
	if len(snap.files) == 0 && len(snap.errors) > 0 {
		s.errorPage(w, snap.errors)
		return
	}
	data, found := snap.files[name]
	if !found {
		if _, dir := snap.files[name+"/index.html"]; dir {
			http.Redirect(w, r, r.URL.Path+"/", http.StatusMovedPermanently)
			return
		}
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Cache-Control", "no-store")
		w.WriteHeader(http.StatusNotFound)
		if page, ok := snap.files["404.html"]; ok {
			w.Write(inject(page))
		} else {
			io.WriteString(w, "404 page not found\n")
		}
		return
	}
	ctype := ContentType(name)
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-store")
	if strings.HasPrefix(ctype, "text/html") {
		data = inject(data)
	}
	w.Write(data)
}

// FileName maps a request path to a file of the build. It refuses paths
// that try to leave the site: ".." segments (also when percent-encoded,
// since the path is already decoded), backslashes and NUL bytes.
func FileName(p string) (string, bool) {
	if !strings.HasPrefix(p, "/") || strings.ContainsAny(p, "\\\x00") || strings.Contains(p, "//") {
		return "", false
	}
	for _, seg := range strings.Split(p, "/") {
		if seg == ".." || seg == "." {
			return "", false
		}
	}
	name := strings.TrimPrefix(p, "/")
	if name == "" || strings.HasSuffix(name, "/") {
		name += "index.html"
	}
	if strings.Contains(name, "//") {
		return "", false
	}
	return name, true
}

// ContentType is the media type for a file name, from the table builds
// and deploys share.
func ContentType(name string) string { return output.ContentType(name) }

// inject adds the reload script to a page.
func inject(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(append([]byte{}, page...), scriptTag...)
	}
	out := make([]byte, 0, len(page)+len(scriptTag))
	out = append(out, page[:i]...)
	out = append(out, scriptTag...)
	return append(out, page[i:]...)
}

var errorPage = template.Must(template.New("errors").Parse(`<!DOCTYPE html>
<html lang="en" data-site-serve-error>
<head><meta charset="utf-8"><title>Build failed</title></head>
<body>
<h1>Build failed</h1>
<p>The site has not built yet. Fix these problems and save: the page reloads by itself.</p>
<pre>{{range .}}{{.}}
{{end}}</pre>
` + scriptTag + `
</body>
</html>
`))

func (s *Server) errorPage(w http.ResponseWriter, errs []string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(http.StatusInternalServerError)
	errorPage.Execute(w, errs)
}

// events streams rebuild events to one page. It starts with the state of
// the latest build so that a page opened on a broken build shows the
// overlay at once.
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	flusher, ok := w.(http.Flusher)
	if !ok {
		http.Error(w, "streaming unsupported", http.StatusInternalServerError)
		return
	}
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	c := s.hub.join()
	defer s.hub.leave(c)
	first := event{name: "ok", data: "{}"}
	if errs := s.current.Load().errors; len(errs) > 0 {
		data, _ := json.Marshal(errs)
		first = event{name: "errors", data: string(data)}
	}
	writeEvent(w, first)
	flusher.Flush()
	ping := time.NewTicker(20 * time.Second)
	defer ping.Stop()
	for {
		select {
		case e, open := <-c.events:
			if !open {
				return
			}
			writeEvent(w, e)
			flusher.Flush()
		case <-ping.C:
			io.WriteString(w, ": ping\n\n")
			flusher.Flush()
		case <-r.Context().Done():
			return
		}
	}
}

func writeEvent(w io.Writer, e event) {
	fmt.Fprintf(w, "event: %s\ndata: %s\n\n", e.name, e.data)
}
