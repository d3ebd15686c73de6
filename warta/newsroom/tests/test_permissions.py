"""Each role × each page action, through the admin's own views.

A writer drafts and submits but never publishes, unpublishes or deletes a live
story; an editor does all of it on their desk; the photographer has no rights
on Nasional; the managing editor has them everywhere.
"""

import pytest
from wagtail.models import WorkflowState

from warta.articles.models import ArticlePage
from warta.newsroom import roles
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db

W, R, F, RP = roles.WRITER, roles.EDITOR, roles.PHOTOGRAPHER, roles.MANAGING_EDITOR
MATRIX = {
    #          create edit_own edit_others submit publish unpublish delete_live
    W: dict(zip("cOoSPUD", [1, 1, 0, 1, 0, 0, 0], strict=True)),
    R: dict(zip("cOoSPUD", [1, 1, 1, 1, 1, 1, 1], strict=True)),
    F: dict(zip("cOoSPUD", [0, 0, 0, 0, 0, 0, 0], strict=True)),
    RP: dict(zip("cOoSPUD", [1, 1, 1, 1, 1, 1, 1], strict=True)),
}
ROLES = list(MATRIX)


@pytest.fixture
def as_role(client, make_staff):
    def as_role(role):
        user = make_staff(role)
        client.force_login(user)
        return user

    return as_role


def _editor_opens(response):
    return response.status_code == 200 and b'id="page-edit-form"' in response.content


@pytest.mark.parametrize("role", ROLES)
def test_create(role, client, as_role, desks):
    as_role(role)
    section = desks[W]
    url = f"/admin/pages/add/articles/articlepage/{section.pk}/"
    response = client.post(url, article_form(slug=f"baru-{role.lower()[:4]}"))
    created = ArticlePage.objects.filter(slug=f"baru-{role.lower()[:4]}").exists()
    assert created == bool(MATRIX[role]["c"])
    if not created:
        assert response.status_code in (302, 403)


@pytest.mark.parametrize("role", ROLES)
def test_edit_own_and_others(role, client, as_role, make_staff, make_draft):
    user = as_role(role)
    own, others = make_draft(user), make_draft(make_staff(W))
    for page, key in ((own, "O"), (others, "o")):
        response = client.get(f"/admin/pages/{page.pk}/edit/")
        assert _editor_opens(response) == bool(MATRIX[role][key]), key


@pytest.mark.parametrize("role", ROLES)
def test_submit_for_review(role, client, as_role, make_draft):
    page = make_draft(as_role(role))
    client.post(
        f"/admin/pages/{page.pk}/edit/", article_form(page, **{"action-submit": "1"})
    )
    submitted = WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert submitted == bool(MATRIX[role]["S"])


@pytest.mark.parametrize("role", ROLES)
def test_publish(role, client, as_role, make_draft):
    page = make_draft(as_role(role))
    client.post(
        f"/admin/pages/{page.pk}/edit/", article_form(page, **{"action-publish": "1"})
    )
    page.refresh_from_db()
    assert page.live == bool(MATRIX[role]["P"])


@pytest.mark.parametrize("role", ROLES)
def test_unpublish(role, client, as_role, make_staff, make_draft):
    as_role(role)
    page = make_draft(make_staff(W), live=True)
    client.post(f"/admin/pages/{page.pk}/unpublish/")
    page.refresh_from_db()
    assert page.live != bool(MATRIX[role]["U"])


@pytest.mark.parametrize("role", ROLES)
def test_delete_live(role, client, as_role, make_draft):
    page = make_draft(as_role(role), live=True)
    client.post(f"/admin/pages/{page.pk}/delete/")
    assert ArticlePage.objects.filter(pk=page.pk).exists() != bool(MATRIX[role]["D"])


def test_editor_has_no_rights_outside_their_desks(client, as_role, make_staff, home):
    from warta.sections.models import SectionPage

    as_role(R)
    olahraga = SectionPage.objects.get(slug="olahraga")
    response = client.get(f"/admin/pages/add/articles/articlepage/{olahraga.pk}/")
    assert response.status_code in (302, 403)
