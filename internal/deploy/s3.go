package deploy

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/aws/ratelimit"
	"github.com/aws/aws-sdk-go-v2/aws/retry"
	v4 "github.com/aws/aws-sdk-go-v2/aws/signer/v4"
)

// client speaks the few S3 REST calls a deploy needs, on net/http, signed
// with the AWS SDK's SigV4 signer and retried with the SDK's standard
// retryer. The SDK's generated S3 client (service/s3) would do the same
// with about 3 MB more source to compile on a fresh machine: "site
// serve" is the README's first command, and it compiles deploy too.
type client struct {
	hc        *http.Client
	creds     aws.CredentialsProvider
	signer    *v4.Signer
	retryer   aws.Retryer
	region    string
	endpoint  *url.URL // scheme and host
	bucket    string
	pathStyle bool
}

func newClient(endpoint, region, bucket string, pathStyle bool, creds aws.CredentialsProvider, workers, attempts int) (*client, error) {
	if endpoint == "" {
		endpoint = "https://s3." + region + ".amazonaws.com"
	}
	u, err := url.Parse(endpoint)
	if err != nil || u.Host == "" || (u.Scheme != "http" && u.Scheme != "https") {
		return nil, fmt.Errorf("endpoint %q is not an http or https URL", endpoint)
	}
	if attempts <= 0 {
		attempts = 5
	}
	tr := http.DefaultTransport.(*http.Transport).Clone()
	tr.MaxIdleConns = 2 * workers
	tr.MaxIdleConnsPerHost = 2 * workers
	tr.ResponseHeaderTimeout = 60 * time.Second
	tr.DialContext = (&net.Dialer{Timeout: 10 * time.Second, KeepAlive: 30 * time.Second}).DialContext
	return &client{
		hc: &http.Client{Transport: tr, CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse // S3's redirects name another region: an error to show
		}},
		creds:  aws.NewCredentialsCache(creds),
		signer: v4.NewSigner(func(o *v4.SignerOptions) { o.DisableURIPathEscaping = true }),
		retryer: retry.NewStandard(func(o *retry.StandardOptions) {
			o.MaxAttempts = attempts
			o.MaxBackoff = 20 * time.Second
			// No client-side retry quota: it would stop retries across a
			// whole deploy after a burst of failures.
			o.RateLimiter = ratelimit.None
		}),
		region: region, endpoint: u, bucket: bucket, pathStyle: pathStyle,
	}, nil
}

// s3Error is a failed request: an S3 error response, or a response with an
// unexpected status. Its methods are those the SDK's retryer looks for.
type s3Error struct {
	Status  int    `xml:"-"`
	Code    string `xml:"Code"`
	Message string `xml:"Message"`
}

func (e *s3Error) Error() string {
	msg := e.Code
	if e.Message != "" {
		msg += ": " + e.Message
	}
	return fmt.Sprintf("%s (HTTP %d)", msg, e.Status)
}

func (e *s3Error) HTTPStatusCode() int { return e.Status }
func (e *s3Error) ErrorCode() string   { return e.Code }

// call is one request: a method, an object key ("" for the bucket), a
// query and a body with headers.
type call struct {
	method string
	key    string
	query  url.Values
	header http.Header
	body   []byte
}

