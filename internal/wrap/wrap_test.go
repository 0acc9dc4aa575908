package wrap

import (
	"reflect"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	tests := []struct {
		s     string
		width int
		want  []string
	}{
		{"one two three", 7, []string{"one two", "three"}},
		{"  ", 10, nil},
		{"supercalifragilistic x", 5, []string{"supercalifragilistic", "x"}},
		{"שלב ראשון של התהליך", 9, []string{"שלב ראשון", "של התהליך"}},
	}
	for _, tt := range tests {
		if got := Lines(tt.s, tt.width); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Lines(%q, %d) = %q, want %q", tt.s, tt.width, got, tt.want)
		}
	}
}

func TestComment(t *testing.T) {
	var b strings.Builder
	Comment(&b, "  ", "")
	Comment(&b, "", strings.Repeat("word ", 20))
	want := "  # \n# " + strings.TrimSpace(strings.Repeat("word ", 15)) + "\n# word word word word word\n"
	if b.String() != want {
		t.Errorf("got %q\nwant %q", b.String(), want)
	}
}
