"""The front's plan (which story goes in which slot) is kept between renders,
and never outlives a publish, an unpublish, a move or an editor's pick.

The page cache is off in tests: every request renders the home page.
"""

import re

import pytest

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


def terkini(client):
    html = client.get("/").content.decode()
    return html.split('id="terkini"', 1)[1].split("</ol>", 1)[0]


def strip(client, section):
    html = client.get("/").content.decode()
    return html.split(f'id="rubrik-{section.slug}"', 1)[1].split("</section>", 1)[0]


def test_a_story_published_now_is_in_terkini_at_once(client, home):
    terkini(client)  # the plan is now kept
    section = home.sections().first()
    story = ArticlePage(title="Kabar yang baru saja terbit", slug="baru-saja-terbit")
    section.add_child(instance=story)
    story.save_revision().publish()
    assert "Kabar yang baru saja terbit" in terkini(client)


def test_an_unpublished_story_leaves_the_front_at_once(client, home):
    newest = ArticlePage.objects.listed().first()
    assert newest.title in client.get("/").content.decode()
    newest.unpublish()
    assert newest.title not in client.get("/").content.decode()


def test_the_lead_an_editor_picks_leads_at_once(client, home):
    client.get("/")
    pick = ArticlePage.objects.listed().exclude(lead_image=None)[5]
    home.lead_story = pick
    home.save_revision().publish()
    html = client.get("/").content.decode()
    lead = html.split('id="berita-utama"', 1)[1].split("</section>", 1)[0]
    assert pick.title in lead


def test_a_story_moved_to_another_section_changes_strips_at_once(client, home):
    sections = list(home.navigation())
    source = next(s for s in sections if strip_story(client, s))
    story = strip_story(client, source)
    # A section whose strip shows only older stories: the moved one leads it.
    target = next(
        s
        for s in sections
        if s.pk != source.pk
        and strip_story(client, s)
        and strip_story(client, s).first_published_at < story.first_published_at
    )
    assert story.title in strip(client, source)
    story.move(target, pos="last-child")
    assert story.title not in strip(client, source)
    assert story.title in strip(client, target)


def test_a_picture_given_a_new_focal_point_shows_cropped_anew_at_once(client, home):
    def lead_picture():
        html = client.get("/").content.decode()
        lead = html.split('id="berita-utama"', 1)[1].split("</picture>", 1)[0]
        return lead.split("<picture>", 1)[1]

    before = lead_picture()
    lead = ArticlePage.objects.get(pk=home.get_context(rf_get())["lead"].pk)
    image = lead.lead_image
    image.focal_point_x, image.focal_point_y = 5, 5
    image.focal_point_width = image.focal_point_height = 10
    image.save()
    assert lead_picture() != before


def rf_get():
    from django.test import RequestFactory

    return RequestFactory().get("/")


def strip_story(client, section):
    """The first story of a section's strip on the front (the section's
    newest may be shown higher up: the front shows no story twice)."""
    found = re.search(r'class="card__title"><a href="([^"]+)"', strip(client, section))
    if found is None:
        return None
    return next(p for p in ArticlePage.objects.live() if p.url == found.group(1))
