// Small DOM and text helpers the self-check's modules share. Text is always
// set as text, never parsed as HTML.

/** An element: h("tag", {attr, text, on*: handler}, ...children); null and false children are left out. */
export function h(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v == null || v === false) continue;
    if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (k === "text") e.textContent = v;
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const k of kids.flat(Infinity)) if (k != null && k !== false) e.append(k);
  return e;
}

/**
 * A catalogue text with its `code` spans as <code> elements (left to right
 * and isolated by the style sheet, so a command keeps its order in Hebrew);
 * the rest stays text. Returns the nodes to append.
 */
export const withCode = (s) =>
  String(s)
    .split("`")
    .map((part, i) => (i % 2 ? h("code", { text: part }) : part))
    .filter((n) => n !== "");

/**
 * Starts a page that works from one fingerprinted JSON data file: once the
 * document is ready, fetches the file named by the root element's data-src
 * (integrity checked, same origin) and calls start(root, data). If it cannot
 * be read, the page's loading line (.sc-loading), where it has one, says
 * data-failed. Nothing is requested after that.
 */
export function bootWithData(rootId, start) {
  function boot() {
    const root = document.getElementById(rootId);
    if (!root) return;
    fetch(root.dataset.src, { integrity: root.dataset.integrity, credentials: "same-origin" })
      .then((res) => {
        if (!res.ok) throw new Error(res.status);
        return res.json();
      })
      .then((data) => start(root, data))
      .catch(() => {
        const p = root.querySelector(".sc-loading");
        if (p) p.textContent = root.dataset.failed;
      });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", boot);
  else boot();
}

/** Replaces an element's children; lists are flattened, null and false left out. */
export const put = (el, ...kids) => el.replaceChildren(...kids.flat(2).filter((k) => k != null && k !== false));

/** Markdown of the guide as plain text: links keep their words, markers go. */
export const plain = (s) =>
  String(s || "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();

/** Fills a catalogue text's named {placeholders}; unknown names stay as written. */
export const fill = (s, args) => String(s).replace(/\{(\w+)\}/g, (m, k) => (args && args[k] != null ? args[k] : m));

/** The id of a criterion's fieldset (and the prefix of its fields' ids). */
export const cssId = (id) => "c-" + id.replace(/[^A-Za-z0-9_-]/g, "_");

/** Today in the browser's time zone, YYYY-MM-DD. */
export function today(d = new Date()) {
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
}

/** The catalogue key of a status's name: status_ and the id with "-" written "_" (as Go's report_status_). */
export const statusKey = (s) => "status_" + s.replace(/-/g, "_");
