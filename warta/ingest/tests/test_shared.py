"""The helpers wire ingest and the importers share: one answer for both."""

import pytest

from warta.ingest import shared
from warta.people.models import Agency

pytestmark = pytest.mark.django_db


def test_plain_text_keeps_words_apart_and_drops_scripts():
    markup = "<p>Pasar&amp;amp;Kota</p><p>buka<br>pagi</p><script>alert(1)</script>"
    assert shared.plain(markup) == "Pasar&Kota buka pagi"


def test_a_section_is_found_by_slug_or_title_and_must_take_articles(home):
    assert shared.find_section("nasional").slug == "nasional"
    assert shared.find_section("NASIONAL").slug == "nasional"
    first = home.navigation()[0]
    assert shared.find_section().pk == first.pk
    with pytest.raises(shared.SectionNotFound, match="rubrik 'tidak-ada' tidak ada"):
        shared.find_section("tidak-ada")


def test_an_agency_is_matched_by_code_name_or_site_name(home):
    antara = Agency.objects.get(code="Ant")
    assert shared.find_agency(["ant"]) == antara
    assert shared.find_agency([f"{antara.name}.com"]) == antara
    assert shared.find_agency([f"Kantor Berita {antara.name}"]) == antara
    # A writer whose name holds an agency's is a person, not the agency.
    writer = f"Dewi {antara.name} Putri"
    assert shared.find_agency([writer], loose=False) is None
