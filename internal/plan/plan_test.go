package plan_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/checklists"
	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/plan"
	"github.com/exitguide/exitguide/internal/testutil"
)

// realGuide loads the guide built into the binary: the worksheet's figures
// are the real checklists' ones.
func realGuide(t testing.TB) (*guide.Guide, *i18n.Catalogue) {
	t.Helper()
	_, g, errs := load.FS(checklists.FS, "checklists", nil)
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	cat, cerrs := i18n.Embedded()
	if len(cerrs) > 0 {
		t.Fatal(cerrs)
	}
	return g, cat
}

func f(v float64) *float64 { return &v }

// TestFiguresMatchSeeds: each figure of the worksheet equals what its source
// document says, in the section it cites: the phrase that states it is
// found in the seed file between that section's heading and the next
// section's heading.
func TestFiguresMatchSeeds(t *testing.T) {
	g, _ := realGuide(t)
	seeds := filepath.Join(testutil.Root(t), "../shared/seeds")
	if _, err := os.Stat(seeds); err != nil {
		t.Skip("the source documents (../shared/seeds) are not beside the repository")
	}
	tests := []struct {
		line, quantity  string
		value, min, max *float64
		ref, phrase     string
	}{
		{"chrysalis.keyworker", "follow-on-months", f(6), nil, nil, "chrysalis-eval#support-model", "וגם בששת החודשים שלאחר מכן"},
		{"chrysalis.keyworker", "follow-on-months", f(6), nil, nil, "chrysalis-eval#conclusions", "למשך 6 חודשים"},
		{"cti-denmark.cti-worker", "duration-months", f(12), nil, nil, "cti-eval#cti-method", "perioden 12 måneder"},
		{"cti-denmark.cti-worker", "phases", f(3), nil, nil, "cti-eval#cti-method", "tre lige lange faser"},
		{"cti-denmark.ngo-fund", "amount-year", f(500000), nil, nil, "cti-eval#partnerships", "500.000 kr., der årligt var øremærket"},
		{"cti-denmark.ngo-fund", "count", f(1), nil, nil, "cti-eval#partnerships", "Hver projektkommune rådede over"},
		{"cti-denmark.method-residentials", "count", f(2), nil, nil, "cti-eval#training", "to gange to dages metodeinternater"},
		{"cti-denmark.method-residentials", "days", f(2), nil, nil, "cti-eval#training", "to gange to dages"},
		{"cti-denmark.experience-meetings", "meetings-year", f(2), nil, nil, "cti-eval#training", "halvårlige er-faringsmøder"},
		{"copenhagen.reden-one-to-one", "hours-week", f(37), nil, nil, "copenhagen-application#interventions", "socialrådgiver 37 timer om ugen"},
		{"copenhagen.reden-one-to-one", "caseload", nil, f(5), f(7), "copenhagen-application#interventions", "caseload på 5-7 kvinder ad gangen"},
		{"copenhagen.reden-one-to-one", "women-year", f(30), nil, nil, "copenhagen-application#participants", "rådgivningsforløb for 30 borgere årligt"},
		{"copenhagen.reden-one-to-one", "duration-months", nil, f(1), f(6), "copenhagen-application#interventions", "i gennemsnit 1-6 måneder"},
		{"copenhagen.outreach-social-worker", "hours-week", f(25), nil, nil, "copenhagen-application#interventions", "juridiske kompetencer (25 t/u)"},
		{"copenhagen.outreach-social-worker", "caseload", f(15), nil, nil, "copenhagen-application#interventions", "caseload på omkring 15 aktive brugere"},
		{"copenhagen.outreach-social-worker", "women-year", f(75), nil, nil, "copenhagen-application#participants", "75 vil tage imod et rådgivningsforløb"},
		{"copenhagen.outreach-social-worker", "contacts-year", f(150), nil, nil, "copenhagen-application#participants", "kontakt til 150 personer årligt"},
		{"copenhagen.outreach-social-worker", "duration-months", nil, nil, f(3), "copenhagen-application#interventions", "fra 1 time til 3 måneder"},
		{"copenhagen.outreach-nurse", "hours-week", f(10), nil, nil, "copenhagen-application#interventions", "sygeplejerske (10 t/u)"},
		{"copenhagen.psychoeducation-groups", "group-size", nil, nil, f(12), "copenhagen-application#interventions", "max 12 deltagere"},
		{"copenhagen.psychoeducation-groups", "sessions", nil, f(8), f(12), "copenhagen-application#interventions", "Gruppeforløbene er 8 til 12 gange"},
		{"copenhagen.psychoeducation-groups", "sessions-week", f(2), nil, nil, "copenhagen-application#interventions", "to gange om ugen"},
		{"copenhagen.psychoeducation-groups", "session-hours", f(2), nil, nil, "copenhagen-application#interventions", "af to timers varighed"},
		{"copenhagen.psychoeducation-groups", "women-year", f(60), nil, nil, "copenhagen-application#participants", "psykoedukative forløb forventes at kunne omfatte 60"},
		{"copenhagen.employment-groups", "group-size", nil, nil, f(12), "copenhagen-application#interventions", "max indgå 12 borgere"},
		{"copenhagen.employment-groups", "sessions-week", f(3), nil, nil, "copenhagen-application#interventions", "tre mødegange om ugen"},
		{"copenhagen.employment-groups", "duration-months", f(5), nil, nil, "copenhagen-application#interventions", "fem måneders varighed"},
		{"copenhagen.employment-groups", "groups-year", f(2), nil, nil, "copenhagen-application#interventions", "to grupper årligt"},
		{"copenhagen.employment-groups", "women-year", f(60), nil, nil, "copenhagen-application#participants", "beskæftigelsesforløb forventes at kunne omfatte 60"},
		{"copenhagen.coordinator", "count", f(1), nil, nil, "copenhagen-application#interventions", "Der ansættes en koordinator"},
		{"copenhagen.steering-group", "meetings-year", nil, f(2), f(3), "copenhagen-application#organisation", "mødes 2-3 gange årligt"},
	}
	docs := map[string]string{}
	for _, tt := range tests {
		t.Run(tt.line+"/"+tt.quantity+"/"+tt.ref, func(t *testing.T) {
			l, ok := g.CapacityLine(tt.line)
			if !ok {
				t.Fatalf("no capacity line %s", tt.line)
			}
			fig, ok := l.Figure(tt.quantity)
			if !ok {
				t.Fatalf("%s has no %s figure", tt.line, tt.quantity)
			}
			eq := func(a, b *float64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }
			if fig.None || !eq(fig.Value, tt.value) || !eq(fig.Min, tt.min) || !eq(fig.Max, tt.max) {
				t.Errorf("%s %s: the guide has value %v min %v max %v none %v; the source says %q", tt.line, tt.quantity, ptr(fig.Value), ptr(fig.Min), ptr(fig.Max), fig.None, tt.phrase)
			}
			cited := false
			for _, s := range fig.Sources {
				cited = cited || string(s) == tt.ref
			}
			if !cited {
				t.Errorf("%s %s does not cite %s (it cites %v)", tt.line, tt.quantity, tt.ref, fig.Sources)
			}
			ref := guide.SourceRef(tt.ref)
			src, ok := g.Source(ref.Doc())
			if !ok {
				t.Fatalf("no source %s", ref.Doc())
			}
			text, ok := docs[src.File]
			if !ok {
				b, err := os.ReadFile(filepath.Join(seeds, src.File))
				if err != nil {
					t.Fatal(err)
				}
				text = string(b)
				docs[src.File] = text
			}
			start, end := sectionSpan(t, src, ref.Section(), text)
			at := strings.Index(text[start:end], tt.phrase)
			if at < 0 {
				t.Errorf("%s: %q is not in section %s of %s", tt.line, tt.phrase, ref.Section(), src.File)
			}
		})
	}
}

