"""Editors' daily tools (``warta.newsroom.editor_tools``): the explorer's writer
filter, and what the editor's count and previews are given. (The count and
previews as typed: tests/browser/test_editor_tools.py.)"""

import json
import re

import pytest

from warta.articles.models import ArticleWriter
from warta.newsroom import roles

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor(client, make_staff):
    user = make_staff(roles.EDITOR, desk_code="N-3")
    client.force_login(user)
    return user


@pytest.fixture
def stories(make_draft, make_staff, editor):
    """Two writers' stories in Nasional: Rina's two and Bayu's one."""
    rina, bayu = make_staff(roles.WRITER).person, make_staff(roles.WRITER).person
    made = {}
    for key, person, title in [
        ("rina-1", rina, "Harga Beras Naik di Pasar Induk"),
        ("rina-2", rina, "Antrean Solar di Pantura"),
        ("bayu", bayu, "Timnas Menang di Kandang Lawan"),
    ]:
        page = make_draft(editor, title=title)
        ArticleWriter.objects.create(page=page, person=person, sort_order=0)
        made[key] = page
    return rina, bayu, made


def _explore(client, section, **params):
    response = client.get(f"/admin/pages/{section.pk}/", params)
    assert response.status_code == 200
    return response.content.decode()


def _listed(html, page):
    return f"/admin/pages/{page.pk}/edit/" in html


def test_the_writer_filter_lists_one_writers_stories(client, desks, stories):
    rina, bayu, made = stories
    html = _explore(client, desks[roles.WRITER], writer=rina.pk)
    assert _listed(html, made["rina-1"]) and _listed(html, made["rina-2"])
    assert not _listed(html, made["bayu"])
    html = _explore(client, desks[roles.WRITER], writer=bayu.pk)
    assert _listed(html, made["bayu"]) and not _listed(html, made["rina-1"])


def test_the_filter_offers_credited_people_by_name(client, desks, stories):
    rina, bayu, _ = stories
    html = _explore(client, desks[roles.WRITER])
    select = re.search(r'<select name="writer".*?</select>', html, re.S)
    assert select, "no writer filter"
    options = select.group(0)
    assert "Semua penulis" in options
    assert f'value="{rina.pk}"' in options and rina.name in options
    assert html.count("Penulis") >= 2  # the column and the filter


@pytest.mark.parametrize("hostile", ["abc", "999999999", "1 OR 1=1", "-1", "9" * 40])
def test_a_hostile_writer_is_no_500(client, desks, stories, hostile):
    html = _explore(client, desks[roles.WRITER], writer=hostile)
    assert _listed(html, stories[2]["bayu"])  # the filter is not applied


def test_the_editor_is_given_the_facts_and_the_tools(client, desks, stories):
    page = stories[2]["bayu"]
    for url in [
        f"/admin/pages/{page.pk}/edit/",
        f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/",
    ]:
        html = client.get(url).content.decode()
        assert "newsroom/editor-tools.js" in html and "editor-tools.css" in html
        found = re.search(
            r'<script id="warta-editor-facts" type="application/json">(.*?)</script>',
            html,
        )
        facts = json.loads(found.group(1))
        assert facts["base"] == desks[roles.WRITER].full_url
        assert facts["base"].startswith("http") and facts["site"]
