"""What Wagtail 8's autosave may do to a story (``warta.newsroom.autosave``).

The editor's ``w-autosave`` controller posts the whole edit form to the edit
view with ``Accept: application/json`` (no button's name), and from its second
save on ``overwrite_revision_id``. A live story it saves stays plainly live (no
"live + draft"), a go-live time typed but not confirmed is not stored, and
what was typed is kept apart and offered back. A person's own *Simpan konsep*
still makes a draft and stores the schedule.
"""

import datetime

import pytest
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, rich_text, streamfield

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}
TYPED = "Paragraf yang sedang diketik redaktur."


@pytest.fixture
def editor(make_staff, client):
    user = make_staff(roles.EDITOR, desk_code="N-3")
    client.force_login(user)
    return user


@pytest.fixture
def live_story(make_draft, editor):
    return make_draft(editor, live=True, title="Tarif Tol Naik Bulan Depan")


def _typed(page, **fields):
    """The edit form as the browser holds it while the editor types."""
    loaded = page.get_latest_revision()
    data = article_form(
        page,
        writer_links=inline_formset([]),
        body=streamfield([("paragraph", rich_text(f"<p>{TYPED}</p>"))]),
        **fields,
    )
    data["loaded_revision_id"] = str(loaded.pk)
    data["loaded_revision_created_at"] = loaded.created_at.isoformat()
    return data


def _autosave(client, page, data):
    response = client.post(f"/admin/pages/{page.pk}/edit/", data, **JSON)
    assert response.status_code == 200
    answer = response.json()
    assert answer["success"], answer
    return answer


def _in_two_hours():
    return (timezone.localtime() + datetime.timedelta(hours=2)).strftime(
        "%Y-%m-%d %H:%M"
    )


def _explorer_row(client, page):
    html = client.get(f"/admin/pages/{page.get_parent().pk}/").content.decode()
    start = html.index(f"/admin/pages/{page.pk}/edit/")
    return html[start : html.index("</tr>", start)]


def test_an_autosave_of_a_live_story_leaves_it_live_without_a_draft(client, live_story):
    data = _typed(live_story, title="Tarif Tol Naik Mulai Senin")
    answer = _autosave(client, live_story, data)
    live_story.refresh_from_db()
    assert live_story.live and not live_story.has_unpublished_changes
    assert live_story.draft_title == "Tarif Tol Naik Bulan Depan"
    row = _explorer_row(client, live_story)
    assert "Tarif Tol Naik Bulan Depan" in row and "konsep" not in row.lower()
    # Nothing typed is lost: the autosave's revision holds it.
    revision = Revision.objects.get(pk=answer["revision_id"])
    assert TYPED in str(revision.content["body"])
    assert revision.content["title"] == "Tarif Tol Naik Mulai Senin"


def test_the_next_autosave_overwrites_it_and_stays_apart(client, live_story):
    first = _autosave(client, live_story, _typed(live_story))
    data = _typed(live_story, title="Tarif Tol Naik Mulai Senin")
    data["overwrite_revision_id"] = str(first["revision_id"])
    second = _autosave(client, live_story, data)
    assert second["revision_id"] == first["revision_id"]
    live_story.refresh_from_db()
    assert live_story.live and not live_story.has_unpublished_changes


def test_the_editor_offers_the_kept_apart_version_back(client, live_story):
    answer = _autosave(client, live_story, _typed(live_story))
    html = client.get(f"/admin/pages/{live_story.pk}/edit/").content.decode()
    assert "Ada versi simpanan otomatis yang belum diterbitkan" in html
    revert = f"/admin/pages/{live_story.pk}/revisions/{answer['revision_id']}/revert/"
    assert revert in html
    assert TYPED not in html.split(revert)[1]  # the form holds the live text
    assert TYPED in client.get(revert).content.decode()


def test_a_live_story_with_a_draft_goes_on_being_that_draft(client, live_story, editor):
    live_story.title = "Tarif Tol Naik Mulai Senin"
    live_story.save_revision(user=editor)
    _autosave(client, live_story, _typed(live_story))
    live_story.refresh_from_db()
    assert live_story.has_unpublished_changes
    html = client.get(f"/admin/pages/{live_story.pk}/edit/").content.decode()
    assert "Ada versi simpanan otomatis" not in html
    assert TYPED in html


def test_a_go_live_time_typed_but_not_confirmed_is_not_stored(client, live_story):
    answer = _autosave(
        client, live_story, _typed(live_story, go_live_at=_in_two_hours())
    )
    revision = Revision.objects.get(pk=answer["revision_id"])
    assert revision.content["go_live_at"] is None
    assert revision.approved_go_live_at is None
    live_story.refresh_from_db()
    assert live_story.go_live_at is None


def test_an_autosave_keeps_the_schedule_a_story_had(client, make_draft, editor):
    when = timezone.now().replace(second=0, microsecond=0) + datetime.timedelta(days=1)
    draft = make_draft(editor, go_live_at=when)
    answer = _autosave(client, draft, _typed(draft, go_live_at=""))
    revision = Revision.objects.get(pk=answer["revision_id"])
    assert revision.as_object().go_live_at == when


def test_a_new_storys_first_autosave_stores_no_go_live_time(client, editor, desks):
    data = article_form(
        title="Jembatan Baru di Kapuas",
        slug="jembatan-baru-di-kapuas",
        writer_links=inline_formset([]),
        go_live_at=_in_two_hours(),
    )
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
    response = client.post(url, data, **JSON)
    assert response.status_code == 200 and response.json()["success"]
    page = ArticlePage.objects.get(slug="jembatan-baru-di-kapuas")
    assert page.go_live_at is None
    assert page.get_latest_revision().content["go_live_at"] is None


def test_save_draft_still_makes_a_draft_and_stores_the_schedule(client, live_story):
    go_live = _in_two_hours()
    data = _typed(live_story, go_live_at=go_live)
    response = client.post(f"/admin/pages/{live_story.pk}/edit/", data)
    assert response.status_code == 302
    live_story.refresh_from_db()
    assert live_story.live and live_story.has_unpublished_changes
    draft = live_story.get_latest_revision_as_object()
    assert timezone.localtime(draft.go_live_at).strftime("%Y-%m-%d %H:%M") == go_live
