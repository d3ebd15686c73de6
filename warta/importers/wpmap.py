"""Where WordPress things land in Warta: authors, categories, images, comments.

Every object made here is recorded in ``ImportRecord`` under its WordPress id,
so a second run finds it again instead of making another one.
"""

from urllib.parse import unquote

from django.core.validators import validate_email
from django.utils.text import slugify

from warta.comments.choices import CommentStatus
from warta.comments.models import Comment
from warta.core.slugs import unique_slug
from warta.images.models import WartaImage
from warta.importers import media
from warta.importers.media import SIZED as SIZED_SUFFIX
from warta.importers.models import ImportRecord
from warta.importers.richbody import split_caption
from warta.importers.wxr import parse_date
from warta.ingest.shared import plain, section_named
from warta.people.models import Person
from warta.sections.models import SectionPage

SOURCE = "wordpress"
UNCATEGORIZED = {"uncategorized", "tak-berkategori", "tanpa-kategori"}
CREDIT_KEYS = ("_media_credit", "media_credit", "_wp_attachment_credit", "credit")
COMMENT_SKIPS = {
    "0": "menunggu moderasi di WordPress: tidak dibawa",
    "spam": "ditandai spam di WordPress",
    "trash": "di tempat sampah WordPress",
}


class Records:
    def __init__(self, key_base):
        self.key_base = key_base

    def key(self, external_id):
        return f"{self.key_base}|{external_id}"

    def get(self, kind, external_id):
        return ImportRecord.objects.filter(
            source=SOURCE, kind=kind, external_id=self.key(external_id)
        ).first()

    def find(self, kind, external_id, model):
        record = self.get(kind, external_id)
        if record is None:
            return None
        return model.objects.filter(pk=record.object_id).first()

    def save(self, kind, external_id, obj, **extra):
        ImportRecord.objects.update_or_create(
            source=SOURCE,
            kind=kind,
            external_id=self.key(external_id),
            defaults={"object_id": obj.pk, **extra},
        )


