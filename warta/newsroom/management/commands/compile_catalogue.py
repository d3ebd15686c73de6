"""``warta compile_catalogue``: compile warta/locale's .po files to .mo with polib.

Django's compilemessages needs gettext's msgfmt; this needs nothing but polib.
The .mo files are committed: run this after editing a .po and commit both.
"""

from django.core.management.base import BaseCommand

from warta.newsroom.translation_audit import compile_catalogues


class Command(BaseCommand):
    help = "Kompilasi katalog terjemahan Warta (.po ke .mo)."

    def handle(self, *args, **options):
        for path in compile_catalogues():
            self.stdout.write(f"{path}")
