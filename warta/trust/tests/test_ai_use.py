"""AI in a story, as Peraturan Dewan Pers 1/2025 asks: recorded per story,
checked by an editor, shown to readers, carried in JSON-LD and the API; a
picture made with AI is labelled wherever it is shown and is not published
without a record of that use."""

import io

import pytest
from django.core.files.images import ImageFile
from PIL import Image

from warta.images.models import WartaImage
from warta.newsroom import roles
from warta.people.models import Person
from warta.trust import ai
from warta.trust.choices import AITask
from warta.trust.models import AIUse
from warta.trust.tests.test_reader import json_ld

pytestmark = pytest.mark.django_db

# How a generator marks its output (IPTC's digital source type, in XMP).
AI_XMP = (
    b'<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF '
    b'xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">'
    b'<rdf:Description xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/" '
    b'Iptc4xmpExt:DigitalSourceType="http://cv.iptc.org/newscodes/digitalsourcetype/'
    b'trainedAlgorithmicMedia"/></rdf:RDF></x:xmpmeta>'
)


def picture(title, xmp=None, **fields):
    buffer = io.BytesIO()
    params = {"xmp": xmp} if xmp else {}
    Image.new("RGB", (64, 48), "teal").save(buffer, "JPEG", **params)
    return WartaImage.objects.create(
        title=title, credit="REDAKSI", file=ImageFile(buffer, name="ai.jpg"), **fields
    )


@pytest.fixture
def checker(db):
    return Person.objects.create(
        name="Marlina Sitompul", slug="marlina-uji", is_editor=True
    )


@pytest.fixture
def story(make_draft, make_staff, checker):
    writer = make_staff(roles.WRITER)
    use = AIUse(
        tool="Whisper large-v3",
        task=AITask.TRANSCRIPTION,
        part="transkrip wawancara dengan kepala desa",
        checked_by=checker,
    )
    return make_draft(writer, live=True, title="Sungai Meluap", ai_uses=[use])


def test_readers_see_what_ai_did_and_who_checked_it(client, story):
    html = client.get(story.url).content.decode()
    assert "Dibantu kecerdasan artifisial (AI)." in html  # the note at the top
    foot = html[html.index('class="ai-use"') :]
    assert "Transkripsi rekaman dengan Whisper large-v3" in foot
    assert "transkrip wawancara dengan kepala desa" in foot
    assert "Diperiksa oleh redaktur" in foot and "Marlina Sitompul" in foot


def test_a_story_without_ai_says_nothing_about_it(client, make_draft, make_staff):
    page = make_draft(make_staff(roles.WRITER), live=True, title="Tanpa AI")
    html = client.get(page.url).content.decode()
    assert "kecerdasan artifisial" not in html


def test_json_ld_and_the_api_carry_the_record(client, story):
    article = json_ld(client.get(story.url).content.decode(), "NewsArticle")
    assert "Whisper large-v3" in article["creditText"]
    assert "diperiksa Marlina Sitompul" in article["creditText"]
    data = client.get(f"/api/v1/articles/{story.pk}").json()
    assert data["ai_uses"] == [
        {
            "tool": "Whisper large-v3",
            "task": "transkripsi",
            "task_label": "Transkripsi rekaman",
            "part": "transkrip wawancara dengan kepala desa",
            "checked_by": {
                "slug": "marlina-uji",
                "name": "Marlina Sitompul",
                "url": data["ai_uses"][0]["checked_by"]["url"],
            },
        }
    ]
    listed = client.get("/api/v1/articles?limit=100").json()["items"]
    assert [i["ai_uses"] for i in listed if i["id"] == story.pk][0][0]["tool"]


def test_a_picture_whose_file_says_ai_is_marked_and_labelled(
    client, make_draft, make_staff, checker
):
    image = picture("Ilustrasi banjir", xmp=AI_XMP)
    assert image.ai_generated  # read from the file before its metadata went
    with Image.open(image.file.path) as stored:
        assert "xmp" not in stored.info  # and the metadata is gone
    assert not picture("Foto biasa").ai_generated
    use = AIUse(
        tool="Gambar AI", task=AITask.IMAGE, part="ilustrasi utama", checked_by=checker
    )
    page = make_draft(
        make_staff(roles.WRITER),
        live=True,
        title="Ilustrasi",
        lead_image=image,
        ai_uses=[use],
    )
    html = client.get(page.url).content.decode()
    assert "Ilustrasi dibuat dengan AI" in html
    api = client.get(f"/api/v1/articles/{page.pk}").json()
    assert api["lead_image"]["ai_generated"] is True


def test_what_may_not_go_out(make_draft, make_staff, checker):
    writer = make_staff(roles.WRITER)
    made = picture("Ilustrasi pasar", ai_generated=True)
    unchecked = AIUse(tool="Penerjemah", task=AITask.TRANSLATION, part="kutipan")
    page = make_draft(writer, ai_uses=[unchecked])
    message = ai.refusal_message(page, [])
    assert "“Penerjemah” belum diperiksa redaktur" in message
    message = ai.refusal_message(make_draft(writer), [made])
    assert "gambar “Ilustrasi pasar” dibuat dengan AI" in message
    recorded = AIUse(tool="X", task=AITask.IMAGE, part="foto", checked_by=checker)
    assert ai.refusal_message(make_draft(writer, ai_uses=[recorded]), [made]) is None
    assert ai.refusal_message(make_draft(writer), [picture("Foto biasa")]) is None


def test_the_demo_paper_shows_a_transcribed_interview(client, db):
    from warta.articles.models import ArticlePage

    page = ArticlePage.objects.get(
        slug="remaja-kurang-tidur-gawai-di-kamar-jadi-biang-keladi"
    )
    html = client.get(page.url).content.decode()
    assert "Transkripsi rekaman dengan Whisper large-v3" in html
    assert "Dewi Anggraini" in html[html.index('class="ai-use"') :]


def test_an_editor_cannot_publish_an_unchecked_ai_use(
    client, make_draft, make_staff, checker
):
    from wagtail.test.utils.form_data import inline_formset

    from warta.newsroom.tests.conftest import article_form

    writer, editor = make_staff(roles.WRITER), make_staff(roles.EDITOR)
    page = make_draft(writer, title="Banjir Rob di Pesisir")
    row = {"tool": "Penerjemah", "task": "terjemahan", "part": "kutipan menteri"}

    def publish(checked_by="", kept=None):
        """The editor's form: the row as the browser sends it (with its id and
        as an initial form once the draft holds it)."""
        rows = [{**row, "checked_by": checked_by, "id": kept.pk if kept else ""}]
        data = article_form(
            page,
            ai_uses=inline_formset(rows, initial=1 if kept else 0),
            **{"action-publish": "1"},
        )
        client.force_login(editor)
        return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)

    response = publish()
    assert response.status_code == 200
    assert "“Penerjemah” belum diperiksa redaktur" in response.content.decode()
    page.refresh_from_db()
    assert not page.live
    kept = page.get_latest_revision().as_object().ai_uses.get()  # in the draft
    publish(checked_by=checker.pk, kept=kept)
    page.refresh_from_db()
    assert page.live and page.ai_uses.get().checked_by == checker
