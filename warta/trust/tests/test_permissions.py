"""Who may do what, through the admin's own views (server-side, not just hidden).

A writer can neither post a correction or reply, nor clear the "Masih
diverifikasi" notice, nor take a story down; an editor does all three on
their desk; clearing the notice and a takedown are in the page's history.
"""

import pytest
from wagtail.models import PageLogEntry

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.trust.models import Correction, Takedown

pytestmark = pytest.mark.django_db

ADD_CORRECTION = "/admin/snippets/trust/correction/add/"


def correction_form(page, **fields):
    data = {
        "page": page.pk,
        "kind": "ralat",
        "published_at": "2026-01-01 10:00",
        "text": "Nama narasumber yang benar adalah Darmaji.",
        "link_page": "",
    }
    data.update(fields)
    return data


@pytest.fixture
def live_story(make_draft, make_staff):
    return make_draft(make_staff(roles.WRITER), live=True)


@pytest.fixture
def login(client, make_staff):
    def login(role):
        user = make_staff(role)
        client.force_login(user)
        return user

    return login


def test_writer_cannot_post_a_correction(client, login, live_story):
    login(roles.WRITER)
    response = client.get(ADD_CORRECTION)
    assert response.status_code in (302, 403)
    response = client.post(ADD_CORRECTION, correction_form(live_story))
    assert response.status_code in (302, 403)
    assert not Correction.objects.filter(page=live_story).exists()


def test_editor_posts_a_correction_on_their_desk(client, login, live_story):
    editor = login(roles.EDITOR)
    response = client.get(ADD_CORRECTION + f"?page={live_story.pk}")
    assert response.status_code == 200
    response = client.post(ADD_CORRECTION, correction_form(live_story))
    assert response.status_code == 302, response.content[:2000]
    correction = Correction.objects.get(page=live_story)
    assert correction.created_by == editor
    assert PageLogEntry.objects.filter(
        page=live_story, action="warta.correction_added", user=editor
    ).exists()
    assert "Darmaji" in client.get(live_story.url).content.decode()


def test_editor_of_another_desk_cannot_correct(client, make_staff, live_story):
    from warta.sections.models import SectionPage

    olahraga = SectionPage.objects.get(slug="olahraga")
    client.force_login(make_staff(roles.EDITOR, desk=olahraga))
    response = client.post(ADD_CORRECTION, correction_form(live_story))
    assert response.status_code == 200  # the form again, with the error
    assert "tidak berhak" in response.content.decode()
    assert not Correction.objects.filter(page=live_story).exists()


def test_no_correction_on_a_draft(client, login, make_draft, make_staff):
    login(roles.EDITOR)
    draft = make_draft(make_staff(roles.WRITER))
    response = client.post(ADD_CORRECTION, correction_form(draft))
    assert "sudah tayang" in response.content.decode()


def _edit(client, page, **fields):
    from warta.newsroom.tests.conftest import article_form

    return client.post(f"/admin/pages/{page.pk}/edit/", article_form(page, **fields))


def test_writer_cannot_clear_the_verification_notice(client, login, make_draft):
    writer = login(roles.WRITER)
    page = make_draft(writer, needs_verification=True)
    response = client.get(f"/admin/pages/{page.pk}/edit/")
    assert "Hanya redaktur yang dapat menghapus" in response.content.decode()
    _edit(client, page)  # the checkbox left unticked: "cleared"
    page.refresh_from_db()
    assert page.latest_revision.user == writer
    latest = page.get_latest_revision_as_object()
    assert latest.needs_verification is True
    assert not PageLogEntry.objects.filter(
        page=page, action="warta.verification_cleared"
    ).exists()


def test_writer_may_raise_the_notice(client, login, make_draft):
    page = make_draft(login(roles.WRITER))
    _edit(client, page, needs_verification="on")
    page.refresh_from_db()
    assert page.get_latest_revision_as_object().needs_verification is True


def test_editor_clears_the_notice_and_it_is_logged(
    client, login, make_draft, make_staff
):
    page = make_draft(make_staff(roles.WRITER), live=True, needs_verification=True)
    editor = login(roles.EDITOR)
    response = _edit(client, page, **{"action-publish": "1"})
    assert response.status_code == 302, response.context["form"].errors
    page.refresh_from_db()
    assert page.needs_verification is False
    entry = PageLogEntry.objects.get(page=page, action="warta.verification_cleared")
    assert entry.user == editor
    history = client.get(f"/admin/pages/{page.pk}/history/").content.decode()
    assert "Masih diverifikasi" in history
    assert "Masih diverifikasi." not in client.get(page.url).content.decode()


def test_writer_cannot_take_a_story_down(client, login, live_story):
    login(roles.WRITER)
    url = f"/admin/cabut/{live_story.pk}/"
    assert client.get(url).status_code in (302, 403)
    client.post(url, {"reason": "Dicabut karena pengaduan narasumber yang keberatan."})
    live_story.refresh_from_db()
    assert live_story.live and not Takedown.objects.filter(page=live_story).exists()


def test_editor_takes_a_story_down_with_a_public_reason(client, login, live_story):
    editor = login(roles.EDITOR)
    path = live_story.url
    url = f"/admin/cabut/{live_story.pk}/"
    assert "Cabut berita" in client.get(url).content.decode()
    assert client.post(url, {"reason": "pendek"}).status_code == 200  # too short
    reason = "Dicabut atas pengaduan: berita memuat data pribadi narasumber."
    assert client.post(url, {"reason": reason}).status_code == 302
    page = ArticlePage.objects.get(pk=live_story.pk)
    assert not page.live
    takedown = Takedown.objects.get(page=page)
    assert takedown.path == path and takedown.created_by == editor
    assert PageLogEntry.objects.filter(page=page, action="warta.takedown").exists()
    client.logout()
    response = client.get(path)
    assert response.status_code == 410 and reason in response.content.decode()
    assert reason in client.get("/pencabutan/").content.decode()
