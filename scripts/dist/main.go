// Command dist writes exitguide's release archives (`make dist`):
//
//	exitguide-VERSION-OS-ARCH.tar.gz   linux and darwin, amd64 and arm64
//	exitguide-VERSION-windows-ARCH.zip windows, amd64 and arm64
//	exitguide-site-VERSION.zip         the built site, for use without internet
//	SHA256SUMS                         sha256sum's format: `sha256sum -c SHA256SUMS`
//
// The same commit gives the same bytes: the binaries are built with
// -trimpath, without VCS stamping and with an empty build id (the version
// and commit go in with -X instead); every archive lists its files in name
// order with a fixed time (SOURCE_DATE_EPOCH, else the commit's), owner 0
// and fixed modes; gzip writes no name or time.
//
// Usage (from the repository root): go run ./scripts/dist -site public -out dist
package main

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"flag"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"
)

// targets are the platforms a release is built for.
var targets = []struct{ goos, goarch string }{
	{"linux", "amd64"}, {"linux", "arm64"},
	{"darwin", "amd64"}, {"darwin", "arm64"},
	{"windows", "amd64"}, {"windows", "arm64"},
}

const module = "github.com/exitguide/exitguide"

// file is one entry of an archive: a slash path inside it, its bytes and
// whether it is a program.
type file struct {
	name string
	data []byte
	exec bool
}

func main() {
	site := flag.String("site", "public", "the built site (make site)")
	out := flag.String("out", "dist", "the folder the archives are written to")
	version := flag.String("version", "", "release version (default: the tag at HEAD, else a Go pseudo-version of HEAD)")
	flag.Parse()
	if err := run(*site, *out, *version); err != nil {
		fmt.Fprintln(os.Stderr, "dist:", err)
		os.Exit(1)
	}
}

func run(site, out, version string) error {
	if _, err := os.Stat(filepath.Join(site, "en", "index.html")); err != nil {
		return fmt.Errorf("%s holds no built site: run make site (or make dist, which does)", site)
	}
	commit, err := git("rev-parse", "HEAD")
	if err != nil {
		return err
	}
	when, err := sourceTime()
	if err != nil {
		return err
	}
	if version == "" {
		if version, err = releaseVersion(commit); err != nil {
			return err
		}
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}
	old, _ := filepath.Glob(filepath.Join(out, "exitguide-*"))
	for _, f := range append(old, filepath.Join(out, "SHA256SUMS")) {
		os.Remove(f)
	}
	docs, err := readDocs(version)
	if err != nil {
		return err
	}
	tmp, err := os.MkdirTemp("", "exitguide-dist-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	var written []string
	for _, t := range targets {
		name := fmt.Sprintf("exitguide-%s-%s-%s", version, t.goos, t.goarch)
		bin := "exitguide"
		if t.goos == "windows" {
			bin += ".exe"
		}
		exe := filepath.Join(tmp, name, bin)
		ldflags := fmt.Sprintf("-s -w -buildid= -X %s/internal/cli.releaseVersion=%s -X %s/internal/cli.releaseCommit=%s", module, version, module, commit)
		cmd := exec.Command("go", "build", "-trimpath", "-buildvcs=false", "-ldflags", ldflags, "-o", exe, "./cmd/exitguide")
		cmd.Env = append(os.Environ(), "GOOS="+t.goos, "GOARCH="+t.goarch, "CGO_ENABLED=0", "GOFLAGS=")
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return fmt.Errorf("go build for %s/%s: %v", t.goos, t.goarch, err)
		}
		data, err := os.ReadFile(exe)
		if err != nil {
			return err
		}
		files := append([]file{{name: bin, data: data, exec: true}}, docs...)
		var archive string
		if t.goos == "windows" {
			archive = name + ".zip"
			err = writeFile(filepath.Join(out, archive), func(b *bytes.Buffer) error { return writeZip(b, name, files, when) })
		} else {
			archive = name + ".tar.gz"
			err = writeFile(filepath.Join(out, archive), func(b *bytes.Buffer) error { return writeTarGz(b, name, files, when) })
		}
		if err != nil {
			return err
		}
		written = append(written, archive)
	}
	siteFiles, err := readSite(site, version)
	if err != nil {
		return err
	}
	siteName := "exitguide-site-" + version
	if err := writeFile(filepath.Join(out, siteName+".zip"), func(b *bytes.Buffer) error { return writeZip(b, siteName, siteFiles, when) }); err != nil {
		return err
	}
	written = append(written, siteName+".zip")
	sums, err := checksums(out, written)
	if err != nil {
		return err
	}
	if err := os.WriteFile(filepath.Join(out, "SHA256SUMS"), sums, 0o644); err != nil {
		return err
	}
	fmt.Printf("dist: %s (commit %.12s): %d archives and SHA256SUMS in %s\n", version, commit, len(written), out)
	return nil
}

