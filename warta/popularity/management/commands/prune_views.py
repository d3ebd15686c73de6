"""``warta prune_views [--days 30]``: forget hourly view counters past their use."""

from django.core.management.base import BaseCommand, CommandError

from warta.popularity.models import prune_views
from warta.popularity.queries import WEEK


class Command(BaseCommand):
    help = (
        "Delete hourly view counters older than --days days (default 30). "
        "Terpopuler reads the last 7 days; run this daily."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=30, metavar="N")

    def handle(self, *args, days, **options):
        if days < WEEK.days:
            raise CommandError(
                f"--days must be {WEEK.days} or more: Terpopuler reads the last week."
            )
        deleted = prune_views(days=days)
        self.stdout.write(f"Deleted {deleted} view counters older than {days} days.")