// do sends c, retrying, and returns the response of the first attempt
// answered with a 2xx status; its body is the caller's to close.
func (cl *client) do(ctx context.Context, c call) (*http.Response, error) {
	sum := sha256.Sum256(c.body)
	payload := hex.EncodeToString(sum[:])
	for attempt := 1; ; attempt++ {
		resp, err := cl.send(ctx, c, payload)
		if err == nil {
			return resp, nil
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if attempt >= cl.retryer.MaxAttempts() || !cl.retryer.IsErrorRetryable(err) {
			return nil, err
		}
		delay, derr := cl.retryer.RetryDelay(attempt, err)
		if derr != nil {
			return nil, err
		}
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
	}
}

func (cl *client) send(ctx context.Context, c call, payload string) (*http.Response, error) {
	u := *cl.endpoint
	path := "/" + c.key
	if cl.pathStyle {
		path = "/" + cl.bucket + path
	} else {
		u.Host = cl.bucket + "." + u.Host
	}
	u.Path, u.RawPath = path, escapePath(path)
	u.RawQuery = c.query.Encode()
	req, err := http.NewRequestWithContext(ctx, c.method, u.String(), bytes.NewReader(c.body))
	if err != nil {
		return nil, err
	}
	req.URL.Path, req.URL.RawPath = path, escapePath(path) // as signed
	req.ContentLength = int64(len(c.body))
	if len(c.body) == 0 {
		req.Body, req.GetBody = http.NoBody, nil
	}
	for k, v := range c.header {
		req.Header[k] = v
	}
	req.Header.Set("X-Amz-Content-Sha256", payload)
	creds, err := cl.creds.Retrieve(ctx)
	if err != nil {
		return nil, &credsError{err}
	}
	if err := cl.signer.SignHTTP(ctx, creds, req, payload, "s3", cl.region, time.Now()); err != nil {
		return nil, err
	}
	resp, err := cl.hc.Do(req)
	if err != nil {
		return nil, err
	}
	if resp.StatusCode/100 == 2 {
		return resp, nil
	}
	defer resp.Body.Close()
	return nil, readError(resp)
}

// credsError is a failure of the credential chain: never retried.
type credsError struct{ err error }

func (e *credsError) Error() string         { return "no credentials: " + e.err.Error() }
func (e *credsError) Unwrap() error         { return e.err }
func (e *credsError) RetryableError() bool  { return false }
func (e *credsError) CanceledError() bool   { return false }
func (e *credsError) ConnectionError() bool { return false }

// readError reads an S3 error response. A HEAD response has no body: the
// status then names the error as the SDK names it.
func readError(resp *http.Response) error {
	e := &s3Error{Status: resp.StatusCode}
	body, _ := io.ReadAll(io.LimitReader(resp.Body, 64<<10))
	xml.Unmarshal(body, e)
	if e.Code == "" {
		e.Code = map[int]string{301: "PermanentRedirect", 400: "BadRequest", 403: "Forbidden", 404: "NotFound",
			503: "SlowDown"}[resp.StatusCode]
		if e.Code == "" {
			e.Code = strings.TrimSpace(strings.TrimPrefix(resp.Status, strconv.Itoa(resp.StatusCode)))
		}
	}
	if resp.StatusCode == 301 {
		if r := resp.Header.Get("X-Amz-Bucket-Region"); r != "" {
			e.Message = "the bucket is in region " + r + ": set ?region=" + r + " in the target's url"
		}
	}
	return e
}

// escapePath escapes an object's path as S3 signs it: every byte but the
// unreserved ones and "/" as %XX.
func escapePath(p string) string {
	var b strings.Builder
	for i := 0; i < len(p); i++ {
		c := p[i]
		if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' || strings.IndexByte("-_.~/", c) >= 0 {
			b.WriteByte(c)
		} else {
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

// getObject returns an object's body, to be closed.
func (cl *client) getObject(ctx context.Context, key string) (io.ReadCloser, error) {
	resp, err := cl.do(ctx, call{method: http.MethodGet, key: key})
	if err != nil {
		return nil, err
	}
	return resp.Body, nil
}

func (cl *client) putObject(ctx context.Context, key string, body []byte, h http.Header) error {
	return cl.discard(cl.do(ctx, call{method: http.MethodPut, key: key, header: h, body: body}))
}

func (cl *client) headObject(ctx context.Context, key string) (http.Header, error) {
	resp, err := cl.do(ctx, call{method: http.MethodHead, key: key})
	if err != nil {
		return nil, err
	}
	resp.Body.Close()
	return resp.Header, nil
}

func (cl *client) deleteObject(ctx context.Context, key string) error {
	return cl.discard(cl.do(ctx, call{method: http.MethodDelete, key: key}))
}

func (cl *client) discard(resp *http.Response, err error) error {
	if err != nil {
		return err
	}
	io.Copy(io.Discard, resp.Body)
	return resp.Body.Close()
}

// listed is one object of a listing.
type listed struct {
	Key  string `xml:"Key"`
	ETag string `xml:"ETag"`
	Size int64  `xml:"Size"`
}

// list calls f with each page of the objects under prefix.
func (cl *client) list(ctx context.Context, prefix string, f func([]listed)) error {
	token := ""
	for {
		q := url.Values{"list-type": {"2"}, "prefix": {prefix}}
		if token != "" {
			q.Set("continuation-token", token)
		}
		var page struct {
			Contents              []listed `xml:"Contents"`
			IsTruncated           bool     `xml:"IsTruncated"`
			NextContinuationToken string   `xml:"NextContinuationToken"`
		}
		if err := cl.decode(ctx, call{method: http.MethodGet, query: q}, &page); err != nil {
			return err
		}
		f(page.Contents)
		if !page.IsTruncated || page.NextContinuationToken == "" {
			return nil
		}
		token = page.NextContinuationToken
	}
}

// decode sends c and reads its XML answer into v. An answer that is an
// error (CompleteMultipartUpload may fail with status 200) is returned.
func (cl *client) decode(ctx context.Context, c call, v any) error {
	resp, err := cl.do(ctx, c)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(resp.Body)
	if err != nil {
		return err
	}
	var root struct{ XMLName xml.Name }
	if xml.Unmarshal(body, &root) == nil && root.XMLName.Local == "Error" {
		e := &s3Error{Status: resp.StatusCode}
		xml.Unmarshal(body, e)
		return e
	}
	if err := xml.Unmarshal(body, v); err != nil {
		return fmt.Errorf("unreadable answer to %s: %v", c.method, err)
	}
	return nil
}

// putMultipart stores body in parts of partSize bytes: an upload that is
// not completed is aborted, so that the store keeps no orphan parts.
func (cl *client) putMultipart(ctx context.Context, key string, body []byte, h http.Header, partSize int) (err error) {
	var created struct {
		UploadID string `xml:"UploadId"`
	}
	if err := cl.decode(ctx, call{method: http.MethodPost, key: key, query: url.Values{"uploads": {""}}, header: h}, &created); err != nil {
		return err
	}
	if created.UploadID == "" {
		return errors.New("the store started a multipart upload without an UploadId")
	}
	defer func() {
		if err != nil {
			// The context may be done: abort regardless, briefly.
			actx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 10*time.Second)
			defer cancel()
			cl.discard(cl.do(actx, call{method: http.MethodDelete, key: key, query: url.Values{"uploadId": {created.UploadID}}}))
		}
	}()
	type part struct {
		PartNumber int    `xml:"PartNumber"`
		ETag       string `xml:"ETag"`
	}
	var done struct {
		XMLName xml.Name `xml:"CompleteMultipartUpload"`
		Parts   []part   `xml:"Part"`
	}
	for n, off := 1, 0; off < len(body); n, off = n+1, off+partSize {
		chunk := body[off:min(off+partSize, len(body))]
		q := url.Values{"partNumber": {strconv.Itoa(n)}, "uploadId": {created.UploadID}}
		resp, err := cl.do(ctx, call{method: http.MethodPut, key: key, query: q, header: http.Header{"Content-Md5": {contentMD5(chunk)}}, body: chunk})
		if err != nil {
			return err
		}
		etag := resp.Header.Get("ETag")
		cl.discard(resp, nil)
		done.Parts = append(done.Parts, part{n, etag})
	}
	xmlBody, err := xml.Marshal(done)
	if err != nil {
		return err
	}
	var completed struct {
		ETag string `xml:"ETag"`
	}
	return cl.decode(ctx, call{method: http.MethodPost, key: key, query: url.Values{"uploadId": {created.UploadID}}, body: xmlBody}, &completed)
}