class Mapper:
    def __init__(self, records, report, home, default_section, media_dir):
        self.records = records
        self.report = report
        self.home = home
        self.default_section = default_section
        self.media_dir = media_dir
        self.authors = {}  # login -> wp:author fields
        self.attachments = {}  # id -> dict
        self.by_file = {}  # upload path -> attachment id
        self.sections = {}

    def forget_scan(self):
        """Before the file is scanned (again, in another reading mode)."""
        self.authors, self.attachments, self.by_file = {}, {}, {}

    # -- people -------------------------------------------------------------

    def person(self, login):
        if not login:
            return None
        found = self.records.find("author", login, Person)
        if found:
            return found
        data = self.authors.get(login, {})
        full = " ".join(
            filter(
                None,
                [data.get("wp:author_first_name"), data.get("wp:author_last_name")],
            )
        )
        name = plain(data.get("wp:author_display_name") or full or login)[:120]
        person = Person.objects.filter(name__iexact=name).first()
        if person is None:
            slug = unique_slug(
                Person.objects.all(), slugify(name) or login, "orang", 100
            )
            person = Person.objects.create(name=name, slug=slug, is_writer=True)
            self.report.created["person"] += 1
        self.records.save("author", login, person)
        return person

    # -- sections and topics --------------------------------------------------

    def section_and_topics(self, item):
        """The section of the post's first category; other categories and the
        tags become topics."""
        section, topics = None, []
        for domain, nicename, name in item.categories:
            name = plain(name)
            if domain == "post_tag" and name:
                topics.append(name[:100])
            elif domain == "category" and name:
                nicename = unquote(nicename or "") or slugify(name)
                if nicename in UNCATEGORIZED:
                    continue
                if section is None:
                    section = self.section(nicename, name)
                else:
                    topics.append(name[:100])
        return section or self.default_section, list(dict.fromkeys(topics))

    def section(self, nicename, name):
        if nicename in self.sections:
            return self.sections[nicename]
        slug = slugify(nicename, allow_unicode=True)[:80] or slugify(name)[:80]
        found = self.records.find("category", nicename, SectionPage)
        found = found or section_named(slug, name)
        if found is None:
            found = SectionPage(title=name[:255], slug=slug, show_in_menus=False)
            self.home.add_child(instance=found)
            found.save_revision().publish()
            self.report.created["section"] += 1
            self.report.warn(
                f"kategori {name!r}",
                f"rubrik baru /{slug}/ dibuat di bawah beranda (tidak di menu)",
            )
        self.records.save("category", nicename, found)
        self.sections[nicename] = found.specific
        return self.sections[nicename]

    # -- images ---------------------------------------------------------------

    def add_attachment(self, item):
        url = item.get("wp:attachment_url") or item.get("guid")
        path = item.meta.get("_wp_attached_file") or media.upload_path(url)
        title, caption, caption_credit = split_caption(
            plain(item.get("excerpt:encoded"))
        )
        credit = next((item.meta[k] for k in CREDIT_KEYS if item.meta.get(k)), "")
        self.attachments[item.get("wp:post_id")] = {
            "path": path,
            "title": plain(item.get("title")) or path.rsplit("/", 1)[-1],
            "caption_title": title,
            "caption": caption,
            "credit": plain(credit) or caption_credit,
            "parent": item.get("wp:post_parent"),
        }
        self.by_file[path] = item.get("wp:post_id")

    def attachment_image(self, attachment_id, label):
        """``(image, caption_title, caption)`` for an attachment, or None."""
        data = self.attachments.get(attachment_id)
        if data is None:
            self.report.warn(label, f"lampiran {attachment_id} tidak ada di ekspor")
            return None
        image = self.records.find("attachment", attachment_id, WartaImage)
        if image is None:
            image = self.image_file(data["path"], data["title"], data["credit"], label)
            if image is None:
                return None
            self.records.save("attachment", attachment_id, image)
        return image, data["caption_title"], data["caption"]

    def image_file(self, path, title, credit, label):
        if not self.media_dir:
            self.report.warn(
                label, f"gambar {path} tidak diimpor: --media-dir tidak diberikan"
            )
            return None
        found = media.find_file(self.media_dir, path)
        if found is None:
            self.report.warn(
                label, f"berkas gambar {path} tidak ditemukan di folder media"
            )
            return None
        try:
            image = media.image_from_file(found, title, credit)
        except media.MediaError as error:
            self.report.warn(label, f"gambar tidak diimpor: {error}")
            return None
        self.report.created["image"] += 1
        return image

    def body_picture(self, label):
        """The callback the body builder calls for each picture in a post."""

        def picture(pic):
            path = media.upload_path(pic.src)
            attachment_id = pic.attachment_id or self.by_file.get(path)
            attachment_id = attachment_id or self.by_file.get(
                SIZED_SUFFIX.sub(r"\1", path)
            )
            title, caption, credit = split_caption(pic.caption)
            if attachment_id:
                found = self.attachment_image(attachment_id, label)
                if found is None:
                    return None
                image, a_title, a_caption = found
                if credit and not image.credit:
                    WartaImage.objects.filter(pk=image.pk).update(credit=credit)
                return image, title or a_title, caption or a_caption
            image = self.records.find("file", path, WartaImage)
            if image is None:
                name = pic.alt or path.rsplit("/", 1)[-1]
                image = self.image_file(path, name, credit, label)
                if image is None:
                    return None
                self.records.save("file", path, image)
            return image, title, caption

        return picture

    # -- comments -------------------------------------------------------------

    def comments(self, item, page, label):
        for data in item.comments:
            comment_id = data.get("wp:comment_id", "")
            where = f"komentar {comment_id or '?'} pada {label}"
            if not comment_id.isdigit():
                self.report.fail(where, "komentar tanpa id")
                continue
            if self.records.get("comment", comment_id):
                continue
            reason = self.comment_skip_reason(data)
            if reason:
                self.report.skip(where, reason)
                continue
            self.add_comment(data, page, comment_id)
            self.report.add_imported("comment", where)

    def comment_skip_reason(self, data):
        kind = data.get("wp:comment_type", "")
        if kind in ("pingback", "trackback"):
            return f"{kind}, bukan komentar pembaca"
        status = data.get("wp:comment_approved", "")
        if status != "1":
            return COMMENT_SKIPS.get(status, f"status tidak dikenal {status!r}")
        if not plain(data.get("wp:comment_content")):
            return "komentar kosong"
        return ""

    def add_comment(self, data, page, comment_id):
        parent = None
        parent_id = data.get("wp:comment_parent", "0")
        if parent_id not in ("", "0"):
            parent = self.records.find("comment", parent_id, Comment)
            if parent is not None and parent.parent_id:
                parent = parent.parent  # Warta threads are one reply deep
        email = (data.get("wp:comment_author_email") or "").strip()
        try:
            validate_email(email)
        except Exception:
            email = ""
        created = parse_date(
            data.get("wp:comment_date_gmt"), data.get("wp:comment_date")
        )
        comment = Comment(
            page=page,
            parent=parent,
            name=plain(data.get("wp:comment_author"))[:80] or "Pembaca",
            email=email,
            body=plain(data.get("wp:comment_content"))[:3000],
            status=CommentStatus.APPROVED,
        )
        if created:
            comment.created_at = created
        comment.save()
        self.records.save("comment", comment_id, comment)
