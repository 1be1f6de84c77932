/* Review queue keyboard: j / k move, r marks reviewed, x rejected, a assigns to me, o or Enter opens,
   Space ticks. Progressive enhancement: the page's tick boxes and buttons do the same without it. */
(function () {
  "use strict";
  var section = document.querySelector("[data-review-queue]");
  var form = document.getElementById("bulk-form");
  if (!section) return;
  var rows = Array.prototype.slice.call(section.querySelectorAll("tbody tr[data-row-url]"));
  if (!rows.length) return;
  // Each section (and page) keeps its own place: a decision reloads the page on the next row.
  var key = "queue-at:" + window.location.pathname + window.location.search;
  var at = Math.min(parseInt(sessionStorage.getItem(key) || "0", 10) || 0, rows.length - 1);

  function show(index) {
    at = Math.max(0, Math.min(index, rows.length - 1));
    rows.forEach(function (row, i) {
      row.classList.toggle("current", i === at);
      if (i === at) row.setAttribute("aria-current", "true"); else row.removeAttribute("aria-current");
    });
    var target = rows[at].querySelector("input[type=checkbox]") || rows[at].querySelector("a");
    if (target) target.focus({ preventScroll: false });
    sessionStorage.setItem(key, String(at));
  }

  // Submit the bulk form's button `name`=`value` for the current row alone (absent buttons: nothing happens).
  function act(name, value) {
    var button = form && form.querySelector("button[name=" + name + "][value=" + value + "]");
    if (!button) return;
    rows.forEach(function (row, i) {
      var box = row.querySelector("input[name=ids]");
      if (box) box.checked = i === at;
    });
    form.requestSubmit(button);
  }

  document.addEventListener("keydown", function (event) {
    var el = event.target;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (el.isContentEditable || /^(TEXTAREA|SELECT)$/.test(el.tagName) ||
        (el.tagName === "INPUT" && el.type !== "checkbox")) return;
    var handled = true;
    switch (event.key) {
      case "j": show(at + 1); break;
      case "k": show(at - 1); break;
      case "r": act("status", "reviewed"); break;
      case "x": act("status", "rejected"); break;
      case "a": act("assign", "me"); break;
      case "o": case "Enter": window.location.href = rows[at].getAttribute("data-row-url"); break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });
  show(at);
})();

/* "Tick every row" boxes. */
document.querySelectorAll("input[data-select-all]").forEach(function (all) {
  all.addEventListener("change", function () {
    var table = all.closest("table");
    table.querySelectorAll("tbody input[name=ids]").forEach(function (box) { box.checked = all.checked; });
  });
});
