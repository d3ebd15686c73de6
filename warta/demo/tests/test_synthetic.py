"""`warta demo --articles N`: a bulk archive that behaves like real pages."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from warta.articles.models import ArticlePage
from warta.sections.models import SectionPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def archive():
    before = set(ArticlePage.objects.values_list("pk", flat=True))
    call_command(
        "demo", articles=240, no_logins=True, stdout=io.StringIO(), stderr=io.StringIO()
    )
    return ArticlePage.objects.exclude(pk__in=before)


def test_adds_exactly_n_live_articles_and_keeps_the_tree_sound(archive):
    assert archive.count() == 240
    assert archive.live().count() == 240
    assert Page.find_problems() == ([], [], [], [], [])
    for section in SectionPage.objects.all():
        assert section.numchild == section.get_children().count(), section.slug


def test_spreads_over_the_article_sections_and_about_five_years(archive, home):
    sections = {a.url_path.split("/")[2] for a in archive}
    assert len(sections) >= 10 and not sections & {"foto", "video", "infografis"}
    oldest = archive.order_by("first_published_at").first().first_published_at
    assert timezone.now() - oldest > datetime.timedelta(days=3 * 365)


def test_synthetic_articles_render_with_credits_and_topics(client, archive):
    article = archive.exclude(lead_image=None).first()
    response = client.get(article.url)
    assert response.status_code == 200
    page = response.content.decode()
    assert article.dateline in page and "Redaktur : " in page and "Penulis : " in page
    assert article.topics.exists()


def test_editors_can_still_add_and_publish_pages_after_a_bulk_load(archive):
    section = archive.first().get_parent().specific
    page = ArticlePage(title="Berita baru setelah arsip", slug="berita-baru-arsip")
    section.add_child(instance=page)
    page.save_revision().publish()
    assert Page.find_problems() == ([], [], [], [], [])
    assert page.url.startswith(section.url)


def test_negative_count_is_refused_cleanly():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="zero or more"):
        call_command("demo", articles=-5, stdout=io.StringIO())
