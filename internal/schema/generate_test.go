package schema

import (
	"os"
	"path/filepath"
	"testing"
)

// TestCommittedSchemasMatchTypes fails when schemas/ drifts from the Go
// types: run `go run ./cmd/exitguide build` and commit the result.
func TestCommittedSchemasMatchTypes(t *testing.T) {
	files, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		got, err := os.ReadFile(filepath.Join("../../schemas", name))
		if err != nil {
			t.Errorf("%s: %v (run `go run ./cmd/exitguide build`)", name, err)
			continue
		}
		if string(got) != string(want) {
			t.Errorf("schemas/%s differs from the Go types: run `go run ./cmd/exitguide build` and commit it", name)
		}
	}
	entries, _ := os.ReadDir("../../schemas")
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
	a, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := Generate("../..")
	for k := range a {
		if string(a[k]) != string(b[k]) {
			t.Errorf("%s differs between two generations", k)
		}
	}
}

// TestSchemasHaveDescriptions: the Go doc comments reach the schemas, so
// editors show them.
func TestSchemasHaveDescriptions(t *testing.T) {
	files, _ := Generate("../..")
	for name, b := range files {
		if n := countSubstr(string(b), `"description"`); n < 20 {
			t.Errorf("%s has only %d descriptions", name, n)
		}
	}
}

func countSubstr(s, sub string) int {
	n := 0
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			n++
		}
	}
	return n
}

// TestEmbeddedSchemasCompile: every committed schema compiles (they are
// compiled lazily at run time, so a broken one would otherwise show up
// only when first used).
func TestEmbeddedSchemasCompile(t *testing.T) {
	s, err := Embedded()
	if err != nil {
		t.Fatal(err)
	}
	if len(s.names) < 4 {
		t.Fatalf("only %d schemas embedded", len(s.names))
	}
	for _, n := range s.names {
		if _, err := s.schema(n); err != nil {
			t.Errorf("%s: %v", n, err)
		}
	}
}
