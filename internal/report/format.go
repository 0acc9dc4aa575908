package report

import (
	"io"

	"github.com/exitguide/exitguide/internal/guide"
)

// Format is one output format of `exitguide check --format NAME`. Adding a
// format is a type in this package and its entry in formats; the command
// looks the name up (FormatNamed) and knows nothing else about it.
type Format interface {
	// Name is the format's name on the command line.
	Name() string
	// Write writes every report of the run.
	Write(w io.Writer, run *Run) error
}

// Run is the reports of one check run, resolved once for every format.
type Run struct {
	// Views are the reports in the order the files were given, each in its
	// own language (Options.Lang, else its proposal's language).
	Views []*View
	// Summary holds the same reports in one language, for the tables that
	// list them all (a table speaks one language): Options.Lang, else the
	// first report's. It is Views when they share a language already.
	Summary []*View
	// Options are the choices the views were built with.
	Options Options
}

// NewRun builds the views of a run.
func NewRun(g *guide.Guide, ins []Input, opt Options) *Run {
	r := &Run{Options: opt, Views: make([]*View, len(ins))}
	for i, in := range ins {
		r.Views[i] = Build(g, in, opt)
	}
	r.Summary = r.Views
	if opt.Lang == "" && len(ins) > 1 {
		sum := opt
		sum.Lang = r.Views[0].Lang
		r.Summary = make([]*View, len(ins))
		for i, in := range ins {
			r.Summary[i] = Build(g, in, sum)
		}
	}
	return r
}

// formats are check's formats, in the order the help lists them.
var formats = []Format{textFormat{}, jsonFormat{}, markdownFormat{}, htmlFormat{}, csvFormat{}, planFormat{}, planCSVFormat{}}

// Formats returns the names of every format, the default (text) first.
func Formats() []string {
	names := make([]string, len(formats))
	for i, f := range formats {
		names[i] = f.Name()
	}
	return names
}

// FormatNamed returns the format called name.
func FormatNamed(name string) (Format, bool) {
	for _, f := range formats {
		if f.Name() == name {
			return f, true
		}
	}
	return nil, false
}

// eachView writes every view with write, sep between two of them.
func eachView(w io.Writer, views []*View, sep string, write func(io.Writer, *View) error) error {
	for i, v := range views {
		if i > 0 {
			if _, err := io.WriteString(w, sep); err != nil {
				return err
			}
		}
		if err := write(w, v); err != nil {
			return err
		}
	}
	return nil
}

// textFormat is the terminal: each report, then with several files the
// summary.
type textFormat struct{}

func (textFormat) Name() string { return "text" }
func (textFormat) Write(w io.Writer, run *Run) error {
	err := eachView(w, run.Views, "\n\n", func(w io.Writer, v *View) error { return writeText(w, v, run.Options.Color) })
	if err != nil || len(run.Views) < 2 {
		return err
	}
	if _, err := io.WriteString(w, "\n"); err != nil {
		return err
	}
	return writeSummaryText(w, run.Summary)
}

// markdownFormat is each report as Markdown, after the summary table when
// there are several.
type markdownFormat struct{}

func (markdownFormat) Name() string { return "markdown" }
func (markdownFormat) Write(w io.Writer, run *Run) error {
	if len(run.Views) > 1 {
		if err := writeSummaryMarkdown(w, run.Summary); err != nil {
			return err
		}
		if _, err := io.WriteString(w, mdRule); err != nil {
			return err
		}
	}
	return eachView(w, run.Views, mdRule, writeMarkdown)
}

// mdRule separates two reports in one Markdown file.
const mdRule = "\n---\n\n"

// htmlFormat is one self-contained printable file (see writeHTML).
type htmlFormat struct{}

func (htmlFormat) Name() string                      { return "html" }
func (htmlFormat) Write(w io.Writer, run *Run) error { return writeHTML(w, run.Views, run.Summary) }

// jsonFormat is the versioned JSON report (see JSON).
type jsonFormat struct{}

func (jsonFormat) Name() string                      { return "json" }
func (jsonFormat) Write(w io.Writer, run *Run) error { return writeJSON(w, run.Views) }

// csvFormat is the summary table for a spreadsheet.
type csvFormat struct{}

func (csvFormat) Name() string                      { return "csv" }
func (csvFormat) Write(w io.Writer, run *Run) error { return writeCSV(w, run.Summary) }

// planFormat is each report's action plan as a Markdown table.
type planFormat struct{}

func (planFormat) Name() string { return "plan" }
func (planFormat) Write(w io.Writer, run *Run) error {
	return eachView(w, run.Views, mdRule, writePlanMarkdown)
}

// planCSVFormat is every action plan as one table for a spreadsheet.
type planCSVFormat struct{}

func (planCSVFormat) Name() string                      { return "plan-csv" }
func (planCSVFormat) Write(w io.Writer, run *Run) error { return writePlanCSV(w, run.Summary) }
