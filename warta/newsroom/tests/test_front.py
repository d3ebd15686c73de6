"""A Redaktur arranges the front page: lead story and headline slots."""

import pytest
from wagtail.models import PageLogEntry

from warta.feeds.queries import newest, stories
from warta.newsroom import roles
from warta.sections.models import HomePage

pytestmark = pytest.mark.django_db
URL = "/admin/halaman-depan/"


def _newest(count):
    return list(newest(stories())[:count])


def test_a_desk_editor_sets_the_lead_and_slots_and_it_goes_live(client, make_staff):
    editor = make_staff(roles.EDITOR)
    client.force_login(editor)
    assert "Halaman depan" in client.get("/admin/").content.decode()
    lead, first, second = _newest(3)
    response = client.post(
        URL, {"lead": lead.pk, "slot_1": first.pk, "slot_2": second.pk}
    )
    assert response.status_code == 302, response
    home = HomePage.objects.get()
    assert home.lead_story_id == lead.pk
    assert [s.story_id for s in home.headline_slots.all()] == [first.pk, second.pk]
    assert not home.has_unpublished_changes
    entry = PageLogEntry.objects.filter(page=home, action="wagtail.publish").latest(
        "pk"
    )
    assert entry.user == editor
    front = client.get("/").content.decode()
    assert front.index(lead.title) < front.index(first.title)


def test_a_writer_may_not_arrange_the_front(client, make_staff):
    client.force_login(make_staff(roles.WRITER))
    before = HomePage.objects.get().lead_story_id
    # Wagtail's answer to a refused admin page: back to the dashboard, told why.
    refused = client.get(URL, follow=True)
    assert "tidak memiliki izin" in refused.content.decode()
    assert client.post(URL, {"lead": _newest(1)[0].pk}).status_code == 302
    assert HomePage.objects.get().lead_story_id == before
    assert 'href="/admin/halaman-depan/"' not in client.get("/admin/").content.decode()


@pytest.mark.parametrize(
    "data",
    [
        {"lead": "abc"},
        {"lead": "99999999999999999999"},
        {"slot_1": "-1"},
        {"slot_3": "<script>alert(1)</script>"},
    ],
)
def test_hostile_picks_are_refused_and_nothing_changes(client, make_staff, data):
    home = HomePage.objects.get()
    before = (home.lead_story_id, list(home.headline_slots.values_list("story_id")))
    client.force_login(make_staff(roles.EDITOR))
    response = client.post(URL, data)
    assert response.status_code == 200
    assert "belum disimpan" in response.content.decode()
    home.refresh_from_db()
    after = (home.lead_story_id, list(home.headline_slots.values_list("story_id")))
    assert after == before


def test_one_story_twice_on_the_front_is_refused(client, make_staff):
    client.force_login(make_staff(roles.EDITOR))
    lead_before = HomePage.objects.get().lead_story_id
    story = next(page for page in _newest(5) if page.pk != lead_before)
    response = client.post(URL, {"lead": story.pk, "slot_2": story.pk})
    assert "sudah dipilih di tempat lain" in response.content.decode()
    assert HomePage.objects.get().lead_story_id == lead_before


def test_the_story_chooser_opens_on_the_latest_stories(client, make_staff):
    client.force_login(make_staff(roles.EDITOR))
    response = client.get("/admin/pilih-berita/")
    assert response.status_code == 200
    html = response.json()["html"]
    titles = [page.title for page in _newest(3)]
    positions = [html.find(title) for title in titles]
    assert -1 not in positions and positions == sorted(positions)
