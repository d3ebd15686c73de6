/* Live report: fetch new updates every 20 s (not while the tab is hidden) and
   put them on top, with the count and the time of the last one. */
(function () {
  "use strict";
  var box = document.querySelector(".live[data-poll-url]");
  if (!box || !window.fetch) return;
  var list = box.querySelector(".live__updates");
  var status = box.querySelector(".live__status");
  var url = box.getAttribute("data-poll-url");
  var every = 20000;
  var timer = null;

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  }

  function item(u) {
    var li = el("li", "live-update live-update--new");
    li.id = "pembaruan-" + u.id;
    li.setAttribute("data-id", u.id);
    var when = el("time", "", u.time_label);
    when.dateTime = u.time;
    li.appendChild(el("p", "live-update__time")).appendChild(when);
    if (u.title) li.appendChild(el("h3", "live-update__title", u.title));
    li.appendChild(el("div", "live-update__body")).innerHTML = u.html;
    return li;
  }

  function show(data) {
    var seen = {};
    list.querySelectorAll("[data-id]").forEach(function (li) {
      seen[li.getAttribute("data-id")] = true;
    });
    var fresh = data.updates.filter(function (u) { return !seen[u.id]; });
    for (var i = fresh.length - 1; i >= 0; i--) {
      list.insertBefore(item(fresh[i]), list.firstChild);
    }
    var text = data.count + " pembaruan";
    if (data.last_update) text += " · terakhir " + data.last_update_label;
    if (!data.running) text += " · liputan telah berakhir";
    status.textContent = text;
    if (!data.running) {
      box.classList.remove("live--running");
      stop();
    }
  }

  function poll() {
    if (document.hidden) return;
    fetch(url, { headers: { Accept: "application/json" } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (data) { if (data) show(data); })
      .catch(function () {});
  }

  function stop() {
    clearInterval(timer);
    timer = null;
  }

  timer = setInterval(poll, every);
  document.addEventListener("visibilitychange", function () {
    if (!document.hidden && timer) poll();
  });
})();
