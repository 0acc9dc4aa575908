// Package compare puts several self-checks of the same local project side
// by side. Two uses, both from the trainers' workshop format
// (content/LANG/facilitator-guide.md):
//
//   - Group: the self-checks people in one room made on their own, all on the
//     same day. Per criterion it lists the answers given and how far apart
//     they are, the criteria people disagree on most first (to discuss
//     first), the domain scores per person side by side, and a draft
//     consensus proposal: the usual answer, disagreements marked.
//   - Progress: dated self-checks of the same project months apart. Per
//     criterion what moved up or down, and the change of the score, the band
//     and the domain scores.
//
// Building a comparison is pure (no I/O, no clock); the renderers in
// render.go and consensus.go write it out in the report language.
package compare

import (
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
)

// Modes of comparison.
const (
	ModeGroup    = "group"
	ModeProgress = "progress"
)

// Input is one scored self-check.
type Input = report.Input

// Why a mode was inferred (see Infer).
const (
	// SameDate: every file has the same date, so one group.
	SameDate = "same-date"
	// AllDatesDiffer: no two files share a date, so progress over time.
	AllDatesDiffer = "all-dates-differ"
	// MixedDates: some files share a date and some do not (one participant
	// did the self-check the day before the workshop), so one group.
	MixedDates = "mixed-dates"
)

// Infer picks the mode when none was asked for, and says why: every date
// the same is one group; every date different (no two files share one) is
// progress over time; a mix (several files share a date, one or two have
// another) is one group, since one late or early file does not make a
// series of dated self-checks.
func Infer(ins []Input) (mode, why string) {
	dates := map[string]int{}
	for _, in := range ins {
		dates[in.Proposal.Date]++
	}
	switch {
	case len(dates) == 1:
		return ModeGroup, SameDate
	case len(dates) == len(ins):
		return ModeProgress, AllDatesDiffer
	}
	return ModeGroup, MixedDates
}

// Note is one of the notes a comparison says first, as a catalogue key
// and its name, value pairs (the browser's compare.js words the same
// notes from the same keys).
type Note struct {
	Key  string
	Args []string
}

// NoteMessages are the notes of a comparison as messages: why the mode
// was chosen when it was inferred (why from Infer; "" when it was asked
// for) and not obvious, and the localities when the files write the
// locality in different ways (they are compared as the first file's).
func NoteMessages(ins []Input, why string) []Note {
	var notes []Note
	switch why {
	case MixedDates:
		notes = append(notes, Note{"compare_mode_inferred_group", []string{"dates", strings.Join(Dates(ins), ", ")}})
	case AllDatesDiffer:
		notes = append(notes, Note{Key: "compare_mode_inferred_progress"})
	}
	for _, d := range Mismatch(ins) {
		if d.What != "localities" {
			continue
		}
		var seen []string
		for _, l := range d.Values {
			if !slices.Contains(seen, l) {
				seen = append(seen, l)
			}
		}
		notes = append(notes, Note{"compare_localities_differ", []string{"localities", "“" + strings.Join(seen, "”, “") + "”", "locality", ins[0].Proposal.Locality}})
	}
	return notes
}

// Notes are NoteMessages in w's language.
func Notes(w i18n.Words, ins []Input, why string) []string {
	var notes []string
	for _, n := range NoteMessages(ins, why) {
		notes = append(notes, w.T(n.Key, n.Args...))
	}
	return notes
}

// AutoMode is the mode Infer picks.
func AutoMode(ins []Input) string {
	mode, _ := Infer(ins)
	return mode
}

// CommonDate is the date most files have; on a tie the latest of them.
func CommonDate(ins []Input) string {
	count := map[string]int{}
	best := ""
	for _, in := range ins {
		d := in.Proposal.Date
		count[d]++
		if count[d] > count[best] || count[d] == count[best] && d > best {
			best = d
		}
	}
	return best
}

// Dates lists the different dates of the files, oldest first.
func Dates(ins []Input) []string {
	var out []string
	for _, in := range ins {
		if !slices.Contains(out, in.Proposal.Date) {
			out = append(out, in.Proposal.Date)
		}
	}
	sort.Strings(out)
	return out
}

