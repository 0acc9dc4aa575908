// The page "which model fits us" (layouts/fit/page.html): reads the fits
// and points the page carries on its form, ranks the models with rank.js
// (the rule of internal/fit) and shows the result with each model's reasons,
// cloned with their citations from the page's own "what each answer
// favours" section. Nothing is sent or stored: the answers live in the form.
import { rank, NONE, TIE, NO_CLEAR_FIT } from "./rank.js";

const fill = (s, args) => s.replace(/\{(\w+)\}/g, (m, k) => (Object.hasOwn(args, k) ? String(args[k]) : m));

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else e.setAttribute(k, v);
  }
  for (const c of children) e.append(c);
  return e;
}

function init(form) {
  const result = document.getElementById("fit-result");
  const errors = document.getElementById("fit-errors");
  const words = result.dataset;
  const list = new Intl.ListFormat(words.locale, { type: "conjunction" });
  const data = {
    points: JSON.parse(form.dataset.points),
    models: JSON.parse(form.dataset.models),
    questions: [...form.querySelectorAll("fieldset[data-question]")].map((fs) => ({
      id: fs.dataset.question,
      options: [...fs.querySelectorAll("input[type=radio]")].map((input) => ({
        id: input.value,
        fit: JSON.parse(input.dataset.fit),
        input,
        label: form.querySelector(`label[for="${input.id}"]`).textContent.trim(),
      })),
    })),
  };
  // Each model's name and page, as the reasons section links them.
  const model = (id) => document.querySelector(`.fit-reason[data-model="${id}"] .fit-reason-model a`);
  const level = (l) => words["level" + l[0].toUpperCase() + l.slice(1)];

  const answers = () => {
    const a = {};
    for (const q of data.questions) {
      const o = q.options.find((x) => x.input.checked);
      if (o) a[q.id] = o.id;
    }
    return a;
  };

  // One line per model: how many answers fit it at each level (silence has
  // its own sentence).
  const summary = (m) =>
    ["good", "possible", "poor"]
      .filter((l) => m.levels[l])
      .map((l) => `${level(l)}: ${m.levels[l]}`)
      .join(" · ");

  function render(r, a) {
    const names = r.top.map((id) => model(id).textContent);
    const outcome = document.getElementById("fit-outcome");
    if (r.outcome === NO_CLEAR_FIT) outcome.textContent = fill(words.outcomeNoFit, { points: r.models[0].points, max: r.max });
    else if (r.outcome === TIE) outcome.textContent = fill(words.outcomeTie, { models: list.format(names) });
    else outcome.textContent = fill(words.outcomeClear, { model: names[0] });
    const ol = document.getElementById("fit-ranking");
    ol.replaceChildren();
    for (const m of r.models) {
      const link = model(m.model);
      const top = r.top.includes(m.model);
      const li = el("li", { class: "fit-model" + (top ? " fit-model--top" : ""), "data-model": m.model, "data-rank": String(m.rank), value: String(m.rank) },
        el("h3", {}, link.cloneNode(true)),
        el("p", { class: "fit-score" }, fill(words.pointsText, { points: m.points, max: r.max })),
        el("p", { class: "fit-summary" }, summary(m)));
      if (m.levels.silent) li.append(el("p", { class: "fit-silent" }, fill(words.silentCount, { n: m.levels.silent })));
      // The reasons, with their citations: open for the models named,
      // one click away for the others.
      const why = el("details", { class: "fit-why-model" }, el("summary", {}, words.whyModel));
      why.open = top;
      const ul = el("ul", { class: "fit-answer-reasons" });
      for (const q of data.questions) {
        if (!Object.hasOwn(a, q.id)) continue;
        const o = q.options.find((x) => x.id === a[q.id]);
        const l = o.fit[m.model] || "silent";
        const item = el("li", {},
          el("p", { class: "fit-answer" }, el("span", { class: `fit-level fit-level--${l}` }, level(l)), " · ", fill(words.yourAnswer, { answer: o.label })));
        const reason = document.getElementById(`fit-${q.id}-${m.model}`);
        if (reason) {
          for (const part of reason.querySelectorAll(".fit-reason-text, .source-refs")) item.append(part.cloneNode(true));
        }
        ul.append(item);
      }
      why.append(ul);
      li.append(why);
      ol.append(li);
    }
  }

  let shown = false;
  const show = (focus) => {
    const a = answers();
    const r = rank(data, a);
    if (r.outcome === NONE) {
      result.hidden = true;
      shown = false;
      errors.hidden = false;
      if (focus) errors.focus();
      return;
    }
    errors.hidden = true;
    render(r, a);
    result.hidden = false;
    shown = true;
    if (focus) result.focus();
  };
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    show(true);
  });
  // Once shown, the result follows every change of answer.
  form.addEventListener("change", () => {
    if (shown) show(false);
  });
  form.querySelector(".fit-actions").hidden = false;
}

const form = document.getElementById("fit-form");
if (form) init(form);
