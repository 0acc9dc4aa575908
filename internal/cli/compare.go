package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strconv"
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
		Usage:   "FILE FILE... [--mode group|progress] [--format text|markdown|html] [--lang LANG] [--out FILE] [--consensus-out FILE] [--base-url URL] [--root DIR]",
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
The command's own lines are in --lang, else the language of the environment
(LC_ALL, LC_MESSAGES or LANG) when the guide has it, else English.

Exit status: 0 compared; 2 invalid input or usage: a file that fails
validation (its problems at file:line:column), files of different models or
localities, fewer than two files.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			mode := fs.String("mode", "", "group or progress (default: group when every date is the same, else progress)")
			format := fs.String("format", "text", "output format: "+strings.Join(compare.Formats, ", "))
			lang := fs.String("lang", "", langHelp("report language", "the first file's language"))
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
	cat, cerrs := tf.catalogue()
	w := cat.Words(uiLang(env, cat, o.lang))
	usageErr := func(key string, pairs ...string) int {
		fmt.Fprintln(env.Stderr, "exitguide compare: "+w.T(key, pairs...))
		return ExitInput
	}
	fail := func(err error) int {
		fmt.Fprintln(env.Stderr, "exitguide compare:", err)
		return ExitInput
	}
	if len(cerrs) > 0 {
		printErrors(env, cerrs)
		return ExitInput
	}
	if len(files) < 2 {
		return usageErr("cli_compare_few")
	}
	if !slices.Contains(compare.Formats, o.format) {
		return usageErr("cli_unknown_format", "format", o.format, "formats", strings.Join(compare.Formats, ", "))
	}
	if o.mode != "" && o.mode != compare.ModeGroup && o.mode != compare.ModeProgress {
		return usageErr("cli_compare_unknown_mode", "mode", o.mode)
	}
	_, g, gerrs := tf.load(nil)
	if g == nil || len(g.Criteria) == 0 || len(g.Scoring.Bands) == 0 {
		printErrors(env, gerrs.Sort())
		return usageErr("cli_no_guide", "where", tf.whereIn(w))
	}
	if _, ok := g.Language(o.lang); o.lang != "" && !ok {
		return usageErr("cli_unknown_language", "lang", o.lang, "languages", languageCodes(g))
	}
	var ins []compare.Input
	bad := 0
	msgs := proposal.Messages{Words: cat, Lang: o.lang, Fallback: envLang(env)}
	for _, f := range files {
		p, errs, mlang := proposal.ReadFile(f, g, msgs)
		if len(errs) > 0 {
			printProposalErrors(env, cat, f, errs, mlang)
			bad++
			continue
		}
		ins = append(ins, compare.Input{File: f, Proposal: p, Result: score.Score(g, p)})
	}
	if bad > 0 {
		return usageErr("cli_compare_invalid", "bad", strconv.Itoa(bad), "total", strconv.Itoa(len(files)))
	}
	if diffs := compare.Mismatch(ins); len(diffs) > 0 {
		var b strings.Builder
		for _, d := range diffs {
			b.WriteString("\n" + w.T("cli_compare_differ_"+d.What))
			for i, in := range ins {
				b.WriteString("\n  " + in.File + ": " + d.Values[i])
			}
		}
		return usageErr("cli_compare_mismatch", "differences", b.String())
	}
	if o.mode == "" {
		o.mode = compare.AutoMode(ins)
	}
	if o.consOut != "" && o.mode != compare.ModeGroup {
		return usageErr("cli_compare_consensus_dates")
	}
	if o.lang == "" {
		o.lang = report.LangOf(g, ins[0], report.Options{})
	}
	rw := cat.Words(o.lang)
	var gr *compare.Group
	var pr *compare.Progress
	if o.mode == compare.ModeGroup {
		gr = compare.BuildGroup(g, ins, rw)
	} else {
		pr = compare.BuildProgress(g, ins, rw)
	}
	var buf bytes.Buffer
	if err := compare.Write(&buf, g, gr, pr, o.format, o.baseURL); err != nil {
		return fail(err)
	}
	if o.consOut != "" {
		var cb bytes.Buffer
		if err := compare.WriteConsensus(&cb, g, gr, guide.SchemaURL("proposal")); err != nil {
			return fail(err)
		}
		if err := os.WriteFile(o.consOut, cb.Bytes(), 0o644); err != nil {
			return fail(err)
		}
		fmt.Fprintln(env.Stderr, rw.T("cli_compare_wrote", "file", o.consOut, "mark", rw.T("compare_to_discuss")))
	}
	if o.out != "" {
		if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
			return fail(err)
		}
		return ExitOK
	}
	if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
		return ExitInput
	}
	return ExitOK
}