func ptr(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}

// sectionSpan finds a section of a seed document: from its heading (the
// first words of it, as sources.yaml quotes them) to the heading of the
// next section that follows in the text.
func sectionSpan(t *testing.T, src guide.Source, id, text string) (int, int) {
	t.Helper()
	find := func(heading string) int {
		h := heading
		if i := strings.Index(h, " … "); i > 0 {
			h = h[:i]
		}
		if i := strings.Index(h, " — "); i > 0 {
			h = h[:i]
		}
		return strings.Index(text, h)
	}
	start := -1
	for _, s := range src.Sections {
		if s.ID == id {
			start = find(s.Heading)
		}
	}
	if start < 0 {
		t.Fatalf("the heading of %s#%s is not in %s", src.ID, id, src.File)
	}
	end := len(text)
	for _, s := range src.Sections {
		if p := find(s.Heading); p > start && p < end {
			end = p
		}
	}
	return start, end
}

// TestEverySourceResolves: every figure of every line cites a document and
// section that exist, and every model has lines.
func TestEverySourceResolves(t *testing.T) {
	g, _ := realGuide(t)
	for _, m := range g.Models {
		if len(g.CapacityOf(m.ID)) == 0 {
			t.Errorf("model %s has no capacity lines", m.ID)
		}
	}
	for _, l := range g.Capacity {
		for _, fig := range l.Figures {
			if len(fig.Sources) == 0 {
				t.Errorf("%s %s cites no source", l.ID, fig.Quantity)
			}
			for _, r := range fig.Sources {
				src, ok := g.Source(r.Doc())
				if !ok {
					t.Errorf("%s %s: unknown document %s", l.ID, fig.Quantity, r)
					continue
				}
				found := false
				for _, s := range src.Sections {
					found = found || s.ID == r.Section()
				}
				if !found {
					t.Errorf("%s %s: %s has no section %s", l.ID, fig.Quantity, r.Doc(), r.Section())
				}
			}
		}
	}
}

