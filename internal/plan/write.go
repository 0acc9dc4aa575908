package plan

import (
	"bytes"
	_ "embed"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"html/template"
	"io"
	"strings"

	"github.com/exitguide/exitguide/i18n"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/render"
)

// Formats are the output formats of exitguide plan, in the order the help
// lists them.
var Formats = []string{"text", "markdown", "csv", "json", "html"}

// Write writes the view in the named format (one of Formats).
func Write(out io.Writer, v *View, g *guide.Guide, format string) error {
	switch format {
	case "text":
		return writeText(out, v)
	case "markdown":
		return writeMarkdown(out, v)
	case "csv":
		l, _ := g.Language(v.Lang)
		return writeCSV(out, v, l.Separator())
	case "json":
		return writeJSON(out, v)
	case "html":
		return writeHTML(out, v)
	}
	return fmt.Errorf("unknown format %q", format)
}

func writeText(out io.Writer, v *View) error {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%s\n%s\n\n%s\n", v.Title, strings.Repeat("=", len([]rune(v.Title))), v.For)
	fmt.Fprintf(&b, "%s\n", v.Intro)
	for i, l := range v.Lines {
		fmt.Fprintf(&b, "\n%d. %s\n", i+1, l.Name)
		for _, f := range l.Figures {
			fmt.Fprintf(&b, "   %s: %s  [%s]\n", f.Quantity, f.Value, strings.Join(f.Sources, "; "))
		}
		fmt.Fprintf(&b, "   %s: %s\n", v.Labels.Need, l.Need)
		if l.Note != "" {
			fmt.Fprintf(&b, "   %s: %s\n", v.Labels.Note, l.Note)
		}
	}
	if v.HasBudget {
		fmt.Fprintf(&b, "\n%s\n%s\n", v.Labels.Budget, strings.Repeat("-", len([]rune(v.Labels.Budget))))
		if v.NoCosts != "" {
			fmt.Fprintf(&b, "%s\n", v.NoCosts)
		}
		if v.Currency != "" {
			fmt.Fprintf(&b, "%s\n", v.Currency)
		}
		for _, l := range v.Budget {
			fmt.Fprintf(&b, "- %s: %s × %s (%s) = %s\n", l.Name, dash(l.Quantity), dash(l.UnitCost), l.CostPer, dash(l.Amount))
		}
		fmt.Fprintf(&b, "%s: %s\n", v.Labels.TotalYear, v.TotalYear)
		if v.TotalProject != "" {
			fmt.Fprintf(&b, "%s: %s\n", v.Labels.TotalProject, v.TotalProject)
		}
		if len(v.LeftOut) > 0 {
			fmt.Fprintf(&b, "%s:\n", v.Labels.LeftOut)
			for _, s := range v.LeftOut {
				fmt.Fprintf(&b, "- %s\n", s)
			}
		}
	}
	_, err := out.Write(b.Bytes())
	return err
}

// dash shows an empty cell as a dash.
func dash(s string) string {
	if s == "" {
		return "–"
	}
	return s
}

func writeMarkdown(out io.Writer, v *View) error {
	esc := render.Markdown
	var b bytes.Buffer
	fmt.Fprintf(&b, "# %s\n\n%s %s\n", esc(v.Title), esc(v.For), esc(v.Intro))
	for _, l := range v.Lines {
		fmt.Fprintf(&b, "\n## %s\n\n", esc(l.Name))
		for _, f := range l.Figures {
			fmt.Fprintf(&b, "- %s: **%s** (%s)\n", esc(f.Quantity), esc(f.Value), esc(strings.Join(f.Sources, "; ")))
		}
		fmt.Fprintf(&b, "- %s: %s\n", esc(v.Labels.Need), esc(l.Need))
		if l.Note != "" {
			fmt.Fprintf(&b, "\n%s\n", esc(l.Note))
		}
	}
	if v.HasBudget {
		fmt.Fprintf(&b, "\n## %s\n\n", esc(v.Labels.Budget))
		if v.NoCosts != "" {
			fmt.Fprintf(&b, "%s\n\n", esc(v.NoCosts))
		}
		if v.Currency != "" {
			fmt.Fprintf(&b, "%s\n\n", esc(v.Currency))
		}
		fmt.Fprintf(&b, "| %s | %s | %s | %s |\n| --- | ---: | ---: | ---: |\n", esc(v.Labels.Line), esc(v.Labels.Quantity), esc(v.Labels.UnitCost), esc(v.Labels.Amount))
		for _, l := range v.Budget {
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", cell(l.Name), cell(dash(l.Quantity)), cell(dash(l.UnitCost)+" ("+l.CostPer+")"), cell(dash(l.Amount)))
		}
		fmt.Fprintf(&b, "| **%s** | | | **%s** |\n", cell(v.Labels.TotalYear), cell(v.TotalYear))
		if v.TotalProject != "" {
			fmt.Fprintf(&b, "| **%s** | | | **%s** |\n", cell(v.Labels.TotalProject), cell(v.TotalProject))
		}
		if len(v.LeftOut) > 0 {
			fmt.Fprintf(&b, "\n%s:\n\n", esc(v.Labels.LeftOut))
			for _, s := range v.LeftOut {
				fmt.Fprintf(&b, "- %s\n", esc(s))
			}
		}
	}
	_, err := out.Write(b.Bytes())
	return err
}

