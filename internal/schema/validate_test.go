package schema

import "testing"

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
