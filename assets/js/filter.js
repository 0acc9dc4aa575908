// Recommendations page: filter by model. Without JavaScript every
// recommendation shows; with it, the (hidden) fieldset of model checkboxes
// appears, unticking a model hides its group, and a live region says how
// many recommendations are shown. Loaded with defer; no inline script.
(function () {
  "use strict";
  var form = document.getElementById("rec-filter");
  if (!form) return;
  var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="model"]'));
  var groups = Array.prototype.slice.call(document.querySelectorAll(".rec-group[data-model]"));
  var out = form.querySelector(".rec-filter__count");
  var template = form.getAttribute("data-count") || "{n} / {total}";
  var total = form.getAttribute("data-total") || "";

  function update(announce) {
    var on = {};
    boxes.forEach(function (b) { on[b.value] = b.checked; });
    var shown = 0;
    groups.forEach(function (g) {
      var visible = on[g.getAttribute("data-model")] !== false;
      g.hidden = !visible;
      if (visible) shown += g.querySelectorAll(".rec").length;
    });
    if (announce) out.textContent = template.replace("{n}", shown).replace("{total}", total);
  }

  // A link to a recommendation of a hidden model shows that model again.
  function reveal() {
    var id = decodeURIComponent(window.location.hash.slice(1));
    var target = id && document.getElementById(id);
    var group = target && target.closest(".rec-group");
    if (group && group.hidden) {
      boxes.forEach(function (b) { if (b.value === group.getAttribute("data-model")) b.checked = true; });
      update(true);
      target.scrollIntoView();
    }
  }

  form.hidden = false;
  form.addEventListener("change", function () { update(true); });
  form.addEventListener("submit", function (e) { e.preventDefault(); });
  window.addEventListener("hashchange", reveal);
  update(false);
})();