// git runs git in the current folder and returns its trimmed output.
func git(args ...string) (string, error) {
	b, err := exec.Command("git", args...).Output()
	if err != nil {
		return "", fmt.Errorf("git %s: %v (make dist runs in a git checkout)", strings.Join(args, " "), err)
	}
	return strings.TrimSpace(string(b)), nil
}

// sourceTime is SOURCE_DATE_EPOCH, else the time of the last commit: the
// time every archive entry carries.
func sourceTime() (time.Time, error) {
	s := os.Getenv("SOURCE_DATE_EPOCH")
	if s == "" {
		var err error
		if s, err = git("log", "-1", "--format=%ct"); err != nil {
			return time.Time{}, err
		}
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		return time.Time{}, fmt.Errorf("SOURCE_DATE_EPOCH %q is not a number of seconds", s)
	}
	return time.Unix(n, 0).UTC(), nil
}

// releaseVersion is the tag at HEAD (v1.2.3), else the Go pseudo-version
// of the commit (v0.0.0-20261201221500-0123456789ab), the version
// `go install MODULE@COMMIT` reports too. A tree with uncommitted changes
// gets "+dirty".
func releaseVersion(commit string) (string, error) {
	v, err := git("describe", "--tags", "--exact-match", "--match", "v[0-9]*", "HEAD")
	if err != nil || v == "" {
		ct, err := git("log", "-1", "--format=%ct", commit)
		if err != nil {
			return "", err
		}
		n, _ := strconv.ParseInt(ct, 10, 64)
		v = "v0.0.0-" + time.Unix(n, 0).UTC().Format("20060102150405") + "-" + commit[:12]
	}
	if st, err := git("status", "--porcelain", "--untracked-files=no"); err == nil && st != "" {
		v += "+dirty"
	}
	return v, nil
}

// readDocs are the files beside the binary: the licences and a short
// README (how to run, verify and serve the offline site).
func readDocs(version string) ([]file, error) {
	var out []file
	for _, n := range []string{"LICENSE", "LICENSE-content"} {
		b, err := os.ReadFile(n)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", n, err)
		}
		out = append(out, file{name: n, data: b})
	}
	out = append(out, file{name: "README.txt", data: []byte(strings.ReplaceAll(readme, "VERSION", version))})
	return out, nil
}

// readme is the README.txt of every archive.
const readme = `exitguide VERSION

The readiness self-check and workshop tools of the exit programme guide,
with the whole guide built in: no installation, no internet, nothing sent
anywhere. Run it from a terminal (Windows: PowerShell or cmd, exitguide.exe).

  exitguide init --model kljuc --lang sl --out our-project.yaml
      a template to fill in (models: chrysalis, cti-denmark, copenhagen,
      kljuc; several: --model a,b)
  exitguide check our-project.yaml
      the band, the domain scores, the gaps in order (--format html, plan, csv)
  exitguide compare ana.yaml bojan.yaml cvetka.yaml
      a workshop group's answers side by side, with a draft consensus
  exitguide help
      every command and its flags

Verify what you downloaded against SHA256SUMS (from the same release):
  Linux:   sha256sum -c SHA256SUMS --ignore-missing
  macOS:   shasum -a 256 -c SHA256SUMS --ignore-missing
  Windows: Get-FileHash exitguide-VERSION-windows-amd64.zip   (PowerShell;
           compare the hash with the line in SHA256SUMS)

The guide as a website without internet: unzip exitguide-site-VERSION.zip
and run
  exitguide serve --dir exitguide-site-VERSION
then open http://localhost:1313/ in a browser on the same computer. The print
packs are also in that folder as PDFs (LANG/print/MODEL.pdf) and open
without a server.

The program is under the MIT licence (LICENSE); the guide's text under
Creative Commons Attribution 4.0 (LICENSE-content).
`

