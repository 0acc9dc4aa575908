// The self-check's drafts (assets/js/selfcheck/drafts.js), on an in-memory
// storage: kept by default, one per set of models whatever the page's
// language, turned off (which deletes them), storage that refuses.
import { test } from "node:test";
import assert from "node:assert/strict";
import { openDrafts, modelKey } from "../../assets/js/selfcheck/drafts.js";

function memory() {
  const m = new Map();
  return {
    m,
    getItem: (k) => (m.has(k) ? m.get(k) : null),
    setItem: (k, v) => m.set(k, String(v)),
    removeItem: (k) => m.delete(k),
  };
}
const state = (models, status = "partly") => ({ models, locality: "Testby", organisations: "", assessed_by: "", date: "2026-12-02", answers: { "core.shared-position": { status } } });

test("a draft is kept by default and read back by a page opened later", () => {
  const s = memory();
  const d = openDrafts(s);
  assert.equal(d.available, true);
  assert.equal(d.enabled, true);
  assert.equal(d.save(state(["cti-denmark"])), true);
  const again = openDrafts(s); // another page load, in any language
  assert.deepEqual(again.current(), state(["cti-denmark"]));
});

test("one draft per set of models: switching model keeps the other's answers", () => {
  const d = openDrafts(memory());
  d.save(state(["chrysalis"], "in-place"));
  d.save(state(["kljuc", "cti-denmark"], "planned"));
  assert.equal(d.get(["chrysalis"]).answers["core.shared-position"].status, "in-place");
  assert.equal(d.get(["cti-denmark", "kljuc"]).answers["core.shared-position"].status, "planned");
  assert.equal(d.current().models.join(), "kljuc,cti-denmark");
  assert.equal(modelKey(["kljuc", "cti-denmark"]), modelKey(["cti-denmark", "kljuc"]));
  d.remove(["kljuc", "cti-denmark"]);
  assert.equal(d.current(), null);
  assert.ok(d.get(["chrysalis"]));
});

test("turning drafts off deletes them and keeps nothing after", () => {
  const s = memory();
  const d = openDrafts(s);
  d.save(state(["chrysalis"]));
  d.setEnabled(false);
  assert.equal(d.enabled, false);
  assert.equal(d.current(), null);
  assert.equal(d.save(state(["chrysalis"])), false);
  assert.deepEqual([...s.m.keys()], ["exitguide-selfcheck-drafts-off"], "only the choice is stored, no answer");
  d.setEnabled(true);
  assert.equal(openDrafts(s).enabled, true);
});

test("answers an earlier version kept on request become the draft", () => {
  const s = memory();
  s.setItem("exitguide-selfcheck-v1", JSON.stringify(state(["copenhagen"])));
  const d = openDrafts(s);
  assert.deepEqual(d.current(), state(["copenhagen"]));
  assert.equal(s.getItem("exitguide-selfcheck-v1"), null);
});

test("storage that refuses (a locked-down browser): nothing kept, nothing thrown", () => {
  const refuse = {
    getItem() {
      throw new Error("SecurityError");
    },
    setItem() {
      throw new Error("SecurityError");
    },
    removeItem() {
      throw new Error("SecurityError");
    },
  };
  const d = openDrafts(refuse);
  assert.equal(d.available, false);
  assert.equal(d.enabled, false);
  assert.equal(d.save(state(["chrysalis"])), false);
  assert.equal(d.current(), null);
  const full = memory();
  full.setItem = () => {
    throw new Error("QuotaExceededError");
  };
  assert.equal(openDrafts(full).save(state(["chrysalis"])), false, "a full storage: the page knows the draft was not kept");
});
