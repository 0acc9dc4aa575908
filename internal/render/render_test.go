package render_test

import (
	"testing"

	"github.com/exitguide/exitguide/internal/render"
	_ "github.com/exitguide/exitguide/internal/testutil"
)

// TestMarkdown: text from a proposal stays text inside Markdown.
func TestMarkdown(t *testing.T) {
	for in, want := range map[string]string{
		"a | b":                 `a \| b`,
		"[x](javascript:a)":     `\[x\](javascript:a)`,
		"*b* _i_ `c` \\":        "\\*b\\* \\_i\\_ \\`c\\` \\\\",
		"<script>&amp;":         "&lt;script&gt;&amp;amp;",
		"two\nlines":            "two lines",
		"Kommune (fiktiv) 2026": "Kommune (fiktiv) 2026",
	} {
		if got := render.Markdown(in); got != want {
			t.Errorf("Markdown(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestSVGNum: one decimal place, halves away from zero, no "-0", no ".0".
func TestSVGNum(t *testing.T) {
	for _, tt := range []struct {
		in   float64
		want string
	}{{0, "0"}, {-0.04, "0"}, {1e-15, "0"}, {12.25, "12.3"}, {-12.25, "-12.3"}, {110, "110"}, {95.26, "95.3"}, {-0.05, "-0.1"}} {
		if got := render.SVGNum(tt.in); got != tt.want {
			t.Errorf("SVGNum(%v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
