"""The site of a request is kept per process, and forgotten when a site changes."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from warta.delivery.sites import KEPT, site_for_request

pytestmark = pytest.mark.django_db


def lookup(rf, host):
    return site_for_request(rf.get("/", HTTP_HOST=host))


def test_the_site_is_looked_up_once_then_kept(rf):
    site = lookup(rf, "testserver")
    assert site == Site.objects.get(is_default_site=True)
    with CaptureQueriesContext(connection) as run:
        assert lookup(rf, "testserver") == site
    assert run.captured_queries == []


def test_a_renamed_site_is_seen_at_once(rf):
    kept = lookup(rf, "testserver")
    site = Site.objects.get(pk=kept.pk)  # as the admin edits it: another object
    site.site_name = "Nama Baru"
    site.save()
    assert lookup(rf, "testserver").site_name == "Nama Baru"


def test_a_new_site_for_a_host_is_seen_at_once(rf, home):
    assert lookup(rf, "edisi.example").hostname != "edisi.example"  # the default
    Site.objects.create(hostname="edisi.example", root_page=home, port=80)
    assert lookup(rf, "edisi.example").hostname == "edisi.example"


def queries_of(rf, host):
    with CaptureQueriesContext(connection) as run:
        assert lookup(rf, host) is not None  # the default site
    return len(run.captured_queries)


def test_hosts_chosen_by_clients_cannot_grow_the_memory_without_bound(rf):
    hosts = [f"host-{number}.example" for number in range(KEPT * 3)]
    for host in hosts:
        queries_of(rf, host)
    assert queries_of(rf, hosts[0]) == 0  # among the first KEPT: kept
    # Past KEPT hosts nothing more is kept: each lookup queries, as Wagtail's.
    assert queries_of(rf, hosts[KEPT]) > 0
    assert queries_of(rf, hosts[-1]) > 0
    assert queries_of(rf, hosts[-1]) > 0
