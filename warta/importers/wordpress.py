"""``warta import-wordpress``: a WordPress (WXR) export into Warta.

Two streaming passes over the file: the first collects authors, categories and
attachments (and finds out whether the file needs reading as Windows-1252 or
in recover mode), the second imports posts one at a time, each in its own
transaction, so one bad post fails alone and the rest of the batch comes in.

Re-running is safe. Every post is recorded with a digest of its WordPress data
and the page revision the import saved. On a later run a post is
- left alone when an editor saved the page since (its latest revision is not
  ours): the editor's work wins, always;
- left alone when it was deleted in Warta (not recreated);
- skipped as unchanged when its WordPress data is the same;
- otherwise updated in place (a published story stays published).
"""

import hashlib
import json
from urllib.parse import unquote, urlparse

from django.db import transaction
from django.utils.text import slugify
from lxml import etree
from tqdm import tqdm
from wagtail.contrib.redirects.models import Redirect

from warta.articles.models import ArticlePage, ArticleWriter
from warta.importers import wxr
from warta.importers.report import Report
from warta.importers.richbody import BodyBuilder
from warta.importers.wpmap import Mapper, Records
from warta.importers.wxr import parse_date
from warta.ingest.shared import SectionNotFound, find_section, home_page, plain

SKIPPED_STATUSES = {
    "trash": "di tempat sampah WordPress",
    "auto-draft": "draf otomatis yang kosong",
    "inherit": "revisi dari tulisan lain",
}
SKIPPED_TYPES = {
    "page": "halaman WordPress (Tentang Kami, Redaksi…): Warta tidak punya jenis "
    "halaman statis di bawah rubrik; salin teksnya ke situs secara manual bila perlu",
}


class ImportFailure(Exception):
    pass


def fingerprint(item):
    data = [item.fields, item.categories, sorted(item.meta.items())]
    return hashlib.sha256(json.dumps(data, sort_keys=True).encode()).hexdigest()


