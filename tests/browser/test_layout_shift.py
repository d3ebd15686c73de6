"""No layout shift on the four pages Lighthouse audits, at 390 and 1280 px.

Lighthouse once reported CLS 0.014 on one page; this records every shift (and
what moved) while the page loads, its web font swaps in, its pictures arrive
and times.js rewrites the cards' times, then while the reader scrolls through.
"""

import pytest

from tests.browser.conftest import scroll_through

pytestmark = pytest.mark.browser

# Every shift with the elements that moved, not only the sum.
RECORD_SHIFTS = """
window.shifts = [];
new PerformanceObserver(list => {
  for (const entry of list.getEntries()) {
    if (entry.hadRecentInput) continue;
    const moved = entry.sources.map(source => {
      const node = source.node;
      if (!node) return "?";
      const el = node.nodeType === 1 ? node : node.parentElement;
      if (!el) return "#text";
      const classes = String(el.className || "").split(" ").filter(Boolean);
      return [el.tagName.toLowerCase(), ...classes].join(".");
    });
    window.shifts.push([Math.round(entry.value * 10000) / 10000, moved]);
  }
}).observe({type: "layout-shift", buffered: true});
"""


@pytest.mark.parametrize("width", [390, 1280])
@pytest.mark.parametrize("kind", ["home", "section", "article", "gallery"])
def test_the_page_does_not_shift(open_page, reader_paths, kind, width):
    page = open_page(reader_paths[kind], width=width, init_scripts=[RECORD_SHIFTS])
    page.wait_for_timeout(500)  # the font's swap, times.js, late pictures
    assert page.evaluate("window.shifts") == []
    scroll_through(page)
    assert page.evaluate("window.shifts") == []
