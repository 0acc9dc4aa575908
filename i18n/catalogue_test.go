package i18n_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/lint"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/testutil"
)

func embeddedOrFail(t *testing.T) *i18n.Catalogue {
	t.Helper()
	c, errs := i18n.Embedded()
	if len(errs) > 0 {
		t.Fatalf("the catalogue does not load: %v", errs)
	}
	return c
}

// TestCataloguesAgree: every language has the same keys as English, each
// with the same {placeholders}, and no text is empty.
func TestCataloguesAgree(t *testing.T) {
	c := embeddedOrFail(t)
	en := c.Keys("en")
	if len(c.Languages()) < 4 {
		t.Fatalf("only %v", c.Languages())
	}
	for _, lang := range c.Languages() {
		keys := c.Keys(lang)
		for _, k := range en {
			if _, ok := slices.BinarySearch(keys, k); !ok {
				t.Errorf("i18n/%s.yaml lacks %s", lang, k)
			}
		}
		for _, k := range keys {
			if _, ok := slices.BinarySearch(en, k); !ok {
				t.Errorf("i18n/%s.yaml has %s, which English lacks", lang, k)
			}
		}
		w, src := c.Words(lang), c.Words("en")
		for _, k := range keys {
			s := w.Text(k)
			if strings.TrimSpace(s) == "" {
				t.Errorf("i18n/%s.yaml: %s is empty", lang, k)
			}
			if got, want := i18n.Placeholders(s), i18n.Placeholders(src.Text(k)); !slices.Equal(got, want) {
				t.Errorf("i18n/%s.yaml: %s has placeholders %v, English %v", lang, k, got, want)
			}
		}
	}
}

