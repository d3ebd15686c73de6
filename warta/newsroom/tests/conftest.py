"""Newsroom fixtures: staff per role on their desks, drafts, and the admin form."""

import itertools

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from warta.newsroom import roles
from warta.people.models import Person

_serial = itertools.count(1)


@pytest.fixture
def desks(home):
    from warta.sections.models import SectionPage

    sections = {s.slug: s for s in SectionPage.objects.all()}
    return {
        roles.WRITER: sections["nasional"],
        roles.EDITOR: sections["nasional"],
        roles.PHOTOGRAPHER: sections["foto"],
    }


@pytest.fixture
def make_staff(home, desks):
    """``make_staff(role)``: a user in that role's group, on its demo desk."""
    groups = roles.ensure_roles(home)

    def make_staff(role, desk_code="", desk=None):
        n = next(_serial)
        user = get_user_model().objects.create_user(f"uji-staf-{n}", password="x")
        user.groups.add(groups[role])
        if desk or role in desks:
            roles.assign(user, desk or desks[role], role)
        Person.objects.create(
            name=f"Staf Uji {n}",
            slug=f"staf-uji-{n}",
            user=user,
            is_writer=role == roles.WRITER,
            is_editor=role == roles.EDITOR,
            desk_code=desk_code,
        )
        return user

    return make_staff


@pytest.fixture
def make_draft(desks):
    """``make_draft(owner, **fields)``: an unpublished article in Nasional."""
    from warta.articles.models import ArticlePage

    def make_draft(owner, live=False, **fields):
        n = next(_serial)
        page = ArticlePage(
            title=f"Draf uji {n}", slug=f"draf-uji-{n}", owner=owner, live=False
        )
        for name, value in fields.items():
            setattr(page, name, value)
        desks[roles.WRITER].add_child(instance=page)
        revision = page.save_revision(user=owner)
        if live:
            revision.publish()
        page.refresh_from_db()
        return page

    return make_draft


def article_form(page=None, **fields):
    """POST data for the article editor: the fields a writer fills in."""
    data = {
        "title": page.title if page else "Berita uji",
        "slug": page.slug if page else "berita-uji",
        "kicker": "",
        "dek": "",
        "lead_caption_title": "",
        "lead_caption": "",
        "dateline": "JAKARTA",
        "body": streamfield([("paragraph", rich_text("<p>Isi berita uji.</p>"))]),
        "topics": "",
        "article_type": "berita",
        "desk_code": "",
        "writer_links": inline_formset([]),
        "comments": inline_formset([]),
        "ai_uses": inline_formset([]),
        "seo_title": "",
        "search_description": "",
        "go_live_at": "",
        "expire_at": "",
    }
    data.update(fields)
    return nested_form_data(data)