// Difference is one way files are not self-checks of the same project:
// What ("models" or "localities") and each file's value, in the order of
// the files.
type Difference struct {
	What   string
	Values []string
}

// Mismatch says how files differ that should be self-checks of the same
// project: they name different models (not comparable: the criteria
// differ) or different localities (usually one place spelt two ways: the
// command warns and compares them). It is empty when they match.
func Mismatch(ins []Input) []Difference {
	key := func(in Input) string {
		ms := slices.Clone(in.Proposal.Models)
		sort.Strings(ms)
		return strings.Join(ms, ", ")
	}
	var out []Difference
	differ := func(what string, f func(Input) string) {
		for _, in := range ins[1:] {
			if f(in) != f(ins[0]) {
				d := Difference{What: what}
				for _, x := range ins {
					d.Values = append(d.Values, f(x))
				}
				out = append(out, d)
				return
			}
		}
	}
	differ("models", key)
	differ("localities", func(in Input) string { return strings.TrimSpace(in.Proposal.Locality) })
	return out
}

// Names labels each self-check: who made it (assessed_by), or the file's
// name where two share the same label.
func Names(ins []Input) []string {
	count := map[string]int{}
	for _, in := range ins {
		count[strings.TrimSpace(in.Proposal.AssessedBy)]++
	}
	out := make([]string, len(ins))
	for i, in := range ins {
		n := strings.TrimSpace(in.Proposal.AssessedBy)
		if n == "" || count[n] > 1 {
			n = strings.TrimSuffix(filepath.Base(in.File), filepath.Ext(in.File))
		}
		out[i] = n
	}
	return out
}

// rank orders the statuses on the credit scale for comparing and for
// breaking ties; not-applicable and dont-know are no place on that scale
// and sort above in-place, so on a tie the answer of someone who knows is
// taken (dont-know before not-applicable).
func rank(q map[string]int, status string) int {
	switch status {
	case proposal.NotApplicable:
		return 100
	case proposal.DontKnow:
		return 99
	}
	return q[status]
}

// Row is one criterion across the self-checks of a group.
type Row struct {
	Criterion string
	Domain    string
	Weight    int
	MustHave  bool
	// Answers holds each participant's status, "" where they left it unanswered.
	Answers []string
	// Distinct is how many different answers were given (unanswered not counted).
	Distinct int
	// Spread is the distance between the highest and the lowest answer on
	// the credit scale, in quarter-credits (0 to 4; not-applicable and
	// dont-know, which are no place on that scale, left out).
	Spread int
	// Consensus is the most common answer ("" when nobody answered); a
	// dont-know stays dont-know (it is never counted as not-started).
	Consensus string
	// Tie marks a consensus taken from equally common answers: the lower
	// on the credit scale, or the answer of someone who knows over
	// dont-know and not-applicable (TieLower says which).
	Tie      bool
	TieLower bool
	// Dissent is how many who answered gave another answer than the
	// consensus.
	Dissent int
	order   int
}

// Disagree reports whether people gave different answers.
func (r Row) Disagree() bool { return r.Distinct > 1 }

// Group is the comparison of one room's self-checks.
type Group struct {
	Lang   string
	W      i18n.Words // the words of Lang
	Inputs []Input
	Names  []string
	// Notes are said at the top of the comparison: how the mode was
	// inferred, localities spelt differently (worded by the caller).
	Notes        []string
	Rows         []Row // the most disagreement first
	Disagreeing  int   // rows with more than one answer
	Consensus    *proposal.Proposal
	ConsensusRes score.Result
}

// BuildGroup compares self-checks of one project made on the same day,
// scoring the consensus with the default options. lang is the language of
// the consensus notes.
func BuildGroup(g *guide.Guide, ins []Input, w i18n.Words) *Group {
	return BuildGroupWith(g, ins, w, score.Options{})
}

