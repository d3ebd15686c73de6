"""Wire entries into draft articles, once each, and never over a live story.

For every entry of a feed:

- new (source, guid): a draft ``ArticlePage`` in the section, with a saved
  revision (it shows in the admin with its history), and a ``WireItem``;
- a newer version of an item whose draft was never published and has not
  been edited since the import: the draft gets the new version (a new
  revision);
- a newer version of an item that is (or was) live, or whose draft an editor
  has changed since: nothing touches the page; the wire item keeps the new
  version as "versi baru menunggu redaktur", and an editor applies it from
  the Kawat queue, or dismisses it;
- the same or an older version: nothing changes.

Every entry runs in its own transaction: an entry that fails leaves nothing
half-stored and the rest of the batch goes on.
"""

from dataclasses import dataclass, field

from django.db import transaction
from django.utils import timezone
from wagtail.log_actions import log

from warta.articles.models import ArticlePage
from warta.core.slugs import unique_slug
from warta.images.models import WartaImage
from warta.ingest import conf, formats, pictures, shared, sources
from warta.ingest.models import IngestProblem, IngestRun, WireItem, WireStatus
from warta.ingest.shared import find_agency
from warta.ingest.text import block, body_blocks, body_text, has_danger, strip_dateline

NEW, UPDATED, UNCHANGED, WAITING, FAILED = (
    "baru",
    "diperbarui",
    "tetap",
    "menunggu redaktur",
    "gagal",
)


class IngestError(Exception):
    """The run cannot start or the feed cannot be read at all."""


@dataclass
class Outcome:
    ref: str
    result: str
    headline: str = ""
    reason: str = ""
    warnings: list = field(default_factory=list)
    item: WireItem | None = None


def find_section(slug=None):
    """The section wire copy goes to: ``--section``, else ``WARTA_WIRE_SECTION``."""
    slug = slug or conf.section()
    if not slug:
        raise IngestError(
            "rubrik tujuan belum ditentukan: pakai --section SLUG atau setel "
            "WARTA_WIRE_SECTION"
        )
    try:
        return shared.find_section(slug)
    except shared.SectionNotFound as error:
        raise IngestError(str(error)) from None


