package proposal_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/schema"
	"github.com/exitguide/exitguide/internal/score"
	"github.com/exitguide/exitguide/internal/testutil"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

func format(errs yamlpos.List, lang string) string {
	var b strings.Builder
	w := proposal.Messages{}.Catalogue().Words(lang)
	for _, e := range errs {
		b.WriteString(proposal.Format(e, w))
		b.WriteString("\n")
	}
	return b.String()
}

// TestBadCorpus: every file of testdata/proposals/bad is rejected with the
// messages in its .golden file (in the language the file asks for).
func TestBadCorpus(t *testing.T) {
	g := testutil.FixtureGuide(t)
	files, _ := filepath.Glob("../../testdata/proposals/bad/*.*")
	n := 0
	for _, f := range files {
		if strings.HasSuffix(f, ".golden") {
			continue
		}
		n++
		t.Run(filepath.Base(f), func(t *testing.T) {
			name := "bad/" + filepath.Base(f)
			data, _ := os.ReadFile(f)
			p, errs := proposal.Load(name, data, g, proposal.Messages{})
			if p != nil || len(errs) == 0 {
				t.Fatal("accepted")
			}
			for _, e := range errs {
				if e.Line == 0 || e.Msg == "" || e.Fix == "" && e.Expected == "" {
					t.Errorf("message without a place or a fix: %#v", e)
				}
			}
			lang, _ := proposal.Messages{}.Choose(g, data)
			got := format(errs, lang)
			testutil.Golden(t, strings.TrimSuffix(f, filepath.Ext(f))+".golden", got)
		})
	}
	if n < 20 {
		t.Errorf("only %d bad files", n)
	}
}

// TestGoodProposals: the test proposals load and the generated schema
// agrees that they are valid.
func TestGoodProposals(t *testing.T) {
	g := testutil.FixtureGuide(t)
	set, err := schema.Embedded()
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("../../testdata/proposals/*.yaml")
	for _, f := range files {
		p, errs, _ := proposal.ReadFile(f, g, proposal.Messages{})
		if len(errs) > 0 || p == nil {
			t.Errorf("%s: %v", f, errs)
			continue
		}
		data, _ := os.ReadFile(f)
		doc, _ := yamlpos.Parse(f, data, yamlpos.DefaultLimits)
		if errs := set.Validate("proposal", doc); len(errs) > 0 {
			t.Errorf("%s: the schema disagrees: %v", f, errs)
		}
	}
}

// TestSchemaAgreesOnStructure: files the hand-written validator rejects for
// structural reasons the schema rejects too, so editors flag them as well.
func TestSchemaAgreesOnStructure(t *testing.T) {
	set, _ := schema.Embedded()
	for _, name := range []string{"unknown-field", "wrong-type", "missing-fields", "na-without-reason", "planned-incomplete", "not-a-mapping", "invalid-date"} {
		data, _ := os.ReadFile("../../testdata/proposals/bad/" + name + ".yaml")
		doc, perrs := yamlpos.Parse(name, data, yamlpos.DefaultLimits)
		if len(perrs) > 0 {
			t.Fatal(perrs)
		}
		if errs := set.Validate("proposal", doc); len(errs) == 0 {
			t.Errorf("%s: the schema accepts it", name)
		}
	}
}