// cell escapes a table cell.
func cell(s string) string { return render.Markdown(s) }

func writeCSV(out io.Writer, v *View, sep rune) error {
	cw := csv.NewWriter(out)
	cw.Comma = sep
	cw.Write([]string{v.Labels.Line, "id", v.Labels.Figures, v.Labels.Need, v.Labels.Quantity, v.Labels.UnitCost, v.Labels.Amount, "status", "period"})
	for _, l := range v.Lines {
		var figs []string
		for _, f := range l.Figures {
			figs = append(figs, f.Quantity+": "+f.Value+" ["+strings.Join(f.Sources, "; ")+"]")
		}
		cw.Write([]string{l.Name, l.ID, strings.Join(figs, " | "), l.Need, l.Quantity, l.UnitCost, l.Amount, l.Status, l.Period})
	}
	cw.Write([]string{v.Labels.TotalYear, "", "", "", "", "", v.TotalYear, "", "year"})
	if v.TotalProject != "" {
		cw.Write([]string{v.Labels.TotalProject, "", "", "", "", "", v.TotalProject, "", "project"})
	}
	cw.Flush()
	return cw.Error()
}

// jsonDoc is the JSON format: the computed worksheet (numbers, ids,
// sources) with the line names and notes in the report language.
type jsonDoc struct {
	Lang  string            `json:"lang"`
	Title string            `json:"title"`
	Names map[string]string `json:"names"`
	*Worksheet
}

func writeJSON(out io.Writer, v *View) error {
	d := jsonDoc{Lang: v.Lang, Title: v.Title, Names: map[string]string{}, Worksheet: v.ws}
	for _, l := range v.Lines {
		d.Names[l.ID] = l.Name
	}
	b, err := json.MarshalIndent(d, "", "  ")
	if err != nil {
		return err
	}
	_, err = out.Write(append(b, '\n'))
	return err
}

//go:embed plan.html.tmpl
var htmlTemplate string

var planHTML = template.Must(template.New("plan").Parse(htmlTemplate))

func writeHTML(out io.Writer, v *View) error {
	return planHTML.Execute(out, struct {
		*View
		Style template.CSS
	}{v, template.CSS(render.CSS)})
}

// WriteTemplate writes the commented costs file of a model for the user to
// fill in, in w's language: every budget line with what one cost buys and
// the figures behind it; quantity: only where the sources give no figure to
// size the line.
func WriteTemplate(out io.Writer, g *guide.Guide, model, lang string, w i18n.Words) error {
	l, _ := g.Language(lang)
	text := g.Text[lang]
	en := g.Text[guide.SourceLang]
	name := func(id string) string {
		if t, ok := text.Capacity[id]; ok {
			return t.Name
		}
		return en.Capacity[id].Name
	}
	modelName := en.Models[model].Name
	if mt, ok := text.Models[model]; ok {
		modelName = mt.Name
	}
	var b bytes.Buffer
	comment := func(s string) {
		for _, line := range strings.Split(s, "\n") {
			fmt.Fprintf(&b, "# %s\n", line)
		}
	}
	comment(w.T("plan_tpl_head", "model", modelName))
	comment(w.T("plan_tpl_fill"))
	comment(w.T("plan_tpl_run", "model", model))
	fmt.Fprintf(&b, "model: %s\n", model)
	fmt.Fprintf(&b, "currency:   # %s\n", w.T("plan_tpl_currency"))
	fmt.Fprintf(&b, "# women: 30   # %s\n", w.T("plan_tpl_women"))
	fmt.Fprintf(&b, "lines:\n")
	for _, cl := range g.CapacityOf(model) {
		if cl.CostPer == "" {
			continue
		}
		fmt.Fprintf(&b, "  # %s (%s)\n", name(cl.ID), w.T("plan_cost_per_"+cl.CostPer))
		for _, f := range cl.Figures {
			if f.None {
				continue
			}
			var refs []string
			for _, s := range f.Sources {
				refs = append(refs, string(s))
			}
			fmt.Fprintf(&b, "  #   %s: %s [%s]\n", w.T("plan_q_"+strings.ReplaceAll(f.Quantity, "-", "_")), FigureValue(l, w, f), strings.Join(refs, "; "))
		}
		fmt.Fprintf(&b, "  %s:\n    cost:\n", cl.ID)
		if cl.SizeBy == "" {
			fmt.Fprintf(&b, "    quantity:   # %s\n", w.T("plan_tpl_quantity"))
		}
	}
	_, err := out.Write(b.Bytes())
	return err
}
