"""The dashboard's "Compare with previous version" compares a submitted story
with the version put forward before (submitted earlier, or published), not
with the writer's autosave a moment before *Kirim untuk review*."""

import pytest
from django.urls import reverse
from wagtail.models import TaskState
from wagtail.test.utils.form_data import inline_formset

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db
JSON = {"HTTP_ACCEPT": "application/json"}


@pytest.fixture
def team(make_staff):
    return {
        "writer": make_staff(roles.WRITER),
        "editor": make_staff(roles.EDITOR, desk_code="N-3"),
    }


def _as(client, user):
    client.logout()
    client.force_login(user)
    return client


def _form(page=None, **fields):
    fields.setdefault("title", "Pasar Murah Jelang Lebaran")
    fields.setdefault("slug", "pasar-murah-jelang-lebaran")
    return article_form(page, writer_links=inline_formset([]), **fields)


def _autosave_then_submit(client, page, title):
    """The writer types (the autosave runs), then sends it for review."""
    url = f"/admin/pages/{page.pk}/edit/"
    client.post(url, _form(page, title=title, slug=page.slug), **JSON)
    data = _form(page, title=title, slug=page.slug, **{"action-submit": "1"})
    client.post(url, data)
    return _submitted(page)


def _submitted(page):
    return (
        TaskState.objects.filter(workflow_state__object_id=str(page.pk))
        .order_by("-pk")
        .first()
        .revision_id
    )


def _compare_links(client, page):
    html = client.get("/admin/").content.decode()
    prefix = f"/admin/pages/{page.pk}/revisions/compare/"
    return {
        html[start : html.index('"', start)]
        for start in (i for i in range(len(html)) if html.startswith(prefix, i))
    }


def _compare(page, a, b):
    return reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, a, b])


@pytest.fixture
def filed(client, team, desks):
    """A new story the writer submitted for review once."""
    _as(client, team["writer"])
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
    client.post(url, _form(**{"action-submit": "1"}))
    return ArticlePage.objects.get(slug="pasar-murah-jelang-lebaran")


def test_a_first_submission_has_nothing_to_compare_with(client, team, filed):
    _as(client, team["editor"])
    assert _compare_links(client, filed) == set()


def test_a_resubmission_compares_with_the_version_sent_back(client, team, filed):
    first = _submitted(filed)
    _as(client, team["editor"])
    state = TaskState.objects.get(revision_id=first)
    client.post(
        f"/admin/pages/workflow/action/{filed.pk}/reject/{state.pk}/",
        {"comment": "Tambahkan harga beras."},
    )
    _as(client, team["writer"])
    second = _autosave_then_submit(client, filed, "Pasar Murah: Beras Rp10.000")
    assert filed.revisions.filter(pk__gt=first, pk__lt=second).exists()  # autosave
    _as(client, team["editor"])
    assert _compare_links(client, filed) == {_compare(filed, first, second)}


def test_a_live_storys_update_compares_with_the_published_version(
    client, team, make_draft
):
    page = make_draft(team["writer"], live=True, title="Pasar Murah Jelang Lebaran")
    published = page.live_revision_id
    _as(client, team["writer"])
    submitted = _autosave_then_submit(client, page, "Pasar Murah Diperpanjang")
    _as(client, team["editor"])
    autosave = page.revisions.filter(pk__gt=published, pk__lt=submitted)
    assert autosave.exists()
    assert _compare_links(client, page) == {
        _compare(page, "live", submitted),
        _compare(page, published, submitted),
    }
