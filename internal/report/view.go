// Package report writes a scored proposal in every output format: text for
// the terminal, JSON (versioned, with a schema in schemas/), Markdown, one
// self-contained printable HTML file with a radar chart of the domain
// scores, and a summary table (CSV or Markdown) for many proposals. The
// report's own words come from the interface catalogue (i18n/LANG.yaml,
// keys report_*), the guide's words from the guide, and the way a language
// writes numbers from its language.yaml. Nothing here scores or reads files.
package report

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/i18n"
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
	// Words is the interface catalogue; nil uses the one built into the
	// binary.
	Words *i18n.Catalogue
}

// Catalogue returns the interface catalogue of opt: Words, or the one
// built into the binary.
func (opt Options) Catalogue() *i18n.Catalogue {
	if opt.Words != nil {
		return opt.Words
	}
	c, _ := i18n.Embedded()
	return c
}

// LanguageOf returns the guide's language code with its facts (direction,
// how numbers are written); a code the guide does not know gets English's
// way of writing numbers and left-to-right text.
func LanguageOf(g *guide.Guide, code string) guide.Language {
	if l, ok := g.Language(code); ok {
		return l
	}
	l, _ := g.Language(guide.SourceLang)
	l.Code, l.Name = code, code
	if l.Direction == "" {
		l.Direction = "ltr"
	}
	return l
}

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
	L                 guide.Language // the report language's facts
	W                 i18n.Words     // the report language's words
	File              string
	Proposal          *proposal.Proposal
	Result            score.Result
	// BandRank is the band's position from the lowest (0); BandCount is
	// how many bands the guide has (the highest is BandCount-1).
	BandRank, BandCount int
	ModelNames          []string
	// Evidence says, one line per model checked, how strong the evidence
	// behind the model is (EvidenceLine).
	Evidence []string
	// ModelEvidence are the same facts as data, for the JSON report.
	ModelEvidence []guide.Evidence
	Band          Text
	BandDesc      Text
	Percent       string // "58.3%"
	Points        string // "35 of 60 points"
	Why           string
	WhyCaps       []string
	Domains       []DomainRow
	MustMissing   []Ref
	MustPartial   []Ref
	Gaps          []GapView
	Strengths     []Ref
	Deps          []Dep
	Premature     []PrematureView
	Unanswered    []Ref
	// DontKnow are the answers "don't know yet": the questions to find out.
	DontKnow []Ref
	// Claimed are the answers in place or partly with no evidence:
	// claimed, not shown.
	Claimed       []Ref
	NotApplicable []Ref
	// Counts are the lines under the band that say how many answers it
	// rests on less firmly: claims with no evidence, "don't know yet".
	Counts []string
	Method string
	u      urls
}

// T returns the text of key in the view's language, with its {name}
// placeholders filled from name, value pairs.
func (v *View) T(key string, pairs ...string) string { return v.W.T(key, pairs...) }

// LangOf returns the report language for a proposal under opt: opt.Lang,
// else the proposal's own language when the guide has it, else English.
func LangOf(g *guide.Guide, in Input, opt Options) string {
	if opt.Lang != "" {
		return opt.Lang
	}
	if in.Proposal != nil {
		if _, ok := g.Language(in.Proposal.Language); ok {
			return in.Proposal.Language
		}
	}
	return guide.SourceLang
}