class Importer:
    def __init__(self, section, agency=None):
        self.section = section
        self.agency = agency
        self.outcomes = []

    # -- the batch -----------------------------------------------------------

    def run(self, location):
        """Read and import ``location`` (file, folder, file:// or http(s) URL)."""
        run = IngestRun.objects.create(feed=str(location)[:1000])
        try:
            parsed_feeds = self.read_all(str(location))
            for source, parsed in parsed_feeds:
                for problem in parsed.warnings:
                    self.outcomes.append(
                        Outcome(ref=source.location, result="", warnings=[problem])
                    )
                for entry in parsed.entries:
                    self.outcomes.append(self.import_entry(entry, parsed, source))
        except IngestError as error:
            run.error = str(error)
            raise
        finally:
            self.record(run)
        return run

    def read_all(self, location):
        path = sources.local_path(location)
        if path is not None and path.is_dir():
            files = sorted(p for p in path.iterdir() if p.is_file())
            if not files:
                raise IngestError(f"folder {path} kosong")
            feeds = []
            for file in files:
                try:
                    source = sources.read(str(file))
                    feeds.append((source, formats.parse(source)))
                except (sources.SourceError, formats.FeedError) as error:
                    self.outcomes.append(
                        Outcome(ref=file.name, result=FAILED, reason=str(error))
                    )
            if not feeds:
                raise IngestError("tidak satu berkas pun di folder bisa dibaca")
            return feeds
        try:
            source = sources.read(location)
            return [(source, formats.parse(source))]
        except (sources.SourceError, formats.FeedError) as error:
            raise IngestError(f"umpan {location} tidak bisa dibaca: {error}") from None

    def record(self, run):
        counts = {NEW: 0, UPDATED: 0, UNCHANGED: 0, WAITING: 0, FAILED: 0}
        for outcome in self.outcomes:
            if outcome.result in counts:
                counts[outcome.result] += 1
            if outcome.result == FAILED:
                IngestProblem.objects.create(
                    run=run,
                    level=IngestProblem.FAILED,
                    item=outcome.ref[:500],
                    headline=outcome.headline[:500],
                    reason=outcome.reason,
                )
            for warning in outcome.warnings:
                IngestProblem.objects.create(
                    run=run,
                    level=IngestProblem.WARNING,
                    item=outcome.ref[:500],
                    headline=outcome.headline[:500],
                    reason=warning,
                )
        run.new, run.updated = counts[NEW], counts[UPDATED]
        run.unchanged, run.waiting = counts[UNCHANGED], counts[WAITING]
        run.failed = counts[FAILED]
        run.finished_at = timezone.now()
        run.save()

    # -- one entry -----------------------------------------------------------

    def import_entry(self, entry, parsed, source):
        outcome = Outcome(ref=entry.ref, result=FAILED, headline=entry.headline)
        outcome.warnings = list(entry.warnings)
        if entry.error:
            outcome.reason = entry.error
            return outcome
        agency = self.agency or find_agency(entry.source_names + parsed.source_names)
        if agency is None:
            names = ", ".join(entry.source_names + parsed.source_names) or "-"
            outcome.reason = (
                f"kantor berita tidak dikenal ({names}): pakai --agency KODE atau "
                "tambahkan di Redaksi → Kantor berita"
            )
            return outcome
        try:
            with transaction.atomic():
                result, item = self.store(entry, parsed, source, agency, outcome)
        except EntryFailure as error:
            outcome.reason = str(error)
            return outcome
        except Exception as error:  # reported, and the batch goes on
            outcome.reason = f"tidak tersimpan: {error.__class__.__name__}: {error}"
            return outcome
        outcome.result, outcome.item = result, item
        return outcome

    def store(self, entry, parsed, source, agency, outcome):
        item = (
            WireItem.objects.select_for_update()
            .filter(source=agency.slug, guid=entry.guid)
            .first()
        )
        if item is None:
            fields = self.page_fields(entry, agency, outcome, {})
            page = self.create_page(fields)
            item = WireItem(source=agency.slug, guid=entry.guid)
            self.describe(item, entry, parsed, source, agency, outcome)
            item.page = page
            item.pictures = fields.pop("_pictures")
            item.imported_revision_id = page.latest_revision_id
            item.status = WireStatus.NEW
            item.save()
            return NEW, item
        newest = max(item.version, item.pending_version or 0)
        if entry.version <= newest:
            return UNCHANGED, item
        page = item.page
        if page is None:
            outcome.warnings.append(
                "drafnya sudah dihapus redaktur; versi baru dicatat"
            )
            self.describe(item, entry, parsed, source, agency, outcome)
            item.save()
            return UNCHANGED, item
        fields = self.page_fields(entry, agency, outcome, item.pictures)
        item.pictures = fields.pop("_pictures")
        untouched = page.latest_revision_id == item.imported_revision_id
        if page.first_published_at is None and not page.live and untouched:
            page = self.update_draft(page, fields)
            self.describe(item, entry, parsed, source, agency, outcome)
            item.imported_revision_id = page.latest_revision_id
            item.pending_version = None
            item.pending_fields = None
            item.save()
            return UPDATED, item
        item.pending_version = entry.version
        item.pending_version_label = entry.version_label
        item.pending_headline = entry.headline[:500]
        item.pending_fields = fields
        item.pending_received_at = item.last_received_at = timezone.now()
        item.status = WireStatus.NEW_VERSION
        item.save()
        return WAITING, item

    def describe(self, item, entry, parsed, source, agency, outcome):
        item.last_received_at = timezone.now()
        item.version = entry.version
        item.version_label = entry.version_label
        item.agency = agency
        item.headline = entry.headline[:500]
        item.original_link = entry.link
        item.feed = source.location[:1000]
        item.format = parsed.format
        item.item_created_at = entry.created
        item.item_updated_at = entry.updated
        item.notes = "\n".join(outcome.warnings)

    # -- the article ---------------------------------------------------------

    def page_fields(self, entry, agency, outcome, known_pictures):
        """The article fields of an entry (JSON-ready: kept for pending versions)."""
        if has_danger(entry.body):
            outcome.warnings.append("HTML berbahaya (skrip/atribut on*) dibuang")
        blocks = body_blocks(entry.body, entry.body_is_html)
        city = strip_dateline(blocks)
        if not body_text(blocks):
            raise EntryFailure("isi berita kosong setelah dibersihkan")
        dateline = (entry.dateline or city).strip().upper()[:60]
        images, known = [], dict(known_pictures)
        for picture in entry.pictures:
            image = self.picture(picture, entry.headline, known, outcome)
            if image is not None:
                images.append((image, picture))
        lead = images[0] if images else None
        for image, picture in images[1:]:
            blocks.append(
                block(
                    "image",
                    {
                        "image": image.pk,
                        "caption_title": picture.caption_title[:255],
                        "caption": picture.caption,
                    },
                )
            )
        return {
            "title": entry.headline[:255],
            "kicker": entry.kicker[:120],
            "dek": entry.dek[:400],
            "dateline": dateline,
            "body": blocks,
            "agency": agency.pk,
            "lead_image": lead[0].pk if lead else None,
            "lead_caption_title": (lead[1].caption_title[:120] if lead else ""),
            "lead_caption": lead[1].caption if lead else "",
            "search_description": entry.dek[:400],
            "_pictures": known,
        }

    def picture(self, picture, headline, known, outcome):
        image_id = known.get(picture.url)
        if image_id:
            image = WartaImage.objects.filter(pk=image_id).first()
            if image is not None:
                if picture.credit and image.credit != picture.credit[:255]:
                    image.credit = picture.credit[:255]
                    image.save(update_fields=["credit"])
                return image
        try:
            image = pictures.store(picture, headline)
        except pictures.PictureError as error:
            outcome.warnings.append(f"{error}; berita diimpor tanpa foto ini")
            return None
        known[picture.url] = image.pk
        return image

    def create_page(self, fields):
        page = apply_fields(ArticlePage(live=False), fields)
        page.slug = unique_slug(self.section.get_children(), fields["title"], "kawat")
        self.section.add_child(instance=page)
        log(page, "wagtail.create")
        page.save_revision(log_action=True)
        return page

    def update_draft(self, page, fields):
        page = page.specific
        apply_fields(page, fields)
        page.save()
        page.save_revision(log_action=True)
        return page


