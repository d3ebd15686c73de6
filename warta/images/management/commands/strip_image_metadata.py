"""``warta strip_image_metadata``: clean the originals stored before uploads were.

New uploads lose their GPS, camera and Artist metadata when they are saved
(``warta.images.metadata``). This does the same for every image already in
the library, once (a second run finds nothing to do), and deletes the cleaned
images' renditions so they are made again from the clean original. A command
rather than a data migration: it reads and writes every file in media storage
(a disk or a bucket), can take long, and may be run again at any time.
"""

from django.core.management.base import BaseCommand
from wagtail.images import get_image_model

from warta.images import metadata


class Command(BaseCommand):
    help = "Remove GPS, camera and other metadata from every stored original image."

    def handle(self, *args, **options):
        cleaned = missing = 0
        images = get_image_model().objects.order_by("pk")
        for image in images.iterator(chunk_size=200):
            try:
                if not metadata.strip_stored(image):
                    continue
            except FileNotFoundError:
                missing += 1
                continue
            image.renditions.all().delete()
            cleaned += 1
        self.stdout.write(
            f"{cleaned} of {images.count()} originals cleaned"
            + (f", {missing} files missing." if missing else ".")
        )
