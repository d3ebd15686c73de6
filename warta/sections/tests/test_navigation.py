"""Editors add, rename and reorder sections; the navigation follows."""

import pytest

from warta.sections.models import SectionPage

pytestmark = pytest.mark.django_db


def nav(client):
    html = client.get("/").content.decode()
    block = html.split('aria-label="Rubrik"')[1].split("</nav>")[0]
    return [part.split("</a>")[0].split(">")[-1] for part in block.split("<li>")[1:]]


def test_reordering_sections_reorders_the_navigation(client, home):
    sport = home.sections().get(slug="olahraga")
    sport.move(home.sections().first(), pos="left")
    assert nav(client)[:2] == ["Olahraga", "Nasional"]


def test_renamed_and_added_sections_appear_and_hidden_ones_go(client, home):
    section = home.sections().get(slug="rona")
    section.title = "Gaya Hidup"
    section.save_revision().publish()
    new = home.add_child(instance=SectionPage(title="Sains", slug="sains"))
    new.show_in_menus = True
    new.save_revision().publish()
    home.sections().get(slug="kupas").unpublish()
    items = nav(client)
    assert "Gaya Hidup" in items and "Rona" not in items
    assert items[-1] == "Sains" and "Kupas" not in items


def test_the_section_of_the_page_is_marked_current(client, home, wire_article):
    def current(url):
        html = client.get(url).content.decode()
        block = html.split('aria-label="Rubrik"')[1].split("</nav>")[0]
        marked = [part for part in block.split("<li>")[1:] if "aria-current" in part]
        return [part.split("</a>")[0].split(">")[-1] for part in marked]

    section = wire_article.get_parent()
    assert current(wire_article.url) == [section.title]
    assert current(section.url) == [section.title]
    assert current("/") == []
