"""deploy/nginx-warta.conf rendered for a run on this machine (tests, bench).

The shipped site file has placeholders and TLS lines; ``local_nginx`` writes it
without TLS, with loopback ports and folders under ``folder``, plus a main
nginx.conf that runs it as an unprivileged foreground process.
"""

import os
import re
from pathlib import Path

SITE = Path(__file__).resolve().parents[2] / "deploy" / "nginx-warta.conf"
PURGE_MODULE = "/usr/lib/nginx/modules/ngx_http_cache_purge_module.so"

MAIN = """
{user}
daemon off;
worker_processes {workers};
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
load_module {module};
events {{ worker_connections 1024; }}
http {{
    include /etc/nginx/mime.types;
    access_log {access_log};
    keepalive_requests 100000;
    client_body_temp_path {tmp}/body;
    proxy_temp_path {tmp}/proxy;
    fastcgi_temp_path {tmp}/fastcgi;
    uwsgi_temp_path {tmp}/uwsgi;
    scgi_temp_path {tmp}/scgi;
    include {tmp}/warta.conf;
}}
"""


def render_site(template, **values):
    """The site file as on a server, minus TLS, with these placeholder values."""
    lines = [
        line for line in template.splitlines() if not line.rstrip().endswith("# tls")
    ]
    text = "\n".join(lines)
    for name, value in values.items():
        text = text.replace(f"__{name}__", str(value))
    directives = [ln for ln in text.splitlines() if not ln.lstrip().startswith("#")]
    left = re.findall(r"__[A-Z_]+__", "\n".join(directives))
    if left:
        raise ValueError(f"placeholders without a value: {left}")
    return text


def local_nginx(folder, port, app_port, purge_port, data, workers=1, access_log=True):
    """Write nginx.conf and warta.conf into ``folder``; returns nginx's argv."""
    folder = Path(folder)
    site = render_site(
        SITE.read_text(),
        LISTEN=f"127.0.0.1:{port}",
        SERVER_NAME="127.0.0.1 localhost",
        APP=f"127.0.0.1:{app_port}",
        PURGE_LISTEN=f"127.0.0.1:{purge_port}",
        STATIC_ROOT=Path(data) / "static",
        MEDIA_ROOT=Path(data) / "media",
        CACHE_DIR=folder / "cache",
    )
    (folder / "warta.conf").write_text(site)
    (folder / "nginx.conf").write_text(
        MAIN.format(
            user="user root;" if os.geteuid() == 0 else "",
            workers=workers,
            tmp=folder,
            module=PURGE_MODULE,
            access_log=f"{folder}/access.log" if access_log else "off",
        )
    )
    return ["nginx", "-p", str(folder), "-c", str(folder / "nginx.conf")]