// BuildGroupWith is BuildGroup scoring the consensus with opt (as the
// inputs were scored: compare --require-evidence).
func BuildGroupWith(g *guide.Guide, ins []Input, w i18n.Words, opt score.Options) *Group {
	lang := w.Lang()
	q := score.Quarters(g.Scoring)
	gr := &Group{Lang: lang, W: w, Inputs: ins, Names: Names(ins)}
	cons := consensusHead(ins, gr.Names, lang)
	for i, c := range g.CriteriaFor(ins[0].Proposal.Models...) {
		r := Row{Criterion: c.ID, Domain: c.Domain, Weight: c.Weight, MustHave: c.MustHave, order: i}
		counts := map[string]int{}
		lo, hi := -1, -1
		for _, in := range ins {
			a, ok := in.Proposal.Answers[c.ID]
			if !ok {
				r.Answers = append(r.Answers, "")
				continue
			}
			r.Answers = append(r.Answers, a.Status)
			counts[a.Status]++
			if a.Status != proposal.NotApplicable && a.Status != proposal.DontKnow {
				v := q[a.Status]
				if lo < 0 || v < lo {
					lo = v
				}
				if v > hi {
					hi = v
				}
			}
		}
		r.Distinct = len(counts)
		if lo >= 0 {
			r.Spread = hi - lo
		}
		best := -1
		var tied []string
		for _, st := range proposal.Statuses {
			n := counts[st]
			if n == 0 {
				continue
			}
			switch {
			case n > best:
				best, r.Consensus, tied = n, st, []string{st}
			case n == best:
				tied = append(tied, st)
				if rank(q, st) < rank(q, r.Consensus) {
					r.Consensus = st
				}
			}
		}
		if r.Tie = len(tied) > 1; r.Tie {
			// "The lower answer" only where the tied answers are all on
			// the credit scale.
			r.TieLower = !slices.Contains(tied, proposal.NotApplicable) && !slices.Contains(tied, proposal.DontKnow)
		}
		for _, a := range r.Answers {
			if a != "" && a != r.Consensus {
				r.Dissent++
			}
		}
		if r.Consensus != "" {
			cons.Answers[c.ID] = mergeAnswer(r, ins, gr.Names, w)
		}
		if r.Disagree() {
			gr.Disagreeing++
		}
		gr.Rows = append(gr.Rows, r)
	}
	// The most disagreement first: the widest spread, then the most
	// people away from the consensus, then the most different answers;
	// ties by weight (heaviest first), then by id.
	sort.SliceStable(gr.Rows, func(i, j int) bool {
		a, b := gr.Rows[i], gr.Rows[j]
		switch {
		case a.Spread != b.Spread:
			return a.Spread > b.Spread
		case a.Dissent != b.Dissent:
			return a.Dissent > b.Dissent
		case a.Distinct != b.Distinct:
			return a.Distinct > b.Distinct
		case a.Weight != b.Weight:
			return a.Weight > b.Weight
		}
		return a.Criterion < b.Criterion
	})
	gr.Consensus = cons
	gr.ConsensusRes = score.ScoreWith(g, cons, opt)
	return gr
}

// consensusHead is the consensus proposal without answers: the shared
// locality, models and date, every organisation named, and everyone who
// took part as its assessors.
func consensusHead(ins []Input, names []string, lang string) *proposal.Proposal {
	p0 := ins[0].Proposal
	p := &proposal.Proposal{Proposal: proposal.Version, Locality: p0.Locality, Models: slices.Clone(p0.Models),
		Date: CommonDate(ins), Language: lang, Answers: map[string]proposal.Answer{}}
	for _, in := range ins {
		for _, o := range in.Proposal.Organisations {
			if !slices.Contains(p.Organisations, o) {
				p.Organisations = append(p.Organisations, o)
			}
		}
	}
	p.AssessedBy = strings.Join(names, "; ")
	return p
}

