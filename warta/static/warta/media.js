/* Warta media: the gallery viewer, tap-to-play video and the share links.
   Loaded with defer by components/share.html on story pages. Without it the
   gallery is a plain list of photos, a video plays with the browser's own
   controls (or opens at the provider) and every share link is a plain link. */
(function () {
  "use strict";

  /* -- Gallery viewer ---------------------------------------------------- */

  function galleryViewer() {
    var list = document.querySelector("[data-gallery]");
    var dialog = document.querySelector("[data-viewer]");
    if (!list || !dialog || typeof dialog.showModal !== "function") return;
    var links = Array.prototype.slice.call(list.querySelectorAll("[data-gallery-open]"));
    var stage = dialog.querySelector("[data-viewer-stage]");
    var text = dialog.querySelector("[data-viewer-text]");
    var count = dialog.querySelector("[data-viewer-count]");
    var current = 0;
    var opener = null;

    function show(index) {
      current = (index + links.length) % links.length;
      var figure = links[current].closest("figure");
      var picture = links[current].querySelector("picture").cloneNode(true);
      picture.querySelectorAll("[sizes]").forEach(function (el) { el.setAttribute("sizes", "100vw"); });
      var img = picture.querySelector("img");
      img.removeAttribute("loading");
      img.removeAttribute("fetchpriority");
      stage.replaceChildren(picture);
      text.replaceChildren();
      figure.querySelectorAll(".credit, .caption").forEach(function (el) {
        var copy = document.createElement("p");
        copy.className = el.className;
        copy.textContent = el.textContent;
        text.appendChild(copy);
      });
      count.textContent = (current + 1) + " / " + links.length;
      // Fetch the neighbours ahead, so a swipe shows the next photo at once.
      [current + 1, current - 1].forEach(function (i) {
        var near = links[(i + links.length) % links.length].querySelector("img");
        if (near) near.loading = "eager";
      });
    }

    function open(index, from) {
      opener = from || document.activeElement;
      show(index);
      dialog.showModal();
      document.documentElement.classList.add("viewer-open");
      dialog.querySelector("[data-viewer-close]").focus();
    }

    function close() {
      if (dialog.open) dialog.close();
    }

    dialog.addEventListener("close", function () {
      document.documentElement.classList.remove("viewer-open");
      stage.replaceChildren();
      if (opener && opener.focus) opener.focus();
      opener = null;
    });

    links.forEach(function (link, index) {
      link.addEventListener("click", function (event) {
        if (event.metaKey || event.ctrlKey || event.shiftKey) return;
        event.preventDefault();
        open(index, link);
      });
    });
    dialog.querySelector("[data-viewer-close]").addEventListener("click", close);
    dialog.querySelector("[data-viewer-prev]").addEventListener("click", function () { show(current - 1); });
    dialog.querySelector("[data-viewer-next]").addEventListener("click", function () { show(current + 1); });
    // A tap on the dark area around the photo closes the viewer.
    stage.addEventListener("click", function (event) {
      if (event.target === stage) close();
    });

    dialog.addEventListener("keydown", function (event) {
      if (event.key === "ArrowRight") { event.preventDefault(); show(current + 1); }
      else if (event.key === "ArrowLeft") { event.preventDefault(); show(current - 1); }
      else if (event.key === "Escape") { event.preventDefault(); close(); }
      else if (event.key === "Tab") trapFocus(event);
    });

    // Keep Tab inside the viewer (showModal makes the page inert; this also
    // keeps focus from leaving for the browser's own controls).
    function trapFocus(event) {
      var items = Array.prototype.filter.call(
        dialog.querySelectorAll("button, a[href]"),
        function (el) { return el.offsetParent !== null; }
      );
      if (!items.length) return;
      var first = items[0];
      var last = items[items.length - 1];
      if (event.shiftKey && document.activeElement === first) { event.preventDefault(); last.focus(); }
      else if (!event.shiftKey && document.activeElement === last) { event.preventDefault(); first.focus(); }
    }

    // Swipe: a mostly sideways stroke of at least 40 px, by finger or pen.
    var start = null;
    stage.addEventListener("pointerdown", function (event) {
      start = { x: event.clientX, y: event.clientY };
    });
    stage.addEventListener("pointerup", function (event) {
      if (!start) return;
      var dx = event.clientX - start.x;
      var dy = event.clientY - start.y;
      start = null;
      if (Math.abs(dx) < 40 || Math.abs(dx) < Math.abs(dy)) return;
      show(dx < 0 ? current + 1 : current - 1);
    });
    stage.addEventListener("pointercancel", function () { start = null; });
  }

  /* -- Video: one play button, then the file or the provider's player ---- */

  function videoPlayers() {
    document.querySelectorAll("[data-video]").forEach(function (frame) {
      var play = frame.querySelector("[data-video-play]");
      var video = frame.querySelector("video");
      if (!play) return;
      if (video) {
        // Our poster and our button until the tap; the file's controls after.
        video.controls = false;
        play.hidden = false;
        play.addEventListener("click", function () {
          play.hidden = true;
          video.controls = true;
          video.play().catch(function () { /* the controls are there */ });
          video.focus();
        });
        return;
      }
      var src = frame.getAttribute("data-player-src");
      if (!src) return; // another host: the poster stays a link to it
      var away = play.querySelector("[data-video-away]");
      if (away) away.remove();
      play.setAttribute("role", "button");
      play.addEventListener("click", function (event) {
        event.preventDefault();
        var iframe = document.createElement("iframe");
        iframe.className = "video__embed";
        iframe.src = src;
        iframe.title = frame.getAttribute("data-player-title") || "Video";
        iframe.allow = "autoplay; encrypted-media; fullscreen; picture-in-picture";
        iframe.allowFullscreen = true;
        iframe.referrerPolicy = "strict-origin-when-cross-origin";
        frame.replaceChildren(iframe);
        iframe.focus();
      });
    });
  }

  /* -- Share: the device's share sheet, and copying the link -------------- */

  function shareLinks() {
    document.querySelectorAll(".share").forEach(function (box) {
      var status = box.querySelector("[data-share-status]");
      var native = box.querySelector("[data-share-native]");
      if (native && navigator.share) {
        native.closest("li").hidden = false;
        native.addEventListener("click", function () {
          navigator.share({ title: native.dataset.title, url: native.dataset.url })
            .catch(function () { /* the reader closed the sheet */ });
        });
      }
      var copy = box.querySelector("[data-share-copy]");
      if (!copy || !navigator.clipboard) return;
      copy.addEventListener("click", function (event) {
        event.preventDefault();
        navigator.clipboard.writeText(copy.href).then(function () {
          if (status) status.textContent = "Tautan disalin";
        }, function () { window.location.href = copy.href; });
      });
    });
  }

  galleryViewer();
  videoPlayers();
  shareLinks();
})();
