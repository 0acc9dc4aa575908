package report

import (
	"fmt"
	"html"
	"math"
	"strings"

	"github.com/exitguide/exitguide/internal/wrap"
)

// Radar draws the domain sub-scores as a radar chart in SVG: one axis per
// domain that has criteria, clockwise from the top, 0% at the centre and
// 100% at the edge. It is deterministic (coordinates to one decimal place)
// and accessible: role="img" with a title and a description, and the same
// figures are in the table next to it. It returns "" with fewer than three
// axes, where a radar shape says nothing; the table remains.
func Radar(v *View) string {
	var rows []DomainRow
	for _, d := range v.Domains {
		if d.Percent != nil {
			rows = append(rows, d)
		}
	}
	n := len(rows)
	if n < 3 {
		return ""
	}
	const r = 110.0
	pt := func(i int, frac float64) (float64, float64) {
		a := 2*math.Pi*float64(i)/float64(n) - math.Pi/2
		return round1(r * frac * math.Cos(a)), round1(r * frac * math.Sin(a))
	}
	var b strings.Builder
	id := "radar-" + slug(v.File)
	fmt.Fprintf(&b, `<svg class="radar" viewBox="-230 -160 460 320" width="460" height="320" role="img" aria-labelledby="%s-t %s-d" xmlns="http://www.w3.org/2000/svg">`, id, id)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title><desc id="%s-d">%s</desc>`, id, html.EscapeString(v.T("report_chart_title")), id, html.EscapeString(v.T("report_chart_desc")))
	for _, f := range []float64{0.25, 0.5, 0.75, 1} {
		b.WriteString(`<polygon class="ring" points="`)
		for i := range n {
			x, y := pt(i, f)
			if i > 0 {
				b.WriteByte(' ')
			}
			fmt.Fprintf(&b, "%s,%s", num1(x), num1(y))
		}
		b.WriteString(`"/>`)
	}
	for i := range n {
		x, y := pt(i, 1)
		fmt.Fprintf(&b, `<line class="axis" x1="0" y1="0" x2="%s" y2="%s"/>`, num1(x), num1(y))
	}
	b.WriteString(`<polygon class="score" points="`)
	for i, d := range rows {
		x, y := pt(i, *d.Percent/100)
		if i > 0 {
			b.WriteByte(' ')
		}
		fmt.Fprintf(&b, "%s,%s", num1(x), num1(y))
	}
	b.WriteString(`"/>`)
	for i, d := range rows {
		x, y := pt(i, *d.Percent/100)
		fmt.Fprintf(&b, `<circle class="dot" cx="%s" cy="%s" r="3"/>`, num1(x), num1(y))
	}
	for i, d := range rows {
		x, y := pt(i, 1.18)
		lines := wrap.Lines(d.Name.S, 18)
		lines = append(lines, d.PctText)
		y0 := y - 6*float64(len(lines)-1)
		if y > 1 {
			y0 = y + 4
		} else if y < -1 {
			y0 = y - 12*float64(len(lines)-1)
		}
		fmt.Fprintf(&b, `<text class="label" x="%s" y="%s" text-anchor="middle">`, num1(x), num1(round1(y0)))
		for j, l := range lines {
			cls := ""
			if j == len(lines)-1 {
				cls = ` class="pct"`
			}
			if j == 0 {
				fmt.Fprintf(&b, `<tspan x="%s"%s>%s</tspan>`, num1(x), cls, html.EscapeString(l))
			} else {
				fmt.Fprintf(&b, `<tspan x="%s" dy="12"%s>%s</tspan>`, num1(x), cls, html.EscapeString(l))
			}
		}
		b.WriteString(`</text>`)
	}
	b.WriteString(`</svg>`)
	return b.String()
}

func round1(f float64) float64 {
	v := math.Round(f*10) / 10
	if v == 0 {
		return 0 // no negative zero
	}
	return v
}

func num1(f float64) string {
	s := fmt.Sprintf("%.1f", f)
	return strings.TrimSuffix(s, ".0")
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
