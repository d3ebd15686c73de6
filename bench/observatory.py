"""Mozilla HTTP Observatory's grade of the admin login, as production serves it.

Offline, on this machine: a self-signed certificate (openssl) in a temporary
folder; ``warta serve`` with ``warta.settings.production`` (SQLite and the
memory cache, as production runs without DATABASE_URL/REDIS_URL); nginx with
deploy/nginx-warta.conf *including* its TLS lines, on loopback ports above
1024. The only change to the shipped file is the port in the HTTP->HTTPS
redirect (``https://$host$request_uri`` would send the scanner to port 443).

The scan is Mozilla's own scanner (``httpobs``), run in its own virtualenv
because it pins old dependencies::

    python3 -m venv /tmp/hovenv
    /tmp/hovenv/bin/pip install --no-deps httpobs==0.9.3
    /tmp/hovenv/bin/pip install requests beautifulsoup4 publicsuffixlist

Run (from the checkout)::

    .venv/bin/python bench/observatory.py [--path /admin/login/]

``HTTPOBS_PYTHON`` names another interpreter with httpobs. Prints the grade,
the score and every test's result; exits 1 below A, 2 when httpobs is missing.
"""

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.servers import Warta, free_port, wait_for_port  # noqa: E402
from warta.operations.nginx import MAIN, PURGE_MODULE, SITE  # noqa: E402

HTTPOBS_PYTHON = os.environ.get("HTTPOBS_PYTHON", "/tmp/hovenv/bin/python")
GOOD = ("A+", "A")

# Run inside the httpobs virtualenv. The scanner's retriever imports two
# exception classes from celery only to let them through; a stand-in saves
# installing celery (and its broker clients) for a local scan.
SCAN = r"""
import json, sys, types
try:
    import celery.exceptions  # noqa: F401
except ImportError:
    celery = types.ModuleType("celery")
    exceptions = types.ModuleType("celery.exceptions")
    class SoftTimeLimitExceeded(Exception): pass
    class TimeLimitExceeded(Exception): pass
    exceptions.SoftTimeLimitExceeded = SoftTimeLimitExceeded
    exceptions.TimeLimitExceeded = TimeLimitExceeded
    celery.exceptions = exceptions
    sys.modules["celery"] = celery
    sys.modules["celery.exceptions"] = exceptions
from httpobs.scanner.local import scan
host, https_port, http_port, path = sys.argv[1:5]
result = scan(host, https_port=int(https_port), http_port=int(http_port),
              path=path, verify=True)
print(json.dumps(result, default=str))
"""

INSTALL = """httpobs is not installed for {python}.
Install Mozilla's scanner into a separate virtualenv (never the project's .venv:
it pins requests==2.27.1 and would build psycopg2 and uWSGI):

    python3 -m venv /tmp/hovenv
    /tmp/hovenv/bin/pip install --no-deps httpobs==0.9.3
    /tmp/hovenv/bin/pip install requests beautifulsoup4 publicsuffixlist

or point HTTPOBS_PYTHON at an interpreter that has it."""


def have_httpobs():
    if not os.path.exists(HTTPOBS_PYTHON):
        return False
    probe = subprocess.run(
        [
            HTTPOBS_PYTHON,
            "-c",
            "import importlib.util as u; assert u.find_spec('httpobs.scanner.local')",
        ],
        capture_output=True,
    )
    return probe.returncode == 0


def certificate(folder):
    """A throwaway CA and a localhost certificate it signs.

    Production has a valid chain (Let's Encrypt); the scanner is given this CA
    as its only trust root so that it sees a valid chain too. (A self-signed
    certificate with verify=False is not enough: requests lets
    REQUESTS_CA_BUNDLE in the environment override a session's verify=False,
    and the scanner then marks HSTS and the redirect "invalid-cert", -40.)
    """
    ca, ca_key = folder / "ca.pem", folder / "ca-key.pem"
    cert, key, request = folder / "cert.pem", folder / "key.pem", folder / "cert.csr"
    ext = folder / "cert.ext"
    ext.write_text(
        "basicConstraints=CA:FALSE\n"
        "keyUsage=digitalSignature,keyEncipherment\n"
        "extendedKeyUsage=serverAuth\n"
        "subjectAltName=DNS:localhost,IP:127.0.0.1\n"
    )
    for argv in (
        ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=Warta observatory bench CA", "-keyout", ca_key, "-out", ca],
        ["req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=localhost",
         "-keyout", key, "-out", request],
        ["x509", "-req", "-in", request, "-CA", ca, "-CAkey", ca_key,
         "-CAcreateserial", "-days", "2", "-extfile", ext, "-out", cert],
    ):  # fmt: skip
        subprocess.run(["openssl", *map(str, argv)], check=True, capture_output=True)
    return ca, cert, key


