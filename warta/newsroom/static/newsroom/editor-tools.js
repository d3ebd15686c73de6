// Editors' daily tools in the page editor (warta.newsroom.editor_tools):
// - a live count of the body's words and characters beside "Isi berita", and
//   of the headline's and SEO title's characters beside theirs;
// - on the "Promosi" tab, the story as a Google result and as a WhatsApp /
//   Facebook share card, redrawn as the editor types.
// The counters sit absolutely in their panel's header (or beside a field's
// label), so drawing or updating them moves nothing else (no layout shift).
(() => {
  const facts = (() => {
    const node = document.getElementById("warta-editor-facts");
    try {
      return node ? JSON.parse(node.textContent) : {};
    } catch {
      return {};
    }
  })();
  const number = new Intl.NumberFormat("id-ID");
  const field = (name) => document.getElementById(`id_${name}`);
  const value = (name) => (field(name) ? field(name).value.trim() : "");

  // What a reader reads: paragraphs, subheadings, quotes, questions and
  // answers; not the block menus and labels around them, nor photo captions
  // and a quote's source.
  const TYPED = '[contenteditable="true"], textarea, input[type="text"]';
  const NOT_READ = ["caption", "caption_title", "attribution"]
    .map((name) => `[data-contentpath="${name}"]`)
    .join(",");

  function textOf(element) {
    const parts = [];
    element.querySelectorAll(TYPED).forEach((node) => {
      const parent = node.parentElement;
      const outer = parent && parent.closest('[contenteditable="true"]');
      if (outer || node.closest(NOT_READ)) return; // inside one counted, or unread
      parts.push(node.isContentEditable ? node.innerText : node.value);
    });
    return parts.join("\n");
  }

  function counts(text) {
    const words = text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word));
    const characters = text.replace(/\s+/g, " ").trim().length;
    return { words: words.length, characters };
  }

  // Where a counter goes: the field's own panel header ("Isi berita", the
  // headline), else its label (a field inside a group, as "Tag judul" is).
  function counterHost(anchor, name) {
    const panel = anchor.closest("section.w-panel");
    if (panel && panel.id.endsWith(`-${name}-section`)) {
      return panel.querySelector(":scope > .w-panel__header");
    }
    // Beside the label, not in it: the field's name stays "Tag judul".
    const label = document.querySelector(`label[for="id_${name}"]`);
    return label && label.parentElement;
  }

  function counter(anchor, name) {
    const header = anchor && counterHost(anchor, name);
    if (!header) return null;
    const badge = document.createElement("span");
    badge.className = "warta-count"; // no live region: it would speak at every key
    if (!header.matches(".w-panel__header")) badge.classList.add("warta-count--field");
    header.classList.add("warta-count-host");
    header.append(badge);
    return badge;
  }

  function titleCounter(name, limit) {
    const input = field(name);
    const badge = counter(input, name);
    if (!badge) return;
    const update = () => {
      const length = input.value.trim().length;
      badge.textContent = `${number.format(length)} karakter`;
      badge.classList.toggle("warta-count--long", length > limit);
      badge.title = length > limit ? `Lebih dari ${limit} karakter` : "";
    };
    input.addEventListener("input", update);
    update();
  }

  function bodyCounter() {
    const body = document.querySelector("[data-contentpath=body]");
    const badge = counter(body, "body");
    if (!badge) return;
    const update = () => {
      const found = counts(textOf(body));
      const words = number.format(found.words);
      badge.textContent = `${words} kata · ${number.format(found.characters)} karakter`;
    };
    // The body's blocks are drawn by Wagtail's script and change as blocks are
    // added: watch the whole body, and redraw at most once a frame.
    let queued = false;
    const soon = () => {
      if (queued) return;
      queued = true;
      window.requestAnimationFrame(() => {
        queued = false;
        update();
      });
    };
    body.addEventListener("input", soon);
    new MutationObserver(soon).observe(body, {
      childList: true,
      subtree: true,
      characterData: true,
    });
    update();
  }

  function cut(text, limit) {
    return text.length > limit ? `${text.slice(0, limit - 1).trimEnd()}…` : text;
  }

  function element(tag, className, text) {
    const node = document.createElement(tag);
    node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function previews() {
    const tab = document.querySelector('[role="tabpanel"][id$="promosi"]');
    if (!tab || !field("title")) return;
    const box = element("section", "warta-previews");
    box.setAttribute("aria-label", "Pratinjau hasil pencarian dan kartu berbagi");
    box.append(element("h2", "warta-previews__heading", "Pratinjau"));

    const google = element("div", "warta-serp");
    google.append(element("p", "warta-previews__label", "Hasil pencarian Google"));
    const serpSite = element("div", "warta-serp__site");
    const serpUrl = element("div", "warta-serp__url");
    const serpTitle = element("div", "warta-serp__title");
    const serpText = element("div", "warta-serp__text");
    google.append(serpSite, serpUrl, serpTitle, serpText);

    const share = element("div", "warta-card");
    share.append(element("p", "warta-previews__label", "Kartu WhatsApp / Facebook"));
    const card = element("div", "warta-card__box");
    const picture = element("div", "warta-card__picture");
    const cardHost = element("div", "warta-card__host");
    const cardTitle = element("div", "warta-card__title");
    const cardText = element("div", "warta-card__text");
    const cardWords = element("div", "warta-card__words");
    cardWords.append(cardHost, cardTitle, cardText);
    card.append(picture, cardWords);
    share.append(card);
    box.append(google, share);
    (tab.querySelector(":scope > .w-form-width") || tab).prepend(box);

    const update = () => {
      const title = value("seo_title") || value("title") || "Judul berita";
      const text = value("search_description") || value("dek") || facts.tagline || "";
      let origin = "";
      let host = "";
      let path = [];
      try {
        const base = new URL(facts.base);
        origin = base.origin;
        host = base.host;
        path = base.pathname.split("/").filter(Boolean);
      } catch {}
      serpSite.textContent = facts.site || host;
      serpUrl.textContent = [origin, ...path, value("slug") || "…"]
        .filter(Boolean)
        .join(" › ");
      serpTitle.textContent = cut(title, 60);
      serpText.textContent = cut(text, 160);
      cardHost.textContent = host.toUpperCase();
      cardTitle.textContent = cut(title, 90);
      cardText.textContent = cut(text, 110);
      const chosen = document.querySelector(
        "#id_lead_image-chooser:not(.blank) img[data-chooser-image]",
      );
      const shown = picture.querySelector("img");
      if (chosen && (!shown || shown.src !== chosen.src)) {
        const img = document.createElement("img");
        img.src = chosen.src;
        img.alt = "";
        picture.replaceChildren(img);
      } else if (!chosen && shown !== null) {
        picture.replaceChildren("Tanpa foto utama");
      } else if (!chosen && !picture.textContent) {
        picture.textContent = "Tanpa foto utama";
      }
    };
    // The slug is filled from the headline by Wagtail's script a moment
    // after the typing: look again shortly after each change.
    let later = 0;
    const soon = () => {
      update();
      window.clearTimeout(later);
      later = window.setTimeout(update, 300);
    };
    const form = field("title").form;
    form.addEventListener("input", soon);
    form.addEventListener("change", soon);
    form.addEventListener("focusout", soon);
    const chooser = document.getElementById("id_lead_image-chooser");
    if (chooser)
      new MutationObserver(soon).observe(chooser, {
        attributes: true,
        subtree: true,
        attributeFilter: ["class", "src"],
      });
    document
      .querySelectorAll('[role="tab"]')
      .forEach((tabButton) => tabButton.addEventListener("click", soon));
    update();
  }

  function start() {
    // A headline past 100 characters is long for a card; a search result
    // shows about 60 of the title tag.
    titleCounter("title", 100);
    titleCounter("seo_title", 60);
    bodyCounter();
    previews();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
