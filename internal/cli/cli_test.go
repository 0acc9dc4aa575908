package cli

import (
	"flag"
	"strings"
	"testing"
)

func TestUsage(t *testing.T) {
	tests := []struct {
		args      []string
		status    int
		out, errs string
	}{
		{nil, ExitInput, "", "Usage: exitguide <command>"},
		{[]string{"help"}, ExitOK, "Commands:", ""},
		{[]string{"--help"}, ExitOK, "lint", ""},
		{[]string{"lnt"}, ExitInput, "", `Did you mean "lint"?`},
		{[]string{"help", "nope"}, ExitInput, "", `unknown command "nope"`},
		{[]string{"lint", "--nope"}, ExitInput, "", "flag provided but not defined: -nope"},
		{[]string{"lint", "extra.yaml"}, ExitInput, "", "takes no file arguments"},
		{[]string{"version"}, ExitOK, "exitguide", ""},
	}
	for _, tt := range tests {
		status, out, errs := run(t, tt.args...)
		if status != tt.status || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) {
			t.Errorf("exitguide %v: exit %d\nstdout: %s\nstderr: %s", tt.args, status, out, errs)
		}
	}
}

// TestEveryCommandHasHelp: -h and help CMD work for every subcommand.
func TestEveryCommandHasHelp(t *testing.T) {
	for name := range commands {
		for _, args := range [][]string{{name, "-h"}, {"help", name}} {
			status, out, _ := run(t, args...)
			if status != ExitOK || !strings.Contains(out, "Usage: exitguide "+name) {
				t.Errorf("exitguide %v: exit %d, output %q", args, status, out)
			}
		}
	}
}

// TestFlagsAfterArguments: flags may come after positional arguments.
func TestFlagsAfterArguments(t *testing.T) {
	fs := newTestFlagSet()
	pos, err := parseInterspersed(fs, []string{"a.yaml", "--format", "json", "b.yaml", "--", "--c.yaml"})
	if err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(pos, " "); got != "a.yaml b.yaml --c.yaml" || fs.Lookup("format").Value.String() != "json" {
		t.Errorf("positional %q, format %s", got, fs.Lookup("format").Value)
	}
}

// TestPanicBecomesMessage: a bug never shows a stack trace.
func TestPanicBecomesMessage(t *testing.T) {
	register(&Command{Name: "boom-test", Flags: func(fs *flagSet) func(*Env, []string) int {
		return func(*Env, []string) int { panic("kaboom") }
	}})
	defer delete(commands, "boom-test")
	status, _, errs := run(t, "boom-test")
	if status != ExitInput || !strings.Contains(errs, "internal error: kaboom") || strings.Contains(errs, "goroutine") {
		t.Errorf("exit %d, stderr %q", status, errs)
	}
}

type flagSet = flag.FlagSet

func newTestFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.String("format", "text", "")
	return fs
}
