// The self-check page: choose a model, answer its criteria by domain (a
// task list with a status per domain), see the result (the numbers of
// `exitguide check`), save and open the answers as a file. Everything
// happens here, in the browser: after the criteria have loaded the page
// makes no request. The answers in progress are kept as a draft in this
// browser (drafts.js) unless the user turns that off; then the page warns
// before it is left with answers not saved to a file.
//
// The parts: form.js (the form and the proposal it makes), report.js (the
// report's contents, as `exitguide check` has them), result.js (the report
// as elements), export.js (the report and the action plan as files),
// errors.js (error summary and messages), drafts.js (the draft), dates.js
// (date fields), download.js (saving a file), dom.js (helpers).
import { makeGuide, score, criteriaFor } from "./score.js";
import { parse, decode, validate, fromDoc, toYAML, lineOf, validDate } from "./proposal.js";
import { h, put, fill, today, withCode } from "./dom.js";
import { openDrafts, modelKey } from "./drafts.js";
import { errorUI } from "./errors.js";
import { buildForm, proposalDoc, formErrors } from "./form.js";
import { reportView } from "./report.js";
import { reportNodes } from "./result.js";
import { planMarkdown, planCSV, reportHTML } from "./export.js";
import { saveFile, namePart } from "./download.js";

const blank = () => ({ models: [], locality: "", organisations: "", assessed_by: "", date: today(), answers: {}, requireEvidence: false });
const answeredCount = (st) => Object.values(st.answers || {}).filter((a) => a && a.status).length;

