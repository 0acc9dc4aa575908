package sitegen

import (
	"github.com/exitguide/exitguide/i18n"
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/testutil"
)

// TestBidi: in right-to-left text, Latin names and number ranges are
// isolated, so a reader sees "St Mungo's" on one line and 2020–2023 in
// its order; text without right-to-left letters, tags and code are left
// alone.
func TestBidi(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"<p>בשנים 2020–2023 עבדה St Mungo&#39;s בלונדון.</p>\n",
			`<p>בשנים <span class="ltr">2020–2023</span> עבדה <bdi class="latin">St Mungo&#39;s</bdi> בלונדון.</p>` + "\n"},
		{"<p>From 2020–2023 at St Mungo's.</p>", "<p>From 2020–2023 at St Mungo's.</p>"},
		{"<p>קוד <code>a-b 1–2</code> כאן</p>", "<p>קוד <code>a-b 1–2</code> כאן</p>"},
		{`<a href="/he/x-1-2/">קישור</a>`, `<a href="/he/x-1-2/">קישור</a>`},
	} {
		if got := bidi(tt.in); got != tt.want {
			t.Errorf("bidi(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}

// TestBidiMatchesTemplate: layouts/_partials/bidi.html (still used for
// hand-written pages) isolates with the same patterns as Go, so a
// generated and a hand-written page read alike.
func TestBidiMatchesTemplate(t *testing.T) {
	b, err := os.ReadFile("../../layouts/_partials/bidi.html")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{bidiRTLLetter, bidiLatinWord, bidiRange} {
		if !strings.Contains(string(b), "`"+p+"`") {
			t.Errorf("bidi.html does not use the pattern %s", p)
		}
	}
}

// TestCitationHTML: a citation shows the source's title linked to the
// sources page of the reader's language, its kind in the reader's words,
// and the section's heading; an unknown section shows its id.
func TestCitationHTML(t *testing.T) {
	g := testutil.FixtureGuide(t)
	lang := g.Languages[len(g.Languages)-1]
	d := langData(g, lang.Code)
	ui := allWords(t)
	ui["en"]["sources_label"], ui["en"]["evidence_status_draft"] = "Sources", "draft"
	for _, ty := range guide.SourceTypes {
		ui["en"]["evidence_type_"+strings.ReplaceAll(ty, "-", "_")] = "type " + ty
	}
	if err := addHTML(g, lang, &d, ui); err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, c := range d.Criteria {
		for _, r := range c.Sources {
			n++
			doc, _, _ := strings.Cut(string(r), "#")
			src := d.Sources[doc]
			got := c.HTML["section"] // the citation list is in the checklist item
			for _, want := range []string{`<span class="source-refs__label">Sources</span>`, `<a href="/` + lang.Code + `/sources/#` + doc + `">`, "type " + src.Type} {
				if !strings.Contains(got, want) {
					t.Errorf("criterion %s: citation list lacks %q:\n%s", c.ID, want, got)
				}
			}
		}
	}
	if n == 0 {
		t.Fatal("the fixture's criteria cite no sources")
	}
	h := newHTMLMaker(g, lang, d, ui)
	if got := h.sourceRef("nosuchdoc#sec-1"); !strings.Contains(got, `<bdi>nosuchdoc</bdi>`) || !strings.Contains(got, `#sec-1`) {
		t.Errorf("unknown source: %s", got)
	}
}

// BenchmarkGenerate: everything exitguide build writes for the fixture
// guide, in memory.
func BenchmarkGenerate(b *testing.B) {
	g := testutil.FixtureGuide(b)
	ui := allWords(b)
	b.ResetTimer()
	for b.Loop() {
		if _, err := Generate(g, ui, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// TestCompareNotes: on the comparison page every reference is one
// numbered note, numbered in reading order (row by row, the models in
// order), and each cell's numbers lead to its own references.
func TestCompareNotes(t *testing.T) {
	g := testutil.FixtureGuide(t)
	lang := g.Languages[0]
	d := langData(g, lang.Code)
	if err := addHTML(g, lang, &d, allWords(t)); err != nil {
		t.Fatal(err)
	}
	notes := d.CompareNotes
	if len(notes.Refs) == 0 || len(notes.Refs) != len(notes.HTML) {
		t.Fatalf("%d notes, %d as HTML", len(notes.Refs), len(notes.HTML))
	}
	next := 1
	for _, key := range d.Models[d.Order.Models[0]].CompareOrder {
		for _, id := range d.Order.Models {
			cell := d.Models[id].Compare[key]
			if len(cell.Notes) != len(cell.Sources) {
				t.Fatalf("%s %s: %d notes for %d sources", id, key, len(cell.Notes), len(cell.Sources))
			}
			for i, n := range cell.Notes {
				if notes.Refs[n-1] != cell.Sources[i] {
					t.Errorf("%s %s: note %d is %s, want %s", id, key, n, notes.Refs[n-1], cell.Sources[i])
				}
				if n > next {
					t.Errorf("%s %s: note %d comes before note %d", id, key, n, next)
				}
				if n == next {
					next++
				}
			}
		}
	}
	if next-1 != len(notes.Refs) {
		t.Errorf("%d notes numbered, %d listed", next-1, len(notes.Refs))
	}
}

// TestDiagramMirrors: on a right-to-left page a timeline runs from right
// to left: each bar sits where the left-to-right bar would, mirrored
// across the drawing; a step without dates, after the dated ones, is drawn
// after the axis ("open length"), and every step is named in the
// description screen readers get.
func TestDiagramMirrors(t *testing.T) {
	f := func(v float64) *float64 { return &v }
	m := methodJSON{ID: "t", Kind: "timeline", Unit: "month", Name: "T", Steps: []stepJSON{
		{ID: "a", Name: "A", Start: f(0), End: f(4)}, {ID: "b", Name: "B", Start: f(4), End: f(30)}, {ID: "c", Name: "C"}}}
	words := func(string) (string, error) { return "w", nil }
	ltr := (&htmlMaker{words: words}).diagram(m)
	rtl := (&htmlMaker{words: words, rtl: true}).diagram(m)
	bars := regexp.MustCompile(`class="dg-bar dg-bar--\d" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"`)
	l, r := bars.FindAllStringSubmatch(ltr, -1), bars.FindAllStringSubmatch(rtl, -1)
	if len(l) != 2 || len(r) != 2 {
		t.Fatalf("bars: %d ltr, %d rtl", len(l), len(r))
	}
	for i := range l {
		lx, _ := strconv.ParseFloat(l[i][1], 64)
		w, _ := strconv.ParseFloat(l[i][2], 64)
		rx, _ := strconv.ParseFloat(r[i][1], 64)
		if math.Abs(rx-(720-lx-w)) > 0.11 {
			t.Errorf("bar %d: rtl x %v, want %v", i, rx, 720-lx-w)
		}
	}
	if !strings.Contains(ltr, `class="dg-open"`) || !strings.Contains(ltr, "<desc id=\"dg-t-d\">1. A (w 0–4); 2. B (w 4–30); 3. C</desc>") {
		t.Errorf("no open step or description:\n%s", ltr)
	}
	// 30 units: ticks every 3 (ceil(30/12)), 0..30
	if got := strings.Count(ltr, `class="dg-tick num"`); got != 11 {
		t.Errorf("%d ticks, want 11", got)
	}
}

// allWords is every key of the English catalogue, as its own word.
func allWords(t testing.TB) map[string]map[string]string {
	c, errs := i18n.Embedded()
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	ui := map[string]map[string]string{"en": {}}
	for _, k := range c.Keys("en") {
		ui["en"][k] = k
	}
	return ui
}

// TestTermOrder: the glossary lists terms as the reader's language sorts
// them: Danish puts Å after Z, English sorts it as an A (Åben before Aftale).
func TestTermOrder(t *testing.T) {
	terms := map[string]termJSON{"z": {Term: "Zone"}, "aa": {Term: "Åben"}, "a": {Term: "Aftale"}}
	if got := strings.Join(termOrder(terms, "da"), " "); got != "a z aa" {
		t.Errorf("da: %s", got)
	}
	if got := strings.Join(termOrder(terms, "en"), " "); got != "aa a z" {
		t.Errorf("en: %s", got)
	}
}
