"""``warta publish_scheduled``: publish due stories, unpublish expired ones.

Wagtail's command with one log line. ``warta worker`` runs the same every
minute; this is for cron or a one-off run (it is safe beside a worker).
"""

from django.core.management.base import BaseCommand

from warta.newsroom.scheduling import run_due


class Command(BaseCommand):
    help = "Terbitkan berita terjadwal yang waktunya tiba; turunkan yang kedaluwarsa."

    def handle(self, *args, **options):
        published, expired = run_due()
        self.stdout.write(
            f"publish_scheduled: {published} published, {expired} expired"
        )
