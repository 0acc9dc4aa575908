package load_test

import (
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/exitguide/exitguide/internal/load"
	"github.com/exitguide/exitguide/internal/testutil"
)

var (
	fuzzDirOnce sync.Once
	fuzzDir     string
)

// FuzzLoad feeds arbitrary bytes as a structure file and as a text file
// through Dir (yamlpos.Parse with the limits, schema validation, decoding,
// merging). It must never panic, and every problem must name its file.
func FuzzLoad(f *testing.F) {
	good := filepath.Join(testutil.Root(f), "testdata/checklists/good/checklists")
	for _, p := range []string{"demo.yaml", "text/en/demo.yaml"} {
		b, err := os.ReadFile(filepath.Join(good, p))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b, false)
		f.Add(b, true)
	}
	f.Add([]byte("criteria: [[[[[[]]]]]]"), false)
	f.Add([]byte("a: &x [1]\nb: *x\n"), true)
	f.Add([]byte("\xff\xfea\x00"), false)
	f.Add([]byte("models:\n  m: {name: \"\\u202e\"}\n"), true)
	f.Fuzz(func(t *testing.T, data []byte, text bool) {
		fuzzDirOnce.Do(func() {
			d, err := os.MkdirTemp("", "fuzzload")
			if err != nil {
				panic(err)
			}
			fuzzDir = filepath.Join(d, "checklists")
			os.MkdirAll(filepath.Join(fuzzDir, "text", "en"), 0o755)
		})
		os.Remove(filepath.Join(fuzzDir, "x.yaml"))
		os.Remove(filepath.Join(fuzzDir, "text", "en", "x.yaml"))
		file := filepath.Join(fuzzDir, "x.yaml")
		if text {
			file = filepath.Join(fuzzDir, "text", "en", "x.yaml")
		}
		if err := os.WriteFile(file, data, 0o644); err != nil {
			t.Fatal(err)
		}
		_, _, errs := load.Dir(fuzzDir)
		for _, e := range errs {
			if !strings.HasPrefix(e.File, "checklists/") || e.Msg == "" {
				t.Errorf("problem without a file or message: %+v", e)
			}
		}
	})
}
