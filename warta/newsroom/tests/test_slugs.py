"""A new story sent with an empty slug (the editor's script did not run) gets
one from its headline, server-side (``warta.newsroom.slugs``)."""

import pytest
from wagtail.test.utils.form_data import inline_formset

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.slugs import slug_from_title
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def add(client, make_staff, desks):
    """``add(title, slug)``: the writer saves a new story's draft."""
    client.force_login(make_staff(roles.WRITER))
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"

    def add(title, slug=""):
        data = article_form(title=title, slug=slug, writer_links=inline_formset([]))
        return client.post(url, data)

    return add


def test_an_empty_slug_is_made_from_the_headline(add):
    assert add("Kafé di Sanur Buka 24 Jam").status_code == 302
    assert ArticlePage.objects.filter(slug="kafe-di-sanur-buka-24-jam").exists()


def test_a_second_story_with_the_same_headline_gets_its_own(add):
    add("Gempa Guncang Cianjur")
    assert add("Gempa Guncang Cianjur").status_code == 302
    slugs = set(
        ArticlePage.objects.filter(title="Gempa Guncang Cianjur").values_list(
            "slug", flat=True
        )
    )
    assert slugs == {"gempa-guncang-cianjur", "gempa-guncang-cianjur-2"}


def test_a_typed_slug_is_left_alone(add):
    add("Gempa Guncang Cianjur", slug="gempa-cianjur-pagi")
    assert ArticlePage.objects.get(title="Gempa Guncang Cianjur").slug == (
        "gempa-cianjur-pagi"
    )


def test_a_headline_of_signs_only_still_saves(add):
    assert add("!!! ???").status_code == 302
    assert ArticlePage.objects.filter(title="!!! ???", slug="berita").exists()


def test_no_headline_is_the_form_error_not_a_500(add):
    response = add("")
    assert response.status_code == 200
    assert response.context["form"].errors["title"]


def test_a_long_headline_gives_a_short_slug(desks):
    slug = slug_from_title("Kata " * 40, desks[roles.WRITER])
    assert len(slug) <= 80 and not slug.endswith("-")
