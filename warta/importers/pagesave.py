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

from django.db import transaction
from django.utils.html import escape

from warta.articles.models import ArticlePage, ArticleWriter
from warta.core.slugs import unique_slug
from warta.importers.models import ImportRecord
from warta.ingest.shared import (
    SectionNotFound,
    block,
    find_agency,
    find_section,
)
from warta.people.models import Agency, Person

SOURCE = "page"


class SaveError(Exception):
    pass


def section_for(slug=None):
    """The section to save into: ``--section``, else the first of the menu."""
    try:
        return find_section(slug)
    except SectionNotFound as error:
        raise SaveError(str(error)) from None


def source_key(name, data):
    return name if "://" in name else "sha256:" + hashlib.sha256(data).hexdigest()


def body_blocks(parts):
    blocks = []
    for item in parts.body:
        if item["type"] == "heading":
            value = item["text"][:255]
        else:
            value = f"<p>{escape(item['text'])}</p>"
        blocks.append(block(item["type"], value))
    return blocks


class DraftSaver:
    def __init__(self, parts, key, section):
        self.parts = parts
        self.key = key
        self.section = section
        self.created = []  # people created for credits
        self.notes = list(parts.notes)  # what the editor should check

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
            raise SaveError("judul tidak dikenali: tidak ada yang disimpan")
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
                f"kredit foto {parts.photo_credit!r}: unggah fotonya di admin dan "
                "beri kredit ini (halaman simpanan tidak membawa berkas gambar)"
            )
        return page

    def slug(self):
        siblings = self.section.get_children()
        return unique_slug(siblings, self.parts.title, "berita-impor", 80)

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
        """The agency or paper a credit names; a person's name never loosely."""
        return find_agency([name], loose=False)

    def person(self, name, **role):
        slug = unique_slug(Person.objects.all(), name, "orang", 100)
        person = Person.objects.create(name=name[:120], slug=slug, **role)
        self.created.append(person)
        return person
