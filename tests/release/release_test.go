// Package release tests what a user downloads or installs, not the code:
// the archives of `make dist` and `go install MODULE/cmd/exitguide@VERSION`.
// They build whole releases, so they run only with EXITGUIDE_RELEASE_TESTS=1
// (`make test-release`, part of `make test`), which also sets DIST_DIR to
// the folder `make dist` wrote.
package release

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/exitguide/exitguide/internal/testutil"
)

const module = "github.com/exitguide/exitguide"

func enabled(t *testing.T) {
	t.Helper()
	if os.Getenv("EXITGUIDE_RELEASE_TESTS") != "1" {
		t.Skip("builds whole releases: run with EXITGUIDE_RELEASE_TESTS=1 (make test-release)")
	}
}

// distDir is the folder `make dist` wrote.
func distDir(t *testing.T) string {
	t.Helper()
	d := os.Getenv("DIST_DIR")
	if d == "" {
		t.Fatal("DIST_DIR is not set: run make test-release")
	}
	return d
}

// cleanEnv is an environment with no Go, git or checkout settings in it: a
// user's shell on a machine with no source tree.
func cleanEnv(home string) []string {
	return []string{"HOME=" + home, "PATH=/usr/bin:/bin", "LANG=C.UTF-8", "NO_COLOR=1", "TMPDIR=" + home}
}

// runIn runs prog in dir with env and returns its output; a non-zero exit
// fails the test unless want says otherwise.
func runIn(t *testing.T, dir string, env []string, want int, prog string, args ...string) string {
	t.Helper()
	cmd := exec.Command(prog, args...)
	cmd.Dir, cmd.Env = dir, env
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	code := 0
	if ee, ok := err.(*exec.ExitError); ok {
		code = ee.ExitCode()
	} else if err != nil {
		t.Fatalf("%s %v: %v", prog, args, err)
	}
	if code != want {
		t.Fatalf("%s %v: exit %d, want %d\nstdout: %.1000s\nstderr: %.1000s", filepath.Base(prog), args, code, want, out.String(), errb.String())
	}
	return out.String() + errb.String()
}

// useGuide takes a template `exitguide init` wrote, fills in who and where
// (as a participant would) and answers it as the given person.
func useGuide(t *testing.T, dir, from, to, person string) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, from))
	if err != nil {
		t.Fatal(err)
	}
	s := strings.Replace(string(b), `locality: ""`, `locality: "Mestna občina Maribor"`, 1)
	s = strings.Replace(s, "organisations:\n  - \"\"", "organisations:\n  - \"Društvo Ključ\"", 1)
	s = strings.Replace(s, `assessed_by: ""`, `assessed_by: "`+person+`"`, 1)
	if err := os.WriteFile(filepath.Join(dir, to), []byte(s), 0o644); err != nil {
		t.Fatal(err)
	}
}

// useBinary runs the standalone checks with exe from an empty folder: init
// in Slovenian for Ključ, check on the result, compare two participants.
func useBinary(t *testing.T, exe string) {
	t.Helper()
	work := t.TempDir()
	env := cleanEnv(t.TempDir())
	runIn(t, work, env, 0, exe, "init", "--model", "kljuc", "--lang", "sl", "--out", "template.yaml", "--date", "2026-12-01")
	useGuide(t, work, "template.yaml", "ana.yaml", "Ana")
	useGuide(t, work, "template.yaml", "bojan.yaml", "Bojan")
	out := runIn(t, work, env, 0, exe, "check", "ana.yaml")
	if !strings.Contains(out, "Ključ") || !strings.Contains(out, "%") {
		t.Errorf("check gave no Slovenian result for Ključ:\n%.600s", out)
	}
	out = runIn(t, work, env, 0, exe, "compare", "ana.yaml", "bojan.yaml")
	if !strings.Contains(out, "Ana") || !strings.Contains(out, "Bojan") {
		t.Errorf("compare does not show both participants:\n%.600s", out)
	}
	out = runIn(t, work, env, 2, exe, "lint")
	if !strings.Contains(out, "needs a checkout") {
		t.Errorf("lint outside a checkout: %q", out)
	}
}

