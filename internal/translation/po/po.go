// Package po reads and writes gettext PO files, as much of the format as
// translation exchange needs: a header entry, and entries with translator
// comments (#), extracted comments (#.), references (#:), flags (#,),
// the previous source (#| msgctxt, #| msgid), msgctxt, msgid and msgstr.
// Plural entries (msgid_plural) are refused: pages have no plurals.
// Obsolete entries (#~) are skipped when read.
//
// Strings are written as gettext does: double-quoted, with \\, \", \n and
// \t escaped, a string with newlines split after each one over several
// lines ("" first), so that msgfmt --check accepts the file.
package po

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/wazc/site/internal/ferr"
)

// Entry is one message.
type Entry struct {
	Comments  []string // translator comments, "# ..."
	Extracted []string // "#. ..."
	Refs      []string // "#: file:line"
	Flags     []string // "#, fuzzy"
	PrevCtxt  string   // "#| msgctxt"
	PrevID    string   // "#| msgid": the source as it was
	Ctxt, ID  string
	Str       string
	Line      int // of the msgid, when read
}

// Fuzzy tells whether the entry has the fuzzy flag.
func (e *Entry) Fuzzy() bool {
	for _, f := range e.Flags {
		if f == "fuzzy" {
			return true
		}
	}
	return false
}

// File is a PO file: its header fields, in order, and its entries.
type File struct {
	Header  [][2]string
	Entries []*Entry
}

// Get returns a header field's value.
func (f *File) Get(name string) string {
	for _, h := range f.Header {
		if strings.EqualFold(h[0], name) {
			return h[1]
		}
	}
	return ""
}

// Write writes the file.
func (f *File) Write(w io.Writer) error {
	bw := bufio.NewWriter(w)
	var h strings.Builder
	for _, kv := range f.Header {
		h.WriteString(kv[0] + ": " + kv[1] + "\n")
	}
	writeEntry(bw, &Entry{Str: h.String()})
	for _, e := range f.Entries {
		bw.WriteString("\n")
		writeEntry(bw, e)
	}
	return bw.Flush()
}

func writeEntry(w *bufio.Writer, e *Entry) {
	for _, c := range e.Comments {
		w.WriteString(strings.TrimRight("# "+c, " ") + "\n")
	}
	for _, c := range e.Extracted {
		w.WriteString("#. " + c + "\n")
	}
	for _, r := range e.Refs {
		w.WriteString("#: " + r + "\n")
	}
	if len(e.Flags) > 0 {
		w.WriteString("#, " + strings.Join(e.Flags, ", ") + "\n")
	}
	if e.PrevID != "" {
		if e.PrevCtxt != "" {
			writeString(w, "#| ", "msgctxt", e.PrevCtxt)
		}
		writeString(w, "#| ", "msgid", e.PrevID)
	}
	if e.Ctxt != "" {
		writeString(w, "", "msgctxt", e.Ctxt)
	}
	writeString(w, "", "msgid", e.ID)
	writeString(w, "", "msgstr", e.Str)
}

func writeString(w *bufio.Writer, prefix, keyword, s string) {
	if !strings.Contains(strings.TrimSuffix(s, "\n"), "\n") {
		w.WriteString(prefix + keyword + " " + quote(s) + "\n")
		return
	}
	w.WriteString(prefix + keyword + " \"\"\n")
	for _, line := range strings.SplitAfter(s, "\n") {
		if line != "" {
			w.WriteString(prefix + quote(line) + "\n")
		}
	}
}

