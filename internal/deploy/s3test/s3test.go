// Package s3test runs a real S3-compatible store for tests: SeaweedFS's
// "weed mini" on loopback, with request signatures checked, started once
// per test binary on free ports. The weed binary is named by SITE_WEED
// (.ci/run sets it from ../shared/tools/seaweedfs); tests skip where it is
// not set.
package s3test

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/service/s3"
	"github.com/aws/aws-sdk-go-v2/service/s3/types"
)

// The credentials the store checks. The secret is distinctive so that a
// test can look for it in what a command prints.
const (
	KeyID  = "s3testadmin"
	Secret = "s3test-secret-d41f93"
	Region = "us-east-1"
)

// Store is the running store.
type Store struct {
	Endpoint string // http://127.0.0.1:PORT
	Client   *s3.Client
}

var (
	once    sync.Once
	shared  *Store
	failure string
	cmd     *exec.Cmd
	exited  = make(chan struct{})
	dataDir string
	buckets int
	mu      sync.Mutex
)

// Start returns the shared store, starting it on first use, or skips t.
// It also points the standard AWS credential chain at the store's
// credentials, through the environment, and away from the machine's
// profiles.
func Start(t testing.TB) *Store {
	t.Helper()
	weed := os.Getenv("SITE_WEED")
	if weed == "" {
		t.Skip("skipping: set SITE_WEED to a SeaweedFS weed binary (SITE_WEED=$(../shared/tools/seaweedfs), as .ci/run does) to test against an S3-compatible store")
	}
	once.Do(func() {
		var err error
		if shared, err = Launch(weed); err != nil {
			failure = err.Error()
		}
	})
	if shared == nil {
		t.Fatal(failure)
	}
	return shared
}

// Stop ends the store; TestMain calls it after the tests.
func Stop() {
	if cmd != nil && cmd.Process != nil {
		cmd.Process.Signal(os.Interrupt)
		select {
		case <-exited:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
			<-exited
		}
	}
	if dataDir != "" {
		os.RemoveAll(dataDir)
	}
}

// Launch starts the store with the weed binary, for a benchmark; tests
// call Start. Stop ends it.
func Launch(weed string) (*Store, error) {
	st, msg := start(weed)
	if st == nil {
		return nil, errors.New(msg)
	}
	return st, nil
}

func start(weed string) (*Store, string) {
	for k, v := range map[string]string{
		"AWS_ACCESS_KEY_ID": KeyID, "AWS_SECRET_ACCESS_KEY": Secret, "AWS_SESSION_TOKEN": "", "AWS_PROFILE": "",
		"AWS_CONFIG_FILE": os.DevNull, "AWS_SHARED_CREDENTIALS_FILE": os.DevNull, "AWS_EC2_METADATA_DISABLED": "true",
		"AWS_REGION": "",
	} {
		os.Setenv(k, v)
	}
	var err error
	dataDir, err = os.MkdirTemp("", "s3test-")
	if err != nil {
		return nil, err.Error()
	}
	// Each service's gRPC port is its port + 10000: both must be free.
	ports := freePorts(5)
	args := []string{"mini", "-dir=" + dataDir, "-ip=127.0.0.1", "-ip.bind=127.0.0.1",
		"-master.telemetry=false", "-webdav=false", "-admin.ui=false",
		"-s3.port.iceberg=0", "-s3.port.lance=0", "-admin.port.legacy=0",
		"-master.port=" + strconv.Itoa(ports[0]), "-volume.port=" + strconv.Itoa(ports[1]),
		"-filer.port=" + strconv.Itoa(ports[2]), "-s3.port=" + strconv.Itoa(ports[3]), "-admin.port=" + strconv.Itoa(ports[4])}
	logPath := filepath.Join(dataDir, "weed.log")
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err.Error()
	}
	cmd = exec.Command(weed, args...)
	cmd.Dir = dataDir
	cmd.SysProcAttr = procAttr()
	cmd.Env = append(os.Environ(), "AWS_ACCESS_KEY_ID="+KeyID, "AWS_SECRET_ACCESS_KEY="+Secret)
	cmd.Stdout, cmd.Stderr = logf, logf
	// Pdeathsig is the starting thread's: keep it for the store's life.
	started := make(chan error)
	go func() {
		runtime.LockOSThread()
		started <- cmd.Start()
		select {}
	}()
	if err := <-started; err != nil {
		return nil, fmt.Sprintf("starting %s: %v", weed, err)
	}
	go func() { cmd.Wait(); close(exited) }()
	st := &Store{Endpoint: fmt.Sprintf("http://127.0.0.1:%d", ports[3])}
	st.Client = s3.New(s3.Options{
		Region: Region, BaseEndpoint: aws.String(st.Endpoint), UsePathStyle: true,
		Credentials:                credentials.NewStaticCredentialsProvider(KeyID, Secret, ""),
		RequestChecksumCalculation: aws.RequestChecksumCalculationWhenRequired,
		ResponseChecksumValidation: aws.ResponseChecksumValidationWhenRequired,
	})
	deadline := time.Now().Add(90 * time.Second)
	for {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Second)
		_, err := st.Client.ListBuckets(ctx, &s3.ListBucketsInput{})
		cancel()
		if err == nil {
			return st, ""
		}
		select {
		case <-exited:
			deadline = time.Time{}
		default:
		}
		if time.Now().After(deadline) {
			log, _ := os.ReadFile(logPath)
			if len(log) > 3000 {
				log = log[len(log)-3000:]
			}
			return nil, fmt.Sprintf("SeaweedFS did not start in 90 s (%v); its log ends:\n%s", err, log)
		}
		time.Sleep(300 * time.Millisecond)
	}
}

