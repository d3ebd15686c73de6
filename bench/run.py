"""``make bench``: Warta's reader pages under wrk, beside nginx serving a static file.

Builds (once) a benchmark paper in its own data folder (the demo plus
``ARTICLES`` synthetic stories), serves it with ``warta serve`` with the page
cache warm and with it off, and runs wrk with fixed settings against the home
page, a section, an article and a search, then against nginx serving the same
article bytes as a static file: the ceiling of this machine. Prints one table,
then the app-alone ratio (Warta's cached article ÷ nginx static, the same
bytes: target at least ``APP_ALONE_TARGET``), and writes both as JSON to
``bench/results/``. ``BENCH_QUICK=1`` measures that ratio only.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
WARTA = [sys.executable, "-m", "warta"]
ARTICLES = int(os.environ.get("ARTICLES", "10000"))
DATA = Path(os.environ.get("BENCH_DATA", ROOT / "bench" / f"data-{ARTICLES}"))
DURATION = os.environ.get("BENCH_DURATION", "15s")
WORKERS = os.environ.get("BENCH_WORKERS", "2")
WRK = ["wrk", "-t2", "-c32", f"-d{DURATION}", "--latency"]
PORTS = {"cache": 8041, "nocache": 8042, "static": 8043, "front": 8045, "purge": 8046}
RESULTS = ROOT / "bench" / "results"
QUICK = os.environ.get("BENCH_QUICK", "") not in ("", "0")
APP_ALONE_TARGET = 0.15


def env(**extra):
    base = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL",)}
    base.update(DJANGO_SETTINGS_MODULE="warta.settings.demo", WARTA_DATA=str(DATA))
    base.update(extra)
    return base


def build_paper():
    DATA.mkdir(parents=True, exist_ok=True)
    subprocess.run([*WARTA, "migrate", "--noinput", "-v0"], env=env(), check=True)
    marker = DATA / ".bench-built"
    if not marker.exists():
        demo = [*WARTA, "demo", "--articles", str(ARTICLES)]
        subprocess.run(demo, env=env(), check=True)
        marker.touch()
    subprocess.run([*WARTA, "collectstatic", "--noinput", "-v0"], env=env(), check=True)


def article_path():
    code = (
        "from warta.articles.models import ArticlePage as A;"
        "print(A.objects.live().exclude(lead_image=None)"
        ".order_by('-first_published_at').first().url)"
    )
    out = subprocess.run(
        [*WARTA, "shell", "-c", code], env=env(), check=True, capture_output=True
    )
    return out.stdout.decode().strip().splitlines()[-1]


def serve(port, page_cache, **extra):
    command = [*WARTA, "serve", "--port", str(port), "--workers", WORKERS]
    process = subprocess.Popen(
        [*command, "--no-access-log", "--no-scheduler"],
        env=env(WARTA_PAGE_CACHE="1" if page_cache else "0", **extra),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    wait_for(f"http://127.0.0.1:{port}/healthz")
    return process


def wait_for(url):
    for _ in range(300):
        try:
            with urllib.request.urlopen(url, timeout=5):
                return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"nothing answers at {url}")


def fetch(url):
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.read()


def nginx_static(body):
    """nginx serving the article's bytes from a file (tcp_nopush off)."""
    prefix = Path(tempfile.mkdtemp(prefix="warta-bench-nginx-"))
    prefix.chmod(0o755)  # nginx's workers (nobody) read the file
    (prefix / "html").mkdir()
    (prefix / "logs").mkdir()
    (prefix / "html" / "article.html").write_bytes(body)
    (prefix / "nginx.conf").write_text(
        NGINX_CONF.format(port=PORTS["static"], root=prefix / "html", prefix=prefix)
    )
    subprocess.run(["nginx", "-p", str(prefix), "-c", "nginx.conf"], check=True)
    return prefix


