"""Bylines and picture credits: a new story names its writer, whoever puts it
out is credited as its editor, and no uncredited picture goes out."""

import datetime
import io

import pytest
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.utils import timezone
from PIL import Image
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from warta.articles.models import ArticleWriter
from warta.images.models import WartaImage
from warta.multimedia.models import GalleryPhoto, PhotoGalleryPage
from warta.newsroom import credits, roles
from warta.newsroom.tests.conftest import article_form

pytestmark = pytest.mark.django_db


@pytest.fixture
def team(make_staff):
    return {
        "writer": make_staff(roles.WRITER, desk_code="rin"),
        "editor": make_staff(roles.EDITOR, desk_code="N-3"),
    }


@pytest.fixture
def draft(make_draft, team):
    """A writer's story, with its byline, as the review would leave it."""
    page = make_draft(team["writer"], title="Harga Cabai Turun Jelang Panen Raya")
    page.writer_links = [ArticleWriter(person=team["writer"].person)]
    page.save_revision(user=team["writer"])
    return page


def picture(title, credit=""):
    """A library picture; an empty credit is what uploads before the credit
    was required left behind."""
    buffer = io.BytesIO()
    Image.new("RGB", (40, 30), "gray").save(buffer, "PNG")
    return WartaImage.objects.create(
        title=title, credit=credit, file=ImageFile(buffer, name="uji.png")
    )


def _as(client, user):
    client.logout()
    client.force_login(user)
    return client


def publish(client, page, **fields):
    data = article_form(
        page,
        writer_links=inline_formset([{"person": page.writers[0].pk}]),
        **{"action-publish": "1"},
        **fields,
    )
    return client.post(f"/admin/pages/{page.pk}/edit/", data, follow=True)


def in_future(hours=2):
    return (timezone.localtime() + datetime.timedelta(hours=hours)).strftime(
        "%Y-%m-%d %H:%M"
    )


def run_scheduler_after(revision):
    """The clock passes the go-live time, and the scheduler runs."""
    past = timezone.now() - datetime.timedelta(seconds=1)
    revision.approved_go_live_at = past
    revision.content["go_live_at"] = past.isoformat()
    revision.save()
    call_command("publish_scheduled")


# Bylines ---------------------------------------------------------------------


def test_a_writers_new_story_opens_with_their_byline(client, team, desks):
    _as(client, team["writer"])
    url = f"/admin/pages/add/articles/articlepage/{desks[roles.WRITER].pk}/"
    html = client.get(url).content.decode()
    assert 'name="writer_links-TOTAL_FORMS" value="1"' in html
    assert team["writer"].person.name in html  # in the form, where it can change


def test_a_photographers_new_gallery_names_them(client, make_staff, desks):
    photographer = make_staff(roles.PHOTOGRAPHER)
    photographer.person.is_photographer = True
    photographer.person.save()
    _as(client, photographer)
    url = (
        f"/admin/pages/add/multimedia/photogallerypage/{desks[roles.PHOTOGRAPHER].pk}/"
    )
    form = client.get(url).context["form"]
    assert form["photographer"].value() == photographer.person.pk


def test_an_editors_direct_publish_credits_them(client, team, draft):
    _as(client, team["editor"])
    publish(client, draft)
    draft.refresh_from_db()
    assert draft.live and draft.editor == team["editor"].person
    assert draft.sign_off == "rin/N-3"  # the page itself: the browser journey
    assert draft.get_latest_revision().content["editor"] == team["editor"].person.pk


def test_a_scheduled_publish_credits_the_editor_who_scheduled_it(client, team, draft):
    _as(client, team["editor"])
    publish(client, draft, go_live_at=in_future())
    draft.refresh_from_db()
    assert not draft.live
    revision = Revision.page_revisions.get(
        object_id=str(draft.pk), approved_go_live_at__isnull=False
    )
    run_scheduler_after(revision)
    draft.refresh_from_db()
    assert draft.live and draft.editor == team["editor"].person
    assert draft.sign_off == "rin/N-3"


def test_the_scheduler_credits_a_revision_scheduled_without_the_credit(team, draft):
    """Scheduled before the credit was set (or by code): the scheduler's
    publish credits the editor whose revision it is."""
    revision = draft.save_revision(user=team["editor"])
    assert "editor" not in revision.content or not revision.content["editor"]
    run_scheduler_after(revision)
    draft.refresh_from_db()
    assert draft.live and draft.editor == team["editor"].person
    assert draft.sign_off == "rin/N-3"