// TestCompute: how many are needed and what the budget adds up to.
func TestCompute(t *testing.T) {
	g, _ := realGuide(t)
	q := func(n int) *int { return &n }
	tests := []struct {
		name       string
		model      string
		women      int
		costs      *plan.Costs
		wantQty    map[string]int    // known quantities
		wantStatus map[string]string // statuses
		year, proj float64
	}{
		{"45 women in Copenhagen, no costs", "copenhagen", 45, nil,
			map[string]int{"copenhagen.reden-one-to-one": 2, "copenhagen.outreach-social-worker": 1, "copenhagen.psychoeducation-groups": 4, "copenhagen.coordinator": 1, "copenhagen.steering-group": 3},
			map[string]string{"copenhagen.reden-one-to-one": plan.NoCost, "copenhagen.budget": plan.Info}, 0, 0},
		{"30 women: exactly one worker", "copenhagen", 30, nil,
			map[string]int{"copenhagen.reden-one-to-one": 1, "copenhagen.psychoeducation-groups": 3}, nil, 0, 0},
		{"31 women: a second worker", "copenhagen", 31, nil,
			map[string]int{"copenhagen.reden-one-to-one": 2}, nil, 0, 0},
		{"costs in the total, one line sized for other women", "copenhagen", 45, &plan.Costs{Currency: "DKK", Lines: map[string]plan.LineCost{
			"copenhagen.reden-one-to-one":       {Cost: f(500000)},
			"copenhagen.psychoeducation-groups": {Cost: f(40000.5), Women: q(12)},
		}}, map[string]int{"copenhagen.reden-one-to-one": 2, "copenhagen.psychoeducation-groups": 1},
			map[string]string{"copenhagen.reden-one-to-one": plan.InTotal, "copenhagen.coordinator": plan.NoCost}, 1040000.5, 0},
		{"CTI: no caseload, so no worker count unless the user sets one", "cti-denmark", 20, &plan.Costs{Lines: map[string]plan.LineCost{
			"cti-denmark.cti-worker":          {Cost: f(450000)},
			"cti-denmark.method-residentials": {Cost: f(30000)},
			"cti-denmark.ngo-fund":            {Cost: f(500000)},
		}}, map[string]int{"cti-denmark.ngo-fund": 1, "cti-denmark.method-residentials": 2, "cti-denmark.experience-meetings": 2},
			map[string]string{"cti-denmark.cti-worker": plan.NoFigure, "cti-denmark.pre-cti-contact": plan.Info}, 500000, 60000},
		{"CTI: the user sets the workers", "cti-denmark", 20, &plan.Costs{Lines: map[string]plan.LineCost{
			"cti-denmark.cti-worker": {Cost: f(450000), Quantity: q(3)},
		}}, map[string]int{"cti-denmark.cti-worker": 3}, map[string]string{"cti-denmark.cti-worker": plan.InTotal}, 1350000, 0},
		{"Ključ: nothing can be sized", "kljuc", 10, &plan.Costs{Lines: map[string]plan.LineCost{"kljuc.staff": {Cost: f(30000)}}}, nil,
			map[string]string{"kljuc.staff": plan.NoFigure, "kljuc.group-activities": plan.NoFigure, "kljuc.funding": plan.Info}, 0, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ws := plan.Compute(g, tt.model, tt.women, tt.costs)
			byID := map[string]plan.Line{}
			for _, l := range ws.Lines {
				byID[l.ID] = l
			}
			for id, n := range tt.wantQty {
				l, ok := byID[id]
				if !ok || !l.Need.Known || l.Need.Quantity != n {
					t.Errorf("%s: quantity %d (known %v, rule %s), want %d", id, l.Need.Quantity, l.Need.Known, l.Need.Rule, n)
				}
			}
			for id, s := range tt.wantStatus {
				if byID[id].Status != s {
					t.Errorf("%s: status %s, want %s", id, byID[id].Status, s)
				}
			}
			if ws.TotalYear != tt.year || ws.TotalProject != tt.proj {
				t.Errorf("totals %v a year and %v once, want %v and %v", ws.TotalYear, ws.TotalProject, tt.year, tt.proj)
			}
		})
	}
}

