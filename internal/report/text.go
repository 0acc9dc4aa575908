package report

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// ANSI styles for the text format; used only when Options.Color is set.
const (
	bold  = "\x1b[1m"
	dim   = "\x1b[2m"
	red   = "\x1b[31m"
	amber = "\x1b[33m"
	green = "\x1b[32m"
	reset = "\x1b[0m"
)

type textWriter struct {
	w     io.Writer
	color bool
	err   error
}

func (t *textWriter) printf(format string, a ...any) {
	if t.err == nil {
		_, t.err = fmt.Fprintf(t.w, format, a...)
	}
}

func (t *textWriter) style(s, code string) string {
	if !t.color {
		return s
	}
	return code + s + reset
}

func (t *textWriter) heading(s string) {
	t.printf("\n%s\n", t.style(s, bold))
}

// levelColour is the terminal colour of a band level (View.BandLevel).
var levelColour = map[string]string{"low": red, "mid": amber, "top": green}

// writeText writes one report for the terminal, with colours when color
// is set.
func writeText(w io.Writer, v *View, color bool) error {
	t := &textWriter{w: w, color: color}
	title := v.T("report_title") + ": " + v.Proposal.Locality
	t.printf("%s\n", t.style(title, bold))
	t.printf("%s\n", strings.Repeat("=", utf8.RuneCountInString(title)))
	t.printf("%s: %s\n", v.T("report_file"), v.File)
	t.printf("%s: %s\n", v.T("report_organisations"), strings.Join(v.Proposal.Organisations, "; "))
	t.printf("%s: %s\n", v.T("report_models"), strings.Join(v.ModelNames, "; "))
	for _, e := range v.Evidence {
		t.printf("%s\n", e)
	}
	t.printf("%s: %s · %s: %s\n", v.T("report_date"), v.Proposal.Date, v.T("report_assessed_by"), v.Proposal.AssessedBy)

	t.heading(v.T("report_readiness"))
	t.printf("%s — %s (%s)\n", t.style(v.Band.S, bold+levelColour[v.BandLevel()]), v.Percent, v.Points)
	if v.BandDesc.S != "" {
		t.printf("%s\n", v.BandDesc.S)
	}
	t.printf("%s: %s\n", v.T("report_why"), v.Why)
	for _, c := range v.WhyCaps {
		t.printf("  - %s\n", c)
	}
	for _, c := range v.Counts {
		t.printf("%s\n", c)
	}

	t.heading(v.T("report_domains"))
	width := 0
	for _, d := range v.Domains {
		width = max(width, utf8.RuneCountInString(d.Name.S))
	}
	for _, d := range v.Domains {
		pad := strings.Repeat(" ", width-utf8.RuneCountInString(d.Name.S))
		bar := ""
		if d.Percent != nil {
			n := int(*d.Percent/10 + 0.5)
			bar = strings.Repeat("#", n) + strings.Repeat(".", 10-n)
			t.printf("  %s%s  %s  %7s  %s\n", d.Name.S, pad, bar, d.PctText, t.style(d.Points, dim))
		} else {
			t.printf("  %s%s  %s  %s\n", d.Name.S, pad, strings.Repeat(" ", 10), t.style(d.PctText, dim))
		}
	}

	t.heading(v.T("report_must_missing"))
	t.refList(v, v.MustMissing)
	if len(v.MustPartial) > 0 {
		t.heading(v.T("report_must_partial"))
		t.refList(v, v.MustPartial)
	}

	if len(v.DontKnow) > 0 {
		t.heading(v.T("report_dont_know"))
		t.printf("%s\n", v.T("report_dont_know_intro"))
		t.refList(v, v.DontKnow)
	}

	t.heading(v.T("report_gaps"))
	if len(v.Gaps) == 0 {
		t.printf("%s\n", v.T("report_none"))
	}
	for i, gp := range v.Gaps {
		tags := []string{gp.Status, v.Weight(gp.Weight), gp.Missing}
		if gp.MustHave {
			tags = append([]string{t.style(v.T("report_must_have"), bold+red)}, tags...)
		}
		t.printf("%2d. %s\n    %s · [%s]\n", i+1, gp.Question.S, gp.ID, strings.Join(tags, ", "))
		if gp.Better.S != "" {
			t.printf("    %s: %s\n", v.T("report_how_better"), indent(plain(gp.Better.S), "      "))
		}
		if len(gp.Recs) > 0 {
			t.printf("    %s:\n", v.T("report_recs"))
			for _, r := range gp.Recs {
				t.printf("      - %s <%s>\n", r.Title.S, r.URL)
			}
		}
		t.printf("    %s: <%s>\n", v.T("report_guide_page"), gp.URL)
		if len(gp.BlockedBy) > 0 {
			t.printf("    %s: %s\n", v.T("report_blocked_by"), ids(gp.BlockedBy))
		}
		if len(gp.Blocks) > 0 {
			t.printf("    %s: %s\n", v.T("report_blocks"), ids(gp.Blocks))
		}
	}

	if len(v.Claimed) > 0 {
		t.heading(v.T("report_claimed"))
		t.printf("%s\n", v.T("report_claimed_intro"))
		t.refList(v, v.Claimed)
	}

	t.heading(v.T("report_strengths"))
	t.refList(v, v.Strengths)

	t.heading(v.T("report_dependencies"))
	if len(v.Deps) == 0 {
		t.printf("%s\n", v.T("report_no_dependencies"))
	}
	for _, d := range v.Deps {
		t.printf("  - %s\n", v.T("report_dep_line", "criterion", d.ID, "blocks", ids(d.Blocks)))
	}
	if len(v.Premature) > 0 {
		t.heading(v.T("report_premature"))
		for _, p := range v.Premature {
			t.printf("  - %s\n", v.T("report_premature_line", "criterion", p.ID, "needs", ids(p.Needs)))
		}
	}
	if len(v.Unanswered) > 0 {
		t.heading(v.T("report_unanswered"))
		t.refList(v, v.Unanswered)
	}
	if len(v.NotApplicable) > 0 {
		t.heading(v.T("report_not_applicable"))
		t.refList(v, v.NotApplicable)
	}
	t.heading(v.T("report_method"))
	t.printf("%s\n", v.Method)
	return t.err
}

func (t *textWriter) refList(v *View, refs []Ref) {
	if len(refs) == 0 {
		t.printf("%s\n", v.T("report_none"))
		return
	}
	for _, r := range refs {
		t.printf("  - %s\n    %s\n", r.Question.S, t.style(r.ID, dim))
	}
}

func ids(refs []Ref) string {
	s := make([]string, len(refs))
	for i, r := range refs {
		s[i] = r.ID
	}
	return strings.Join(s, ", ")
}

func indent(s, prefix string) string {
	return strings.ReplaceAll(s, "\n", "\n"+prefix)
}
