package proposal

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/wrap"
)

// TemplateOptions are the choices of `exitguide init`.
type TemplateOptions struct {
	Models     []string // model ids, known to the guide
	Lang       string   // language of the comments and of the report
	Date       string   // YYYY-MM-DD, the day the template is written
	SchemaPath string   // the yaml-language-server modeline's schema path
	// Words is the interface catalogue (keys init_*); nil uses the one
	// built into the binary.
	Words *i18n.Catalogue
}

// WriteTemplate writes a complete, commented proposal template: every
// criterion of the models with its question, each answered dont-know
// ("don't know yet": an untouched answer is a question to find out, not a
// claim that nothing has begun; it earns nothing, like not-started).
// The planner fills in locality, organisations and assessed_by (the file
// is not valid until they do) and the answers.
func WriteTemplate(w io.Writer, g *guide.Guide, o TemplateOptions) error {
	w0 := Messages{Words: o.Words}.Catalogue().Words(o.Lang)
	var b bytes.Buffer
	f := func(format string, a ...any) { fmt.Fprintf(&b, format, a...) }
	comment := func(indent, s string) { wrap.Comment(&b, indent, s) }
	var names []string
	for _, m := range o.Models {
		t, _ := guide.TextOf(g, o.Lang, guide.ModelTexts, m)
		if t.Name == "" {
			t.Name = m
		}
		names = append(names, t.Name)
	}
	f("# yaml-language-server: $schema=%s\n#\n", o.SchemaPath)
	comment("", w0.T("init_head", "models", strings.Join(names, " + ")))
	comment("", w0.T("init_how"))
	comment("", w0.T("init_statuses"))
	comment("", w0.T("init_fields"))
	f("proposal: 1\n")
	comment("", w0.T("init_locality"))
	f("locality: \"\"\n")
	comment("", w0.T("init_orgs"))
	f("organisations:\n  - \"\"\n")
	f("models: [%s]\n", strings.Join(o.Models, ", "))
	comment("", w0.T("init_date"))
	f("date: %s\n", o.Date)
	comment("", w0.T("init_assessed"))
	f("assessed_by: \"\"\n")
	var codes []string
	for _, l := range g.Languages {
		codes = append(codes, l.Code)
	}
	comment("", w0.T("init_language", "languages", strings.Join(codes, ", ")))
	f("language: %s\n", o.Lang)
	f("answers:\n")
	block := "\x00"
	for _, c := range g.CriteriaFor(o.Models...) {
		if c.Block != block {
			block = c.Block
			bt, _ := guide.TextOf(g, o.Lang, guide.BlockTexts, c.Block)
			name := bt.Name
			if name == "" {
				name = c.Block
			}
			if g.ModelOf(c) == "" {
				name = w0.T("init_core") + ": " + name
			}
			f("\n  # ── %s ──\n", name)
		}
		ct, _ := guide.TextOf(g, o.Lang, guide.CriterionTexts, c.ID)
		q := ct.Question
		if q == "" {
			q = c.ID
		}
		f("\n")
		comment("  ", q)
		notes := w0.T("init_weight", "weight", strconv.Itoa(c.Weight))
		if c.MustHave {
			notes = w0.T("init_must") + " " + notes
		}
		if c.NAAllowed {
			notes += " " + w0.T("init_na")
		}
		comment("  ", notes)
		if ge := oneLine(ct.GoodEnough); ge != "" {
			comment("  ", w0.T("init_good", "text", ge))
		}
		f("  %s:\n    status: %s\n    evidence: \"\"\n", c.ID, DontKnow)
	}
	_, err := w.Write(b.Bytes())
	return err
}

// oneLine flattens short Markdown to one line for a comment.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.NewReplacer("**", "", "`", "").Replace(s)), " ")
}