// mergeAnswer is the consensus answer for one criterion: the usual status;
// evidence, reasons and notes of everyone who gave them, with their names;
// owner and due from the first who planned it; and, where people disagree,
// a note that starts with the "to discuss" marker and lists who said what.
func mergeAnswer(r Row, ins []Input, names []string, w i18n.Words) proposal.Answer {
	a := proposal.Answer{Status: r.Consensus}
	var evidence, reasons, notes []saidText
	var said []string
	for i, in := range ins {
		x, ok := in.Proposal.Answers[r.Criterion]
		if !ok {
			continue
		}
		said = append(said, names[i]+": "+statusName(w, x.Status))
		if s := strings.TrimSpace(x.Evidence); s != "" {
			evidence = addSaid(evidence, names[i], s)
		}
		if s := strings.TrimSpace(x.Reason); s != "" && r.Consensus == proposal.NotApplicable {
			reasons = addSaid(reasons, names[i], s)
		}
		if s := strings.TrimSpace(x.Notes); s != "" {
			notes = addSaid(notes, names[i], s)
		}
	}
	// Owner and due: from the first who gave the agreed answer with an
	// owner (every planned answer has one). An owner someone gave with
	// another answer belongs to that answer: a consensus of not-started
	// does not inherit the owner and due of a participant's "planned".
	for _, in := range ins {
		x, ok := in.Proposal.Answers[r.Criterion]
		if a.Owner == "" && ok && strings.TrimSpace(x.Owner) != "" && x.Status == r.Consensus {
			a.Owner, a.Due = x.Owner, x.Due
		}
	}
	a.Evidence = joinSaid(evidence, len(said))
	a.Reason = joinSaid(reasons, len(said))
	mark := w.T("compare_to_discuss")
	if r.Tie {
		mark += " (" + w.T(tieKey(r)) + ")"
	}
	a.Notes = joinSaid(notes, -1)
	if r.Disagree() {
		a.Notes = mark + ": " + strings.Join(said, "; ")
		if rest := joinSaid(notes, -1); rest != "" {
			a.Notes += " | " + rest
		}
	}
	return a
}

// tieKey is the catalogue key of the note on a tied consensus.
func tieKey(r Row) string {
	if r.TieLower {
		return "compare_tie_lower"
	}
	return "compare_tie"
}

// FileBase is the name (without extension) of the files a comparison
// writes: what, the locality and the date, so that the outputs of several
// workshops do not overwrite each other ("compare-northmoor-borough-2026-11-16").
func FileBase(what, locality string, dates ...string) string {
	parts := []string{what}
	if s := slug(locality); s != "" {
		parts = append(parts, s)
	}
	return strings.Join(append(parts, dates...), "-")
}

// slug is s in lower case with every run of characters other than letters
// and digits written "-" (letters of any script are kept).
func slug(s string) string {
	var b strings.Builder
	dash := false
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			b.WriteRune(r)
			dash = false
		} else {
			dash = true
		}
	}
	return b.String()
}

// said is one text and who wrote it; the same text from several people is
// kept once, with all their names.
type saidText struct {
	names []string
	text  string
}

func addSaid(list []saidText, name, text string) []saidText {
	for i := range list {
		if list[i].text == text {
			list[i].names = append(list[i].names, name)
			return list
		}
	}
	return append(list, saidText{[]string{name}, text})
}

// joinSaid writes the texts with their authors; a text that everyone who
// answered wrote (all of them) is written without names.
func joinSaid(list []saidText, all int) string {
	if len(list) == 1 && len(list[0].names) == all {
		return list[0].text
	}
	var parts []string
	for _, s := range list {
		parts = append(parts, strings.Join(s.names, ", ")+": "+s.text)
	}
	return strings.Join(parts, " | ")
}

// statusName names an answer status ("" for unanswered) in w's language.
func statusName(w i18n.Words, st string) string {
	if st == "" {
		return w.T("compare_unanswered")
	}
	return w.T("report_status_" + strings.ReplaceAll(st, "-", "_"))
}

// StepRow is one criterion across dated self-checks.
type StepRow struct {
	Criterion string
	Domain    string
	Weight    int
	MustHave  bool
	// Statuses holds the status as scored at each date ("" unanswered).
	Statuses []string
	// Move is +1 when the last status earns more credit than the first,
	// -1 when less, 0 when it earns the same (a change to or from
	// not-applicable is 0, with Changed set).
	Move    int
	Changed bool
	// PointsDelta is the change of the points earned, in quarter-points.
	PointsDelta int
	order       int
}

// DomainStep is one domain's percentage at each date (nil: no criteria).
type DomainStep struct {
	Domain   string
	Percents []*float64
}