/** Starts the page in root with the page's data file (criteria, words, the language's facts). */
export function start(root, data) {
  const S = data.strings;
  const t = (k, args) => fill(S[k] ?? k, args);
  const numbers = data.language || {};
  const g = makeGuide(data);
  const drafts = openDrafts();
  // ctx is what the parts share: the words, the guide, the language, the state.
  const ctx = { t, g, data, lang: data.lang, locale: numbers.locale || data.lang, numbers, state: blank(), changed };
  // Answers changed since they were last kept (in a draft or a file).
  let dirty = false;
  let form = null;

  function changed() {
    dirty = !drafts.save(ctx.state);
    form?.update();
    hideUndo();
  }
  window.addEventListener("beforeunload", (e) => {
    if (!dirty || answeredCount(ctx.state) === 0) return;
    e.preventDefault();
    e.returnValue = "";
  });

  // ── The frame: privacy box, error summary, live status, three views ──
  const status = h("p", { class: "sc-status", role: "status" });
  const summary = h("div", { class: "sc-error-summary", tabindex: "-1", hidden: true });
  const errors = errorUI(root, summary, t);
  const rememberBox = h("input", { type: "checkbox", id: "sc-remember", class: "sc-check", "aria-describedby": "sc-remember-hint", disabled: !drafts.available });
  rememberBox.checked = drafts.enabled;
  rememberBox.addEventListener("change", () => {
    drafts.setEnabled(rememberBox.checked);
    if (rememberBox.checked) dirty = !drafts.save(ctx.state);
    else dirty = answeredCount(ctx.state) > 0;
    status.textContent = t(rememberBox.checked ? "selfcheck_remember_on" : "selfcheck_remember_off");
  });
  const deleteButton = h("button", { type: "button", class: "sc-button sc-button-warning", id: "sc-delete", "aria-haspopup": "dialog", onclick: askDelete, text: t("selfcheck_delete_button") });
  const undoButton = h("button", { type: "button", class: "sc-button sc-button-secondary", id: "sc-undo", onclick: undo, text: t("selfcheck_undo") });
  const undoBox = h("div", { class: "sc-undo", hidden: true }, h("p", { id: "sc-undo-text", text: t("selfcheck_deleted") }), undoButton);
  undoButton.setAttribute("aria-describedby", "sc-undo-text");
  const privacy = h(
    "section",
    { class: "sc-privacy", "aria-labelledby": "sc-privacy-h" },
    h("h2", { id: "sc-privacy-h", text: t("selfcheck_privacy_heading") }),
    h("p", { text: t("selfcheck_privacy") }),
    h("div", { class: "sc-field sc-field-check" }, rememberBox, h("label", { for: "sc-remember", text: t("selfcheck_remember_label") }), h("p", { class: "sc-hint", id: "sc-remember-hint", text: t("selfcheck_remember_hint") })),
    deleteButton,
    undoBox,
  );

  // "Delete my answers" asks first, in a modal dialog (focus moves into it,
  // Escape or "Cancel" closes it), and can be undone until the page is left.
  const confirmYes = h("button", { type: "button", class: "sc-button sc-button-warning", id: "sc-delete-yes", text: t("selfcheck_delete_yes") });
  const confirmNo = h("button", { type: "button", class: "sc-button sc-button-secondary", id: "sc-delete-no", autofocus: true, text: t("selfcheck_delete_no") });
  const dialog = h(
    "dialog",
    { class: "sc-dialog", id: "sc-delete-dialog", "aria-labelledby": "sc-delete-dialog-h", "aria-describedby": "sc-delete-dialog-p" },
    h("h2", { id: "sc-delete-dialog-h", text: t("selfcheck_delete_heading") }),
    h("p", { id: "sc-delete-dialog-p", text: t("selfcheck_delete_question") }),
    h("div", { class: "sc-actions" }, confirmYes, confirmNo),
  );
  confirmNo.addEventListener("click", () => dialog.close("no"));
  confirmYes.addEventListener("click", () => dialog.close("yes"));
  dialog.addEventListener("close", () => {
    if (dialog.returnValue === "yes") del();
    else deleteButton.focus();
    dialog.returnValue = "";
  });

  const startView = h("section", { class: "sc-view", id: "sc-start", "aria-labelledby": "sc-start-h" });
  const formView = h("section", { class: "sc-view", id: "sc-form", "aria-labelledby": "sc-form-h", hidden: true });
  const resultView = h("section", { class: "sc-view sc-result", id: "sc-result", "aria-labelledby": "sc-result-h", hidden: true });
  root.replaceChildren(privacy, status, summary, startView, formView, resultView, dialog);

  function show(view, focus) {
    for (const v of [startView, formView, resultView]) v.hidden = v !== view;
    if (focus) {
      focus.setAttribute("tabindex", "-1");
      focus.focus();
    }
  }

  // ── Start: choose a model, or open a file ──
  const fileInput = h("input", { type: "file", id: "sc-file", class: "sc-file", accept: ".yaml,.yml,.json,application/json,text/yaml", "aria-describedby": "sc-file-hint" });
  fileInput.addEventListener("change", () => {
    const f = fileInput.files && fileInput.files[0];
    // As bytes: a file that is not UTF-8 is refused as the CLI refuses it
    // (decode), not read with replacement characters and saved so.
    if (f) f.arrayBuffer().then((buf) => loadText(decode(buf), f.name));
    fileInput.value = "";
  });
  const continueBox = h("p", {});
  function drawStart() {
    put(
      startView,
      h("h2", { id: "sc-start-h", text: t("selfcheck_start_heading") }),
      h(
        "form",
        { class: "sc-start-form", novalidate: true, onsubmit: onStart },
        h(
          "fieldset",
          { class: "sc-fieldset", "aria-describedby": "sc-model-hint" },
          h("legend", { class: "sc-legend", text: t("selfcheck_model_legend") }),
          h("p", { class: "sc-hint", id: "sc-model-hint", text: t("selfcheck_model_hint") }),
          h(
            "div",
            { class: "sc-checkboxes" },
            g.models.map((m, i) =>
              h(
                "div",
                { class: "sc-checkbox" },
                h("input", { type: "checkbox", name: "sc-model", id: i === 0 ? "sc-model" : `sc-model-${m.id}`, value: m.id, checked: ctx.state.models.includes(m.id) }),
                h("label", { for: i === 0 ? "sc-model" : `sc-model-${m.id}` }, h("span", { class: "sc-radio-name", text: m.name }), m.place ? h("span", { class: "sc-hint", text: m.place }) : null),
              ),
            ),
          ),
        ),
        h("button", { type: "submit", class: "sc-button", id: "sc-start-button", text: t("selfcheck_start_button") }),
      ),
      continueBox,
      h("h2", { id: "sc-load-h", text: t("selfcheck_load_heading") }),
      h("div", { class: "sc-field" }, h("label", { for: "sc-file", text: t("selfcheck_load_label") }), h("p", { class: "sc-hint", id: "sc-file-hint", text: t("selfcheck_load_hint") }), fileInput),
    );
    drawContinue();
  }
  function drawContinue() {
    put(continueBox, ctx.state.models.length ? h("button", { type: "button", class: "sc-button sc-button-secondary", id: "sc-continue", onclick: () => openForm(), text: t("selfcheck_continue_button") }) : null);
  }

  function onStart(e) {
    e.preventDefault();
    errors.clear();
    // One or more models, in the guide's order (the core is always in).
    const picked = [...startView.querySelectorAll('input[name="sc-model"]:checked')].map((i) => i.value);
    if (!picked.length) {
      errors.inline(document.getElementById("sc-model"), t("selfcheck_err_model"));
      errors.show([{ text: t("selfcheck_err_model"), target: "sc-model" }]);
      return;
    }
    const st = ctx.state;
    if (modelKey(st.models) !== modelKey(picked)) {
      // Other models: their own draft, or a new one with the project's
      // details and the answers that still apply (the core's, and those of
      // a model still chosen).
      const inScope = new Set(criteriaFor(g, picked).map((c) => c.id));
      const answers = Object.fromEntries(Object.entries(st.answers || {}).filter(([id]) => inScope.has(id)));
      ctx.state = drafts.get(picked) || { ...blank(), locality: st.locality, organisations: st.organisations, assessed_by: st.assessed_by, date: st.date || today(), models: picked, answers };
    }
    changed();
    openForm();
  }

  function loadText(read, name) {
    errors.clear();
    const text = read.text || "";
    const { doc, problems: pp } = read.problems ? read : parse(text);
    // A template from `exitguide init` leaves the project's details empty:
    // it opens, and the form asks for them before it saves.
    const problems = pp || validate(g, doc, data.languages).filter((p) => !(p.key === "field.empty" && /^\/(locality|assessed_by|organisations\/\d+)$/.test(p.pointer)));
    if (problems.length) {
      const items = problems.slice(0, 50).map((p) => {
        const line = p.line || lineOf(text, p.pointer, p.at === "key");
        const key = "msg_" + p.key.replace(/[.-]/g, "_");
        const msg = fill(S[key] || p.key, p.args);
        // A fix that needs a value the browser does not have is left out.
        const fixT = S[key + "_fix"] ? fill(S[key + "_fix"], p.args).trim() : "";
        const fix = /\{\w+\}/.test(fixT) ? "" : fixT;
        return { text: (line ? t("selfcheck_line", { n: line }) + ": " : "") + msg + (fix ? ` (${fix})` : "") };
      });
      errors.show(items, t("selfcheck_error_file", { file: name }));
      return;
    }
    const p = fromDoc(doc);
    ctx.state = { ...blank(), models: p.models, locality: p.locality, organisations: p.organisations.join("\n"), assessed_by: p.assessed_by, date: p.date, answers: p.answers, file: name };
    changed();
    dirty = false; // it is in the file
    openForm();
    status.textContent = t("selfcheck_loaded", { file: name });
  }

  let deleted = null;
  function askDelete() {
    if (typeof dialog.showModal === "function") dialog.showModal();
    else if (window.confirm(t("selfcheck_delete_question"))) del();
  }
  function del() {
    deleted = ctx.state;
    if (ctx.state.models.length) drafts.remove(ctx.state.models);
    ctx.state = blank();
    dirty = false;
    form = null;
    errors.clear();
    formView.replaceChildren();
    resultView.replaceChildren();
    drawStart();
    show(startView);
    status.textContent = "";
    undoBox.hidden = false;
    undoButton.focus();
  }
  function undo() {
    if (!deleted) return;
    ctx.state = deleted;
    deleted = null;
    changed();
    openForm();
    status.textContent = t("selfcheck_undone");
  }
  function hideUndo() {
    if (undoBox.hidden) return;
    undoBox.hidden = true;
    deleted = null;
  }

  // ── The form ──
  function openForm(focus = true) {
    errors.clear();
    form = buildForm(ctx);
    const names = ctx.state.models.map((id) => g.data.models[id]?.name || id).join(" + ");
    const heading = h("h2", { id: "sc-form-h", text: t("selfcheck_form_heading", { model: names }) });
    put(
      formView,
      heading,
      h("p", {}, h("button", { type: "button", class: "sc-link-button", onclick: () => (drawContinue(), show(startView, document.getElementById("sc-start-h"))), text: t("selfcheck_change_model") })),
      form.project,
      h("h3", { id: "sc-tasks-h", text: t("selfcheck_tasks_heading") }),
      h("p", { text: t("selfcheck_tasks_intro") }),
      form.taskList,
      form.sections,
      h(
        "div",
        { class: "sc-actions" },
        h("button", { type: "button", class: "sc-button", id: "sc-see-result", onclick: seeResult, text: t("selfcheck_result_button") }),
        h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: download, text: t("selfcheck_download_button") }),
      ),
    );
    show(formView, focus ? heading : null);
  }

  // File names: what the file is, the locality (or the models) and the date.
  const dateOf = () => (validDate(ctx.state.date) ? ctx.state.date : today());
  const yamlName = () => `self-check-${ctx.state.models.join("+")}-${dateOf()}.yaml`;
  const fileName = (stem, ext) => `${stem}-${namePart(ctx.state.locality) || ctx.state.models.join("+")}-${dateOf()}.${ext}`;

  function download() {
    const errs = formErrors(ctx, true);
    if (errs.length) {
      if (formView.hidden) show(formView);
      errors.report(errs);
      return;
    }
    const doc = proposalDoc(ctx);
    const yaml = toYAML(g, doc, { head: t("selfcheck_file_head"), core: t("common_core"), schema: data.schema });
    const name = saveFile(yamlName(), yaml, "application/yaml");
    dirty = false;
    // The file lists every criterion; those not answered yet as "don't know yet".
    const open = criteriaFor(g, doc.models).filter((c) => !doc.answers[c.id]).length;
    status.textContent = t("selfcheck_downloaded", { file: name }) + (open ? " " + t("selfcheck_downloaded_open", { n: open }) : "");
  }

  // ── The result: the report of `exitguide check`, and its files ──
  let lastResult = null;
  let view = null;
  // Links in a saved file lead to the guide where this page is served.
  const absolute = (u) => (u ? new URL(u, location.href).href : u);
  const requireBox = h("input", { type: "checkbox", id: "sc-require-evidence", class: "sc-check", "aria-describedby": "sc-require-evidence-hint" });
  requireBox.addEventListener("change", () => {
    ctx.state.requireEvidence = requireBox.checked;
    changed();
    rescore();
    status.textContent = t("selfcheck_rescored", { band: view.band, percent: view.percent });
  });
  const resultBody = h("div", { class: "sc-report" });
  function rescore() {
    const doc = proposalDoc(ctx);
    const r = score(g, doc, { requireEvidence: !!ctx.state.requireEvidence });
    lastResult = r;
    root.dataset.result = JSON.stringify(r);
    view = reportView(t, g, numbers, doc, r);
    put(resultBody, reportNodes(view, { w: t, level: 3, ids: true }));
  }
  function seeResult() {
    if (errors.report(formErrors(ctx, false))) return;
    requireBox.checked = !!ctx.state.requireEvidence;
    rescore();
    const save = (name, text, type) => (status.textContent = t("selfcheck_downloaded", { file: saveFile(name, text, type) }));
    const proposalFile = () => ctx.state.file || yamlName();
    const actions = [
      h("button", { type: "button", class: "sc-button", id: "sc-download-yaml", onclick: download, text: t("selfcheck_download_button") }),
      h("button", {
        type: "button",
        class: "sc-button sc-button-secondary",
        id: "sc-download-report",
        onclick: () => save(fileName("self-check-report", "html"), reportHTML(view, t, { lang: numbers.locale || ctx.lang, dir: document.documentElement.dir, url: absolute, file: proposalFile() }), "text/html"),
        text: t("selfcheck_download_report"),
      }),
      h("button", { type: "button", class: "sc-button sc-button-secondary", id: "sc-download-plan-md", onclick: () => save(fileName("action-plan", "md"), planMarkdown(view, t, absolute), "text/markdown"), text: t("selfcheck_download_plan_md") }),
      h("button", {
        type: "button",
        class: "sc-button sc-button-secondary",
        id: "sc-download-plan-csv",
        onclick: () => save(fileName("action-plan", "csv"), planCSV(view, t, numbers.csv_separator || ",", proposalFile(), absolute), "text/csv"),
        text: t("selfcheck_download_plan_csv"),
      }),
      h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: () => window.print(), text: t("print_button") }),
      h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: () => show(formView, document.getElementById("sc-form-h")), text: t("selfcheck_change_answers") }),
    ];
    put(
      resultView,
      h("h2", { id: "sc-result-h", text: t("selfcheck_result_heading") }),
      h(
        "div",
        { class: "sc-field sc-field-check sc-result-controls" },
        requireBox,
        h("label", { for: "sc-require-evidence", text: t("selfcheck_require_evidence_label") }),
        h("p", { class: "sc-hint", id: "sc-require-evidence-hint" }, withCode(t("selfcheck_require_evidence_hint"))),
      ),
      resultBody,
      h("div", { class: "sc-actions" }, actions),
      h("p", { class: "sc-note", text: t("selfcheck_method_note") }),
    );
    show(resultView, document.getElementById("sc-result-h"));
  }

  // A draft from an earlier visit (or from this page in another language) opens where it was left.
  const draft = drafts.current();
  if (draft && Array.isArray(draft.models) && draft.models.every((m) => g.data.models[m])) {
    ctx.state = { ...blank(), ...draft };
    drawStart();
    openForm(false);
    status.textContent = t("selfcheck_draft_restored", { n: answeredCount(ctx.state) });
  } else drawStart();

  root.dataset.ready = "true";
  return {
    get result() {
      return lastResult;
    },
  };
}