NGINX_CONF = """
daemon on; worker_processes auto; pid {prefix}/nginx.pid; error_log {prefix}/logs/e;
events {{ worker_connections 1024; }}
http {{
  access_log off; sendfile on; tcp_nopush off; keepalive_requests 100000;
  types {{ text/html html; }}
  server {{ listen 127.0.0.1:{port}; root {root}; }}
}}
"""


def behind_nginx(paths):
    """Warta behind deploy/nginx-warta.conf (proxy cache, purged by the app)."""
    from warta.operations.nginx import PURGE_MODULE, local_nginx

    if not Path(PURGE_MODULE).exists():
        print("skipped nginx front: apt-get install libnginx-mod-http-cache-purge")
        return []
    folder = Path(tempfile.mkdtemp(prefix="warta-bench-front-"))
    folder.chmod(0o755)
    command = local_nginx(
        folder, PORTS["front"], PORTS["cache"], PORTS["purge"], DATA,
        workers="auto", access_log=False,
    )  # fmt: skip
    server = serve(
        PORTS["cache"],
        page_cache=True,
        WARTA_FRONTEND_CACHE="nginx",
        WARTA_FRONTEND_CACHE_URL=f"http://127.0.0.1:{PORTS['purge']}",
    )
    nginx = subprocess.Popen(command, stderr=subprocess.DEVNULL)
    rows = []
    try:
        wait_for(f"http://127.0.0.1:{PORTS['front']}/healthz")
        for name, path in paths.items():
            url = f"http://127.0.0.1:{PORTS['front']}{path}"
            size = len(fetch(url))
            row = {"target": "nginx front", "page": name, "path": path, "bytes": size}
            rows.append({**row, **wrk(url, runs=2 if name == "article" else 1)})
    finally:
        nginx.terminate()
        nginx.wait(timeout=30)
        server.terminate()
        server.wait(timeout=30)
    return rows


def wrk(url, runs=1):
    """wrk's figures for ``url`` after a warm-up; with ``runs`` > 1, the best
    run (the static ceiling and the article behind nginx, whose ratio is a
    target: the better of two runs each, on a shared machine)."""
    subprocess.run([*WRK[:3], "-d3s", url], capture_output=True)  # warm-up
    results = [_wrk_once(url) for _ in range(runs)]
    return max(results, key=lambda result: result["rps"])


