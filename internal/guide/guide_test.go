package guide_test

import (
	"path/filepath"
	"reflect"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/testutil"
)

// TestIndexOrder: Index puts models and domains by Order, blocks by their
// model's order (the core first) then their own, criteria by their block,
// recommendations by model then number (unnumbered last), and the look-ups
// find the first item with an id.
func TestIndexOrder(t *testing.T) {
	g := &guide.Guide{
		Domains: []guide.Domain{{ID: "b", Order: 2}, {ID: "a", Order: 1}},
		Models:  []guide.Model{{ID: "second", Order: 2}, {ID: "first", Order: 1}},
		Blocks: []guide.Block{
			{ID: "second.x", Model: "second", Order: 1},
			{ID: "first.y", Model: "first", Order: 2},
			{ID: "first.x", Model: "first", Order: 1},
			{ID: "core.x", Order: 5},
		},
		Criteria: []guide.Criterion{
			{ID: "second.c", Block: "second.x"}, {ID: "first.c2", Block: "first.y"}, {ID: "core.c", Block: "core.x"},
			{ID: "first.c1", Block: "first.x"}, {ID: "core.c", Block: "first.x", Weight: 3},
		},
		Recommendations: []guide.Recommendation{
			{ID: "second.r1", Model: "second", Number: 1}, {ID: "first.none", Model: "first"},
			{ID: "first.r2", Model: "first", Number: 2}, {ID: "first.r1", Model: "first", Number: 1},
		},
	}
	g.Index()
	ids := func(k string) string { kind, _ := guide.KindOf(k); return strings.Join(kind.GuideIDs(g), " ") }
	for kind, want := range map[string]string{
		"domains":         "a b",
		"models":          "first second",
		"blocks":          "core.x first.x first.y second.x",
		"criteria":        "core.c first.c1 core.c first.c2 second.c",
		"recommendations": "first.r1 first.r2 first.none second.r1",
	} {
		if got := ids(kind); got != want {
			t.Errorf("%s: %s, want %s", kind, got, want)
		}
	}
	if c, ok := g.Criterion("core.c"); !ok || c.Weight != 0 || c.Block != "core.x" {
		t.Errorf("Criterion(core.c) = %+v, %v: want the first one", c, ok)
	}
	if _, ok := g.Model("third"); ok {
		t.Error("an unknown model was found")
	}
	if got := g.ModelOf(guide.Criterion{Block: "second.x"}); got != "second" {
		t.Errorf("ModelOf = %q", got)
	}
	var crit []string
	for _, c := range g.CriteriaFor("first") {
		crit = append(crit, c.ID)
	}
	if got := strings.Join(crit, " "); got != "core.c first.c1 core.c first.c2" {
		t.Errorf("CriteriaFor(first) = %s", got)
	}
}

// TestTextOfFallback: a language's text, else the English with "en" as its
// language (so a page marks it untranslated), else nothing.
func TestTextOfFallback(t *testing.T) {
	g := &guide.Guide{}
	g.AddText("en", &guide.TextBundle{Criteria: map[string]guide.CriterionText{"a": {Question: "A?"}, "b": {Question: "B?"}}})
	g.AddText("da", &guide.TextBundle{Criteria: map[string]guide.CriterionText{"a": {Question: "A på dansk?"}}})
	g.Index()
	for _, tt := range []struct{ lang, id, question, in string }{
		{"da", "a", "A på dansk?", "da"},
		{"da", "b", "B?", "en"},
		{"sv", "a", "A?", "en"},
		{"da", "c", "", ""},
	} {
		c, in := guide.TextOf(g, tt.lang, guide.CriterionTexts, tt.id)
		if c.Question != tt.question || in != tt.in {
			t.Errorf("TextOf(%s, %s) = %q in %q, want %q in %q", tt.lang, tt.id, c.Question, in, tt.question, tt.in)
		}
	}
}

