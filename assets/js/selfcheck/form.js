// The form: the project's details, a task list by domain, and each
// criterion's answer (status, and the fields a status needs). It reads and
// writes ctx.state and calls ctx.changed() after every edit; proposalDoc
// turns the state into the proposal file's document, formErrors its
// problems into messages at the fields.
import { criteriaFor, trimSpace, STATUSES, PLANNED, NOT_APPLICABLE } from "./score.js";
import { validate } from "./proposal.js";
import { h, plain, cssId, statusKey } from "./dom.js";
import { readDate, localExample } from "./dates.js";

/** The criteria the state's models ask, in the guide's order. */
export const scope = (ctx) => criteriaFor(ctx.g, ctx.state.models);

/** The domains with the criteria of crits in each, in the guide's order; empty domains left out. */
export const domainsOf = (g, crits) => g.domains.map((d) => ({ d, crits: crits.filter((c) => c.domain === d.id) })).filter((x) => x.crits.length);

function textField(id, label, hint, value, oninput, attrs = {}) {
  const hintId = hint ? id + "-hint" : null;
  const input = h(attrs.multiline ? "textarea" : "input", {
    id,
    class: attrs.multiline ? "sc-textarea" : "sc-input" + (attrs.short ? " sc-input-short" : ""),
    type: attrs.multiline ? null : "text",
    rows: attrs.multiline ? "3" : null,
    autocomplete: "off",
    spellcheck: attrs.short ? "false" : null,
    "aria-describedby": hintId,
  });
  input.value = value || "";
  input.addEventListener("input", () => oninput(input.value));
  return h("div", { class: "sc-field" + (attrs.cls ? " " + attrs.cls : "") }, h("label", { for: id, text: label }), hint ? h("p", { class: "sc-hint", id: hintId, text: hint }) : null, input);
}

// A date: the browser's date picker (value YYYY-MM-DD). A browser without
// one shows a text box; what is typed there is read by readDate, and kept
// as typed when it is not a date, so that the form can say so.
function dateField(ctx, id, label, value, oninput) {
  const hintId = id + "-hint";
  const input = h("input", { id, class: "sc-input sc-input-date", type: "date", autocomplete: "off", "aria-describedby": hintId });
  input.value = value || "";
  if (value && input.value !== value) {
    // A value the picker cannot show (not a date): a text box shows it as written.
    input.type = "text";
    input.value = value;
  }
  const read = () => {
    if (input.type === "date") return input.value || (input.validity && input.validity.badInput ? "?" : "");
    const v = input.value;
    return readDate(v, ctx.locale) || v;
  };
  const on = () => oninput(read());
  input.addEventListener("input", on);
  input.addEventListener("change", on);
  const hint = ctx.t("selfcheck_date_hint", { example: localExample(ctx.locale) });
  return h("div", { class: "sc-field" }, h("label", { for: id, text: label }), h("p", { class: "sc-hint", id: hintId, text: hint }), input);
}

const answerOf = (ctx, id) => (ctx.state.answers[id] ||= {});

function criterionField(ctx, c) {
  const { t } = ctx;
  const base = cssId(c.id);
  const a = ctx.state.answers[c.id] || {};
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
      answerOf(ctx, c.id).status = s;
      planned.hidden = s !== PLANNED;
      if (na) na.hidden = s !== NOT_APPLICABLE;
      ctx.changed();
    });
    return h("div", { class: "sc-radio" }, input, h("label", { for: rid, text: t(statusKey(s)) }));
  });
  const set = (f) => (v) => {
    answerOf(ctx, c.id)[f] = v;
    ctx.changed();
  };
  planned.append(textField(base + "-owner", t("selfcheck_owner_label"), t("selfcheck_owner_hint"), a.owner, set("owner")), dateField(ctx, base + "-due", t("selfcheck_due_label"), a.due, set("due")));
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

/**
 * The form's parts for the state's models: the project fieldset, the task
 * list and one section per domain; update() refreshes the task list's tags.
 */
export function buildForm(ctx) {
  const { t, g } = ctx;
  const st = ctx.state;
  const tags = new Map();
  const groups = domainsOf(g, scope(ctx));
  const setProject = (f) => (v) => {
    st[f] = v;
    ctx.changed();
  };
  const project = h(
    "fieldset",
    { class: "sc-fieldset sc-project" },
    h("legend", { class: "sc-legend sc-legend-l", text: t("selfcheck_project_heading") }),
    textField("sc-locality", t("selfcheck_locality_label"), t("selfcheck_locality_hint"), st.locality, setProject("locality")),
    textField("sc-organisations", t("selfcheck_orgs_label"), t("selfcheck_orgs_hint"), st.organisations, setProject("organisations"), { multiline: true }),
    textField("sc-assessed-by", t("selfcheck_assessed_label"), t("selfcheck_assessed_hint"), st.assessed_by, setProject("assessed_by")),
    dateField(ctx, "sc-date", t("selfcheck_date_label"), st.date, setProject("date")),
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
      crits.map((c) => criterionField(ctx, c)),
      h("p", { class: "sc-back" }, h("a", { href: "#sc-tasks-h", text: t("selfcheck_back_to_tasks") })),
    ),
  );
  const answered = (c) => STATUSES.includes(ctx.state.answers[c.id]?.status);
  function update() {
    for (const { d, crits } of domainsOf(g, scope(ctx))) {
      const tag = tags.get(d.id);
      if (!tag) continue;
      const n = crits.filter(answered).length;
      const [key, cls] = n === 0 ? ["not_started", "grey"] : n < crits.length ? ["in_progress", "blue"] : ["completed", "green"];
      tag.el.textContent = t("selfcheck_tag_" + key);
      tag.el.className = "sc-tag sc-tag-" + cls;
      tag.count.textContent = t("selfcheck_answered_count", { n, total: crits.length });
    }
  }
  update();
  return { project, taskList, sections, update };
}

/** The proposal file's document for the state: the answered criteria in scope, the fields each answer has. */
export function proposalDoc(ctx) {
  const st = ctx.state;
  const ids = new Set(scope(ctx).map((c) => c.id));
  const answers = {};
  for (const [id, a] of Object.entries(st.answers)) {
    if (!ids.has(id) || !STATUSES.includes(a.status)) continue;
    const x = { status: a.status };
    for (const f of ["evidence", "owner", "due", "reason", "notes"]) if (typeof a[f] === "string" && trimSpace(a[f]) !== "") x[f] = a[f];
    answers[id] = x;
  }
  return {
    proposal: 1,
    locality: st.locality,
    organisations: st.organisations.split(/\r?\n/).filter((o) => trimSpace(o) !== ""),
    models: st.models,
    date: st.date,
    assessed_by: st.assessed_by,
    language: ctx.lang,
    answers,
  };
}

/**
 * The problems of the state as form errors ({target: the field's id, text}),
 * in the order of the form; withProject includes the project's details,
 * which a file needs and a result does not.
 */
export function formErrors(ctx, withProject) {
  const { t, g } = ctx;
  const out = [];
  const seen = new Set();
  for (const p of validate(g, proposalDoc(ctx), ctx.data.languages)) {
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
      if (p.key.startsWith("text.")) [q, key] = [p.args.char, "chars"];
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
  const pos = (x) => document.getElementById(x.target);
  return out.sort((a, b) => (pos(a) && pos(b) && pos(a).compareDocumentPosition(pos(b)) & Node.DOCUMENT_POSITION_PRECEDING ? 1 : -1));
}
