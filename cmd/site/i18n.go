package main

import (
	"bytes"
	"fmt"
	"io"
	"os"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/ferr"
	"github.com/wazc/site/internal/translation"
)

const i18nUsage = `Usage:
  site i18n        [--source DIR] [--strict] [--format text|json]
  site i18n mark   [--source DIR] [--minor] PATH...
  site i18n diff   [--source DIR] [--color auto|always|never] [PATH...]
  site i18n export [--source DIR] --lang LANG --format po|xliff [--out FILE] [PATH...]
  site i18n import [--source DIR] FILE

i18n          shows each page's status in each language: original, ok, missing,
              unmarked, or stale (and how many of the original's blocks changed).
mark          records in translations that they are up to date with their originals;
              with --minor, PATH names an edited original whose edit needs no new
              translation: its translations that were current before it are again.
diff          shows, for each stale translation at PATH (files or folders; all by
              default), the original's changed blocks, old text beside new.
export        writes one unit per block of the originals (at PATH, or all) for
              translating LANG on a translation platform, as gettext PO or XLIFF 2.0.
import        writes the translations in a filled-in PO or XLIFF file into content/LANG/.

Run "site i18n SUBCOMMAND -h" for its flags.
`

func runI18n(args []string, stdout, stderr io.Writer) int {
	if len(args) > 0 {
		switch args[0] {
		case "mark":
			return runMark(args[1:], stdout, stderr)
		case "diff":
			return runI18nDiff(args[1:], stdout, stderr)
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "import":
			return runImport(args[1:], stdout, stderr)
		case "help":
			fmt.Fprint(stdout, i18nUsage)
			return 0
		}
	}
	fs := newFlags("i18n", "[--source DIR] [--strict] [--format text|json] | mark | diff | export | import | help")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	strict := fs.Bool("strict", false, "exit with status 1 if any translation is missing or stale")
	format := fs.String("format", "text", "output `format`: text or json")
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if *format != "text" && *format != "json" {
		fmt.Fprintf(stderr, "site i18n: --format is %q: want text or json\n", *format)
		return 2
	}
	site, _, err := build.Load(opts)
	if site == nil {
		printErrors(stderr, err)
		return 1
	}
	rep := translation.StatusWith(site, translation.NewHistory(opts.Source))
	if *format == "json" {
		rep.WriteJSON(stdout)
	} else {
		rep.WriteText(stdout)
	}
	if *strict && rep.Problems() > 0 {
		fmt.Fprintf(stderr, "%d translations missing or stale\n", rep.Problems())
		return 1
	}
	return 0
}

func runMark(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("i18n", "mark [--source DIR] [--minor] PATH...")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	minor := fs.Bool("minor", false, "PATH names edited originals whose edit needs no new translation (a typo fixed): translations current before the edit are marked current again")
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() == 0 {
		fmt.Fprintln(stderr, "site i18n mark: name the translations to mark, e.g. content/az/letter.md or content/az (with --minor, the edited original, e.g. content/en/letter.md)")
		return 2
	}
	site, _, err := build.Load(opts)
	if site == nil {
		printErrors(stderr, err)
		return 1
	}
	if *minor {
		done, err := translation.MarkMinor(opts.Source, site, translation.NewHistory(opts.Source), fs.Args())
		for _, m := range done {
			if m.Marked {
				fmt.Fprintf(stdout, "marked %s\n", m.Path)
			} else {
				fmt.Fprintf(stdout, "left %s stale: it was not current before the edit\n", m.Path)
			}
		}
		if err != nil {
			fmt.Fprintf(stderr, "site i18n mark: %v\n", err)
			return 1
		}
		return 0
	}
	changed, err := translation.Mark(opts.Source, site, fs.Args())
	for _, c := range changed {
		fmt.Fprintf(stdout, "marked %s\n", c)
	}
	if err != nil {
		fmt.Fprintf(stderr, "site i18n mark: %v\n", err)
		return 1
	}
	return 0
}

