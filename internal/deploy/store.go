package deploy

import (
	"bytes"
	"context"
	"crypto/md5"
	"encoding/base64"
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/textproto"
	"net/url"
	"strings"
	"sync"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	awshttp "github.com/aws/aws-sdk-go-v2/aws/transport/http"
	awsconfig "github.com/aws/aws-sdk-go-v2/config"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
	"github.com/aws/smithy-go"

	"github.com/wazc/site/internal/config"
)

// store is a target's bucket.
type store struct {
	t       *config.Target
	c       *s3.Client
	secrets []string // never printed
}

// object is a listed object.
type object struct {
	etag string
	size int64
}

func openStore(ctx context.Context, t *config.Target, workers, attempts int) (*store, error) {
	if attempts <= 0 {
		attempts = 5
	}
	hc := awshttp.NewBuildableClient().WithTransportOptions(func(tr *http.Transport) {
		tr.MaxIdleConns = 2 * workers
		tr.MaxIdleConnsPerHost = 2 * workers
		tr.ResponseHeaderTimeout = 60 * time.Second
	}).WithDialerOptions(func(d *net.Dialer) { d.Timeout = 10 * time.Second })
	opts := []func(*awsconfig.LoadOptions) error{
		awsconfig.WithHTTPClient(hc),
		awsconfig.WithRetryer(func() aws.Retryer {
			return retry.NewStandard(func(o *retry.StandardOptions) {
				o.MaxAttempts = attempts
				o.MaxBackoff = 20 * time.Second
				o.RateLimiter = ratelimit.None
			})
		}),
	}
	if t.Region != "" {
		opts = append(opts, awsconfig.WithRegion(t.Region))
	}
	if t.Profile != "" {
		opts = append(opts, awsconfig.WithSharedConfigProfile(t.Profile))
	}
	cfg, err := awsconfig.LoadDefaultConfig(ctx, opts...)
	if err != nil {
		return nil, fmt.Errorf("reading the AWS configuration: %v", describe(err))
	}
	if cfg.Region == "" {
		return nil, fmt.Errorf("no region: add ?region=REGION to the target's url in site.yaml, or set AWS_REGION")
	}
	st := &store{t: t}
	creds, err := cfg.Credentials.Retrieve(ctx)
	if err != nil {
		return nil, fmt.Errorf("no credentials for %s: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE (%s)", t.URL, describe(err))
	}
	for _, s := range []string{creds.AccessKeyID, creds.SecretAccessKey, creds.SessionToken} {
		if len(s) >= 4 {
			st.secrets = append(st.secrets, s)
		}
	}
	st.c = s3.NewFromConfig(cfg, func(o *s3.Options) {
		if t.Endpoint != "" {
			o.BaseEndpoint = aws.String(t.Endpoint)
		}
		o.UsePathStyle = t.PathStyle
		// Content-MD5 is sent instead: S3-compatible stores do not all
		// take the checksums the SDK adds by default.
		o.RequestChecksumCalculation = aws.RequestChecksumCalculationWhenRequired
		o.ResponseChecksumValidation = aws.ResponseChecksumValidationWhenRequired
	})
	return st, nil
}

// redact removes the credentials from a message, should a store echo them.
func (st *store) redact(msg string) string {
	for _, s := range st.secrets {
		msg = strings.ReplaceAll(msg, s, "[redacted]")
	}
	return msg
}

func (st *store) key(name string) *string { return aws.String(st.t.Prefix + name) }

func (st *store) readManifest(ctx context.Context) (*manifest, error) {
	out, err := st.c.GetObject(ctx, &s3.GetObjectInput{Bucket: &st.t.Bucket, Key: st.key(ManifestName)})
	if err != nil {
		var nk *types.NoSuchKey
		if errors.As(err, &nk) {
			return nil, errNoManifest
		}
		return nil, st.fail(ManifestName, err)
	}
	defer out.Body.Close()
	return decodeManifest(out.Body)
}

func (st *store) writeManifest(ctx context.Context, m *manifest) error {
	body := m.encode()
	sum := md5.Sum(body)
	_, err := st.c.PutObject(ctx, &s3.PutObjectInput{
		Bucket: &st.t.Bucket, Key: st.key(ManifestName), Body: bytes.NewReader(body),
		ContentLength: aws.Int64(int64(len(body))), ContentType: aws.String("application/gzip"),
		CacheControl: aws.String("no-store"), ContentMD5: aws.String(base64.StdEncoding.EncodeToString(sum[:])),
	})
	if err != nil {
		return st.fail(ManifestName, err)
	}
	return nil
}

