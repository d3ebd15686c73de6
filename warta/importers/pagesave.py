"""A recognised article page saved as a draft ``ArticlePage``.

Credits are matched to what the paper already has: a writer or editor name to
a ``Person`` with that name (any letter case), a writer that is an agency
("Antara") and the agency in the dateline ("(ANTARA)") to an ``Agency`` by name
or code. A name with no match is created as a ``Person`` (writer or editor) so
the credit shows on the story and links to a profile page editors can fill in;
the summary lists whom it created. The sign-off "Ant/N-3" sets the agency from
its first code when one matches and keeps the rest as the desk code.

The same page (same URL, or same file content) imported twice makes one draft.
"""

import hashlib
import uuid

from django.db import transaction
from django.utils.html import escape
from django.utils.text import slugify

from warta.articles.models import ArticlePage, ArticleWriter
from warta.importers.models import ImportRecord
from warta.people.models import Agency, Person
from warta.sections.models import HomePage, SectionPage

SOURCE = "page"


class SaveError(Exception):
    pass


def section_for(slug=None):
    home = HomePage.objects.first()
    if home is None:
        raise SaveError("no home page: run `warta migrate` first")
    sections = SectionPage.objects.child_of(home)
    if slug:
        found = sections.filter(slug=slug).first()
        if found is None:
            raise SaveError(f"no section with the slug {slug!r}")
        return found
    found = home.navigation()[:1] or list(sections.order_by("path")[:1])
    if not found:
        raise SaveError("the paper has no sections yet")
    return found[0]


def source_key(name, data):
    return name if "://" in name else "sha256:" + hashlib.sha256(data).hexdigest()


def body_blocks(parts):
    blocks = []
    for block in parts.body:
        if block["type"] == "heading":
            value = block["text"][:255]
        else:
            value = f"<p>{escape(block['text'])}</p>"
        blocks.append({"type": block["type"], "value": value, "id": str(uuid.uuid4())})
    return blocks


class DraftSaver:
    def __init__(self, parts, key, section):
        self.parts = parts
        self.key = key
        self.section = section
        self.created = []  # people created for credits
        self.notes = []

    def existing(self):
        record = ImportRecord.objects.filter(
            source=SOURCE, kind="page", external_id=self.key[:255]
        ).first()
        if record is None:
            return None
        return ArticlePage.objects.filter(pk=record.object_id).first()

    @transaction.atomic
    def save(self):
        if not self.parts.title:
            raise SaveError("no headline recognised: nothing saved")
        parts = self.parts
        page = ArticlePage(
            title=parts.title[:255],
            slug=self.slug(),
            kicker=parts.kicker[:120],
            dek=parts.dek[:400],
            dateline=parts.dateline[:60],
            lead_caption_title=parts.caption_title[:120],
            lead_caption=parts.caption,
            body=body_blocks(parts),
            go_live_at=parts.published,
            live=False,
        )
        self.credits(page)
        self.section.add_child(instance=page)
        revision = page.save_revision(log_action=True)
        ImportRecord.objects.update_or_create(
            source=SOURCE,
            kind="page",
            external_id=self.key[:255],
            defaults={"object_id": page.pk, "revision_id": revision.pk},
        )
        if parts.photo_credit:
            self.notes.append(
                f"photo credit {parts.photo_credit!r}: add the photo in the admin "
                "and give it this credit (a saved page carries no image file)"
            )
        return page

    def slug(self):
        base = slugify(self.parts.title)[:80] or "berita-impor"
        slug, n = base, 2
        while self.section.get_children().filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        return slug

    def credits(self, page):
        parts = self.parts
        agency = self.agency(parts.source)
        writers = []
        for name in parts.writers:
            person = Person.objects.filter(name__iexact=name).first()
            if person is None and (found := self.agency(name)):
                agency = agency or found
                continue
            writers.append(person or self.person(name, is_writer=True))
        if parts.editor:
            page.editor = Person.objects.filter(name__iexact=parts.editor).first()
            page.editor = page.editor or self.person(parts.editor, is_editor=True)
        codes = parts.signoff.split("/") if parts.signoff else []
        if codes and (found := Agency.objects.filter(code__iexact=codes[0]).first()):
            agency, codes = agency or found, codes[1:]
        page.agency = agency
        page.desk_code = "/".join(codes)[:12]
        page.writer_links = [
            ArticleWriter(person=p, sort_order=i)
            for i, p in enumerate(dict.fromkeys(writers))
        ]

    def agency(self, name):
        name = (name or "").strip()
        if not name:
            return None
        head = name.split(".")[0]  # KOMPAS.com -> KOMPAS
        return (
            Agency.objects.filter(name__iexact=name).first()
            or Agency.objects.filter(name__iexact=head).first()
            or Agency.objects.filter(code__iexact=name).first()
        )

    def person(self, name, **role):
        base = slugify(name)[:100] or "orang"
        slug, n = base, 2
        while Person.objects.filter(slug=slug).exists():
            slug, n = f"{base}-{n}", n + 1
        person = Person.objects.create(name=name[:120], slug=slug, **role)
        self.created.append(person)
        return person
