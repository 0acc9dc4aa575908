package cli

import (
	"errors"
	"flag"
	"fmt"
	"net"
	"net/http"
	"os"
	"path/filepath"
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
				mux.HandleFunc("/{$}", func(w http.ResponseWriter, r *http.Request) {
					http.Redirect(w, r, "/"+guide.SourceLang+"/", http.StatusFound)
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
