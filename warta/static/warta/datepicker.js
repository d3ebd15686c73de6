/* An Indonesian calendar for the search form's date fields (/cari/).

   The field stays a text field the reader may type dd/mm/yyyy into (the
   server reads that, and yyyy-mm-dd, and names a bad date in Indonesian); this
   adds a calendar button beside it. The calendar is a small modal dialog:
   month names and weekdays in Indonesian, the week from Senin, one button
   per day named in full for a screen reader ("Rabu, 2 Desember 2026"), arrow
   keys by day and week, Page Up / Page Down by month, Home / End to the
   week's ends, Escape to close. It is a modal <dialog> (the page behind is
   inert and dimmed); Tab goes round its controls and the focus returns to
   the button after. Tapping a day writes it as dd/mm/yyyy.

   Not the browser's <input type=date>: its box shows the date in the
   browser's own order, mm/dd/yyyy on a phone or computer set to English,
   which an Indonesian reader misreads; no third-party script either. */
(function () {
  "use strict";
  var MONTHS = ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
    "Agustus", "September", "Oktober", "November", "Desember"];
  var DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"];
  var DAY_MS = 24 * 60 * 60 * 1000;

  function pad(n) { return (n < 10 ? "0" : "") + n; }
  function text(day) { return pad(day.getDate()) + "/" + pad(day.getMonth() + 1) + "/" + day.getFullYear(); }
  function same(a, b) { return a && b && a.toDateString() === b.toDateString(); }
  function weekday(day) { return (day.getDay() + 6) % 7; } // Senin = 0
  function name(day) {
    return DAYS[weekday(day)] + ", " + day.getDate() + " " + MONTHS[day.getMonth()] + " " + day.getFullYear();
  }
  function addMonths(day, n) {
    var moved = new Date(day.getFullYear(), day.getMonth() + n, 1);
    var last = new Date(moved.getFullYear(), moved.getMonth() + 1, 0).getDate();
    moved.setDate(Math.min(day.getDate(), last));
    return moved;
  }

  /* What the field holds as a date: dd/mm/yyyy (or - .), or yyyy-mm-dd. */
  function parse(value) {
    var m = /^\s*(\d{1,2})[\/.\-](\d{1,2})[\/.\-](\d{4})\s*$/.exec(value);
    var y, mo, d;
    if (m) { d = +m[1]; mo = +m[2]; y = +m[3]; } else {
      m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$/.exec(value);
      if (!m) return null;
      y = +m[1]; mo = +m[2]; d = +m[3];
    }
    var day = new Date(y, mo - 1, d);
    return day.getMonth() === mo - 1 && day.getDate() === d ? day : null;
  }

  function el(tag, attrs, content) {
    var node = document.createElement(tag);
    for (var key in attrs) node.setAttribute(key, attrs[key]);
    if (content) node.textContent = content;
    return node;
  }

  function Calendar(input, opener) {
    this.input = input;
    this.opener = opener;
    var id = input.id + "-kalender";
    this.box = el("dialog", { "class": "calendar", id: id, "aria-labelledby": id + "-judul" });
    var head = el("div", { "class": "calendar__head" });
    this.prev = el("button", { type: "button", "class": "calendar__step", "aria-label": "Bulan sebelumnya" }, "‹");
    this.title = el("h2", { "class": "calendar__title", id: id + "-judul", "aria-live": "polite" });
    this.next = el("button", { type: "button", "class": "calendar__step", "aria-label": "Bulan berikutnya" }, "›");
    head.append(this.prev, this.title, this.next);
    this.grid = el("table", { "class": "calendar__grid", role: "grid", "aria-labelledby": id + "-judul" });
    var names = el("tr");
    DAYS.forEach(function (day) {
      names.append(el("th", { scope: "col", abbr: day }, day.slice(0, 3)));
    });
    var thead = el("thead");
    thead.append(names);
    this.body = el("tbody");
    this.grid.append(thead, this.body);
    var foot = el("div", { "class": "calendar__foot" });
    this.today = el("button", { type: "button", "class": "calendar__action" }, "Hari ini");
    this.close = el("button", { type: "button", "class": "calendar__action" }, "Tutup");
    foot.append(this.today, this.close);
    this.box.append(head, this.grid, foot);
    input.parentNode.append(this.box);
    opener.setAttribute("aria-controls", id);
    this.listen();
  }

  Calendar.prototype.listen = function () {
    var self = this;
    this.opener.addEventListener("click", function () {
      if (!self.box.open) self.open();
    });
    this.prev.addEventListener("click", function () { self.show(addMonths(self.focused, -1), false); });
    this.next.addEventListener("click", function () { self.show(addMonths(self.focused, 1), false); });
    this.today.addEventListener("click", function () { self.pick(new Date()); });
    this.close.addEventListener("click", function () { self.hide(true); });
    this.body.addEventListener("click", function (event) {
      var button = event.target.closest("button[data-day]");
      if (button) self.pick(new Date(+button.getAttribute("data-day")));
    });
    this.body.addEventListener("keydown", function (event) { self.key(event); });
    this.box.addEventListener("keydown", function (event) {
      if (event.key === "Escape") { event.preventDefault(); self.hide(true); }
      if (event.key === "Tab") self.trap(event);
    });
    // A tap on the dimmed page around it (the dialog's ::backdrop) closes it.
    this.box.addEventListener("click", function (event) {
      if (event.target === self.box) self.hide(true);
    });
  };

  Calendar.prototype.open = function () {
    this.selected = parse(this.input.value);
    this.box.showModal();
    this.opener.setAttribute("aria-expanded", "true");
    this.show(this.selected || new Date(), true);
  };

  Calendar.prototype.hide = function (refocus) {
    this.box.close();
    this.opener.setAttribute("aria-expanded", "false");
    if (refocus) this.opener.focus();
  };

  Calendar.prototype.pick = function (day) {
    this.input.value = text(day);
    this.input.removeAttribute("aria-invalid");
    this.input.dispatchEvent(new Event("change", { bubbles: true }));
    this.hide(false);
    this.input.focus();
  };

  /* Draw the month of ``day``, the day itself reachable by Tab (roving). */
  Calendar.prototype.show = function (day, focus) {
    this.focused = day;
    this.title.textContent = MONTHS[day.getMonth()] + " " + day.getFullYear();
    this.body.textContent = "";
    var first = new Date(day.getFullYear(), day.getMonth(), 1);
    var cursor = new Date(first.getTime() - weekday(first) * DAY_MS);
    cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate());
    var now = new Date();
    for (var week = 0; week < 6; week++) {
      var row = el("tr");
      for (var i = 0; i < 7; i++) {
        var cell = el("td", { role: "gridcell" });
        if (cursor.getMonth() === day.getMonth()) {
          var button = el("button", { type: "button", "data-day": String(cursor.getTime()),
            "aria-label": name(cursor), tabindex: same(cursor, day) ? "0" : "-1" }, String(cursor.getDate()));
          if (same(cursor, this.selected)) button.setAttribute("aria-pressed", "true");
          if (same(cursor, now)) button.setAttribute("aria-current", "date");
          cell.append(button);
        }
        row.append(cell);
        cursor = new Date(cursor.getFullYear(), cursor.getMonth(), cursor.getDate() + 1);
      }
      this.body.append(row);
    }
    if (focus) this.current().focus();
  };

  Calendar.prototype.current = function () {
    return this.body.querySelector('button[tabindex="0"]');
  };

  Calendar.prototype.key = function (event) {
    var day = this.focused, moved = null;
    var by = { ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7 }[event.key];
    if (by) moved = new Date(day.getFullYear(), day.getMonth(), day.getDate() + by);
    else if (event.key === "PageUp") moved = addMonths(day, event.shiftKey ? -12 : -1);
    else if (event.key === "PageDown") moved = addMonths(day, event.shiftKey ? 12 : 1);
    else if (event.key === "Home") moved = new Date(day.getFullYear(), day.getMonth(), day.getDate() - weekday(day));
    else if (event.key === "End") moved = new Date(day.getFullYear(), day.getMonth(), day.getDate() + 6 - weekday(day));
    if (!moved) return;
    event.preventDefault();
    this.show(moved, true);
  };

  /* Tab and Shift+Tab go round the dialog's controls, never out of it. */
  Calendar.prototype.trap = function (event) {
    var stops = [this.prev, this.next, this.current(), this.today, this.close];
    var at = stops.indexOf(document.activeElement);
    var to = (at + (event.shiftKey ? -1 : 1) + stops.length) % stops.length;
    event.preventDefault();
    stops[at < 0 ? 0 : to].focus();
  };

  var openers = document.querySelectorAll("button[data-kalender]");
  for (var i = 0; i < openers.length; i++) {
    var input = document.getElementById(openers[i].getAttribute("data-kalender"));
    if (!input) continue;
    new Calendar(input, openers[i]);
    openers[i].hidden = false;
  }
})();
