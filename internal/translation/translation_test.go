package translation

import "testing"

func TestSetKeyAddsOrReplacesOneLine(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"---\ntitle: A\n---\nbody\n", "---\ntitle: A\ntranslationOf: \"12\"\n---\nbody\n"},
		{"---\ntitle: A\ntranslationOf: old\n---\n", "---\ntitle: A\ntranslationOf: \"12\"\n---\n"},
		{"---\r\ntitle: A\r\n---\r\n", "---\r\ntitle: A\r\ntranslationOf: \"12\"\r\n---\r\n"},
	} {
		got, err := setKey([]byte(c.in), "translationOf", `"12"`)
		if err != nil || string(got) != c.want {
			t.Errorf("setKey(%q) = %q, %v; want %q", c.in, got, err, c.want)
		}
	}
	if _, err := setKey([]byte("no front matter"), "k", "v"); err == nil {
		t.Error("setKey on a file without front matter succeeded")
	}
}
