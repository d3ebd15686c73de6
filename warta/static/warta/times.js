/* Relative times on cards and lists ("5 menit lalu", "2 jam lalu").
   The HTML holds the absolute time (pages and cards are cached, so a relative
   time written on the server would go stale); this rewrites each
   <time data-relatif> from the reader's clock, by the rule of
   warta.core.templatetags.waktu.relative_time, and keeps the absolute time in
   the title. Older than a day, or in the future: the absolute time stays. */
(function () {
  "use strict";
  var MINUTE = 60 * 1000, HOUR = 60 * MINUTE, DAY = 24 * HOUR;

  function label(then, now) {
    var age = now - then;
    if (age < -MINUTE || age >= DAY) return null;
    if (age < MINUTE) return "baru saja";
    if (age < HOUR) return Math.floor(age / MINUTE) + " menit lalu";
    return Math.floor(age / HOUR) + " jam lalu";
  }

  function update() {
    var now = Date.now();
    var times = document.querySelectorAll("time[data-relatif]");
    for (var i = 0; i < times.length; i++) {
      var el = times[i];
      var then = Date.parse(el.getAttribute("datetime"));
      if (isNaN(then)) continue;
      if (!el.hasAttribute("data-absolut")) el.setAttribute("data-absolut", el.textContent);
      var text = label(then, now);
      var absolute = el.getAttribute("data-absolut");
      el.textContent = text || absolute;
      if (text) el.title = absolute; else el.removeAttribute("title");
    }
  }

  update();
  window.setInterval(update, MINUTE);
})();
