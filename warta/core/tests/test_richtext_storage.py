"""Rich text is stored sanitised whichever way it arrives: admin POST, importer."""

import json

import pytest
from django.contrib.auth import get_user_model
from wagtail.rich_text import RichText

from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db
NEEDLES = ("<script", "onclick", "onerror", "onmouseover", "javascript:", "<iframe")


def assert_clean(text):
    lowered = text.lower()
    for needle in NEEDLES:
        assert needle not in lowered, (needle, text)


def stored_paragraphs(page):
    return " ".join(
        block.value.source for block in page.body if block.block_type == "paragraph"
    )


@pytest.fixture
def editor_client(client):
    user = get_user_model().objects.create_superuser("uji-admin", "a@b.invalid", "x")
    client.force_login(user)
    return client


def contentstate_with_javascript_link():
    return json.dumps(
        {
            "blocks": [
                {
                    "key": "a1",
                    "type": "unstyled",
                    "text": "Klik <script>alert(1)</script> di sini",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                    "data": {},
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"url": "javascript:alert(1)", "onclick": "alert(1)"},
                }
            },
        }
    )


def publish_through_admin(client, home, slug, paragraph_value):
    section = home.sections().first()
    data = article_form(slug=slug, title="Uji sanitasi", **{"action-publish": "1"})
    data["body-0-value"] = paragraph_value
    url = f"/admin/pages/add/articles/articlepage/{section.pk}/"
    return client.post(url, data)


@pytest.mark.parametrize(
    "value",
    [
        contentstate_with_javascript_link(),
        # Not the editor's JSON at all: raw HTML posted by hand.
        '<p onclick="alert(1)">Klik <a href="javascript:alert(1)">di sini</a>'
        "<script>alert(1)</script><img src=x onerror=alert(1)></p>",
    ],
    ids=["contentstate", "raw-html"],
)
def test_a_hand_made_admin_post_is_stored_clean(editor_client, home, client, value):
    from warta.articles.models import ArticlePage

    response = publish_through_admin(editor_client, home, "uji-sanitasi", value)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = ArticlePage.objects.get(slug="uji-sanitasi")
    stored = stored_paragraphs(page)
    assert "Klik" in stored and "di sini" in stored
    assert_clean(stored)
    assert_clean(json.dumps(page.latest_revision.content))

    public = client.get(page.url)
    assert public.status_code == 200
    html = public.content.decode()
    assert "di sini" in html
    assert "javascript:" not in html.lower() and "onclick" not in html.lower()


def test_an_importer_saving_raw_html_stores_it_clean(home):
    from warta.articles.models import ArticlePage

    page = ArticlePage(title="Kawat impor", slug="kawat-impor")
    page.body = [
        (
            "paragraph",
            RichText(
                '<p>Isi <a href="javascript:alert(1)" onmouseover="alert(1)">kawat'
                "</a><script>alert(1)</script></p>"
            ),
        )
    ]
    home.sections().first().add_child(instance=page)
    page.save_revision().publish()
    page.refresh_from_db()
    stored = stored_paragraphs(page)
    assert "kawat" in stored
    assert_clean(stored)


def test_rich_text_fields_are_cleaned_on_save_and_in_drafts(home):
    from warta.multimedia.models import VideoPage

    parent = VideoPage.objects.first().get_parent()
    page = VideoPage(
        title="Video uji",
        slug="video-uji",
        description='<p onclick="alert(1)">Keterangan<script>alert(1)</script></p>',
    )
    parent.add_child(instance=page)
    page.refresh_from_db()
    assert "Keterangan" in page.description
    assert_clean(page.description)

    page.description = '<p><a href="javascript:alert(1)">draf</a></p>'
    revision = page.save_revision()
    revision.refresh_from_db()
    assert "draf" in revision.content["description"]
    assert_clean(revision.content["description"])


def test_the_editors_own_markup_is_kept(editor_client, home):
    from wagtail.test.utils.form_data import rich_text

    from warta.articles.models import ArticlePage

    html = '<p>Teks <b>tebal</b> dan <a href="https://warta.example/x">tautan</a>.</p>'
    response = publish_through_admin(editor_client, home, "uji-rapi", rich_text(html))
    assert response.status_code == 302
    stored = stored_paragraphs(ArticlePage.objects.get(slug="uji-rapi"))
    assert "<b>tebal</b>" in stored
    assert 'href="https://warta.example/x"' in stored


def test_the_editor_widget_takes_raw_html_and_cleans_it():
    from warta.core.richtext_widget import SafeDraftailRichTextArea

    widget = SafeDraftailRichTextArea(features=["bold", "link"])
    raw = '<p onclick="alert(1)">Hai <a href="javascript:alert(1)">x</a></p>'
    value = widget.value_from_datadict({"description": raw}, {}, "description")
    assert "Hai" in value
    assert_clean(value)
    assert widget.value_from_datadict({}, {}, "description") is None
