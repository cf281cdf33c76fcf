package output

import (
	"mime"
	"path"
	"strings"
)

// types are the media types of the files a build writes, with a charset
// for text, as the dev server sends them and "site deploy" stores them.
var types = map[string]string{
	".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8",
	".js": "text/javascript; charset=utf-8", ".json": "application/json",
	".xml": "application/xml; charset=utf-8", ".txt": "text/plain; charset=utf-8",
	".svg": "image/svg+xml", ".png": "image/png", ".ico": "image/x-icon",
	".webmanifest": "application/manifest+json", ".jpg": "image/jpeg", ".woff2": "font/woff2",
}

// ContentType is the media type for a file name.
func ContentType(name string) string {
	ext := strings.ToLower(path.Ext(name))
	if t, ok := types[ext]; ok {
		return t
	}
	if t := mime.TypeByExtension(ext); t != "" {
		return t
	}
	return "application/octet-stream"
}
