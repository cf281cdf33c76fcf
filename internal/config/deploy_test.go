package config

import (
	"strings"
	"testing"
)

func TestDeployTargets(t *testing.T) {
	c, err := Parse("site.yaml", []byte(`deploy:
  targets:
    - name: production
      url: s3://my-bucket/docs/v1?region=eu-west-1
    - name: local
      url: s3://site?endpoint=http://127.0.0.1:8333&region=us-east-1&use_path_style=true
      exclude: ["drafts/**"]
      compress: gzip
      headers:
        - glob: "*.woff2"
          set: {Cache-Control: "public, max-age=604800"}
`))
	if err != nil {
		t.Fatal(err)
	}
	p, _ := c.Deploy.Target("")
	if p.Name != "production" || p.Bucket != "my-bucket" || p.Prefix != "docs/v1/" || p.Region != "eu-west-1" || p.Endpoint != "" {
		t.Errorf("first target: %+v", p)
	}
	l, err := c.Deploy.Target("local")
	if err != nil || l.Bucket != "site" || l.Prefix != "" || l.Endpoint != "http://127.0.0.1:8333" || !l.PathStyle || l.Compress != "gzip" {
		t.Errorf("local target: %+v, %v", l, err)
	}
	if _, err := c.Deploy.Target("staging"); err == nil || !strings.Contains(err.Error(), "production, local") {
		t.Errorf("an unknown target: %v", err)
	}
}

func TestDeployConfigErrors(t *testing.T) {
	for yaml, want := range map[string]string{
		"deploy:\n  targets:\n    - name: a\n      url: s3://b\n      cache: 1\n": "site.yaml:5: unknown key cache",
		"deploy:\n  target: []\n":                                                                                "site.yaml:2: unknown key target",
		"deploy:\n  targets:\n    - name: a\n      url: https://b\n":                                             `site.yaml:3: deploy: target "a": url "https://b": want s3://`,
		"deploy:\n  targets:\n    - name: a\n      url: s3://b?endpoint=http://k:s@h\n":                          "credentials never go in site.yaml",
		"deploy:\n  targets:\n    - name: a\n      url: s3://b?s3ForcePathStyle=true\n":                          `unknown parameter "s3ForcePathStyle"`,
		"deploy:\n  targets:\n    - name: a\n      url: s3://b\n      compress: br\n":                            `compress is "br"`,
		"deploy:\n  targets:\n    - name: a\n      url: s3://b\n    - name: a\n      url: s3://c\n":              `site.yaml:5: deploy: target "a" is listed twice`,
		"deploy:\n  targets:\n    - name: a\n      url: s3://b\n      headers: [{glob: x, set: {Expires: 1}}]\n": `header "Expires" cannot be set`,
	} {
		_, err := Parse("site.yaml", []byte(yaml))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%s: got %v, want %s", yaml, err, want)
		}
	}
}
