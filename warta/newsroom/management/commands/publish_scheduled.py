"""``warta publish_scheduled``: publish due stories, unpublish expired ones.

Wagtail's command with one log line; run it every minute from
``deploy/warta-publish.timer`` (or cron) when ``warta serve --no-scheduler``.
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
