"""The section's story list in the explorer: writer, go-live time, takedowns."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.search.backends import get_search_backend

from warta.articles.models import ArticleWriter
from warta.newsroom import roles
from warta.trust.admin_views import take_down

pytestmark = pytest.mark.django_db


def _rows(client, user, section):
    client.force_login(user)
    response = client.get(f"/admin/pages/{section.pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    return {
        row.split("</tr>")[0]
        for row in html.split("<tr")[1:]
        if "data-object-id" in row or "title" in row
    }


def _row_of(rows, title):
    (row,) = [row for row in rows if title in row]
    return row


def test_the_list_names_writers_schedule_and_takedowns(
    client, make_staff, make_draft, desks
):
    editor = make_staff(roles.EDITOR)
    writer = make_staff(roles.WRITER)
    written = make_draft(writer, title="Berita dengan penulis")
    ArticleWriter.objects.create(page=written, person=writer.person)
    scheduled = make_draft(writer, title="Berita yang dijadwalkan")
    when = timezone.now() + datetime.timedelta(days=2)
    scheduled.save_revision(user=editor, approved_go_live_at=when)
    pulled = make_draft(writer, live=True, title="Berita yang dicabut")
    take_down(pulled, "Atas pengaduan narasumber.", editor)
    plain = make_draft(writer, title="Draf biasa")

    rows = _rows(client, editor, desks[roles.WRITER])
    assert writer.person.name in _row_of(rows, written.title)
    local = timezone.localtime(when)
    assert f"Tayang {local:%-d}" in _row_of(rows, scheduled.title)
    assert f"{local:%H.%M} WIB" in _row_of(rows, scheduled.title)
    assert "Dicabut" in _row_of(rows, pulled.title)
    assert "Dicabut" not in _row_of(rows, plain.title)
    assert "Tayang" not in _row_of(rows, plain.title)


def test_the_list_costs_the_same_queries_for_few_and_many_stories(
    client, make_staff, make_draft, desks, django_assert_max_num_queries
):
    editor = make_staff(roles.EDITOR)
    writer = make_staff(roles.WRITER)
    client.force_login(editor)
    url = f"/admin/pages/{desks[roles.WRITER].pk}/"
    for _ in range(3):
        ArticleWriter.objects.create(page=make_draft(writer), person=writer.person)
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    for _ in range(6):
        ArticleWriter.objects.create(page=make_draft(writer), person=writer.person)
    with django_assert_max_num_queries(len(few.captured_queries) + 2):
        client.get(url)


def test_admin_search_finds_a_story_by_its_writers_and_agencys_name(
    client, make_staff, make_draft
):
    from warta.people.models import Agency

    editor = make_staff(roles.EDITOR)
    writer = make_staff(roles.WRITER)
    mine = make_draft(writer, title="Laporan dari pelabuhan")
    ArticleWriter.objects.create(page=mine, person=writer.person)
    wire = make_draft(writer, title="Kiriman kantor berita")
    wire.agency = Agency.objects.create(
        name="Kantor Berita Zamrud", slug="kantor-berita-zamrud", code="KBZ"
    )
    wire.save_revision(user=writer)
    wire.save()
    for page in (mine, wire):  # as the publish pipeline indexes a saved story
        get_search_backend().add(page)
    client.force_login(editor)
    by_writer = client.get("/admin/pages/search/", {"q": writer.person.name})
    assert "Laporan dari pelabuhan" in by_writer.content.decode()
    by_agency = client.get("/admin/pages/search/", {"q": "Zamrud"})
    assert "Kiriman kantor berita" in by_agency.content.decode()
