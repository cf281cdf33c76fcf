package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// TestMain makes this test binary the site command too: the scripts run
// it as "exec site ...", in a process of its own, without building it.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){"site": main})
}

// TestScripts runs testdata/script/*.txtar: the command line as a user
// meets it (arguments, output, exit status, the files left behind), one
// small site per script. Run one with go test -run TestScripts/NAME.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:                 "testdata/script",
		RequireExplicitExec: true,
		RequireUniqueNames:  true,
		Setup: func(env *testscript.Env) error {
			// site build keeps its cache in the user's cache folder:
			// the script's own, not the one of whoever runs the tests.
			env.Setenv("XDG_CACHE_HOME", env.WorkDir+"/.cache")
			return nil
		},
		Cmds: map[string]func(*testscript.TestScript, bool, []string){
			"status": status,
			"edit":   edit,
		},
	})
}

// status runs a command as exec does and wants its exit status to be N:
// status N COMMAND [ARGS...]. Its output is then checked with stdout and
// stderr as exec's is.
func status(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) < 2 {
		ts.Fatalf("usage: status N COMMAND [ARGS...]")
	}
	want, err := strconv.Atoi(args[0])
	ts.Check(err)
	got := 0
	if err := ts.Exec(args[1], args[2:]...); err != nil {
		var exit *exec.ExitError
		if !errors.As(err, &exit) {
			ts.Fatalf("%s: %v", args[1], err)
		}
		got = exit.ExitCode()
	}
	if got != want {
		ts.Fatalf("exit status %d, want %d", got, want)
	}
}

// edit replaces the first OLD with NEW in FILE, as an editor would save
// it: edit FILE OLD NEW, where \n in OLD and NEW is a line break. OLD
// must be there.
func edit(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 3 {
		ts.Fatalf("usage: edit FILE OLD NEW")
	}
	name := ts.MkAbs(args[0])
	unescape := strings.NewReplacer(`\n`, "\n").Replace
	old, new := unescape(args[1]), unescape(args[2])
	data, err := os.ReadFile(name)
	ts.Check(err)
	if !strings.Contains(string(data), old) {
		ts.Fatalf("%s has no %q", args[0], old)
	}
	ts.Check(os.WriteFile(name, []byte(strings.Replace(string(data), old, new, 1)), 0o644))
}

// runCLI runs the command line in this process with args and returns its
// exit code and output, for the tests that need Go around it (a real
// store, a full disk).
func runCLI(t *testing.T, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}
