/* Warta reader site, loaded with `defer`: the font-size buttons, the view
   beacon, the phone's menu drawer and search. No inline script anywhere, so a strict CSP
   (script-src 'self') holds. */
(function () {
  "use strict";

  var KEY = "warta.fontSize";
  var SIZES = ["small", "normal", "large"];
  var root = document.documentElement;

  function saved() {
    var size = null;
    try { size = localStorage.getItem(KEY); } catch (e) {}
    return SIZES.indexOf(size) >= 0 ? size : "normal";
  }

  function save(size) {
    try {
      if (size === "normal") localStorage.removeItem(KEY);
      else localStorage.setItem(KEY, size);
    } catch (e) {}
  }

  /* The size lives on <html> (warta-early.js put it there before first paint);
     the buttons only mirror it in aria-pressed. */
  function show(size) {
    if (size === "normal") root.removeAttribute("data-font-size");
    else root.setAttribute("data-font-size", size);
    var buttons = document.querySelectorAll("[data-font-choice]");
    for (var i = 0; i < buttons.length; i++) {
      var pressed = buttons[i].getAttribute("data-font-choice") === size;
      buttons[i].setAttribute("aria-pressed", pressed ? "true" : "false");
    }
  }

  function fontSize() {
    show(saved());
    document.addEventListener("click", function (event) {
      var button = event.target.closest && event.target.closest("[data-font-choice]");
      if (!button) return;
      var size = button.getAttribute("data-font-choice");
      save(size);
      show(size);
    });
    /* Another tab changed it: follow. */
    window.addEventListener("storage", function (event) {
      if (event.key === KEY || event.key === null) show(saved());
    });
  }

  /* One POST per article view, after the page has loaded. A prerendered page
     is only counted once the reader actually opens it. */
  function viewBeacon() {
    var article = document.querySelector("article[data-view-url]");
    var url = article && article.getAttribute("data-view-url");
    if (!url) return;
    var sent = false;
    function send() {
      if (sent) return;
      sent = true;
      /* fetch first: it can leave cookies out, sendBeacon always sends them. */
      if (window.fetch) {
        fetch(url, { method: "POST", keepalive: true, credentials: "omit" })
          .catch(function () {});
      } else if (navigator.sendBeacon) {
        navigator.sendBeacon(url);
      }
    }
    function whenShown() {
      if (document.prerendering) {
        document.addEventListener("prerenderingchange", send, { once: true });
      } else {
        send();
      }
    }
    if (document.readyState === "complete") whenShown();
    else window.addEventListener("load", whenShown, { once: true });
  }

  /* "Salin tautan": copy the story's address; without a clipboard the link
     still works as a plain link to the story. */
  function copyLink() {
    document.addEventListener("click", function (event) {
      var link = event.target.closest && event.target.closest("[data-copy-link]");
      if (!link || !navigator.clipboard) return;
      event.preventDefault();
      navigator.clipboard.writeText(link.href).then(function () {
        link.textContent = "Tautan disalin";
        link.setAttribute("aria-live", "polite");
      }, function () { window.location.href = link.href; });
    });
  }

  /* == header and drawer (R1) ==
     The phone's menu: the header's button opens the drawer, focus moves into
     it and the rest of the page is inert; Escape, the close button or a tap
     beside it close it and focus returns to the button. */
  function drawer() {
    var panel = document.querySelector("[data-drawer]");
    var toggle = document.querySelector("[data-drawer-toggle]");
    if (!panel || !toggle) return;
    var others = [];

    function setOpen(open) {
      panel.hidden = !open;
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      root.classList.toggle("drawer-open", open);
      if (open) {
        others = Array.prototype.filter.call(document.body.children, function (el) {
          return el !== panel && !el.inert;
        });
        others.forEach(function (el) { el.inert = true; });
        var first = panel.querySelector("[aria-current]") || panel.querySelector("a, button");
        if (first) first.focus();
      } else {
        others.forEach(function (el) { el.inert = false; });
        others = [];
        toggle.focus();
      }
    }

    toggle.addEventListener("click", function () { setOpen(panel.hidden); });
    panel.addEventListener("click", function (event) {
      if (event.target.closest("[data-drawer-close]")) setOpen(false);
    });
    document.addEventListener("keydown", function (event) {
      if (panel.hidden) return;
      if (event.key === "Escape") {
        event.preventDefault();
        setOpen(false);
      } else if (event.key === "Tab") {
        /* Round and round inside the drawer, as in any modal. */
        var stops = panel.querySelectorAll("a[href], button");
        var first = stops[0], last = stops[stops.length - 1];
        var active = document.activeElement;
        if (event.shiftKey ? active === first || !panel.contains(active) : active === last) {
          event.preventDefault();
          (event.shiftKey ? last : first).focus();
        }
      }
    });
    /* Turned to a desktop width with the drawer open: the full header shows. */
    var wide = window.matchMedia("(min-width: 64rem)");
    var onWide = function () { if (wide.matches && !panel.hidden) setOpen(false); };
    if (wide.addEventListener) wide.addEventListener("change", onWide);
  }

  /* The search icon opens the compact search line under the bar. */
  function quickSearch() {
    var toggle = document.querySelector("[data-search-toggle]");
    var form = toggle && document.getElementById(toggle.getAttribute("aria-controls"));
    if (!form) return;
    toggle.addEventListener("click", function () {
      var open = !form.classList.contains("is-open");
      form.classList.toggle("is-open", open);
      toggle.setAttribute("aria-expanded", open ? "true" : "false");
      if (open) form.querySelector("input").focus();
      else toggle.focus();
    });
    form.addEventListener("keydown", function (event) {
      if (event.key === "Escape" && form.classList.contains("is-open")) {
        form.classList.remove("is-open");
        toggle.setAttribute("aria-expanded", "false");
        toggle.focus();
      }
    });
  }
  /* == end header and drawer (R1) == */

  fontSize();
  viewBeacon();
  copyLink();
  drawer();
  quickSearch();
})();
