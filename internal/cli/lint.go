package cli

import (
	"flag"
	"fmt"
	"path/filepath"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/lint"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/stamp"
	"github.com/exitguide/exitguide/internal/yamlpos"
)

// treeFlags are the flags every command that reads checklists/ shares.
type treeFlags struct {
	root  string
	seeds string
}

func (t *treeFlags) declare(fs *flag.FlagSet) {
	fs.StringVar(&t.root, "root", ".", "the repository root, where checklists/ is")
	fs.StringVar(&t.seeds, "seeds", "", "the folder of the source documents (default ROOT/../shared/seeds)")
}

func (t *treeFlags) checklists() string { return filepath.Join(t.root, "checklists") }

func (t *treeFlags) seedsDir() string {
	if t.seeds != "" {
		return t.seeds
	}
	return filepath.Join(t.root, "..", "shared", "seeds")
}

// loadGuide reads checklists/ and prints every problem; it returns nil when
// the guide cannot be used.
func loadGuide(env *Env, tf *treeFlags) (*load.Tree, *guide.Guide, yamlpos.List) {
	return load.Dir(tf.checklists())
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

func init() {
	register(&Command{
		Name:    "lint",
		Usage:   "[--root DIR] [--seeds DIR]",
		Summary: "check the checklists: syntax, schemas, references, sources, translations, terms, own words",
		Help: `Lint reads every file in checklists/ and reports every problem at once, each
at its file:line:column with what was expected and how to fix it:
YAML syntax (tabs, duplicate keys, aliases), the JSON Schemas, unique ids,
references that resolve, orphans, source references, translation coverage and
freshness per language, avoided terms, and runs of 8 or more words copied from
a source document in the same language.

Exit status 0 when clean, 2 when there are problems.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			return func(env *Env, args []string) int {
				if len(args) > 0 {
					fmt.Fprintf(env.Stderr, "exitguide lint: takes no file arguments (got %q); it reads checklists/ under --root\n", args[0])
					return ExitInput
				}
				t, g, errs := loadGuide(env, &tf)
				if g != nil {
					rep := lint.Run(t, g, lint.Options{Seeds: tf.seedsDir()})
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
	})
	register(&Command{
		Name:    "stamp",
		Usage:   "[--all] [--root DIR]",
		Summary: "record which English version each translation was made from",
		Help: `Stamp writes from: HASH into every translated text entry that has none yet,
the short hash of the English entry it translates. Lint then reports an entry
as outdated as soon as its English changes. With --all it re-stamps every
entry: use that only after checking every translation against the English.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			var tf treeFlags
			tf.declare(fs)
			all := fs.Bool("all", false, "re-stamp every entry, not only those without from:")
			return func(env *Env, args []string) int {
				if len(args) > 0 {
					fmt.Fprintf(env.Stderr, "exitguide stamp: takes no file arguments (got %q)\n", args[0])
					return ExitInput
				}
				t, g, errs := loadGuide(env, &tf)
				if len(errs) > 0 {
					printErrors(env, errs.Sort())
					fmt.Fprintln(env.Stderr, "exitguide stamp: fix these problems first")
					return ExitInput
				}
				res, err := stamp.Run(t, g, *all)
				if err != nil {
					fmt.Fprintln(env.Stderr, "exitguide stamp:", err)
					return ExitInput
				}
				fmt.Fprintf(env.Stdout, "stamped %d entries in %d files\n", res.Entries, len(res.Files))
				return ExitOK
			}
		},
	})
}
