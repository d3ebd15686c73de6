// "Salin" on the WhatsApp composer: copy the post's text to the clipboard and
// say so. Where the Clipboard API is refused (plain HTTP, an old browser), the
// text is selected for Ctrl+C instead.
(() => {
  function tell(message) {
    const status = document.querySelector("[data-reach-status]");
    if (status) status.textContent = message;
  }

  function copied(button) {
    const label = button.querySelector("span");
    label.dataset.label ??= label.textContent;
    label.textContent = button.dataset.reachCopied;
    tell("Teks tersalin. Tempel di Saluran WhatsApp.");
    window.setTimeout(() => {
      label.textContent = label.dataset.label;
    }, 2000);
  }

  document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-reach-copy]");
    const field = button && document.getElementById(button.dataset.reachCopy);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      copied(button);
    } catch {
      field.focus();
      field.setSelectionRange(0, field.value.length);
      tell("Teks sudah dipilih: tekan Ctrl+C (di ponsel: tahan, lalu Salin).");
    }
  });
})();
