package cli

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"

	"github.com/exitguide/exitguide/checklists"
	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/lint"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// treeFlags are the flags of the commands that read the guide, and the one
// place that decides where the guide comes from. Readers (init, check,
// compare) use the guide built into the binary unless --root DIR names a
// checkout; commands that check or write a checkout (lint, build, stamp)
// read the tree at --root, the current directory by default.
type treeFlags struct {
	root     string
	seeds    string
	checkout bool // the command works on a checkout: --root defaults to "."
}

// declare adds --root for a command that reads the guide: without it the
// command uses the guide embedded in the binary.
func (t *treeFlags) declare(fs *flag.FlagSet) {
	fs.StringVar(&t.root, "root", "", "read the guide from this checkout (the folder that holds checklists/) instead of the one built into exitguide")
}

// declareCheckout adds --root (default: the current directory) for a
// command that checks or writes a checkout.
func (t *treeFlags) declareCheckout(fs *flag.FlagSet) {
	t.checkout = true
	fs.StringVar(&t.root, "root", ".", "the checkout of exitguide's sources, the folder that holds checklists/")
}

// declareSeeds adds --seeds, for lint's own-words check (the only command
// that reads the source documents).
func (t *treeFlags) declareSeeds(fs *flag.FlagSet) {
	fs.StringVar(&t.seeds, "seeds", "", "the folder of the source documents (default ROOT/../shared/seeds)")
}

// embedded reports whether the guide comes from the binary.
func (t *treeFlags) embedded() bool { return t.root == "" && !t.checkout }

func (t *treeFlags) checklists() string { return filepath.Join(t.root, "checklists") }

func (t *treeFlags) seedsDir() string {
	if t.seeds != "" {
		return t.seeds
	}
	return filepath.Join(t.root, "..", "shared", "seeds")
}

// load reads the guide, with the texts of only the given languages (nil:
// all; see load.DirLangs), from the binary or from the checkout.
func (t *treeFlags) load(langs []string) (*load.Tree, *guide.Guide, yamlpos.List) {
	if t.embedded() {
		return load.FS(checklists.FS, "checklists", langs)
	}
	return load.DirLangs(t.checklists(), langs)
}

// needCheckout reports, for a command that works on a checkout and takes
// no file arguments, whether it was given none and --root holds a
// checkout; if not it says so and why.
func (t *treeFlags) needCheckout(env *Env, command string, args []string, why string) bool {
	if len(args) > 0 {
		fmt.Fprintf(env.Stderr, "exitguide %s: takes no file arguments (got %q); it works on the checkout at --root\n", command, args[0])
		return false
	}
	if st, err := os.Stat(t.checklists()); err == nil && st.IsDir() {
		return true
	}
	fmt.Fprintf(env.Stderr, "exitguide %s: %s has no checklists/ folder; %s needs a checkout of exitguide's sources (%s)\n"+
		"fix: run it in the repository root, or pass --root DIR (the folder that holds checklists/)\n", command, displayDir(t.root), command, why)
	return false
}

// displayDir is a folder as a message names it.
func displayDir(dir string) string {
	if dir == "." || dir == "" {
		return "the current folder"
	}
	return dir
}

// maxShown is how many problems lint lists: past that, a broken or
// generated file would bury the first (usually the cause) in pages of
// repeats.
const maxShown = 200

// printSome prints the first maxShown problems and says how many more
// there are.
func printSome(env *Env, errs yamlpos.List) {
	if len(errs) <= maxShown {
		printErrors(env, errs)
		return
	}
	printErrors(env, errs[:maxShown])
	fmt.Fprintf(env.Stderr, "… and %d more problem(s) not listed: fix these first, then run lint again\n", len(errs)-maxShown)
}

func printErrors(env *Env, errs yamlpos.List) {
	for _, e := range errs {
		fmt.Fprintln(env.Stderr, e.Error())
	}
}

// lintCommand is `exitguide lint`.
func lintCommand() *Command {
	return &Command{
		Name:    "lint",
		Usage:   "[--root DIR] [--seeds DIR]",
		Summary: "check the checklists: syntax, schemas, references, sources, translations, terms, own words",
		Help: `Lint reads every file in checklists/ and reports every problem at once, each
at its file:line:column with what was expected and how to fix it:
YAML syntax (tabs, duplicate keys, aliases), the JSON Schemas, unique ids,
references that resolve, orphans, source references, translation coverage and
freshness per language, the notes (open:, adapt:) of up-to-date translations,
avoided terms and name variants (the glossary's avoid: lists and its names:
term base, in checklists/text/LANG/, content/LANG/*.md and i18n/LANG.yaml),
and runs of 8 or more words copied from
a source document in the same language.

Exit status 0 when clean, 2 when there are problems.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declareCheckout(fs)
			tf.declareSeeds(fs)
			return func(env *Env, args []string) int {
				if !tf.needCheckout(env, "lint", args, "it checks the guide's source files") {
					return ExitInput
				}
				t, g, errs := tf.load(nil)
				if g != nil {
					rep := lint.Run(t, g, lint.Options{Seeds: tf.seedsDir(), Root: tf.root})
					errs = append(errs, rep.Errors...)
					errs = errs.Sort()
					printSome(env, errs)
					for _, s := range rep.Skipped {
						fmt.Fprintln(env.Stderr, "note: skipped", s)
					}
					fmt.Fprintf(env.Stdout, "%d files: %d models, %d building blocks, %d criteria, %d recommendations, %d methods, %d measures, %d terms, %d sources\n",
						len(t.Structure)+len(t.Texts), len(g.Models), len(g.Blocks), len(g.Criteria), len(g.Recommendations), len(g.Methods), len(g.Measures), len(g.Terms), len(g.Sources))
					for _, c := range rep.Coverage {
						fmt.Fprintf(env.Stdout, "%s: %d/%d texts, %d outdated, %d not stamped (%.0f%% complete)\n", c.Lang, c.Translated, c.Total, c.Outdated, c.Unstamped, c.Percent())
					}
				} else {
					printSome(env, errs.Sort())
				}
				if len(errs) > 0 {
					fmt.Fprintf(env.Stderr, "%d problem(s)\n", len(errs))
					return ExitInput
				}
				return ExitOK
			}
		},
	}
}
