// Small conveniences only; every page works without them.
(function () {
  "use strict";
  // The API token typed once is reused by the other forms of this tab (never stored beyond it).
  var key = "wirewatch-token";
  var fields = document.querySelectorAll("input[data-token]");
  fields.forEach(function (field) {
    var saved = window.sessionStorage.getItem(key);
    if (saved && !field.value) { field.value = saved; }
    field.form.addEventListener("submit", function () {
      if (field.value) { window.sessionStorage.setItem(key, field.value); }
    });
  });
  // "/" jumps to the search box, as in many tools, unless the user is typing somewhere.
  document.addEventListener("keydown", function (event) {
    var target = event.target;
    var typing = target && (target.tagName === "INPUT" || target.tagName === "TEXTAREA" || target.isContentEditable);
    if (event.key === "/" && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      var box = document.getElementById("header-q");
      if (box) { event.preventDefault(); box.focus(); }
    }
  });
})();
