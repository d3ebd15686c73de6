"""Lighthouse on Warta's reader pages (mobile profile), driving Debian's chromium.

``make lighthouse`` (and the end of ``make bench``): serves the benchmark paper
(or the demo in its own data folder) with ``warta serve``, finds four pages by
following links the way a reader would (home ``/``; the first section of the
home page's section bar; the home page's lead story; the newest gallery of the
Foto section), runs Lighthouse's four categories on each, prints the scores,
the cumulative layout shift and the audits that cost points, a table of every
page's figures at the end, and writes the reports to ``bench/results/``. Exits
non-zero when a category is under the target (0.95) or a page's layout shifts
(CLS above 0).

Each page is fetched once before Lighthouse sees it, and that first visit's
time is printed: the first reader of a page waits for its image renditions
(made on demand; a six-photo gallery's first visit takes seconds) and for the
page cache, every later reader does not. Lighthouse scores what the later
readers get; the first-visit figure keeps the cold cost in view.

``LIGHTHOUSE_BASE=http://127.0.0.1:8000`` audits a paper that is already
running (``make demo``) instead of building and serving one.
"""

import json
import os
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402 (the benchmark's paper, server and helpers)

PORT = 8044
TARGET = 0.95
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
NODE = run.ROOT / "node"
LIGHTHOUSE = NODE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")
BASE = os.environ.get("LIGHTHOUSE_BASE", "").rstrip("/")
VOID = {"area", "br", "col", "embed", "hr", "img", "input", "link", "meta",
        "source", "track", "wbr"}  # fmt: skip


def install():
    if LIGHTHOUSE.exists():
        return
    # axe-core too: an npm install without a package.json drops what it was not given
    subprocess.run(
        ["npm", "install", "--prefix", str(NODE), "--no-save", "--no-package-lock",
         "--no-audit", "--no-fund", "lighthouse@12", "axe-core@4"],
        check=True,
    )  # fmt: skip


class Links(HTMLParser):
    """Every link of a page with its text and the classes of its ancestors."""

    def __init__(self):
        super().__init__()
        self.stack, self.links = [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "a":
            self.links.append([attrs.get("href") or "", "", self.classes()])
        if tag not in VOID:
            self.stack.append((tag, set((attrs.get("class") or "").split())))

    def handle_endtag(self, tag):
        while self.stack and self.stack.pop()[0] != tag:
            pass

    def handle_data(self, data):
        if self.stack and self.links and any(t == "a" for t, _ in self.stack):
            self.links[-1][1] += data

    def classes(self):
        return set().union(*(names for _, names in self.stack))


def links(base, path):
    parser = Links()
    parser.feed(run.fetch(base + path).decode())
    return [(href, " ".join(text.split()), found) for href, text, found in parser.links]


def first(found, where, inside, text=None):
    for href, label, classes in found:
        if inside in classes and href.startswith("/") and text in (None, label):
            return href
    raise SystemExit(
        f"no link in .{inside} on {where}" + (f" reading {text!r}" if text else "")
    )


def pages(base):
    """Home, a section, an article and a gallery, found from the home page's links."""
    home = links(base, "/")
    foto = first(home, "/", "sections", text="Foto")
    gallery = first(links(base, foto), foto, "card__title")
    return {
        "home": "/",
        "section": first(home, "/", "sections"),
        "article": first(home, "/", "front__lead"),
        "gallery": gallery,
    }


def lighthouse(url, report):
    subprocess.run(
        [
            str(LIGHTHOUSE),
            url,
            "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
            "--output=json",
            f"--output-path={report}",
            "--quiet",
        ],
        check=True,
        cwd=NODE,
        env={**os.environ, "CHROME_PATH": CHROMIUM},
        timeout=300,
    )
    return json.loads(Path(report).read_text())


def losses(result, category):
    """The audits of a category that did not score full marks, worst first."""
    audits = result["audits"]
    refs = result["categories"][category]["auditRefs"]
    found = [
        (audits[ref["id"]]["score"], audits[ref["id"]]["title"])
        for ref in refs
        if ref["weight"] and audits[ref["id"]]["score"] not in (None, 1)
    ]
    return sorted(found)[:5]


def first_visit(url):
    """Seconds until the page's last byte on its first visit (warms it)."""
    start = time.perf_counter()
    run.fetch(url)
    return time.perf_counter() - start


def audit(base, name, path, stamp):
    report = run.RESULTS / f"lighthouse-{stamp}-{name}.json"
    cold = first_visit(base + path)
    result = lighthouse(base + path, report)
    if result.get("runtimeError"):
        raise SystemExit(f"lighthouse failed on {path}: {result['runtimeError']}")
    scores = {key: result["categories"][key]["score"] for key in CATEGORIES}
    cls = result["audits"]["cumulative-layout-shift"]["numericValue"]
    print(f"Lighthouse, mobile, {name}: {path}")
    for key, score in scores.items():
        mark = "ok" if score >= TARGET else f"under {TARGET}"
        print(f"  {key:15} {score:.2f}  {mark}")
        for audit_score, title in losses(result, key):
            print(f"      {audit_score:.2f}  {title}")
    print(f"  {'CLS':15} {cls:.3f}  {'ok' if cls == 0 else 'shifts'}")
    print(f"  {'first visit':15} {cold:.2f} s (before the audit, which sees it warm)")
    print(f"  report: {report.relative_to(run.ROOT)}")
    return {**scores, "CLS": cls, "first visit": cold}


def passes(figures):
    return min(figures[key] for key in CATEGORIES) >= TARGET and figures["CLS"] == 0


def table(results):
    """One row a page: the four categories, CLS, the first visit, and a verdict."""
    print(f"\nLighthouse, mobile (target {TARGET} in every category, CLS 0):")
    heads = " ".join(f"{head:>5}" for head in ("perf", "a11y", "b-p", "seo"))
    print(f"  {'page':8} {heads} {'CLS':>6} {'first':>6}")
    for name, figures in results.items():
        cells = " ".join(f"{figures[key]:5.2f}" for key in CATEGORIES)
        verdict = "ok" if passes(figures) else "UNDER TARGET"
        print(
            f"  {name:8} {cells} {figures['CLS']:6.3f} {figures['first visit']:5.2f}s"
            f"  {verdict}"
        )


def main():
    install()
    server = None
    if not BASE:
        run.build_paper()
        server = run.serve(PORT, page_cache=True)
    base = BASE or f"http://127.0.0.1:{PORT}"
    run.RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    try:
        results = {
            name: audit(base, name, path, stamp) for name, path in pages(base).items()
        }
    finally:
        if server:
            server.terminate()
            server.wait(timeout=30)
    table(results)
    if not all(passes(figures) for figures in results.values()):
        raise SystemExit(1)


if __name__ == "__main__":
    main()
