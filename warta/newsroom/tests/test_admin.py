"""The newsroom's admin speaks Indonesian and knows the paper's models."""

import pytest
from django.contrib.auth import get_user_model

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("uji-admin", "a@b.invalid", "x")
    client.force_login(user)
    return client


def test_admin_is_in_indonesian_by_default(editor_client):
    html = editor_client.get("/admin/").content.decode()
    assert "Dasbor" in html and "Dashboard" not in html


def test_image_form_asks_for_the_credit(editor_client):
    html = editor_client.get("/admin/images/add/").content.decode()
    assert 'name="credit"' in html and "Kredit foto" in html


def test_article_editor_has_credit_fields(editor_client, home):
    section = home.sections().first()
    url = f"/admin/pages/add/articles/articlepage/{section.pk}/"
    html = editor_client.get(url).content.decode()
    for field in ("kicker", "dateline", "lead_caption_title", "desk_code", "agency"):
        assert f'name="{field}"' in html, field


def test_people_and_agencies_are_managed_in_the_admin(editor_client):
    assert editor_client.get("/admin/snippets/people/person/").status_code == 200
    assert editor_client.get("/admin/snippets/people/agency/").status_code == 200
