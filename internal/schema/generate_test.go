package schema_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/exitguide/exitguide/internal/schema"
	"github.com/exitguide/exitguide/internal/testutil"
)

// TestCommittedSchemasMatchTypes fails when schemas/ drifts from the Go
// types: run `go run ./cmd/exitguide build` (or go test -update, make
// golden) and commit the result.
func TestCommittedSchemasMatchTypes(t *testing.T) {
	root := testutil.Root(t)
	files, err := schema.Generate(root)
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
	a, err := schema.Generate(testutil.Root(t))
	if err != nil {
		t.Fatal(err)
	}
	b, _ := schema.Generate(testutil.Root(t))
	for k := range a {
		if string(a[k]) != string(b[k]) {
			t.Errorf("%s differs between two generations", k)
		}
	}
}

// TestSchemasHaveDescriptions: the Go doc comments reach the schemas, so
// editors show them.
func TestSchemasHaveDescriptions(t *testing.T) {
	files, _ := schema.Generate(testutil.Root(t))
	for name, b := range files {
		if n := strings.Count(string(b), `"description"`); n < 20 {
			t.Errorf("%s has only %d descriptions", name, n)
		}
	}
}
