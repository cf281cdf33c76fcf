package output

import (
	"bytes"
	stdhtml "html"
	"net/url"
	"path"
	"regexp"
	"strings"

	"github.com/tdewolff/minify/v2"
	"github.com/tdewolff/minify/v2/css"
	"github.com/tdewolff/minify/v2/html"
	"github.com/tdewolff/minify/v2/js"
	"github.com/tdewolff/minify/v2/json"
	"github.com/tdewolff/minify/v2/svg"
)

// filter is a Writer that changes some files on their way to another.
type filter struct {
	next Writer
	fn   func(name string, data []byte) ([]byte, error)
}

func (f filter) WriteFile(name string, data []byte) error {
	out, err := f.fn(name, data)
	if err != nil {
		return err
	}
	return f.next.WriteFile(name, out)
}

// Unwrap is the writer the filter writes to.
func (f filter) Unwrap() Writer { return f.next }

// Minify minifies HTML, CSS, JavaScript, JSON and SVG files with
// github.com/tdewolff/minify on their way to w. The result is the same for
// the same input.
func Minify(w Writer) Writer {
	m := minify.New()
	m.Add("text/html", &html.Minifier{KeepDocumentTags: true, KeepEndTags: true, KeepQuotes: true, KeepDefaultAttrVals: true})
	m.AddFunc("text/css", css.Minify)
	m.AddFunc("application/javascript", js.Minify)
	m.AddFunc("application/json", json.Minify)
	m.AddFunc("application/manifest+json", json.Minify)
	m.AddFunc("image/svg+xml", svg.Minify)
	types := map[string]string{
		".html": "text/html", ".css": "text/css", ".js": "application/javascript",
		".json": "application/json", ".webmanifest": "application/manifest+json", ".svg": "image/svg+xml",
	}
	return filter{next: w, fn: func(name string, data []byte) ([]byte, error) {
		mt, ok := types[path.Ext(name)]
		if !ok {
			return data, nil
		}
		var buf bytes.Buffer
		buf.Grow(len(data))
		if err := m.Minify(mt, &buf, bytes.NewReader(data)); err != nil {
			return nil, err
		}
		return buf.Bytes(), nil
	}}
}

// MinifyBytes minifies one file's content by its name, as Minify would.
func MinifyBytes(name string, data []byte) ([]byte, error) {
	var out []byte
	w := Minify(writerFunc(func(_ string, b []byte) error { out = b; return nil }))
	err := w.WriteFile(name, data)
	return out, err
}

type writerFunc func(string, []byte) error

func (f writerFunc) WriteFile(name string, data []byte) error { return f(name, data) }

// urlAttr finds site-absolute URLs in the attributes html/template writes
// (always double-quoted) and in meta refresh and CSS url().
var urlAttr = regexp.MustCompile(`((?:href|src|action|poster)=")(/[^"/][^"]*|/)"|(url=)(/[^"]*)"|(url\()(/[^)/][^)]*)\)`)

// Relative makes links in HTML and CSS files relative to each file, with
// index.html written out, so that a copy of the site works from a folder
// opened with file://. basePath is the base URL's path ("/" or "/docs/"),
// which site-absolute URLs start with.
func Relative(w Writer, basePath string) Writer {
	return filter{next: w, fn: func(name string, data []byte) ([]byte, error) {
		ext := path.Ext(name)
		if ext != ".html" && ext != ".css" {
			return data, nil
		}
		dir := path.Dir("/" + name)
		return urlAttr.ReplaceAllFunc(data, func(m []byte) []byte {
			sub := urlAttr.FindSubmatch(m)
			var prefix, u []byte
			suffix := []byte{'"'}
			attr := true
			switch {
			case sub[1] != nil:
				prefix, u = sub[1], sub[2]
			case sub[3] != nil:
				prefix, u = sub[3], sub[4]
			default:
				prefix, u, suffix, attr = sub[5], sub[6], []byte{')'}, false
			}
			var rel string
			if attr {
				// An attribute's "+" is "&#43;": its "#" is no fragment.
				rel = stdhtml.EscapeString(relativeURL(dir, stdhtml.UnescapeString(string(u)), basePath))
			} else {
				rel = relativeURL(dir, string(u), basePath)
			}
			return append(append(append([]byte{}, prefix...), rel...), suffix...)
		}), nil
	}}
}

// relativeURL turns the site path u into one relative to the folder dir.
func relativeURL(dir, u, basePath string) string {
	frag := ""
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u, frag = u[:i], u[i:]
	}
	if u == "" {
		return frag
	}
	if basePath != "/" && strings.HasPrefix(u, basePath) {
		u = "/" + strings.TrimPrefix(u, basePath)
	}
	if strings.HasSuffix(u, "/") {
		u += "index.html"
	}
	from := strings.Split(strings.Trim(dir, "/"), "/")
	if dir == "/" {
		from = nil
	}
	to := strings.Split(strings.TrimPrefix(u, "/"), "/")
	i := 0
	for i < len(from) && i < len(to)-1 && from[i] == unescape(to[i]) {
		i++
	}
	var b strings.Builder
	for j := i; j < len(from); j++ {
		b.WriteString("../")
	}
	if b.Len() == 0 && strings.Contains(to[i], ":") {
		// "a:b/index.html" would be read as a URL of scheme "a".
		b.WriteString("./")
	}
	b.WriteString(strings.Join(to[i:], "/"))
	return b.String() + frag
}

// unescape decodes a URL segment to compare it with a folder's name (the
// folder "%" is the segment "%25").
func unescape(seg string) string {
	if d, err := url.PathUnescape(seg); err == nil {
		return d
	}
	return seg
}

// Transform returns data as the filters around w would write it under
// name, and writes nothing. Content hashes (Subresource Integrity) must be
// taken of those bytes.
func Transform(w Writer, name string, data []byte) ([]byte, error) {
	var chain []filter
	for {
		f, ok := w.(filter)
		if !ok {
			break
		}
		chain = append(chain, f)
		w = f.next
	}
	var err error
	for _, f := range chain {
		if data, err = f.fn(name, data); err != nil {
			return nil, err
		}
	}
	return data, nil
}

// Innermost is the writer under any filters: files already transformed
// (see Transform) are written there.
func Innermost(w Writer) Writer {
	for {
		f, ok := w.(filter)
		if !ok {
			return w
		}
		w = f.next
	}
}
