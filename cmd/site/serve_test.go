package main

import (
	"bufio"
	"net/http"
	"os"
	"os/exec"
	"regexp"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/wazc/site/internal/sitetest"
)

// TestServeStopsCleanlyOnSignal runs the real binary: it serves, answers,
// and on SIGINT or SIGTERM closes and exits with status 0.
func TestServeStopsCleanlyOnSignal(t *testing.T) {
	bin, err := exec.LookPath("site") // this test binary, put in PATH by TestMain
	if err != nil {
		t.Fatal(err)
	}
	dir := sitetest.Write(t, `
-- site.yaml --
languages: [{code: en}]
-- layouts/page.html --
<p>{{.Title}}</p>
-- content/en/_index.md --
---
title: Home
---
`)
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		cmd := exec.Command(bin, "serve", "--source", dir, "--port", "0", "--allowed-hosts", "docs.tunnel.example, .box.test")
		out, _ := cmd.StdoutPipe()
		cmd.Stderr = os.Stderr
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		addr := make(chan string, 1)
		go func() {
			sc := bufio.NewScanner(out)
			re := regexp.MustCompile(`at (http://127\.0\.0\.1:\d+/)`)
			for sc.Scan() {
				if m := re.FindStringSubmatch(sc.Text()); m != nil {
					addr <- m[1]
				}
			}
		}()
		var url string
		select {
		case url = <-addr:
		case <-time.After(20 * time.Second):
			cmd.Process.Kill()
			t.Fatal("serve printed no address")
		}
		resp, err := http.Get(url + "en/")
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("GET %sen/: %v", url, err)
		}
		resp.Body.Close()
		for host, want := range map[string]int{"docs.tunnel.example": 200, "a.box.test": 200, "evil.example.com": 403} {
			req, _ := http.NewRequest("GET", url+"en/", nil)
			req.Host = host
			resp, err := http.DefaultClient.Do(req)
			if err != nil {
				t.Fatal(err)
			}
			resp.Body.Close()
			if resp.StatusCode != want {
				t.Errorf("GET %sen/ as Host %s: %s, want %d (with --allowed-hosts)", url, host, resp.Status, want)
			}
		}
		// An open event stream must not hold the shutdown up.
		events, err := http.Get(url + "__site/events")
		if err != nil {
			t.Fatal(err)
		}
		defer events.Body.Close()
		cmd.Process.Signal(sig)
		done := make(chan error, 1)
		go func() { done <- cmd.Wait() }()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("after %v: %v, want exit status 0", sig, err)
			}
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			t.Fatalf("still running 10 s after %v", sig)
		}
		if !strings.HasPrefix(url, "http://127.0.0.1:") {
			t.Errorf("bound to %s, want 127.0.0.1", url)
		}
	}
}
