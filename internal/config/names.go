package config

import "github.com/wazc/site/internal/ferr"

// uniqueNames makes the languages' names tell them apart in a language
// switcher. CLDR gives some tags the same name (nb and no are both "norsk
// bokmål", fil and tl "Filipino"): a name made from the tag that another
// language shares gets its tag after it, "Norsk bokmål (no)". Two names
// given in site.yaml that are the same are an error.
func uniqueNames(c *Config, errs *ferr.List) {
	by := map[string][]*Language{}
	for _, l := range c.Languages {
		by[l.Name] = append(by[l.Name], l)
	}
	for _, l := range c.Languages {
		same := by[l.Name]
		if len(same) < 2 {
			continue
		}
		if l.named {
			l.Name += " (" + l.Code + ")"
			continue
		}
		for _, o := range same {
			if o != l && !o.named && o.line < l.line {
				errs.Addf(c.Path, l.line, "language %q: name %q is also the name of %q: give each language a name of its own", l.Code, l.Name, o.Code)
				break
			}
		}
	}
}
