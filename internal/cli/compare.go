package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/exitguide/exitguide/internal/compare"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
)

// compareCommand is `exitguide compare`.
func compareCommand() *Command {
	return &Command{
		Name:    "compare",
		Usage:   "FILE FILE... [--mode group|progress] [--format text|markdown|html] [--lang en|da|sl|he] [--out FILE] [--consensus-out FILE] [--base-url URL] [--root DIR]",
		Summary: "compare self-checks of one project: a group's answers, or progress over time",
		Help: `Compare reads two or more self-checks (proposal files) of the same local
project: the same locality and the same models.

When every file has the same date, they are one group's self-checks, made
by people on their own before they discuss them (see the facilitator
guide). The report lists per criterion the answers given, their spread
(the distance between the highest and the lowest answer on the credit
scale) and how many different answers there were, the criteria people
disagree on most first; the domain scores per person side by side; and a
draft consensus: the most common answer (on a tie the lower one, marked).
--consensus-out FILE writes that draft as a proposal file that
'exitguide check' reads, with every disagreement marked TO DISCUSS (in the
report language) in its notes.

When the dates differ, the files are the same project checked again over
time: the report orders them by date and shows the change of the score and
the band, the domain scores at each date, what moved up and what moved
down. --mode group|progress chooses the mode yourself.

Formats: text, markdown, html (one self-contained printable file with a bar
chart of the domain scores). The language is --lang, or the first file's.

Exit status: 0 compared; 2 invalid input or usage: a file that fails
validation (its problems at file:line:column), files of different models or
localities, fewer than two files.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			mode := fs.String("mode", "", "group or progress (default: group when every date is the same, else progress)")
			format := fs.String("format", "text", "output format: "+strings.Join(compare.Formats, ", "))
			lang := fs.String("lang", "", "report language: en, da, sl or he (default: the first file's language)")
			out := fs.String("out", "", "write the report to this file instead of standard output")
			consOut := fs.String("consensus-out", "", "group mode: write the draft consensus proposal to this file")
			baseURL := fs.String("base-url", "", "prefix for guide links, e.g. https://guide.example.org (default: site-absolute paths)")
			return func(env *Env, args []string) int {
				return runCompare(env, &tf, args, compareOptions{mode: *mode, format: *format, lang: *lang, out: *out, consOut: *consOut, baseURL: *baseURL})
			}
		},
	}
}

// compareOptions are compare's flags.
type compareOptions struct {
	mode, format, lang, out, consOut, baseURL string
}

func runCompare(env *Env, tf *treeFlags, files []string, o compareOptions) int {
	usageErr := func(format string, a ...any) int {
		fmt.Fprintf(env.Stderr, "exitguide compare: "+format+"\n", a...)
		return ExitInput
	}
	if len(files) < 2 {
		return usageErr("give two or more self-checks of the same project (proposal files)")
	}
	if !slices.Contains(compare.Formats, o.format) {
		return usageErr("unknown format %q; use one of %s", o.format, strings.Join(compare.Formats, ", "))
	}
	if o.mode != "" && o.mode != compare.ModeGroup && o.mode != compare.ModeProgress {
		return usageErr("unknown mode %q; use group or progress", o.mode)
	}
	if o.lang != "" && !slices.Contains(report.Languages, o.lang) {
		return usageErr("unknown language %q; use one of %s", o.lang, strings.Join(report.Languages, ", "))
	}
	_, g, gerrs := tf.load(nil)
	if g == nil || len(g.Criteria) == 0 || len(g.Scoring.Bands) == 0 {
		printErrors(env, gerrs.Sort())
		return usageErr("cannot read %s", tf.where())
	}
	var ins []compare.Input
	bad := 0
	for _, f := range files {
		p, errs, mlang := proposal.ReadFile(f, g, o.lang)
		if len(errs) > 0 {
			printProposalErrors(env, f, errs, mlang)
			bad++
			continue
		}
		ins = append(ins, compare.Input{File: f, Proposal: p, Result: score.Score(g, p)})
	}
	if bad > 0 {
		return usageErr("%d of %d files are not valid self-checks; nothing was compared", bad, len(files))
	}
	if m := compare.Mismatch(ins); m != "" {
		return usageErr("these are not self-checks of the same project: %s\nCompare only files of one project (one locality, the same models).", m)
	}
	if o.mode == "" {
		o.mode = compare.AutoMode(ins)
	}
	if o.consOut != "" && o.mode != compare.ModeGroup {
		return usageErr("--consensus-out is for a group's self-checks of one date; these files have different dates (use --mode group to treat them as one group)")
	}
	if o.lang == "" {
		o.lang = report.LangOf(ins[0], report.Options{})
	}
	var gr *compare.Group
	var pr *compare.Progress
	if o.mode == compare.ModeGroup {
		gr = compare.BuildGroup(g, ins, o.lang)
	} else {
		pr = compare.BuildProgress(g, ins, o.lang)
	}
	var buf bytes.Buffer
	if err := compare.Write(&buf, g, gr, pr, o.format, o.baseURL); err != nil {
		return usageErr("%v", err)
	}
	if o.consOut != "" {
		var cb bytes.Buffer
		if err := compare.WriteConsensus(&cb, g, gr, guide.SchemaURL("proposal")); err != nil {
			return usageErr("%v", err)
		}
		if err := os.WriteFile(o.consOut, cb.Bytes(), 0o644); err != nil {
			return usageErr("%v", err)
		}
		fmt.Fprintf(env.Stderr, "wrote %s: settle every answer marked %s, then run: exitguide check %s\n", o.consOut, compare.S(o.lang, "to_discuss"), o.consOut)
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
			return usageErr("%v", err)
		}
		return ExitOK
	}
	if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
		return ExitInput
	}
	return ExitOK
}