// TestNumbers: amounts and figures as each language writes them.
func TestNumbers(t *testing.T) {
	en := guide.Language{Code: "en", Decimal: "."}
	da := guide.Language{Code: "da", Decimal: ","}
	for _, tt := range []struct {
		l    guide.Language
		f    float64
		want string
	}{
		{en, 500000, "500,000"}, {da, 500000, "500.000"}, {en, 1040000.5, "1,040,000.50"}, {da, 1040000.5, "1.040.000,50"},
		{en, 999, "999"}, {en, 0, "0"}, {da, 1000, "1.000"},
	} {
		if got := plan.Money(tt.l, tt.f); got != tt.want {
			t.Errorf("Money(%s, %v) = %q, want %q", tt.l.Code, tt.f, got, tt.want)
		}
	}
	if got := plan.Number(da, 3.75); got != "3,75" {
		t.Errorf("Number(da, 3.75) = %q", got)
	}
}

// TestGolden: the worksheet in every format and language, with the costs
// file of testdata/costs-copenhagen.yaml and without costs.
func TestGolden(t *testing.T) {
	g, cat := realGuide(t)
	data, err := os.ReadFile("testdata/costs-copenhagen.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range testutil.Languages(g) {
		w := cat.Words(lang)
		c, errs := plan.ParseCosts(g, "copenhagen", "testdata/costs-copenhagen.yaml", data, w)
		if len(errs) > 0 {
			t.Fatal(errs)
		}
		for _, format := range plan.Formats {
			var b bytes.Buffer
			if err := plan.Write(&b, plan.NewView(g, plan.Compute(g, "copenhagen", 45, c), lang, w), g, format); err != nil {
				t.Fatal(err)
			}
			if strings.Contains(b.String(), "%!") || strings.Contains(b.String(), "{") && format != "json" && format != "html" {
				t.Errorf("%s %s: a formatting mistake or an unfilled placeholder:\n%s", lang, format, b.String())
			}
			testutil.Golden(t, "testdata/golden/copenhagen-45."+lang+"."+ext(format), b.String())
		}
		var b bytes.Buffer
		if err := plan.Write(&b, plan.NewView(g, plan.Compute(g, "cti-denmark", 20, nil), lang, w), g, "text"); err != nil {
			t.Fatal(err)
		}
		testutil.Golden(t, "testdata/golden/cti-denmark-20-nocosts."+lang+".txt", b.String())
		b.Reset()
		if err := plan.WriteTemplate(&b, g, "cti-denmark", lang, w); err != nil {
			t.Fatal(err)
		}
		testutil.Golden(t, "testdata/golden/template-cti-denmark."+lang+".yaml", b.String())
	}
}

