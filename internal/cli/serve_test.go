package cli

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// deployOnly are headers a real deployment adds on top of SecurityHeaders:
// HSTS means something only over HTTPS, and caching is the host's business.
var deployOnly = map[string]bool{"Strict-Transport-Security": true, "Cache-Control": true}

func readRepoFile(t *testing.T, rel string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(repoRoot, rel))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkHeaders compares the headers a deployment file sets with
// SecurityHeaders: every one there, with exactly its value, and nothing else
// but deployOnly headers.
func checkHeaders(t *testing.T, file string, got map[string]string) {
	t.Helper()
	for k, want := range SecurityHeaders {
		v, ok := got[k]
		switch {
		case !ok:
			t.Errorf("%s does not set %s (want %q)", file, k, want)
		case v != want:
			t.Errorf("%s sets %s to\n  %q\nwant (internal/cli/serve.go)\n  %q", file, k, v, want)
		}
	}
	for k := range got {
		if _, ok := SecurityHeaders[k]; !ok && !deployOnly[k] {
			t.Errorf("%s sets %s, which SecurityHeaders in internal/cli/serve.go does not have: add it there or remove it", file, k)
		}
	}
}

// TestDeployedHeaders: deploy/nginx.conf, deploy/_headers, the Apache
// snippet in deploy/README.md, the browser tests' server and the privacy
// pages carry exactly the headers exitguide serve sends.
func TestDeployedHeaders(t *testing.T) {
	t.Run("nginx.conf", func(t *testing.T) {
		src := readRepoFile(t, "deploy/nginx.conf")
		re := regexp.MustCompile(`(?m)^\s*add_header\s+(\S+)\s+("([^"]*)"|\S+)(\s+always)?\s*;`)
		got := map[string]string{}
		for _, m := range re.FindAllStringSubmatch(src, -1) {
			v := m[3]
			if !strings.HasPrefix(m[2], `"`) {
				v = m[2]
			}
			if _, dup := got[m[1]]; dup {
				t.Errorf("add_header %s appears twice", m[1])
			}
			got[m[1]] = v
			if m[4] == "" {
				t.Errorf("add_header %s lacks `always` (404 pages and redirects would go without it)", m[1])
			}
		}
		if n := len(regexp.MustCompile(`(?m)^\s*add_header\s`).FindAllString(src, -1)); n != len(got) {
			t.Errorf("%d add_header lines, %d understood by this test", n, len(got))
		}
		checkHeaders(t, "deploy/nginx.conf", got)
	})
	t.Run("_headers", func(t *testing.T) {
		got := map[string]string{}
		in := false
		for _, l := range strings.Split(readRepoFile(t, "deploy/_headers"), "\n") {
			switch {
			case strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "":
			case !strings.HasPrefix(l, " "):
				in = l == "/*"
			case in:
				k, v, ok := strings.Cut(strings.TrimSpace(l), ": ")
				if !ok {
					t.Errorf("cannot read %q", l)
				}
				got[k] = v
			}
		}
		checkHeaders(t, "deploy/_headers", got)
	})
	t.Run("README.md apache", func(t *testing.T) {
		re := regexp.MustCompile(`(?m)^Header always set (\S+) "([^"]*)"$`)
		got := map[string]string{}
		for _, m := range re.FindAllStringSubmatch(readRepoFile(t, "deploy/README.md"), -1) {
			got[m[1]] = m[2]
		}
		checkHeaders(t, "the .htaccess snippet in deploy/README.md", got)
	})
	t.Run("server.mjs", func(t *testing.T) {
		src := readRepoFile(t, "tests/browser/server.mjs")
		start := strings.Index(src, "export const securityHeaders = {")
		end := strings.Index(src[max(start, 0):], "\n};")
		if start < 0 || end < 0 {
			t.Fatal("tests/browser/server.mjs has no `export const securityHeaders = {` ... `};` block")
		}
		re := regexp.MustCompile(`^\s*"([^"]+)":\s*"([^"]*)",?$`)
		got := map[string]string{}
		for _, l := range strings.Split(src[start:start+end], "\n")[1:] {
			m := re.FindStringSubmatch(l)
			if m == nil {
				t.Errorf("server.mjs: cannot read %q (keep one \"Header\": \"value\" per line)", l)
				continue
			}
			got[m[1]] = m[2]
		}
		checkHeaders(t, "tests/browser/server.mjs", got)
		for k := range got {
			if deployOnly[k] {
				t.Errorf("server.mjs sets %s, which the local server should not", k)
			}
		}
	})
	t.Run("privacy pages", func(t *testing.T) {
		files, _ := filepath.Glob(filepath.Join(repoRoot, "content/*/privacy.md"))
		if len(files) == 0 {
			t.Fatal("no content/*/privacy.md")
		}
		re := regexp.MustCompile("`([A-Z][A-Za-z-]+): ([^`]*)`")
		for _, f := range files {
			b, _ := os.ReadFile(f)
			rel, _ := filepath.Rel(repoRoot, f)
			for _, m := range re.FindAllStringSubmatch(string(b), -1) {
				if want, ok := SecurityHeaders[m[1]]; ok {
					if m[2] != want {
						t.Errorf("%s names %s as\n  %q\nwant\n  %q", rel, m[1], m[2], want)
					}
				}
			}
			if !strings.Contains(string(b), "`Content-Security-Policy: "+CSP+"`") {
				t.Errorf("%s does not state the policy %q", rel, CSP)
			}
		}
	})
}

