// Package deploy publishes a built site to S3 or an S3-compatible object
// store (Cloudflare R2, Google Cloud Storage's interoperable endpoint,
// Backblaze B2, DigitalOcean Spaces, MinIO, SeaweedFS), uploading only
// what changed and never leaving readers half a site.
//
// Plan. Every file of the build folder (filtered by the target's include
// and exclude globs) is hashed (SHA-256) and given its headers:
// Content-Type from the table the dev server uses (output.ContentType),
// Cache-Control "public, max-age=31536000, immutable" for fingerprinted
// files (render.Fingerprinted, search.Immutable) and "no-cache" for all else, then the
// target's per-glob overrides, later rules winning; with compress: gzip,
// text files are stored gzipped with Content-Encoding: gzip. The plan
// compares that with the deploy manifest, one object in the bucket
// (ManifestName under the target's prefix) that records each file's hash,
// size and headers: one read decides what to upload and delete. When the
// manifest is missing or unreadable, or with Verify, the bucket is listed
// and each object's ETag compared with the MD5 of what would be uploaded
// (an ETag of an object uploaded in parts, "md5-N", is recomputed for the
// usual part sizes), and each object whose content matches is asked for its
// headers: objects changed by hand are caught. A file whose headers differ
// from those recorded (a new cache rule) is uploaded again.
//
// Order. Uploads go in three waves, each finished before the next starts:
// assets (fingerprinted stylesheets and scripts, images, fonts), then pages
// (.html), then the files that point at everything else (sitemaps, feeds,
// robots.txt, web and search manifests). A reader thus never meets a page
// whose assets are not there yet. Deletes come last, and only if every
// upload succeeded; more deletes than MaxDeletes stop the deploy before it
// changes anything.
//
// Manifest. Before the first change the manifest is rewritten with every
// file about to change marked unfinished; after the deletes it is written
// again with what the bucket then holds. A deploy that is interrupted
// (Ctrl-C, a killed process, a store that stops answering) thus leaves
// readers the old or the new version of each file, and the next deploy
// uploads and deletes whatever was left unfinished, even if the site
// changed back in between.
//
// Retries. Throttling, 5xx responses and timeouts are retried with
// exponential backoff and jitter (the AWS SDK's standard retryer, without
// its client-side retry quota, which would stop retries across a whole
// deploy after a burst of failures). Errors name the target and the object
// and never carry credentials or request signatures.
//
// Large files. A file above PartSize (DefaultPartSize) is uploaded in
// parts of that size, and the upload aborted if a part fails.
//
// Credentials come from the standard AWS chain (environment variables,
// shared config and credentials files and their profiles with
// credential_process, container and instance roles; see creds.go for what
// is not supported), never from site.yaml. Requests are signed with the
// AWS SDK's SigV4 signer and sent by a small client on net/http (s3.go):
// the SDK's generated S3 client would grow the compile of every build of
// site by about 30 %.
package deploy

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/wazc/site/internal/config"
)

// ManifestName is the deploy manifest's object name, under the target's
// prefix.
const ManifestName = ".site-deploy.json.gz"

// Options say what to deploy where.
type Options struct {
	Target *config.Target
	Dir    string // the build folder
	// DryRun prints what would be uploaded and deleted to Log and changes
	// nothing.
	DryRun bool
	// Force uploads every file.
	Force bool
	// Verify lists the bucket instead of trusting the manifest.
	Verify bool
	// MaxDeletes stops a deploy that would delete more objects; -1 for no
	// limit.
	MaxDeletes int
	Workers    int // parallel requests; 0 for the default
	// Attempts is how many times a request is tried (0: 5).
	Attempts int
	// PartSize is the size above which a file is uploaded in parts, and
	// their size (0: DefaultPartSize).
	PartSize int
	// Log receives notes and the dry run's lines; nil for none.
	Log io.Writer
	// Progress receives a progress bar (a terminal); nil for none.
	Progress io.Writer
	// Confirm, when set, is asked before anything changes, with the
	// plan's summary; false cancels the deploy.
	Confirm func(summary string) bool
}

// DefaultWorkers is how many requests run at once unless told otherwise.
const DefaultWorkers = 32

// Result is what a deploy did (or, in a dry run, would do).
type Result struct {
	Target    string
	DryRun    bool
	Uploaded  int
	Bytes     int64 // bytes sent (after compression)
	Deleted   int
	Unchanged int
	Duration  time.Duration
	// Uploads and Deletes are the object names planned, in order.
	Uploads, Deletes []string
}

