package ferr

import (
	"strconv"
	"strings"
)

// YAML turns a syntax error of gopkg.in/yaml.v3 into a FileError. first is
// the line of the file the YAML starts on (2 for front matter, after its
// "---"). yaml.v3 counts lines from 1 in the scanner's errors but from 0 in
// the parser's ("did not find expected key", and the rest below) and leaves
// the line out for line 0: a missing "]" on line 3 was reported at line 2.
func YAML(path string, first int, prefix string, err error) *FileError {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	line := 0
	if rest, ok := strings.CutPrefix(msg, "line "); ok {
		n, tail, _ := strings.Cut(rest, ":")
		if l, aerr := strconv.Atoi(n); aerr == nil {
			line, msg = l, strings.TrimSpace(tail)
		}
	}
	if parserProblem(msg) {
		line++
	}
	if line == 0 {
		return New(path, 0, "%s%s", prefix, msg)
	}
	return New(path, first+line-1, "%s%s", prefix, msg)
}

func parserProblem(msg string) bool {
	switch msg {
	case "found undefined tag handle", "found duplicate %YAML directive", "found duplicate %TAG directive", "found incompatible YAML document":
		return true
	}
	return strings.HasPrefix(msg, "did not find expected ")
}
