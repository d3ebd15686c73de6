"""Rencana liputan: a desk's editor plans, the assignee is told and drafts it,
the item shows fulfilled once published; calendars; who may see what."""

import datetime

import pytest
from django.core import mail as outbox
from django.utils import timezone
from icalendar import Calendar

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.models import Notification, NotificationKind
from warta.planning.models import DeskFeed, PlanItem

pytestmark = pytest.mark.django_db
INDEX = "/admin/rencana/"


@pytest.fixture
def team(make_staff, desks):
    team = {
        "editor": make_staff(roles.EDITOR),
        "writer": make_staff(roles.WRITER),
        "photo_editor": make_staff(roles.EDITOR, desk=desks[roles.PHOTOGRAPHER]),
    }
    for name, user in team.items():
        user.email = f"{name}@redaksi.test"
        user.save()
    return team


def refused(response):
    """Wagtail's answer to a forbidden admin action: back to the dashboard,
    where "Maaf, Anda tidak memiliki izin …" is shown."""
    return response.status_code == 302 and response.url == "/admin/"


@pytest.fixture
def post(client, django_capture_on_commit_callbacks):
    def post(user, url, data=None):
        client.force_login(user)
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(url, data or {})

    return post


def form_data(desk, writer=None, **fields):
    data = {
        "desk": desk.pk,
        "day": timezone.localdate().isoformat(),
        "slug_line": "BANJIR-DEMAK",
        "angle": "Warga Demak mengungsi setelah tanggul jebol",
        "writer": writer.person.pk if writer else "",
        "photographer": "",
        "deadline": "16:00",
        "place": "Demak",
        "planned_length": "600",
        "channel": "both",
    }
    data.update(fields)
    return data


def plan(desks, team, **fields):
    values = {
        "desk": desks[roles.EDITOR],
        "day": timezone.localdate(),
        "slug_line": "BANJIR-DEMAK",
        "angle": "Warga Demak mengungsi",
        "writer": team["writer"].person,
        "deadline": datetime.time(16, 0),
    }
    values.update(fields)
    return PlanItem.objects.create(**values)


def test_an_editor_plans_and_the_writer_is_told_in_the_bell_and_by_mail(
    post, client, desks, team
):
    response = post(
        team["editor"],
        INDEX + "tambah/",
        form_data(desks[roles.EDITOR], team["writer"]),
    )
    assert response.status_code == 302
    item = PlanItem.objects.get(slug_line="BANJIR-DEMAK")
    assert item.created_by == team["editor"] and item.planned_length == 600
    note = Notification.objects.get(recipient=team["writer"])
    assert note.kind == NotificationKind.ASSIGNED
    assert "BANJIR-DEMAK" in note.summary() and "Nasional" in note.summary()
    assert [m.to for m in outbox.outbox] == [["writer@redaksi.test"]]
    assert "BANJIR-DEMAK" in outbox.outbox[0].body
    # A click on the notification opens the plan item, which the writer may read.
    client.force_login(team["writer"])
    opened = client.get(f"/admin/notifikasi/{note.pk}/buka/")
    assert opened.url == f"/admin/rencana/{item.pk}/"
    page = client.get(opened.url)
    assert page.status_code == 200 and "Jadikan draf" in page.text
    # Saving again without a new assignee tells no one twice.
    post(
        team["editor"],
        f"/admin/rencana/{item.pk}/",
        form_data(desks[roles.EDITOR], team["writer"], place="Kudus"),
    )
    assert Notification.objects.filter(recipient=team["writer"]).count() == 1


def test_a_writer_cannot_plan_nor_edit_an_item(client, post, desks, team):
    item = plan(desks, team)
    assert refused(
        post(team["writer"], INDEX + "tambah/", form_data(desks[roles.EDITOR]))
    )
    response = post(
        team["writer"],
        f"/admin/rencana/{item.pk}/",
        form_data(desks[roles.EDITOR], place="X"),
    )
    assert response.status_code == 200  # the read-only page, nothing saved
    item.refresh_from_db()
    assert item.place == ""
    assert refused(post(team["writer"], f"/admin/rencana/{item.pk}/hapus/"))
    assert PlanItem.objects.filter(pk=item.pk).exists()


def test_only_the_desks_staff_see_its_plan(client, desks, team):
    item = plan(desks, team)
    client.force_login(team["photo_editor"])  # Foto desk, not Nasional
    assert "BANJIR-DEMAK" not in client.get(INDEX).text
    assert client.get(f"/admin/rencana/{item.pk}/").status_code == 404
    assert client.get(INDEX, {"desk": desks[roles.EDITOR].pk}).status_code == 404
    client.force_login(team["writer"])
    assert "BANJIR-DEMAK" in client.get(INDEX).text


def test_an_editor_cannot_plan_for_a_desk_they_do_not_edit(post, desks, team):
    response = post(
        team["photo_editor"], INDEX + "tambah/", form_data(desks[roles.EDITOR])
    )
    assert response.status_code == 200
    assert "desk" in response.context["form"].errors
    assert not PlanItem.objects.filter(slug_line="BANJIR-DEMAK").exists()