// TestNoServiceCustomerWord: no interface text uses a wording the guide's
// glossary says to avoid (the avoid: lists of checklists/text/LANG/
// glossary.yaml: the women are never called clients, nor prostitutes), in
// its own language or in English, the source a string may leak from.
func TestNoServiceCustomerWord(t *testing.T) {
	_, g, errs := load.Dir(filepath.Join(testutil.Root(t), "checklists"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	avoid := func(lang string) []lint.Pattern {
		var out []lint.Pattern
		if tb := g.Text[lang]; tb != nil {
			for _, term := range tb.Terms {
				for _, a := range term.Avoid {
					out = append(out, lint.NewPattern(a))
				}
			}
		}
		return out
	}
	if len(avoid(guide.SourceLang)) < 3 {
		t.Fatalf("the English glossary has only %d wordings to avoid", len(avoid(guide.SourceLang)))
	}
	c := embeddedOrFail(t)
	for _, lang := range c.Languages() {
		pats := append(avoid(lang), avoid(guide.SourceLang)...)
		w := c.Words(lang)
		for _, k := range c.Keys(lang) {
			words := lint.Words(w.Text(k))
			for _, p := range pats {
				for i := range words {
					if n, ok := p.Match(words, i); ok {
						t.Errorf("i18n/%s.yaml: %s uses %q (the glossary says to avoid %s): %q", lang, k, strings.Join(words[i:i+n], " "), p.Text, w.Text(k))
					}
				}
			}
		}
	}
}

// TestUsedKeysExist: every key the Go packages that write for users, the
// Hugo templates, the site generator and the browser scripts name exists in English. A literal that ends in "_" is a
// prefix the code completes (report_status_ + a status): some key must
// start with it.
func TestUsedKeysExist(t *testing.T) {
	c := embeddedOrFail(t)
	en := c.Keys("en")
	exists := func(k string) bool {
		if strings.HasSuffix(k, "_") {
			i, _ := slices.BinarySearch(en, k)
			return i < len(en) && strings.HasPrefix(en[i], k)
		}
		_, ok := slices.BinarySearch(en, k)
		return ok
	}
	goKey := regexp.MustCompile(`"((?:report|compare|msg|init|cli)_[a-z0-9_]*)"`)
	tmplKey := regexp.MustCompile(`\b(?:T|i18n)\s+"([a-z0-9_]+)"`)
	jsKey := regexp.MustCompile(`["'](selfcheck_[a-z0-9_]+|groupcompare_[a-z0-9_]+|compare_[a-z0-9_]+|msg_[a-z0-9_]*)["']`)
	scan := func(root string, ext []string, re *regexp.Regexp) (n int) {
		err := filepath.WalkDir(root, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() || !slices.Contains(ext, filepath.Ext(p)) || strings.HasSuffix(p, "_test.go") {
				return nil
			}
			b, err := os.ReadFile(p)
			if err != nil {
				return err
			}
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				n++
				if !exists(m[1]) {
					t.Errorf("%s names %s, which i18n/en.yaml lacks", p, m[1])
				}
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
		return n
	}
	n := 0
	for _, pkg := range []string{"report", "compare", "proposal", "cli"} {
		n += scan("../internal/"+pkg, []string{".go"}, goKey)
	}
	if n < 100 {
		t.Errorf("found only %d keys in the Go code", n)
	}
	// The site's words: the templates' T calls, and the page bodies and
	// pieces internal/sitegen writes for them (h.t("key"), h.tWith("key", ...)).
	siteKey := regexp.MustCompile(`\bh\.(?:t|words0|tWith)\("([a-z0-9_]+)"`)
	if n := scan("../layouts", []string{".html"}, tmplKey) + scan("../internal/sitegen", []string{".go"}, siteKey); n < 100 {
		t.Errorf("found only %d keys in the templates and the site generator", n)
	}
	scan("../assets/js", []string{".js", ".mjs"}, jsKey)
}

// TestFill: placeholders are replaced by name, once, and the values are
// not read for placeholders again; names without a value stay.
func TestFill(t *testing.T) {
	for _, tt := range []struct {
		s    string
		args []string
		want string
	}{
		{"{earned} of {possible} points", []string{"earned", "35", "possible", "60"}, "35 of 60 points"},
		{"in place 100%, {n}%", []string{"n", "5"}, "in place 100%, 5%"},
		{"{a} and {b}", []string{"a", "{b}", "b", "x"}, "{b} and x"},
		{"{a} {missing} {}", []string{"a", "1"}, "1 {missing} {}"},
		{"no placeholders", nil, "no placeholders"},
		{"{n}{n}", []string{"n", "2"}, "22"},
	} {
		if got := i18n.Fill(tt.s, tt.args...); got != tt.want {
			t.Errorf("i18n.Fill(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
	if got := i18n.Placeholders("{b} {a} {b} {not a name}"); !slices.Equal(got, []string{"a", "b"}) {
		t.Errorf("Placeholders = %v", got)
	}
}

// TestFallback: a key a language lacks is English; one English lacks too
// is a visible marker, never an empty string.
func TestFallback(t *testing.T) {
	c, errs := i18n.Load(fstest.MapFS{
		"en.yaml": {Data: []byte("a: \"A {n}\"\nb: \"B\"\n")},
		"xx.yaml": {Data: []byte("a: \"Ä {n}\"\n")},
	}, "i18n")
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	w := c.Words("xx")
	if got := w.T("a", "n", "1"); got != "Ä 1" {
		t.Errorf("a = %q", got)
	}
	if got := w.T("b"); got != "B" || w.Has("b") {
		t.Errorf("b = %q (has %v), want the English B", got, w.Has("b"))
	}
	if got := w.T("c"); got != "[no text for c]" {
		t.Errorf("c = %q", got)
	}
	if got := c.Words("zz").T("a", "n", "2"); got != "A 2" {
		t.Errorf("an unknown language: %q", got)
	}
	if !c.Has("xx") || c.Has("zz") || !slices.Equal(c.Languages(), []string{"en", "xx"}) {
		t.Errorf("languages %v", c.Languages())
	}
}

// TestLoadErrors: a broken catalogue is reported at its place, and a
// catalogue lacking words the program uses says which.
func TestLoadErrors(t *testing.T) {
	_, errs := i18n.Load(fstest.MapFS{
		"en.yaml": {Data: []byte("a: \"A\"\nb:\n  nested: x\n")},
		"da.yaml": {Data: []byte("- a list\n")},
		"sl.yaml": {Data: []byte("a: \"unclosed\n")},
	}, "i18n")
	var got []string
	for _, e := range errs {
		got = append(got, e.Where()+" "+e.Msg)
	}
	want := []string{
		"i18n/da.yaml:1:1 an interface catalogue must be a mapping of keys to texts",
		"i18n/en.yaml:3:3 the text of b is not a string",
	}
	if len(got) != 3 || got[0] != want[0] || got[1] != want[1] || !strings.HasPrefix(got[2], "i18n/sl.yaml:2:1 YAML syntax error") {
		t.Errorf("got %q", got)
	}
	if _, errs := i18n.Load(fstest.MapFS{"da.yaml": {Data: []byte("a: b\n")}}, "i18n"); len(errs) != 1 || !strings.Contains(errs[0].Msg, "English catalogue is missing") {
		t.Errorf("no English: %v", errs)
	}
	ref := embeddedOrFail(t)
	old, _ := i18n.Load(fstest.MapFS{"en.yaml": {Data: []byte("report_title: \"x\"\n")}}, "i18n")
	missing := old.Missing(ref, "report_")
	if len(missing) == 0 || slices.Contains(missing, "report_title") || !slices.Contains(missing, "report_method_text") {
		t.Errorf("missing = %v", missing)
	}
}
