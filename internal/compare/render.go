package compare

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
)

// Formats are the output formats of a comparison.
var Formats = []string{"text", "markdown", "html"}

// Write writes a group comparison or a progress report (one of them
// non-nil) in format; baseURL prefixes the guide links.
func Write(w io.Writer, g *guide.Guide, gr *Group, pr *Progress, format, baseURL string) error {
	var d *doc
	if gr != nil {
		d = groupDoc(g, gr, baseURL)
	} else {
		d = progressDoc(g, pr, baseURL)
	}
	switch format {
	case "markdown":
		return d.writeMarkdown(w)
	case "html":
		return d.writeHTML(w)
	}
	return d.writeText(w)
}

// words are a comparison's words and number formats in its language.
type words struct {
	g    *guide.Guide
	lang string
	w    i18n.Words
	l    guide.Language
	base string
}

func newWords(g *guide.Guide, w i18n.Words, base string) words {
	return words{g: g, lang: w.Lang(), w: w, l: report.LanguageOf(g, w.Lang()), base: strings.TrimRight(base, "/")}
}

// s returns the text of key with its {name} placeholders filled from
// name, value pairs.
func (x words) s(key string, pairs ...string) string { return x.w.T(key, pairs...) }

// pointsOf writes "35 of 60 points".
func (x words) pointsOf(earned, possible float64) string {
	return x.s("report_points_of", "earned", x.l.Num(earned), "possible", x.l.Num(possible))
}

func (x words) question(id string) string {
	t, _ := guide.TextOf(x.g, x.lang, guide.CriterionTexts, id)
	if t.Question == "" {
		return id
	}
	return strings.TrimSpace(t.Question)
}

func (x words) domain(id string) string {
	t, _ := guide.TextOf(x.g, x.lang, guide.DomainTexts, id)
	if t.Name == "" {
		return id
	}
	return t.Name
}

func (x words) band(id string) string {
	t, _ := guide.TextOf(x.g, x.lang, guide.BandTexts, id)
	if t.Name == "" {
		return id
	}
	return t.Name
}

func (x words) status(st string) string { return statusName(x.w, st) }

func (x words) pct(f float64) string { return x.l.Pct(f) }

func (x words) pctp(p *float64) string {
	if p == nil {
		return "–"
	}
	return x.pct(*p)
}

// critCell names a criterion by its question, linked to its guide page,
// with the must-have tag.
func (x words) critCell(id string, must bool) cell {
	s := x.question(id)
	if must {
		s += " (" + x.s("compare_must_have") + ")"
	}
	return cell{S: s, URL: x.base + x.g.CriterionPath(x.lang, id)}
}

func fileName(f string) string { return filepath.Base(f) }

// signed writes a change with its sign: +4.5 or −2 (a real minus).
func (x words) signed(f float64) string {
	s := x.l.Num(f)
	switch {
	case f > 0:
		return "+" + s
	case f < 0:
		return "−" + strings.TrimPrefix(s, "-")
	}
	return "±0"
}

// symbols are the marks of the answers grid: how full the circle is, is how
// much the answer earns; the key under the grid names each.
var symbols = []struct{ status, mark string }{
	{proposal.InPlace, "●"}, {proposal.Partly, "◐"}, {proposal.Planned, "◔"}, {proposal.NotStarted, "○"},
	{proposal.DontKnow, "?"}, {proposal.NotApplicable, "–"}, {"", "·"},
}

// answerCell is one person's answer in the grid: its symbol, its name
// for screen readers and on hover, coloured by status in HTML.
func (x words) answerCell(st string, mark bool) cell {
	class := st
	if class == "" {
		class = "none"
	}
	for _, s := range symbols {
		if s.status == st {
			return cell{S: s.mark, Status: class, Title: x.status(st), Mark: mark}
		}
	}
	return cell{S: st, Status: class, Title: x.status(st), Mark: mark}
}

// legend names every symbol of the grid.
func (x words) legend() string {
	var parts []string
	for _, s := range symbols {
		parts = append(parts, s.mark+" "+x.status(s.status))
	}
	return x.s("compare_legend", "symbols", strings.Join(parts, " · "))
}