// freePorts finds n ports p on loopback such that p and p+10000 are free.
func freePorts(n int) []int {
	var ports []int
	seen := map[int]bool{}
	for len(ports) < n {
		p := 20000 + rand.IntN(10000)
		if seen[p] || seen[p+10000] || !free(p) || !free(p+10000) {
			continue
		}
		seen[p], seen[p+10000] = true, true
		ports = append(ports, p)
	}
	return ports
}

func free(port int) bool {
	l, err := net.Listen("tcp", "127.0.0.1:"+strconv.Itoa(port))
	if err != nil {
		return false
	}
	l.Close()
	return true
}

// Bucket creates a fresh bucket for one test.
func (s *Store) Bucket(t testing.TB) string {
	t.Helper()
	name, err := s.NewBucket()
	if err != nil {
		t.Fatal(err)
	}
	return name
}

// NewBucket creates a fresh bucket.
func (s *Store) NewBucket() (string, error) {
	mu.Lock()
	buckets++
	name := fmt.Sprintf("t%d-%d", os.Getpid()%100000, buckets)
	mu.Unlock()
	if _, err := s.Client.CreateBucket(context.Background(), &s3.CreateBucketInput{Bucket: &name}); err != nil {
		return "", fmt.Errorf("creating bucket %s: %v", name, err)
	}
	return name, nil
}

// URL is a target url for a bucket of the store.
func (s *Store) URL(bucket string) string {
	return "s3://" + bucket + "?endpoint=" + s.Endpoint + "&region=" + Region + "&use_path_style=true"
}

// Object is a stored object as read back.
type Object struct {
	Body    []byte
	Headers map[string]string // Content-Type, Cache-Control, Content-Encoding
}

// Objects reads every object of a bucket back, by key.
func (s *Store) Objects(t testing.TB, bucket string) map[string]Object {
	t.Helper()
	ctx := context.Background()
	objs := map[string]Object{}
	pages := s3.NewListObjectsV2Paginator(s.Client, &s3.ListObjectsV2Input{Bucket: &bucket})
	for pages.HasMorePages() {
		page, err := pages.NextPage(ctx)
		if err != nil {
			t.Fatalf("listing %s: %v", bucket, err)
		}
		for _, o := range page.Contents {
			out, err := s.Client.GetObject(ctx, &s3.GetObjectInput{Bucket: &bucket, Key: o.Key})
			if err != nil {
				t.Fatalf("reading %s: %v", *o.Key, err)
			}
			body, err := io.ReadAll(out.Body)
			out.Body.Close()
			if err != nil {
				t.Fatalf("reading %s: %v", *o.Key, err)
			}
			objs[*o.Key] = Object{Body: body, Headers: map[string]string{
				"Content-Type": aws.ToString(out.ContentType), "Cache-Control": aws.ToString(out.CacheControl),
				"Content-Encoding": aws.ToString(out.ContentEncoding),
			}}
		}
	}
	return objs
}

// Put stores an object, as a hand change would.
func (s *Store) Put(t testing.TB, bucket, key string, body []byte) {
	t.Helper()
	_, err := s.Client.PutObject(context.Background(), &s3.PutObjectInput{Bucket: &bucket, Key: &key, Body: bytes.NewReader(body)})
	if err != nil {
		t.Fatalf("putting %s: %v", key, err)
	}
}

// Delete removes an object, as a hand change would.
func (s *Store) Delete(t testing.TB, bucket, key string) {
	t.Helper()
	if _, err := s.Client.DeleteObject(context.Background(), &s3.DeleteObjectInput{Bucket: &bucket, Key: &key}); err != nil {
		t.Fatalf("deleting %s: %v", key, err)
	}
}

// PutParts stores an object in a multipart upload of parts of partSize
// bytes, as a hand change with a tool that uploads in parts would.
func (s *Store) PutParts(t testing.TB, bucket, key string, body []byte, partSize int) {
	t.Helper()
	ctx := context.Background()
	up, err := s.Client.CreateMultipartUpload(ctx, &s3.CreateMultipartUploadInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatalf("starting a multipart upload of %s: %v", key, err)
	}
	var parts []types.CompletedPart
	for n, off := int32(1), 0; off < len(body); n, off = n+1, off+partSize {
		chunk := body[off:min(off+partSize, len(body))]
		out, err := s.Client.UploadPart(ctx, &s3.UploadPartInput{Bucket: &bucket, Key: &key, UploadId: up.UploadId,
			PartNumber: aws.Int32(n), Body: bytes.NewReader(chunk), ContentLength: aws.Int64(int64(len(chunk)))})
		if err != nil {
			t.Fatalf("uploading part %d of %s: %v", n, key, err)
		}
		parts = append(parts, types.CompletedPart{ETag: out.ETag, PartNumber: aws.Int32(n)})
	}
	_, err = s.Client.CompleteMultipartUpload(ctx, &s3.CompleteMultipartUploadInput{Bucket: &bucket, Key: &key, UploadId: up.UploadId,
		MultipartUpload: &types.CompletedMultipartUpload{Parts: parts}})
	if err != nil {
		t.Fatalf("completing the multipart upload of %s: %v", key, err)
	}
}

// ETag is an object's ETag, as listed.
func (s *Store) ETag(t testing.TB, bucket, key string) string {
	t.Helper()
	out, err := s.Client.HeadObject(context.Background(), &s3.HeadObjectInput{Bucket: &bucket, Key: &key})
	if err != nil {
		t.Fatalf("reading %s: %v", key, err)
	}
	return aws.ToString(out.ETag)
}
