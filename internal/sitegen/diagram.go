package sitegen

import (
	"fmt"
	"html"
	"math"
	"strings"
)

// diagram draws a method's diagram as inline SVG (a <figure>), from its
// steps, by kind: timeline (steps with start/end on an axis in the
// method's unit; steps without them drawn beside the axis as "open
// length"), scale (numbered cells 1..N by band) or stages (boxes joined by
// arrows). Right-to-left languages mirror the direction of flow: x is
// measured from the start side and text anchors are logical (start/end),
// which the SVG inherits from the page's dir. Ids are prefixed dg-METHOD.
// The steps table under it (the text alternative) stays in
// layouts/_partials/method-diagram.html.
func (h *htmlMaker) diagram(m methodJSON) string {
	rtl := h.rtl
	id := "dg-" + m.ID
	esc := html.EscapeString
	unit := ""
	if m.Unit != "" {
		unit = h.words0("unit_" + m.Unit)
	}
	steps := m.Steps
	n := len(steps)
	dated := func(s stepJSON) bool { return s.Start != nil && s.End != nil }
	W, H := 720.0, 100.0
	var body strings.Builder
	var desc []string
	for i, s := range steps {
		when := ""
		if dated(s) {
			when = fmt.Sprintf(" (%s %v–%v)", unit, *s.Start, *s.End)
		}
		desc = append(desc, fmt.Sprintf("%d. %s%s", i+1, s.Name, when))
	}
	pad := 16.0
	// x on the page from a position measured from the start side
	side := func(p float64) float64 {
		if rtl {
			return W - p
		}
		return p
	}
	switch m.Kind {
	case "timeline":
		lo, hi := 0.0, 1.0
		first, last := -1, -1
		j := 0
		for i, s := range steps {
			if !dated(s) {
				continue
			}
			if j == 0 || *s.Start < lo {
				lo = *s.Start
			}
			if j == 0 || *s.End > hi {
				hi = *s.End
			}
			j++
			if first < 0 {
				first = i
			}
			last = i
		}
		_ = last
		hasPre, hasPost := false, false
		for i, s := range steps {
			if !dated(s) {
				if i < first || first < 0 {
					hasPre = true
				} else {
					hasPost = true
				}
			}
		}
		openW := 150.0
		p0, p1 := pad, W-pad
		if hasPre {
			p0 += openW + 24
		}
		if hasPost {
			p1 -= openW + 24
		}
		span := hi - lo
		if span <= 0 {
			span = 1
		}
		k := (p1 - p0) / span
		rowH, top := 58.0, 8.0
		axisY := top + rowH*float64(n)
		H = axisY + 58
		tick := 1.0
		if span > 24 {
			tick = math.Ceil(span / 12)
		}
		for t := 0; t <= int(span/tick); t++ {
			v := lo + float64(t)*tick
			x := side(p0 + (v-lo)*k)
			fmt.Fprintf(&body, `<line class="dg-grid" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/><line class="dg-axis" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/><text class="dg-tick num" x="%.1f" y="%.1f" text-anchor="middle">%v</text>`,
				x, top, x, axisY, x, axisY, x, axisY+6, x, axisY+22, v)
		}
		ax0, ax1 := side(p0), side(p1)
		fmt.Fprintf(&body, `<line class="dg-axis" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f"/>`, ax0, axisY, ax1, axisY)
		fmt.Fprintf(&body, `<text class="dg-axis-title" x="%.1f" y="%.1f" text-anchor="middle">%s</text>`, (ax0+ax1)/2, axisY+44, esc(unit))
		for i, s := range steps {
			y := top + rowH*float64(i)
			if dated(s) {
				a := p0 + (*s.Start-lo)*k
				b := p0 + (*s.End-lo)*k
				x := a
				if rtl {
					x = W - b
				}
				isFirst := a-p0 < (p1-p0)/2
				lp, anchor := b, "end"
				if isFirst {
					lp, anchor = a, "start"
				}
				fmt.Fprintf(&body, `<rect class="dg-bar dg-bar--%d" x="%.1f" y="%.1f" width="%.1f" height="24" rx="3"/><text class="dg-range num" x="%.1f" y="%.1f" text-anchor="middle">%v–%v</text><text class="dg-label" x="%.1f" y="%.1f" text-anchor="%s">%s</text>`,
					i%3+1, x, y+24, b-a, x+(b-a)/2, y+41, *s.Start, *s.End, side(lp), y+18, anchor, esc(s.Name))
			} else {
				pre := i < first
				a := p1 + 24
				if pre {
					a = pad
				}
				x := side(a + openW)
				if !rtl {
					x = a
				}
				fmt.Fprintf(&body, `<rect class="dg-open" x="%.1f" y="%.1f" width="%.1f" height="24" fill="url(#%s-hatch)"/><text class="dg-open-label" x="%.1f" y="%.1f" text-anchor="middle">%s</text><text class="dg-label" x="%.1f" y="%.1f" text-anchor="start">%s</text>`,
					x, y+24, openW, id, x+openW/2, y+41, esc(h.words0("diagram_open_length")), side(a), y+18, esc(s.Name))
				// an arrow from the open step towards the axis
				ea, eb := a-24, a-2
				if pre {
					ea, eb = a+openW, p0-2
				}
				fmt.Fprintf(&body, `<line class="dg-arrow" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" marker-end="url(#%s-arrow)"/>`, side(ea), y+36, side(eb), y+36, id)
			}
		}
	case "scale":
		N := 1
		for _, s := range steps {
			if s.End != nil && int(*s.End) > N {
				N = int(*s.End)
			}
		}
		cw := (W - 2*pad) / float64(N)
		if cw > 64 {
			cw = 64
		}
		W = cw*float64(N) + 2*pad
		top, ch := 8.0, 48.0
		for bi, s := range steps {
			from := 1
			if s.Start != nil && *s.Start != 0 {
				from = int(*s.Start)
			}
			to := from
			if s.End != nil && *s.End != 0 {
				to = int(*s.End)
			}
			for c := from; c <= to; c++ {
				p := pad + cw*float64(c-1)
				x := side(p + cw)
				if !rtl {
					x = p
				}
				fmt.Fprintf(&body, `<rect class="dg-cell dg-band--%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f"/><rect class="dg-cell-pattern" x="%.1f" y="%.1f" width="%.1f" height="%.1f" fill="url(#%s-p%d)"/><text class="dg-cell-num num" x="%.1f" y="%.1f" text-anchor="middle">%d</text>`,
					bi%3+1, x, top, cw, ch, x, top, cw, ch, id, bi%3+1, x+cw/2, top+30, c)
			}
			a, b := pad+cw*float64(from-1), pad+cw*float64(to)
			x1, x2 := a, b
			if rtl {
				x1, x2 = W-b, W-a
			}
			by := top + ch + 10
			fmt.Fprintf(&body, `<path class="dg-bracket" d="M%.1f %.1fv8H%.1fv-8"/><text class="dg-label" x="%.1f" y="%.1f" text-anchor="middle">%s</text><text class="dg-range num" x="%.1f" y="%.1f" text-anchor="middle">%d–%d</text>`,
				x1+3, by, x2-3, (x1+x2)/2, by+28, esc(s.Name), (x1+x2)/2, by+48, from, to)
		}
		H = top + ch + 72
	default:
		// stages: boxes top to bottom, joined by arrows (reads the same in LTR and RTL)
		W = 560
		bh, gap, top := 48.0, 26.0, 4.0
		for i, s := range steps {
			y := top + (bh+gap)*float64(i)
			cx, tx, rx := side(pad+24), side(pad+52), W-(pad+12)
			if rtl {
				rx = pad + 12
			}
			fmt.Fprintf(&body, `<rect class="dg-box dg-bar--%d" x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="6"/><circle class="dg-num-bg" cx="%.1f" cy="%.1f" r="14"/><text class="dg-cell-num num" x="%.1f" y="%.1f" text-anchor="middle">%d</text><text class="dg-label" x="%.1f" y="%.1f" text-anchor="start">%s</text>`,
				i%3+1, pad, y, W-2*pad, bh, cx, y+24, cx, y+29, i+1, tx, y+29, esc(s.Name))
			if dated(s) {
				fmt.Fprintf(&body, `<text class="dg-range" x="%.1f" y="%.1f" text-anchor="end"><tspan class="num">%v–%v</tspan>&#160;%s</text>`, rx, y+29, *s.Start, *s.End, esc(unit))
			}
			if i+1 < n {
				fmt.Fprintf(&body, `<line class="dg-arrow" x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" marker-end="url(#%s-arrow)"/>`, W/2, y+bh, W/2, y+bh+gap-4, id)
			}
		}
		H = top + (bh+gap)*float64(n) - (gap - 4)
	}
	var b strings.Builder
	attr := ""
	if m.Untranslated {
		attr = ` lang="en" dir="ltr"`
	}
	fmt.Fprintf(&b, `<figure class="diagram diagram--%s"%s>`+"\n", esc(m.Kind), attr)
	fmt.Fprintf(&b, `<svg class="dg" viewBox="0 0 %.0f %.0f" width="%.0f" height="%.0f" role="img" aria-labelledby="%s-t" aria-describedby="%s-d" xmlns="http://www.w3.org/2000/svg">`+"\n", W, H, W, H, id, id)
	fmt.Fprintf(&b, `<title id="%s-t">%s</title>`+"\n", id, esc(m.Name))
	fmt.Fprintf(&b, `<desc id="%s-d">%s</desc>`+"\n", id, esc(strings.Join(desc, "; ")))
	b.WriteString(strings.NewReplacer("ID", id).Replace(`<defs>
<marker id="ID-arrow" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="8" markerHeight="8" orient="auto-start-reverse"><path class="dg-arrowhead" d="M0 0L10 5L0 10z"/></marker>
<pattern id="ID-hatch" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="dg-hatch" x1="0" y1="0" x2="0" y2="8"/></pattern>
<pattern id="ID-p1" width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><line class="dg-hatch" x1="0" y1="0" x2="0" y2="8"/></pattern>
<pattern id="ID-p2" width="8" height="8" patternUnits="userSpaceOnUse"><circle class="dg-dot" cx="4" cy="4" r="1.3"/></pattern>
<pattern id="ID-p3" width="8" height="8" patternUnits="userSpaceOnUse"><line class="dg-hatch dg-hatch--thin" x1="0" y1="7.5" x2="8" y2="7.5"/></pattern>
</defs>
`))
	b.WriteString(body.String())
	b.WriteString("\n</svg>\n</figure>")
	return b.String()
}

// words0 is an interface word, not escaped (the caller escapes).
func (h *htmlMaker) words0(key string) string {
	s, err := h.words(key)
	if err != nil && h.err == nil {
		h.err = err
	}
	return s
}
