// Package report writes a scored proposal in every output format: text for
// the terminal, JSON (versioned, with a schema in schemas/), Markdown, one
// self-contained printable HTML file with a radar chart of the domain
// scores, and a summary table (CSV or Markdown) for many proposals. The
// report's own words are in strings.go, per language; the guide's words
// come from the guide. Nothing here scores or reads files.
package report

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/score"
)

// Input is one scored proposal.
type Input struct {
	File     string
	Proposal *proposal.Proposal
	Result   score.Result
}

// Options are the choices every format shares.
type Options struct {
	// Lang is the report language; "" uses each proposal's own language.
	Lang string
	// BaseURL prefixes the guide links (for example https://guide.example.org);
	// "" gives site-absolute paths such as /en/models/chrysalis/#chrysalis.keyworker-continuity.
	BaseURL string
	// Color adds terminal colours to the text format.
	Color bool
}

// Languages are the report languages with their own strings.
var Languages = []string{"en", "da", "sl", "he"}

// Text is a piece of guide text and the language it is in; it differs from
// the report language where the guide has no translation yet.
type Text struct {
	S    string
	Lang string
}

// Ref names a criterion with its question and its guide page.
type Ref struct {
	ID       string
	Question Text
	URL      string
	MustHave bool
}

// Link is a recommendation with its title and its guide page.
type Link struct {
	ID    string
	Title Text
	URL   string
}

// DomainRow is one domain's sub-score, formatted.
type DomainRow struct {
	ID      string
	Name    Text
	Percent *float64
	PctText string // "75.0%" in the report language, or "no criteria"
	Points  string // "6 of 8 points"
}

// GapView is one gap, ready to print.
type GapView struct {
	Ref
	Status    string // in the report language
	Weight    int
	Missing   string // "1.5 points missing"
	Better    Text   // Markdown
	Recs      []Link
	Blocks    []Ref
	BlockedBy []Ref
}

// Dep is one gap that blocks other criteria.
type Dep struct {
	Ref
	Blocks []Ref
}

// PrematureView is a criterion answered before what it depends on.
type PrematureView struct {
	Ref
	Needs []Ref
}

// View is one report with every string resolved in its language.
type View struct {
	Lang, Dir, Locale string
	File              string
	P                 *proposal.Proposal
	R                 score.Result
	ModelNames        []string
	Band              Text
	BandDesc          Text
	Percent           string // "58.3%"
	Points            string // "35 of 60 points"
	Why               string
	WhyCaps           []string
	Domains           []DomainRow
	MustMissing       []Ref
	MustPartial       []Ref
	Gaps              []GapView
	Strengths         []Ref
	Deps              []Dep
	Premature         []PrematureView
	Unanswered        []Ref
	NotApplicable     []Ref
	Method            string
}

// T returns a report string of the view's language.
func (v *View) T(key string) string { return T(v.Lang, key) }

// LangOf returns the report language for a proposal under opt.
func LangOf(in Input, opt Options) string {
	if opt.Lang != "" {
		return opt.Lang
	}
	if in.Proposal != nil {
		for _, l := range Languages {
			if l == in.Proposal.Language {
				return l
			}
		}
	}
	return "en"
}

