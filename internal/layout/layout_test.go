package layout

import "testing"

func TestPartialCacheKeysDoNotRunTogether(t *testing.T) {
	keys := map[string][]any{}
	for _, k := range [][]any{
		{"ab", "c"}, {"a", "bc"}, {"abc"}, {"a", true}, {"a", "true"}, {1, 2}, {12}, {"", ""}, {""}, {},
	} {
		s := cacheKey("partials/nav.html", k)
		if prev, dup := keys[s]; dup {
			t.Errorf("keys %q and %q both give %q", prev, k, s)
		}
		keys[s] = k
	}
}
