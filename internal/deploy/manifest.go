package deploy

import (
	"bytes"
	"compress/gzip"
	"encoding/json"
	"errors"
	"fmt"
	"io"
)

const manifestVersion = 1

// manifest records what a deploy left in the bucket: for each file, the
// SHA-256 and size of the file in the build, the MD5 of what was stored
// (its ETag) and its headers. An empty SHA-256 marks a file a deploy was
// changing or deleting when it stopped: the next deploy does it again.
type manifest struct {
	Version int              `json:"version"`
	Files   map[string]entry `json:"files"`
}

type entry struct {
	SHA256  string            `json:"sha256"`
	Size    int64             `json:"size"`
	MD5     string            `json:"md5,omitempty"`
	Headers map[string]string `json:"headers,omitempty"`
}

var (
	errNoManifest  = errors.New("no deploy manifest in the bucket")
	errBadManifest = errors.New("the deploy manifest is unreadable")
)

// encode writes the manifest as gzipped JSON, the same bytes for the same
// manifest (encoding/json sorts map keys).
func (m *manifest) encode() []byte {
	var buf bytes.Buffer
	zw, _ := gzip.NewWriterLevel(&buf, gzip.BestSpeed)
	json.NewEncoder(zw).Encode(m)
	zw.Close()
	return buf.Bytes()
}

func decodeManifest(r io.Reader) (*manifest, error) {
	zr, err := gzip.NewReader(r)
	if err != nil {
		return nil, fmt.Errorf("%w (%v)", errBadManifest, err)
	}
	var m manifest
	dec := json.NewDecoder(zr)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("%w (%v)", errBadManifest, err)
	}
	if m.Version != manifestVersion || m.Files == nil {
		return nil, fmt.Errorf("%w (version %d, want %d)", errBadManifest, m.Version, manifestVersion)
	}
	return &m, nil
}
