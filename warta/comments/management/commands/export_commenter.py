"""``warta export_commenter EMAIL``: a reader's data export, printed as JSON.

The counterpart of ``warta forget_commenter``, for a request that came by
letter or phone; readers can also ask at ``/komentar/data-saya/`` and get it
by e-mail (``warta.comments.export``).
"""

from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from warta.comments.export import as_json, commenter_data


class Command(BaseCommand):
    help = (
        "Print as JSON everything kept about the commenter with EMAIL (any letter "
        "case): their comments, with name, text, story, time and status."
    )

    def add_arguments(self, parser):
        parser.add_argument("email")

    def handle(self, *args, email, **options):
        try:
            validate_email(email.strip())
        except ValidationError:
            raise CommandError(f"{email!r} bukan alamat email yang valid.") from None
        items = commenter_data(email)
        self.stdout.write(as_json(email, items))
        self.stderr.write(f"{len(items)} komentar dari {email.strip()}.")
