/* Warta, in <head> before first paint: mark that scripts run and apply the
   reader's saved text size, so the story never jumps from one size to another.
   warta.js (deferred) does the rest. */
(function (root) {
  var size;
  root.classList.add("js");
  try { size = localStorage.getItem("warta.fontSize"); } catch (e) {}
  if (size === "small" || size === "large") root.setAttribute("data-font-size", size);
})(document.documentElement);
