// The print packs as PDFs (make site prints them; SITE_DIR: another build): one per model and language; page 1
// rendered with pdftoppm is not blank; pdftotext finds every criterion
// question of the pack (common core and the model) in the pack's language.
import test from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs/promises";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const pub = path.resolve(process.env.SITE_DIR || path.join(repo, "public"));
const guideDir = path.join(repo, "generated", "guide");

const langs = (await fs.readdir(guideDir)).filter((f) => f.endsWith(".json")).map((f) => f.slice(0, -5)).sort();

/** Reads a binary PPM (P6) and returns the share of pixels that are not near white. */
function inkShare(buf) {
  let pos = 0;
  const fields = [];
  while (fields.length < 4) {
    while (/\s/.test(String.fromCharCode(buf[pos]))) pos++;
    if (buf[pos] === 0x23) { while (buf[pos] !== 0x0a) pos++; continue; } // comment
    let s = "";
    while (!/\s/.test(String.fromCharCode(buf[pos]))) s += String.fromCharCode(buf[pos++]);
    fields.push(s);
  }
  pos++;
  const [magic, w, h] = [fields[0], Number(fields[1]), Number(fields[2])];
  assert.equal(magic, "P6");
  let ink = 0;
  for (let i = 0; i < w * h; i++) {
    const o = pos + i * 3;
    if (buf[o] < 200 || buf[o + 1] < 200 || buf[o + 2] < 200) ink++;
  }
  return ink / (w * h);
}

const norm = (s) => s.normalize("NFC").replace(/[\u200e\u200f\u00ad]/g, "").replace(/\s+/g, " ").trim();

for (const lang of langs) {
  const guide = JSON.parse(await fs.readFile(path.join(guideDir, lang + ".json"), "utf8"));
  for (const model of Object.keys(guide.models).sort()) {
    test(`${lang}/print/${model}.pdf`, async () => {
      const pdf = path.join(pub, lang, "print", model + ".pdf");
      const st = await fs.stat(pdf).catch(() => null);
      assert.ok(st && st.size > 10_000, `${pdf} missing or tiny; run make site`);

      const ppm = execFileSync("pdftoppm", ["-f", "1", "-l", "1", "-r", "60", pdf], { maxBuffer: 64 << 20 });
      const share = inkShare(ppm);
      assert.ok(share > 0.01, `page 1 is blank (${(share * 100).toFixed(2)}% ink)`);

      const text = norm(execFileSync("pdftotext", ["-enc", "UTF-8", pdf, "-"], { maxBuffer: 64 << 20 }).toString("utf8"));
      // pdftotext joins a word hyphenated at a line end and drops the
      // hyphen ("recovery-" / "bolig" comes out as "recoverybolig"), so
      // hyphens are left out on both sides, like white space.
      const bare = text.replace(/[\s\u002d\u2010\u2011]/g, "");
      const questions = Object.values(guide.criteria).filter((c) => c.model === "core" || c.model === model);
      assert.ok(questions.length > 5, "the pack's criteria");
      const missing = [];
      for (const c of questions) {
        const q = norm(c.question);
        if (lang === "he") {
          // Right-to-left text can come out of pdftotext in another order:
          // look for the question's longer words instead.
          const words = q.split(" ").map((w) => w.replace(/[^\p{L}\p{N}'"׳״]/gu, "")).filter((w) => w.length >= 4);
          const found = words.filter((w) => bare.includes(w)).length;
          if (found < Math.ceil(words.length * 0.8)) missing.push(c.id);
        } else if (!bare.includes(q.replace(/[\s\u002d\u2010\u2011]/g, ""))) {
          missing.push(c.id);
        }
      }
      assert.deepEqual(missing, [], "criteria missing from the PDF's text");
      const pages = Number((execFileSync("pdfinfo", [pdf]).toString().match(/Pages:\s+(\d+)/) || [])[1]);
      assert.ok(pages >= 4, `only ${pages} pages`);
    });
  }
}
