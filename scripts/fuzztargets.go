//go:build ignore

// Fuzztargets lists the fuzz targets of the module as "package:FuzzName"
// lines, so `make fuzz` runs every one without a hand-kept list.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

func main() {
	re := regexp.MustCompile(`(?m)^func (Fuzz\w+)\(`)
	filepath.WalkDir(".", func(p string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || strings.HasPrefix(d.Name(), ".")) && p != "." {
			return filepath.SkipDir
		}
		if !strings.HasSuffix(p, "_test.go") {
			return nil
		}
		b, _ := os.ReadFile(p)
		for _, m := range re.FindAllSubmatch(b, -1) {
			fmt.Printf("./%s:%s\n", filepath.Dir(p), m[1])
		}
		return nil
	})
}