func ext(format string) string {
	return map[string]string{"text": "txt", "markdown": "md", "csv": "csv", "json": "json", "html": "html"}[format]
}

// TestTemplateReadsBack: a costs template, untouched, is a valid costs file
// for its model, and with every cost filled in it puts every sized line in
// a total.
func TestTemplateReadsBack(t *testing.T) {
	g, cat := realGuide(t)
	for _, m := range g.Models {
		for _, lang := range testutil.Languages(g) {
			w := cat.Words(lang)
			var b bytes.Buffer
			if err := plan.WriteTemplate(&b, g, m.ID, lang, w); err != nil {
				t.Fatal(err)
			}
			c, errs := plan.ParseCosts(g, m.ID, "template.yaml", b.Bytes(), w)
			if len(errs) > 0 {
				t.Fatalf("%s %s: the template does not read back:\n%v\n%s", m.ID, lang, errs, b.String())
			}
			if c.Model != m.ID {
				t.Errorf("%s %s: model %q", m.ID, lang, c.Model)
			}
			filled := strings.ReplaceAll(b.String(), "    cost:\n", "    cost: 100\n")
			c, errs = plan.ParseCosts(g, m.ID, "template.yaml", []byte(filled), w)
			if len(errs) > 0 {
				t.Fatal(errs)
			}
			for _, l := range plan.Compute(g, m.ID, 10, c).Lines {
				if l.Need.Known && l.CostPer != "" && l.Status != plan.InTotal {
					t.Errorf("%s %s: %s is %s with every cost filled in", m.ID, lang, l.ID, l.Status)
				}
			}
		}
	}
}

// TestBadCosts: each mistake in a costs file is reported at its line and
// column, with what was expected and how to fix it.
func TestBadCosts(t *testing.T) {
	g, cat := realGuide(t)
	w := cat.Words("en")
	tests := []struct {
		name, src, where, words string
	}{
		{"not a mapping", "- a\n- b\n", "costs.yaml:1:1", "not a list of keys"},
		{"unknown key", "model: copenhagen\ncurency: DKK\n", "costs.yaml:2:1", `Did you mean "currency"?`},
		{"other model", "model: kljuc\n", "costs.yaml:1:8", `for model "kljuc"`},
		{"women not whole", "women: 4.5\n", "costs.yaml:1:8", "whole number from 1"},
		{"unknown line", "lines:\n  copenhagen.reden-one-to-on:\n    cost: 1\n", "costs.yaml:2:3", `Did you mean "copenhagen.reden-one-to-one"?`},
		{"info line", "lines:\n  copenhagen.budget:\n    cost: 1\n", "costs.yaml:2:3", "not a budget line"},
		{"line of another model", "lines:\n  kljuc.staff:\n    cost: 1\n", "costs.yaml:2:3", "not a budget line of copenhagen"},
		{"cost with spaces", "lines:\n  copenhagen.coordinator:\n    cost: 520 000\n", "costs.yaml:3:11", `"520 000", is not a number`},
		{"negative cost", "lines:\n  copenhagen.coordinator:\n    cost: -5\n", "costs.yaml:3:11", "is not a number from 0"},
		{"cost as a line", "lines:\n  copenhagen.coordinator: 5\n", "costs.yaml:2:27", "has no cost: under it"},
		{"fractional quantity", "lines:\n  copenhagen.coordinator:\n    quantity: 1.5\n", "costs.yaml:3:15", "not a whole number"},
		{"unknown line key", "lines:\n  copenhagen.coordinator:\n    costs: 5\n", "costs.yaml:3:5", `Did you mean "cost"?`},
		{"syntax", "lines: [\n", "costs.yaml:", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, errs := plan.ParseCosts(g, "copenhagen", "costs.yaml", []byte(tt.src), w)
			if len(errs) == 0 || c != nil {
				t.Fatalf("accepted:\n%s", tt.src)
			}
			got := errs.Error()
			if !strings.HasPrefix(got, tt.where) || !strings.Contains(got, tt.words) {
				t.Errorf("got\n%s\nwant at %s with %q", got, tt.where, tt.words)
			}
			if tt.words != "" && (errs[0].Expected == "" || errs[0].Fix == "") {
				t.Errorf("no expected or fix: %#v", errs[0])
			}
		})
	}
}