// Summary is the line printed at the end of a deploy:
//
//	deploy local: 12 uploaded (1.2 MB), 3 deleted, 4,170 unchanged in 1.4 s
func (r *Result) Summary() string {
	if r.DryRun {
		return r.plan("(dry run)") + "; nothing was changed"
	}
	return fmt.Sprintf("deploy %s: %s uploaded (%s), %s deleted, %s unchanged in %.1f s",
		r.Target, count(r.Uploaded), bytesize(r.Bytes), count(r.Deleted), count(r.Unchanged), r.Duration.Seconds())
}

// plan describes what the deploy is to do.
func (r *Result) plan(note string) string {
	return fmt.Sprintf("deploy %s %s: %s to upload (%s), %s to delete, %s unchanged",
		r.Target, note, count(len(r.Uploads)), bytesize(r.Bytes), count(len(r.Deletes)), count(r.Unchanged))
}

// ErrTooManyDeletes is returned (wrapped) when a deploy would delete more
// than MaxDeletes objects.
var ErrTooManyDeletes = errors.New("too many deletes")

// Run deploys opts.Dir to opts.Target. The Result is filled as far as the
// deploy got, also with an error.
func Run(ctx context.Context, opts Options) (*Result, error) {
	start := time.Now()
	t := opts.Target
	res := &Result{Target: t.Name, DryRun: opts.DryRun}
	if opts.Workers <= 0 {
		opts.Workers = DefaultWorkers
	}
	if err := checkBuild(opts.Dir); err != nil {
		return res, err
	}
	st, err := openStore(ctx, t, opts)
	if err != nil {
		return res, fmt.Errorf("deploy %s: %v", t.Name, err)
	}
	fail := func(err error) (*Result, error) {
		res.Duration = time.Since(start)
		return res, &failure{st.redact(fmt.Sprintf("deploy %s: %v", t.Name, err)), err}
	}
	rules := newRules(t)
	local, err := scan(opts.Dir, rules, opts.Workers)
	if err != nil {
		return fail(err)
	}
	var old *manifest
	if !opts.Verify {
		old, err = st.readManifest(ctx)
		if err != nil && !errors.Is(err, errNoManifest) && !errors.Is(err, errBadManifest) {
			return fail(err)
		}
		if err != nil {
			notef(opts.Log, "deploy %s: %v: comparing with a listing of the bucket", t.Name, err)
		}
	}
	p, err := plan(ctx, st, local, old, rules, opts)
	if err != nil {
		return fail(err)
	}
	res.Unchanged = len(local) - len(p.uploads)
	for _, f := range p.uploads {
		res.Uploads = append(res.Uploads, f.name)
		res.Bytes += f.bodySize()
	}
	res.Deletes = p.deletes
	if opts.MaxDeletes >= 0 && len(p.deletes) > opts.MaxDeletes {
		return fail(fmt.Errorf("%w: %d objects would be deleted, more than --max-deletes %d; nothing was changed: run again with --max-deletes %d (or -1 for no limit) to allow it",
			ErrTooManyDeletes, len(p.deletes), opts.MaxDeletes, len(p.deletes)))
	}
	if opts.DryRun {
		for _, f := range p.uploads {
			notef(opts.Log, "upload %s (%s, %s)", t.Prefix+f.name, f.reason, bytesize(f.bodySize()))
		}
		for _, d := range p.deletes {
			notef(opts.Log, "delete %s", t.Prefix+d)
		}
		res.Duration = time.Since(start)
		return res, nil
	}
	if len(p.uploads) == 0 && len(p.deletes) == 0 && old != nil && !p.stale {
		res.Bytes = 0
		res.Duration = time.Since(start)
		return res, nil
	}
	if opts.Confirm != nil && !opts.Confirm(res.plan("(plan)")) {
		return fail(errors.New("cancelled: nothing was changed"))
	}
	res.Bytes = 0
	err = apply(ctx, st, p, local, opts, res)
	res.Duration = time.Since(start)
	if err != nil {
		return fail(err)
	}
	return res, nil
}

// failure is a deploy's error, its message cleaned of credentials.
type failure struct {
	msg string
	err error
}

func (f *failure) Error() string { return f.msg }
func (f *failure) Unwrap() error { return f.err }

