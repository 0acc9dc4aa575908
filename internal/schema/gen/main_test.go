package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/testutil"
)

// TestCommittedSchemasMatchTypes fails when schemas/ drifts from the Go
// types: run `go generate ./schemas` (or go test -update, make golden) and
// commit the result.
func TestCommittedSchemasMatchTypes(t *testing.T) {
	root := testutil.Root(t)
	files, err := generate(root)
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		testutil.Golden(t, filepath.Join(root, "schemas", name), want)
	}
	entries, _ := os.ReadDir(filepath.Join(root, "schemas"))
	for _, e := range entries {
		if filepath.Ext(e.Name()) == ".json" {
			if _, ok := files[e.Name()]; !ok {
				t.Errorf("schemas/%s is not generated from any type: remove it", e.Name())
			}
		}
	}
}

// TestGenerateIsDeterministic: two generations are byte-identical.
func TestGenerateIsDeterministic(t *testing.T) {
	a, err := generate(testutil.Root(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := generate(testutil.Root(t))
	for k := range a {
		if string(a[k]) != string(b[k]) {
			t.Errorf("%s differs between two generations", k)
		}
	}
}

// TestSchemasHaveDescriptions: the Go doc comments reach the schemas, so
// editors show them.
func TestSchemasHaveDescriptions(t *testing.T) {
	files, _ := generate(testutil.Root(t))
	for name, b := range files {
		if n := strings.Count(string(b), `"description"`); n < 20 {
			t.Errorf("%s has only %d descriptions", name, n)
		}
	}
}

// TestRuntimeDoesNotNeedTheGenerator: generation is a development step, so
// the binary does not link the generator or invopop/jsonschema, and reading
// the checklists (load, lint) does not pull in the proposal, scoring and
// report side.
func TestRuntimeDoesNotNeedTheGenerator(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go list")
	}
	const mod = "github.com/exitguide/exitguide/"
	for pkg, banned := range map[string][]string{
		"cmd/exitguide": {mod + "internal/schema/gen", "github.com/invopop/jsonschema"},
		"internal/load": {mod + "internal/report", mod + "internal/score", mod + "internal/proposal", "github.com/yuin/goldmark", "github.com/invopop/jsonschema"},
		"internal/lint": {mod + "internal/report", mod + "internal/score", mod + "internal/proposal", "github.com/yuin/goldmark", "github.com/invopop/jsonschema"},
	} {
		cmd := exec.Command("go", "list", "-deps", "./"+pkg)
		cmd.Dir = testutil.Root(t)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("go list -deps ./%s: %v", pkg, err)
		}
		for _, dep := range strings.Fields(string(out)) {
			for _, b := range banned {
				if dep == b || strings.HasPrefix(dep, b+"/") {
					t.Errorf("%s depends on %s", pkg, dep)
				}
			}
		}
	}
}
