// The group compare page: a trainer adds several participants' self-check
// files (file input, or dropped on the box) and sees the comparison of
// `exitguide compare --group` (compare.js), with the draft consensus and
// the comparison to download. Every file is read here, through the
// self-check's reader (proposal.js: decode, parse, validate), so a broken
// file shows its problems with their lines and the others still compare.
// Nothing is sent anywhere and nothing is kept: closing the page forgets
// the files.
import { makeGuide, score } from "./score.js";
import { parse, decode, validate, fromDoc, lineOf } from "./proposal.js";
import { h, put, fill, withCode } from "./dom.js";
import { errorUI } from "./errors.js";
import { saveFile } from "./download.js";
import * as cmp from "./compare.js";

/** Starts the page in root with the self-check's data file. */
export function start(root, data) {
  const S = data.strings;
  const t = (k, args) => fill(S[k] ?? k, args);
  const w = { lang: data.lang, t };
  const fmt = { ...(data.language || {}), direction: data.dir || document.documentElement.dir || "ltr" };
  const g = makeGuide(data);
  const schema = data.schema || "schemas/proposal.schema.json";
  // Each file added: {key, name, problems: [text], input: {file, proposal, result} | null, doc}.
  let files = [];
  let next = 1;

  const status = h("p", { class: "sc-status", role: "status" });
  const summary = h("div", { class: "sc-error-summary", tabindex: "-1", hidden: true });
  const errors = errorUI(root, summary, t);
  const fileInput = h("input", { type: "file", id: "gc-files", class: "sc-file", multiple: true, accept: ".yaml,.yml,.json,application/json,application/yaml,text/yaml", "aria-describedby": "gc-files-hint" });
  fileInput.addEventListener("change", () => {
    add([...fileInput.files]);
    fileInput.value = "";
  });
  const drop = h(
    "div",
    { class: "gc-drop", id: "gc-drop" },
    h("div", { class: "sc-field" }, h("label", { for: "gc-files", text: t("groupcompare_files_label") }), h("p", { class: "sc-hint", id: "gc-files-hint", text: t("groupcompare_files_hint") }), fileInput),
    h("p", { class: "gc-drop-text", "aria-hidden": "true", text: t("groupcompare_drop") }),
  );
  for (const ev of ["dragenter", "dragover"]) {
    drop.addEventListener(ev, (e) => {
      e.preventDefault();
      drop.classList.add("gc-drop-over");
    });
  }
  drop.addEventListener("dragleave", () => drop.classList.remove("gc-drop-over"));
  drop.addEventListener("drop", (e) => {
    e.preventDefault();
    drop.classList.remove("gc-drop-over");
    add([...(e.dataTransfer?.files || [])]);
  });
  const evidenceBox = h("input", { type: "checkbox", id: "gc-require-evidence", class: "sc-check", "aria-describedby": "gc-require-evidence-hint" });
  evidenceBox.addEventListener("change", () => {
    // Every file is scored again as compare --require-evidence scores it.
    for (const f of files) if (f.input) f.input.result = score(g, f.input.proposal, { requireEvidence: evidenceBox.checked });
    render();
  });
  // The mode: inferred from the dates (compare without a flag), or asked for.
  const modes = [["auto", "groupcompare_mode_auto"], [cmp.MODE_GROUP, "groupcompare_mode_group"], [cmp.MODE_PROGRESS, "groupcompare_mode_progress"]];
  const modeBox = h(
    "fieldset",
    { class: "sc-fieldset" },
    h("legend", { class: "sc-legend", text: t("groupcompare_mode_legend") }),
    h(
      "div",
      { class: "sc-radios" },
      modes.map(([v, k]) =>
        h("div", { class: "sc-radio" }, h("input", { type: "radio", name: "gc-mode", id: "gc-mode-" + v, value: v, checked: v === "auto", onchange: () => render() }), h("label", { for: "gc-mode-" + v, text: t(k) })),
      ),
    ),
  );
  const listBox = h("section", { class: "gc-files", "aria-labelledby": "gc-files-h", hidden: true });
  const result = h("section", { class: "gc-result", id: "gc-result", "aria-live": "off" });

  put(
    root,
    h("section", { class: "sc-privacy", "aria-labelledby": "gc-privacy-h" }, h("h2", { id: "gc-privacy-h", text: t("selfcheck_privacy_heading") }), h("p", { text: t("groupcompare_privacy") })),
    summary,
    status,
    drop,
    h(
      "div",
      { class: "sc-field sc-field-check" },
      evidenceBox,
      h("label", { for: "gc-require-evidence", text: t("selfcheck_require_evidence_label") }),
      h("p", { class: "sc-hint", id: "gc-require-evidence-hint" }, withCode(t("selfcheck_require_evidence_hint"))),
    ),
    modeBox,
    listBox,
    result,
  );
  root.dataset.ready = "";

  /** Reads files (in the order given: the order of the comparison's columns). */
  function add(list) {
    if (!list.length) return;
    Promise.all(list.map((f) => f.arrayBuffer().then((buf) => read(f.name, buf)))).then((read) => {
      files = files.concat(read);
      const bad = read.filter((f) => !f.input);
      status.textContent = t("groupcompare_read", { n: files.length, ok: files.filter((f) => f.input).length });
      render();
      if (bad.length) showProblems(bad);
      else errors.clear();
      root.dataset.files = String(files.length); // read (for the tests)
    });
  }

  /** One file through the self-check's reader: its input, or its problems with their lines. */
  function read(name, buf) {
    const key = "gc-f" + next++;
    const dec = decode(buf);
    const text = dec.text || "";
    const { doc, problems: pp } = dec.problems ? dec : parse(text);
    const problems = pp || validate(g, doc, data.languages);
    if (problems.length) {
      const items = problems.slice(0, 50).map((p) => {
        const line = p.line || lineOf(text, p.pointer, p.at === "key");
        const k = "msg_" + p.key.replace(/[.-]/g, "_");
        const msg = fill(S[k] || p.key, p.args);
        const fixT = S[k + "_fix"] ? fill(S[k + "_fix"], p.args).trim() : "";
        const fix = /\{\w+\}/.test(fixT) ? "" : fixT;
        return (line ? t("selfcheck_line", { n: line }) + ": " : "") + msg + (fix ? ` (${fix})` : "");
      });
      return { key, name, problems: items, input: null };
    }
    const p = fromDoc(doc);
    return { key, name, problems: [], input: { file: name, proposal: p, result: score(g, p, { requireEvidence: evidenceBox.checked }) } };
  }

  function showProblems(bad) {
    errors.show(bad.flatMap((f) => f.problems.map((p) => ({ text: `${f.name}: ${p}`, target: f.key + "-state" }))));
  }

  function remove(f) {
    const i = files.indexOf(f);
    files = files.filter((x) => x !== f);
    status.textContent = t("groupcompare_removed", { file: f.name });
    errors.clear();
    render();
    // The focus goes to the next file's button, else the file field.
    const el = document.getElementById((files[i] || files[i - 1])?.key + "-remove") || fileInput;
    el.focus();
  }

  function renderList() {
    listBox.hidden = files.length === 0;
    if (!files.length) return put(listBox);
    const head = ["#", t("compare_file"), t("compare_participant"), t("compare_date"), t("groupcompare_col_state"), ""];
    put(
      listBox,
      h("h2", { id: "gc-files-h", text: t("groupcompare_files_heading") }),
      h(
        "table",
        { class: "sc-table gc-file-table" },
        h("thead", {}, h("tr", {}, head.map((x) => h("th", { scope: "col", text: x })))),
        h(
          "tbody",
          {},
          files.map((f, i) =>
            h(
              "tr",
              { class: f.input ? "" : "gc-bad" },
              h("td", { class: "num", text: String(i + 1) }),
              h("td", {}, h("span", { class: "id", text: f.name })),
              h("td", { text: f.input ? f.input.proposal.assessed_by : "" }),
              h("td", { text: f.input ? f.input.proposal.date : "" }),
              h(
                "td",
                { id: f.key + "-state", tabindex: "-1" },
                f.input ? t("groupcompare_state_ok") : h("strong", { class: "gc-bad-text", text: t("groupcompare_state_bad", { n: f.problems.length }) }),
                f.input ? null : h("ul", { class: "gc-problems" }, f.problems.map((p) => h("li", { text: p }))),
              ),
              h("td", {}, h("button", { type: "button", class: "sc-button sc-button-secondary gc-remove", id: f.key + "-remove", "aria-label": `${t("groupcompare_remove")}: ${f.name}`, onclick: () => remove(f), text: t("groupcompare_remove") })),
            ),
          ),
        ),
      ),
      h("button", {
        type: "button",
        class: "sc-button sc-button-secondary",
        id: "gc-clear",
        onclick: () => {
          files = [];
          errors.clear();
          render();
          fileInput.focus();
        },
        text: t("groupcompare_clear"),
      }),
    );
  }

  function render() {
    renderList();
    const ins = files.filter((f) => f.input).map((f) => f.input);
    if (ins.length < 2) return put(result, files.length ? h("p", { class: "gc-need", text: t("groupcompare_need_two") }) : null);
    const models = cmp.mismatch(ins).find((d) => d.what === "models");
    if (models) {
      const list = ins.map((i, k) => `${i.file}: ${models.values[k]}`).join("; ");
      return put(result, h("p", { class: "gc-need gc-bad-text", text: t("groupcompare_models_differ", { models: list }) }));
    }
    const asked = modeBox.querySelector("input:checked")?.value || "auto";
    let { mode, why } = cmp.infer(ins);
    if (asked !== "auto") [mode, why] = [asked, ""];
    const save = (name, text, type) => (status.textContent = t("groupcompare_downloaded", { file: saveFile(name, text, type) }));
    // The file's links lead to the guide where this page is served
    // (compare --base-url).
    const base = location.protocol === "file:" ? "" : location.origin;
    const show = (view, ...buttons) => {
      const tpl = document.createElement("template");
      tpl.innerHTML = `<h2 id="gc-title">${cmp.esc(view.title)}</h2>` + cmp.blocksHTML(view, 3);
      put(
        result,
        h("div", { class: "gc-actions" }, ...buttons, h("button", { type: "button", class: "sc-button sc-button-secondary", id: "gc-print", onclick: () => window.print(), text: t("print_button") })),
        h("div", { class: "gc-view", "aria-labelledby": "gc-title", role: "region" }, tpl.content),
      );
    };
    if (mode === cmp.MODE_PROGRESS) {
      // Dated self-checks of one project (compare --progress): the scores
      // as scored (with require-evidence when it is ticked).
      const pr = cmp.buildProgress(g, ins, w);
      pr.notes = cmp.notes(w, ins, why);
      const f = pr.inputs[0].proposal;
      const name = cmp.fileBase("progress", f.locality, f.date, pr.inputs[pr.inputs.length - 1].proposal.date) + ".html";
      return show(
        cmp.progressDoc(g, pr, w, fmt, ""),
        h("button", { type: "button", class: "sc-button", id: "gc-download-report", onclick: () => save(name, cmp.writeHTML(cmp.progressDoc(g, pr, w, fmt, base)), "text/html"), text: t("groupcompare_download_report") }),
      );
    }
    const gr = cmp.buildGroup(g, ins, w, { requireEvidence: evidenceBox.checked });
    gr.notes = cmp.notes(w, ins, why);
    const consName = cmp.fileBase("consensus", gr.consensus.locality, gr.consensus.date) + ".yaml";
    const reportName = cmp.fileBase("compare", gr.consensus.locality, gr.consensus.date) + ".html";
    show(
      cmp.groupDoc(g, gr, w, fmt, ""),
      h("button", { type: "button", class: "sc-button", id: "gc-download-consensus", onclick: () => save(consName, cmp.writeConsensus(g, gr, w, schema), "application/yaml"), text: t("groupcompare_download_consensus") }),
      h("button", { type: "button", class: "sc-button sc-button-secondary", id: "gc-download-report", onclick: () => save(reportName, cmp.writeHTML(cmp.groupDoc(g, gr, w, fmt, base)), "text/html"), text: t("groupcompare_download_report") }),
    );
  }
}
