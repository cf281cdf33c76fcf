package deploy

import (
	"path"
	"strings"
)

// match reports whether a slash path matches a glob: "*", "?" and "[...]"
// as in path.Match within a folder name, "**" for any number of folders
// ("fonts/**", "**/*.woff2"). A glob without a slash matches the file's
// name in any folder ("*.woff2").
func match(glob, name string) bool {
	if !strings.Contains(glob, "/") && glob != "**" {
		ok, _ := path.Match(glob, path.Base(name))
		return ok
	}
	return matchParts(strings.Split(glob, "/"), strings.Split(name, "/"))
}

func matchParts(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchParts(glob[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

func matchAny(globs []string, name string) bool {
	for _, g := range globs {
		if match(g, name) {
			return true
		}
	}
	return false
}
