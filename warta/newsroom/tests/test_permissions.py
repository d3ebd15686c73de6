"""Each role × each page action, through the admin's own views.

A writer drafts and submits but never publishes, unpublishes or deletes a live
story; an editor does all of it on their desk; the photographer has no rights
on Nasional; the managing editor has them everywhere.

A logged-in user without the right is not shown a 403 page: Wagtail sends them
back to the dashboard, which says why (``REFUSED``). A visitor who is not
logged in is sent to the login page, which returns them where they were going.
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
REFUSED = "Maaf, Anda tidak memiliki izin untuk mengakses area ini."


@pytest.fixture
def as_role(client, make_staff):
    def as_role(role):
        user = make_staff(role)
        client.force_login(user)
        return user

    return as_role


def _editor_opens(response):
    return response.status_code == 200 and b'id="page-edit-form"' in response.content


def assert_refused(response):
    """Back on the dashboard, told they may not: what a refused user sees."""
    assert response.redirect_chain == [("/admin/", 302)]
    assert response.status_code == 200
    assert REFUSED in response.content.decode()


def assert_not_refused(response):
    assert response.status_code == 200
    assert REFUSED not in response.content.decode()


@pytest.mark.parametrize("role", ROLES)
def test_create(role, client, as_role, desks):
    as_role(role)
    slug = f"baru-{role.lower()[:4]}"
    url = f"/admin/pages/add/articles/articlepage/{desks[W].pk}/"
    response = client.post(url, article_form(slug=slug), follow=True)
    created = ArticlePage.objects.filter(slug=slug).first()
    assert (created is not None) == bool(MATRIX[role]["c"])
    if created:
        assert response.redirect_chain[0] == (f"/admin/pages/{created.pk}/edit/", 302)
        assert_not_refused(response)
    else:
        assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_edit_own_and_others(role, client, as_role, make_staff, make_draft):
    user = as_role(role)
    own, others = make_draft(user), make_draft(make_staff(W))
    for page, key in ((own, "O"), (others, "o")):
        response = client.get(f"/admin/pages/{page.pk}/edit/", follow=True)
        if MATRIX[role][key]:
            assert _editor_opens(response), key
        else:
            assert not _editor_opens(response), key
            assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_submit_for_review(role, client, as_role, make_draft):
    page = make_draft(as_role(role))
    response = client.post(
        f"/admin/pages/{page.pk}/edit/",
        article_form(page, **{"action-submit": "1"}),
        follow=True,
    )
    submitted = WorkflowState.objects.filter(
        object_id=str(page.pk), status=WorkflowState.STATUS_IN_PROGRESS
    ).exists()
    assert submitted == bool(MATRIX[role]["S"])
    if submitted:
        assert_not_refused(response)
    else:
        assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_publish(role, client, as_role, make_draft):
    page = make_draft(as_role(role))
    edit = f"/admin/pages/{page.pk}/edit/"
    response = client.post(
        edit, article_form(page, **{"action-publish": "1"}), follow=True
    )
    page.refresh_from_db()
    assert page.live == bool(MATRIX[role]["P"])
    if MATRIX[role]["P"]:
        assert_not_refused(response)
    elif MATRIX[role]["O"]:
        # May edit, may not publish: the story is kept as a draft and the
        # writer is back in the editor.
        assert response.redirect_chain == [(edit, 302)]
        assert _editor_opens(response)
    else:
        assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_unpublish(role, client, as_role, make_staff, make_draft):
    as_role(role)
    page = make_draft(make_staff(W), live=True)
    response = client.post(f"/admin/pages/{page.pk}/unpublish/", follow=True)
    page.refresh_from_db()
    assert page.live != bool(MATRIX[role]["U"])
    if MATRIX[role]["U"]:
        assert_not_refused(response)
    else:
        assert_refused(response)


@pytest.mark.parametrize("role", ROLES)
def test_delete_live(role, client, as_role, make_draft):
    page = make_draft(as_role(role), live=True)
    response = client.post(f"/admin/pages/{page.pk}/delete/", follow=True)
    deleted = not ArticlePage.objects.filter(pk=page.pk).exists()
    assert deleted == bool(MATRIX[role]["D"])
    if deleted:
        assert_not_refused(response)
    else:
        assert_refused(response)


def test_editor_has_no_rights_outside_their_desks(client, as_role, home):
    from warta.sections.models import SectionPage

    as_role(R)
    olahraga = SectionPage.objects.get(slug="olahraga")
    url = f"/admin/pages/add/articles/articlepage/{olahraga.pk}/"
    assert_refused(client.get(url, follow=True))


@pytest.mark.parametrize(
    ("method", "action"),
    [
        ("post", "add/articles/articlepage/{section}/"),
        ("get", "{page}/edit/"),
        ("post", "{page}/edit/"),
        ("post", "{page}/unpublish/"),
        ("post", "{page}/delete/"),
    ],
)
def test_anonymous_visitors_are_sent_to_the_login(
    method, action, client, make_staff, make_draft, desks
):
    page = make_draft(make_staff(W), live=True)
    url = "/admin/pages/" + action.format(section=desks[W].pk, page=page.pk)
    data = article_form(page) if method == "post" else None
    response = getattr(client, method)(url, data)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/login/?next={url}"
    page.refresh_from_db()
    assert page.live
