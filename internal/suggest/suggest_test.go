package suggest

import "testing"

func TestNearest(t *testing.T) {
	tests := []struct {
		s    string
		c    []string
		want string
	}{
		{"wieght", []string{"weight", "domain"}, "weight"},
		{"Weight", []string{"weight"}, "weight"},
		{"core.housnig", []string{"core.housing", "chrysalis.housing"}, "core.housing"},
		{"zzzzzz", []string{"weight"}, ""},
		{"lnit", []string{"init", "lint"}, "init"}, // a tie: the first wins
		{"לקוח", []string{"לקוחה"}, "לקוחה"},
		{"", nil, ""},
	}
	for _, tt := range tests {
		if got := Nearest(tt.s, tt.c); got != tt.want {
			t.Errorf("Nearest(%q) = %q, want %q", tt.s, got, tt.want)
		}
	}
}
