package sitegen

import (
	"os"
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
	ui := map[string]map[string]string{"en": {"sources_label": "Sources", "evidence_status_draft": "draft"}}
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
			got := c.HTML["sources"]
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
	ui := map[string]map[string]string{"en": {}}
	for _, k := range append(selfCheckKeys, "sources_label", "evidence_status_draft", "nav_models", "nav_compare", "nav_sources", "nav_glossary",
		"nav_methods", "nav_recommendations", "nav_selfcheck", "translation_status", "print_packs", "common_core", "desc_models",
		"desc_compare", "desc_sources", "desc_glossary", "desc_methods", "desc_recommendations", "desc_selfcheck", "desc_core") {
		ui["en"][k] = k
	}
	for _, ty := range guide.SourceTypes {
		ui["en"]["evidence_type_"+strings.ReplaceAll(ty, "-", "_")] = ty
	}
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
	if err := addHTML(g, lang, &d, map[string]map[string]string{"en": {"sources_label": "Sources"}}); err != nil {
		t.Logf("(words missing in this test: %v)", err)
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