// TestJSONIsLanguageNeutral: the JSON numbers are the same in every language.
func TestJSONIsLanguageNeutral(t *testing.T) {
	g, cat := realGuide(t)
	var first map[string]any
	for _, lang := range testutil.Languages(g) {
		var b bytes.Buffer
		if err := plan.Write(&b, plan.NewView(g, plan.Compute(g, "copenhagen", 45, nil), lang, cat.Words(lang)), g, "json"); err != nil {
			t.Fatal(err)
		}
		var m map[string]any
		if err := json.Unmarshal(b.Bytes(), &m); err != nil {
			t.Fatal(err)
		}
		delete(m, "lang")
		delete(m, "title")
		delete(m, "names")
		if first == nil {
			first = m
			continue
		}
		a, _ := json.Marshal(first)
		c, _ := json.Marshal(m)
		if !bytes.Equal(a, c) {
			t.Errorf("%s: the numbers differ from English", lang)
		}
	}
}

// FuzzParseCosts: no input makes the costs reader panic, and an accepted
// file always gives costs in range.
func FuzzParseCosts(f *testing.F) {
	g, cat := realGuide(f)
	w := cat.Words("en")
	for _, s := range []string{"", "model: copenhagen\ncurrency: DKK\nwomen: 45\nlines:\n  copenhagen.coordinator:\n    cost: 5\n    quantity: 2\n    women: 3\n", "lines: {copenhagen.coordinator: {cost: 1e300}}", "women: -1", "lines:\n  copenhagen.coordinator:\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, errs := plan.ParseCosts(g, "copenhagen", "fuzz.yaml", data, w)
		if len(errs) > 0 {
			return
		}
		for id, lc := range c.Lines {
			if lc.Cost != nil && (*lc.Cost < 0 || *lc.Cost > plan.MaxCost) {
				t.Errorf("%s: cost %v accepted", id, *lc.Cost)
			}
			if lc.Quantity != nil && (*lc.Quantity < 0 || *lc.Quantity > plan.MaxQuantity) {
				t.Errorf("%s: quantity %v accepted", id, *lc.Quantity)
			}
		}
		plan.Compute(g, "copenhagen", 1, c)
	})
}

// BenchmarkWorksheet: computing and wording the largest worksheet.
func BenchmarkWorksheet(b *testing.B) {
	g, cat := realGuide(b)
	w := cat.Words("en")
	c := &plan.Costs{Lines: map[string]plan.LineCost{"copenhagen.reden-one-to-one": {Cost: f(520000)}}}
	for b.Loop() {
		var buf bytes.Buffer
		if err := plan.Write(&buf, plan.NewView(g, plan.Compute(g, "copenhagen", 45, c), "en", w), g, "text"); err != nil {
			b.Fatal(err)
		}
	}
}
