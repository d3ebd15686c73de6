/* Web push on the reader site (warta.push), loaded with `defer` on every page.

   Pages are cached for everyone, so nothing here comes from the server until the
   reader acts: the stories read are counted in this browser's localStorage, and
   after the second one a small banner at the bottom of the screen asks whether
   to be told about important news. Only "Ya, beri tahu saya" asks the browser
   for its permission, registers the service worker (/sw.js), subscribes and
   sends the subscription to the server. "Nanti saja" hides the banner for 30
   days. A running live report offers "Ikuti laporan ini" in its header.
   No inline script and no inline style: the CSP (script-src 'self') holds. */
(function () {
  "use strict";

  var script = document.currentScript;
  var READ = "warta.push.read";       /* ids of the last stories read */
  var LATER = "warta.push.later";     /* "Nanti saja": not before this time */
  var STATE = "warta.push.state";     /* {topics: [...]} once subscribed */
  var AFTER = 2;                      /* stories read before the offer */
  var KEEP = 20;
  var LATER_MS = 30 * 24 * 3600 * 1000;

  function supported() {
    return window.isSecureContext && "serviceWorker" in navigator &&
      "PushManager" in window && "Notification" in window && window.fetch &&
      Notification.permission !== "denied";
  }

  function load(key, fallback) {
    try {
      var value = JSON.parse(localStorage.getItem(key));
      return value === null || value === undefined ? fallback : value;
    } catch (e) { return fallback; }
  }

  function save(key, value) {
    try { localStorage.setItem(key, JSON.stringify(value)); } catch (e) {}
  }

  /* Story pages name their view beacon, /v/<page id>/ (warta.popularity). */
  function storyId() {
    var article = document.querySelector("article[data-view-url]");
    var match = article && /\/v\/(\d+)\/?$/.exec(article.getAttribute("data-view-url"));
    return match ? match[1] : null;
  }

  function countRead(id) {
    var read = load(READ, []);
    if (!Array.isArray(read)) read = [];
    if (read.indexOf(id) < 0) read.push(id);
    save(READ, read.slice(-KEEP));
    return read.length;
  }

  /* The story's rubrik: its feed link (/rubrik/<slug>/rss/) and its name. */
  function section() {
    var link = document.querySelector('link[rel="alternate"][href*="/rubrik/"]');
    var meta = document.querySelector('meta[property="article:section"]');
    var match = link && /\/rubrik\/([a-z0-9-]+)\/rss\/?$/.exec(link.getAttribute("href"));
    if (!match || !meta) return null;
    return { topic: "rubrik-" + match[1], name: meta.getAttribute("content") };
  }

  function subscribedTopics() {
    var state = load(STATE, null);
    return state && Array.isArray(state.topics) ? state.topics : null;
  }

  /* ---- talking to the browser and the server (only after a click) ---- */

  function permission() {
    return new Promise(function (resolve) {
      var asked = Notification.requestPermission(resolve); /* old Safari: callback */
      if (asked && asked.then) asked.then(resolve);
    });
  }

  function settings() {
    return fetch(script.getAttribute("data-push"), { credentials: "omit" })
      .then(function (response) {
        if (!response.ok) throw new Error("key " + response.status);
        return response.json();
      });
  }

  function keyBytes(text) {
    var base64 = text.replace(/-/g, "+").replace(/_/g, "/");
    base64 += "===".slice((base64.length + 3) % 4);
    var raw = atob(base64);
    var bytes = new Uint8Array(raw.length);
    for (var i = 0; i < raw.length; i++) bytes[i] = raw.charCodeAt(i);
    return bytes;
  }

  function post(url, body) {
    return fetch(url, {
      method: "POST",
      credentials: "omit",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body)
    }).then(function (response) {
      return response.json().catch(function () { return {}; }).then(function (data) {
        if (!response.ok || !data.ok) throw new Error(data.detail || response.status);
        return data;
      });
    });
  }

  function browserSubscription(config) {
    return navigator.serviceWorker.register(config.worker, { scope: "/" })
      .then(function () { return navigator.serviceWorker.ready; })
      .then(function (registration) {
        return registration.pushManager.getSubscription().then(function (found) {
          return found || registration.pushManager.subscribe({
            userVisibleOnly: true,
            applicationServerKey: keyBytes(config.key)
          });
        });
      });
  }

  /* Ask, subscribe and tell the server; resolves with the topics kept. */
  function subscribe(topics) {
    return permission().then(function (answer) {
      if (answer !== "granted") throw new Error("denied");
      return settings();
    }).then(function (config) {
      return browserSubscription(config).then(function (subscription) {
        var body = subscription.toJSON();
        body.topics = topics;
        return post(config.subscribe, body);
      });
    }).then(function (answer) {
      save(STATE, { topics: answer.topics });
      return answer.topics;
    });
  }

  function leave(topics) {
    return settings().then(function (config) {
      return navigator.serviceWorker.ready.then(function (registration) {
        return registration.pushManager.getSubscription();
      }).then(function (subscription) {
        if (!subscription) return { topics: [] };
        return post(config.unsubscribe, { endpoint: subscription.endpoint, topics: topics });
      });
    }).then(function (answer) {
      save(STATE, { topics: answer.topics });
      return answer.topics;
    });
  }

  /* ---- what the reader sees ---- */

  function element(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  /* The banner's stylesheet, then the banner: never an unstyled flash. */
  var styled = null;
  function withStyles(then) {
    if (!styled) {
      styled = new Promise(function (resolve) {
        var link = element("link");
        link.rel = "stylesheet";
        link.href = script.getAttribute("data-push-css");
        link.onload = link.onerror = resolve;
        document.head.appendChild(link);
      });
    }
    styled.then(then);
  }

  function failure(error) {
    return String(error && error.message) === "denied"
      ? "Notifikasi diblokir di peramban ini. Anda bisa mengizinkannya lewat pengaturan situs."
      : "Maaf, belum berhasil. Coba lagi nanti.";
  }

  function offer(rubrik) {
    var box = element("section", "push-offer");
    box.setAttribute("aria-labelledby", "push-offer-judul");
    var question = element("p", "push-offer__question", "Mau diberi tahu bila ada berita penting?");
    question.id = "push-offer-judul";
    box.appendChild(question);
    var tick = null;
    if (rubrik) {
      var label = element("label", "push-offer__topic");
      tick = element("input");
      tick.type = "checkbox";
      label.appendChild(tick);
      label.appendChild(document.createTextNode(" Juga berita pilihan rubrik " + rubrik.name));
      box.appendChild(label);
    }
    var actions = element("div", "push-offer__actions");
    var yes = element("button", "push-offer__yes", "Ya, beri tahu saya");
    var later = element("button", "push-offer__later", "Nanti saja");
    yes.type = later.type = "button";
    actions.appendChild(yes);
    actions.appendChild(later);
    box.appendChild(actions);
    var status = element("p", "push-offer__status");
    status.setAttribute("role", "status");
    box.appendChild(status);

    function close(after) {
      window.setTimeout(function () {
        box.remove();
        document.body.classList.remove("push-offer-open");
      }, after || 0);
    }
    later.addEventListener("click", function () {
      save(LATER, Date.now() + LATER_MS);
      close();
    });
    yes.addEventListener("click", function () {
      var topics = ["breaking"];
      if (tick && tick.checked) topics.push(rubrik.topic);
      yes.disabled = later.disabled = true;
      status.textContent = "Menunggu izin dari peramban…";
      subscribe(topics).then(function () {
        actions.remove();
        if (tick) tick.parentNode.remove();
        question.textContent = "Terima kasih! Kami akan memberi tahu Anda bila ada berita penting.";
        status.textContent = "";
        close(5000);
      }, function (error) {
        status.textContent = failure(error);
        yes.disabled = later.disabled = false;
        if (String(error && error.message) === "denied") {
          save(LATER, Date.now() + LATER_MS);
          close(6000);
        }
      });
    });
    withStyles(function () {
      document.body.appendChild(box);
      document.body.classList.add("push-offer-open");
    });
  }

  /* "Ikuti laporan ini" in a running live report's header. */
  function follow(topic) {
    var head = document.querySelector(".live--running .live__head");
    if (!head) return;
    var button = element("button", "push-follow");
    button.type = "button";
    var status = element("span", "push-follow__status");
    status.setAttribute("role", "status");
    function show() {
      var following = (subscribedTopics() || []).indexOf(topic) >= 0;
      button.textContent = following ? "Berhenti mengikuti" : "Ikuti laporan ini";
      button.setAttribute("aria-pressed", following ? "true" : "false");
    }
    button.addEventListener("click", function () {
      var following = button.getAttribute("aria-pressed") === "true";
      button.disabled = true;
      status.textContent = following ? "" : "Menunggu izin dari peramban…";
      (following ? leave([topic]) : subscribe(["breaking", topic])).then(function () {
        status.textContent = following ? "" : "Anda akan diberi tahu setiap ada pembaruan penting.";
      }, function (error) {
        status.textContent = failure(error);
      }).then(function () {
        button.disabled = false;
        show();
      });
    });
    show();
    withStyles(function () {
      head.appendChild(button);
      head.appendChild(status);
    });
  }

  function start() {
    var id = storyId();
    if (!id) return;
    var read = countRead(id);
    if (!supported()) return;
    if (document.body.classList.contains("live-report")) follow("live-" + id);
    if (subscribedTopics() || read < AFTER || load(LATER, 0) > Date.now()) return;
    offer(section());
  }

  start();
})();
