package compare

import (
	_ "embed"
	"html/template"
	"io"
	"strconv"
	"strings"
	"unicode"

	"github.com/exitguide/exitguide/internal/render"
)

//go:embed compare.html.tmpl
var htmlSource string

var htmlTmpl = template.Must(template.New("compare").Funcs(template.FuncMap{
	"baseCSS": func() template.CSS { return template.CSS(render.CSS) },
}).Parse(htmlSource))

// writeHTML writes the doc as one self-contained, printable HTML file:
// inline CSS, no scripts, nothing loaded from anywhere.
func (d *doc) writeHTML(w io.Writer) error { return htmlTmpl.Execute(w, d) }

// HeadCells are the table's column headings, each aligned like the
// column's first row.
func (bl block) HeadCells() []cell {
	out := make([]cell, len(bl.Head))
	for i, h := range bl.Head {
		out[i] = cell{S: h}
		if i < len(bl.HeadTitles) {
			out[i].Title = bl.HeadTitles[i]
		}
		if len(bl.Rows) > 0 && i < len(bl.Rows[0]) {
			out[i].Num = bl.Rows[0][i].Num
		}
	}
	return out
}

// Figure reports whether the cell is a bare figure (+1.5, 12.5%), which
// keeps its order in right-to-left text only when isolated as
// left-to-right.
func (c cell) Figure() bool { return c.Num && !c.ID && !strings.ContainsFunc(c.S, unicode.IsLetter) }

// Class is the cell's class attribute: num (aligned to the end), mark
// (stands out).
func (c cell) Class() string {
	var cls []string
	if c.Num {
		cls = append(cls, "num")
	}
	if c.Mark {
		cls = append(cls, "mark")
	}
	if c.Status != "" {
		cls = append(cls, "hm", "st-"+c.Status)
	}
	if c.URL != "" && !c.ID {
		cls = append(cls, "q") // a criterion's question
	}
	return strings.Join(cls, " ")
}

// Grid reports whether the table is the answers grid (one narrow column
// per person).
func (bl block) Grid() bool { return bl.HeadTitles != nil }

// SVG lays the chart out for the page's direction.
func (c *chart) SVG(dir string) barChart { return c.layout(dir == "rtl") }

// barChart is the geometry of a grouped bar chart, drawn by the "chart"
// template: one group per domain, one bar per series (person or date),
// 0 to 100%. Numbers are written by render.SVGNum.
type barChart struct {
	Title, Desc   string
	Width, Height string
	Anchor        string // the labels' text-anchor: start, or end in right-to-left
	Grid          []gridLine
	Groups        []barGroup
	Legend        []legendItem
}

type gridLine struct{ X, Y2, LabelY, Label string }

type barGroup struct {
	X, Y, Label string
	Bars        []bar
}

type bar struct {
	Class                 string
	X, Y, Width, Height   string
	Tip                   string // "Anna: 75.0%"
	ValueX, ValueY, Value string
}

type legendItem struct{ Class, Name string }

// layout computes the chart's geometry; right-to-left mirrors it so bars
// grow from the start side.
func (c *chart) layout(rtl bool) barChart {
	const (
		width  = 640.0
		labelH = 18.0
		barH   = 12.0
		gap    = 10.0
		left   = 8.0
		plotW  = 520.0
	)
	n := render.SVGNum
	ns := len(c.series)
	groupH := labelH + float64(ns)*(barH+2) + gap
	height := float64(len(c.groups))*groupH + 24
	x := func(v, w float64) float64 { // the start of a box of width w at position v
		if rtl {
			return width - v - w
		}
		return v
	}
	class := func(i int) string { return "s" + strconv.Itoa(i%8) }
	out := barChart{Title: c.title, Desc: c.desc, Width: n(width), Height: n(height), Anchor: "start"}
	if rtl {
		out.Anchor = "end"
	}
	for _, f := range []float64{0, 0.25, 0.5, 0.75, 1} {
		gx := n(x(left+f*plotW, 0))
		out.Grid = append(out.Grid, gridLine{X: gx, Y2: n(height - 20), LabelY: n(height - 6), Label: c.fmtPct(f * 100)})
	}
	y := 0.0
	for gi, g := range c.groups {
		grp := barGroup{X: n(x(left, 0)), Y: n(y + 13), Label: g}
		yy := y + labelH
		for si, s := range c.series {
			if v := c.values[gi][si]; v != nil {
				w := plotW * *v / 100
				grp.Bars = append(grp.Bars, bar{Class: class(si), X: n(x(left, w)), Y: n(yy), Width: n(w), Height: n(barH),
					Tip: s + ": " + c.fmtPct(*v), ValueX: n(x(left+w+4, 0)), ValueY: n(yy + 10), Value: c.fmtPct(*v)})
			}
			yy += barH + 2
		}
		out.Groups = append(out.Groups, grp)
		y += groupH
	}
	for i, s := range c.series {
		out.Legend = append(out.Legend, legendItem{Class: class(i), Name: s})
	}
	return out
}
