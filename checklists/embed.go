// Package checklists holds the guide as data (see README.md in this folder)
// and embeds it into the exitguide binary, so that init, check and compare
// work from any directory without a checkout. `--root DIR` makes exitguide
// read DIR/checklists instead.
package checklists

import (
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"io/fs"
	"path"
	"sort"
	"sync"
)

// FS holds every structure file (*.yaml) and every text file (text/LANG/*.yaml)
// of the guide, as they were when the binary was built.
//
//go:embed *.yaml text
var FS embed.FS

// Version is the guide's content version: ContentVersion of the embedded
// files. Two binaries print the same content version exactly when they carry
// the same guide, whatever their own version; `exitguide version` shows it.
var Version = sync.OnceValue(func() string { return ContentVersion(FS) })

// ContentVersion identifies the contents of a checklists folder: the first
// 12 hex digits of the SHA-256 over each .yaml and .yml file's slash path,
// a NUL, its length (8 bytes, little-endian) and its bytes, in path order.
// A file that cannot be read counts with its path and length 0.
func ContentVersion(fsys fs.FS) string {
	var paths []string
	fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if ext := path.Ext(p); err == nil && !d.IsDir() && (ext == ".yaml" || ext == ".yml") {
			paths = append(paths, p)
		}
		return nil
	})
	sort.Strings(paths)
	h := sha256.New()
	for _, p := range paths {
		b, _ := fs.ReadFile(fsys, p)
		h.Write(append([]byte(p), 0))
		h.Write(binary.LittleEndian.AppendUint64(nil, uint64(len(b))))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}
