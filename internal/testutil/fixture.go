package testutil

import (
	"path/filepath"
	"sync"
	"testing"

	"github.com/exitguide/exitguide/internal/guide"
	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/proposal"
)

var (
	fixtureOnce sync.Once
	fixture     *guide.Guide
	fixtureErr  string
)

// FixtureGuide returns the guide of testdata/fixture/checklists: the frozen,
// trimmed checklists that the score, report, compare and proposal tests are
// written against. It is loaded once per test binary and shared: callers
// must not change it. When it cannot be loaded every caller fails, each with
// the problems.
func FixtureGuide(t testing.TB) *guide.Guide {
	t.Helper()
	dir := filepath.Join(Root(t), "testdata/fixture/checklists")
	fixtureOnce.Do(func() {
		_, g, errs := load.Dir(dir)
		if len(errs) > 0 {
			fixtureErr = errs.Error()
			return
		}
		fixture = g
	})
	if fixture == nil {
		t.Fatalf("the fixture guide %s does not load:\n%s", dir, fixtureErr)
	}
	return fixture
}

// ReadProposal reads the proposal file at path against g and fails the test
// when the loader finds any problem with it.
func ReadProposal(t testing.TB, g *guide.Guide, path string) *proposal.Proposal {
	t.Helper()
	p, errs, _ := proposal.ReadFile(path, g, proposal.Messages{})
	if len(errs) > 0 {
		t.Fatalf("%s: %v", path, errs)
	}
	return p
}

// Languages lists the language codes of g, in the guide's order: the
// languages a test renders every report in (no test names them).
func Languages(g *guide.Guide) []string {
	out := make([]string, len(g.Languages))
	for i, l := range g.Languages {
		out[i] = l.Code
	}
	return out
}