// TestAddFirstWins: merging keeps the first scoring section, language
// section and text of an id (lint reports the others).
func TestAddFirstWins(t *testing.T) {
	g := &guide.Guide{}
	g.AddBundle(&guide.Bundle{Scoring: &guide.Scoring{Bands: []guide.Band{{ID: "one"}}}, Terms: []guide.Term{{ID: "t"}}})
	g.AddBundle(&guide.Bundle{Scoring: &guide.Scoring{Bands: []guide.Band{{ID: "two"}}}, Terms: []guide.Term{{ID: "u"}}})
	g.AddText("da", &guide.TextBundle{Language: &guide.Language{Code: "da", Order: 2}, Terms: map[string]guide.TermText{"t": {Term: "first"}}})
	g.AddText("da", &guide.TextBundle{Language: &guide.Language{Code: "da", Order: 9}, Terms: map[string]guide.TermText{"t": {Term: "second"}, "u": {Term: "u"}}})
	g.Index()
	if len(g.Scoring.Bands) != 1 || g.Scoring.Bands[0].ID != "one" || len(g.Terms) != 2 {
		t.Errorf("scoring %+v, terms %+v", g.Scoring, g.Terms)
	}
	if len(g.Languages) != 1 || g.Languages[0].Order != 2 {
		t.Errorf("languages %+v", g.Languages)
	}
	if e, _ := g.Text["da"].Entry("terms", "t"); e.(guide.TermText).Term != "first" {
		t.Errorf("term t: %+v", e)
	}
	if _, ok := g.Text["da"].Entry("terms", "u"); !ok {
		t.Error("term u of the second file is lost")
	}
	if _, ok := g.Text["da"].Entry("nonsense", "t"); ok {
		t.Error("an unknown kind has entries")
	}
}

// TestKindsCoverTheTypes: every list of a structure file and every map of
// a text file has its Kind, under its JSON key, so a new kind cannot be
// forgotten by the code that walks Kinds (lint, stamp, merging).
func TestKindsCoverTheTypes(t *testing.T) {
	jsonKeys := func(v any, kind reflect.Kind) []string {
		var out []string
		rt := reflect.TypeOf(v)
		for f := range rt.Fields() {
			if f.Type.Kind() == kind {
				key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
				out = append(out, key)
			}
		}
		return out
	}
	var inBundle, all []string
	for _, k := range guide.Kinds {
		all = append(all, k.Key)
		if k.InBundle {
			inBundle = append(inBundle, k.Key)
		}
	}
	if want := jsonKeys(guide.Bundle{}, reflect.Slice); !slices.Equal(inBundle, want) {
		t.Errorf("kinds in a structure file: %v, the Bundle type has %v", inBundle, want)
	}
	// names, the term base, is the one map that is not a kind: each
	// language's editor writes it; it is not translated from English.
	textMaps := slices.DeleteFunc(jsonKeys(guide.TextBundle{}, reflect.Map), func(k string) bool { return k == "names" })
	if want := textMaps; !slices.Equal(all, want) {
		t.Errorf("kinds: %v, the TextBundle type has %v", all, want)
	}
}

// TestPartsMatchFields: the sections and comparison cells that All walks
// are the types' fields, by their JSON keys, in the same order for the
// text and the sources.
func TestPartsMatchFields(t *testing.T) {
	tagsOf := func(v any) []string {
		var out []string
		for f := range reflect.TypeOf(v).Fields() {
			key, _, _ := strings.Cut(f.Tag.Get("json"), ",")
			out = append(out, key)
		}
		return out
	}
	// Fill every field with its own key, so All's pairing shows.
	fill := func(v any) any {
		rv := reflect.New(reflect.TypeOf(v)).Elem()
		for i, key := range tagsOf(v) {
			f := rv.Field(i)
			if f.Kind() == reflect.String {
				f.SetString(key)
			} else {
				f.Set(reflect.ValueOf([]guide.SourceRef{guide.SourceRef(key)}))
			}
		}
		return rv.Interface()
	}
	check := func(name string, keys []string, v any, seq func(any) [][2]string) {
		if want := tagsOf(v); !slices.Equal(keys, want) {
			t.Errorf("%s keys %v, fields %v", name, keys, want)
		}
		for _, kv := range seq(fill(v)) {
			if kv[0] != kv[1] {
				t.Errorf("%s: key %s yields the field %s", name, kv[0], kv[1])
			}
		}
	}
	texts := func(seq func(yield func(string, string) bool)) [][2]string {
		var out [][2]string
		for k, v := range seq {
			out = append(out, [2]string{k, v})
		}
		return out
	}
	refs := func(seq func(yield func(string, []guide.SourceRef) bool)) [][2]string {
		var out [][2]string
		for k, v := range seq {
			out = append(out, [2]string{k, string(v[0])})
		}
		return out
	}
	check("SectionText", guide.SectionKeys, guide.SectionText{}, func(v any) [][2]string { return texts(v.(guide.SectionText).All()) })
	check("SectionSources", guide.SectionKeys, guide.SectionSources{}, func(v any) [][2]string { return refs(v.(guide.SectionSources).All()) })
	check("CompareText", guide.CompareKeys, guide.CompareText{}, func(v any) [][2]string { return texts(v.(guide.CompareText).All()) })
	check("CompareSources", guide.CompareKeys, guide.CompareSources{}, func(v any) [][2]string { return refs(v.(guide.CompareSources).All()) })
}

