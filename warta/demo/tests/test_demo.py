"""The demo newspaper: complete, and safe to load again."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from wagtail.models import Page

from warta.articles.models import ArticlePage
from warta.core.models import DemoRecord
from warta.demo.loader import DemoLoader, read_content
from warta.editions.models import EditionPage
from warta.images.models import WartaImage
from warta.multimedia.models import InfographicPage, PhotoGalleryPage, VideoPage
from warta.people.models import Agency, Person

REFERENCE_NAV = (
    "Nasional Mondial Ekonomi Megapolitan Olahraga Rona The Alun-Alun Kupas Splash "
    "Wisata Perspektif Wawancara Edisi Weekend Foto Video Infografis"
)

pytestmark = pytest.mark.django_db


def test_navigation_has_the_reference_papers_sixteen_sections_in_order(home):
    assert " ".join(s.title for s in home.sections()) == REFERENCE_NAV


def test_demo_has_enough_of_every_kind_of_content():
    assert ArticlePage.objects.live().count() >= 60
    assert Person.objects.count() >= 8
    assert Agency.objects.count() >= 2
    assert PhotoGalleryPage.objects.live().count() >= 2
    assert VideoPage.objects.live().exists()
    assert InfographicPage.objects.live().exists()
    assert EditionPage.objects.live().get().articles()


def test_every_person_role_is_staffed():
    for role in ("is_writer", "is_editor", "is_photographer", "is_columnist"):
        assert Person.objects.filter(**{role: True}).exists(), role


def test_every_demo_article_carries_the_anatomy_of_a_story():
    for article in ArticlePage.objects.live().select_related("lead_image"):
        assert article.kicker and article.dateline, article.slug
        assert article.lead_image.credit and article.lead_caption, article.slug
        assert article.topics.exists(), article.slug
        # Sponsored content is no journalist's work: no newsroom byline.
        assert article.byline or article.is_advertorial, article.slug
        assert article.sign_off and article.editor.is_editor, article.slug
        assert article.first_published_at and article.body, article.slug


def test_articles_spread_over_every_article_section(home):
    desks = {"edisi-weekend", "foto", "video", "infografis"}
    for section in home.sections().exclude(slug__in=desks):
        assert ArticlePage.objects.child_of(section).live().count() >= 3, section.slug


def test_every_image_has_a_credit():
    assert not WartaImage.objects.filter(credit="").exists()


def test_wire_copy_and_opinion_and_interviews_are_in_the_demo():
    articles = ArticlePage.objects.live()
    assert articles.filter(agency__code="Ant", writer_links=None).exists()
    opinion = articles.filter(article_type="opini").first()
    assert opinion.writers[0].is_columnist
    interview = articles.filter(article_type="wawancara").first()
    assert "qa" in [block.block_type for block in interview.body]


def test_loading_again_creates_nothing_twice():
    counts = (Page.objects.count(), WartaImage.objects.count(), Person.objects.count())
    created = DemoLoader().load()
    assert not created
    assert counts == (
        Page.objects.count(),
        WartaImage.objects.count(),
        Person.objects.count(),
    )


def test_loading_again_keeps_what_editors_changed_since(wire_article):
    wire_article.title = "Judul yang dibetulkan redaktur"
    wire_article.save_revision().publish()
    other = ArticlePage.objects.live().exclude(pk=wire_article.pk).first()
    other.delete()
    person = Person.objects.first()
    Person.objects.filter(pk=person.pk).update(bio="Bio baru")

    DemoLoader().load()

    wire_article.refresh_from_db()
    assert wire_article.title == "Judul yang dibetulkan redaktur"
    assert not ArticlePage.objects.filter(pk=other.pk).exists()
    assert not ArticlePage.objects.filter(slug=other.slug).exists()
    assert Person.objects.get(pk=person.pk).bio == "Bio baru"


def test_every_demo_item_is_recorded_once():
    _, articles, media, _, trust, _ = read_content()
    keys = set(DemoRecord.objects.values_list("key", flat=True))
    assert {f"article:{a['slug']}" for a in articles} <= keys
    assert {f"gallery:{g['slug']}" for g in media["gallery"]} <= keys
    assert {f"live:{live['slug']}" for live in trust["live"]} <= keys
    assert {f"correction:{c['key']}" for c in trust["correction"]} <= keys
    assert {f"takedown:{t['article']}" for t in trust["takedown"]} <= keys


def test_demo_logins_exist_one_per_role(home):
    call_command("demo", stdout=io.StringIO())
    users = get_user_model().objects
    for username, group in [
        ("penulis", "Penulis"),
        ("redaktur", "Redaktur"),
        ("fotografer", "Fotografer"),
        ("redpel", "Redaktur Pelaksana"),
    ]:
        user = users.get(username=username)
        assert user.check_password("warta-demo")
        assert group in user.groups.values_list("name", flat=True)
        assert user.has_perm("wagtailadmin.access_admin")
    assert users.get(username="admin").is_superuser
    section = home.sections().first()
    assert not section.permissions_for_user(users.get(username="penulis")).can_publish()
    assert section.permissions_for_user(users.get(username="penulis")).can_add_subpage()
    assert section.permissions_for_user(users.get(username="redaktur")).can_publish()
