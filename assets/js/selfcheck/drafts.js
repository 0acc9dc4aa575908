// Drafts: the answers in progress, kept in this browser (localStorage) so
// that a link, a reload or the language switcher loses nothing. One draft
// per set of models (the proposal file it becomes), shared by the page of
// every language. Kept by default; turning drafts off deletes them all, and
// only that choice (no answer) is then remembered.
const KEY = "exitguide-selfcheck-drafts-v2";
const OFF = "exitguide-selfcheck-drafts-off";
// The store of earlier versions of the page (kept only on request).
const OLD = "exitguide-selfcheck-v1";

/** The draft's name for a set of models: the same whatever their order. */
export const modelKey = (models) => [...(models || [])].sort().join("+");

/**
 * The drafts in storage (window.localStorage, or any object with its
 * getItem, setItem and removeItem). Where storage is refused (a locked-down
 * browser), available is false and nothing is kept.
 */
export function openDrafts(storage) {
  let store = null;
  try {
    store = storage ?? window.localStorage;
    store.getItem(KEY);
  } catch {
    store = null;
  }
  const read = () => {
    try {
      const v = JSON.parse(store.getItem(KEY) || "null");
      if (v && typeof v === "object" && v.drafts && typeof v.drafts === "object") return v;
    } catch {}
    return { current: "", drafts: {} };
  };
  const write = (v) => {
    try {
      store.setItem(KEY, JSON.stringify(v));
      return true;
    } catch {
      return false;
    }
  };
  const api = {
    available: !!store,
    /** Whether drafts are kept (the default, unless turned off). */
    get enabled() {
      if (!store) return false;
      try {
        return store.getItem(OFF) !== "1";
      } catch {
        return false;
      }
    },
    /** Turns drafts on, or off: off deletes every draft. */
    setEnabled(on) {
      if (!store) return;
      try {
        if (on) store.removeItem(OFF);
        else {
          store.setItem(OFF, "1");
          store.removeItem(KEY);
          store.removeItem(OLD);
        }
      } catch {}
    },
    /** The draft last worked on, or null. */
    current() {
      if (!api.enabled) return null;
      const v = read();
      return v.drafts[v.current]?.state || null;
    },
    /** The draft for a set of models, or null. */
    get(models) {
      if (!api.enabled) return null;
      return read().drafts[modelKey(models)]?.state || null;
    },
    /** Keeps state (with its models) as the current draft; false when nothing was written. */
    save(state) {
      if (!api.enabled || !state?.models?.length) return false;
      const v = read();
      const k = modelKey(state.models);
      v.drafts[k] = { saved: new Date().toISOString(), state };
      v.current = k;
      return write(v);
    },
    /** Deletes the draft of a set of models. */
    remove(models) {
      if (!store) return;
      const v = read();
      const k = modelKey(models);
      delete v.drafts[k];
      if (v.current === k) v.current = "";
      if (Object.keys(v.drafts).length) write(v);
      else
        try {
          store.removeItem(KEY);
        } catch {}
    },
  };
  // Answers an earlier version kept on request become a draft.
  try {
    const old = store && JSON.parse(store.getItem(OLD) || "null");
    if (old && Array.isArray(old.models)) {
      if (api.enabled && !api.get(old.models)) api.save(old);
      store.removeItem(OLD);
    }
  } catch {}
  return api;
}