// TestDistArchives: SHA256SUMS verifies every archive (sha256sum -c); the
// Linux amd64 archive, unpacked into an empty folder, runs init, check and
// compare with no checkout anywhere and says which version it is; the
// binary holds no path of the machine it was built on.
func TestDistArchives(t *testing.T) {
	enabled(t)
	dist := distDir(t)
	sums, err := os.ReadFile(filepath.Join(dist, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		names = append(names, line[strings.LastIndex(line, " ")+1:])
	}
	for _, p := range []string{"linux-amd64.tar.gz", "linux-arm64.tar.gz", "darwin-amd64.tar.gz", "darwin-arm64.tar.gz", "windows-amd64.zip", "windows-arm64.zip"} {
		if !containsSuffix(names, p) {
			t.Errorf("SHA256SUMS lists no archive for %s: %v", p, names)
		}
	}
	if !containsPrefix(names, "exitguide-site-") {
		t.Errorf("SHA256SUMS lists no site archive: %v", names)
	}
	if _, err := exec.LookPath("sha256sum"); err == nil {
		out := runIn(t, dist, os.Environ(), 0, "sha256sum", "-c", "SHA256SUMS")
		if strings.Count(out, ": OK") != len(names) {
			t.Errorf("sha256sum -c:\n%s", out)
		}
	}
	if runtime.GOOS != "linux" || runtime.GOARCH != "amd64" {
		t.Skipf("the linux/amd64 binary does not run on %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	var archive string
	for _, n := range names {
		if strings.HasSuffix(n, "-linux-amd64.tar.gz") {
			archive = filepath.Join(dist, n)
		}
	}
	unpacked := t.TempDir()
	top := untarGz(t, archive, unpacked)
	exe := filepath.Join(unpacked, top, "exitguide")
	for _, f := range []string{"LICENSE", "LICENSE-content", "README.txt"} {
		if _, err := os.Stat(filepath.Join(unpacked, top, f)); err != nil {
			t.Errorf("the archive has no %s", f)
		}
	}
	useBinary(t, exe)
	version := strings.TrimSuffix(strings.TrimPrefix(top, "exitguide-"), "-linux-amd64")
	out := runIn(t, t.TempDir(), cleanEnv(t.TempDir()), 0, exe, "version")
	if !strings.HasPrefix(out, "exitguide "+version+"\ncommit ") || strings.Contains(out, "commit unknown") {
		t.Errorf("version of %s:\n%s", top, out)
	}
	bin, _ := os.ReadFile(exe)
	if repo := testutil.Root(t); bytes.Contains(bin, []byte(repo)) {
		t.Errorf("the binary holds the build path %s (-trimpath missing)", repo)
	}
}

// TestDistIsReproducible: scripts/dist run a second time on the same built
// site (SITE_DIR), into another folder, writes byte-identical archives and
// SHA256SUMS: the binaries (-trimpath, fixed build info) and the archive
// entries (times from SOURCE_DATE_EPOCH, fixed order and modes). That two
// builds of the site itself are byte-identical is tests/site's
// TestReproducibleBuild.
func TestDistIsReproducible(t *testing.T) {
	enabled(t)
	first := distDir(t)
	site := os.Getenv("SITE_DIR")
	if site == "" {
		t.Fatal("SITE_DIR is not set: run make test-release")
	}
	second := filepath.Join(t.TempDir(), "dist")
	cmd := exec.Command("go", "run", "./scripts/dist", "-site", site, "-out", second)
	cmd.Dir = testutil.Root(t)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/dist again: %v\n%s", err, out)
	}
	a, _ := filepath.Glob(filepath.Join(first, "*"))
	b, _ := filepath.Glob(filepath.Join(second, "*"))
	if len(a) != len(b) || len(a) < 8 {
		t.Fatalf("first make dist wrote %d files, the second %d", len(a), len(b))
	}
	for _, f := range a {
		want, _ := os.ReadFile(f)
		got, err := os.ReadFile(filepath.Join(second, filepath.Base(f)))
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s differs between two builds of one commit%s", filepath.Base(f), firstDifference(t, f, filepath.Join(second, filepath.Base(f))))
		}
	}
}

// firstDifference names the first archive entry whose bytes differ.
func firstDifference(t *testing.T, a, b string) string {
	if !strings.HasSuffix(a, ".zip") {
		return ""
	}
	ea, eb := zipEntries(t, a), zipEntries(t, b)
	for name, x := range ea {
		if !bytes.Equal(x, eb[name]) {
			return ": first at " + name
		}
	}
	return ": same contents, different archive bytes"
}

// TestGoInstall: `go install MODULE/cmd/exitguide@VERSION` works from a
// module proxy on disk that serves HEAD (a zip as `go mod download` makes
// them) and the module cache's copies of the dependencies, with no
// network; the installed binary runs init, check and compare from an empty
// folder and reports its version and commit.
func TestGoInstall(t *testing.T) {
	enabled(t)
	repo := testutil.Root(t)
	git := func(args ...string) string {
		cmd := exec.Command("git", args...)
		cmd.Dir = repo
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("git %v: %v", args, err)
		}
		return strings.TrimSpace(string(out))
	}
	commit := git("rev-parse", "HEAD")
	ct := git("log", "-1", "--format=%ct")
	var sec int64
	fmt.Sscan(ct, &sec)
	when := time.Unix(sec, 0).UTC()
	version := "v0.0.0-" + when.Format("20060102150405") + "-" + commit[:12]

	proxy := t.TempDir()
	dir := filepath.Join(proxy, module, "@v")
	os.MkdirAll(dir, 0o755)
	gomod := git("show", "HEAD:go.mod")
	os.WriteFile(filepath.Join(dir, "list"), []byte(version+"\n"), 0o644)
	os.WriteFile(filepath.Join(dir, version+".info"), []byte(fmt.Sprintf(`{"Version":%q,"Time":%q}`, version, when.Format(time.RFC3339))), 0o644)
	os.WriteFile(filepath.Join(dir, version+".mod"), []byte(gomod+"\n"), 0o644)
	moduleZip(t, repo, filepath.Join(dir, version+".zip"), module+"@"+version)

	modcache := filepath.Join(t.TempDir(), "modcache")
	goenv := func(k string) string {
		out, err := exec.Command("go", "env", k).Output()
		if err != nil {
			t.Fatal(err)
		}
		return strings.TrimSpace(string(out))
	}
	deps := filepath.Join(goenv("GOMODCACHE"), "cache", "download")
	bin := t.TempDir()
	cmd := exec.Command("go", "install", module+"/cmd/exitguide@"+version)
	cmd.Dir = t.TempDir()
	cmd.Env = append(os.Environ(),
		"GOPROXY=file://"+filepath.ToSlash(proxy)+",file://"+filepath.ToSlash(deps), // no network: no https proxy, no direct
		"GOSUMDB=off", "GOFLAGS=-mod=mod", "GOBIN="+bin, "GOMODCACHE="+modcache, "GOTOOLCHAIN=local", "GOWORK=off")
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("go install %s/cmd/exitguide@%s: %v\n%s", module, version, err, out)
	}
	// The module cache is read-only; let TempDir's clean-up remove it.
	defer exec.Command("chmod", "-R", "u+w", modcache).Run()
	exe := filepath.Join(bin, "exitguide")
	out := runIn(t, t.TempDir(), cleanEnv(t.TempDir()), 0, exe, "version")
	if !strings.HasPrefix(out, "exitguide "+version+"\ncommit "+commit[:12]) {
		t.Errorf("go install's exitguide version:\n%s", out)
	}
	useBinary(t, exe)
}

