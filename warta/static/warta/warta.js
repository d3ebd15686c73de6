/* Warta reader site, loaded with `defer`: the font-size buttons, the view
   beacon and the section bar. No inline script anywhere, so a strict CSP
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

  /* On a phone the section bar scrolls sideways: bring the current one into view. */
  function currentSection() {
    var bar = document.querySelector(".sections");
    var current = bar && bar.querySelector("[aria-current]");
    if (!current || bar.scrollWidth <= bar.clientWidth) return;
    var left = current.getBoundingClientRect().left - bar.getBoundingClientRect().left;
    bar.scrollLeft += left - (bar.clientWidth - current.offsetWidth) / 2;
  }

  fontSize();
  viewBeacon();
  copyLink();
  currentSection();
})();
