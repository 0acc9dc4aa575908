package compare

import (
	"fmt"
	"io"
	"math"
	"path/filepath"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
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

type words struct {
	g    *guide.Guide
	lang string
	base string
}

func (x words) s(key string) string { return S(x.lang, key) }

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

func (x words) status(st string) string { return statusName(x.lang, st) }

func (x words) pct(f float64) string { return report.Pct(x.lang, f) }

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
		s += " (" + x.s("must_have") + ")"
	}
	return cell{S: s, URL: x.base + x.g.CriterionPath(x.lang, id)}
}

func dir(g *guide.Guide, lang string) string {
	if l, ok := g.Language(lang); ok && l.Direction != "" {
		return l.Direction
	}
	if lang == "he" {
		return "rtl"
	}
	return "ltr"
}

func fileName(f string) string { return filepath.Base(f) }

// signed writes a change with its sign: +4.5 or −2 (a real minus).
func signed(lang string, f float64) string {
	s := report.Num(lang, f)
	switch {
	case f > 0:
		return "+" + s
	case f < 0:
		return "−" + strings.TrimPrefix(s, "-")
	}
	return "±0"
}

func groupDoc(g *guide.Guide, gr *Group, base string) *doc {
	x := words{g: g, lang: gr.Lang, base: strings.TrimRight(base, "/")}
	d := &doc{lang: gr.Lang, dir: dir(g, gr.Lang), footer: x.s("footer")}
	p0 := gr.Inputs[0].Proposal
	d.title = x.s("group_title") + ": " + p0.Locality
	d.p(fmt.Sprintf(x.s("group_intro"), len(gr.Inputs), p0.Date, gr.Disagreeing, len(gr.Rows)))

	d.h2(x.s("participants"))
	var rows [][]cell
	for i, in := range gr.Inputs {
		r := in.Result
		rows = append(rows, []cell{{S: fmt.Sprint(i + 1), Num: true}, {S: gr.Names[i]}, {S: fileName(in.File), ID: true},
			{S: x.pct(r.Percent), Num: true}, {S: x.band(r.Band)}})
	}
	d.table([]string{"#", x.s("participant"), x.s("file"), report.T(gr.Lang, "score"), x.s("band")}, rows)

	head := []string{"#", x.s("criterion")}
	head = append(head, gr.Names...)
	head = append(head, x.s("spread"), x.s("answers"), x.s("consensus_col"))
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
				row = append(row, cell{S: x.status(a), Mark: r.Disagree() && a != r.Consensus && a != ""})
			}
			spread := report.Num(gr.Lang, float64(r.Spread)/4)
			cons := x.status(r.Consensus)
			if r.Tie {
				cons += " (" + x.s("tie_lower") + ")"
			}
			row = append(row, cell{S: spread, Num: true}, cell{S: fmt.Sprint(r.Distinct), Num: true}, cell{S: cons, Mark: r.Disagree()})
			out = append(out, row)
		}
		return out
	}
	d.h2(x.s("disagree"))
	if gr.Disagreeing == 0 {
		d.p(x.s("no_disagreement"))
	} else {
		d.table(head, answerRows(Row.Disagree))
		d.small(x.s("spread_explained"))
	}

	d.h2(x.s("domains"))
	series := append(append([]string{}, gr.Names...), x.s("consensus_col"))
	results := make([]score.Result, 0, len(series))
	for _, in := range gr.Inputs {
		results = append(results, in.Result)
	}
	results = append(results, gr.ConsensusRes)
	d.addChart(domainChart(x, series, results, x.s("chart_title"), x.s("chart_series")))
	d.table(append([]string{x.s("domain")}, series...), domainRows(x, results))

	d.h2(x.s("consensus"))
	d.p(fmt.Sprintf(x.s("consensus_intro"), x.s("to_discuss")))
	cr := gr.ConsensusRes
	d.p(fmt.Sprintf("%s: %s · %s · %s", x.s("consensus_col"), x.band(cr.Band), x.pct(cr.Percent),
		fmt.Sprintf(report.T(gr.Lang, "points_of"), report.Num(gr.Lang, cr.Earned), report.Num(gr.Lang, cr.Possible))))

	if gr.Disagreeing < len(gr.Rows) {
		d.h2(x.s("agreed"))
		d.table(head, answerRows(func(r Row) bool { return !r.Disagree() }))
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
	total := []cell{{S: x.s("total"), Mark: true}}
	band := []cell{{S: x.s("band")}}
	for _, r := range results {
		total = append(total, cell{S: x.pct(r.Percent), Num: true, Mark: true})
		band = append(band, cell{S: x.band(r.Band)})
	}
	return append(rows, total, band)
}

