package deploy

import (
	"context"
	"crypto/md5"
	"encoding/base64"
	"errors"
	"fmt"
	"net/http"
	"net/textproto"
	"net/url"
	"os"
	"strings"
	"sync"

	"github.com/wazc/site/internal/config"
)

// store is a target's bucket.
type store struct {
	t        *config.Target
	c        *client
	partSize int      // uploads larger than this go in parts of this size
	secrets  []string // never printed
}

// object is a listed object.
type object struct {
	etag string
	size int64
}

// DefaultPartSize is the size above which a file is uploaded in parts,
// and the parts' size: S3's largest single upload is 5 GB, its smallest
// part 5 MiB.
const DefaultPartSize = 16 << 20

func openStore(ctx context.Context, t *config.Target, opts Options) (*store, error) {
	home, _ := os.UserHomeDir()
	creds, region, err := awsEnv{getenv: os.Getenv, home: home}.chain(t.Profile, t.Region)
	if err == nil && region == "" {
		err = errors.New("no region: add ?region=REGION to the target's url in site.yaml, or set AWS_REGION")
	}
	if err != nil {
		return nil, fmt.Errorf("reading the AWS configuration: %v", err)
	}
	st := &store{t: t, partSize: opts.PartSize}
	if st.partSize <= 0 {
		st.partSize = DefaultPartSize
	}
	c, err := creds.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("no credentials for %s: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (%s)", t.URL, describe(err))
	}
	for _, s := range []string{c.AccessKeyID, c.SecretAccessKey, c.SessionToken} {
		if len(s) >= 4 {
			st.secrets = append(st.secrets, s)
		}
	}
	st.c, err = newClient(t.Endpoint, region, t.Bucket, t.PathStyle, creds, opts.Workers, opts.Attempts)
	if err != nil {
		return nil, err
	}
	return st, nil
}

// redact removes the credentials from a message, should a store echo them.
func (st *store) redact(msg string) string {
	for _, s := range st.secrets {
		msg = strings.ReplaceAll(msg, s, "[redacted]")
	}
	return msg
}

func (st *store) key(name string) string { return st.t.Prefix + name }

func (st *store) readManifest(ctx context.Context) (*manifest, error) {
	body, err := st.c.getObject(ctx, st.key(ManifestName))
	if err != nil {
		var se *s3Error
		if errors.As(err, &se) && (se.Code == "NoSuchKey" || se.Code == "NotFound") {
			return nil, errNoManifest
		}
		return nil, st.fail(ManifestName, err)
	}
	defer body.Close()
	return decodeManifest(body)
}

func (st *store) writeManifest(ctx context.Context, m *manifest) error {
	body := m.encode()
	h := http.Header{"Content-Type": {"application/gzip"}, "Cache-Control": {"no-store"}, "Content-Md5": {contentMD5(body)}}
	if err := st.c.putObject(ctx, st.key(ManifestName), body, h); err != nil {
		return st.fail(ManifestName, err)
	}
	return nil
}

func contentMD5(b []byte) string {
	sum := md5.Sum(b)
	return base64.StdEncoding.EncodeToString(sum[:])
}

// stored are the headers S3 stores with an object, and returns.
var stored = []string{"Content-Type", "Cache-Control", "Content-Encoding", "Content-Language", "Content-Disposition"}

// upload stores one file, in parts above the part size, and returns the
// bytes sent.
func (st *store) upload(ctx context.Context, dir string, f *file) (int64, error) {
	if f.body == nil {
		if err := f.readBody(dir); err != nil {
			return 0, err
		}
	}
	h := http.Header{}
	for k, v := range f.headers {
		if m, ok := strings.CutPrefix(k, "X-Amz-Meta-"); ok {
			h.Set("X-Amz-Meta-"+strings.ToLower(m), v)
		} else {
			h.Set(k, v)
		}
	}
	var err error
	if len(f.body) > st.partSize {
		err = st.c.putMultipart(ctx, st.key(f.name), f.body, h, st.partSize)
	} else {
		h.Set("Content-Md5", contentMD5(f.body))
		err = st.c.putObject(ctx, st.key(f.name), f.body, h)
	}
	if err != nil {
		return 0, errors.New(describe(err))
	}
	f.sent = true
	n := int64(len(f.body))
	f.body = nil
	return n, nil
}

// head returns an object's headers, named as rules name them.
func (st *store) head(ctx context.Context, name string) (map[string]string, error) {
	resp, err := st.c.headObject(ctx, st.key(name))
	if err != nil {
		return nil, errors.New(describe(err))
	}
	h := map[string]string{}
	for _, k := range stored {
		if v := resp.Get(k); v != "" {
			h[k] = v
		}
	}
	for k, v := range resp {
		if strings.HasPrefix(k, "X-Amz-Meta-") && len(v) > 0 {
			h[textproto.CanonicalMIMEHeaderKey(k)] = v[0]
		}
	}
	return h, nil
}

// list returns the objects under the prefix by name, without the manifest.
func (st *store) list(ctx context.Context) (map[string]object, error) {
	objs := map[string]object{}
	err := st.c.list(ctx, st.t.Prefix, func(page []listed) {
		for _, o := range page {
			name := strings.TrimPrefix(o.Key, st.t.Prefix)
			if name == ManifestName || name == "" {
				continue
			}
			objs[name] = object{etag: o.ETag, size: o.Size}
		}
	})
	if err != nil {
		return nil, st.fail("", err)
	}
	return objs, nil
}

// delete removes objects, one request each (not every S3-compatible store
// has DeleteObjects), and returns those deleted.
func (st *store) delete(ctx context.Context, names []string) ([]string, error) {
	var mu sync.Mutex
	var deleted []string
	var firstErr error
	parallel(ctx, 16, len(names), func(i int) bool {
		err := st.c.deleteObject(ctx, st.key(names[i]))
		mu.Lock()
		defer mu.Unlock()
		if err != nil {
			if firstErr == nil {
				firstErr = fmt.Errorf("deleting %s: %s", st.t.Prefix+names[i], describe(err))
			}
			return false
		}
		deleted = append(deleted, names[i])
		return true
	})
	if firstErr == nil && ctx.Err() != nil {
		firstErr = errors.New("interrupted while deleting")
	}
	return deleted, firstErr
}

// fail describes an error of a request about the bucket or one object.
func (st *store) fail(name string, err error) error {
	where := "bucket " + st.t.Bucket
	if st.t.Endpoint != "" {
		where += " at " + st.t.Endpoint
	}
	if name != "" {
		where += ", " + st.t.Prefix + name
	}
	return fmt.Errorf("%s: %s", where, describe(err))
}

// describe says what went wrong in a request in one line, with a hint
// where there is one, and without the request's URL or signature.
func describe(err error) string {
	if errors.Is(err, context.Canceled) {
		return "interrupted"
	}
	var se *s3Error
	if errors.As(err, &se) {
		msg := se.Error()
		switch se.Code {
		case "SignatureDoesNotMatch", "InvalidAccessKeyId", "AccessDenied", "InvalidToken", "ExpiredToken", "Forbidden":
			msg += "; check the credentials (AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_PROFILE) and their permissions"
		case "NoSuchBucket":
			msg += "; check the bucket name in the target's url"
		}
		return msg
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		// The URL names the request; the cause is enough.
		return "cannot reach the store: " + ue.Err.Error()
	}
	return err.Error()
}
