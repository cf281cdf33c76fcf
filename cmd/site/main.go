// Command site builds a multilingual static site from Markdown. It only
// parses flags and calls the packages that do the work (build, serve,
// newpage, translation, deploy).
//
//	site serve   [--source DIR] [--port 1313] [--bind 127.0.0.1] [--allowed-hosts NAMES] [--editor URL] [--drafts]
//	site build   [--source DIR] [--dest DIR] [--base-url URL] [--drafts] [--minify] [--relative-urls] [--cache-dir DIR | --no-cache]
//	site check   [--source DIR] [--drafts]
//	site new     [--source DIR] [--translate LANG] PATH
//	site i18n    [--source DIR] [--strict] [--format text|json]
//	site i18n    mark | diff | export | import ...
//	site deploy  [--source DIR] [--target NAME] [--dir public] [--dry-run] [--force] [--verify] [--max-deletes 256] [--workers N] [--confirm]
//	site version
//	site help    [COMMAND]
//
// "site help" prints every command's synopsis and "site COMMAND -h" its
// flags. Exit status: 0 when all went well, 1 when the site has problems
// (each is printed as path:line: message; site check prints
// path:line:col: message), 2 for a wrong command line.
package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"runtime/pprof"
	"time"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/newpage"
)

const usage = `site builds a multilingual static site from Markdown.

Usage:
  site serve   [--source DIR] [--port 1313] [--bind 127.0.0.1] [--allowed-hosts NAMES] [--editor URL] [--drafts]
  site build   [--source DIR] [--dest DIR] [--base-url URL] [--drafts] [--minify] [--relative-urls] [--cache-dir DIR | --no-cache]
  site check   [--source DIR] [--drafts]
  site new     [--source DIR] PATH
  site new     [--source DIR] --translate LANG PATH
  site i18n    [--source DIR] [--strict] [--format text|json]
  site i18n mark [--source DIR] [--minor] PATH...
  site i18n diff [--source DIR] [--color auto|always|never] [PATH...]
  site i18n export [--source DIR] --lang LANG --format po|xliff [--out FILE] [PATH...]
  site i18n import [--source DIR] FILE
  site deploy  [--target NAME] [--dir public] [--dry-run] [--force] [--verify] [--max-deletes 256] [--workers N] [--confirm]
  site version
  site help [COMMAND]

Run "site COMMAND -h" for a command's flags.
`

func main() {
	tuneGC()
	if f := os.Getenv("SITE_CPUPROFILE"); f != "" {
		os.Exit(profiled(f, func() int { return run(os.Args[1:], os.Stdout, os.Stderr) }))
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

// profiled runs f with the CPU profiler writing to file, for anyone who
// wants to see where a build of their site spends its time:
//
//	SITE_CPUPROFILE=cpu.out site build && go tool pprof -top cpu.out
func profiled(file string, f func() int) int {
	out, err := os.Create(file)
	if err != nil {
		fmt.Fprintln(os.Stderr, "SITE_CPUPROFILE:", err)
		return 1
	}
	defer out.Close()
	if err := pprof.StartCPUProfile(out); err != nil {
		fmt.Fprintln(os.Stderr, "SITE_CPUPROFILE:", err)
		return 1
	}
	defer pprof.StopCPUProfile()
	return f()
}

// tuneGC trades memory for speed unless GOGC or GOMEMLIMIT say otherwise:
// a build allocates a lot but keeps little (each page's HTML is written and
// dropped), so collecting less often than Go's default saves time. Not
// much less: memory the heap has not used before costs a page fault and
// zeroing on first touch, and a bigger heap touches more of it. Measured
// with interleaved runs, GOGC 150 builds fastest at 4 x 1,000 and
// 4 x 5,000 pages (200 was 3% slower and took 30% more memory, 400 5%
// slower, 800 25%).
//
// The soft memory limit is half of what the machine (or the container)
// has: the collector works harder only as memory runs short. It was a
// fixed 768 MiB, which a build whose live heap came near it paid for
// with a collector running all the time: a warm build after a layout
// edit of 4 x 5,000 pages (conversions read back, the last build's state
// kept) took 10.4 s, 1.3 times a cold build, and 8.1 s with the limit
// out of its way; a 100,000-page site would have been slower still.
func tuneGC() {
	if os.Getenv("GOGC") == "" {
		debug.SetGCPercent(150)
	}
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit())
	}
}

