package compare

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/exitguide/exitguide/internal/render"
)

// A comparison is laid out once as a doc (headings, paragraphs, tables, a
// chart) and written in each format from it, so text, Markdown and HTML
// always say the same thing.

type cell struct {
	S    string
	URL  string // a guide link, for Markdown and HTML
	ID   bool   // an id: code in Markdown, left-to-right in HTML
	Num  bool   // a figure: aligned to the end
	Mark bool   // stands out: a disagreement, a must-have
	// Status is an answer status ("" none) for a cell of the answers
	// grid: S is its symbol, Title its name (read out, shown on hover),
	// and HTML colours the cell by it (a heat map).
	Status string
	Title  string
}

// block is one part of a doc: exactly one of its fields is set.
type block struct {
	H2   string
	Para string
	Note string // a smaller explanatory paragraph
	Head []string
	// HeadTitles, where given, are what a heading stands for (a person's
	// name for the column headed by their number), for screen readers.
	HeadTitles []string
	Rows       [][]cell
	Chart      *chart
}

type doc struct {
	Lang, Dir string
	Wide      bool // the page may use a wide screen (the answers grid)
	Title     string
	Blocks    []block
	Footer    string
}

func (d *doc) h2(s string)                  { d.Blocks = append(d.Blocks, block{H2: s}) }
func (d *doc) p(s string)                   { d.Blocks = append(d.Blocks, block{Para: s}) }
func (d *doc) small(s string)               { d.Blocks = append(d.Blocks, block{Note: s}) }
func (d *doc) table(h []string, r [][]cell) { d.Blocks = append(d.Blocks, block{Head: h, Rows: r}) }
func (d *doc) grid(h, titles []string, r [][]cell) {
	d.Blocks = append(d.Blocks, block{Head: h, HeadTitles: titles, Rows: r})
}
func (d *doc) addChart(c *chart) { d.Blocks = append(d.Blocks, block{Chart: c}) }

// writeText writes the doc for the terminal: tables as aligned columns.
func (d *doc) writeText(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n%s\n", d.Title, strings.Repeat("=", utf8.RuneCountInString(d.Title)))
	for _, bl := range d.Blocks {
		switch {
		case bl.H2 != "":
			fmt.Fprintf(&b, "\n%s\n%s\n", bl.H2, strings.Repeat("-", utf8.RuneCountInString(bl.H2)))
		case bl.Para != "":
			fmt.Fprintf(&b, "%s\n", bl.Para)
		case bl.Note != "":
			fmt.Fprintf(&b, "%s\n", bl.Note)
		case bl.Head != nil:
			textTable(&b, bl.Head, bl.Rows)
		}
	}
	fmt.Fprintf(&b, "\n%s\n", d.Footer)
	_, err := io.WriteString(w, b.String())
	return err
}

func textTable(b *strings.Builder, head []string, rows [][]cell) {
	width := make([]int, len(head))
	all := append([][]cell{cellsOf(head)}, rows...)
	for ri, r := range all {
		r = append([]cell(nil), r...)
		for i := range r {
			if n := []rune(r[i].S); len(n) > 60 {
				r[i].S = string(n[:59]) + "…"
			}
			if r[i].Status != "" && r[i].Mark {
				r[i].S += "*" // differs from the consensus (the grid's key says so)
			}
		}
		all[ri] = r
	}
	for _, r := range all {
		for i, c := range r {
			if n := utf8.RuneCountInString(c.S); i < len(width) && n > width[i] {
				width[i] = n
			}
		}
	}
	for ri, r := range all {
		var parts []string
		for i, c := range r {
			s := c.S
			if pad := width[i] - utf8.RuneCountInString(s); pad > 0 && i < len(r)-1 {
				if c.Num {
					s = strings.Repeat(" ", pad) + s
				} else {
					s += strings.Repeat(" ", pad)
				}
			}
			parts = append(parts, s)
		}
		fmt.Fprintf(b, "  %s\n", strings.TrimRight(strings.Join(parts, "  "), " "))
		if ri == 0 {
			var rule []string
			for _, n := range width {
				rule = append(rule, strings.Repeat("-", n))
			}
			fmt.Fprintf(b, "  %s\n", strings.Join(rule, "  "))
		}
	}
}

func cellsOf(ss []string) []cell {
	out := make([]cell, len(ss))
	for i, s := range ss {
		out[i] = cell{S: s}
	}
	return out
}

func mdCell(c cell) string {
	s := render.Markdown(c.S)
	if c.ID {
		s = "`" + strings.ReplaceAll(c.S, "`", "") + "`"
	}
	if c.URL != "" {
		s = "[" + s + "](" + c.URL + ")"
	}
	if c.Mark && s != "" {
		s = "**" + s + "**"
	}
	return s
}

// writeMarkdown writes the doc as GitHub-flavoured Markdown.
func (d *doc) writeMarkdown(w io.Writer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n", render.Markdown(d.Title))
	for _, bl := range d.Blocks {
		switch {
		case bl.H2 != "":
			fmt.Fprintf(&b, "\n## %s\n", render.Markdown(bl.H2))
		case bl.Para != "":
			fmt.Fprintf(&b, "\n%s\n", render.Markdown(bl.Para))
		case bl.Note != "":
			fmt.Fprintf(&b, "\n_%s_\n", render.Markdown(bl.Note))
		case bl.Head != nil:
			b.WriteString("\n|")
			for _, h := range bl.Head {
				fmt.Fprintf(&b, " %s |", render.Markdown(h))
			}
			b.WriteString("\n|")
			for i := range bl.Head {
				align := " --- |"
				if len(bl.Rows) > 0 && i < len(bl.Rows[0]) && bl.Rows[0][i].Num {
					align = " ---: |"
				}
				b.WriteString(align)
			}
			b.WriteString("\n")
			for _, r := range bl.Rows {
				b.WriteString("|")
				for _, c := range r {
					fmt.Fprintf(&b, " %s |", mdCell(c))
				}
				b.WriteString("\n")
			}
		}
	}
	fmt.Fprintf(&b, "\n---\n\n%s\n", render.Markdown(d.Footer))
	_, err := io.WriteString(w, b.String())
	return err
}

// chart is a grouped bar chart: one group per domain, one bar per series
// (person or date), 0 to 100% (html.go lays it out).
type chart struct {
	title, desc string
	groups      []string
	series      []string
	values      [][]*float64 // [group][series]
	fmtPct      func(float64) string
}