// readSite lists every file of the built site, with a README.txt on top.
func readSite(dir, version string) ([]file, error) {
	var out []file
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		out = append(out, file{name: filepath.ToSlash(rel), data: b})
		return nil
	})
	if err != nil {
		return nil, err
	}
	note := strings.ReplaceAll(siteReadme, "VERSION", version)
	return append(out, file{name: "README.txt", data: []byte(note)}), nil
}

// siteReadme is the README.txt of the site archive.
const siteReadme = `The exit programme guide, VERSION, as a website that needs no internet.

Its pages link to each other from the site's root (/en/models/...), and the
search and the self-check load their data from the server, so a browser
needs a server to show it: the exitguide program of the same release
serves it on this computer only.

  exitguide serve --dir exitguide-site-VERSION
  then open http://localhost:1313/

The print packs open without a server: LANG/print/MODEL.pdf in this folder
(for example sl/print/kljuc.pdf).
`

// writeFile renders an archive in memory and writes it.
func writeFile(name string, render func(*bytes.Buffer) error) error {
	var b bytes.Buffer
	if err := render(&b); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return os.WriteFile(name, b.Bytes(), 0o644)
}

// sorted returns the files in name order.
func sorted(files []file) []file {
	out := append([]file(nil), files...)
	sort.Slice(out, func(i, j int) bool { return out[i].name < out[j].name })
	return out
}

// mode is an entry's permission bits.
func (f file) mode() int64 {
	if f.exec {
		return 0o755
	}
	return 0o644
}

// writeTarGz writes files under the folder top as a gzip-compressed tar.
func writeTarGz(w *bytes.Buffer, top string, files []file, when time.Time) error {
	gz, err := gzip.NewWriterLevel(w, gzip.BestCompression)
	if err != nil {
		return err
	}
	tw := tar.NewWriter(gz)
	dirs := map[string]bool{}
	for _, f := range sorted(files) {
		full := path.Join(top, f.name)
		for d := path.Dir(full); d != "." && !dirs[d]; d = path.Dir(d) {
			dirs[d] = true
		}
	}
	var dirList []string
	for d := range dirs {
		dirList = append(dirList, d)
	}
	sort.Strings(dirList)
	for _, d := range dirList {
		if err := tw.WriteHeader(&tar.Header{Typeflag: tar.TypeDir, Name: d + "/", Mode: 0o755, ModTime: when, Format: tar.FormatUSTAR}); err != nil {
			return err
		}
	}
	for _, f := range sorted(files) {
		h := &tar.Header{Typeflag: tar.TypeReg, Name: path.Join(top, f.name), Mode: f.mode(), Size: int64(len(f.data)), ModTime: when, Format: tar.FormatUSTAR}
		if err := tw.WriteHeader(h); err != nil {
			return err
		}
		if _, err := tw.Write(f.data); err != nil {
			return err
		}
	}
	if err := tw.Close(); err != nil {
		return err
	}
	return gz.Close()
}

// writeZip writes files under the folder top as a zip.
func writeZip(w *bytes.Buffer, top string, files []file, when time.Time) error {
	zw := zip.NewWriter(w)
	for _, f := range sorted(files) {
		h := &zip.FileHeader{Name: path.Join(top, f.name), Method: zip.Deflate, Modified: when}
		h.SetMode(fs.FileMode(f.mode()))
		fw, err := zw.CreateHeader(h)
		if err != nil {
			return err
		}
		if _, err := fw.Write(f.data); err != nil {
			return err
		}
	}
	return zw.Close()
}

// checksums is SHA256SUMS for the named files of dir, in sha256sum's format.
func checksums(dir string, names []string) ([]byte, error) {
	sort.Strings(names)
	var b bytes.Buffer
	for _, n := range names {
		data, err := os.ReadFile(filepath.Join(dir, n))
		if err != nil {
			return nil, err
		}
		sum := sha256.Sum256(data)
		fmt.Fprintf(&b, "%s  %s\n", hex.EncodeToString(sum[:]), n)
	}
	return b.Bytes(), nil
}