// Build resolves every string of one report.
func Build(g *guide.Guide, in Input, opt Options) *View {
	lang := LangOf(g, in, opt)
	lg := LanguageOf(g, lang)
	u := urls{base: strings.TrimRight(opt.BaseURL, "/"), lang: lang, g: g}
	v := &View{Lang: lang, Dir: lg.Direction, Locale: lg.Locale, L: lg, W: opt.Catalogue().Words(lang), File: in.File,
		Proposal: in.Proposal, Result: in.Result, BandRank: score.BandRank(g.Scoring, in.Result.Band), BandCount: len(g.Scoring.Bands), u: u}
	for _, m := range in.Proposal.Models {
		t, _ := guide.TextOf(g, lang, guide.ModelTexts, m)
		name := t.Name
		if name == "" {
			name = m
		}
		v.ModelNames = append(v.ModelNames, name)
		// A guide without sources (or a model none cites) says nothing
		// rather than "not evaluated".
		if ev := g.ModelEvidence(m); len(ev.Kinds) > 0 {
			v.ModelEvidence = append(v.ModelEvidence, ev)
			v.Evidence = append(v.Evidence, EvidenceLine(v.W, name, ev))
		}
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
	v.Percent = v.L.Pct(r.Percent)
	v.Points = v.PointsOf(r.Earned, r.Possible)
	ref := func(id string) Ref {
		t, l := guide.TextOf(g, lang, guide.CriterionTexts, id)
		q := t.Question
		if q == "" {
			q = id
		}
		c, _ := g.Criterion(id)
		return Ref{ID: id, Question: Text{q, l}, URL: u.criterion(id), MustHave: c.MustHave}
	}
	refs := func(ids []string) []Ref {
		out := make([]Ref, len(ids))
		for i, id := range ids {
			out[i] = ref(id)
		}
		return out
	}
	if len(r.CappedBy) == 0 {
		v.Why = v.T("report_why_plain", "percent", v.Percent, "band", v.Band.S)
	} else {
		v.Why = v.T("report_why_capped", "percent", v.Percent, "uncapped", bandName(r.UncappedBand).S, "band", v.Band.S)
		for _, c := range r.CappedBy {
			key := "report_why_cap_partial"
			switch c.Status {
			case proposal.NotStarted:
				key = "report_why_cap_missing"
			case proposal.DontKnow:
				key = "report_why_cap_dont_know"
			}
			v.WhyCaps = append(v.WhyCaps, v.T(key, "criterion", c.Criterion, "band", bandName(c.Band).S))
		}
	}
	for _, d := range r.Domains {
		t, l := guide.TextOf(g, lang, guide.DomainTexts, d.Domain)
		name := Text{t.Name, l}
		if name.S == "" {
			name = Text{d.Domain, lang}
		}
		row := DomainRow{ID: d.Domain, Name: name, Percent: d.Percent, PctText: v.T("report_no_criteria")}
		if d.Percent != nil {
			row.PctText = v.L.Pct(*d.Percent)
			row.Points = v.PointsOf(float64(d.EarnedQuarters)/4, float64(d.PossibleQuarters)/4)
		}
		v.Domains = append(v.Domains, row)
	}
	v.MustMissing = refs(r.MustHavesMissing)
	v.MustPartial = refs(r.MustHavesPartial)
	for _, gp := range r.Gaps {
		t, l := guide.TextOf(g, lang, guide.CriterionTexts, gp.Criterion)
		gv := GapView{Ref: ref(gp.Criterion), Status: v.Status(gp.Status), Weight: gp.Weight,
			Missing: v.T("report_missing_points", "points", v.L.Num(float64(gp.MissingQuarters)/4)),
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
	v.DontKnow = refs(r.DontKnow)
	v.Claimed = refs(r.ClaimedNotShown)
	if n := len(r.ClaimedNotShown); n > 0 {
		key := "report_claimed_count"
		if r.EvidenceRequired {
			key = "report_claimed_count_required"
		}
		v.Counts = append(v.Counts, v.T(key, "n", strconv.Itoa(n)))
	}
	if n, mark := toDiscuss(g, in.Proposal, opt); n > 0 {
		v.Counts = append(v.Counts, v.T("report_to_discuss_count", "n", strconv.Itoa(n), "mark", mark))
	}
	if n := len(r.DontKnow); n > 0 {
		v.Counts = append(v.Counts, v.T("report_dont_know_count", "n", strconv.Itoa(n)))
	}
	v.NotApplicable = refs(r.NotApplicable)
	var bands []string
	for _, b := range g.Scoring.Bands {
		bands = append(bands, v.T("report_band_from", "band", bandName(b.ID).S, "min", v.L.Pct(b.Min)))
	}
	v.Method = v.T("report_method_text", "bands", strings.Join(bands, "; "),
		"cap_missing", bandName(g.Scoring.CapMissing).S, "cap_partial", bandName(g.Scoring.CapPartial).S)
	return v
}

// toDiscuss counts the answers whose notes start with the "to discuss"
// mark a compare consensus draft puts on every disagreement (in any of the
// guide's languages: the draft is in the group's language), and returns
// the mark found.
func toDiscuss(g *guide.Guide, p *proposal.Proposal, opt Options) (int, string) {
	if p == nil {
		return 0, ""
	}
	cat := opt.Catalogue()
	var marks []string
	for _, l := range g.Languages {
		if m := cat.Words(l.Code).T("compare_to_discuss"); m != "" && !slices.Contains(marks, m) {
			marks = append(marks, m)
		}
	}
	n, first := 0, len(marks)
	for _, a := range p.Answers {
		for i, m := range marks {
			if strings.HasPrefix(strings.TrimSpace(a.Notes), m) {
				n, first = n+1, min(first, i)
				break
			}
		}
	}
	if n == 0 {
		return 0, ""
	}
	return n, marks[first]
}

// PointsOf writes "35 of 60 points" in the view's language.
func (v *View) PointsOf(earned, possible float64) string {
	return v.T("report_points_of", "earned", v.L.Num(earned), "possible", v.L.Num(possible))
}

// Status names an answer status in the view's language.
func (v *View) Status(status string) string {
	return v.T("report_status_" + strings.ReplaceAll(status, "-", "_"))
}

// Weight writes "weight 3" in the view's language.
func (v *View) Weight(w int) string { return v.T("report_weight", "weight", strconv.Itoa(w)) }

type urls struct {
	base, lang string
	g          *guide.Guide
}

// criterion is the guide page of a criterion: its model's page, with the
// criterion id as the anchor (guide.CriterionPath; the common core's
// page is /LANG/models/core/).
func (u urls) criterion(id string) string {
	return u.base + u.g.CriterionPath(u.lang, id)
}

func (u urls) rec(id string) string {
	return u.base + guide.RecommendationPath(u.lang, id)
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

// BandLevel places the band among the guide's bands: "low" (the lowest),
// "top" (the highest) or "mid". The text format colours it red, green or
// amber; the HTML format marks the band box the same way.
func (v *View) BandLevel() string {
	switch {
	case v.BandRank <= 0:
		return "low"
	case v.BandRank >= v.BandCount-1:
		return "top"
	}
	return "mid"
}

// EvidenceLine says in one line how strong the evidence behind a model is,
// from the kinds of the documents its facts rest on (guide.ModelEvidence),
// in the words the site uses beside its citations: "Evidence behind
// Copenhagen: funding application, draft. No evaluation of the model is
// among the sources."
func EvidenceLine(w i18n.Words, model string, ev guide.Evidence) string {
	kinds := make([]string, len(ev.Kinds))
	for i, k := range ev.Kinds {
		kinds[i] = EvidenceKind(w, k)
	}
	verdict := w.T("evidence_not_evaluated")
	if ev.Evaluated {
		verdict = w.T("evidence_evaluated")
	}
	return w.T("report_evidence", "model", model, "kinds", strings.Join(kinds, "; "), "verdict", verdict)
}

// EvidenceKind names the kind of a source as the site does beside a
// citation: its type, and its status when it is a draft.
func EvidenceKind(w i18n.Words, k guide.EvidenceKind) string {
	s := w.T("evidence_type_" + strings.ReplaceAll(k.Type, "-", "_"))
	if k.Status == "draft" {
		s += ", " + w.T("evidence_status_draft")
	}
	return s
}