@pytest.mark.parametrize(
    "query, status",
    [
        ({"hari": "31/31/2026"}, 400),
        ({"hari": "2026-02-30"}, 400),
        ({"hari": "<script>"}, 400),
        ({"desk": "abc"}, 400),
        ({"desk": "9" * 40}, 400),
        ({"desk": "999999"}, 404),
        ({"tampilan": "tahun"}, 400),
    ],
)
def test_hostile_filters_are_refused_in_indonesian(client, team, query, status):
    client.force_login(team["editor"])
    response = client.get(INDEX, query)
    assert response.status_code == status
    if status == 400:
        assert "tidak dikenal" in response.text
        assert "<script>" not in response.text


@pytest.mark.parametrize("path", ["/admin/rencana/999999/", "/admin/rencana/abc/"])
def test_hostile_item_ids_are_not_found(client, team, path):
    client.force_login(team["editor"])
    assert client.get(path).status_code == 404


def test_the_writer_turns_it_into_a_draft_that_is_fulfilled_once_published(
    client, post, desks, team
):
    item = plan(desks, team)
    response = post(team["writer"], f"/admin/rencana/{item.pk}/jadikan-draf/")
    page = ArticlePage.objects.get(title="Warga Demak mengungsi")
    assert response.url == f"/admin/pages/{page.pk}/edit/"
    assert page.get_parent().pk == desks[roles.EDITOR].pk and not page.live
    assert [link.person for link in page.writer_links.all()] == [team["writer"].person]
    assert page.owner == team["writer"]
    item.refresh_from_db()
    assert item.page_id == page.pk and not item.fulfilled
    client.force_login(team["editor"])
    assert "Terpenuhi" not in client.get(INDEX).text
    # A second click makes no second draft.
    post(team["writer"], f"/admin/rencana/{item.pk}/jadikan-draf/")
    assert ArticlePage.objects.filter(title="Warga Demak mengungsi").count() == 1

    page.save_revision(user=team["editor"]).publish(user=team["editor"])
    assert PlanItem.objects.fulfilled().get() == item
    client.force_login(team["editor"])
    listing = client.get(INDEX).text
    assert "Terpenuhi" in listing and page.url in listing


def test_someone_elses_assignment_cannot_be_drafted_by_a_writer(
    post, make_staff, desks, team
):
    item = plan(desks, team)
    other = make_staff(roles.WRITER)
    assert refused(post(other, f"/admin/rencana/{item.pk}/jadikan-draf/"))
    assert not ArticlePage.objects.filter(title="Warga Demak mengungsi").exists()


def test_week_and_month_calendars_show_the_items(client, desks, team):
    today = timezone.localdate()
    plan(desks, team, day=today + datetime.timedelta(days=1), slug_line="SIDANG-MK")
    client.force_login(team["editor"])
    for view in ("minggu", "bulan"):
        response = client.get(
            INDEX,
            {
                "tampilan": view,
                "hari": (today + datetime.timedelta(days=1)).isoformat(),
            },
        )
        assert response.status_code == 200
        assert "SIDANG-MK" in response.text and 'role="grid"' in response.text
    assert "SIDANG-MK" not in client.get(INDEX, {"hari": today.isoformat()}).text


def test_the_desk_feed_is_valid_icalendar_in_jakarta_time(client, desks, team):
    plan(desks, team, place="Demak", planned_length=600)
    plan(desks, team, slug_line="TANPA-JAM", deadline=None)
    feed = DeskFeed.for_desk(desks[roles.EDITOR])
    response = client.get(f"/kalender/rencana/{feed.token}.ics")  # no login
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    cal = Calendar.from_ical(response.content)
    events = {e["summary"]: e for e in cal.walk("VEVENT")}
    timed = events["BANJIR-DEMAK"]
    assert str(timed["location"]) == "Demak"
    end = timed.decoded("dtend")
    assert str(end.tzinfo) == "Asia/Jakarta" and (end.hour, end.minute) == (16, 0)
    assert b"TZID=Asia/Jakarta" in response.content
    assert [tz["tzid"] for tz in cal.walk("VTIMEZONE")] == ["Asia/Jakarta"]
    assert isinstance(events["TANPA-JAM"].decoded("dtstart"), datetime.date)
    assert "Penulis: " + team["writer"].person.name in str(timed["description"])


@pytest.mark.parametrize(
    "path",
    [
        "/kalender/rencana/{wrong}.ics",
        "/kalender/rencana/{token}x.ics",
        "/kalender/rencana/..%2F..%2Fetc%2Fpasswd.ics",
        "/kalender/rencana/' OR 1=1 --.ics",
    ],
)
def test_a_wrong_or_hostile_feed_token_is_not_found(client, desks, team, path):
    plan(desks, team)
    feed = DeskFeed.for_desk(desks[roles.EDITOR])
    url = path.format(wrong="A" * 32, token=feed.token)
    response = client.get(url)
    assert response.status_code == 404
    assert b"BANJIR-DEMAK" not in response.content


def test_each_desk_has_its_own_feed(client, desks, team):
    plan(desks, team)
    foto = DeskFeed.for_desk(desks[roles.PHOTOGRAPHER])
    response = client.get(f"/kalender/rencana/{foto.token}.ics")
    assert response.status_code == 200 and b"BANJIR-DEMAK" not in response.content
