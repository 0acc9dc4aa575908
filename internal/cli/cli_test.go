package cli

import (
	"flag"
	"io"
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
		{[]string{"stamp", "--seeds", "x"}, ExitInput, "", "flag provided but not defined: -seeds"}, // only lint reads the source documents
		{[]string{"version"}, ExitOK, "exitguide", ""},
	}
	for _, tt := range tests {
		status, out, errs := run(t, tt.args...)
		if status != tt.status || !strings.Contains(out, tt.out) || !strings.Contains(errs, tt.errs) {
			t.Errorf("exitguide %v: exit %d\nstdout: %s\nstderr: %s", tt.args, status, out, errs)
		}
	}
}

// TestCommandList: help lists the commands in the order of commandList, a
// planner's first.
func TestCommandList(t *testing.T) {
	_, out, _ := run(t, "help")
	var listed []string
	for _, l := range strings.Split(out, "\n") {
		if f := strings.Fields(l); strings.HasPrefix(l, "  ") && len(f) > 1 {
			listed = append(listed, f[0])
		}
	}
	if got := strings.Join(listed, " "); got != "init check compare plan lint stamp build serve" {
		t.Errorf("help lists %s", got)
	}
}

// TestEveryCommandHasHelp: -h and help CMD work for every subcommand.
func TestEveryCommandHasHelp(t *testing.T) {
	for _, c := range commandList() {
		name := c.Name
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
	boom := &Command{Name: "boom-test", Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
		return func(*Env, []string) int { panic("kaboom") }
	}}
	var errb strings.Builder
	env := &Env{Stdout: io.Discard, Stderr: &errb, Getenv: func(string) string { return "" }}
	status := mainWith(env, []string{"boom-test"}, append(commandList(), boom))
	errs := errb.String()
	if status != ExitInput || !strings.Contains(errs, "internal error: kaboom") || strings.Contains(errs, "goroutine") {
		t.Errorf("exit %d, stderr %q", status, errs)
	}
}

func newTestFlagSet() *flag.FlagSet {
	fs := flag.NewFlagSet("t", flag.ContinueOnError)
	fs.String("format", "text", "")
	return fs
}
