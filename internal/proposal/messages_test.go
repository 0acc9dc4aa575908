package proposal

import (
	"regexp"
	"slices"
	"strings"
	"testing"
)

func keys[V any](m map[string]V) []string {
	var out []string
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// TestCataloguesMatch: every language has every message, label and
// template comment, with the same format verbs in the same order.
func TestCataloguesMatch(t *testing.T) {
	verbs := regexp.MustCompile(`%[qsd]`)
	for _, lang := range Languages {
		if !slices.Equal(keys(messages[lang]), keys(messages["en"])) {
			t.Errorf("%s: message keys differ from en", lang)
		}
		if !slices.Equal(keys(labels[lang]), keys(labels["en"])) {
			t.Errorf("%s: label keys differ from en", lang)
		}
		if !slices.Equal(keys(templateText[lang]), keys(templateText["en"])) {
			t.Errorf("%s: template keys differ from en", lang)
		}
		for k, en := range messages["en"] {
			m := messages[lang][k]
			for i, pair := range [][2]string{{en.Msg, m.Msg}, {en.Expected, m.Expected}, {en.Fix, m.Fix}} {
				if !slices.Equal(verbs.FindAllString(pair[0], -1), verbs.FindAllString(pair[1], -1)) {
					t.Errorf("%s %s part %d: verbs %q vs %q", lang, k, i, pair[0], pair[1])
				}
			}
		}
	}
}

// TestNoClientWords: the women are never called clients, in any language.
func TestNoClientWords(t *testing.T) {
	bad := regexp.MustCompile(`(?i)client|klient|לקוח`)
	check := func(where, s string) {
		if bad.MatchString(s) {
			t.Errorf("%s: %q", where, s)
		}
	}
	for lang, m := range messages {
		for k, v := range m {
			check(lang+" "+k, v.Msg+v.Expected+v.Fix)
		}
	}
	for lang, m := range templateText {
		for k, v := range m {
			check(lang+" "+k, v)
		}
	}
}

// TestParseMessagesTranslated: every yamlpos.Parse message is recognised,
// so a Danish planner never gets an English sentence.
func TestParseMessagesTranslated(t *testing.T) {
	for _, src := range []string{"", "# c\n", "a: 1\na: 2\n", "a: &x 1\nb: *x\n", "a:\n\tb: 1\n", "a: [\n", "\xff\xfe", "a\x00", "\xc3\x28", "a: b\x07\n", "a: \"\\a\u202e\"\n", "a:\n  " + strings.Repeat("- ", 10001) + "x\n"} {
		for _, lang := range []string{"da", "sl", "he"} {
			_, errs := Load("f.yaml", []byte(src), nil, lang)
			for _, e := range errs {
				if strings.Contains(e.Fix, "the ") || strings.HasPrefix(e.Msg, "file ") || strings.HasPrefix(e.Msg, "duplicate") || strings.Contains(e.Msg, "exceeded") {
					t.Errorf("%q in %s: untranslated %q / %q", src, lang, e.Msg, e.Fix)
				}
			}
		}
	}
}
