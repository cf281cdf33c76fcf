package config

import (
	"strings"
	"testing"
)

// languages[].weight was decoded and then ignored. Languages are now
// ordered as Hugo orders them: by weight, unweighted last, and in the
// order site.yaml lists them where weights are equal.
func TestLanguagesOrderedByWeight(t *testing.T) {
	for _, tc := range []struct{ yaml, want, def string }{
		{"languages: [{code: en}, {code: fr}, {code: ru}]", "en fr ru", "en"},
		{"languages: [{code: en, weight: 3}, {code: fr, weight: 1}, {code: ru, weight: 2}]", "fr ru en", "fr"},
		{"languages: [{code: en}, {code: fr, weight: 2}, {code: ru, weight: 1}]", "ru fr en", "ru"},
		{"languages: [{code: az, weight: 1}, {code: en, weight: 2}, {code: fr, weight: 1}]", "az fr en", "az"},
		{"languages: [{code: en, weight: 1}, {code: fr, weight: -1}, {code: ru}]", "fr en ru", "fr"},
		{"defaultLanguage: en\nlanguages: [{code: en, weight: 2}, {code: fr, weight: 1}]", "fr en", "en"},
	} {
		c, err := Parse("site.yaml", []byte(tc.yaml+"\n"))
		if err != nil {
			t.Fatalf("%s: %v", tc.yaml, err)
		}
		var got []string
		for _, l := range c.Languages {
			got = append(got, l.Code)
		}
		if strings.Join(got, " ") != tc.want || c.Default().Code != tc.def {
			t.Errorf("%s:\n got order %s, default %s\nwant order %s, default %s", tc.yaml, strings.Join(got, " "), c.Default().Code, tc.want, tc.def)
		}
	}
}

// An error about a language still points at its line in site.yaml after
// the languages are reordered.
func TestLanguageErrorLinesSurviveReordering(t *testing.T) {
	_, err := Parse("site.yaml", []byte("languages:\n  - code: en\n    weight: 2\n  - code: fr\n    weight: 1\n    direction: up\n"))
	if err == nil || err.Error() != `site.yaml:4: language "fr": direction is "up": want ltr or rtl` {
		t.Errorf("got %v", err)
	}
}
