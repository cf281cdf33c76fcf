package config

import (
	"fmt"
	"net/textproto"
	"net/url"
	"path"
	"strconv"
	"strings"

	"github.com/wazc/site/internal/ferr"
	"gopkg.in/yaml.v3"
)

// Deploy is the deploy: section, the object stores "site deploy" publishes
// to. Credentials never go here: the deploy reads them from the standard
// AWS chain (environment, shared config and profiles, instance roles).
//
//	deploy:
//	  targets:
//	    - name: production
//	      url: s3://BUCKET/optional/prefix?region=eu-west-1
//	      exclude: ["drafts/**"]
//	      compress: gzip
//	      headers:
//	        - glob: "**/*.woff2"
//	          set: {Cache-Control: "public, max-age=604800"}
type Deploy struct {
	Targets []*Target `yaml:"targets"`
}

// Target is one place the site is published to.
type Target struct {
	Name string `yaml:"name"`
	// URL is s3://BUCKET[/PREFIX][?region=R&endpoint=E&use_path_style=true&profile=P].
	URL string `yaml:"url"`
	// Include and Exclude are globs over the site's file names ("**"
	// crosses folders). Only included files that are not excluded are
	// uploaded, and only those are ever deleted from the store.
	Include []string `yaml:"include"`
	Exclude []string `yaml:"exclude"`
	// Headers override the default headers of the files a glob matches;
	// later rules win.
	Headers []*HeaderRule `yaml:"headers"`
	// Compress is "" or "gzip": text files are stored gzipped with
	// Content-Encoding: gzip.
	Compress string `yaml:"compress"`

	// From URL.
	Bucket    string `yaml:"-"`
	Prefix    string `yaml:"-"` // "" or a folder ending in "/"
	Region    string `yaml:"-"`
	Endpoint  string `yaml:"-"`
	PathStyle bool   `yaml:"-"`
	Profile   string `yaml:"-"`

	line int
}

// HeaderRule sets headers on the files a glob matches.
type HeaderRule struct {
	Glob string            `yaml:"glob"`
	Set  map[string]string `yaml:"set"`
}

// Headers a rule may set: those S3 stores with an object and serves back,
// and x-amz-meta-* metadata.
var deployHeaders = map[string]bool{
	"Cache-Control": true, "Content-Type": true, "Content-Language": true, "Content-Disposition": true,
}

// Target returns the target named name, or the first one for "".
func (d *Deploy) Target(name string) (*Target, error) {
	if len(d.Targets) == 0 {
		return nil, fmt.Errorf("site.yaml has no deploy targets: add deploy: targets: [{name: ..., url: s3://BUCKET?region=...}]")
	}
	if name == "" {
		return d.Targets[0], nil
	}
	var names []string
	for _, t := range d.Targets {
		if t.Name == name {
			return t, nil
		}
		names = append(names, t.Name)
	}
	return nil, fmt.Errorf("no deploy target %q in site.yaml (targets: %s)", name, strings.Join(names, ", "))
}

// setDeployLines records where each target is defined, for later errors.
func setDeployLines(c *Config, root *yaml.Node) {
	if len(root.Content) == 0 {
		return
	}
	m := root.Content[0]
	for i := 0; i+1 < len(m.Content); i += 2 {
		if m.Content[i].Value != "deploy" {
			continue
		}
		d := m.Content[i+1]
		for k := 0; k+1 < len(d.Content); k += 2 {
			if d.Content[k].Value == "targets" {
				for j, n := range d.Content[k+1].Content {
					if j < len(c.Deploy.Targets) && c.Deploy.Targets[j] != nil {
						c.Deploy.Targets[j].line = n.Line
					}
				}
			}
		}
	}
}

func (c *Config) checkDeploy(errs *ferr.List) {
	seen := map[string]bool{}
	for i, t := range c.Deploy.Targets {
		if t == nil {
			errs.Addf(c.Path, 0, "deploy: target %d is empty", i+1)
			continue
		}
		if t.Name == "" {
			errs.Addf(c.Path, t.line, "deploy: target %d has no name", i+1)
		} else if seen[t.Name] {
			errs.Addf(c.Path, t.line, "deploy: target %q is listed twice", t.Name)
		}
		seen[t.Name] = true
		if err := t.parseURL(); err != nil {
			errs.Addf(c.Path, t.line, "deploy: target %q: %v", t.Name, err)
		}
		for _, g := range append(append([]string{}, t.Include...), t.Exclude...) {
			if _, err := path.Match(strings.ReplaceAll(g, "**", "*"), ""); err != nil || g == "" {
				errs.Addf(c.Path, t.line, "deploy: target %q: %q is not a glob", t.Name, g)
			}
		}
		for _, h := range t.Headers {
			if h == nil || h.Glob == "" {
				errs.Addf(c.Path, t.line, "deploy: target %q: a headers rule has no glob", t.Name)
				continue
			}
			if _, err := path.Match(strings.ReplaceAll(h.Glob, "**", "*"), ""); err != nil {
				errs.Addf(c.Path, t.line, "deploy: target %q: %q is not a glob", t.Name, h.Glob)
			}
			for k := range h.Set {
				ck := textproto.CanonicalMIMEHeaderKey(k)
				if !deployHeaders[ck] && !strings.HasPrefix(ck, "X-Amz-Meta-") {
					errs.Addf(c.Path, t.line, "deploy: target %q: header %q cannot be set on an object: want Cache-Control, Content-Type, Content-Language, Content-Disposition or X-Amz-Meta-*", t.Name, k)
				}
			}
		}
		switch t.Compress {
		case "", "gzip":
		default:
			errs.Addf(c.Path, t.line, "deploy: target %q: compress is %q: want gzip or nothing", t.Name, t.Compress)
		}
	}
}

// parseURL fills the fields that come from the target's URL.
func (t *Target) parseURL() error {
	u, err := url.Parse(t.URL)
	if err != nil || u.Scheme != "s3" || u.Host == "" {
		return fmt.Errorf("url %q: want s3://BUCKET[/PREFIX]?region=REGION", t.URL)
	}
	if u.User != nil {
		return fmt.Errorf("url: credentials never go in site.yaml: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or use a profile")
	}
	t.Bucket = u.Host
	if p := strings.Trim(u.Path, "/"); p != "" {
		t.Prefix = p + "/"
	}
	for k, v := range u.Query() {
		val := v[len(v)-1]
		switch k {
		case "region":
			t.Region = val
		case "endpoint":
			e, err := url.Parse(val)
			if err != nil || (e.Scheme != "http" && e.Scheme != "https") || e.Host == "" {
				return fmt.Errorf("url: endpoint %q: want http:// or https://HOST[:PORT]", val)
			}
			if e.User != nil {
				return fmt.Errorf("url: credentials never go in site.yaml: set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY or use a profile")
			}
			t.Endpoint = val
		case "use_path_style":
			b, err := strconv.ParseBool(val)
			if err != nil {
				return fmt.Errorf("url: use_path_style is %q: want true or false", val)
			}
			t.PathStyle = b
		case "profile":
			t.Profile = val
		default:
			return fmt.Errorf("url: unknown parameter %q: want region, endpoint, use_path_style or profile", k)
		}
	}
	return nil
}