// Build resolves every string of one report.
func Build(g *guide.Guide, in Input, opt Options) *View {
	lang := LangOf(in, opt)
	v := &View{Lang: lang, Dir: "ltr", File: in.File, P: in.Proposal, R: in.Result}
	if l, ok := g.Language(lang); ok {
		v.Dir, v.Locale = l.Direction, l.Locale
	} else if lang == "he" {
		v.Dir = "rtl"
	}
	u := urls{base: strings.TrimRight(opt.BaseURL, "/"), lang: lang, g: g}
	for _, m := range in.Proposal.Models {
		t, _ := guide.TextOf(g, lang, guide.ModelTexts, m)
		name := t.Name
		if name == "" {
			name = m
		}
		v.ModelNames = append(v.ModelNames, name)
	}
	bandName := func(id string) Text {
		t, l := guide.TextOf(g, lang, guide.BandTexts, id)
		if t.Name == "" {
			return Text{id, lang}
		}
		return Text{t.Name, l}
	}
	r := in.Result
	bt, bl := guide.TextOf(g, lang, guide.BandTexts, r.Band)
	v.Band = bandName(r.Band)
	v.BandDesc = Text{bt.Description, bl}
	v.Percent = Pct(lang, r.Percent)
	v.Points = fmt.Sprintf(T(lang, "points_of"), Num(lang, r.Earned), Num(lang, r.Possible))
	ref := func(id string) Ref {
		t, l := guide.TextOf(g, lang, guide.CriterionTexts, id)
		q := t.Question
		if q == "" {
			q = id
		}
		c, _ := g.Criterion(id)
		return Ref{ID: id, Question: Text{q, l}, URL: u.criterion(id, in.Proposal.Models), MustHave: c.MustHave}
	}
	refs := func(ids []string) []Ref {
		out := make([]Ref, len(ids))
		for i, id := range ids {
			out[i] = ref(id)
		}
		return out
	}
	if len(r.CappedBy) == 0 {
		v.Why = fmt.Sprintf(T(lang, "why_plain"), v.Percent, v.Band.S)
	} else {
		v.Why = fmt.Sprintf(T(lang, "why_capped"), v.Percent, bandName(r.UncappedBand).S, v.Band.S)
		for _, c := range r.CappedBy {
			key := "why_cap_partial"
			if c.Status == proposal.NotStarted {
				key = "why_cap_missing"
			}
			v.WhyCaps = append(v.WhyCaps, fmt.Sprintf(T(lang, key), c.Criterion, bandName(c.Band).S))
		}
	}
	for _, d := range r.Domains {
		t, l := guide.TextOf(g, lang, guide.DomainTexts, d.Domain)
		name := Text{t.Name, l}
		if name.S == "" {
			name = Text{d.Domain, lang}
		}
		row := DomainRow{ID: d.Domain, Name: name, Percent: d.Percent, PctText: T(lang, "no_criteria")}
		if d.Percent != nil {
			row.PctText = Pct(lang, *d.Percent)
			row.Points = fmt.Sprintf(T(lang, "points_of"), Num(lang, float64(d.EarnedQuarters)/4), Num(lang, float64(d.PossibleQuarters)/4))
		}
		v.Domains = append(v.Domains, row)
	}
	v.MustMissing = refs(r.MustHavesMissing)
	v.MustPartial = refs(r.MustHavesPartial)
	for _, gp := range r.Gaps {
		t, l := guide.TextOf(g, lang, guide.CriterionTexts, gp.Criterion)
		gv := GapView{Ref: ref(gp.Criterion), Status: T(lang, "status."+gp.Status), Weight: gp.Weight,
			Missing: fmt.Sprintf(T(lang, "missing_points"), Num(lang, float64(gp.MissingQuarters)/4)),
			Better:  Text{strings.TrimSpace(t.Better), l}, Blocks: refs(gp.Blocks), BlockedBy: refs(gp.BlockedBy)}
		for _, rec := range gp.Recommendations {
			rt, rl := guide.TextOf(g, lang, guide.RecTexts, rec)
			title := rt.Title
			if title == "" {
				title = rec
			}
			gv.Recs = append(gv.Recs, Link{ID: rec, Title: Text{title, rl}, URL: u.rec(rec)})
		}
		v.Gaps = append(v.Gaps, gv)
		if len(gp.Blocks) > 0 {
			v.Deps = append(v.Deps, Dep{Ref: gv.Ref, Blocks: gv.Blocks})
		}
	}
	v.Strengths = refs(r.Strengths)
	for _, p := range r.Premature {
		v.Premature = append(v.Premature, PrematureView{Ref: ref(p.Criterion), Needs: refs(p.Needs)})
	}
	v.Unanswered = refs(r.Unanswered)
	v.NotApplicable = refs(r.NotApplicable)
	var bands []string
	for _, b := range g.Scoring.Bands {
		bands = append(bands, fmt.Sprintf(T(lang, "band_from"), bandName(b.ID).S, Pct(lang, b.Min)))
	}
	v.Method = fmt.Sprintf(T(lang, "method_text"), strings.Join(bands, "; "), bandName(g.Scoring.CapMissing).S, bandName(g.Scoring.CapPartial).S)
	return v
}

type urls struct {
	base, lang string
	g          *guide.Guide
}

// criterion is the guide page of a criterion: its model's page, with the
// criterion id as the anchor (guide.CriterionPath; the common core's
// page is /LANG/models/core/).
func (u urls) criterion(id string, models []string) string {
	return u.base + u.g.CriterionPath(u.lang, id)
}

func (u urls) rec(id string) string {
	return u.base + guide.RecommendationPath(u.lang, id)
}

// decimalComma lists the report languages that write 58,3 rather than 58.3.
var decimalComma = map[string]bool{"da": true, "sl": true}

// Num formats a number of points: whole numbers without decimals, others
// with up to two (points are multiples of 0.25).
func Num(lang string, f float64) string {
	s := fmt.Sprintf("%.2f", f)
	s = strings.TrimRight(strings.TrimRight(s, "0"), ".")
	if decimalComma[lang] {
		s = strings.Replace(s, ".", ",", 1)
	}
	return s
}

// Pct formats a percentage with one decimal place as the language writes it.
func Pct(lang string, f float64) string {
	s := fmt.Sprintf("%.1f", f)
	if decimalComma[lang] {
		return strings.Replace(s, ".", ",", 1) + " %"
	}
	return s + "%"
}

var (
	mdLink   = regexp.MustCompile(`\[([^\]]*)\]\(([^)\s]*)\)`)
	mdMarker = regexp.MustCompile("\\*\\*|__|`")
	spaces   = regexp.MustCompile(`[ \t]*\n[ \t]*`)
)

// plain turns short Markdown into plain text for the terminal.
func plain(s string) string {
	s = mdLink.ReplaceAllString(s, "$1")
	s = mdMarker.ReplaceAllString(s, "")
	return spaces.ReplaceAllString(strings.TrimSpace(s), "\n")
}
