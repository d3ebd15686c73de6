// Draftail writes what was typed into its hidden input 250 ms after the last
// key, and drops that pending write when the page unloads. A writer who types
// the last words and presses Ctrl+S (Wagtail's "Simpan konsep" shortcut) or
// clicks a button within that time sends the form without them. Whenever the
// form's data is read (a submit, Wagtail's autosave, its unsaved-changes
// check), every rich-text field writes its current state first, as Wagtail's
// own delayed write would: Draftail's serialisation, without the COMMENT-*
// highlights Wagtail's comments draw (their positions travel separately).
(() => {
  function current(editor) {
    const raw = window.Draftail.serialiseEditorStateToRaw(editor.getEditorState());
    for (const block of raw ? raw.blocks : []) {
      block.inlineStyleRanges = block.inlineStyleRanges.filter(
        (range) => !range.style.startsWith("COMMENT-"),
      );
    }
    return raw;
  }

  document.addEventListener(
    "formdata",
    (event) => {
      if (!window.Draftail || !window.Draftail.serialiseEditorStateToRaw) return;
      for (const input of event.target.querySelectorAll("input[name]")) {
        const editor = input.draftailEditor;
        if (!editor || typeof editor.getEditorState !== "function") continue;
        const raw = current(editor);
        input.rawContentState = raw;
        input.value = JSON.stringify(raw);
        event.formData.set(input.name, input.value);
      }
    },
    true,
  );
})();
