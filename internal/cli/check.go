package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/proposal"
	"github.com/exitguide/exitguide/internal/report"
	"github.com/exitguide/exitguide/internal/score"
)

// checkCommand is `exitguide check`.
func checkCommand() *Command {
	return &Command{
		Name:    "check",
		Usage:   "FILE... [--format text|json|markdown|html|csv|plan|plan-csv] [--lang LANG] [--fail-under BAND] [--require-evidence] [--out FILE] [--base-url URL] [--root DIR]",
		Summary: "score proposed local projects against the replication criteria",
		Help: `Check validates each proposal file (YAML or JSON; 'exitguide init' writes one)
and scores it with the guide's published method: weighted criteria, partial
credit for partly in place and for planned (with owner and due date), domain
sub-scores, must-haves that cap the band, and readiness bands. The report
gives the band and why, the must-haves missing, the gaps in priority order
with how to do better, the recommendations that close each and the link to
its guide page, the strengths, and what depends on what. Answers "don't
know yet" (dont-know) earn nothing and are listed as questions to find out.
Answers in place or partly in place with an empty evidence: are listed as
"claimed, not shown", and the band line says how many;
--require-evidence scores them as not started.

Every problem in a file is reported at once at its file:line:column, in the
report language, and nothing is scored from an invalid file.

Formats: text (the terminal; colour only on a terminal without NO_COLOR),
json (versioned; schemas/report.schema.json), markdown, html (one
self-contained printable file with a radar chart), csv (one summary row per
proposal), plan (the action plan: one Markdown table row per gap in priority
order with the action, the criterion, its status now, owner and due date
from the proposal or blank to fill in, the recommendations and the guide
page), plan-csv (the same actions as CSV for a spreadsheet). With several
files, markdown and html start with the summary table and text ends with it.
The CSV files are UTF-8 with a byte-order mark, with one header row in the
report language and the cell separator a spreadsheet set to that language
expects (";" where the decimal separator is a comma), from language.yaml.

The report language is --lang, else each proposal's language: line. The
command's own lines and the problems of a file that names no language of
the guide are in --lang, else the language of the environment (LC_ALL,
LC_MESSAGES or LANG) when the guide has it, else English.

Links to the guide are /LANG/models/MODEL/#CRITERION-ID (common-core
criteria: /LANG/models/core/#CRITERION-ID) and /LANG/recommendations/#REC-ID,
site-absolute by default; --base-url https://guide.example.org makes them
full addresses.

Exit status: 0 every file valid and scored; 1 --fail-under was given and a
proposal's band is below it; 2 invalid input or usage.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			format := fs.String("format", "text", "output format: "+strings.Join(report.Formats(), ", "))
			lang := fs.String("lang", "", langHelp("report language", "each proposal's language"))
			failUnder := fs.String("fail-under", "", "exit 1 when a proposal's band is below this band (early, developing, nearly-ready, ready)")
			requireEvidence := fs.Bool("require-evidence", false, "score an answer in place or partly in place that names no evidence as not started")
			out := fs.String("out", "", "write the report to this file instead of standard output")
			baseURL := fs.String("base-url", "", "prefix for guide links, e.g. https://guide.example.org (default: site-absolute paths)")
			return func(env *Env, args []string) int {
				return runCheck(env, &tf, args, checkOptions{format: *format, lang: *lang, failUnder: *failUnder, out: *out, baseURL: *baseURL,
					scoring: score.Options{RequireEvidence: *requireEvidence}})
			}
		},
	}
}

type checkOptions struct {
	format, lang, failUnder, out, baseURL string
	scoring                               score.Options
}

func runCheck(env *Env, tf *treeFlags, files []string, o checkOptions) int {
	cat, w, usageErr, ok := tf.commandWords(env, "check", o.lang)
	if !ok {
		return ExitInput
	}
	if len(files) == 0 {
		return usageErr("cli_check_no_files")
	}
	format, ok := report.FormatNamed(o.format)
	if !ok {
		return usageErr("cli_unknown_format", "format", o.format, "formats", strings.Join(report.Formats(), ", "))
	}
	_, g, gerrs := tf.load(reportLangs(files, o.lang))
	if g == nil || len(g.Criteria) == 0 || len(g.Scoring.Bands) == 0 {
		printErrors(env, gerrs.Sort())
		return usageErr("cli_no_guide", "where", tf.whereIn(w))
	}
	if _, ok := g.Language(o.lang); o.lang != "" && !ok {
		return usageErr("cli_unknown_language", "lang", o.lang, "languages", languageCodes(g))
	}
	if len(gerrs) > 0 {
		fmt.Fprintln(env.Stderr, "exitguide check: "+w.T("cli_guide_problems", "where", tf.whereIn(w), "n", strconv.Itoa(len(gerrs))))
	}
	if o.failUnder != "" && score.BandRank(g.Scoring, o.failUnder) < 0 {
		var ids []string
		for _, b := range g.Scoring.Bands {
			ids = append(ids, b.ID)
		}
		return usageErr("cli_unknown_band", "band", o.failUnder, "bands", strings.Join(ids, ", "))
	}
	status := ExitOK
	var ins []report.Input
	msgs := proposal.Messages{Words: cat, Lang: o.lang, Fallback: envLang(env)}
	for _, f := range files {
		p, errs, mlang := proposal.ReadFile(f, g, msgs)
		if len(errs) > 0 {
			printProposalErrors(env, cat, f, errs, mlang)
			status = ExitInput
			continue
		}
		ins = append(ins, report.Input{File: f, Proposal: p, Result: score.ScoreWith(g, p, o.scoring)})
	}
	if len(ins) > 0 {
		var buf bytes.Buffer
		color := o.format == "text" && o.out == "" && env.IsTerminal && (env.Getenv == nil || env.Getenv("NO_COLOR") == "")
		opt := report.Options{Lang: o.lang, BaseURL: o.baseURL, Color: color, Words: cat}
		if err := format.Write(&buf, report.NewRun(g, ins, opt)); err != nil {
			fmt.Fprintln(env.Stderr, "exitguide check:", err)
			return ExitInput
		}
		if o.out != "" {
			if err := os.WriteFile(o.out, buf.Bytes(), 0o644); err != nil {
				fmt.Fprintln(env.Stderr, "exitguide check:", err)
				return ExitInput
			}
		} else if _, err := env.Stdout.Write(buf.Bytes()); err != nil {
			return ExitInput
		}
	}
	if status == ExitOK && o.failUnder != "" {
		min := score.BandRank(g.Scoring, o.failUnder)
		for _, in := range ins {
			if score.BandRank(g.Scoring, in.Result.Band) < min {
				fmt.Fprintln(env.Stderr, "exitguide check: "+w.T("cli_below", "file", in.File, "band", in.Result.Band, "min", o.failUnder))
				status = ExitFailed
			}
		}
	}
	return status
}

// reportLangs returns the languages the reports will be written in, so only
// their texts are loaded: the --lang flag, or each file's own language
// (read with a quick look at the file). nil, meaning all, when a file's
// language cannot be told without parsing it.
func reportLangs(files []string, lang string) []string {
	if lang != "" {
		return []string{lang}
	}
	var langs []string
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil || len(b) > 1<<20 {
			return nil
		}
		code, ok := proposal.DeclaredLanguage(b)
		if !ok {
			return nil
		}
		langs = append(langs, code)
	}
	return langs
}