// checkBuild refuses a folder that is not a site build, such as the site's
// source: deploying it would publish drafts and configuration.
func checkBuild(dir string) error {
	if _, err := os.Stat(filepath.Join(dir, "index.html")); err != nil {
		return fmt.Errorf("%s is not a site build (it has no index.html): run \"site build\" first, or name the build with --dir", dir)
	}
	if _, err := os.Stat(filepath.Join(dir, config.FileName)); err == nil {
		return fmt.Errorf("%s is not a site build (it has a %s): name the build folder with --dir", dir, config.FileName)
	}
	return nil
}

// apply makes the changes of a plan, in order, and writes the manifest.
func apply(ctx context.Context, st *store, p *planned, local []*file, opts Options, res *Result) error {
	bar := newProgress(opts.Progress, len(p.uploads), p.uploadBytes())
	defer bar.done()
	// Mark what is about to change, so that an interrupted deploy is
	// completed by the next one.
	pending := p.manifest(local, nil, nil)
	if err := st.writeManifest(ctx, pending); err != nil {
		return err
	}
	failed := map[string]bool{}
	var errs []error
	for wave := 0; wave < waves && len(errs) == 0; wave++ {
		var batch []*file
		for _, f := range p.uploads {
			if f.wave == wave {
				batch = append(batch, f)
			}
		}
		var mu sync.Mutex
		parallel(ctx, opts.Workers, len(batch), func(i int) bool {
			f := batch[i]
			n, err := st.upload(ctx, opts.Dir, f)
			mu.Lock()
			defer mu.Unlock()
			if err != nil {
				failed[f.name] = true
				errs = append(errs, fmt.Errorf("%s: %v", st.t.Prefix+f.name, err))
				return false
			}
			res.Uploaded++
			res.Bytes += n
			bar.add(n)
			return true
		})
	}
	// The first upload error in name order leads, whatever the order of
	// the requests.
	sort.Slice(errs, func(i, j int) bool { return errs[i].Error() < errs[j].Error() })
	// Files not sent, in this wave or those not started, are unfinished.
	for _, f := range p.uploads {
		if !f.sent {
			failed[f.name] = true
		}
	}
	if err := ctx.Err(); err != nil && len(errs) == 0 {
		errs = append(errs, errors.New("interrupted"))
	}
	undeleted := map[string]bool{}
	for _, d := range p.deletes {
		undeleted[d] = true
	}
	if len(errs) == 0 {
		deleted, err := st.delete(ctx, p.deletes)
		for _, d := range deleted {
			delete(undeleted, d)
		}
		res.Deleted = len(deleted)
		if err != nil {
			errs = append(errs, err)
		}
	}
	// Record what the bucket now holds. After an interruption this may
	// fail too: the pending manifest then stands.
	if ctx.Err() == nil {
		if err := st.writeManifest(ctx, p.manifest(local, failed, undeleted)); err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	msg := errs[0].Error()
	if len(errs) > 1 {
		msg += fmt.Sprintf(" (and %d more)", len(errs)-1)
	}
	deleted := "nothing"
	if res.Deleted > 0 {
		deleted = count(res.Deleted)
	}
	msg += fmt.Sprintf("; %s uploaded, %s deleted: the next deploy completes it", count(res.Uploaded), deleted)
	return errors.New(msg)
}

// parallel runs f(0..n-1) on up to workers goroutines, starting no more
// once one has returned false or ctx is done.
func parallel(ctx context.Context, workers, n int, f func(i int) bool) {
	var (
		wg   sync.WaitGroup
		mu   sync.Mutex
		next int
		stop bool
	)
	for w := 0; w < workers && w < n; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				mu.Lock()
				if stop || next >= n || ctx.Err() != nil {
					mu.Unlock()
					return
				}
				i := next
				next++
				mu.Unlock()
				if !f(i) {
					mu.Lock()
					stop = true
					mu.Unlock()
				}
			}
		}()
	}
	wg.Wait()
}

func notef(w io.Writer, format string, args ...any) {
	if w != nil {
		fmt.Fprintf(w, format+"\n", args...)
	}
}

// count writes n with thousands separators: 4,170.
func count(n int) string {
	s := fmt.Sprint(n)
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// bytesize writes n in decimal units: 1.2 MB.
func bytesize(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d B", n)
	case n < 1000_000:
		return fmt.Sprintf("%.1f kB", float64(n)/1e3)
	case n < 1000_000_000:
		return fmt.Sprintf("%.1f MB", float64(n)/1e6)
	}
	return fmt.Sprintf("%.1f GB", float64(n)/1e9)
}
