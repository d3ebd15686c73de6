/* Comments, enhanced: "Tulis komentar", "Balas" and "Laporkan" open their form
   inline instead of on a page of its own, and the form posts without leaving the
   story. The server does all the work: this fetches the same uncached form page
   with ?fragment=1 (the cached story page never holds a CSRF token) and swaps in
   whatever panel comes back. Without this file every link and form still works. */
(function () {
  "use strict";

  function fragmentUrl(url) {
    var target = new URL(url, window.location.href);
    target.searchParams.set("fragment", "1");
    return target.toString();
  }

  function panelFrom(html) {
    var doc = new DOMParser().parseFromString(html, "text/html");
    return doc.querySelector("[data-comments-panel]");
  }

  function show(slot, panel) {
    slot.replaceChildren(document.importNode(panel, true));
    var form = slot.querySelector("[data-comments-form]");
    if (form) {
      form.addEventListener("submit", function (event) { submit(event, slot, form); });
    }
    var focus = slot.querySelector("[role=alert], [role=status], input:not([tabindex='-1']), textarea, button");
    if (focus) {
      if (!focus.matches("input, textarea, button")) { focus.setAttribute("tabindex", "-1"); }
      focus.focus();
    }
  }

  function load(url, slot, options) {
    slot.setAttribute("aria-busy", "true");
    return fetch(fragmentUrl(url), Object.assign({ credentials: "same-origin" }, options))
      .then(function (response) { return response.text(); })
      .then(function (html) {
        var panel = panelFrom(html);
        if (!panel) { throw new Error("no panel"); }
        show(slot, panel);
      })
      .finally(function () { slot.removeAttribute("aria-busy"); });
  }

  function submit(event, slot, form) {
    event.preventDefault();
    var button = form.querySelector("button[type=submit]");
    if (button) { button.disabled = true; }
    load(form.action, slot, { method: "POST", body: new FormData(form) })
      .catch(function () { form.submit(); });
  }

  function slotAfter(link) {
    var holder = link.closest(".comment, .comments__write") || link.parentNode;
    var slot = holder.querySelector(":scope > .comments-slot");
    if (!slot) {
      slot = document.createElement("div");
      slot.className = "comments-slot";
      holder.appendChild(slot);
    }
    return slot;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest("a[data-comments-open]");
    if (!link || event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) {
      return;
    }
    event.preventDefault();
    load(link.href, slotAfter(link)).catch(function () { window.location.href = link.href; });
  });
})();
