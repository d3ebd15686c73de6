/* The service worker of web push (warta.push), served as /sw.js.

   It does one thing: show the notification an editor sent, and open its
   (tracked) link when the reader taps it. It caches nothing and answers no
   fetch, so the site behaves exactly as without it. */
"use strict";

self.addEventListener("install", function () {
  self.skipWaiting();
});

self.addEventListener("activate", function (event) {
  event.waitUntil(self.clients.claim());
});

function safeUrl(url) {
  try {
    var parsed = new URL(url, self.location.origin);
    return parsed.protocol === "https:" || parsed.protocol === "http:" ? parsed.href : null;
  } catch (e) {
    return null;
  }
}

self.addEventListener("push", function (event) {
  var data = {};
  try {
    data = event.data ? event.data.json() : {};
  } catch (e) {
    data = {};
  }
  var title = typeof data.title === "string" && data.title ? data.title : "Berita terbaru";
  var options = {
    body: typeof data.body === "string" ? data.body : "",
    icon: safeUrl(data.icon) || undefined,
    tag: typeof data.tag === "string" ? data.tag : undefined,
    lang: "id",
    data: { url: safeUrl(data.url) || self.location.origin + "/" }
  };
  event.waitUntil(self.registration.showNotification(title, options));
});

self.addEventListener("notificationclick", function (event) {
  event.notification.close();
  var url = event.notification.data && event.notification.data.url;
  if (url) event.waitUntil(self.clients.openWindow(url));
});
