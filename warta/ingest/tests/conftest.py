"""Wire fixtures: the sample feeds, a command runner, a local picture server."""

import functools
import io
import shutil
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from django.core.management import call_command

from warta.newsroom.tests.conftest import desks, make_staff  # noqa: F401

FEEDS = Path(__file__).parent / "feeds"


@pytest.fixture
def feeds():
    return FEEDS


@pytest.fixture
def nasional(home):
    from warta.sections.models import SectionPage

    return SectionPage.objects.get(slug="nasional")


@pytest.fixture
def ingest(nasional):
    """``ingest(location, *options)``: run the command, return its output."""

    def ingest(location, *options, section="nasional"):
        out = io.StringIO()
        arguments = [str(location), *options]
        if section:
            arguments += ["--section", section]
        call_command("ingest", *arguments, stdout=out, stderr=out)
        return out.getvalue()

    return ingest


@pytest.fixture
def workdir(tmp_path):
    """A copy of the sample pictures beside feeds the test writes itself."""
    shutil.copytree(FEEDS / "foto", tmp_path / "foto")
    return tmp_path


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def http_server(workdir):
    """Serves ``workdir`` on 127.0.0.1; yields its base URL and the folder."""
    handler = functools.partial(QuietHandler, directory=str(workdir))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", workdir
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