def apply_fields(page, fields):
    """Set an entry's article fields on ``page`` (a row or a revision's object)."""
    page.title = fields["title"]
    page.draft_title = fields["title"]
    page.kicker = fields["kicker"]
    page.dek = fields["dek"]
    page.dateline = fields["dateline"]
    page.body = fields["body"]
    page.agency_id = fields["agency"]
    page.lead_image_id = fields["lead_image"]
    page.lead_caption_title = fields["lead_caption_title"]
    page.lead_caption = fields["lead_caption"]
    if not page.search_description:
        page.search_description = fields["search_description"]
    return page


class EntryFailure(Exception):
    pass


def apply_pending(item, user):
    """An editor takes the waiting version: it becomes the page's latest draft.

    The live page stays as it is until the editor publishes the revision.
    """
    page = item.page.specific
    draft = page.get_latest_revision_as_object()
    apply_fields(draft, item.pending_fields)
    revision = draft.save_revision(user=user, log_action=True)
    item.version = item.pending_version
    item.version_label = item.pending_version_label
    item.headline = item.pending_headline or item.headline
    item.imported_revision_id = revision.pk
    dismiss_pending(item)
    return revision


def dismiss_pending(item):
    """The editor keeps the story as it is; this version is not offered again."""
    item.version = max(item.version, item.pending_version or 0)
    if item.pending_version_label:
        item.version_label = item.pending_version_label
    item.pending_version = None
    item.pending_version_label = ""
    item.pending_headline = ""
    item.pending_fields = None
    item.pending_received_at = None
    item.status = item.current_status
    item.save()
