package cli

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/exitguide/exitguide/internal/guide"
)

// SecurityHeaders are the headers the site is built to work under. This map
// is the one source of truth: deploy/nginx.conf, deploy/_headers,
// tests/browser/server.mjs and the privacy pages (content/LANG/privacy.md)
// carry exactly these values, which TestDeployedHeaders checks.
//
// The policy is default-src 'self' (nothing from any other host) with one
// addition: Pagefind, the search, compiles WebAssembly, which needs
// 'wasm-unsafe-eval' in script-src (it allows no JavaScript eval). The
// other directives do not fall back to default-src and close the rest:
// plugins, form targets, framing by other sites, <base> rewriting.
var SecurityHeaders = map[string]string{
	"Content-Security-Policy":    CSP,
	"Referrer-Policy":            "no-referrer",
	"X-Content-Type-Options":     "nosniff",
	"Permissions-Policy":         "camera=(), microphone=(), geolocation=()",
	"Cross-Origin-Opener-Policy": "same-origin",
}

// CSP is the Content-Security-Policy of SecurityHeaders.
const CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"

// builtLanguages lists the languages of a built site: the folders of dir
// that hold an index.html.
func builtLanguages(dir string) []string {
	var langs []string
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		if e.IsDir() && fileExists(filepath.Join(dir, e.Name(), "index.html")) {
			langs = append(langs, e.Name())
		}
	}
	return langs
}

// PreferredLanguage picks, from the languages a site has, the one an
// Accept-Language header (RFC 9110: "da, en-GB;q=0.8, *;q=0.1") asks for
// most: the highest q first, then the header's order; a tag matches a
// language by its primary subtag (en-GB finds en), case-insensitively; q=0
// refuses. With no match it returns fallback.
func PreferredLanguage(header string, have []string, fallback string) string {
	best, bestQ := fallback, 0.0
	for _, part := range strings.Split(header, ",") {
		tag, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		q := 1.0
		for _, p := range strings.Split(params, ";") {
			k, v, ok := strings.Cut(strings.TrimSpace(p), "=")
			if ok && strings.EqualFold(strings.TrimSpace(k), "q") {
				if f, err := strconv.ParseFloat(strings.TrimSpace(v), 64); err == nil && f >= 0 && f <= 1 {
					q = f
				} else {
					q = 0 // a q we cannot read counts as no preference
				}
			}
		}
		primary, _, _ := strings.Cut(strings.TrimSpace(tag), "-")
		if q <= bestQ || primary == "" || primary == "*" {
			continue
		}
		for _, l := range have {
			if strings.EqualFold(l, primary) {
				best, bestQ = l, q
				break
			}
		}
	}
	return best
}

// withHeaders adds SecurityHeaders to every response.
func withHeaders(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		for k, v := range SecurityHeaders {
			w.Header().Set(k, v)
		}
		h.ServeHTTP(w, r)
	})
}

// siteFS serves the files of the built site, and the language's 404
// page for a missing file.
type siteFS struct{ dir string }

func (s siteFS) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	p := filepath.Join(s.dir, filepath.FromSlash(filepath.Clean("/"+r.URL.Path)))
	if st, err := os.Stat(p); err == nil && (!st.IsDir() || fileExists(filepath.Join(p, "index.html"))) {
		http.FileServer(http.Dir(s.dir)).ServeHTTP(w, r)
		return
	}
	lang := guide.SourceLang
	if parts := splitPath(r.URL.Path); len(parts) > 0 && fileExists(filepath.Join(s.dir, parts[0], "404.html")) {
		lang = parts[0]
	}
	b, err := os.ReadFile(filepath.Join(s.dir, lang, "404.html"))
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.WriteHeader(http.StatusNotFound)
	w.Write(b)
}

func splitPath(p string) []string {
	return strings.FieldsFunc(p, func(r rune) bool { return r == '/' })
}

func fileExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// serveCommand is `exitguide serve`.
func serveCommand() *Command {
	return &Command{
		Name:    "serve",
		Usage:   "[--dir public] [--addr localhost:1313]",
		Summary: "serve the built site locally, with the security headers it is deployed with",
		Help: `Serve serves the built site (make site writes it to public/) on this machine
only, with the security headers a council's web server should send (see
deploy/README.md): Content-Security-Policy default-src 'self' (plus
'wasm-unsafe-eval' for the search), Referrer-Policy: no-referrer,
X-Content-Type-Options: nosniff. Stop it with Ctrl-C.`,
		Flags: func(fs *flag.FlagSet) func(*Env, []string) int {
			dir := fs.String("dir", "public", "the built site")
			addr := fs.String("addr", "localhost:1313", "address to listen on (keep it on this machine)")
			return func(env *Env, args []string) int {
				if len(args) > 0 {
					fmt.Fprintf(env.Stderr, "exitguide serve: takes no file arguments (got %q); it serves the folder --dir\n", args[0])
					return ExitInput
				}
				if !fileExists(filepath.Join(*dir, guide.SourceLang, "index.html")) {
					fmt.Fprintf(env.Stderr, "exitguide serve: %s has no built site (no %s/index.html)\n    fix: run `make site` first\n", *dir, guide.SourceLang)
					return ExitInput
				}
				ln, err := net.Listen("tcp", *addr)
				if err != nil {
					fmt.Fprintf(env.Stderr, "exitguide serve: cannot listen on %s: %v\n    fix: stop what is using the port, or pass --addr localhost:PORT\n", *addr, err)
					return ExitInput
				}
				fmt.Fprintf(env.Stdout, "Serving %s at http://%s/%s/ (Ctrl-C to stop)\n", *dir, ln.Addr(), guide.SourceLang)
				mux := http.NewServeMux()
				mux.Handle("/", withHeaders(siteFS{*dir}))
				langs := builtLanguages(*dir)
				mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
					// The reader's language where the site has it; the
					// answer depends on that header, so caches must know.
					w.Header().Set("Vary", "Accept-Language")
					http.Redirect(w, r, "/"+PreferredLanguage(r.Header.Get("Accept-Language"), langs, guide.SourceLang)+"/", http.StatusFound)
				})
				if err := http.Serve(ln, mux); err != nil && !errors.Is(err, http.ErrServerClosed) {
					fmt.Fprintln(env.Stderr, "exitguide serve:", err)
					return ExitInput
				}
				return ExitOK
			}
		},
	}
}
