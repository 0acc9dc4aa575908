package yamlpos

import (
	"fmt"
	"testing"
)

// TestListSort: problems come out by file, line, column and message, and
// the same message at the same place is reported once; problems that tie
// on all four keep the order they were found in.
func TestListSort(t *testing.T) {
	l := List{
		{File: "b.yaml", Line: 1, Column: 1, Msg: "x"},
		{File: "a.yaml", Line: 10, Column: 2, Msg: "y"},
		{File: "a.yaml", Line: 2, Column: 5, Msg: "z"},
		{File: "a.yaml", Line: 2, Column: 5, Msg: "a"},
		{File: "a.yaml", Line: 10, Column: 2, Msg: "y", Fix: "duplicate"},
		{File: "a.yaml", Line: 2, Column: 1, Msg: "z"},
	}
	got := l.Sort()
	want := []string{"a.yaml:2:1: z", "a.yaml:2:5: a", "a.yaml:2:5: z", "a.yaml:10:2: y", "b.yaml:1:1: x"}
	if len(got) != len(want) {
		t.Fatalf("got %d problems, want %d: %v", len(got), len(want), got)
	}
	for i, e := range got {
		if s := fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Column, e.Msg); s != want[i] {
			t.Errorf("problem %d = %q, want %q", i, s, want[i])
		}
	}
	if got[3].Fix != "" {
		t.Errorf("of two equal problems the first found should stay, got the one with Fix %q", got[3].Fix)
	}
}
