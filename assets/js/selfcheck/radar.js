// The radar chart of the domain sub-scores, drawn as internal/report/radar.go
// draws it (same geometry, same classes, coordinates to one decimal place).
// The table of domain scores next to it is the text alternative.
const NS = "http://www.w3.org/2000/svg";

function el(name, attrs, text) {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  if (text != null) e.textContent = text;
  return e;
}

const round1 = (f) => {
  const v = Math.round(f * 10) / 10;
  return v === 0 ? 0 : v;
};
// Go's %.1f with ".0" trimmed; halves of the second decimal cannot occur after round1.
const num1 = (f) => f.toFixed(1).replace(/\.0$/, "");

/** splitLabel: a label in lines of about width characters, broken at spaces. */
export function splitLabel(s, width) {
  const lines = [];
  let cur = "";
  for (const w of s.split(/\s+/).filter(Boolean)) {
    if (cur && [...cur].length + 1 + [...w].length > width) {
      lines.push(cur);
      cur = w;
    } else cur = cur ? `${cur} ${w}` : w;
  }
  if (cur) lines.push(cur);
  return lines;
}

/**
 * rows: [{name, percent (0-100), pctText}] of the domains that have
 * criteria. Returns an <svg>, or null with fewer than three axes.
 */
export function radar(rows, { id, title, desc }) {
  const n = rows.length;
  if (n < 3) return null;
  const r = 110;
  const pt = (i, frac) => {
    const a = (2 * Math.PI * i) / n - Math.PI / 2;
    return [round1(r * frac * Math.cos(a)), round1(r * frac * Math.sin(a))];
  };
  const pts = (f) =>
    Array.from({ length: n }, (_, i) => f(i))
      .map(([x, y]) => `${num1(x)},${num1(y)}`)
      .join(" ");
  const svg = el("svg", {
    class: "radar",
    viewBox: "-230 -160 460 320",
    width: "460",
    height: "320",
    role: "img",
    "aria-labelledby": `${id}-t ${id}-d`,
  });
  svg.append(el("title", { id: `${id}-t` }, title), el("desc", { id: `${id}-d` }, desc));
  for (const f of [0.25, 0.5, 0.75, 1]) svg.append(el("polygon", { class: "ring", points: pts((i) => pt(i, f)) }));
  for (let i = 0; i < n; i++) {
    const [x, y] = pt(i, 1);
    svg.append(el("line", { class: "axis", x1: "0", y1: "0", x2: num1(x), y2: num1(y) }));
  }
  svg.append(el("polygon", { class: "score", points: pts((i) => pt(i, rows[i].percent / 100)) }));
  rows.forEach((d, i) => {
    const [x, y] = pt(i, d.percent / 100);
    svg.append(el("circle", { class: "dot", cx: num1(x), cy: num1(y), r: "3" }));
  });
  rows.forEach((d, i) => {
    const [x, y] = pt(i, 1.18);
    const lines = [...splitLabel(d.name, 18), d.pctText];
    let y0 = y - 6 * (lines.length - 1);
    if (y > 1) y0 = y + 4;
    else if (y < -1) y0 = y - 12 * (lines.length - 1);
    const t = el("text", { class: "label", x: num1(x), y: num1(round1(y0)), "text-anchor": "middle" });
    lines.forEach((l, j) => {
      const a = { x: num1(x) };
      if (j > 0) a.dy = "12";
      if (j === lines.length - 1) a.class = "pct";
      t.append(el("tspan", a, l));
    });
    svg.append(t);
  });
  return svg;
}
