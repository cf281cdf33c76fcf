package deploy

import (
	"context"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/aws/aws-sdk-go-v2/credentials"
)

type roundTrip func(*http.Request) (*http.Response, error)

func (f roundTrip) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

// Where a request goes for each kind of target url, signed for that host.
func TestClientAddressing(t *testing.T) {
	creds := credentials.NewStaticCredentialsProvider("AKID", "secret", "")
	for _, c := range []struct {
		endpoint  string
		pathStyle bool
		want      string
	}{
		{"", false, "https://site.s3.eu-west-1.amazonaws.com/en/a%20b.html"},
		{"https://abc.r2.cloudflarestorage.com", false, "https://site.abc.r2.cloudflarestorage.com/en/a%20b.html"},
		{"http://127.0.0.1:8333", true, "http://127.0.0.1:8333/site/en/a%20b.html"},
	} {
		cl, err := newClient(c.endpoint, "eu-west-1", "site", c.pathStyle, creds, 1, 1)
		if err != nil {
			t.Fatal(err)
		}
		var got, auth string
		cl.hc.Transport = roundTrip(func(r *http.Request) (*http.Response, error) {
			got, auth = r.URL.String(), r.Header.Get("Authorization")
			return &http.Response{StatusCode: 200, Body: io.NopCloser(strings.NewReader("")), Header: http.Header{}}, nil
		})
		if err := cl.putObject(context.Background(), "en/a b.html", []byte("x"), nil); err != nil {
			t.Fatal(err)
		}
		if got != c.want || !strings.Contains(auth, "/eu-west-1/s3/aws4_request") {
			t.Errorf("endpoint %q, path style %v: sent to %s (%s); want %s", c.endpoint, c.pathStyle, got, auth, c.want)
		}
	}
}

// Throttling is retried, with the body sent again; a refusal is not.
func TestClientRetries(t *testing.T) {
	creds := credentials.NewStaticCredentialsProvider("AKID", "secret", "")
	cl, _ := newClient("http://127.0.0.1:1", "us-east-1", "b", true, creds, 1, 3)
	var bodies []string
	status := 503
	cl.hc.Transport = roundTrip(func(r *http.Request) (*http.Response, error) {
		b, _ := io.ReadAll(r.Body)
		bodies = append(bodies, string(b))
		code := status
		if len(bodies) == 3 {
			code = 200
		}
		errCode := map[int]string{503: "SlowDown", 403: "AccessDenied"}[code]
		return &http.Response{StatusCode: code, Header: http.Header{},
			Body: io.NopCloser(strings.NewReader(`<Error><Code>` + errCode + `</Code></Error>`))}, nil
	})
	if err := cl.putObject(context.Background(), "k", []byte("body"), nil); err != nil || strings.Join(bodies, ",") != "body,body,body" {
		t.Errorf("503 twice: %v, sent %q", err, bodies)
	}
	bodies, status = nil, 403
	err := cl.putObject(context.Background(), "k", []byte("body"), nil)
	if err == nil || len(bodies) != 1 || !strings.Contains(err.Error(), "AccessDenied (HTTP 403)") {
		t.Errorf("403: %v after %d attempts", err, len(bodies))
	}
}
