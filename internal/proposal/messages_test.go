package proposal

import (
	"strings"
	"testing"
)

// TestParseMessagesTranslated: every problem yamlpos.Parse reports has a
// code the catalogue words in every language, so a Danish planner never
// gets the parser's English; the common YAML syntax errors each have their
// own explanation.
func TestParseMessagesTranslated(t *testing.T) {
	for _, tt := range []struct{ src, code string }{
		{"", "parse.empty"},
		{"# c\n", "parse.comments"},
		{"a: 1\na: 2\n", "parse.dup"},
		{"a: &x 1\nb: *x\n", "parse.alias"},
		{"a: &x 1\nb: *y\n", "parse.alias"},
		{"a:\n\tb: 1\n", "parse.tab"},
		{"\xff\xfe", "parse.utf16"},
		{"ab\x00", "parse.nul"},
		{"\xc3\x28", "parse.not-utf8"},
		{"a: b\x07\n", "parse.control"},
		{"a:\n  " + strings.Repeat("- ", 10001) + "x\n", "parse.too-deep"},
		{"evidence: See annex: council decision\n", "parse.syntax.colon"},
		{"a:\n  evidence: \"Council \"exit strategy\" 2026\"\n  b: 1\n", "parse.syntax.key"},
		{"- a\nb: 1\n", "parse.syntax.dash"},
		{"a: [x, y\n", "parse.syntax.flow"},
		{"a: {x: 1\n", "parse.syntax.flow"},
		{"a: - x\n", "parse.syntax.sequence"},
		{"a: @x\n", "parse.syntax.char"},
		{"a: \"\\q\"\n", "parse.syntax.escape"},
		{"a: \"unclosed\n", "parse.syntax.eof"},
		{"a: 1\n---\nb: 2\n", "parse.syntax.documents"},
	} {
		en, errs := Load("f.yaml", []byte(tt.src), nil, Messages{Lang: "en"})
		if en != nil || len(errs) != 1 || errs[0].Code != tt.code {
			t.Errorf("%q: %v, want one %s", tt.src, errs, tt.code)
			continue
		}
		english := errs[0]
		for _, lang := range []string{"da", "sl", "he"} {
			_, errs := Load("f.yaml", []byte(tt.src), nil, Messages{Lang: lang})
			e := errs[0]
			if e.Msg == english.Msg || e.Fix != "" && e.Fix == english.Fix || e.Expected != "" && e.Expected == english.Expected {
				t.Errorf("%q in %s: not translated: %q / %q / %q", tt.src, lang, e.Msg, e.Expected, e.Fix)
			}
			if strings.Contains(e.Msg+e.Fix, "{") {
				t.Errorf("%q in %s: a placeholder is left: %q / %q", tt.src, lang, e.Msg, e.Fix)
			}
			if e.Line != english.Line || e.Column != english.Column {
				t.Errorf("%q in %s: at %d:%d, English at %d:%d", tt.src, lang, e.Line, e.Column, english.Line, english.Column)
			}
		}
	}
}

// TestSyntaxArguments: the explained syntax errors say where what they
// are about starts, and which character cannot start a value.
func TestSyntaxArguments(t *testing.T) {
	for _, tt := range []struct{ src, lang, want string }{
		{"a: [x, y\n", "en", "the list in brackets that starts at line 1, column 4 is not closed"},
		{"a:\n  b: 1\n c: 2\n", "en", "does not fit the fields that start at line 1"},
		{"a: @x\n", "da", "en værdi kan ikke begynde med @"},
		{"a: \"unclosed\n", "sl", "v vrstici 1, stolpec 4"},
	} {
		_, errs := Load("f.yaml", []byte(tt.src), nil, Messages{Lang: tt.lang})
		if len(errs) != 1 || !strings.Contains(errs[0].Msg, tt.want) {
			t.Errorf("%q: %v, want %q", tt.src, errs, tt.want)
		}
	}
}
