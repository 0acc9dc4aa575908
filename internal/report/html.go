package report

import (
	"bytes"
	_ "embed"
	"html/template"
	"io"
	"math"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/render"
	"github.com/exitguide/exitguide/internal/wrap"
	"github.com/yuin/goldmark"
)

// md renders the guide's short Markdown; raw HTML in it is not passed
// through (goldmark's default), so the output is safe to embed.
var md = goldmark.New()

func markdownHTML(s string) template.HTML {
	var b bytes.Buffer
	if err := md.Convert([]byte(s), &b); err != nil {
		return template.HTML(template.HTMLEscapeString(s))
	}
	return template.HTML(b.String()) // #nosec: goldmark escapes raw HTML by default
}

// refList is a list of criteria for the "reflist" template.
type refList struct {
	V    *View
	Refs []Ref
}

type htmlPage struct {
	Lang, Dir string
	Title     string
	Summary   []SummaryRow
	SumHead   []string
	SumTitle  string
	Views     []*View
}

//go:embed report.html.tmpl
var htmlSource string

var htmlTmpl = template.Must(template.New("report").Funcs(template.FuncMap{
	"baseCSS": func() template.CSS { return template.CSS(render.CSS) },
	// txt marks guide text that is not in the report language, so screen
	// readers pronounce it right and the reader knows it is untranslated.
	"txt": func(v *View, t Text) template.HTML {
		if t.Lang == "" || t.Lang == v.Lang {
			return template.HTML(template.HTMLEscapeString(t.S))
		}
		return template.HTML(`<span lang="` + template.HTMLEscapeString(t.Lang) + `" dir="auto" class="untr" title="` +
			template.HTMLEscapeString(v.T("report_untranslated")) + `">` + template.HTMLEscapeString(t.S) + `</span>`)
	},
	"mdtxt": func(v *View, t Text) template.HTML {
		h := markdownHTML(t.S)
		if t.Lang == "" || t.Lang == v.Lang {
			return h
		}
		return template.HTML(`<div lang="` + template.HTMLEscapeString(t.Lang) + `" dir="auto" class="untr">` + string(h) + `</div>`)
	},
	"radar": radar,
	"ids":   ids,
	"refs":  func(v *View, refs []Ref) refList { return refList{v, refs} },
	"inc":   func(i int) int { return i + 1 },
	// barWidth is a domain bar's width in percent of its track.
	"barWidth": func(p *float64) string {
		if p == nil {
			return "0"
		}
		return strconv.FormatFloat(*p, 'f', 1, 64)
	},
}).Parse(htmlSource))

// writeHTML writes one self-contained, printable HTML file holding every
// report (and a summary table first when there are several). It has inline
// CSS only: no scripts, no external requests.
//
// Each report is in its own view's language; the page, its title and the
// summary table are in the language of sum, the same reports in one
// language.
func writeHTML(w io.Writer, views, sum []*View) error {
	if len(views) == 0 {
		return nil
	}
	if len(sum) == 0 {
		sum = views
	}
	s0 := sum[0]
	p := htmlPage{Lang: s0.Lang, Dir: s0.Dir, Views: views}
	if len(views) == 1 {
		p.Title = views[0].T("report_title") + ": " + views[0].Proposal.Locality
	} else {
		p.Title = s0.T("report_summary", "n", strconv.Itoa(len(views)))
		p.SumTitle = p.Title
		p.Summary = Summary(sum)
		p.SumHead = headers(s0, summaryKeys...)
	}
	return htmlTmpl.Execute(w, p)
}

// radarChart is the geometry of the radar chart of the domain sub-scores
// (drawn by the "radar" template): one axis per domain that has criteria,
// clockwise from the top, 0% at the centre and 100% at the edge,
// coordinates written by render.SVGNum so the markup is deterministic.
// It is accessible: role="img" with a title and a description, and the
// same figures are in the table next to it.
type radarChart struct {
	ID, Title, Desc string
	Rings           []string // the 25, 50, 75 and 100% rings, as polygon points
	Axes            []point
	Shape           string // the scores, as polygon points
	Dots            []point
	Labels          []radarLabel
}

type point struct{ X, Y string }

// radarLabel is a domain's name in lines, then its percentage.
type radarLabel struct {
	X, Y  string
	Lines []labelLine
}

type labelLine struct {
	S   string
	Pct bool
}

// radar lays out the radar chart of v's domain scores; nil with fewer than
// three axes, where a radar shape says nothing (the table remains).
func radar(v *View) *radarChart {
	var rows []DomainRow
	for _, d := range v.Domains {
		if d.Percent != nil {
			rows = append(rows, d)
		}
	}
	n := len(rows)
	if n < 3 {
		return nil
	}
	const r = 110.0
	xy := func(i int, frac float64) (float64, float64) {
		a := 2*math.Pi*float64(i)/float64(n) - math.Pi/2
		return r * frac * math.Cos(a), r * frac * math.Sin(a)
	}
	at := func(i int, frac float64) point {
		x, y := xy(i, frac)
		return point{render.SVGNum(x), render.SVGNum(y)}
	}
	polygon := func(frac func(i int) float64) string {
		pts := make([]string, n)
		for i := range n {
			p := at(i, frac(i))
			pts[i] = p.X + "," + p.Y
		}
		return strings.Join(pts, " ")
	}
	id := "radar-" + slug(v.File)
	c := &radarChart{ID: id, Title: v.T("report_chart_title"), Desc: v.T("report_chart_desc")}
	for _, f := range []float64{0.25, 0.5, 0.75, 1} {
		c.Rings = append(c.Rings, polygon(func(int) float64 { return f }))
	}
	score := func(i int) float64 { return *rows[i].Percent / 100 }
	c.Shape = polygon(score)
	for i, d := range rows {
		c.Axes = append(c.Axes, at(i, 1))
		c.Dots = append(c.Dots, at(i, score(i)))
		x, y := xy(i, 1.18)
		lines := wrap.Lines(d.Name.S, 18)
		// Labels below the centre start under their point, labels above it
		// end over it, the others are centred on it.
		y0 := y - 6*float64(len(lines))
		if y > 1 {
			y0 = y + 4
		} else if y < -1 {
			y0 = y - 12*float64(len(lines))
		}
		l := radarLabel{X: render.SVGNum(x), Y: render.SVGNum(y0)}
		for _, s := range lines {
			l.Lines = append(l.Lines, labelLine{S: s})
		}
		l.Lines = append(l.Lines, labelLine{S: d.PctText, Pct: true})
		c.Labels = append(c.Labels, l)
	}
	return c
}

// slug makes an id fragment from a file name.
func slug(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if r >= 'a' && r <= 'z' || r >= '0' && r <= '9' {
			b.WriteRune(r)
		} else {
			b.WriteByte('-')
		}
	}
	return strings.Trim(b.String(), "-")
}
