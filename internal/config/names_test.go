package config

import (
	"strings"
	"testing"
)

// Regression: nb and no both showed "Norsk bokmål", and pt-BR showed
// "Português" like pt. Names made from tags are now the tag's own name with
// its region or script, and a name two tags share gets each one's tag.
func TestLanguageNamesAreUnique(t *testing.T) {
	c, err := Parse("site.yaml", []byte("languages: [{code: en}, {code: nb}, {code: \"no\"}, {code: nn}, {code: pt}, {code: pt-BR}, {code: zh}, {code: zh-Hant}, {code: fil}, {code: tl}, {code: az}]\n"))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range c.Languages {
		got = append(got, l.Code+"="+l.Name)
	}
	want := "en=English nb=Norsk bokmål (nb) no=Norsk bokmål (no) nn=Nynorsk pt=Português pt-BR=Português (Brasil) zh=中文 zh-Hant=繁體中文 fil=Filipino (fil) tl=Filipino (tl) az=Azərbaycan"
	if strings.Join(got, " ") != want {
		t.Errorf("names:\n got %s\nwant %s", strings.Join(got, " "), want)
	}
	_, err = Parse("site.yaml", []byte("languages:\n  - code: nb\n    name: Norsk\n  - code: nn\n    name: Norsk\n"))
	if err == nil || err.Error() != `site.yaml:4: language "nn": name "Norsk" is also the name of "nb": give each language a name of its own` {
		t.Errorf("two languages named alike in site.yaml: %v", err)
	}
}