// TestHash: the from: versions stamped in the test tree's Danish texts
// are the Hash of their English entries (so a change to Hash, which would
// outdate every translation, fails here), Hash ignores From, and any other
// change gives another version of 8 hex digits.
func TestHash(t *testing.T) {
	_, g, errs := load.Dir(filepath.Join(testutil.Root(t), "testdata/checklists/good/checklists"))
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	n := 0
	for _, k := range guide.Kinds {
		for id, e := range k.Entries(g.Text["da"]) {
			en, ok := g.Text["en"].Entry(k.Key, id)
			if !ok {
				t.Fatalf("no English %s %s", k.Key, id)
			}
			if got := guide.Hash(en); got != e.FromHash() {
				t.Errorf("%s %s: Hash of the English %s, stamped %s", k.Key, id, got, e.FromHash())
			}
			n++
		}
	}
	if n < 10 {
		t.Errorf("only %d Danish entries", n)
	}
	a := guide.CriterionText{Question: "Q?", Why: "W", GoodEnough: "G", Better: "B"}
	stamped := a
	stamped.From = "0123abcd"
	changed := a
	changed.Why = "W."
	if guide.Hash(a) != guide.Hash(stamped) {
		t.Error("Hash depends on From")
	}
	if guide.Hash(a) == guide.Hash(changed) {
		t.Error("Hash does not change with the text")
	}
	// The notes are part of the text: a new or changed open: or adapt:
	// makes every translation outdated; an entry without notes keeps the
	// version it had before the fields existed.
	withOpen, withAdapt := a, a
	withOpen.Open = "The source does not say who pays."
	withAdapt.Adapt = "Elsewhere, ask the municipality."
	if h := guide.Hash(a); h == guide.Hash(withOpen) || h == guide.Hash(withAdapt) || guide.Hash(withOpen) == guide.Hash(withAdapt) {
		t.Error("Hash does not change with the open: or adapt: note")
	}
	model := guide.ModelText{Name: "M", Place: "P", Summary: "S", Sections: guide.SectionText{HowItWorks: "H"}}
	modelOpen := model
	modelOpen.Open = &guide.SectionText{HowItWorks: "Open."}
	if guide.Hash(model) == guide.Hash(modelOpen) {
		t.Error("Hash does not change with a model section's open: note")
	}
	if !regexp.MustCompile(`^[0-9a-f]{8}$`).MatchString(guide.Hash(a)) {
		t.Errorf("Hash = %q", guide.Hash(a))
	}
}

// TestModelEvidence: a model's evidence is the kinds of the primary
// documents behind the model as a whole, strongest first; an evaluation
// report among them makes it evaluated. Cross-references from a section to
// another model's document do not count (the live Chrysalis adapt_locally
// cites the CTI evaluation and the Copenhagen application).
func TestModelEvidence(t *testing.T) {
	g := testutil.FixtureGuide(t)
	for _, tt := range []struct {
		model     string
		kinds     []guide.EvidenceKind
		evaluated bool
	}{
		{"chrysalis", []guide.EvidenceKind{{Type: "evaluation-report", Status: "draft"}}, true},
		{"cti-denmark", []guide.EvidenceKind{{Type: "evaluation-report", Status: "published"}, {Type: "news-item", Status: "published"}}, true},
		{"no-such-model", []guide.EvidenceKind{}, false},
	} {
		ev := g.ModelEvidence(tt.model)
		if !slices.Equal(ev.Kinds, tt.kinds) || ev.Evaluated != tt.evaluated {
			t.Errorf("%s: %+v, want kinds %v evaluated %v", tt.model, ev, tt.kinds, tt.evaluated)
		}
	}
}

// TestFigureEnums: the lists the worksheet's words are keyed by are the
// enums of the schema tags.
func TestFigureEnums(t *testing.T) {
	enum := func(typ any, field string) []string {
		f, _ := reflect.TypeOf(typ).FieldByName(field)
		var out []string
		for _, part := range strings.Split(f.Tag.Get("jsonschema"), ",") {
			if v, ok := strings.CutPrefix(part, "enum="); ok {
				out = append(out, v)
			}
		}
		return out
	}
	for _, tt := range []struct {
		got, want []string
	}{
		{guide.FigureQuantities, enum(guide.Figure{}, "Quantity")},
		{guide.CostPers, enum(guide.CapacityLine{}, "CostPer")},
		{guide.SizeRules, enum(guide.CapacityLine{}, "SizeBy")},
	} {
		if !slices.Equal(tt.got, tt.want) {
			t.Errorf("%v, the schema enum is %v", tt.got, tt.want)
		}
	}
}
