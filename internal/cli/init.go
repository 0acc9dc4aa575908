package cli

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/proposal"
)

// initCommand is `exitguide init`.
func initCommand() *Command {
	return &Command{
		Name:    "init",
		Usage:   "--model MODEL[,MODEL] [--lang LANG] [--out FILE] [--date YYYY-MM-DD] [--root DIR]",
		Summary: "write a proposal template to fill in for the readiness self-check",
		Help: `Init writes a complete, commented proposal template in the chosen language:
every criterion of the model (and of the common core) with its question, its
weight, whether it is a must-have and whether not-applicable is allowed, each
answered dont-know ("don't know yet"). Fill in locality, organisations and assessed_by, answer
the criteria, then run 'exitguide check FILE'.

The first line is a yaml-language-server modeline pointing at the proposal
schema published on the guide's site,
` + guide.SchemaURL("proposal") + `
so editors autocomplete and flag mistakes in any folder.
Without --out the template goes to standard output; --out never overwrites
an existing file.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			models := fs.String("model", "", "the model or models to replicate, comma-separated (e.g. chrysalis)")
			lang := fs.String("lang", "", langHelp("language of the comments and of the report", "the language of the environment (LANG) when the guide has it, else en"))
			out := fs.String("out", "", "write the template to this file (it must not exist yet)")
			date := fs.String("date", "", "the assessment date to write, YYYY-MM-DD (default: today)")
			return func(env *Env, args []string) int {
				cat, w, fail, ok := tf.commandWords(env, "init", *lang)
				if !ok {
					return ExitInput
				}
				if len(args) > 0 {
					return fail("cli_init_args", "arg", args[0])
				}
				d := *date
				if d == "" {
					d = time.Now().Format(time.DateOnly)
				} else if !proposal.ValidDate(d) {
					return fail("cli_init_date", "date", d)
				}
				// The template's language: --lang, else the environment's
				// when the guide has it, else English.
				l := *lang
				if l == "" {
					l = envLang(env)
				}
				_, g, gerrs := tf.load([]string{l})
				if g == nil || len(g.Criteria) == 0 {
					printErrors(env, gerrs.Sort())
					return fail("cli_no_guide", "where", tf.whereIn(w))
				}
				if _, ok := g.Language(l); !ok && *lang == "" {
					l = guide.SourceLang
				}
				if _, ok := g.Language(l); !ok {
					return fail("cli_unknown_language", "lang", l, "languages", languageCodes(g))
				}
				var ids []string
				for _, x := range g.Models {
					ids = append(ids, x.ID)
				}
				if *models == "" {
					return fail("cli_init_no_model", "models", strings.Join(ids, ", "), "example", ids[0])
				}
				var ms []string
				for _, m := range strings.Split(*models, ",") {
					m = strings.TrimSpace(m)
					if _, ok := g.Model(m); !ok {
						return fail("cli_unknown_model", "model", m, "models", strings.Join(ids, ", "))
					}
					if !slices.Contains(ms, m) {
						ms = append(ms, m)
					}
				}
				var buf bytes.Buffer
				if err := proposal.WriteTemplate(&buf, g, proposal.TemplateOptions{Models: ms, Lang: l, Date: d, SchemaPath: guide.SchemaURL("proposal"), Words: cat}); err != nil {
					fmt.Fprintln(env.Stderr, "exitguide init:", err)
					return ExitInput
				}
				if *out == "" {
					env.Stdout.Write(buf.Bytes())
					return ExitOK
				}
				osErr := func(err error) int {
					fmt.Fprintln(env.Stderr, "exitguide init:", err)
					return ExitInput
				}
				f, err := os.OpenFile(*out, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
				if err != nil {
					if os.IsExist(err) {
						return fail("cli_init_exists", "file", *out)
					}
					return osErr(err)
				}
				if _, err := f.Write(buf.Bytes()); err != nil {
					f.Close()
					return osErr(err)
				}
				if err := f.Close(); err != nil {
					return osErr(err)
				}
				// The template's language from here on: the user chose it.
				fmt.Fprintln(env.Stderr, cat.Words(l).T("cli_init_wrote", "file", *out))
				return ExitOK
			}
		},
	}
}
