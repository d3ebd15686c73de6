"""`warta serve` answers page-cache hits with the WSGI fast path, as Django would.

The fast path's own byte-for-byte comparison with Django is in
``warta/delivery/tests/test_fastpath.py``; here the real server: granian (and
gunicorn) load the wrapped application, and a hit served through granian
carries the headers the miss got from Django.
"""

import http.client
from urllib.parse import urlsplit

from django.utils.module_loading import import_string

from warta.delivery.fastpath import FastPath
from warta.operations.management.commands.serve import Command, GunicornApplication

DROPPED = {"date", "x-page-cache"}  # per response


def test_production_servers_load_the_wrapped_application(monkeypatch):
    targets = []

    class Granian:
        def __init__(self, target, **options):
            targets.append(target)

        def serve(self):
            pass

    monkeypatch.setattr("granian.Granian", Granian)
    Command()._granian("127.0.0.1", 8000, 1, 1, False)
    assert targets == ["warta.wsgi:application"]
    assert isinstance(import_string(targets[0].replace(":", ".")), FastPath)
    gunicorn = GunicornApplication.__new__(GunicornApplication)
    assert isinstance(gunicorn.load(), FastPath)


def ask(site, path, method="GET", **headers):
    address = urlsplit(site.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=10)
    try:
        connection.request(method, path, headers=headers)
        response = connection.getresponse()
        return response.status, response.getheaders(), response.read()
    finally:
        connection.close()


def without_per_response(headers):
    return sorted((k.lower(), v) for k, v in headers if k.lower() not in DROPPED)


def test_a_served_hit_has_the_headers_django_gave_the_miss(site):
    path = "/nasional/?utm_source=uji-jalur-cepat"
    bodies = {}
    for encoding in ("identity", "gzip"):
        first = ask(site, path, **{"Accept-Encoding": encoding})
        hits = [ask(site, path, **{"Accept-Encoding": encoding}) for _ in range(6)]
        # Two workers keep a page each: a hit once both have stored it.
        hit = next(h for h in hits if ("x-page-cache", "hit") in lower(h[1]))
        assert hit[0] == first[0] == 200
        assert without_per_response(hit[1]) == without_per_response(first[1])
        assert hit[2] == first[2]
        bodies[encoding] = hit[2]
    assert len(bodies["gzip"]) < len(bodies["identity"]) / 3
    head = ask(site, path, method="HEAD")
    assert head[0] == 200 and head[2] == b""
    assert dict(lower(head[1]))["content-length"] == str(len(bodies["identity"]))


def test_a_host_not_allowed_is_refused_by_the_served_site(site):
    ask(site, "/nasional/")
    status, _, _ = ask(site, "/nasional/", Host="penipu.example")
    assert status == 400


def lower(headers):
    return [(k.lower(), v) for k, v in headers]