// TestHostileInput: huge, deep, aliased, binary, missing, a folder: each is
// a clear message, without a panic (what hostile input costs is measured
// by BenchmarkHostile in internal/cli, not asserted).
func TestHostileInput(t *testing.T) {
	g := testutil.FixtureGuide(t)
	dir := t.TempDir()
	big := filepath.Join(dir, "big.yaml")
	f, _ := os.Create(big)
	line := []byte("# " + strings.Repeat("x", 1000) + "\n")
	for f.Truncate(0); ; {
		f.Write(line)
		if st, _ := f.Stat(); st.Size() > 20<<20 {
			break
		}
	}
	f.Close()
	var bomb bytes.Buffer
	bomb.WriteString("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n")
	for i := 'b'; i <= 'z'; i++ {
		p := string(i - 1)
		bomb.WriteString(string(i) + ": &" + string(i) + " [*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + ",*" + p + "]\n")
	}
	os.WriteFile(filepath.Join(dir, "bomb.yaml"), bomb.Bytes(), 0o644)
	os.WriteFile(filepath.Join(dir, "deep.yaml"), []byte(strings.Repeat("[", 10000)+strings.Repeat("]", 10000)), 0o644)
	os.WriteFile(filepath.Join(dir, "wide.yaml"), []byte("answers: ["+strings.Repeat("0,", 520000)+"0]\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "utf16.yaml"), []byte{0xFF, 0xFE, 'a', 0}, 0o644)
	for _, tt := range []struct{ file, want string }{
		{"big.yaml", "too large"},
		{"bomb.yaml", "aliases"},
		{"deep.yaml", "nested"},
		{"wide.yaml", "more than"},
		{"utf16.yaml", "UTF-16"},
		{"missing.yaml", "no such file"},
		{".", "folder"},
	} {
		p, errs, _ := proposal.ReadFile(filepath.Join(dir, tt.file), g, proposal.Messages{Lang: "en"})
		if p != nil || len(errs) == 0 || !strings.Contains(errs.Error(), tt.want) {
			t.Errorf("%s: %v", tt.file, errs)
		}
	}
	// In memory, Load refuses the 20 MB before parsing.
	if _, errs := proposal.Load("big", bytes.Repeat([]byte("a: b\n"), 4<<20), g, proposal.Messages{Lang: "da"}); len(errs) != 1 || !strings.Contains(errs[0].Msg, "for stor: 20.0 MB") {
		t.Errorf("20 MB in memory: %v", errs)
	}
}

// TestTextCharacters: a direction control or a control character in any
// text field is refused at its place, naming the field; tab, line feed and
// the left-to-right and right-to-left marks (which Hebrew text uses) are
// fine.
func TestTextCharacters(t *testing.T) {
	g := testutil.FixtureGuide(t)
	fields := map[string]string{"locality": "/locality", "organisations": "/organisations/0", "assessed_by": "/assessed_by",
		"evidence": "/answers/core.anchoring-plan/evidence", "owner": "/answers/core.anchoring-plan/owner",
		"notes": "/answers/core.anchoring-plan/notes", "reason": "/answers/chrysalis.eligibility-routes/reason"}
	src := func(field, text string) string {
		v := map[string]string{"locality": "X", "organisations": "Y", "assessed_by": "Z", "evidence": "E", "owner": "O", "notes": "N", "reason": "R"}
		v[field] = text
		return "proposal: 1\nlocality: " + v["locality"] + "\norganisations: [" + v["organisations"] + "]\nmodels: [chrysalis]\ndate: 2026-11-23\nassessed_by: " +
			v["assessed_by"] + "\nlanguage: en\nanswers:\n  core.anchoring-plan:\n    status: planned\n    due: 2027-01-01\n    owner: " + v["owner"] +
			"\n    evidence: " + v["evidence"] + "\n    notes: " + v["notes"] + "\n  chrysalis.eligibility-routes:\n    status: not-applicable\n    reason: " + v["reason"] + "\n"
	}
	for field, ptr := range fields {
		for _, r := range []rune{0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069, 0x01, 0x07, 0x0d, 0x1b, 0x7f, 0x85, 0x9f} {
			for _, text := range []string{"ab" + string(r) + "c", fmt.Sprintf(`"ab\u%04X"`, r)} {
				if r < 0x20 || r >= 0x7f && r <= 0x9f {
					if !strings.HasPrefix(text, `"`) {
						continue // raw, refused when the file is read (TestBadCorpus)
					}
				}
				_, errs := proposal.Load("c.yaml", []byte(src(field, text)), g, proposal.Messages{Lang: "en"})
				if len(errs) != 1 || errs[0].Pointer != ptr || !strings.Contains(errs[0].Msg, fmt.Sprintf("U+%04X", r)) || !strings.HasPrefix(errs[0].Msg, strings.Split(field, "s")[0]) {
					t.Errorf("%s %q: %v", field, text, errs)
					continue
				}
				if !strings.HasPrefix(text, `"`) { // written as it is: the character's own column
					s := src(field, text)
					i := strings.Index(s, text)
					col := i - strings.LastIndex(s[:i], "\n") + 2 // 1-based, then past "ab"
					if errs[0].Column != col {
						t.Errorf("%s %q: column %d, want %d", field, text, errs[0].Column, col)
					}
				}
			}
		}
		for _, text := range []string{"\"a\\tb\\nc\"", "\"שלום \u200F(1)\u200E\"", "Ærø <b>"} {
			if _, errs := proposal.Load("c.yaml", []byte(src(field, text)), g, proposal.Messages{Lang: "en"}); len(errs) > 0 {
				t.Errorf("%s %q refused: %v", field, text, errs)
			}
		}
	}
}

// TestNotApplicableRules: for every criterion of the fixture,
// not-applicable is accepted only where allowed and with a reason.
func TestNotApplicableRules(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for _, c := range g.CriteriaFor("chrysalis", "cti-denmark") {
		for _, reason := range []string{"", "   ", "No such service here"} {
			src := "proposal: 1\nlocality: X\norganisations: [Y]\nmodels: [chrysalis, cti-denmark]\ndate: 2026-11-23\nassessed_by: Z\nlanguage: en\nanswers:\n  " +
				c.ID + ":\n    status: not-applicable\n    reason: \"" + reason + "\"\n"
			p, errs := proposal.Load("na.yaml", []byte(src), g, proposal.Messages{})
			ok := c.NAAllowed && strings.TrimSpace(reason) != ""
			if (p != nil) != ok {
				t.Errorf("%s (na_allowed %v) reason %q: accepted %v, errors %v", c.ID, c.NAAllowed, reason, p != nil, errs)
			}
		}
	}
}

// TestTemplates: every model's template in every language is complete and,
// once the three who-and-what fields are filled in, a valid proposal that
// scores in the lowest band.
func TestTemplates(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for _, m := range [][]string{{"chrysalis"}, {"cti-denmark"}, {"chrysalis", "cti-denmark"}} {
		for _, l := range g.Languages {
			lang := l.Code
			var b bytes.Buffer
			if err := proposal.WriteTemplate(&b, g, proposal.TemplateOptions{Models: m, Lang: lang, Date: "2026-11-23", SchemaPath: "../schemas/proposal.schema.json"}); err != nil {
				t.Fatal(err)
			}
			src := b.String()
			if !strings.HasPrefix(src, "# yaml-language-server: $schema=../schemas/proposal.schema.json\n") {
				t.Errorf("%v %s: no modeline", m, lang)
			}
			if _, errs := proposal.Load("t.yaml", []byte(src), g, proposal.Messages{}); len(errs) != 3 {
				t.Errorf("%v %s: an unfilled template should ask for 3 fields, got %v", m, lang, errs)
			}
			src = strings.Replace(src, `locality: ""`, `locality: "Testby"`, 1)
			src = strings.Replace(src, "organisations:\n  - \"\"", "organisations:\n  - \"Testby\"", 1)
			src = strings.Replace(src, `assessed_by: ""`, `assessed_by: "Gruppe"`, 1)
			p, errs := proposal.Load("t.yaml", []byte(src), g, proposal.Messages{})
			if len(errs) > 0 {
				t.Fatalf("%v %s: %v\n%s", m, lang, errs, src)
			}
			crits := g.CriteriaFor(m...)
			if len(p.Answers) != len(crits) {
				t.Errorf("%v %s: %d answers for %d criteria", m, lang, len(p.Answers), len(crits))
			}
			for _, c := range crits {
				ct, _ := guide.TextOf(g, lang, guide.CriterionTexts, c.ID)
				first := strings.Fields(ct.Question)[0]
				if !strings.Contains(src, "# "+first) {
					t.Errorf("%v %s: question of %s missing", m, lang, c.ID)
				}
			}
			if r := score.Score(g, p); r.Band != g.Scoring.Bands[0].ID {
				t.Errorf("%v %s: empty template scores %s", m, lang, r.Band)
			}
		}
	}
}

// FuzzLoadProposal: any bytes load without panicking; whatever loads also
// scores.
func FuzzLoadProposal(f *testing.F) {
	files, _ := filepath.Glob("../../testdata/proposals/bad/*.*")
	good, _ := filepath.Glob("../../testdata/proposals/*.yaml")
	hostile, _ := filepath.Glob("../../testdata/proposals/hostile/*.yaml")
	clean, _ := filepath.Glob("../../testdata/proposals/clean/*.yaml")
	for _, p := range slices.Concat(files, good, hostile, clean) {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		g := testutil.FixtureGuide(t)
		p, errs := proposal.Load("fuzz.yaml", data, g, proposal.Messages{})
		if (p == nil) == (len(errs) == 0) {
			t.Fatalf("proposal %v with %d errors", p != nil, len(errs))
		}
		for _, e := range errs {
			_ = proposal.Format(e, proposal.Messages{}.Catalogue().Words("he"))
		}
		if p != nil {
			score.Score(g, p)
		}
	})
}

// TestMessageLanguage: --lang first, then the file's language, then the
// user's environment, then English; a file whose language the guide does
// not know is reported in the environment's language, and the fix says
// which language and why.
func TestMessageLanguage(t *testing.T) {
	g := testutil.FixtureGuide(t)
	file := func(lang string) []byte {
		return []byte("proposal: 1\nlanguage: " + lang + "\nmodels: 7\n")
	}
	for _, tt := range []struct {
		m          proposal.Messages
		data       []byte
		lang, why  string
		msg, shown string
	}{
		{proposal.Messages{Lang: "sl", Fallback: "da"}, file("he"), "sl", proposal.ChosenByFlag, "models mora biti seznam", ""},
		{proposal.Messages{Fallback: "da"}, file("he"), "he", proposal.ChosenByFile, "models צריך להיות רשימה", ""},
		{proposal.Messages{Fallback: "da"}, file("dk"), "da", proposal.ChosenByEnv, "models skal være en liste", "sproget i computerens indstillinger"},
		{proposal.Messages{Lang: "sl"}, file("dk"), "sl", proposal.ChosenByFlag, "models mora biti seznam", "ker tako zahteva --lang"},
		{proposal.Messages{Fallback: "xx"}, file("dk"), "en", proposal.ChosenByDefault, "models must be a list", "the guide's source language"},
		{proposal.Messages{Lang: "xx"}, file("da"), "da", proposal.ChosenByFile, "models skal være en liste", ""},
	} {
		lang, why := tt.m.Choose(g, tt.data)
		if lang != tt.lang || why != tt.why {
			t.Errorf("%+v %q: %s (%s), want %s (%s)", tt.m, tt.data, lang, why, tt.lang, tt.why)
		}
		_, errs := proposal.Load("f.yaml", tt.data, g, tt.m)
		var all []string
		for _, e := range errs {
			all = append(all, e.Msg+" / "+e.Fix)
		}
		joined := strings.Join(all, "\n")
		if !strings.Contains(joined, tt.msg) {
			t.Errorf("%+v %q: %s, want %q", tt.m, tt.data, joined, tt.msg)
		}
		if tt.shown != "" && !strings.Contains(joined, tt.shown) {
			t.Errorf("%+v %q: the fix does not say the language: %s", tt.m, tt.data, joined)
		}
	}
}
