package output

import "testing"

func TestRelativeURL(t *testing.T) {
	for _, c := range []struct{ dir, u, want string }{
		{"/en/letter", "/en/actions/", "../actions/index.html"},
		{"/en/letter", "/en/letter/#legal-action", "index.html#legal-action"},
		{"/en/letter", "/css/site.css", "../../css/site.css"},
		{"/", "/en/", "en/index.html"},
		{"/", "/", "index.html"},
		{"/en", "/", "../index.html"},
		{"/en/a", "/en/a/b.png", "b.png"},
		{"/en/a", "#top", "#top"},
	} {
		if got := relativeURL(c.dir, c.u, "/"); got != c.want {
			t.Errorf("relativeURL(%q, %q) = %q, want %q", c.dir, c.u, got, c.want)
		}
	}
	if got := relativeURL("/en/a", "/docs/en/b/", "/docs/"); got != "../b/index.html" {
		t.Errorf("with a base path: %q", got)
	}
}

func TestRelativeRewritesHTMLAndCSS(t *testing.T) {
	mem := NewMemory()
	w := Relative(mem, "/")
	w.WriteFile("en/a/index.html", []byte(`<a href="/en/b/">b</a> <a href="https://x.org/">x</a> <link href="//cdn/x"> <img src="/i.png"> <meta http-equiv="refresh" content="0; url=/en/b/">`))
	w.WriteFile("css/site.css", []byte(`body{background:url(/img/bg.png)}`))
	if got, want := string(mem.Files()["en/a/index.html"]), `<a href="../b/index.html">b</a> <a href="https://x.org/">x</a> <link href="//cdn/x"> <img src="../../i.png"> <meta http-equiv="refresh" content="0; url=../b/index.html">`; got != want {
		t.Errorf("html:\n got %s\nwant %s", got, want)
	}
	if got := string(mem.Files()["css/site.css"]); got != `body{background:url(../img/bg.png)}` {
		t.Errorf("css: %s", got)
	}
}

func TestMinifyIsDeterministic(t *testing.T) {
	page := []byte("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<title> A </title>\n</head>\n<body>\n<p>  Text   here </p>\n</body>\n</html>\n")
	a, err := MinifyBytes("a.html", page)
	b, _ := MinifyBytes("a.html", page)
	if err != nil || string(a) != string(b) || len(a) >= len(page) {
		t.Errorf("minified %q (%v), again %q", a, err, b)
	}
	css, _ := MinifyBytes("a.css", []byte("body {\n  color : red ;\n}\n"))
	if string(css) != "body{color:red}" {
		t.Errorf("css: %q", css)
	}
}