// TestServeHeaders: every response of exitguide serve, 404 included,
// carries SecurityHeaders.
func TestServeHeaders(t *testing.T) {
	dir := t.TempDir()
	os.MkdirAll(filepath.Join(dir, "en"), 0o755)
	os.MkdirAll(filepath.Join(dir, "da"), 0o755)
	os.WriteFile(filepath.Join(dir, "en", "index.html"), []byte("<p>home</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "en", "404.html"), []byte("<p>en 404</p>"), 0o644)
	os.WriteFile(filepath.Join(dir, "da", "404.html"), []byte("<p>da 404</p>"), 0o644)
	srv := httptest.NewServer(withHeaders(siteFS{dir}))
	defer srv.Close()
	for path, want := range map[string]int{"/en/": 200, "/da/missing": 404, "/xx": 404} {
		res, err := http.Get(srv.URL + path)
		if err != nil {
			t.Fatal(err)
		}
		res.Body.Close()
		if res.StatusCode != want {
			t.Errorf("%s: status %d, want %d", path, res.StatusCode, want)
		}
		for k, v := range SecurityHeaders {
			if got := res.Header.Get(k); got != v {
				t.Errorf("%s: %s = %q, want %q", path, k, got, v)
			}
		}
	}
}

// TestPreferredLanguage: the root address sends a reader to the language
// their browser asks for, where the site has it.
func TestPreferredLanguage(t *testing.T) {
	have := []string{"da", "en", "he", "sl"}
	for _, c := range []struct{ header, want string }{
		{"", "en"},
		{"da", "da"},
		{"da-DK,da;q=0.9,en-US;q=0.8,en;q=0.7", "da"},
		{"sv-SE, nb;q=0.9, da;q=0.5, en;q=0.4", "da"},
		{"en-GB,en;q=0.9,he;q=0.8", "en"},
		{"he-IL;q=0.9, sl;q=1", "sl"},
		{"SL-si", "sl"},
		{"fr, de;q=0.8", "en"},
		{"*", "en"},
		{"he;q=0, da;q=0.1", "da"},
		{"he;q=abc, sl;q=0.2", "sl"},
		{"da;q=0.5, sl;q=0.5", "da"},
		{";;,,q=1", "en"},
	} {
		if got := PreferredLanguage(c.header, have, "en"); got != c.want {
			t.Errorf("PreferredLanguage(%q) = %q, want %q", c.header, got, c.want)
		}
	}
}
