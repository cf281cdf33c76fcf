package deploy_test

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/wazc/site/internal/deploy"
)

// A file above the part size goes up in parts; its ETag ("md5-N", not the
// file's MD5) is still recognised by a listing, and a change by hand, in
// parts too, is caught.
func TestDeployMultipartObject(t *testing.T) {
	const part = 5 << 20 // S3's smallest part
	e := newEnv(t, "")
	dir := builtSite(t, nil)
	big := make([]byte, 2*part+part/2) // three parts
	r := rand.New(rand.NewChaCha8([32]byte{16}))
	for i := range big {
		big[i] = byte(r.Uint32())
	}
	const name = "media/talk.webm"
	if err := os.MkdirAll(filepath.Join(dir, "media"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, name), big, 0o644); err != nil {
		t.Fatal(err)
	}
	parts := func(o *deploy.Options) { o.PartSize = part }
	e.mustDeploy(dir, parts)
	if etag := e.store.ETag(t, e.bucket, name); !strings.HasSuffix(etag, `-3"`) {
		t.Fatalf("%s has ETag %s; want one of an upload in 3 parts", name, etag)
	}
	e.bucketIs(dir)

	verify := func(o *deploy.Options) { o.Verify = true }
	if res := e.mustDeploy(dir, verify); res.Uploaded != 0 {
		t.Errorf("--verify after a multipart upload: uploaded %v; want nothing", res.Uploads)
	}

	changed := slices.Clone(big)
	changed[part+1] ^= 0xff // in the second part, the size unchanged
	e.store.PutParts(t, e.bucket, name, changed, part)
	res := e.mustDeploy(dir, verify, parts)
	if !slices.Equal(res.Uploads, []string{name}) {
		t.Errorf("--verify after %s was changed by hand: uploaded %v; want only it", name, res.Uploads)
	}
	e.bucketIs(dir)
}
