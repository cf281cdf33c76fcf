package main

import (
	"context"
	"fmt"
	"io"
	"os"
	"os/signal"
	"strings"
	"syscall"

	"github.com/wazc/site/internal/serve"
)

func runServe(args []string, stdout, stderr io.Writer) int {
	fs := newFlags("serve", "[--source DIR] [--port 1313] [--bind 127.0.0.1] [--allowed-hosts NAMES] [--editor URL] [--drafts] [--cache-dir DIR | --no-cache]")
	var opts serve.Options
	fs.StringVar(&opts.Build.Source, "source", ".", "the site's `folder` (with site.yaml, content/, layouts/, static/)")
	fs.IntVar(&opts.Port, "port", 1313, "the `port` to listen on")
	fs.StringVar(&opts.Bind, "bind", "127.0.0.1", "the `address` to listen on; other machines can reach the server only if this is not a loopback address")
	fs.BoolVar(&opts.Build.Drafts, "drafts", false, "include pages marked draft: true")
	fs.StringVar(&opts.Editor, "editor", serve.DefaultEditor, "the `URL` template of the error overlay's links to a file, with {path}, {line} and {col} (for example idea://open?file={path}&line={line})")
	cache := cacheFlags(fs, &opts.Build)
	fs.Func("allowed-hosts", "further `names` the server answers to, comma-separated (a tunnel's, a container's; .example.org allows the names below it)", func(v string) error {
		for _, h := range strings.Split(v, ",") {
			if h = strings.TrimSpace(h); h != "" {
				opts.AllowedHosts = append(opts.AllowedHosts, h)
			}
		}
		return nil
	})
	if code := parse(fs, args, stdout, stderr); code >= 0 {
		return code
	}
	if err := cache(); err != nil {
		printWarnings(stderr, []error{err})
	}
	opts.Log = stdout
	srv := serve.New(opts)
	ln, err := srv.Listen()
	if err != nil {
		fmt.Fprintf(stderr, "site serve: %v\n", err)
		return 1
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	if err := srv.Run(ctx, ln); err != nil {
		fmt.Fprintf(stderr, "site serve: %v\n", err)
		return 1
	}
	fmt.Fprintln(stdout, "Stopped.")
	return 0
}