// memoryLimit is half of the memory available to the process, at least
// 768 MiB (and 768 MiB where it is not known).
func memoryLimit() int64 {
	const least = 768 << 20
	if n := availableMemory(); n/2 > least {
		return n / 2
	}
	return least
}

// command is one subcommand: its flags and what it does.
type command struct {
	summary string
	run     func(args []string, stdout, stderr io.Writer) int
}

var commands map[string]command

func init() {
	commands = map[string]command{
		"build":   {"build the site into a folder", runBuild},
		"serve":   {"serve the site from memory and rebuild it on every change", runServe},
		"check":   {"run every check of a build without writing anything; problems are printed as path:line:col: message", runCheck},
		"new":     {"create a page from its archetype, or with --translate the translation of an existing page", runNew},
		"version": {"print the version", runVersion},
		"i18n":    {"show which translations are ok, missing, stale or unmarked; mark, diff, export and import them (see \"site i18n help\")", runI18n},
		"help":    {"explain a command", runHelp},
		"deploy":  {"publish the built site to S3 or S3-compatible object storage, uploading only what changed (see docs/deploy.md)", runDeploy},
	}
}

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	switch args[0] {
	case "-h", "-help", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	}
	c, ok := commands[args[0]]
	if !ok {
		fmt.Fprintf(stderr, "site: unknown command %q\n\n%s", args[0], usage)
		return 2
	}
	return c.run(args[1:], stdout, stderr)
}

// parse parses a command's flags, for a command that takes no arguments.
// It returns -1 to go on, or an exit code.
func parse(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "site %s: unexpected argument %q\n", fs.Name(), fs.Arg(0))
		return 2
	}
	return -1
}

// parseWithArgs parses a command's flags and leaves its arguments in fs.
func parseWithArgs(fs *flag.FlagSet, args []string, stdout, stderr io.Writer) int {
	fs.SetOutput(stderr)
	// Parse prints the usage itself on -h and after a bad flag; it is
	// printed here instead, once, to stdout for -h.
	usage := fs.Usage
	fs.Usage = func() {}
	err := fs.Parse(args)
	fs.Usage = usage
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fs.SetOutput(stdout)
			fs.Usage()
			return 0
		}
		fs.Usage()
		return 2
	}
	return -1
}

func newFlags(name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.Usage = func() {
		fmt.Fprintf(fs.Output(), "Usage: site %s %s\n\n%s\n\nFlags:\n", name, synopsis, commands[name].summary)
		fs.PrintDefaults()
	}
	return fs
}

