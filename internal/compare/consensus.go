package compare

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/wrap"
)

// WriteConsensus writes the group's draft consensus as a proposal file that
// `exitguide check` reads: the schema modeline, comments in the group's
// language, every criterion in the guide's order with its question, and a
// comment on each point to discuss (and on criteria nobody answered).
func WriteConsensus(w io.Writer, g *guide.Guide, gr *Group, schemaPath string) error {
	x := newWords(g, gr.W, "")
	p := gr.Consensus
	var b strings.Builder
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	comment := func(indent, s string) { wrap.Comment(&b, indent, s) }
	f("# yaml-language-server: $schema=%s\n#\n", schemaPath)
	comment("", x.s("compare_yaml_head", "n", strconv.Itoa(len(gr.Inputs)), "locality", p.Locality, "date", p.Date))
	var files []string
	for i, in := range gr.Inputs {
		files = append(files, gr.Names[i]+" ("+fileName(in.File)+")")
	}
	comment("", x.s("compare_participants")+": "+strings.Join(files, "; "))
	comment("", x.s("compare_yaml_how"))
	comment("", x.s("compare_yaml_settle", "mark", x.s("compare_to_discuss")))
	f("proposal: %d\n", p.Proposal)
	f("locality: %s\n", q(p.Locality))
	f("organisations:\n")
	for _, o := range p.Organisations {
		f("  - %s\n", q(o))
	}
	f("models: [%s]\n", strings.Join(p.Models, ", "))
	f("date: %s\n", p.Date)
	f("assessed_by: %s\n", q(p.AssessedBy))
	f("language: %s\n", p.Language)
	f("answers:\n")
	rows := map[string]Row{}
	for _, r := range gr.Rows {
		rows[r.Criterion] = r
	}
	for _, c := range g.CriteriaFor(p.Models...) {
		r := rows[c.ID]
		f("\n")
		comment("  ", x.question(c.ID))
		a, ok := p.Answers[c.ID]
		if !ok {
			comment("  ", x.s("compare_yaml_nobody", "criterion", c.ID, "mark", x.s("compare_to_discuss")))
			continue
		}
		if r.Disagree() {
			comment("  ", x.s("compare_to_discuss")+": "+c.ID)
		}
		f("  %s:\n    status: %s\n", c.ID, a.Status)
		for _, kv := range [][2]string{{"evidence", a.Evidence}, {"owner", a.Owner}, {"reason", a.Reason}, {"notes", a.Notes}} {
			if kv[1] != "" {
				f("    %s: %s\n", kv[0], q(kv[1]))
			}
		}
		if a.Due != "" {
			f("    due: %s\n", a.Due)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// q quotes a string for YAML: a double-quoted scalar, whose escapes Go's
// strconv.Quote writes compatibly (\" \\ \n \t \uXXXX); printable
// non-ASCII text (Hebrew, Danish, Slovenian) stays as it is.
func q(s string) string { return strconv.Quote(s) }
