package deploy

import (
	"context"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// chainFor runs the credential chain in a home with the given shared
// config and credentials files and environment.
func chainFor(t *testing.T, config, creds string, env map[string]string, profile, region string) (string, string, error) {
	t.Helper()
	home := t.TempDir()
	os.MkdirAll(filepath.Join(home, ".aws"), 0o755)
	if config != "" {
		os.WriteFile(filepath.Join(home, ".aws", "config"), []byte(config), 0o600)
	}
	if creds != "" {
		os.WriteFile(filepath.Join(home, ".aws", "credentials"), []byte(creds), 0o600)
	}
	if env == nil {
		env = map[string]string{}
	}
	if _, ok := env["AWS_EC2_METADATA_DISABLED"]; !ok {
		env["AWS_EC2_METADATA_DISABLED"] = "true"
	}
	p, reg, err := awsEnv{getenv: func(k string) string { return env[k] }, home: home}.chain(profile, region)
	if err != nil {
		return "", reg, err
	}
	c, err := p.Retrieve(context.Background())
	return c.AccessKeyID, reg, err
}

func TestCredentialChain(t *testing.T) {
	const config = `# a comment
[default]
region = eu-west-1
[profile ci]
region = eu-north-1
s3 =
  addressing_style = path
[profile proc]
credential_process = echo '{"Version": 1, "AccessKeyId": "FROMPROCESS", "SecretAccessKey": "s"}'
[profile sso]
sso_session = corp
[profile assumed]
role_arn = arn:aws:iam::123456789012:role/deploy
source_profile = default
`
	const creds = `[default]
aws_access_key_id = FROMDEFAULT
aws_secret_access_key = secret
[ci]
aws_access_key_id = FROMCI
aws_secret_access_key = secret
aws_session_token = token
`
	for _, c := range []struct {
		name            string
		env             map[string]string
		profile, region string
		key, wantRegion string
		err             string
	}{
		{name: "default profile", key: "FROMDEFAULT", wantRegion: "eu-west-1"},
		{name: "environment first", env: map[string]string{"AWS_ACCESS_KEY_ID": "FROMENV", "AWS_SECRET_ACCESS_KEY": "s", "AWS_REGION": "us-east-2"},
			key: "FROMENV", wantRegion: "us-east-2"},
		{name: "AWS_PROFILE", env: map[string]string{"AWS_PROFILE": "ci"}, key: "FROMCI", wantRegion: "eu-north-1"},
		{name: "the url's profile and region", env: map[string]string{"AWS_PROFILE": "ci"}, profile: "default", region: "ap-south-1",
			key: "FROMDEFAULT", wantRegion: "ap-south-1"},
		{name: "credential_process", profile: "proc", key: "FROMPROCESS", wantRegion: ""},
		{name: "missing profile", profile: "prod", err: `no profile "prod"`},
		{name: "SSO", profile: "sso", err: "uses sso_session, which site deploy does not support: give another profile credential_process = aws configure export-credentials --profile sso"},
		{name: "assumed role", profile: "assumed", err: "uses role_arn"},
		{name: "web identity", env: map[string]string{"AWS_WEB_IDENTITY_TOKEN_FILE": "/token", "AWS_ROLE_ARN": "arn"}, err: "web identity"},
	} {
		t.Run(c.name, func(t *testing.T) {
			conf, cr := config, creds
			if c.name == "web identity" {
				cr = ""
			}
			key, region, err := chainFor(t, conf, cr, c.env, c.profile, c.region)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Fatalf("got %v; want an error with %q", err, c.err)
				}
				return
			}
			if err != nil || key != c.key || region != c.wantRegion {
				t.Errorf("got key %q, region %q, %v; want %q, %q", key, region, err, c.key, c.wantRegion)
			}
		})
	}
}

// No credentials anywhere, IMDS off: one error that names what was tried.
func TestCredentialChainNone(t *testing.T) {
	_, _, err := chainFor(t, "", "", nil, "", "")
	if err == nil || !strings.Contains(err.Error(), "IMDS is disabled") {
		t.Errorf("got %v", err)
	}
}

// A container's role: credentials from the agent's endpoint, with its
// token; plain HTTP only to loopback or the agent.
func TestCredentialChainContainer(t *testing.T) {
	_, _, err := chainFor(t, "", "", map[string]string{"AWS_CONTAINER_CREDENTIALS_FULL_URI": "http://example.com/creds"}, "", "")
	if err == nil || !strings.Contains(err.Error(), "neither https nor http on loopback") {
		t.Errorf("an http endpoint elsewhere: got %v", err)
	}
	agent := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Header.Get("Authorization") != "agent-token" {
			http.Error(w, `{"code": "denied"}`, http.StatusForbidden)
			return
		}
		w.Write([]byte(`{"AccessKeyId": "FROMAGENT", "SecretAccessKey": "s", "Token": "t", "Expiration": "2999-01-01T00:00:00Z"}`))
	}))
	defer agent.Close()
	key, _, err := chainFor(t, "", "", map[string]string{"AWS_CONTAINER_CREDENTIALS_FULL_URI": agent.URL + "/creds",
		"AWS_CONTAINER_AUTHORIZATION_TOKEN": "agent-token"}, "", "")
	if err != nil || key != "FROMAGENT" {
		t.Errorf("from the container agent: got %q, %v", key, err)
	}
}

func TestEscapePath(t *testing.T) {
	for in, want := range map[string]string{
		"/b/en/a/index.html": "/b/en/a/index.html",
		"/b/a b+c.html":      "/b/a%20b%2Bc.html",
		"/b/é~_-.txt":        "/b/%C3%A9~_-.txt",
	} {
		if got := escapePath(in); got != want {
			t.Errorf("escapePath(%q) = %q, want %q", in, got, want)
		}
	}
}