// moduleZip writes the module zip of HEAD: every file git tracks, under
// prefix, as `go mod download` serves it (no folder entries).
func moduleZip(t *testing.T, repo, dst, prefix string) {
	t.Helper()
	cmd := exec.Command("git", "archive", "--format=tar", "HEAD")
	cmd.Dir = repo
	tarball, err := cmd.Output()
	if err != nil {
		t.Fatalf("git archive: %v", err)
	}
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	tr := tar.NewReader(bytes.NewReader(tarball))
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		w, err := zw.Create(prefix + "/" + h.Name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.Copy(w, tr); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// untarGz unpacks a .tar.gz into dst and returns its top folder.
func untarGz(t *testing.T, archive, dst string) string {
	t.Helper()
	f, err := os.Open(archive)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(gz)
	top := ""
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Clean(h.Name)
		if strings.HasPrefix(name, "..") || filepath.IsAbs(name) {
			t.Fatalf("unsafe path in the archive: %s", h.Name)
		}
		if top == "" {
			top = strings.SplitN(filepath.ToSlash(name), "/", 2)[0]
		}
		p := filepath.Join(dst, name)
		switch h.Typeflag {
		case tar.TypeDir:
			os.MkdirAll(p, 0o755)
		case tar.TypeReg:
			os.MkdirAll(filepath.Dir(p), 0o755)
			b, err := io.ReadAll(tr)
			if err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, b, os.FileMode(h.Mode)&0o777); err != nil {
				t.Fatal(err)
			}
		}
	}
	return top
}

// zipEntries reads every file of a zip.
func zipEntries(t *testing.T, name string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(name)
	if err != nil {
		return nil
	}
	defer zr.Close()
	out := map[string][]byte{}
	for _, f := range zr.File {
		r, err := f.Open()
		if err != nil {
			continue
		}
		out[f.Name], _ = io.ReadAll(r)
		r.Close()
	}
	return out
}

func containsSuffix(list []string, s string) bool {
	for _, x := range list {
		if strings.HasSuffix(x, s) {
			return true
		}
	}
	return false
}

func containsPrefix(list []string, s string) bool {
	for _, x := range list {
		if strings.HasPrefix(x, s) {
			return true
		}
	}
	return false
}
