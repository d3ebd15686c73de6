"""``warta import-page FILE_OR_URL [--section SLUG] [--dry-run] [--json]``."""

import json as jsonlib

from django.core.management.base import BaseCommand, CommandError

from warta.importers.pagehtml import decode, looks_like_html, parse_html
from warta.importers.pageparse import parse_text
from warta.importers.pagesave import DraftSaver, SaveError, section_for, source_key
from warta.importers.pagesource import SourceError, read_source

# What the summary calls each recognised part (``--json`` keeps the keys).
LABELS = {
    "kicker": "Kicker",
    "title": "Judul",
    "dek": "Dek",
    "photo_credit": "Kredit foto",
    "caption_title": "Judul keterangan foto",
    "caption": "Keterangan foto",
    "dateline": "Dateline",
    "body": "Isi",
    "signoff": "Kode penutup",
    "editor": "Redaktur",
    "writers": "Penulis",
    "published": "Terbit",
}


class Command(BaseCommand):
    help = (
        "Jadikan halaman berita yang disimpan dari situs lain (HTML atau teks "
        "yang tampil di peramban) sebuah draf berita. --dry-run --json mencetak "
        "apa yang dikenali tanpa menyimpan apa pun."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", metavar="FILE_OR_URL")
        parser.add_argument("--section", help="slug rubrik (bawaan: rubrik pertama)")
        parser.add_argument(
            "--dry-run", action="store_true", help="jangan simpan apa pun"
        )
        parser.add_argument("--json", action="store_true", help="cetak JSON saja")

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
            self.stdout.write("Peringatan: isi berita tidak dikenali.")
        for key, value in parts.as_json().items():
            if key == "body":
                heads = sum(1 for b in value if b["type"] == "heading")
                value = f"{len(value) - heads} paragraf, {heads} subjudul"
            self.stdout.write(f"{LABELS.get(key, key)}: {value}")
        if page is None:
            for line in parts.notes:
                self.stdout.write(f"Catatan: {line}")
            self.stdout.write("Uji coba: tidak ada yang disimpan.")
        elif already:
            self.stdout.write(
                f"Sudah diimpor sebagai draf {page.pk}: tidak ada yang disimpan."
            )
        else:
            self.stdout.write(
                f"Draf tersimpan: {page.title} (id {page.pk}) di "
                f"/{page.get_parent().slug}/; sunting di /admin/pages/{page.pk}/edit/"
            )
            for person in saver.created:
                self.stdout.write(
                    f"Orang baru dibuat: {person.name} (/penulis/{person.slug}/)"
                )
            for line in saver.notes:
                self.stdout.write(f"Catatan: {line}")


def json_dumps(data):
    return jsonlib.dumps(data, ensure_ascii=False)