func groupDoc(g *guide.Guide, gr *Group, base string) *doc {
	x := newWords(g, gr.W, base)
	d := &doc{Lang: gr.Lang, Dir: x.l.Direction, Footer: x.s("compare_footer"), Wide: true}
	p0 := gr.Inputs[0].Proposal
	d.Title = x.s("compare_group_title") + ": " + p0.Locality
	d.p(x.s("compare_group_intro", "n", strconv.Itoa(len(gr.Inputs)), "date", gr.Consensus.Date, "disagreeing", strconv.Itoa(gr.Disagreeing), "total", strconv.Itoa(len(gr.Rows))))
	for _, n := range gr.Notes {
		d.small(n)
	}

	d.h2(x.s("compare_participants"))
	var rows [][]cell
	for i, in := range gr.Inputs {
		r := in.Result
		rows = append(rows, []cell{{S: fmt.Sprint(i + 1), Num: true}, {S: gr.Names[i]}, {S: fileName(in.File), ID: true},
			{S: x.pct(r.Percent), Num: true}, {S: x.band(r.Band)}})
	}
	d.table([]string{"#", x.s("compare_participant"), x.s("compare_file"), x.s("report_score"), x.s("compare_band")}, rows)

	// The answers grid: one narrow column per person, headed by their
	// number in the table above (their name for screen readers), so that
	// twelve or more people fit one screen and one landscape page.
	head := []string{"#", x.s("compare_criterion")}
	titles := []string{"", ""}
	for i, n := range gr.Names {
		head = append(head, strconv.Itoa(i+1))
		titles = append(titles, n)
	}
	head = append(head, x.s("compare_spread"), x.s("compare_answers"), x.s("compare_consensus_col"))
	titles = append(titles, "", "", "")
	answerRows := func(keep func(Row) bool) [][]cell {
		var out [][]cell
		n := 0
		for _, r := range gr.Rows {
			if !keep(r) {
				continue
			}
			n++
			row := []cell{{S: fmt.Sprint(n), Num: true}, x.critCell(r.Criterion, r.MustHave)}
			for _, a := range r.Answers {
				row = append(row, x.answerCell(a, r.Disagree() && a != r.Consensus && a != ""))
			}
			spread := x.l.Num(float64(r.Spread) / 4)
			cons := x.status(r.Consensus)
			if r.Tie { // the draft's note says which answer a tie takes
				cons += " (" + x.s("compare_tie_short") + ")"
			}
			row = append(row, cell{S: spread, Num: true}, cell{S: fmt.Sprint(r.Distinct), Num: true}, cell{S: cons, Mark: r.Disagree()})
			out = append(out, row)
		}
		return out
	}
	d.h2(x.s("compare_disagree"))
	if gr.Disagreeing == 0 {
		d.p(x.s("compare_no_disagreement"))
	} else {
		d.grid(head, titles, answerRows(Row.Disagree))
		d.small(x.legend())
		d.small(x.s("compare_spread_explained"))
	}

	d.h2(x.s("compare_domains"))
	series := append(append([]string{}, gr.Names...), x.s("compare_consensus_col"))
	results := make([]score.Result, 0, len(series))
	for _, in := range gr.Inputs {
		results = append(results, in.Result)
	}
	results = append(results, gr.ConsensusRes)
	// The bar chart tells up to eight people apart by colour; with more,
	// the table alone (numbered columns, as in the grid) says it.
	if len(series) <= 8 {
		d.addChart(domainChart(x, series, results, x.s("compare_chart_title"), x.s("compare_chart_series")))
	}
	dhead, dtitles := []string{x.s("compare_domain")}, []string{""}
	for i, n := range gr.Names {
		dhead = append(dhead, strconv.Itoa(i+1))
		dtitles = append(dtitles, n)
	}
	d.grid(append(dhead, x.s("compare_consensus_col")), append(dtitles, ""), domainRows(x, results))

	d.h2(x.s("compare_consensus"))
	d.p(x.s("compare_consensus_intro", "mark", x.s("compare_to_discuss")))
	cr := gr.ConsensusRes
	d.p(fmt.Sprintf("%s: %s · %s · %s", x.s("compare_consensus_col"), x.band(cr.Band), x.pct(cr.Percent),
		x.pointsOf(cr.Earned, cr.Possible)))

	if gr.Disagreeing < len(gr.Rows) {
		d.h2(x.s("compare_agreed"))
		d.grid(head, titles, answerRows(func(r Row) bool { return !r.Disagree() }))
		d.small(x.legend())
	}
	return d
}

// domainRows is the domain table: one row per domain, one column per
// result, then the total and the band.
func domainRows(x words, results []score.Result) [][]cell {
	var rows [][]cell
	for i, dm := range results[0].Domains {
		row := []cell{{S: x.domain(dm.Domain)}}
		for _, r := range results {
			row = append(row, cell{S: x.pctp(r.Domains[i].Percent), Num: true})
		}
		rows = append(rows, row)
	}
	total := []cell{{S: x.s("compare_total"), Mark: true}}
	band := []cell{{S: x.s("compare_band")}}
	for _, r := range results {
		total = append(total, cell{S: x.pct(r.Percent), Num: true, Mark: true})
		band = append(band, cell{S: x.band(r.Band)})
	}
	return append(rows, total, band)
}

func domainChart(x words, series []string, results []score.Result, title, what string) *chart {
	c := &chart{title: title, desc: x.s("compare_chart_desc", "series", what), series: series, fmtPct: func(f float64) string {
		return strings.TrimSuffix(strings.TrimSuffix(x.pct(f), "%"), " %") + "%"
	}}
	for i, dm := range results[0].Domains {
		c.groups = append(c.groups, x.domain(dm.Domain))
		var vals []*float64
		for _, r := range results {
			vals = append(vals, r.Domains[i].Percent)
		}
		c.values = append(c.values, vals)
	}
	return c
}

