package main

import (
	"flag"
	"fmt"

	"github.com/wazc/site/internal/build"
	"github.com/wazc/site/internal/buildcache"
)

// cacheFlags adds --cache-dir and --no-cache to site build and serve
// (whose first build reads the cache); the returned
// function sets opts.CacheDir once the flags are parsed, to the folder
// named, the default one (buildcache.DefaultDir), or none, and returns a
// warning when the default cannot be found.
func cacheFlags(fs *flag.FlagSet, opts *build.Options) func() error {
	dir := fs.String("cache-dir", "", "the `folder` that keeps what a build can reuse between builds (default: the user's cache folder, one per site)")
	off := fs.Bool("no-cache", false, "build cold: neither read nor write the build cache")
	return func() error {
		switch {
		case *off:
			return nil
		case *dir != "":
			opts.CacheDir = *dir
			return nil
		}
		d, err := buildcache.DefaultDir(opts.Source)
		if err != nil {
			return fmt.Errorf("no build cache: %v (name one with --cache-dir)", err)
		}
		opts.CacheDir = d
		return nil
	}
}
