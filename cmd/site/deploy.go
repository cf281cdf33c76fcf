package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"golang.org/x/term"

	"github.com/wazc/site/internal/config"
	"github.com/wazc/site/internal/deploy"
)

const deploySynopsis = "[--source DIR] [--target NAME] [--dir public] [--dry-run] [--force] [--verify] [--max-deletes 256] [--workers N] [--confirm]"

func runDeploy(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("deploy", deploySynopsis)
	source := fs.String("source", ".", "the site's `folder`, with the site.yaml that names the targets")
	target := fs.String("target", "", "the deploy target's `name` in site.yaml (default: the first)")
	var opts deploy.Options
	fs.StringVar(&opts.Dir, "dir", "public", "the built site's `folder`")
	fs.BoolVar(&opts.DryRun, "dry-run", false, "print what would be uploaded and deleted, and change nothing")
	fs.BoolVar(&opts.Force, "force", false, "upload every file, changed or not")
	fs.BoolVar(&opts.Verify, "verify", false, "list the bucket and compare every object, instead of trusting the deploy manifest")
	fs.IntVar(&opts.MaxDeletes, "max-deletes", 256, "stop, changing nothing, if more than `N` objects would be deleted (-1: no limit)")
	fs.IntVar(&opts.Workers, "workers", deploy.DefaultWorkers, "`N` requests at once")
	confirm := fs.Bool("confirm", false, "show what will change and ask before changing anything")
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	cfg, err := config.Load(*source)
	if err != nil {
		printErrors(stderr, err)
		return 1
	}
	opts.Target, err = cfg.Deploy.Target(*target)
	if err != nil {
		fmt.Fprintf(stderr, "site deploy: %v\n", err)
		return 1
	}
	opts.Log = stdout
	if isTerminal(stderr) {
		opts.Progress = stderr
	}
	if *confirm {
		opts.Confirm = func(summary string) bool {
			fmt.Fprintf(stdout, "%s\nGo ahead? [y/N] ", summary)
			line, _ := bufio.NewReader(os.Stdin).ReadString('\n')
			return strings.EqualFold(strings.TrimSpace(line), "y") || strings.EqualFold(strings.TrimSpace(line), "yes")
		}
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	res, err := deploy.Run(ctx, opts)
	if err != nil {
		fmt.Fprintln(stderr, err)
		return 1
	}
	fmt.Fprintln(stdout, res.Summary())
	return 0
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd()))
}