class WordPressImport:
    def __init__(
        self, path, media_dir=None, as_drafts=False, section=None, quiet=False
    ):
        self.path = str(path)
        self.media_dir = media_dir
        self.as_drafts = as_drafts
        self.section_slug = section
        self.quiet = quiet
        self.report = Report()
        self.transcode = False
        self.recover = False
        self.other_types = {}

    # -- reading ------------------------------------------------------------------

    def open(self):
        raw = open(self.path, "rb")  # noqa: SIM115 (closed by the caller)
        return wxr.Cp1252ToUtf8(raw) if self.transcode else raw

    def events(self):
        handle = self.open()
        try:
            yield from wxr.read(handle, recover=self.recover)
        finally:
            getattr(handle, "raw", handle).close()

    def scan(self):
        """Pass one: what the posts will refer to, and how to read the file."""
        for _attempt in range(3):
            self.mapper.forget_scan()
            self.channel, self.total = {}, 0
            try:
                for kind, obj in self.events():
                    self.collect(kind, obj)
                return
            except etree.XMLSyntaxError as error:
                self.read_error(error)
        raise ImportFailure("berkas tidak bisa dibaca sebagai XML")

    def read_error(self, error):
        message = str(error.msg if hasattr(error, "msg") else error).strip()
        name = f"{self.path} baris {error.lineno}"
        if not self.transcode and ("UTF-8" in message or "encoding" in message):
            self.transcode = True
            self.report.warn(
                self.path,
                "bukan UTF-8 dan encoding tidak dinyatakan: dibaca sebagai "
                "Windows-1252",
            )
        elif not self.recover:
            self.recover = True
            self.report.fail(
                name, f"XML rusak ({message}); item yang masih terbaca diimpor"
            )
        else:
            raise ImportFailure(f"XML rusak di baris {error.lineno}: {message}")

    def collect(self, kind, obj):
        if kind == "channel":
            self.channel = obj
        elif kind == "author" and obj.get("wp:author_login"):
            self.mapper.authors[obj["wp:author_login"]] = obj
        elif kind == "item":
            if obj.get("wp:post_type") == "attachment":
                self.mapper.add_attachment(obj)
            else:
                self.total += 1

    # -- running ------------------------------------------------------------------

    def run(self):
        try:
            home = home_page()
        except SectionNotFound as error:
            raise ImportFailure(str(error)) from None
        self.mapper = Mapper(
            None, self.report, home, self.default_section(), self.media_dir
        )
        self.scan()
        base = self.channel.get("wp:base_site_url") or self.channel.get("link") or "wxr"
        parsed = urlparse(base)
        self.records = self.mapper.records = Records(
            (parsed.netloc + parsed.path).rstrip("/") or base
        )
        if not self.total:
            self.report.fail(self.path, "tidak ada tulisan WordPress di berkas ini")
        with tqdm(
            total=self.total, unit=" item", desc="WordPress", disable=self.quiet
        ) as bar:
            for kind, item in self.events_after_scan():
                if kind == "item" and item.get("wp:post_type") != "attachment":
                    self.item(item)
                    bar.update()
        for post_type, count in sorted(self.other_types.items()):
            self.report.skip(
                f"{count} × {post_type}", "bukan isi berita (data internal WordPress)"
            )
        return self.report

    def events_after_scan(self):
        try:
            yield from self.events()
        except etree.XMLSyntaxError:
            return  # already reported by the scan

    def default_section(self):
        """Where posts without a category go: ``--section``, else the first."""
        try:
            return find_section(self.section_slug)
        except SectionNotFound as error:
            raise ImportFailure(str(error)) from None

    def item(self, item):
        post_type = item.get("wp:post_type") or "?"
        wp_id = item.get("wp:post_id").strip()
        label = f'{post_type} {wp_id or "?"} "{plain(item.get("title"))[:60]}"'
        if post_type in SKIPPED_TYPES:
            self.report.skip(label, SKIPPED_TYPES[post_type])
            return
        if post_type != "post":
            self.other_types[post_type] = self.other_types.get(post_type, 0) + 1
            return
        try:
            with transaction.atomic():
                self.post(item, wp_id, label)
        except ImportFailure as error:
            self.report.fail(label, str(error))
        except Exception as error:  # one broken post must not stop the batch
            self.report.fail(label, f"{type(error).__name__}: {error}")

    # -- posts --------------------------------------------------------------------

    def post(self, item, wp_id, label):
        status = item.get("wp:status") or "draft"
        if status in SKIPPED_STATUSES:
            self.report.skip(label, SKIPPED_STATUSES[status])
            return
        self.validate(item, wp_id, status)
        record = self.records.get("post", wp_id)
        if record is None:
            page = self.create(item, wp_id, status, label)
            self.report.add_imported("post", label)
        else:
            page = ArticlePage.objects.filter(pk=record.object_id).first()
            if page is None:
                self.report.skip(
                    label,
                    "dihapus di Warta setelah impor sebelumnya: tidak dibuat ulang",
                )
                return
            if page.latest_revision_id != record.revision_id:
                self.report.skip(
                    label, "diubah redaktur sejak impor terakhir: dibiarkan apa adanya"
                )
            elif record.fingerprint == fingerprint(item):
                self.report.skip(label, "sudah diimpor, tidak berubah")
            else:
                self.update(page, item, wp_id, label)
                self.report.add_updated("post", label)
        if status == "publish":
            self.redirects(item, wp_id, page, label)
        self.mapper.comments(item, page, label)

    def validate(self, item, wp_id, status):
        if not wp_id.isdigit():
            raise ImportFailure("wp:post_id tidak ada atau tidak sah")
        if not plain(item.get("title")):
            raise ImportFailure("judul kosong")
        if len(item.get("content:encoded")) > wxr.MAX_FIELD:
            raise ImportFailure("isi lebih dari 5 MB")
        if status in ("publish", "future") and not self.date(item):
            raise ImportFailure("tanggal terbit tidak ada atau tidak sah")

    def date(self, item):
        return parse_date(item.get("wp:post_date_gmt"), item.get("wp:post_date"))

    def fill(self, page, item, label):
        """Set the page's fields from the post (new page or untouched update)."""
        section, topics = self.mapper.section_and_topics(item)
        page.title = plain(item.get("title"))[:255]
        page.draft_title = page.title
        page.dek = plain(item.get("excerpt:encoded"))[:400]
        page.body = BodyBuilder(self.mapper.body_picture(label)).build(
            item.get("content:encoded")
        )
        lead = None
        thumbnail = item.meta.get("_thumbnail_id", "")
        if thumbnail:
            lead = self.mapper.attachment_image(thumbnail, label)
        page.lead_image, page.lead_caption_title, page.lead_caption = lead or (
            None,
            "",
            "",
        )
        person = self.mapper.person(item.get("dc:creator").strip())
        if person is None:
            self.report.warn(
                label, "ekspor tanpa penulis: tidak ada penulis yang dicantumkan"
            )
        page.writer_links = (
            [ArticleWriter(person=person, sort_order=0)] if person else []
        )
        page.topics.set(topics)
        return section

    def slug(self, item, section, wp_id, label):
        slug = slugify(unquote(item.get("wp:post_name")), allow_unicode=True)[:200]
        slug = slug or slugify(plain(item.get("title")))[:200] or f"wp-{wp_id}"
        if section.get_children().filter(slug=slug).exists():
            self.report.warn(
                label,
                f"slug {slug!r} sudah dipakai di /{section.slug}/: disimpan sebagai "
                f"{slug}-{wp_id}",
            )
            slug = f"{slug}-{wp_id}"
        return slug

    def create(self, item, wp_id, status, label):
        page = ArticlePage(live=False)
        section = self.fill(page, item, label)
        page.slug = self.slug(item, section, wp_id, label)
        published = self.date(item)
        publish = status == "publish" and not self.as_drafts
        if status == "future" or (status == "publish" and self.as_drafts):
            page.go_live_at = published
        if status == "private":
            self.report.warn(label, "privat di WordPress: diimpor sebagai draf")
        section.add_child(instance=page)
        revision = page.save_revision(log_action=True)
        if publish:
            revision.publish()
            modified = parse_date(
                item.get("wp:post_modified_gmt"), item.get("wp:post_modified")
            )
            ArticlePage.objects.filter(pk=page.pk).update(
                first_published_at=published,
                last_published_at=max(published, modified or published),
                latest_revision_created_at=max(published, modified or published),
            )
        self.remember(page, item, wp_id)
        return page

    def update(self, page, item, wp_id, label):
        page = page.specific
        self.fill(page, item, label)
        page.save()
        revision = page.save_revision(log_action=True)
        if page.live:
            revision.publish()
        self.remember(page, item, wp_id)

    def remember(self, page, item, wp_id):
        revision_id = ArticlePage.objects.filter(pk=page.pk).values_list(
            "latest_revision_id", flat=True
        )[0]
        self.records.save(
            "post", wp_id, page, fingerprint=fingerprint(item), revision_id=revision_id
        )

    # -- old addresses ---------------------------------------------------------------

    def redirects(self, item, wp_id, page, label):
        """Old permalink and ``/?p=ID`` answer 301 to the new page."""
        new_path = Redirect.normalise_path(urlparse(page.url or "").path or "/")
        for old in {urlparse(item.get("link")).path, f"/?p={wp_id}"}:
            if not old or old == "/":
                continue
            query = urlparse(item.get("link")).query if old != f"/?p={wp_id}" else ""
            path = Redirect.normalise_path(old + (f"?{query}" if query else ""))
            if path in ("/", new_path):
                continue
            existing = Redirect.objects.filter(old_path=path).first()
            if existing is None:
                Redirect.objects.create(
                    old_path=path, redirect_page=page, is_permanent=True
                )
            elif existing.redirect_page_id != page.pk:
                self.report.warn(label, f"pengalihan dari {path} sudah ada: dibiarkan")
