/* Progressive enhancement only: every page works without this file. */
(function () {
  "use strict";

  // Autocomplete: inputs with data-autocomplete="location" or "group" fill their <datalist>
  // from a small JSON endpoint as the analyst types.
  function debounce(fn, ms) {
    var timer;
    return function () {
      var args = arguments, self = this;
      clearTimeout(timer);
      timer = setTimeout(function () { fn.apply(self, args); }, ms);
    };
  }

  document.querySelectorAll("input[data-autocomplete]").forEach(function (input) {
    var kind = input.getAttribute("data-autocomplete");
    var url = document.body.getAttribute("data-suggest-" + kind);
    var list = document.getElementById(input.getAttribute("list"));
    if (!url || !list) return;
    input.addEventListener("input", debounce(function () {
      var term = input.value.trim();
      if (term.length < 2 || /\[\d+\]$/.test(term)) return;
      fetch(url + "?q=" + encodeURIComponent(term), { headers: { "Accept": "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (data) {
          list.replaceChildren();
          data.results.forEach(function (item) {
            var option = document.createElement("option");
            if (typeof item === "string") {
              option.value = item;
            } else {
              option.value = item.label;
              option.textContent = item.parent ? "in " + item.parent : "";
            }
            list.appendChild(option);
          });
        })
        .catch(function () { /* offline or error: the box still takes typed names */ });
    }, 200));
  });
})();
