// Language switcher: carry the place on the page (the URL fragment, e.g. a
// criterion id) over to the other language, where the same ids exist.
// Progressive: without JavaScript the links lead to the top of the same page.
(function () {
  "use strict";
  var links = document.querySelectorAll(".lang-switcher a[href]");
  function carry() {
    var hash = window.location.hash;
    for (var i = 0; i < links.length; i++) {
      var base = links[i].getAttribute("href").split("#")[0];
      links[i].setAttribute("href", hash.length > 1 ? base + hash : base);
    }
  }
  carry();
  window.addEventListener("hashchange", carry);
  document.addEventListener("click", function (e) {
    var a = e.target.closest && e.target.closest("a[href^='#']");
    if (a) window.setTimeout(carry, 0);
  });
})();