func runI18nDiff(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("i18n", "diff [--source DIR] [--color auto|always|never] [PATH...]")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	color := fs.String("color", "auto", "mark changed words with colours: `auto` (on a terminal, unless NO_COLOR is set), always or never")
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	useColor := false
	switch *color {
	case "always":
		useColor = true
	case "never":
	case "auto":
		useColor = isTerminal(stdout) && os.Getenv("NO_COLOR") == "" && os.Getenv("TERM") != "dumb"
	default:
		fmt.Fprintf(stderr, "site i18n diff: --color is %q: want auto, always or never\n", *color)
		return 2
	}
	site, _, err := build.Load(opts)
	if site == nil {
		printErrors(stderr, err)
		return 1
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"content"}
	}
	changes, ok, err := translation.Stale(opts.Source, site, translation.NewHistory(opts.Source), paths)
	if err != nil {
		fmt.Fprintf(stderr, "site i18n diff: %v\n", err)
		return 1
	}
	translation.WriteDiff(stdout, changes, useColor)
	if len(changes) == 0 {
		fmt.Fprintf(stdout, "no stale translations (%d up to date)\n", ok)
	}
	return 0
}

func runExport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("i18n", "export [--source DIR] --lang LANG --format po|xliff [--out FILE] [PATH...]")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	lang := fs.String("lang", "", "the `language` to translate into")
	format := fs.String("format", "po", "the file `format`: po (gettext) or xliff (XLIFF 2.0)")
	out := fs.String("out", "", "the `file` to write; standard output by default")
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if *format != "po" && *format != "xliff" {
		fmt.Fprintf(stderr, "site i18n export: --format is %q: want po or xliff\n", *format)
		return 2
	}
	site, _, err := build.Load(opts)
	if site == nil {
		printErrors(stderr, err)
		return 1
	}
	l := site.Config.Language(*lang)
	if l == nil || l.Default {
		fmt.Fprintf(stderr, "site i18n export: --lang %q: name a language of site.yaml other than the default one\n", *lang)
		return 2
	}
	paths := fs.Args()
	if len(paths) == 0 {
		paths = []string{"content"}
	}
	var buf bytes.Buffer
	n, err := translation.Export(&buf, opts.Source, site, translation.NewHistory(opts.Source), *lang, *format, paths)
	if err != nil {
		fmt.Fprintf(stderr, "site i18n export: %v\n", err)
		return 1
	}
	if *out == "" {
		stdout.Write(buf.Bytes())
		return 0
	}
	if err := os.WriteFile(*out, buf.Bytes(), 0o644); err != nil {
		fmt.Fprintf(stderr, "site i18n export: %v\n", err)
		return 1
	}
	fmt.Fprintf(stdout, "wrote %s: %d units\n", *out, n)
	return 0
}

func runImport(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("i18n", "import [--source DIR] FILE")
	var opts build.Options
	fs.StringVar(&opts.Source, "source", ".", "the site's `folder`")
	if code := parseWithArgs(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if fs.NArg() != 1 {
		fmt.Fprintln(stderr, "site i18n import: name one file, e.g. fr.po or fr.xlf")
		return 2
	}
	site, _, err := build.Load(opts)
	if site == nil {
		printErrors(stderr, err)
		return 1
	}
	data, err := os.ReadFile(fs.Arg(0))
	if err != nil {
		fmt.Fprintf(stderr, "site i18n import: %v\n", err)
		return 1
	}
	res, err := translation.Import(opts.Source, site, translation.NewHistory(opts.Source), fs.Arg(0), data)
	if err != nil {
		errs := ferr.Errors(err)
		for _, e := range errs {
			fmt.Fprintln(stderr, e)
		}
		fmt.Fprintf(stderr, "%d problems; nothing was written\n", len(errs))
		return 1
	}
	for _, p := range res.Written {
		fmt.Fprintf(stdout, "wrote %s\n", p)
	}
	for _, s := range res.Skipped {
		fmt.Fprintf(stdout, "skipped %s\n", s)
	}
	return 0
}