// upload stores one file and returns the bytes sent.
func (st *store) upload(ctx context.Context, dir string, f *file) (int64, error) {
	if f.body == nil {
		if err := f.readBody(dir); err != nil {
			return 0, err
		}
	}
	in := &s3.PutObjectInput{
		Bucket: &st.t.Bucket, Key: st.key(f.name), Body: bytes.NewReader(f.body),
		ContentLength: aws.Int64(int64(len(f.body))),
	}
	sum := md5.Sum(f.body)
	in.ContentMD5 = aws.String(base64.StdEncoding.EncodeToString(sum[:]))
	for k, v := range f.headers {
		switch k {
		case "Content-Type":
			in.ContentType = aws.String(v)
		case "Cache-Control":
			in.CacheControl = aws.String(v)
		case "Content-Encoding":
			in.ContentEncoding = aws.String(v)
		case "Content-Language":
			in.ContentLanguage = aws.String(v)
		case "Content-Disposition":
			in.ContentDisposition = aws.String(v)
		default:
			if m, ok := strings.CutPrefix(k, "X-Amz-Meta-"); ok {
				if in.Metadata == nil {
					in.Metadata = map[string]string{}
				}
				in.Metadata[strings.ToLower(m)] = v
			}
		}
	}
	if _, err := st.c.PutObject(ctx, in); err != nil {
		return 0, errors.New(describe(err))
	}
	f.sent = true
	n := int64(len(f.body))
	f.body = nil
	return n, nil
}

// head returns an object's headers, named as rules name them.
func (st *store) head(ctx context.Context, name string) (map[string]string, error) {
	out, err := st.c.HeadObject(ctx, &s3.HeadObjectInput{Bucket: &st.t.Bucket, Key: st.key(name)})
	if err != nil {
		return nil, errors.New(describe(err))
	}
	h := map[string]string{}
	for k, v := range map[string]*string{
		"Content-Type": out.ContentType, "Cache-Control": out.CacheControl, "Content-Encoding": out.ContentEncoding,
		"Content-Language": out.ContentLanguage, "Content-Disposition": out.ContentDisposition,
	} {
		if v != nil && *v != "" {
			h[k] = *v
		}
	}
	for k, v := range out.Metadata {
		h[textproto.CanonicalMIMEHeaderKey("X-Amz-Meta-"+k)] = v
	}
	return h, nil
}

// list returns the objects under the prefix by name, without the manifest.
func (st *store) list(ctx context.Context) (map[string]object, error) {
	objs := map[string]object{}
	pages := s3.NewListObjectsV2Paginator(st.c, &s3.ListObjectsV2Input{Bucket: &st.t.Bucket, Prefix: aws.String(st.t.Prefix)})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			return nil, st.fail("", err)
		}
		for _, o := range page.Contents {
			name := strings.TrimPrefix(aws.ToString(o.Key), st.t.Prefix)
			if name == ManifestName || name == "" {
				continue
			}
			objs[name] = object{etag: aws.ToString(o.ETag), size: aws.ToInt64(o.Size)}
		}
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
		_, err := st.c.DeleteObject(ctx, &s3.DeleteObjectInput{Bucket: &st.t.Bucket, Key: st.key(names[i])})
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
	var api smithy.APIError
	if errors.As(err, &api) {
		msg := api.ErrorCode()
		if m := api.ErrorMessage(); m != "" {
			msg += ": " + m
		}
		var re *awshttp.ResponseError
		if errors.As(err, &re) {
			msg = fmt.Sprintf("%s (HTTP %d)", msg, re.HTTPStatusCode())
		}
		switch api.ErrorCode() {
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
	var re *awshttp.ResponseError
	if errors.As(err, &re) && re.HTTPStatusCode() != 0 {
		return fmt.Sprintf("HTTP %d", re.HTTPStatusCode())
	}
	var oe *smithy.OperationError
	if errors.As(err, &oe) {
		return oe.Err.Error()
	}
	return err.Error()
}
