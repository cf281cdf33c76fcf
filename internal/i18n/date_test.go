package i18n

import (
	"strings"
	"testing"
)

// fillDate replaces the placeholders as strings.Replacer does.
func TestFillDateIsAReplacer(t *testing.T) {
	r := strings.NewReplacer("{day}", "7", "{month}", "mars", "{year}", "2024")
	for _, format := range []string{
		"{day} {month} {year}",
		"{month} {day}, {year}",
		"{day}.{month}.{year} г.",
		"{year}-{month}-{day}{day}",
		"{x} {{day}} {mon {year",
		"",
		"{",
		"no placeholders",
	} {
		if got, want := fillDate(format, "7", "mars", "2024"), r.Replace(format); got != want {
			t.Errorf("fillDate(%q) = %q, want %q", format, got, want)
		}
	}
}

func FuzzFillDate(f *testing.F) {
	f.Add("{day} {month} {year}")
	f.Fuzz(func(t *testing.T, format string) {
		r := strings.NewReplacer("{day}", "7", "{month}", "mars", "{year}", "2024")
		if got, want := fillDate(format, "7", "mars", "2024"), r.Replace(format); got != want {
			t.Errorf("fillDate(%q) = %q, want %q", format, got, want)
		}
	})
}
