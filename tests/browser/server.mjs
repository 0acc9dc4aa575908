// A tiny static server for the built site (public/), for browser tests.
// Loopback only, a random free port, and the headers the real host must send:
// a strict Content-Security-Policy (default-src 'self', plus 'wasm-unsafe-eval'
// for Pagefind), no referrer, nosniff: securityHeaders below.
// A missing page gets the 404 page of its language (/da/... -> /da/404.html).
import http from "node:http";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
// SITE_DIR=other/folder tests another build (e.g. one not shared with a
// concurrent `make site`).
export const defaultRoot = path.resolve(process.env.SITE_DIR || path.join(here, "../../public"));

const types = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".pdf": "application/pdf",
  ".wasm": "application/wasm",
  ".pagefind": "application/octet-stream",
  ".pf_meta": "application/octet-stream",
  ".pf_index": "application/octet-stream",
  ".pf_fragment": "application/octet-stream",
  ".txt": "text/plain; charset=utf-8",
};

// The headers the real host must send. Keep this object as it is, one
// "Header": "value" per line: it must equal SecurityHeaders in
// internal/cli/serve.go (the one source of truth), and TestDeployedHeaders
// (go test ./internal/cli) reads it from here to check that.
// The policy every page lives with is default-src 'self'; only Pagefind (the
// search page) needs one addition: it compiles its WebAssembly at run time,
// which CSP allows with 'wasm-unsafe-eval' on script-src.
export const securityHeaders = {
  "Content-Security-Policy": "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
  "Referrer-Policy": "no-referrer",
  "X-Content-Type-Options": "nosniff",
  "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
  "Cross-Origin-Opener-Policy": "same-origin",
};

export const CSP_STRICT = "default-src 'self'";
export const CSP = securityHeaders["Content-Security-Policy"];

async function readFileIn(root, urlPath) {
  let rel = decodeURIComponent(urlPath.split("?")[0].split("#")[0]);
  if (rel.endsWith("/")) rel += "index.html";
  const file = path.resolve(root, "." + rel);
  if (file !== root && !file.startsWith(root + path.sep)) return null; // no escaping public/
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) return { redirect: urlPath.split("?")[0] + "/" };
    return { file, body: await fs.readFile(file) };
  } catch {
    return null;
  }
}

/** Starts the server; resolves to { url, port, close() }. options.csp replaces the policy. */
export async function serve(root = defaultRoot, { csp = CSP } = {}) {
  root = path.resolve(root);
  const headers0 = { ...securityHeaders, "Content-Security-Policy": csp };
  const server = http.createServer(async (req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { ...headers0, "Cache-Control": "no-store", ...headers });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (req.method !== "GET" && req.method !== "HEAD") return send(405, { Allow: "GET, HEAD" }, "");
    const found = await readFileIn(root, req.url);
    if (found?.redirect) return send(301, { Location: found.redirect }, "");
    if (found) {
      const type = types[path.extname(found.file)] || "application/octet-stream";
      return send(200, { "Content-Type": type }, found.body);
    }
    const lang = (req.url.match(/^\/([a-z]{2,3})\//) || [])[1];
    const notFound = (lang && (await readFileIn(root, `/${lang}/404.html`))) || (await readFileIn(root, "/en/404.html"));
    return send(404, { "Content-Type": "text/html; charset=utf-8" }, notFound ? notFound.body : "Not found");
  });
  await new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address();
  return {
    port,
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

// `node tests/browser/server.mjs [dir]` serves a build for looking at by hand.
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const s = await serve(process.argv[2] || defaultRoot);
  console.log(`serving ${process.argv[2] || defaultRoot} at ${s.url}/en/ (Ctrl-C to stop)`);
}
