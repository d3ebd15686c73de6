"""One slug rule for the editor's fallback, wire ingest and the importers."""

import pytest

from warta.core.slugs import unique_slug
from warta.people.models import Person

pytestmark = pytest.mark.django_db


def test_unique_slugs_count_up_among_siblings():
    Person.objects.create(name="Budi", slug="budi")
    Person.objects.create(name="Budi", slug="budi-2")
    people = Person.objects.all()
    assert unique_slug(people, "Budi", "orang") == "budi-3"
    assert unique_slug(people, "Ani Lestari", "orang") == "ani-lestari"
    assert unique_slug(people, "!!!", "orang") == "orang"
