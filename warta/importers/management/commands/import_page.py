"""``warta import-page FILE_OR_URL [--section SLUG] [--dry-run] [--json]``."""

import json as jsonlib

from django.core.management.base import BaseCommand, CommandError

from warta.importers.pagehtml import decode, looks_like_html, parse_html
from warta.importers.pageparse import parse_text
from warta.importers.pagesave import DraftSaver, SaveError, section_for, source_key
from warta.importers.pagesource import SourceError, read_source


class Command(BaseCommand):
    help = (
        "Turn an article page saved from another news site (HTML or the text a "
        "browser shows) into a draft article. --dry-run --json prints what was "
        "recognised and saves nothing."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="FILE_OR_URL")
        parser.add_argument("--section", help="section slug (default: the first)")
        parser.add_argument("--dry-run", action="store_true", help="save nothing")
        parser.add_argument("--json", action="store_true", help="print JSON only")

    def handle(self, *args, source, section, dry_run, **options):
        as_json = options["json"]
        try:
            data, charset, name = read_source(source)
        except SourceError as error:
            raise CommandError(str(error)) from None
        text, encoding, note = decode(data, charset)
        parts = parse_html(text) if looks_like_html(text) else parse_text(text)
        if dry_run:
            self.show(parts, None, as_json, note)
            return
        try:
            target = section_for(section)
            saver = DraftSaver(parts, source_key(name, data), target)
            page = saver.existing()
            if page is not None:
                self.show(parts, page, as_json, note, already=True)
                return
            page = saver.save()
        except SaveError as error:
            raise CommandError(f"{source}: {error}") from None
        self.show(parts, page, as_json, note, saver=saver)

    def show(self, parts, page, as_json, note, already=False, saver=None):
        if as_json:
            data = parts.as_json()
            if page is not None:
                data["page_id"] = page.pk
            self.stdout.write(json_dumps(data))
            return
        if note:
            self.stdout.write(f"Encoding: {note}")
        if not parts.body:
            self.stdout.write("Warning: no story body recognised.")
        for key, value in parts.as_json().items():
            if key == "body":
                heads = sum(1 for b in value if b["type"] == "heading")
                value = f"{len(value) - heads} paragraphs, {heads} sub-headings"
            self.stdout.write(f"{key}: {value}")
        if page is None:
            self.stdout.write("Dry run: nothing saved.")
        elif already:
            self.stdout.write(f"Already imported as draft {page.pk}: nothing saved.")
        else:
            self.stdout.write(
                f"Draft saved: {page.title} (id {page.pk}) in "
                f"/{page.get_parent().slug}/; edit it at /admin/pages/{page.pk}/edit/"
            )
            for person in saver.created:
                self.stdout.write(
                    f"Created person: {person.name} (/penulis/{person.slug}/)"
                )
            for line in saver.notes:
                self.stdout.write(f"Note: {line}")


def json_dumps(data):
    return jsonlib.dumps(data, ensure_ascii=False)