func progressDoc(g *guide.Guide, pr *Progress, base string) *doc {
	x := newWords(g, pr.W, base)
	d := &doc{Lang: pr.Lang, Dir: x.l.Direction, Footer: x.s("compare_footer")}
	first, last := pr.Inputs[0], pr.Inputs[len(pr.Inputs)-1]
	d.Title = x.s("compare_progress_title") + ": " + first.Proposal.Locality
	d.p(x.s("compare_progress_intro", "n", strconv.Itoa(len(pr.Inputs)), "from", first.Proposal.Date, "to", last.Proposal.Date))
	for _, n := range pr.Notes {
		d.small(n)
	}

	d.h2(x.s("compare_score_change"))
	var rows [][]cell
	var dates []string
	for _, in := range pr.Inputs {
		r := in.Result
		dates = append(dates, in.Proposal.Date)
		rows = append(rows, []cell{{S: in.Proposal.Date}, {S: fileName(in.File), ID: true}, {S: x.pct(r.Percent), Num: true},
			{S: x.pointsOf(r.Earned, r.Possible), Num: true},
			{S: x.band(r.Band)}})
	}
	d.table([]string{x.s("compare_date"), x.s("compare_file"), x.s("report_score"), x.s("report_points"), x.s("compare_band")}, rows)
	d.p(x.s("compare_change") + ": " + x.s("compare_pp", "n", x.signed1(float64(pr.PercentDelta)/10)) + " (" +
		x.s("compare_from_to", "from", x.pct(first.Result.Percent), "to", x.pct(last.Result.Percent)) + ").")
	switch {
	case pr.BandMove > 0:
		d.p(x.s("compare_band_up", "from", x.band(first.Result.Band), "to", x.band(last.Result.Band)))
	case pr.BandMove < 0:
		d.p(x.s("compare_band_down", "from", x.band(first.Result.Band), "to", x.band(last.Result.Band)))
	default:
		d.p(x.s("compare_band_same", "band", x.band(last.Result.Band)))
	}

	d.h2(x.s("compare_domains"))
	var results []score.Result
	for _, in := range pr.Inputs {
		results = append(results, in.Result)
	}
	d.addChart(domainChart(x, dates, results, x.s("compare_chart_title_time"), x.s("compare_chart_series_time")))
	var drows [][]cell
	for _, ds := range pr.Domains {
		row := []cell{{S: x.domain(ds.Domain)}}
		for _, p := range ds.Percents {
			row = append(row, cell{S: x.pctp(p), Num: true})
		}
		a, b := ds.Percents[0], ds.Percents[len(ds.Percents)-1]
		ch := "–"
		if a != nil && b != nil {
			ch = x.signed1(*b - *a)
		}
		drows = append(drows, append(row, cell{S: ch, Num: true}))
	}
	d.table(append(append([]string{x.s("compare_domain")}, dates...), x.s("compare_change")), drows)

	moves := func(title string, list []StepRow) {
		d.h2(title)
		if len(list) == 0 {
			d.p(x.s("compare_nothing"))
			return
		}
		var rows [][]cell
		for i, r := range list {
			rows = append(rows, []cell{{S: fmt.Sprint(i + 1), Num: true}, x.critCell(r.Criterion, r.MustHave),
				{S: x.status(r.Statuses[0])}, {S: x.status(r.Statuses[len(r.Statuses)-1])},
				{S: x.signed(float64(r.PointsDelta) / 4), Num: true}})
		}
		d.table([]string{"#", x.s("compare_criterion"), first.Proposal.Date, last.Proposal.Date, x.s("report_points")}, rows)
	}
	moves(x.s("compare_moved_up"), pr.Up)
	moves(x.s("compare_moved_down"), pr.Down)
	if len(pr.Other) > 0 {
		moves(x.s("compare_changed_other"), pr.Other)
	}

	d.h2(x.s("compare_timeline"))
	var trows [][]cell
	for i, r := range pr.Rows {
		row := []cell{{S: fmt.Sprint(i + 1), Num: true}, x.critCell(r.Criterion, r.MustHave)}
		for _, st := range r.Statuses {
			row = append(row, cell{S: x.status(st)})
		}
		mv := ""
		switch {
		case r.Move > 0:
			mv = "↑"
		case r.Move < 0:
			mv = "↓"
		case r.Changed:
			mv = "↔"
		}
		trows = append(trows, append(row, cell{S: mv, Mark: r.Move < 0}))
	}
	d.table(append(append([]string{"#", x.s("compare_criterion")}, dates...), x.s("compare_change")), trows)
	return d
}

// signed1 writes a change of percentage points with one decimal place.
func (x words) signed1(f float64) string {
	s := x.l.Fixed1(math.Abs(f))
	switch {
	case s == x.l.Fixed1(0):
		return "±" + s
	case f > 0:
		return "+" + s
	}
	return "−" + s
}
