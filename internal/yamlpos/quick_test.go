package yamlpos

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// sameAsParse fails when the fast path accepts data but does not give
// exactly what Parse gives: the value, every position and every key
// position.
func sameAsParse(t *testing.T, name string, data []byte) (fast bool) {
	t.Helper()
	q, ok := quick(name, data, DefaultLimits)
	if !ok {
		return false
	}
	d, errs := Parse(name, data, DefaultLimits)
	if len(errs) > 0 {
		t.Errorf("%s: the fast path accepted a file Parse rejects: %v", name, errs)
		return true
	}
	if !reflect.DeepEqual(q.Value, d.Value) {
		t.Errorf("%s: values differ\nquick %#v\nparse %#v", name, q.Value, d.Value)
	}
	if !reflect.DeepEqual(q.pos, d.pos) {
		for k, v := range d.pos {
			if q.pos[k] != v {
				t.Errorf("%s: position of %q: quick %v, parse %v", name, k, q.pos[k], v)
			}
		}
		for k := range q.pos {
			if _, ok := d.pos[k]; !ok {
				t.Errorf("%s: quick has a position for %q, parse has none", name, k)
			}
		}
	}
	if !reflect.DeepEqual(q.keys, d.keys) {
		t.Errorf("%s: key positions differ\nquick %v\nparse %v", name, q.keys, d.keys)
	}
	return true
}

func corpus(t testing.TB) map[string][]byte {
	files := map[string][]byte{}
	for _, pattern := range []string{"../../examples/*.yaml", "../../testdata/proposals/*.yaml", "../../testdata/proposals/*/*.yaml", "../../testdata/fixture/*.yaml", "../../internal/*/testdata/*.yaml"} {
		matches, _ := filepath.Glob(pattern)
		for _, m := range matches {
			if b, err := os.ReadFile(m); err == nil {
				files[m] = b
			}
		}
	}
	return files
}

// TestQuickMatchesParse: on every proposal of the corpus the fast path
// accepts, it matches Parse exactly, and it does accept the examples (the
// files a planner typically writes).
func TestQuickMatchesParse(t *testing.T) {
	files := corpus(t)
	if len(files) < 10 {
		t.Fatalf("corpus has only %d files", len(files))
	}
	accepted := 0
	for name, data := range files {
		if sameAsParse(t, name, data) {
			accepted++
		} else if strings.Contains(name, "examples/") {
			t.Errorf("%s: the fast path declined an example proposal", name)
		}
	}
	t.Logf("fast path accepted %d of %d files", accepted, len(files))
}

func TestQuickSubset(t *testing.T) {
	tests := []struct {
		src  string
		fast bool
	}{
		{"a: 1\nb: text # c\nc: [xa, yb]\nd:\n  - \"q\"\n  - 'it''s'\ne:\n  f: g\n", true},
		{"a:\n- xa\n- yb\nb: c\n", true},
		{"a: \"x\\\"y\\n\"\n", true},
		{"a: |\n  block\n", false},
		{"a: &x 1\n", false},
		{"a: yes\n", false},
		{"a: 1.5\n", false},
		{"a: 012\n", false},
		{"a: null\n", false},
		{"a:\n", false},
		{"a: b\n  c\n", false},
		{"a: \"x\n  y\"\n", false},
		{"a: 1\r\nb: 2\r\n", false},
		{"a: [x, [y]]\n", false},
		{"- a\n", false},
		{"a: b\na: c\n", false},
		{"a: \"\\u00e9\"\n", false},
		{"a: b: c\n", false},
		{"a: 2026-10-14\n", true},
		{"a: עברית ו-CTI\n", true},
	}
	for _, tt := range tests {
		if got := sameAsParse(t, "t.yaml", []byte(tt.src)); got != tt.fast {
			t.Errorf("%q: fast path %v, want %v", tt.src, got, tt.fast)
		}
	}
}

// FuzzQuick: whatever the fast path accepts, Parse reads the same.
func FuzzQuick(f *testing.F) {
	for _, b := range corpus(f) {
		if len(b) < 20000 {
			f.Add(b)
		}
	}
	f.Add([]byte("a: 1\nb: [x, 'y', \"z\"]\nc:\n  - d\n"))
	f.Fuzz(func(t *testing.T, b []byte) {
		sameAsParse(t, "f.yaml", b)
	})
}