def test_a_story_already_credited_keeps_its_editor(client, team, draft, make_staff):
    other = make_staff(roles.EDITOR, desk_code="N-9")
    draft.editor = other.person
    draft.save_revision(user=team["writer"])
    _as(client, team["editor"])
    data = {"editor": other.person.pk}
    publish(client, draft, **data)
    draft.refresh_from_db()
    assert draft.live and draft.editor == other.person


# Picture credits ---------------------------------------------------------------


def test_a_story_with_an_uncredited_photo_is_not_published(client, team, draft):
    photo = picture("Petani memanen cabai")
    _as(client, team["editor"])
    response = publish(client, draft, lead_image=photo.pk)
    draft.refresh_from_db()
    assert not draft.live
    assert response.redirect_chain[-1][0] == f"/admin/pages/{draft.pk}/edit/"
    html = response.content.decode()
    assert "belum punya kredit" in html and "“Petani memanen cabai”" in html
    # Nothing the editor did is lost: the draft carries the photo.
    assert draft.get_latest_revision().content["lead_image"] == photo.pk


def test_nor_scheduled(client, team, draft):
    photo = picture("Pasar induk pagi hari")
    _as(client, team["editor"])
    response = publish(client, draft, lead_image=photo.pk, go_live_at=in_future())
    assert "“Pasar induk pagi hari”" in response.content.decode()
    assert not Revision.page_revisions.filter(
        object_id=str(draft.pk), approved_go_live_at__isnull=False
    ).exists()


def test_with_its_credit_the_same_story_goes_out(client, team, draft):
    photo = picture("Petani memanen cabai", credit="HARIAN WARTA/UJI")
    _as(client, team["editor"])
    publish(client, draft, lead_image=photo.pk)
    draft.refresh_from_db()
    assert draft.live


def test_a_gallery_names_each_uncredited_photo(client, team, desks):
    shots = [picture("Lampion di Glodok"), picture("Barongsai", "ANTARA/UJI")]
    shots.append(picture("Kembang api"))
    gallery = PhotoGalleryPage(title="Malam Imlek", slug="malam-imlek", live=False)
    gallery.photos = [GalleryPhoto(image=shot) for shot in shots]
    desks[roles.EDITOR].add_child(instance=gallery)
    gallery.save_revision(user=team["writer"])
    data = nested_form_data(
        {
            "title": gallery.title,
            "slug": gallery.slug,
            "kicker": "",
            "dek": "",
            "intro": "",
            "topics": "",
            "photos": inline_formset(
                [
                    {
                        "id": p.pk,
                        "image": p.image_id,
                        "caption_title": "",
                        "caption": "",
                    }
                    for p in gallery.photos.all()
                ],
                initial=3,
            ),
            "comments": inline_formset([]),
            "ai_uses": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "1",
        }
    )
    _as(client, team["editor"])
    url = f"/admin/pages/{gallery.pk}/edit/"
    html = client.post(url, data, follow=True).content.decode()
    gallery.refresh_from_db()
    assert not gallery.live
    assert "kredit: “Lampion di Glodok”, “Kembang api”." in html
    assert "“Barongsai”" not in html


def test_pictures_in_the_body_count_too(draft):
    photo = picture("Gudang beras Bulog")
    draft.body = [("image", {"image": photo, "caption_title": "", "caption": ""})]
    assert credits.uncredited_pictures(draft) == [photo]


def test_a_gallery_without_photos_saves_as_a_draft_but_is_not_published(
    client, team, desks
):
    data = nested_form_data(
        {
            "title": "Senja di Pantai Losari",
            "slug": "senja-di-pantai-losari",
            "kicker": "",
            "dek": "",
            "intro": "Warga menunggu matahari terbenam.",
            "topics": "",
            "photos": inline_formset([]),
            "comments": inline_formset([]),
            "ai_uses": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
        }
    )
    _as(client, team["editor"])
    url = f"/admin/pages/add/multimedia/photogallerypage/{desks[roles.EDITOR].pk}/"
    assert client.post(url, data).status_code == 302  # the draft
    gallery = PhotoGalleryPage.objects.get(slug="senja-di-pantai-losari")
    edit = f"/admin/pages/{gallery.pk}/edit/"
    html = client.post(edit, {**data, "action-publish": "1"}, follow=True)
    gallery.refresh_from_db()
    assert not gallery.live
    assert "galeri ini belum punya foto" in html.content.decode()
