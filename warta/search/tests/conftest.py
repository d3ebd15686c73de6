"""Stories made for one search test: a unique word, a section, a publish."""

import datetime

import pytest
from django.utils import timezone

from warta.articles.models import ArticlePage
from warta.sections.models import SectionPage


@pytest.fixture
def section(db):
    return SectionPage.objects.get(slug="nasional")


@pytest.fixture
def make_story(section):
    """A published (or scheduled) article under ``nasional``."""

    def make(slug, title, dek="", kicker="", go_live_at=None, publish=True):
        page = ArticlePage(title=title, slug=slug, dek=dek, kicker=kicker)
        section.add_child(instance=page)
        if go_live_at is not None:
            page.go_live_at = go_live_at
            page.save_revision().publish()
        elif publish:
            page.save_revision().publish()
        return ArticlePage.objects.get(pk=page.pk)

    return make


@pytest.fixture
def tomorrow():
    return timezone.now() + datetime.timedelta(days=1)
