// The self-check page: choose a model, answer its criteria by domain (a
// task list with a status per domain), see the result (the numbers of
// `exitguide check`), save and load the answers as a file. Everything
// happens here, in the browser: after the criteria have loaded the page
// makes no request, and it keeps the answers only when asked to.
import { makeGuide, criteriaFor, score, pctText, numText, tenthsOf, trimSpace, STATUSES, PLANNED, NOT_APPLICABLE } from "./score.js";
import { parse, validate, fromDoc, toYAML, lineOf, validDate } from "./proposal.js";
import { radar } from "./radar.js";

const STORE = "exitguide-selfcheck-v1";
/** The catalogue key of a status's name: status_ and the id with "-" written "_" (as Go's report_status_). */
const statusKey = (s) => "status_" + s.replace(/-/g, "_");

// Elements: h("tag", {attr, on*: handler}, ...children). Text is always
// set as text, never parsed as HTML.
function h(tag, attrs, ...kids) {
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

// Markdown of the guide as plain text: links keep their words, markers go.
const plain = (s) =>
  String(s || "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/\*\*|__|`/g, "")
    .replace(/\s+/g, " ")
    .trim();

const fill = (s, args) => String(s).replace(/\{(\w+)\}/g, (m, k) => (args && args[k] != null ? args[k] : m));

const today = () => {
  const d = new Date();
  const p = (n) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}`;
};

// Replaces an element's children; lists are flattened, null and false left out.
const put = (el, ...kids) => el.replaceChildren(...kids.flat(2).filter((k) => k != null && k !== false));

const cssId = (id) => "c-" + id.replace(/[^A-Za-z0-9_-]/g, "_");

export function start(root, data) {
  const S = data.strings;
  const t = (k, args) => fill(S[k] ?? k, args);
  const lang = data.lang;
  // How the page's language writes numbers (its language.yaml).
  const numbers = data.language || {};
  const g = makeGuide(data);
  const models = g.models;

  let state = blank();
  let remember = false;
  try {
    const saved = JSON.parse(localStorage.getItem(STORE) || "null");
    if (saved && Array.isArray(saved.models)) {
      state = { ...blank(), ...saved };
      remember = true;
    }
  } catch {
    // Storage may be switched off on a locked-down machine: the page works without it.
  }

  function blank() {
    return { models: [], locality: "", organisations: "", assessed_by: "", date: today(), answers: {} };
  }
  function save() {
    if (!remember) return;
    try {
      localStorage.setItem(STORE, JSON.stringify(state));
    } catch {}
  }
  function forget() {
    try {
      localStorage.removeItem(STORE);
    } catch {}
  }

  // ── The frame: privacy box, error summary, live status, three views ──
  const status = h("p", { class: "sc-status", role: "status" });
  const summary = h("div", { class: "sc-error-summary", tabindex: "-1", hidden: true });
  const rememberBox = h("input", { type: "checkbox", id: "sc-remember", class: "sc-check", "aria-describedby": "sc-remember-hint" });
  rememberBox.checked = remember;
  rememberBox.addEventListener("change", () => {
    remember = rememberBox.checked;
    if (remember) save();
    else forget();
    status.textContent = t(remember ? "selfcheck_remember_on" : "selfcheck_remember_off");
  });
  const privacy = h(
    "section",
    { class: "sc-privacy", "aria-labelledby": "sc-privacy-h" },
    h("h2", { id: "sc-privacy-h", text: t("selfcheck_privacy_heading") }),
    h("p", { text: t("selfcheck_privacy") }),
    h("div", { class: "sc-field sc-field-check" }, rememberBox, h("label", { for: "sc-remember", text: t("selfcheck_remember_label") }), h("p", { class: "sc-hint", id: "sc-remember-hint", text: t("selfcheck_remember_hint") })),
    h("button", { type: "button", class: "sc-button sc-button-warning", id: "sc-delete", onclick: del, text: t("selfcheck_delete_button") }),
  );

  const startView = h("section", { class: "sc-view", id: "sc-start", "aria-labelledby": "sc-start-h" });
  const formView = h("section", { class: "sc-view", id: "sc-form", "aria-labelledby": "sc-form-h", hidden: true });
  const resultView = h("section", { class: "sc-view sc-result", id: "sc-result", "aria-labelledby": "sc-result-h", hidden: true });
  root.replaceChildren(privacy, status, summary, startView, formView, resultView);

  function show(view, focus) {
    for (const v of [startView, formView, resultView]) v.hidden = v !== view;
    if (focus) {
      focus.setAttribute("tabindex", "-1");
      focus.focus();
    }
  }

  // ── Error summary (GOV.UK pattern) ──
  function showErrors(items, title) {
    put(
      summary,
      h("h2", { class: "sc-error-title", text: title || t("selfcheck_error_title") }),
      h(
        "ul",
        { class: "sc-error-list" },
        items.map((it) =>
          h(
            "li",
            {},
            it.target
              ? h("a", {
                  href: "#" + it.target,
                  text: it.text,
                  onclick: (e) => {
                    const el = document.getElementById(it.target);
                    if (!el) return;
                    e.preventDefault();
                    (el.closest("fieldset") || el).scrollIntoView({ block: "start" });
                    el.focus();
                  },
                })
              : it.text,
          ),
        ),
      ),
    );
    summary.hidden = false;
    summary.focus();
  }
  function clearErrors() {
    summary.hidden = true;
    summary.replaceChildren();
    for (const e of root.querySelectorAll(".sc-error-message")) e.remove();
    for (const e of root.querySelectorAll("[aria-invalid]")) {
      e.removeAttribute("aria-invalid");
      const d = (e.getAttribute("aria-describedby") || "").split(" ").filter((x) => x && !x.endsWith("-err"));
      d.length ? e.setAttribute("aria-describedby", d.join(" ")) : e.removeAttribute("aria-describedby");
    }
    for (const e of root.querySelectorAll(".sc-field-error")) e.classList.remove("sc-field-error");
  }
  function inlineError(input, text) {
    const id = input.id + "-err";
    if (document.getElementById(id)) return;
    const msg = h("p", { class: "sc-error-message", id }, h("span", { class: "visually-hidden", text: t("selfcheck_error_prefix") + " " }), text);
    const field = input.closest(".sc-field") || input.closest("fieldset");
    field.classList.add("sc-field-error");
    const label = field.querySelector(`label[for="${input.id}"]`) || field.querySelector("legend");
    const hint = field.querySelector(".sc-hint");
    (hint || label).after(msg);
    input.setAttribute("aria-invalid", "true");
    input.setAttribute("aria-describedby", [input.getAttribute("aria-describedby"), id].filter(Boolean).join(" "));
  }

  // ── Start: choose a model, or open a file ──
  const fileInput = h("input", { type: "file", id: "sc-file", class: "sc-file", accept: ".yaml,.yml,.json,application/json,text/yaml", "aria-describedby": "sc-file-hint" });
  fileInput.addEventListener("change", () => {
    const f = fileInput.files && fileInput.files[0];
    if (f) f.text().then((text) => loadText(text, f.name));
    fileInput.value = "";
  });
  startView.append(
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
          { class: "sc-radios" },
          models.map((m, i) =>
            h(
              "div",
              { class: "sc-radio" },
              h("input", { type: "radio", name: "sc-model", id: i === 0 ? "sc-model" : `sc-model-${m.id}`, value: m.id, checked: state.models.length === 1 && state.models[0] === m.id }),
              h("label", { for: i === 0 ? "sc-model" : `sc-model-${m.id}` }, h("span", { class: "sc-radio-name", text: m.name }), m.place ? h("span", { class: "sc-hint", text: m.place }) : null),
            ),
          ),
        ),
      ),
      h("button", { type: "submit", class: "sc-button", id: "sc-start-button", text: t("selfcheck_start_button") }),
    ),
    h("h2", { id: "sc-load-h", text: t("selfcheck_load_heading") }),
    h("div", { class: "sc-field" }, h("label", { for: "sc-file", text: t("selfcheck_load_label") }), h("p", { class: "sc-hint", id: "sc-file-hint", text: t("selfcheck_load_hint") }), fileInput),
  );
  if (state.models.length) {
    startView.append(h("p", {}, h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: () => openForm(), text: t("selfcheck_continue_button") })));
  }

  function onStart(e) {
    e.preventDefault();
    clearErrors();
    const picked = startView.querySelector('input[name="sc-model"]:checked');
    if (!picked) {
      const first = document.getElementById("sc-model");
      inlineError(first, t("selfcheck_err_model"));
      showErrors([{ text: t("selfcheck_err_model"), target: "sc-model" }]);
      return;
    }
    state.models = [picked.value];
    save();
    openForm();
  }

  function loadText(text, name) {
    clearErrors();
    const { doc, problems: pp } = parse(text);
    // A template from `exitguide init` leaves the project's details empty:
    // it opens, and the form asks for them before it saves.
    const problems = pp || validate(g, doc, data.languages).filter((p) => !(p.key === "field.empty" && /^\/(locality|assessed_by|organisations\/\d+)$/.test(p.pointer)));
    if (problems.length) {
      const items = problems.slice(0, 50).map((p) => {
        const line = p.line || lineOf(text, p.pointer);
        const key = "msg_" + p.key.replace(/[.-]/g, "_");
        const msg = fill(S[key] || p.key, p.args);
        // A fix that needs a value the browser does not have is left out.
        const fixT = S[key + "_fix"] ? fill(S[key + "_fix"], p.args).trim() : "";
        const fix = /\{\w+\}/.test(fixT) ? "" : fixT;
        return { text: (line ? t("selfcheck_line", { n: line }) + ": " : "") + msg + (fix ? ` (${fix})` : "") };
      });
      showErrors(items, t("selfcheck_error_file", { file: name }));
      return;
    }
    const p = fromDoc(doc);
    state = { models: p.models, locality: p.locality, organisations: p.organisations.join("\n"), assessed_by: p.assessed_by, date: p.date, answers: p.answers };
    save();
    openForm();
    status.textContent = t("selfcheck_loaded", { file: name });
  }

  function del() {
    forget();
    remember = false;
    rememberBox.checked = false;
    state = blank();
    clearErrors();
    for (const r of startView.querySelectorAll('input[name="sc-model"]')) r.checked = false;
    formView.replaceChildren();
    resultView.replaceChildren();
    show(startView);
    status.textContent = t("selfcheck_deleted");
    rememberBox.focus();
  }

  // ── The form: project, task list by domain, the criteria ──
  let tags = new Map();
  function scope() {
    return criteriaFor(g, state.models);
  }
  function domainsOf(crits) {
    return g.domains.map((d) => ({ d, crits: crits.filter((c) => c.domain === d.id) })).filter((x) => x.crits.length);
  }
  function answered(c) {
    return STATUSES.includes(state.answers[c.id]?.status);
  }
  function updateTags() {
    for (const { d, crits } of domainsOf(scope())) {
      const tag = tags.get(d.id);
      if (!tag) continue;
      const n = crits.filter(answered).length;
      const [key, cls] = n === 0 ? ["not_started", "grey"] : n < crits.length ? ["in_progress", "blue"] : ["completed", "green"];
      tag.el.textContent = t("selfcheck_tag_" + key);
      tag.el.className = "sc-tag sc-tag-" + cls;
      tag.count.textContent = t("selfcheck_answered_count", { n, total: crits.length });
    }
  }

  function textField(id, label, hint, value, oninput, attrs = {}) {
    const hintId = hint ? id + "-hint" : null;
    const input = h(attrs.multiline ? "textarea" : "input", {
      id,
      class: attrs.multiline ? "sc-textarea" : "sc-input" + (attrs.short ? " sc-input-short" : ""),
      type: attrs.multiline ? null : "text",
      rows: attrs.multiline ? "3" : null,
      autocomplete: "off",
      spellcheck: attrs.short ? "false" : null,
      inputmode: attrs.numeric ? "numeric" : null,
      "aria-describedby": hintId,
    });
    input.value = value || "";
    input.addEventListener("input", () => oninput(input.value));
    return h("div", { class: "sc-field" + (attrs.cls ? " " + attrs.cls : "") }, h("label", { for: id, text: label }), hint ? h("p", { class: "sc-hint", id: hintId, text: hint }) : null, input);
  }

  function answerOf(id) {
    return (state.answers[id] ||= {});
  }

  function criterionField(c) {
    const base = cssId(c.id);
    const a = state.answers[c.id] || {};
    const meta = [];
    if (c.must_have) meta.push(h("strong", { class: "sc-tag sc-tag-red", text: t("must_have") }));
    meta.push(h("span", { text: `${t("weight")}: ${t("weight_" + c.weight)} (${c.weight}/3)` }));
    const planned = h("div", { class: "sc-conditional", id: base + "-planned", hidden: a.status !== PLANNED });
    const na = c.na_allowed ? h("div", { class: "sc-conditional", id: base + "-na", hidden: a.status !== NOT_APPLICABLE }) : null;
    const statuses = STATUSES.filter((s) => s !== NOT_APPLICABLE || c.na_allowed);
    const radios = statuses.map((s, i) => {
      const rid = i === 0 ? base + "-status" : `${base}-status-${s}`;
      const input = h("input", { type: "radio", name: base + "-status", id: rid, value: s, checked: a.status === s, "aria-controls": s === PLANNED ? planned.id : s === NOT_APPLICABLE ? na.id : null });
      input.addEventListener("change", () => {
        answerOf(c.id).status = s;
        planned.hidden = s !== PLANNED;
        if (na) na.hidden = s !== NOT_APPLICABLE;
        save();
        updateTags();
      });
      return h("div", { class: "sc-radio" }, input, h("label", { for: rid, text: t(statusKey(s)) }));
    });
    const set = (f) => (v) => {
      answerOf(c.id)[f] = v;
      save();
    };
    planned.append(
      textField(base + "-owner", t("selfcheck_owner_label"), t("selfcheck_owner_hint"), a.owner, set("owner")),
      textField(base + "-due", t("selfcheck_due_label"), t("selfcheck_date_hint"), a.due, set("due"), { short: true, numeric: true }),
    );
    if (na) na.append(textField(base + "-reason", t("not_applicable_reason"), null, a.reason, set("reason")));
    return h(
      "fieldset",
      { class: "sc-fieldset sc-criterion", id: base, "aria-describedby": base + "-meta" },
      h("legend", { class: "sc-legend", text: plain(c.question) || c.id }),
      h("p", { class: "sc-meta", id: base + "-meta" }, meta),
      c.good_enough ? h("p", { class: "sc-good" }, h("strong", { text: t("good_enough") + ": " }), plain(c.good_enough)) : null,
      c.url ? h("p", { class: "sc-guide-link" }, h("a", { href: c.url, text: t("selfcheck_guide_link") })) : null,
      h("div", { class: "sc-radios sc-radios-small" }, radios),
      planned,
      na,
      textField(base + "-evidence", t("selfcheck_evidence_label"), t("selfcheck_evidence_hint"), a.evidence, set("evidence")),
    );
  }

  function modelNames() {
    return state.models.map((id) => g.data.models[id]?.name || id).join(" + ");
  }

  function openForm() {
    clearErrors();
    tags = new Map();
    const crits = scope();
    const groups = domainsOf(crits);
    const heading = h("h2", { id: "sc-form-h", text: t("selfcheck_form_heading", { model: modelNames() }) });
    const project = h(
      "fieldset",
      { class: "sc-fieldset sc-project" },
      h("legend", { class: "sc-legend sc-legend-l", text: t("selfcheck_project_heading") }),
      textField("sc-locality", t("selfcheck_locality_label"), t("selfcheck_locality_hint"), state.locality, (v) => ((state.locality = v), save())),
      textField("sc-organisations", t("selfcheck_orgs_label"), t("selfcheck_orgs_hint"), state.organisations, (v) => ((state.organisations = v), save()), { multiline: true }),
      textField("sc-assessed-by", t("selfcheck_assessed_label"), t("selfcheck_assessed_hint"), state.assessed_by, (v) => ((state.assessed_by = v), save())),
      textField("sc-date", t("selfcheck_date_label"), t("selfcheck_date_hint"), state.date, (v) => ((state.date = v), save()), { short: true, numeric: true }),
    );
    const taskList = h(
      "ol",
      { class: "sc-task-list" },
      groups.map(({ d }) => {
        const tag = h("strong", { class: "sc-tag", id: `sc-tag-${d.id}` });
        const count = h("span", { class: "sc-task-count" });
        tags.set(d.id, { el: tag, count });
        return h("li", { class: "sc-task" }, h("span", { class: "sc-task-name" }, h("a", { href: `#sc-domain-${d.id}`, "aria-describedby": `sc-tag-${d.id}`, text: d.name }), " ", count), tag);
      }),
    );
    const sections = groups.map(({ d, crits }) =>
      h(
        "section",
        { class: "sc-domain", id: `sc-domain-${d.id}`, "aria-labelledby": `sc-domain-${d.id}-h` },
        h("h3", { id: `sc-domain-${d.id}-h`, text: d.name }),
        crits.map(criterionField),
        h("p", { class: "sc-back" }, h("a", { href: "#sc-tasks-h", text: t("selfcheck_back_to_tasks") })),
      ),
    );
    put(
      formView,
      heading,
      h("p", {}, h("button", { type: "button", class: "sc-link-button", onclick: () => show(startView, document.getElementById("sc-start-h")), text: t("selfcheck_change_model") })),
      project,
      h("h3", { id: "sc-tasks-h", text: t("selfcheck_tasks_heading") }),
      h("p", { text: t("selfcheck_tasks_intro") }),
      taskList,
      sections,
      h(
        "div",
        { class: "sc-actions" },
        h("button", { type: "button", class: "sc-button", id: "sc-see-result", onclick: seeResult, text: t("selfcheck_result_button") }),
        h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: download, text: t("selfcheck_download_button") }),
      ),
    );
    updateTags();
    show(formView, heading);
  }

  // ── From the page's state to the proposal file, and its problems ──
  function proposalDoc() {
    const ids = new Set(scope().map((c) => c.id));
    const answers = {};
    for (const [id, a] of Object.entries(state.answers)) {
      if (!ids.has(id) || !STATUSES.includes(a.status)) continue;
      const x = { status: a.status };
      for (const f of ["evidence", "owner", "due", "reason", "notes"]) if (typeof a[f] === "string" && trimSpace(a[f]) !== "") x[f] = a[f];
      answers[id] = x;
    }
    return {
      proposal: 1,
      locality: state.locality,
      organisations: state.organisations.split(/\r?\n/).filter((o) => trimSpace(o) !== ""),
      models: state.models,
      date: state.date,
      assessed_by: state.assessed_by,
      language: lang,
      answers,
    };
  }

  // Problems as form errors: the field each one is about, and what to do.
  function formErrors(withProject) {
    const doc = proposalDoc();
    const out = [];
    const seen = new Set();
    for (const p of validate(g, doc, data.languages)) {
      const m = /^\/answers\/([^/]+)(?:\/(\w+))?$/.exec(p.pointer);
      let target;
      let key;
      let q = "";
      if (m) {
        const id = m[1].replace(/~1/g, "/").replace(/~0/g, "~");
        const base = cssId(id);
        q = plain(g.byId.get(id)?.question || id);
        if (q.length > 90) q = q.slice(0, 88) + "…";
        if (p.key === "text.bidi" || p.key === "text.control") [target, key, q] = [`${base}-${m[2]}`, "chars", p.args.char];
        else if (p.key === "planned.owner") [target, key] = [base + "-owner", "owner"];
        else if (p.key === "planned.due") [target, key] = [base + "-due", "due"];
        else if (p.key === "date.invalid") [target, key] = [base + "-due", "due_invalid"];
        else if (p.key === "na.reason") [target, key] = [base + "-reason", "reason"];
        else [target, key] = [base + "-status", "status"];
      } else if (withProject || p.key.startsWith("text.")) {
        if (p.key.startsWith("text.")) q = p.args.char;
        if (p.key.startsWith("text.")) key = "chars";
        if (p.pointer === "/locality") [target, key] = ["sc-locality", key || "locality"];
        else if (p.pointer.startsWith("/organisations")) [target, key] = ["sc-organisations", key || "orgs"];
        else if (p.pointer === "/assessed_by") [target, key] = ["sc-assessed-by", key || "assessed"];
        else if (p.pointer === "/date") [target, key] = ["sc-date", "date"];
        else continue;
      } else continue;
      if (seen.has(target)) continue;
      seen.add(target);
      out.push({ target, text: t("selfcheck_err_form_" + key, { q }) });
    }
    // In the order of the form, as the summary lists them.
    const pos = (x) => document.getElementById(x.target);
    return out.sort((a, b) => (pos(a) && pos(b) && pos(a).compareDocumentPosition(pos(b)) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
  }
  function reportErrors(errs) {
    clearErrors();
    if (!errs.length) return false;
    for (const e of errs) {
      const el = document.getElementById(e.target);
      if (el) inlineError(el, e.text);
    }
    showErrors(errs);
    return true;
  }

  function download() {
    const errs = formErrors(true);
    if (errs.length) {
      if (formView.hidden) show(formView);
      reportErrors(errs);
      return;
    }
    const doc = proposalDoc();
    const yaml = toYAML(g, doc, { head: t("selfcheck_file_head"), core: t("common_core") });
    const blob = new Blob([yaml], { type: "application/yaml" });
    const url = URL.createObjectURL(blob);
    const a = h("a", { href: url, download: `self-check-${state.models.join("+")}-${validDate(state.date) ? state.date : today()}.yaml`, hidden: true });
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
    status.textContent = t("selfcheck_downloaded", { file: a.download });
  }

  // ── The result ──
  let lastResult = null;
  function seeResult() {
    if (reportErrors(formErrors(false))) return;
    const doc = proposalDoc();
    const r = score(g, doc);
    lastResult = r;
    root.dataset.result = JSON.stringify(r);
    renderResult(r);
  }

  function critLink(id) {
    const c = g.byId.get(id);
    return c?.url ? h("a", { href: c.url, text: plain(c.question) || id }) : h("span", { text: id });
  }

  function renderResult(r) {
    const band = g.data.bands[r.band] || {};
    const heading = h("h2", { id: "sc-result-h", text: t("selfcheck_result_heading") });
    const pct = pctText(numbers, tenthsOf(r));
    const points = t("selfcheck_points_of", { earned: numText(numbers, r.earned_quarters), possible: numText(numbers, r.possible_quarters) });
    let why;
    if (r.band !== r.uncapped_band) {
      why = t("selfcheck_why_capped", { pct, uncapped: g.data.bands[r.uncapped_band]?.name || r.uncapped_band, band: band.name || r.band });
    } else why = t("selfcheck_why_plain", { pct, band: band.name || r.band });
    const rows = r.domains
      .filter((d) => d.possible_quarters > 0)
      .map((d) => ({ name: g.data.domains[d.domain]?.name || d.domain, percent: tenthsOf(d) / 10, pctText: pctText(numbers, tenthsOf(d)), d }));
    const chart = radar(rows, { id: "sc-radar", title: t("selfcheck_chart_title"), desc: t("selfcheck_chart_desc") });
    const list = (ids, empty) => (ids.length ? h("ul", { class: "sc-list" }, ids.map((id) => h("li", {}, critLink(id)))) : h("p", { text: empty }));
    const recs = g.data.recommendations || {};
    const gaps = h(
      "ol",
      { class: "sc-gaps" },
      r.gaps.map((gap) =>
        h(
          "li",
          { class: "sc-gap" },
          h("p", { class: "sc-gap-q" }, critLink(gap.criterion)),
          h(
            "p",
            { class: "sc-meta" },
            gap.must_have ? h("strong", { class: "sc-tag sc-tag-red", text: t("must_have") }) : null,
            h("span", { text: t(statusKey(gap.status)) }),
            h("span", { text: `${t("weight")}: ${gap.weight}/3` }),
            h("span", { text: t("selfcheck_missing_points", { n: numText(numbers, gap.missing_quarters) }) }),
          ),
          gap.recommendations.length
            ? h(
                "p",
                { class: "sc-recs" },
                h("span", { text: t("selfcheck_recs") + ": " }),
                gap.recommendations.map((id, i) => [i ? "; " : "", recs[id] ? h("a", { href: recs[id].url, text: plain(recs[id].title) }) : id]),
              )
            : null,
        ),
      ),
    );
    put(
      resultView,
      heading,
      h(
        "div",
        { class: "sc-panel sc-band-" + r.band },
        h("p", { class: "sc-panel-label", text: t("band") }),
        h("p", { class: "sc-panel-band", id: "sc-band", text: band.name || r.band }),
        h("p", { class: "sc-panel-score" }, h("span", { id: "sc-percent", text: pct }), " · ", h("span", { id: "sc-points", text: points })),
      ),
      h("p", { text: why }),
      band.description ? h("p", { text: plain(band.description) }) : null,
      h("p", { class: "sc-project-line", text: [state.locality, modelNames(), state.date].filter((x) => trimSpace(x)).join(" · ") }),
      h("h3", { text: t("selfcheck_domains_heading") }),
      h(
        "div",
        { class: "sc-domains" },
        chart ? h("figure", { class: "sc-radar" }, chart) : null,
        h(
          "table",
          { class: "sc-table", id: "sc-domain-table" },
          h("caption", { class: "visually-hidden", text: t("selfcheck_domains_heading") }),
          h("thead", {}, h("tr", {}, h("th", { scope: "col", text: t("domain") }), h("th", { scope: "col", text: t("selfcheck_score") }), h("th", { scope: "col", text: t("selfcheck_points") }))),
          h(
            "tbody",
            {},
            r.domains.map((d) =>
              h(
                "tr",
                { "data-domain": d.domain },
                h("th", { scope: "row", text: g.data.domains[d.domain]?.name || d.domain }),
                h("td", { text: d.possible_quarters > 0 ? pctText(numbers, tenthsOf(d)) : t("selfcheck_no_criteria") }),
                h("td", { text: d.possible_quarters > 0 ? t("selfcheck_points_of", { earned: numText(numbers, d.earned_quarters), possible: numText(numbers, d.possible_quarters) }) : "–" }),
              ),
            ),
          ),
        ),
      ),
      h("h3", { text: t("selfcheck_must_missing") }),
      list(r.must_haves_missing, t("selfcheck_none")),
      h("h3", { text: t("selfcheck_must_partial") }),
      list(r.must_haves_partial, t("selfcheck_none")),
      h("h3", { text: t("selfcheck_gaps_heading") }),
      r.gaps.length ? gaps : h("p", { text: t("selfcheck_none") }),
      r.unanswered.length ? h("p", { class: "sc-note", text: t("selfcheck_unanswered", { n: r.unanswered.length }) }) : null,
      h(
        "div",
        { class: "sc-actions" },
        h("button", { type: "button", class: "sc-button", onclick: download, text: t("selfcheck_download_button") }),
        h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: () => window.print(), text: t("print_button") }),
        h("button", { type: "button", class: "sc-button sc-button-secondary", onclick: () => show(formView, document.getElementById("sc-form-h")), text: t("selfcheck_change_answers") }),
      ),
      h("p", { class: "sc-note", text: t("selfcheck_method_note") }),
    );
    show(resultView, heading);
  }

  root.dataset.ready = "true";
  return { get result() { return lastResult; } };
}