func domainChart(x words, series []string, results []score.Result, title, what string) *chart {
	c := &chart{title: title, desc: fmt.Sprintf(x.s("chart_desc"), what), series: series, fmtPct: func(f float64) string {
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
	x := words{g: g, lang: pr.Lang, base: strings.TrimRight(base, "/")}
	d := &doc{lang: pr.Lang, dir: dir(g, pr.Lang), footer: x.s("footer")}
	first, last := pr.Inputs[0], pr.Inputs[len(pr.Inputs)-1]
	d.title = x.s("progress_title") + ": " + first.Proposal.Locality
	d.p(fmt.Sprintf(x.s("progress_intro"), len(pr.Inputs), first.Proposal.Date, last.Proposal.Date))

	d.h2(x.s("score_change"))
	var rows [][]cell
	var dates []string
	for _, in := range pr.Inputs {
		r := in.Result
		dates = append(dates, in.Proposal.Date)
		rows = append(rows, []cell{{S: in.Proposal.Date}, {S: fileName(in.File), ID: true}, {S: x.pct(r.Percent), Num: true},
			{S: fmt.Sprintf(report.T(pr.Lang, "points_of"), report.Num(pr.Lang, r.Earned), report.Num(pr.Lang, r.Possible)), Num: true},
			{S: x.band(r.Band)}})
	}
	d.table([]string{x.s("date"), x.s("file"), report.T(pr.Lang, "score"), report.T(pr.Lang, "points"), x.s("band")}, rows)
	d.p(x.s("change") + ": " + fmt.Sprintf(x.s("pp"), signed1(pr.Lang, float64(pr.PercentDelta)/10)) + " (" +
		fmt.Sprintf(x.s("from_to"), x.pct(first.Result.Percent), x.pct(last.Result.Percent)) + ").")
	switch {
	case pr.BandMove > 0:
		d.p(fmt.Sprintf(x.s("band_up"), x.band(first.Result.Band), x.band(last.Result.Band)))
	case pr.BandMove < 0:
		d.p(fmt.Sprintf(x.s("band_down"), x.band(first.Result.Band), x.band(last.Result.Band)))
	default:
		d.p(fmt.Sprintf(x.s("band_same"), x.band(last.Result.Band)))
	}

	d.h2(x.s("domains"))
	var results []score.Result
	for _, in := range pr.Inputs {
		results = append(results, in.Result)
	}
	d.addChart(domainChart(x, dates, results, x.s("chart_title_time"), x.s("chart_series_time")))
	var drows [][]cell
	for _, ds := range pr.Domains {
		row := []cell{{S: x.domain(ds.Domain)}}
		for _, p := range ds.Percents {
			row = append(row, cell{S: x.pctp(p), Num: true})
		}
		a, b := ds.Percents[0], ds.Percents[len(ds.Percents)-1]
		ch := "–"
		if a != nil && b != nil {
			ch = signed1(pr.Lang, *b-*a)
		}
		drows = append(drows, append(row, cell{S: ch, Num: true}))
	}
	d.table(append(append([]string{x.s("domain")}, dates...), x.s("change")), drows)

	moves := func(title string, list []StepRow) {
		d.h2(title)
		if len(list) == 0 {
			d.p(x.s("nothing"))
			return
		}
		var rows [][]cell
		for i, r := range list {
			rows = append(rows, []cell{{S: fmt.Sprint(i + 1), Num: true}, x.critCell(r.Criterion, r.MustHave),
				{S: x.status(r.Statuses[0])}, {S: x.status(r.Statuses[len(r.Statuses)-1])},
				{S: signed(pr.Lang, float64(r.PointsDelta)/4), Num: true}})
		}
		d.table([]string{"#", x.s("criterion"), first.Proposal.Date, last.Proposal.Date, report.T(pr.Lang, "points")}, rows)
	}
	moves(x.s("moved_up"), pr.Up)
	moves(x.s("moved_down"), pr.Down)
	if len(pr.Other) > 0 {
		moves(x.s("changed_other"), pr.Other)
	}

	d.h2(x.s("timeline"))
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
	d.table(append(append([]string{"#", x.s("criterion")}, dates...), x.s("change")), trows)
	return d
}

// signed1 writes a change of percentage points with one decimal place.
func signed1(lang string, f float64) string {
	s := fmt.Sprintf("%.1f", math.Abs(f))
	if lang == "da" || lang == "sl" {
		s = strings.Replace(s, ".", ",", 1)
	}
	switch {
	case s == "0.0" || s == "0,0":
		return "±" + s
	case f > 0:
		return "+" + s
	}
	return "−" + s
}
