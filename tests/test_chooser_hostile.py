"""A hostile id in a chooser field re-renders the editor with an error, not a 500.

Wagtail's chooser widgets look the posted value up when the form is shown
again (issue 22; noticed in issue 16's front-page form): "abc" raised
ValueError and a 20-digit number OverflowError on SQLite.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.fields import StreamField
from wagtail.test.utils.form_data import querydict_from_html

from warta.articles.models import ArticlePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def editor():
    user = get_user_model().objects.create_superuser(
        "uji-chooser", "uji-chooser@warta.invalid", "kata sandi panjang sekali"
    )
    client = Client(raise_request_exception=False)
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "value", ["abc", "99999999999999999999", "1 OR 1=1", "-1", "1.5", "[1]"]
)
def test_a_hostile_image_id_in_the_page_editor_is_a_form_error(editor, value):
    page = ArticlePage.objects.live().exclude(lead_image=None).first()
    path = f"/admin/pages/{page.pk}/edit/"
    data = querydict_from_html(
        editor.get(path).content.decode(), form_id="page-edit-form"
    )
    for field in page._meta.get_fields():  # StreamFields are drawn by script
        if isinstance(field, StreamField):
            data.setdefault(f"{field.name}-count", "0")
    data["lead_image"] = value
    response = editor.post(path, data)
    assert response.status_code == 200, response.status_code
    assert "lead_image" in response.context["form"].errors
    page.refresh_from_db()
    assert page.lead_image_id is not None  # nothing saved
