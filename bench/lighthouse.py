"""Lighthouse on Warta's article page (mobile profile), driving Debian's chromium.

``make lighthouse`` (and the end of ``make bench``): serves the benchmark paper
(or the demo in its own data folder) with ``warta serve``, runs Lighthouse's
four categories on the newest article with a lead picture, prints the scores and
the audits that cost points, and writes the report to ``bench/results/``. Exits
non-zero when a category is under the target (0.95).
"""

import json
import os
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import run  # noqa: E402 (the benchmark's paper, server and helpers)

PORT = 8044
TARGET = 0.95
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
NODE = run.ROOT / "node"
LIGHTHOUSE = NODE / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = os.environ.get("CHROME_PATH", "/usr/bin/chromium")


def install():
    if LIGHTHOUSE.exists():
        return
    subprocess.run(
        ["npm", "install", "--prefix", str(NODE), "--no-save", "--no-package-lock",
         "--no-audit", "--no-fund", "lighthouse@12"],
        check=True,
    )  # fmt: skip


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


def main():
    install()
    run.build_paper()
    article = run.article_path()
    server = run.serve(PORT, page_cache=True)
    run.RESULTS.mkdir(exist_ok=True)
    report = run.RESULTS / f"lighthouse-{time.strftime('%Y%m%dT%H%M%S')}.json"
    try:
        result = lighthouse(f"http://127.0.0.1:{PORT}{article}", report)
    finally:
        server.terminate()
        server.wait(timeout=30)
    if result.get("runtimeError"):
        raise SystemExit(f"lighthouse failed: {result['runtimeError']}")
    scores = {name: result["categories"][name]["score"] for name in CATEGORIES}
    print(f"Lighthouse, mobile, {article}")
    for name, score in scores.items():
        mark = "ok" if score >= TARGET else f"under {TARGET}"
        print(f"  {name:15} {score:.2f}  {mark}")
        for audit_score, title in losses(result, name):
            print(f"      {audit_score:.2f}  {title}")
    print(f"report: {report.relative_to(run.ROOT)}")
    if min(scores.values()) < TARGET:
        raise SystemExit(1)


if __name__ == "__main__":
    main()
