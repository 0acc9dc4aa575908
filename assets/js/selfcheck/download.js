// Files the page hands to the browser to save: made here, from what is on
// the page, and never sent anywhere.

/** Saves text as a file called name (type is its media type); returns the name. */
export function saveFile(name, text, type) {
  const blob = new Blob([text], { type: type + ";charset=utf-8" });
  const url = URL.createObjectURL(blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return name;
}

/**
 * A file name part from what a user typed (a locality): letters and digits
 * of any script kept, everything else one "-"; at most 40 characters.
 */
export function namePart(s) {
  return String(s || "")
    .normalize("NFC")
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
}
