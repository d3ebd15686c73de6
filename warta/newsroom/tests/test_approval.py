"""An approval in the review workflow checks what a direct publish checks.

The editor approves a submitted story from the dashboard (a plain POST, or the
"approve with comment" dialog's XHR) or from the editor's footer ("Setujui").
With a picture lacking its credit the story stays in review and off the site,
and the editor reads why, in Indonesian, on the story's editor: not a 500.
"""

import json

import pytest
from wagtail.models import PageLogEntry, TaskState, WorkflowState
from wagtail.test.utils.form_data import inline_formset

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.tests.conftest import article_form
from warta.newsroom.tests.test_credits import picture

pytestmark = pytest.mark.django_db
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest"}


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


def _form(page, person, **fields):
    return article_form(
        page, writer_links=inline_formset([{"person": person.pk}]), **fields
    )


@pytest.fixture
def file_story(client, team, desks):
    """``file_story(photo)``: the writer submits a story showing ``photo``."""

    def file_story(photo):
        person = team["writer"].person
        _as(client, team["writer"])
        data = _form(
            None,
            person,
            title="Banjir Rob di Pesisir Semarang",
            slug="banjir-rob-di-pesisir-semarang",
            lead_image=photo.pk,
            **{"action-submit": "1"},
        )
        url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
        assert client.post(url, data).status_code == 302
        page = ArticlePage.objects.get(slug="banjir-rob-di-pesisir-semarang")
        _as(client, team["editor"])
        return page

    return file_story


def _task_state(page):
    return TaskState.objects.get(
        workflow_state__object_id=str(page.pk), status=TaskState.STATUS_IN_PROGRESS
    )


def _dashboard_url(page):
    return f"/admin/pages/workflow/action/{page.pk}/approve/{_task_state(page).pk}/"


def _still_in_review(page):
    page.refresh_from_db()
    state = WorkflowState.objects.get(object_id=str(page.pk))
    approved = PageLogEntry.objects.filter(
        page=page, action__in=["wagtail.workflow.approve", "wagtail.publish"]
    )
    return (
        not page.live
        and state.status == WorkflowState.STATUS_IN_PROGRESS
        and _task_state(page).status == TaskState.STATUS_IN_PROGRESS
        and not approved.exists()
    )


REFUSED = "foto berikut belum punya kredit: “Warga mengungsi”"


def test_dashboard_approval_of_an_uncredited_picture_is_refused(client, file_story):
    page = file_story(picture("Warga mengungsi"))
    response = client.post(_dashboard_url(page), {"next": "/admin/"}, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{page.pk}/edit/"
    assert REFUSED in response.content.decode()
    assert _still_in_review(page)


def test_the_dialogs_approval_with_a_comment_is_refused_too(client, file_story):
    page = file_story(picture("Warga mengungsi"))
    data = {"comment": "Sudah bagus.", "next": "/admin/"}
    response = client.post(_dashboard_url(page), data, **XHR)
    assert response.status_code == 200
    answer = json.loads(response.content)
    assert answer["step"] == "success"  # the dialog goes where it is told
    assert answer["redirect"] == f"/admin/pages/{page.pk}/edit/"
    assert _still_in_review(page)
    html = client.get(answer["redirect"]).content.decode()
    assert REFUSED in html
    assert "Sudah bagus." not in html  # no approval comment was kept


def test_the_editors_footer_approval_is_refused(client, file_story, team):
    page = file_story(picture("Warga mengungsi"))
    links = [
        {"id": link.pk, "person": link.person_id} for link in page.writer_links.all()
    ]
    data = article_form(
        page,
        writer_links=inline_formset(links, initial=len(links)),
        lead_image=page.lead_image_id,
        **{"action-workflow-action": "true", "workflow-action-name": "approve"},
    )
    response = client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0] == f"/admin/pages/{page.pk}/edit/"
    assert REFUSED in response.content.decode()
    assert _still_in_review(page)


def test_with_its_credit_the_dashboard_approval_publishes(client, file_story, team):
    page = file_story(picture("Warga mengungsi", credit="HARIAN WARTA/UJI"))
    client.post(_dashboard_url(page), {"next": "/admin/"})
    page.refresh_from_db()
    assert page.live and page.editor == team["editor"].person
    state = WorkflowState.objects.get(object_id=str(page.pk))
    assert state.status == WorkflowState.STATUS_APPROVED


def test_credited_later_the_same_story_is_approved(client, file_story):
    photo = picture("Warga mengungsi")
    page = file_story(photo)
    client.post(_dashboard_url(page), {"next": "/admin/"})
    photo.credit = "HARIAN WARTA/UJI"
    photo.save()
    client.post(_dashboard_url(page), {"next": "/admin/"})
    page.refresh_from_db()
    assert page.live
