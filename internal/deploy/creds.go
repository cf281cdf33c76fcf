package deploy

import (
	"bufio"
	"errors"
	"fmt"
	"net"
	"net/url"
	"os"
	"path/filepath"
	"strings"

	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/credentials"
	"github.com/aws/aws-sdk-go-v2/credentials/ec2rolecreds"
	"github.com/aws/aws-sdk-go-v2/credentials/endpointcreds"
	"github.com/aws/aws-sdk-go-v2/credentials/processcreds"
)

// The credential chain, in the order the AWS SDKs and CLI follow, built
// from the SDK's providers (credentials, processcreds, endpointcreds,
// ec2rolecreds) without its config package, which would compile clients
// for STS, SSO, SSO-OIDC and Sign-In into every build of "site":
//
//  1. AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN;
//  2. the profile (the target's ?profile=, else AWS_PROFILE, else
//     "default") of the shared credentials file (AWS_SHARED_CREDENTIALS_FILE,
//     ~/.aws/credentials) and config file (AWS_CONFIG_FILE, ~/.aws/config):
//     aws_access_key_id, aws_secret_access_key, aws_session_token,
//     credential_process and region;
//  3. a container's role (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI or
//     _FULL_URI, as on ECS, CodeBuild and EKS Pod Identity);
//  4. an EC2 instance's role, through IMDS (unless
//     AWS_EC2_METADATA_DISABLED=true).
//
// A profile that assumes a role, signs in with SSO or with a web identity
// is refused with a message that shows how to use it through
// credential_process, rather than skipped for another identity.

// awsEnv reads the configuration the chain depends on.
type awsEnv struct {
	getenv func(string) string
	home   string
}

func (e awsEnv) file(env, name string) string {
	if p := e.getenv(env); p != "" {
		return p
	}
	return filepath.Join(e.home, ".aws", name)
}

// chain returns the credentials provider and the region for a target's
// profile and region (either may be "").
func (e awsEnv) chain(profile, region string) (aws.CredentialsProvider, string, error) {
	if region == "" {
		region = e.getenv("AWS_REGION")
	}
	if region == "" {
		region = e.getenv("AWS_DEFAULT_REGION")
	}
	explicit := profile != ""
	if profile == "" {
		profile = e.getenv("AWS_PROFILE")
		explicit = profile != ""
	}
	if profile == "" {
		profile = "default"
	}
	prof, err := e.profile(profile)
	if err != nil {
		return nil, "", err
	}
	if region == "" {
		region = prof.keys["region"]
	}
	if explicit && !prof.found {
		return nil, region, fmt.Errorf("no profile %q in %s or %s", profile, e.file("AWS_SHARED_CREDENTIALS_FILE", "credentials"), e.file("AWS_CONFIG_FILE", "config"))
	}
	if id, secret := e.envKey("AWS_ACCESS_KEY_ID", "AWS_ACCESS_KEY"), e.envKey("AWS_SECRET_ACCESS_KEY", "AWS_SECRET_KEY"); id != "" && secret != "" {
		return credentials.NewStaticCredentialsProvider(id, secret, e.getenv("AWS_SESSION_TOKEN")), region, nil
	}
	if !explicit && e.getenv("AWS_WEB_IDENTITY_TOKEN_FILE") != "" && e.getenv("AWS_ROLE_ARN") != "" {
		return nil, region, errors.New("AWS_WEB_IDENTITY_TOKEN_FILE is set, and site deploy does not exchange a web identity for credentials: " +
			"export AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN (eval \"$(aws configure export-credentials --format env)\"), see docs/deploy.md")
	}
	for _, k := range []string{"role_arn", "sso_session", "sso_start_url", "web_identity_token_file", "login_session"} {
		if prof.keys[k] != "" {
			return nil, region, fmt.Errorf("profile %q (%s) uses %s, which site deploy does not support: "+
				"give another profile credential_process = aws configure export-credentials --profile %s --format process, and deploy with that one; see docs/deploy.md",
				profile, prof.where[k], k, profile)
		}
	}
	if id, secret := prof.keys["aws_access_key_id"], prof.keys["aws_secret_access_key"]; id != "" && secret != "" {
		return credentials.NewStaticCredentialsProvider(id, secret, prof.keys["aws_session_token"]), region, nil
	}
	if cmd := prof.keys["credential_process"]; cmd != "" {
		return processcreds.NewProvider(cmd), region, nil
	}
	if explicit {
		return nil, region, fmt.Errorf("profile %q has no aws_access_key_id and aws_secret_access_key, nor credential_process", profile)
	}
	if p, err := e.container(); p != nil || err != nil {
		return p, region, err
	}
	if strings.EqualFold(e.getenv("AWS_EC2_METADATA_DISABLED"), "true") {
		return nil, region, errors.New("none found (the environment, the shared files, a container's role; IMDS is disabled)")
	}
	return ec2rolecreds.New(), region, nil
}