func quote(s string) string {
	r := strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`, "\t", `\t`, "\r", `\r`)
	return `"` + r.Replace(s) + `"`
}

// Parse reads a PO file. Errors are name:line: message, all of them.
func Parse(name string, data []byte) (*File, error) {
	var errs ferr.List
	f := &File{}
	var e *Entry
	var field *string // the string a continuation line adds to
	var fieldLine int
	seenID := false
	flush := func() {
		if e == nil {
			return
		}
		if !seenID {
			errs.Addf(name, fieldLine, "entry without msgid")
		} else if e.ID == "" && e.Ctxt == "" && f.Header == nil && len(f.Entries) == 0 {
			for _, line := range strings.Split(e.Str, "\n") {
				if k, v, ok := strings.Cut(line, ":"); ok {
					f.Header = append(f.Header, [2]string{strings.TrimSpace(k), strings.TrimSpace(v)})
				}
			}
		} else {
			f.Entries = append(f.Entries, e)
		}
		e, field, seenID = nil, nil, false
	}
	start := func() {
		if e == nil {
			e = &Entry{}
		}
	}
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if n == 1 {
			line = strings.TrimPrefix(line, "\ufeff")
		}
		// A comment after a msgstr starts the next entry.
		if line == "" || strings.HasPrefix(line, "#") && seenID && e != nil && field != nil && field == &e.Str {
			flush()
			if line == "" {
				continue
			}
		}
		switch {
		case strings.HasPrefix(line, "#~"):
			continue
		case strings.HasPrefix(line, "#|"):
			start()
			rest := strings.TrimSpace(line[2:])
			switch {
			case strings.HasPrefix(rest, "msgctxt "):
				field = &e.PrevCtxt
				rest = strings.TrimPrefix(rest, "msgctxt ")
			case strings.HasPrefix(rest, "msgid "):
				field = &e.PrevID
				rest = strings.TrimPrefix(rest, "msgid ")
			case strings.HasPrefix(rest, `"`):
			default:
				continue // #| msgid_plural and the like
			}
			if s, err := unquote(rest); err != nil {
				errs.Addf(name, n, "%v", err)
			} else if field != nil {
				*field += s
			}
			continue
		case strings.HasPrefix(line, "#."):
			start()
			e.Extracted = append(e.Extracted, strings.TrimSpace(line[2:]))
		case strings.HasPrefix(line, "#:"):
			start()
			e.Refs = append(e.Refs, strings.Fields(line[2:])...)
		case strings.HasPrefix(line, "#,"):
			start()
			for _, fl := range strings.Split(line[2:], ",") {
				if fl = strings.TrimSpace(fl); fl != "" {
					e.Flags = append(e.Flags, fl)
				}
			}
		case strings.HasPrefix(line, "#"):
			start()
			e.Comments = append(e.Comments, strings.TrimSpace(line[1:]))
		case strings.HasPrefix(line, `"`):
			if field == nil {
				errs.Addf(name, n, "a string outside msgctxt, msgid or msgstr")
				continue
			}
			s, err := unquote(line)
			if err != nil {
				errs.Addf(name, n, "%v", err)
			}
			*field += s
		default:
			keyword, rest, _ := strings.Cut(line, " ")
			start()
			switch keyword {
			case "msgctxt":
				if seenID {
					flush()
					start()
				}
				field = &e.Ctxt
			case "msgid":
				if seenID && field == &e.Str {
					flush()
					start()
				} else if seenID {
					errs.Addf(name, n, "msgid without the msgstr of the msgid before it")
				}
				field, seenID, fieldLine = &e.ID, true, n
				e.Line = n
			case "msgstr":
				if !seenID {
					errs.Addf(name, n, "msgstr without msgid")
				}
				field = &e.Str
			case "msgid_plural", "msgstr[0]":
				errs.Addf(name, n, "plural forms (%s) are not used by pages", keyword)
				field = new(string)
				continue
			default:
				errs.Addf(name, n, "unknown keyword %q", keyword)
				field = nil
				continue
			}
			s, err := unquote(strings.TrimSpace(rest))
			if err != nil {
				errs.Addf(name, n, "%v", err)
			}
			*field = s
		}
	}
	flush()
	if err := errs.Err(); err != nil {
		return nil, err
	}
	return f, nil
}

func unquote(s string) (string, error) {
	if len(s) < 2 || s[0] != '"' || s[len(s)-1] != '"' {
		return "", fmt.Errorf("expected a string in double quotes, found %q", s)
	}
	// PO strings are C strings; Go's rules agree on those gettext writes.
	u, err := strconv.Unquote(s)
	if err != nil {
		return "", fmt.Errorf("bad string %s: %v", s, err)
	}
	return u, nil
}
