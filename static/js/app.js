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

  // Delegated, so rows added to a form later (the edit form's groups) suggest too. Each answer is
  // also announced on the input as a "suggestions" event for the create-a-group offer below.
  function suggest(input) {
    var kind = input.getAttribute("data-autocomplete");
    var url = document.body.getAttribute("data-suggest-" + kind);
    var list = document.getElementById(input.getAttribute("list"));
    if (!url || !list) return;
    var term = input.value.trim();
    if (term.length < 2 || /\[\d+\]$/.test(term)) return;
    fetch(url + "?q=" + encodeURIComponent(term), { headers: { "Accept": "application/json" } })
      .then(function (r) { return r.ok ? r.json() : { results: [] }; })
      .then(function (data) {
        if (input.value.trim() !== term) return;  // the analyst typed on meanwhile
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
        input.dispatchEvent(new CustomEvent("suggestions", { detail: { term: term, results: data.results } }));
      })
      .catch(function () { /* offline or error: the box still takes typed names */ });
  }
  var suggestSoon = debounce(suggest, 200);
  document.addEventListener("input", function (event) {
    if (event.target.matches && event.target.matches("input[data-autocomplete]")) suggestSoon(event.target);
  });
})();

/* On narrow screens the filter panel starts folded, after Apply too, so the results are on the
   first screen; its summary says how many filters are in use. */
(function () {
  "use strict";
  var panel = document.querySelector("details.filter-toggle");
  if (!panel || window.innerWidth > 900) return;
  var params = new URLSearchParams(window.location.search);
  var active = Array.from(params.keys()).filter(function (k) { return k !== "page" && k !== "per_page" && params.get(k); });
  panel.removeAttribute("open");
  var summary = panel.querySelector("summary");
  if (summary && active.length) summary.textContent = "Filters (" + active.length + " in use)";
})();

/* Filter forms send only the filters in use, so shared URLs stay short and readable. */
document.querySelectorAll("form.filters").forEach(function (form) {
  form.addEventListener("submit", function () {
    Array.prototype.forEach.call(form.elements, function (el) {
      if (el.name && !el.disabled && (el.tagName === "INPUT" || el.tagName === "SELECT") &&
          el.type !== "checkbox" && el.type !== "submit" && el.value === "") {
        el.disabled = true;
        // Re-enable after submission so going back shows a usable form.
        setTimeout(function () { el.disabled = false; }, 0);
      }
    });
  });
});

/* Selects marked data-submit-on-change send their form at once (the page-size picker). */
document.querySelectorAll("select[data-submit-on-change]").forEach(function (select) {
  select.addEventListener("change", function () { select.form.submit(); });
});

/* A filter form whose address would pass the server's request-line limit (about 4 KB) is not
   sent: the analyst is told to shorten it instead of getting a bare "URI too long". */
(function () {
  "use strict";
  var LIMIT = 4000;
  document.querySelectorAll("form[method=get]").forEach(function (form) {
    form.addEventListener("submit", function (event) {
      var params = new URLSearchParams(new FormData(form));
      var length = (form.action || window.location.pathname).length + 1 + params.toString().length;
      var note = form.querySelector(".form-too-long");
      if (length <= LIMIT) {
        if (note) note.remove();
        return;
      }
      event.preventDefault();
      event.stopImmediatePropagation();
      if (!note) {
        note = document.createElement("p");
        note.className = "form-too-long";
        note.setAttribute("role", "alert");
        form.prepend(note);
      }
      note.textContent = "These filters are too long to send (" + length + " characters; at most " + LIMIT +
        "). Shorten the search or the names.";
    }, true);
  });
})();

/* A fact's quote tooltip closes on Escape without moving focus (WCAG 1.4.13); it opens again on the next hover or focus. */
document.querySelectorAll(".quote").forEach(function (quote) {
  quote.addEventListener("keydown", function (event) {
    if (event.key === "Escape") quote.classList.add("dismissed");
  });
  ["mouseenter", "focusin"].forEach(function (name) {
    quote.addEventListener(name, function () { quote.classList.remove("dismissed"); });
  });
});

/* The incident edit form's groups: "Add another" rows from the formset's empty form, and a
   "Create group “name”" offer once the suggestions show that no group has the typed name. */
document.querySelectorAll("fieldset.actors").forEach(function (set) {
  "use strict";
  var prefix = set.getAttribute("data-prefix");
  var total = set.querySelector("input[name='" + prefix + "-TOTAL_FORMS']");
  var template = set.querySelector("template.actor-empty");
  var add = set.querySelector("button.add-actor");
  if (total && template && add) {
    add.hidden = false;
    add.addEventListener("click", function () {
      var index = parseInt(total.value, 10) || 0;
      var holder = document.createElement("div");
      holder.innerHTML = template.innerHTML.replace(/__prefix__/g, String(index));
      var row = holder.firstElementChild;
      set.querySelector(".actor-rows").appendChild(row);
      total.value = String(index + 1);
      var input = row.querySelector("input[type=text]");
      if (input) input.focus();
    });
  }
  set.addEventListener("suggestions", function (event) {
    var row = event.target.closest(".actor-row");
    var offer = row && row.querySelector(".create-offer");
    if (!offer) return;
    var term = event.detail.term.toLowerCase();
    var known = event.detail.results.some(function (name) { return String(name).toLowerCase() === term; });
    offer.querySelector(".create-name").textContent = event.detail.term;
    offer.hidden = known;
    if (known) offer.querySelector("input").checked = false;
  }, true);
  set.addEventListener("input", function (event) {
    var row = event.target.closest && event.target.closest(".actor-row");
    var offer = row && event.target.matches("input[data-offer-create]") && row.querySelector(".create-offer");
    if (!offer) return;
    // The ticked offer was for the name as it was: a changed name must be offered (and ticked) again.
    offer.hidden = true;
    offer.querySelector("input").checked = false;
  });
});