// envKey is the first of the variables set.
func (e awsEnv) envKey(names ...string) string {
	for _, n := range names {
		if v := e.getenv(n); v != "" {
			return v
		}
	}
	return ""
}

// container is the provider of a container's role, or nil.
func (e awsEnv) container() (aws.CredentialsProvider, error) {
	endpoint := ""
	if rel := e.getenv("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI"); rel != "" {
		endpoint = "http://169.254.170.2" + rel
	} else if full := e.getenv("AWS_CONTAINER_CREDENTIALS_FULL_URI"); full != "" {
		// As the SDKs do: the token goes over plain HTTP only to the
		// container agent's addresses or loopback.
		u, err := url.Parse(full)
		if err != nil || (u.Scheme != "https" && !(u.Scheme == "http" && containerHost(u.Hostname()))) {
			return nil, fmt.Errorf("AWS_CONTAINER_CREDENTIALS_FULL_URI %q is neither https nor http on loopback or the container agent's address", full)
		}
		endpoint = full
	} else {
		return nil, nil
	}
	token, tokenFile := e.getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN"), e.getenv("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
	return endpointcreds.New(endpoint, func(o *endpointcreds.Options) {
		o.AuthorizationToken = token
		if tokenFile != "" {
			o.AuthorizationTokenProvider = endpointcreds.TokenProviderFunc(func() (string, error) {
				b, err := os.ReadFile(tokenFile)
				return strings.TrimSpace(string(b)), err
			})
		}
	}), nil
}

func containerHost(h string) bool {
	if h == "169.254.170.2" || h == "169.254.170.23" || h == "fd00:ec2::23" || h == "localhost" {
		return true
	}
	ip := net.ParseIP(h)
	return ip != nil && ip.IsLoopback()
}

// profile is a profile's keys, the credentials file's over the config
// file's, as in the SDKs.
type profile struct {
	found bool
	keys  map[string]string
	where map[string]string // key → file
}

func (e awsEnv) profile(name string) (*profile, error) {
	p := &profile{keys: map[string]string{}, where: map[string]string{}}
	configSection := "profile " + name
	if name == "default" {
		configSection = "default"
	}
	for _, f := range []struct{ path, section string }{
		{e.file("AWS_CONFIG_FILE", "config"), configSection},
		{e.file("AWS_SHARED_CREDENTIALS_FILE", "credentials"), name},
	} {
		keys, found, err := readSection(f.path, f.section)
		if err != nil {
			return nil, err
		}
		if name == "default" && !found && f.section == "default" {
			keys, found, err = readSection(f.path, "profile default")
			if err != nil {
				return nil, err
			}
		}
		p.found = p.found || found
		for k, v := range keys {
			p.keys[k], p.where[k] = v, f.path
		}
	}
	return p, nil
}

// readSection reads one section of an AWS shared file (an INI file whose
// indented lines continue or nest under the key above; nested keys, such
// as an s3 block, are skipped). A missing file is an empty one.
func readSection(path, section string) (map[string]string, bool, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, false, nil
	}
	if err != nil {
		return nil, false, err
	}
	defer f.Close()
	keys := map[string]string{}
	found, in := false, false
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		raw := sc.Text()
		line := strings.TrimSpace(raw)
		if line == "" || line[0] == '#' || line[0] == ';' {
			continue
		}
		if line[0] == '[' {
			name := strings.TrimSpace(strings.TrimSuffix(strings.TrimPrefix(line, "["), "]"))
			in = strings.Join(strings.Fields(name), " ") == section
			found = found || in
			continue
		}
		if !in || raw[0] == ' ' || raw[0] == '\t' {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		keys[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
	}
	return keys, found, sc.Err()
}
