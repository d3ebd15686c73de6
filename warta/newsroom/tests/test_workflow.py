"""The "Review redaktur" workflow end to end, scheduling, credit and audit log.

A writer files a story in Nasional, the Nasional editor is asked (and the
Olahraga-only editor is not), requests changes, then approves it with a
go-live time: the story stays off every public surface until the runner
publishes it, and the approving editor becomes its "Redaktur".
"""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import PageLogEntry, Revision, TaskState
from wagtail.test.utils.form_data import inline_formset

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db
WORD = "zamrudkhatulistiwa"


@pytest.fixture
def team(make_staff):
    return {
        "writer": make_staff(roles.WRITER),
        "editor": make_staff(roles.EDITOR, desk_code="N-3"),
    }


def _as(client, user):
    client.logout()
    client.force_login(user)
    return client


def _file_story(client, team, desks, go_live_at=""):
    writer = team["writer"]
    person = writer.person
    _as(client, writer)
    data = article_form(
        title=f"Kabar {WORD}",
        slug=f"kabar-{WORD}",
        topics=WORD,
        go_live_at=go_live_at,
        writer_links=inline_formset([{"person": person.pk}]),
        **{"action-submit": "1"},
    )
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
    response = client.post(url, data)
    assert response.status_code == 302, response.content[:2000]
    return ArticlePage.objects.get(slug=f"kabar-{WORD}")


def _task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def _act(client, page, action, comment=""):
    state = _task_state(page)
    url = f"/admin/pages/workflow/action/{page.pk}/{action}/{state.pk}/"
    return client.post(url, {"comment": comment})


def test_editors_of_the_section_are_asked_others_not(client, team, desks, make_staff):
    page = _file_story(client, team, desks)
    elsewhere = make_staff(roles.EDITOR, desk=desks[roles.PHOTOGRAPHER])
    assert _task_state(page) in TaskState.objects.reviewable_by(team["editor"])
    assert _task_state(page) not in TaskState.objects.reviewable_by(elsewhere)
    html = _as(client, team["editor"]).get("/admin/").content.decode()
    assert f"Kabar {WORD}" in html


def test_request_changes_reaches_the_writer(client, team, desks):
    page = _file_story(client, team, desks)
    _as(client, team["editor"])
    _act(client, page, "reject", "Tambahkan sumber kedua.")
    state = TaskState.objects.get(workflow_state__object_id=str(page.pk))
    assert state.status == TaskState.STATUS_REJECTED
    assert state.comment == "Tambahkan sumber kedua."
    html = _as(client, team["writer"]).get(f"/admin/pages/{page.pk}/edit/")
    assert "Tambahkan sumber kedua." in html.content.decode()
    page.refresh_from_db()
    assert not page.live


def test_approval_publishes_and_credits_the_editor(client, team, desks):
    page = _file_story(client, team, desks)
    _as(client, team["editor"])
    _act(client, page, "approve")
    page.refresh_from_db()
    assert page.live and page.editor == team["editor"].person
    assert page.sign_off.endswith("N-3")
    actions = {
        (entry.action, entry.user_id)
        for entry in PageLogEntry.objects.filter(page=page)
    }
    assert ("wagtail.workflow.approve", team["editor"].pk) in actions
    assert ("wagtail.publish", team["editor"].pk) in actions
    assert ("wagtail.workflow.start", team["writer"].pk) in actions


def _public_surfaces(client, page):
    """Every public address where the story could show, with its text."""
    sitemap = client.get("/sitemap.xml").content.decode()
    urls = ["/", page.get_parent().url, f"/topik/{WORD}/", page.url]
    urls += [f"/penulis/{page.writer_links.first().person.slug}/"]
    urls += ["/rss/", "/news-sitemap.xml", "/api/v1/articles?limit=100"]
    urls += [f"/cari/?q={WORD}"]
    urls += [
        f"/sitemap-halaman.xml?p={n}"
        for n in range(1, sitemap.count("sitemap-halaman") + 1)
    ]
    return {url: client.get(url) for url in urls}


def _shows(response, page):
    body = response.content.decode()
    return response.status_code == 200 and (f"kabar-{WORD}" in body)


def test_scheduled_story_stays_hidden_until_the_runner(client, team, desks):
    go_live = timezone.localtime() + datetime.timedelta(hours=2)
    page = _file_story(client, team, desks, go_live.strftime("%Y-%m-%d %H:%M"))
    _as(client, team["editor"])
    _act(client, page, "approve")
    page.refresh_from_db()
    assert not page.live
    revision = Revision.page_revisions.get(approved_go_live_at__isnull=False)
    assert PageLogEntry.objects.filter(
        page=page, action="wagtail.publish.schedule", user=team["editor"]
    ).exists()
    client.logout()
    call_command("publish_scheduled")  # not yet due: nothing happens
    for url, response in _public_surfaces(client, page).items():
        assert not _shows(response, page), url
    # The clock reaches the go-live time.
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")
    page.refresh_from_db()
    assert page.live and page.editor == team["editor"].person
    for url, response in _public_surfaces(client, page).items():
        assert _shows(response, page), url


def _footer_action(client, page, extra_data, action="reject"):
    """The editor's footer: the story's form with a workflow action and the
    dialog's data, as Wagtail's script posts it."""
    links = [
        {"id": link.pk, "person": link.person_id} for link in page.writer_links.all()
    ]
    data = article_form(
        page,
        writer_links=inline_formset(links, initial=len(links)),
        **{
            "action-workflow-action": "1",
            "workflow-action-name": action,
            "workflow-action-extra-data": extra_data,
        },
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data)


@pytest.mark.parametrize(
    "extra_data",
    [
        "",
        "{not json",
        "[1, 2]",
        '"komentar"',
        '{"comment": "Cek lagi", "update": false}',
        '{"comment": {"html": "<b>x</b>"}}',
        '{"comment": "' + "x" * 10_001 + '"}',
    ],
)
def test_hostile_workflow_data_is_a_400_and_changes_nothing(
    client, team, desks, extra_data
):
    page = _file_story(client, team, desks)
    revisions = Revision.objects.filter(object_id=str(page.pk)).count()
    _as(client, team["editor"])
    response = _footer_action(client, page, extra_data)
    assert response.status_code == 400
    assert "Data tindakan alur kerja" in response.content.decode() or (
        "Komentar harus berupa teks" in response.content.decode()
    )
    assert _task_state(page).status == TaskState.STATUS_IN_PROGRESS
    assert Revision.objects.filter(object_id=str(page.pk)).count() == revisions


def test_the_dialogs_own_data_still_requests_changes(client, team, desks):
    page = _file_story(client, team, desks)
    _as(client, team["editor"])
    response = _footer_action(client, page, '{"comment": "Tambahkan sumber."}')
    assert response.status_code == 302
    state = TaskState.objects.filter(workflow_state__object_id=str(page.pk)).first()
    assert state.status == TaskState.STATUS_REJECTED
    assert state.get_comment() == "Tambahkan sumber."