func runBuild(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("build", "[--source DIR] [--dest DIR] [--base-url URL] [--drafts] [--minify] [--relative-urls] [--cache-dir DIR | --no-cache]")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder` (with site.yaml, content/, layouts/, static/)")
	dest := fs.String("dest", "public", "the `folder` to build into; replaced only when the build succeeds")
	fs.StringVar(&opts.BaseURL, "base-url", "", "the `URL` the site is published at (overrides site.yaml)")
	fs.BoolVar(&opts.Drafts, "drafts", false, "include pages marked draft: true")
	fs.BoolVar(&opts.Minify, "minify", false, "minify HTML, CSS, JavaScript, JSON and SVG")
	fs.BoolVar(&opts.RelativeURLs, "relative-urls", false, "make every link relative, for a copy that works from a folder or USB stick (file://)")
	cache := cacheFlags(fs, &opts)
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if err := cache(); err != nil {
		printWarnings(stderr, []error{err})
	}
	res, err := build.ToDir(opts, *dest)
	if res != nil {
		printWarnings(stderr, res.Warnings)
	}
	if err != nil {
		printErrors(stderr, err)
		return 1
	}
	fmt.Fprintln(stdout, res.Summary())
	return 0
}

func runCheck(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("check", "[--source DIR] [--drafts]")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	fs.BoolVar(&opts.Drafts, "drafts", false, "include pages marked draft: true")
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	res, err := build.Check(opts)
	if res != nil {
		for _, w := range res.Warnings {
			fmt.Fprintf(stderr, "%s: warning: %s\n", position(w), message(w))
		}
	}
	if err != nil {
		for _, e := range ferr.Errors(err) {
			fmt.Fprintf(stderr, "%s: %s\n", position(e), message(e))
		}
		return 1
	}
	n := 0
	for _, c := range res.Stats.Pages {
		n += c
	}
	fmt.Fprintf(stdout, "ok: %d pages checked in %s\n", n, res.Duration.Round(time.Millisecond))
	return 0
}

// position is path:line:col for editors to jump to; 1 where unknown.
func position(err error) string {
	var fe *ferr.FileError
	if !errors.As(err, &fe) {
		return "site.yaml:1:1"
	}
	line, col := fe.Line, fe.Col
	if line == 0 {
		line = 1
	}
	if col == 0 {
		col = 1
	}
	return fmt.Sprintf("%s:%d:%d", fe.Path, line, col)
}

func message(err error) string {
	var fe *ferr.FileError
	if errors.As(err, &fe) {
		return fe.Err.Error()
	}
	return err.Error()
}

func runNew(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("new", "[--source DIR] [--translate LANG] PATH")
	source := fs.String("source", ".", "the site's `folder`")
	lang := fs.String("translate", "", "create the translation into `LANG` of the page at PATH")
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "site new: name one page, e.g. content/en/actions/new-page.md")
		return 2
	}
	rel, plang, inLang, err := newpage.Rel(*source, fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "site new: %v\n", err)
		return 2
	}
	var created string
	if *lang == "" {
		created, err = newpage.New(*source, rel, plang, inLang, time.Now())
	} else {
		site, _, lerr := build.Load(build.Options{Source: *source})
		if site == nil {
			printErrors(stderr, lerr)
			return 1
		}
		if site.Config.Language(*lang) == nil {
			fmt.Fprintf(stderr, "site new: %q is not a language of %s\n", *lang, "site.yaml")
			return 1
		}
		orig := site.Lookup(plang, inLang)
		if orig == nil || orig.Path == "" {
			fmt.Fprintf(stderr, "site new: %s: no such page\n", rel)
			return 1
		}
		created, err = newpage.Translate(*source, orig, *lang)
	}
	if err != nil {
		fmt.Fprintf(stderr, "site new: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "created %s\n", created)
	return 0
}

func printWarnings(w io.Writer, warnings []error) {
	for _, e := range warnings {
		fmt.Fprintf(w, "warning: %v\n", e)
	}
}

func printErrors(w io.Writer, err error) {
	errs := ferr.Errors(err)
	for _, e := range errs {
		fmt.Fprintln(w, e)
	}
	if len(errs) > 1 {
		fmt.Fprintf(w, "%d problems; nothing was written\n", len(errs))
	} else {
		fmt.Fprintln(w, "nothing was written")
	}
}

func runVersion(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("version", "")
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	v := "(devel)"
	if bi, ok := debug.ReadBuildInfo(); ok {
		if bi.Main.Version != "" {
			v = bi.Main.Version
		}
		for _, s := range bi.Settings {
			if s.Key == "vcs.revision" && len(s.Value) >= 12 {
				v += " " + s.Value[:12]
			}
		}
	}
	fmt.Fprintf(stdout, "site %s\n", v)
	return 0
}

func runHelp(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stdout, usage)
		return 0
	}
	if _, ok := commands[args[0]]; !ok {
		fmt.Fprintf(stderr, "site help: unknown command %q\n", args[0])
		return 2
	}
	return commands[args[0]].run([]string{"-h"}, stdout, stderr)
}