def _wrk_once(url):
    out = subprocess.run([*WRK, url], capture_output=True, text=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    return {
        "rps": rps,
        "p50_ms": latency(out, "50%"),
        "p99_ms": latency(out, "99%"),
        "errors": "Non-2xx" in out or "Socket errors" in out,
    }


def latency(out, label):
    value, unit = re.search(rf"{label}\s+([\d.]+)(us|ms|s)", out).groups()
    return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def measure(paths, modes=("cache", "nocache")):
    rows = []
    for mode in modes:
        port = PORTS[mode]
        server = serve(port, page_cache=mode == "cache")
        try:
            for name, path in paths.items():
                url = f"http://127.0.0.1:{port}{path}"
                size = len(fetch(url))
                # The cached article is the app-alone ratio's: best of two too.
                runs = 2 if (mode, name) == ("cache", "article") else 1
                rows.append(
                    {
                        "target": f"warta {mode}",
                        "page": name,
                        "path": path,
                        "bytes": size,
                        **wrk(url, runs=runs),
                    }
                )
        finally:
            server.terminate()
            server.wait(timeout=30)
    return rows


def main():
    if not (shutil.which("wrk") and shutil.which("nginx")):
        raise SystemExit("wrk and nginx are needed (make bench installs them as root)")
    build_paper()
    article = article_path()
    paths = {
        "home": "/",
        "section": "/nasional/",
        "article": article,
        "search": "/cari/?q=vaksin",
    }
    if QUICK:
        paths = {"article": article}
    rows = measure(paths, ("cache",) if QUICK else ("cache", "nocache"))
    server = serve(PORTS["cache"], page_cache=True)
    try:
        body = fetch(f"http://127.0.0.1:{PORTS['cache']}{article}")
    finally:
        server.terminate()
        server.wait(timeout=30)
    prefix = nginx_static(body)
    try:
        wait_for(f"http://127.0.0.1:{PORTS['static']}/article.html")
        static = wrk(f"http://127.0.0.1:{PORTS['static']}/article.html", runs=2)
    finally:
        subprocess.run(["nginx", "-p", str(prefix), "-c", "nginx.conf", "-s", "stop"])
    rows.append(
        {
            "target": "nginx static",
            "page": "article",
            "path": "/article.html",
            "bytes": len(body),
            **static,
        }
    )
    if not QUICK:
        rows += behind_nginx(paths)
    for row in rows:
        row["ratio"] = row["rps"] / static["rps"]
    report(rows)


def app_alone(rows):
    """Warta's cached article ÷ nginx static for the same bytes, as a line."""
    found = {(r["target"], r["page"]): r for r in rows}
    article, static = found["warta cache", "article"], found["nginx static", "article"]
    verdict = "reached" if article["ratio"] >= APP_ALONE_TARGET else "NOT reached"
    return article["ratio"], (
        f"App alone: Warta's cached article {article['rps']:,.0f} req/s ÷ nginx "
        f"static {static['rps']:,.0f} req/s = {article['ratio']:.3f}× "
        f"(target {APP_ALONE_TARGET}×: {verdict})"
    )


def report(rows):
    header = "| target | page | req/s | p50 ms | p99 ms | × static | bytes | errors |"
    lines = [header, "|---|---|---:|---:|---:|---:|---:|---|"]
    for r in rows:
        lines.append(
            f"| {r['target']} | {r['page']} | {r['rps']:,.0f} | {r['p50_ms']:.1f} "
            f"| {r['p99_ms']:.1f} | {r['ratio']:.3f} | {r['bytes']:,} "
            f"| {'timeouts or non-2xx' if r['errors'] else ''} |"
        )
    ratio, line = app_alone(rows)
    print("\n".join(lines))
    print(f"\n{line}")
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y%m%dT%H%M%S")
    meta = {
        "articles": ARTICLES,
        "wrk": WRK,
        "workers": WORKERS,
        "cpus": os.cpu_count(),
        "app_alone_ratio": round(ratio, 4),
    }
    out = RESULTS / f"bench-{stamp}.json"
    out.write_text(json.dumps({"meta": meta, "rows": rows}, indent=2))
    chart(rows, out.with_suffix(".png"), meta)
    print(f"\nwritten to {out.relative_to(ROOT)} and {out.with_suffix('.png').name}")


def chart(rows, path, meta):
    """A horizontal bar chart of requests/s (log scale: the static ceiling and
    a full render differ by a thousand times), drawn with Pillow."""
    import math

    from PIL import Image, ImageDraw, ImageFont

    font = ImageFont.load_default(size=15)
    left, right, bar, gap, top = 260, 250, 22, 8, 56
    width = 1100
    height = top + len(rows) * (bar + gap) + 40
    image = Image.new("RGB", (width, height), "white")
    draw = ImageDraw.Draw(image)
    title = f"Warta, requests/s (log scale), {meta['articles']:,} articles, wrk -c32"
    draw.text((16, 16), title, fill="black", font=font)
    highest = max(r["rps"] for r in rows) or 1
    span = width - left - right
    colours = {
        "static": "#555555",
        "front": "#2a9d4b",
        "nocache": "#d9822b",
        "cache": "#1f6fb2",
    }
    for index, r in enumerate(rows):
        y = top + index * (bar + gap)
        length = span * math.log10(max(r["rps"], 1)) / math.log10(max(highest, 10))
        colour = next((c for k, c in colours.items() if k in r["target"]), "#2a9d4b")
        draw.text((16, y + 3), f"{r['target']} · {r['page']}", fill="black", font=font)
        draw.rectangle([left, y, left + max(length, 1), y + bar], fill=colour)
        label = f"{r['rps']:,.0f}/s  ({r['ratio']:.3f} x static)"
        draw.text((left + length + 8, y + 3), label, fill="black", font=font)
    image.save(path)


if __name__ == "__main__":
    main()
