// The page editor came back with validation errors: when none of them is on
// the open tab, go to the first one (open its tab, focus its field), so the
// person sees what to fix where they are instead of a badge on a hidden tab.
// It presses Wagtail's own "Go to the first error" button, which does both.
(() => {
  const ERRORS = ":not([hidden]):is(.error-message,.help-critical)";

  function openFirstError() {
    const panels = [...document.querySelectorAll('[role="tabpanel"]')];
    const open = panels.find((panel) => !panel.hidden);
    const errors = panels.flatMap((panel) => [...panel.querySelectorAll(ERRORS)]);
    if (!open || !errors.length || open.querySelector(ERRORS)) return;
    const button = document.querySelector(
      '.messages [data-controller~="w-focus"][data-w-focus-target-value]',
    );
    if (button) button.click();
  }

  // After Wagtail's controllers have connected (the tabs pick their panel).
  window.addEventListener("load", () => window.setTimeout(openFirstError, 0));
})();
