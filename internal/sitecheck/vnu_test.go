package sitecheck

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// vnuCommand is the Nu Html Checker's command line: java -jar $VNU_JAR, or
// vnu on the PATH. It skips the test when there is neither.
func vnuCommand(t *testing.T) []string {
	t.Helper()
	if jar := os.Getenv("VNU_JAR"); jar != "" {
		if _, err := os.Stat(jar); err != nil {
			t.Fatalf("VNU_JAR is set but unusable: %v", err)
		}
		java, err := exec.LookPath("java")
		if err != nil {
			t.Fatalf("VNU_JAR is set but there is no java on the PATH to run it (install Java 17 or later, e.g. Debian's default-jre-headless)")
		}
		return []string{java, "-jar", jar}
	}
	if vnu, err := exec.LookPath("vnu"); err == nil {
		return []string{vnu}
	}
	t.Skip("skipping the Nu Html Checker: set VNU_JAR to vnu.jar (npm install vnu-jar: node_modules/vnu-jar/build/dist/vnu.jar; it needs Java 17 or later) or put vnu on the PATH")
	return nil
}

// vnuMessage is one message of vnu's JSON output.
type vnuMessage struct {
	Type        string `json:"type"`    // "error", "info", "non-document-error"
	SubType     string `json:"subType"` // "warning", "fatal", "io"…
	URL         string `json:"url"`
	FirstLine   int    `json:"firstLine"`
	LastLine    int    `json:"lastLine"`
	FirstColumn int    `json:"firstColumn"`
	LastColumn  int    `json:"lastColumn"`
	Message     string `json:"message"`
	Extract     string `json:"extract"`
}

// TestNuHTMLChecker: every HTML page of public/ is valid HTML, according
// to the Nu Html Checker (the W3C's validator), checked all at once.
func TestNuHTMLChecker(t *testing.T) {
	cmdline := vnuCommand(t)
	s := loadSite(t) // also fails when public/ has no HTML page

	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Minute)
	defer cancel()
	args := append(cmdline[1:len(cmdline):len(cmdline)],
		"--errors-only", "--format", "json", "--stdout", "--skip-non-html", s.dir)
	cmd := exec.CommandContext(ctx, cmdline[0], args...)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	runErr := cmd.Run()
	var exit *exec.ExitError
	if runErr != nil && !errors.As(runErr, &exit) {
		t.Fatalf("running %s: %v\n%s", strings.Join(cmd.Args, " "), runErr, stderr.Bytes())
	}
	var out struct {
		Version  string       `json:"version"`
		Messages []vnuMessage `json:"messages"`
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatalf("%s: %v (exit: %v): cannot read its JSON output: %v\nstdout:\n%s\nstderr:\n%s",
			strings.Join(cmd.Args, " "), runErr, runErr, err, stdout.Bytes(), stderr.Bytes())
	}
	var problems []string
	for _, m := range out.Messages {
		if m.Type == "info" {
			continue // warnings: --errors-only leaves them out anyway
		}
		line := m.LastLine
		if m.FirstLine != 0 {
			line = m.FirstLine
		}
		col := m.FirstColumn
		if col == 0 {
			col = m.LastColumn
		}
		kind := m.Type
		if m.SubType != "" {
			kind += " (" + m.SubType + ")"
		}
		msg := fmt.Sprintf("%s:%d:%d: %s: %s", vnuFile(s.dir, m.URL), line, col, kind, m.Message)
		if m.Extract != "" {
			msg += "\n\t" + strings.ReplaceAll(m.Extract, "\n", "↵")
		}
		problems = append(problems, msg)
	}
	report(t, "HTML errors found by the Nu Html Checker "+out.Version, problems)
	if len(problems) == 0 && runErr != nil {
		t.Fatalf("%s failed with no message: %v\n%s", strings.Join(cmd.Args, " "), runErr, stderr.Bytes())
	}
	t.Logf("vnu %s checked the %d HTML files of public/", out.Version, len(s.names))
}

// vnuFile turns vnu's file: URL into public/… for messages.
func vnuFile(dir, u string) string {
	p, err := url.Parse(u)
	if err != nil || p.Scheme != "file" {
		return u
	}
	if rel, err := filepath.Rel(dir, filepath.Clean(p.Path)); err == nil && !strings.HasPrefix(rel, "..") {
		return "public/" + filepath.ToSlash(rel)
	}
	return p.Path
}