// Progress is the comparison of dated self-checks, oldest first.
type Progress struct {
	Lang    string
	W       i18n.Words // the words of Lang
	Inputs  []Input    // ordered by date
	Notes   []string   // said at the top (see Group.Notes)
	Rows    []StepRow
	Up      []StepRow // moved up from the first to the last, most points first
	Down    []StepRow // moved down, most points lost first
	Other   []StepRow // changed to or from not applicable
	Domains []DomainStep
	// PercentDelta is the change of the total percentage, in tenths.
	PercentDelta int
	// BandMove is the change of the band's rank (positive: higher band).
	BandMove int
}

// BuildProgress compares dated self-checks of one project; the inputs are
// ordered by date (files with the same date keep their order).
func BuildProgress(g *guide.Guide, ins []Input, w i18n.Words) *Progress {
	lang := w.Lang()
	ins = slices.Clone(ins)
	sort.SliceStable(ins, func(i, j int) bool { return ins[i].Proposal.Date < ins[j].Proposal.Date })
	pr := &Progress{Lang: lang, W: w, Inputs: ins}
	q := score.Quarters(g.Scoring)
	first, last := ins[0].Result, ins[len(ins)-1].Result
	byID := func(r score.Result) map[string]score.CriterionScore {
		m := map[string]score.CriterionScore{}
		for _, c := range r.Criteria {
			m[c.Criterion] = c
		}
		return m
	}
	maps := make([]map[string]score.CriterionScore, len(ins))
	for i, in := range ins {
		maps[i] = byID(in.Result)
	}
	for i, c := range g.CriteriaFor(ins[0].Proposal.Models...) {
		r := StepRow{Criterion: c.ID, Domain: c.Domain, Weight: c.Weight, MustHave: c.MustHave, order: i}
		for _, m := range maps {
			cs := m[c.ID]
			st := cs.Status
			if !cs.Answered {
				st = ""
			} else if !cs.Applicable {
				st = proposal.NotApplicable
			}
			r.Statuses = append(r.Statuses, st)
		}
		a, b := maps[0][c.ID], maps[len(maps)-1][c.ID]
		r.PointsDelta = b.EarnedQuarters - a.EarnedQuarters
		sa, sb := r.Statuses[0], r.Statuses[len(r.Statuses)-1]
		na := sa == proposal.NotApplicable || sb == proposal.NotApplicable
		switch {
		case sa == sb:
		case na:
			r.Changed = true
		case q[a.Status] < q[b.Status]:
			r.Move, r.Changed = 1, true
		case q[a.Status] > q[b.Status]:
			r.Move, r.Changed = -1, true
		default:
			r.Changed = true // answered now, counted as not started before (or back)
		}
		pr.Rows = append(pr.Rows, r)
		switch {
		case r.Move > 0:
			pr.Up = append(pr.Up, r)
		case r.Move < 0:
			pr.Down = append(pr.Down, r)
		case r.Changed && na:
			pr.Other = append(pr.Other, r)
		}
	}
	bigFirst := func(rows []StepRow, sign int) {
		sort.SliceStable(rows, func(i, j int) bool {
			a, b := rows[i], rows[j]
			if a.PointsDelta*sign != b.PointsDelta*sign {
				return a.PointsDelta*sign > b.PointsDelta*sign
			}
			if a.MustHave != b.MustHave {
				return a.MustHave
			}
			return a.order < b.order
		})
	}
	bigFirst(pr.Up, 1)
	bigFirst(pr.Down, -1)
	for _, d := range g.Domains {
		ds := DomainStep{Domain: d.ID}
		for _, in := range ins {
			var p *float64
			for _, x := range in.Result.Domains {
				if x.Domain == d.ID {
					p = x.Percent
				}
			}
			ds.Percents = append(ds.Percents, p)
		}
		pr.Domains = append(pr.Domains, ds)
	}
	pr.PercentDelta = score.Tenths(last.EarnedQuarters, last.PossibleQuarters) - score.Tenths(first.EarnedQuarters, first.PossibleQuarters)
	pr.BandMove = score.BandRank(g.Scoring, last.Band) - score.BandRank(g.Scoring, first.Band)
	return pr
}
