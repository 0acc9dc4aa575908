package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"path/filepath"
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
		Usage:   "FILE FILE... [--group|--progress] [--require-evidence] [--format text|markdown|html] [--lang LANG] [--out FILE] [--consensus-out FILE] [--base-url URL] [--root DIR]",
		Summary: "compare self-checks of one project: a group's answers, or progress over time",
		Help: `Compare reads two or more self-checks (proposal files) of the same local
project: the same models, and one locality (files that write the locality
differently, "MO Maribor" and "Mestna občina Maribor", are compared with a
warning that says so).

--group: the files are one group's self-checks, made by people on their
own before they discuss them (see the facilitator guide). The report lists per criterion the answers given, their spread
(the distance between the highest and the lowest answer on the credit
scale) and how many different answers there were, the criteria people
disagree on most first; the domain scores per person side by side; and a
draft consensus: the most common answer (on a tie the lower one, marked).
--consensus-out FILE writes that draft as a proposal file that
'exitguide check' reads, with every disagreement marked TO DISCUSS (in the
report language) in its notes.

The answers are shown as a grid, one narrow column per person (numbered;
the names are listed above it): twelve people and more fit one projected
screen and one A4 landscape page. "don't know yet" answers are kept as
they are, in the grid and in the draft.

--progress: the files are the same project checked again over time: the
report orders them by date and shows the change of the score and the band,
the domain scores at each date, what moved up and what moved down.

Without either flag: every file on the same date is a group; every file on
a different date is progress; a mix (several files share a date, one or
two have another, as when someone did the self-check the day before) is a
group. The report says which was chosen and why, and how to choose the
other. (--mode group|progress is the older spelling of the two flags.)

--require-evidence scores every file (and the draft consensus) as check
--require-evidence does: an answer in place or partly in place that names
no evidence counts as not started.

Output file names: when --out or --consensus-out names an existing folder,
the file is written there with a name that carries the locality and the
date, compare-LOCALITY-DATE.EXT and consensus-LOCALITY-DATE.yaml
(progress-LOCALITY-FROM-TO.EXT over time), so two workshops never
overwrite each other's files.

Formats: text, markdown, html (one self-contained printable file with a bar
chart of the domain scores). The language is --lang, or the first file's.
The command's own lines are in --lang, else the language of the environment
(LC_ALL, LC_MESSAGES or LANG) when the guide has it, else English.

Exit status: 0 compared; 2 invalid input or usage: a file that fails
validation (its problems at file:line:column), files of different models,
fewer than two files.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			mode := fs.String("mode", "", "group or progress (the older spelling of --group and --progress)")
			group := fs.Bool("group", false, "compare the files as one group's self-checks")
			progress := fs.Bool("progress", false, "compare the files as progress over time")
			requireEvidence := fs.Bool("require-evidence", false, "score an answer in place or partly in place that names no evidence as not started (as check --require-evidence)")
			format := fs.String("format", "text", "output format: "+strings.Join(compare.Formats, ", "))
			lang := fs.String("lang", "", langHelp("report language", "the first file's language"))
			out := fs.String("out", "", "write the report to this file instead of standard output")
			consOut := fs.String("consensus-out", "", "group mode: write the draft consensus proposal to this file")
			baseURL := fs.String("base-url", "", "prefix for guide links, e.g. https://guide.example.org (default: site-absolute paths)")
			return func(env *Env, args []string) int {
				return runCompare(env, &tf, args, compareOptions{mode: *mode, group: *group, progress: *progress, scoring: score.Options{RequireEvidence: *requireEvidence}, format: *format, lang: *lang, out: *out, consOut: *consOut, baseURL: *baseURL})
			}
		},
	}
}

// compareOptions are compare's flags.
type compareOptions struct {
	mode, format, lang, out, consOut, baseURL string
	group, progress                           bool
	scoring                                   score.Options
}

func runCompare(env *Env, tf *treeFlags, files []string, o compareOptions) int {
	cat, w, usageErr, ok := tf.commandWords(env, "compare", o.lang)
	fail := func(err error) int {
		fmt.Fprintln(env.Stderr, "exitguide compare:", err)
		return ExitInput
	}
	if !ok {
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
	switch {
	case o.group && o.progress, o.group && o.mode == compare.ModeProgress, o.progress && o.mode == compare.ModeGroup:
		return usageErr("cli_compare_mode_both")
	case o.group:
		o.mode = compare.ModeGroup
	case o.progress:
		o.mode = compare.ModeProgress
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
		ins = append(ins, compare.Input{File: f, Proposal: p, Result: score.ScoreWith(g, p, o.scoring)})
	}
	if bad > 0 {
		return usageErr("cli_compare_invalid", "bad", strconv.Itoa(bad), "total", strconv.Itoa(len(files)))
	}
	// Different models cannot be compared; a locality written two ways
	// is most often one place, so it is said (compare.Notes), not refused.
	for _, d := range compare.Mismatch(ins) {
		if d.What == "localities" {
			continue
		}
		var b strings.Builder
		b.WriteString("\n" + w.T("cli_compare_differ_"+d.What))
		for i, in := range ins {
			b.WriteString("\n  " + in.File + ": " + d.Values[i])
		}
		return usageErr("cli_compare_mismatch", "differences", b.String())
	}
	why := ""
	if o.mode == "" {
		o.mode, why = compare.Infer(ins)
	}
	if o.consOut != "" && o.mode != compare.ModeGroup {
		return usageErr("cli_compare_consensus_dates")
	}
	if o.lang == "" {
		o.lang = report.LangOf(g, ins[0], report.Options{})
	}
	rw := cat.Words(o.lang)
	notes := compare.Notes(rw, ins, why)
	for _, n := range notes { // said on the terminal too, not only in the report
		fmt.Fprintln(env.Stderr, "exitguide compare: "+n)
	}
	var gr *compare.Group
	var pr *compare.Progress
	var base string
	if o.mode == compare.ModeGroup {
		gr = compare.BuildGroupWith(g, ins, rw, o.scoring)
		gr.Notes = notes
		base = compare.FileBase("compare", gr.Consensus.Locality, gr.Consensus.Date)
	} else {
		pr = compare.BuildProgress(g, ins, rw)
		pr.Notes = notes
		base = compare.FileBase("progress", pr.Inputs[0].Proposal.Locality, pr.Inputs[0].Proposal.Date, pr.Inputs[len(pr.Inputs)-1].Proposal.Date)
	}
	o.out = inFolder(o.out, base+"."+map[string]string{"text": "txt", "markdown": "md", "html": "html"}[o.format])
	if gr != nil {
		o.consOut = inFolder(o.consOut, compare.FileBase("consensus", gr.Consensus.Locality, gr.Consensus.Date)+".yaml")
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
		fmt.Fprintln(env.Stderr, rw.T("cli_compare_wrote_report", "file", o.out))
		return ExitOK
	}
	if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
		return ExitInput
	}
	return ExitOK
}

// inFolder is path, or when path names an existing folder, the file name
// in it.
func inFolder(path, name string) string {
	if path == "" {
		return ""
	}
	if st, err := os.Stat(path); err == nil && st.IsDir() {
		return filepath.Join(path, name)
	}
	return path
}