def site_with_tls(folder, https_port, http_port, app_port, purge_port, data):
    """The shipped site file with TLS, its placeholders filled for loopback."""
    _, cert, key = certificate(folder)
    text = SITE.read_text()
    shipped_redirect = "return 301 https://$host$request_uri;"
    if shipped_redirect not in text or "listen 80;" not in text:
        raise SystemExit("deploy/nginx-warta.conf changed: update bench/observatory.py")
    text = text.replace(
        shipped_redirect, f"return 301 https://$host:{https_port}$request_uri;"
    )
    text = text.replace("listen 80;", f"listen 127.0.0.1:{http_port};")
    values = {
        "LISTEN": f"127.0.0.1:{https_port} ssl",
        "SERVER_NAME": "127.0.0.1 localhost",
        "TLS_CERT": cert,
        "TLS_KEY": key,
        "APP": f"127.0.0.1:{app_port}",
        "PURGE_LISTEN": f"127.0.0.1:{purge_port}",
        "STATIC_ROOT": Path(data) / "static",
        "MEDIA_ROOT": Path(data) / "media",
        "CACHE_DIR": folder / "cache",
    }
    for name, value in values.items():
        text = text.replace(f"__{name}__", str(value))
    (folder / "warta.conf").write_text(text)
    (folder / "nginx.conf").write_text(
        MAIN.format(
            user="user root;" if os.geteuid() == 0 else "",
            workers=1,
            tmp=folder,
            module=PURGE_MODULE,
            access_log="off",
        )
    )
    return ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")]


def production_env(data, https_port, purge_port):
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DATABASE_URL", "REDIS_URL") and not k.startswith("WARTA_")
    }
    base = f"https://localhost:{https_port}"
    env.update(
        DJANGO_SETTINGS_MODULE="warta.settings.production",
        SECRET_KEY="observatory-bench-only-" + "x" * 40,
        ALLOWED_HOSTS="localhost,127.0.0.1",
        CSRF_TRUSTED_ORIGINS=f"{base},https://127.0.0.1:{https_port}",
        WARTA_BASE_URL=base,
        WARTA_DATA=str(data),
        WARTA_SERVE_MEDIA="0",
        WARTA_FRONTEND_CACHE="nginx",
        WARTA_FRONTEND_CACHE_URL=f"http://127.0.0.1:{purge_port}",
        WARTA_TRUSTED_PROXIES="127.0.0.1,::1",
        WARTA_JSON_LOGS="0",
    )
    return env


def run_scan(host, https_port, http_port, path, ca):
    env = dict(os.environ, REQUESTS_CA_BUNDLE=str(ca), CURL_CA_BUNDLE=str(ca))
    done = subprocess.run(
        [HTTPOBS_PYTHON, "-c", SCAN, host, str(https_port), str(http_port), path],
        capture_output=True, text=True, timeout=180, env=env,
    )  # fmt: skip
    if done.returncode:
        raise SystemExit(f"the scan failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout)


def report(result):
    if "error" in result:
        print(f"scan error: {result['error']}")
        return False
    summary = result["scan"]
    passed = f"{summary['tests_passed']}/{summary['tests_quantity']}"
    print(f"grade {summary['grade']}  score {summary['score']}  tests passed {passed}")
    for name, test in sorted(result["tests"].items()):
        mark = "pass" if test.get("pass") else "FAIL"
        print(f"  {mark}  {name:32} {test.get('score_modifier', 0):+4}  "
              f"{test.get('result')}")  # fmt: skip
        if not test.get("pass"):
            print(f"        {test.get('score_description')}")
    print("response headers:")
    for name, value in summary["response_headers"].items():
        print(f"  {name}: {value}")
    return summary["grade"] in GOOD


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default="/admin/login/")
    parser.add_argument("--host", default="localhost")
    parser.add_argument("--json", help="also write the scan's full result here")
    args = parser.parse_args()
    if not have_httpobs():
        print(INSTALL.format(python=HTTPOBS_PYTHON), file=sys.stderr)
        return 2
    with tempfile.TemporaryDirectory(prefix="warta-observatory-") as tmp:
        folder = Path(tmp)
        data = folder / "data"
        data.mkdir()
        https_port, http_port, purge_port = free_port(), free_port(), free_port()
        app = Warta(production_env(data, https_port, purge_port))
        print("migrating and collecting static files ...", flush=True)
        app.run("migrate", "--noinput")
        app.run("collectstatic", "--noinput")
        command = site_with_tls(
            folder, https_port, http_port, app.port, purge_port, data
        )
        nginx = None
        try:
            app.start()
            nginx = subprocess.Popen(
                command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
            )
            wait_for_port(https_port, process=nginx)
            wait_for_port(http_port, process=nginx)
            print(f"scanning https://{args.host}:{https_port}{args.path} "
                  f"(http on {http_port})", flush=True)  # fmt: skip
            result = run_scan(
                args.host, https_port, http_port, args.path, folder / "ca.pem"
            )
        finally:
            if nginx is not None:
                nginx.terminate()
                nginx.wait(timeout=10)
            app.stop()
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2))
    return 0 if report(result) else 1


if __name__ == "__main__":
    sys.exit(main())
